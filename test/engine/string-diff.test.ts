// Real OpenTofu plans of documents inside strings (YAML values, a JSON manifest, a config file):
// every leaf the engine's own `show` text marks as changed appears in our comment, with its old
// and new value, and the canaries (a sensitive variable, a client_secret) appear nowhere.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { planRoots } from '../../src/terraform/roots.js';
import { buildComment, buildJobSummary, type CommentInput } from '../../src/report/comment.js';
import { isSecretKey } from '../../src/terraform/string-diff.js';
import { findTofu, noNetworkEnv, tofuWork } from '../helpers/tofu.js';

const stack = join(import.meta.dirname, '../fixtures/stacks/strings');
const tofu = findTofu('string-diff engine tests');
const { dir: work, engine, planDir } = tofuWork(tofu, 'qhub-gitops-strings-', noNetworkEnv());

/** A change the engine's text marks: a value (`~ key = old -> new`, or a `-`/`+` pair of YAML lines) or a text line. */
type EngineChange = { kind: 'value'; key: string; before: string; after: string } | { kind: 'line'; sign: '-' | '+'; text: string };

/**
 * The changed leaves of `tofu show` text, for attributes changed in place: `~ key = a -> b`
 * lines (jsonencode diffs and scalars) and the `-`/`+` lines of `~` heredocs, YAML ones paired by key.
 */
function engineChanges(text: string): EngineChange[] {
  const changes: EngineChange[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const heredoc = /^(\s*)~ \S+\s*= <<-EOT$/.exec(lines[index]!);
    if (heredoc) {
      const marker = heredoc[1]!.length + 4;
      const removed: Record<string, unknown>[] = [];
      while (!/^\s*EOT/.test(lines[++index]!)) {
        const line = lines[index]!;
        const sign = line[marker];
        if (sign !== '-' && sign !== '+') continue;
        const content = line.slice(marker + 2);
        const yaml = parse(content.trim().replace(/^- /, '')) as unknown;
        if (typeof yaml !== 'object' || yaml === null) {
          changes.push({ kind: 'line', sign, text: content });
        } else if (sign === '-') {
          removed.push(yaml as Record<string, unknown>);
        } else {
          const [key, after] = Object.entries(yaml)[0]!;
          const before = removed.splice(removed.findIndex((old) => key in old), 1)[0]![key];
          changes.push({ kind: 'value', key, before: JSON.stringify(before), after: JSON.stringify(after) });
        }
      }
      continue;
    }
    const value = /^\s*~ (\S+)\s*= (.+) -> (.+)$/.exec(lines[index]!);
    if (value && value[3] !== '(known after apply)' && !/[{[(]$/.test(value[2]!)) changes.push({ kind: 'value', key: value[1]!, before: value[2]!, after: value[3]! });
  }
  return changes;
}

describe.skipIf(tofu === null)('changed strings in a real OpenTofu plan', () => {
  it('shows every leaf the engine marks as changed, and no canary', async () => {
    const dir = join(work, 'stack');
    cpSync(stack, dir, { recursive: true });
    copyFileSync(join(stack, 'v1.tfvars.json'), join(dir, 'terraform.tfvars.json'));
    const first = await planRoots([{ dir }], engine(), { planDir: planDir() });
    const firstOutcome = first.roots[0]!;
    if (firstOutcome.status !== 'planned') throw new Error(JSON.stringify(firstOutcome));
    await engine().apply(dir, firstOutcome.planFile!);

    copyFileSync(join(stack, 'v2.tfvars.json'), join(dir, 'terraform.tfvars.json'));
    const run = await planRoots([{ dir, label: 'strings' }], engine(), { planDir: planDir() });
    const outcome = run.roots[0]!;
    if (outcome.status !== 'planned') throw new Error(JSON.stringify(outcome));
    const engineText = execFileSync(tofu!, ['show', '-no-color', outcome.planFile!], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...noNetworkEnv() } });

    const input: CommentInput = { marker: { deployment: 'deploy/x', config: null, planHash: run.hash, kind: 'plan' }, title: 'Plan', plan: { roots: run.roots, hash: run.hash } };
    const comment = buildComment(input);
    const summary = buildJobSummary(input);

    const changes = engineChanges(engineText);
    // The engine marks the five leaves the tfvars change, and the client_secret (a sixth).
    expect(changes.length).toBeGreaterThanOrEqual(7);
    for (const change of changes) {
      if (change.kind === 'line') {
        expect(comment).toContain(`${change.sign}     ${change.text}`);
      } else if (isSecretKey(change.key)) {
        expect(comment).toMatch(new RegExp(`\\.${change.key}: \\(sensitive, changed\\)`));
      } else {
        expect(comment).toMatch(new RegExp(`[ .]${change.key}: ${escape(change.before)} → ${escape(change.after)}`));
      }
    }
    expect(engineText).toContain('CANARY');
    for (const body of [comment, summary]) expect(body).not.toContain('CANARY');
    expect(comment).toContain('~     singleuser.profileList[1].kubespawner_override.cpu_limit: 2 → 4');
    expect(comment).toContain('~     hub.image.tag: "2022.10.1" → "2023.1.1"');
    expect(comment).toContain('~     spec.replicas: 1 → 3');
  }, 120_000);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
