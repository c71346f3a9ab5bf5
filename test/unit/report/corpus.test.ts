// Every real plan in the shared corpus: counts equal the paired text plan's `Plan:` line, the
// Markdown stays within GitHub's limits and is balanced, and no sensitive value is ever shown.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildComment, buildJobSummary, type CommentInput } from '../../../src/report/comment.js';
import type { RootOutcome } from '../../../src/terraform/outcome.js';
import { parsePlanJson, type PlanJson } from '../../../src/terraform/plan-json.js';
import { summarizePlan } from '../../../src/terraform/summary.js';
import { corpusFiles, corpusPath, describeWithCorpus } from '../../corpus/corpus.js';

const files = corpusFiles('tfplans', '');
const planFiles = files.filter((file) => file.endsWith('.json'));

function readPlan(file: string): PlanJson {
  return parsePlanJson(readFileSync(corpusPath('tfplans', file), 'utf8'), file);
}

function commentFor(file: string, plan: PlanJson): CommentInput {
  const report = summarizePlan(plan);
  const roots: RootOutcome[] = [{ status: 'planned', root: file, report, planFile: null, warnings: [] }];
  return {
    marker: { deployment: 'deploy/test', config: 'qhub-config.yaml', planHash: report.summary.hash, kind: 'plan' },
    title: 'Plan',
    plan: { roots, hash: report.summary.hash },
  };
}

/** Fences open and close in pairs (a closing fence is at least as long as its opener), and <details> too. */
function expectBalanced(markdown: string): void {
  let openFence: string | null = null;
  for (const line of markdown.split('\n')) {
    const fence = /^(`{3,})(.*)$/.exec(line);
    if (!fence) continue;
    if (openFence === null) openFence = fence[1]!;
    else if (fence[1]!.length >= openFence.length && fence[2]!.trim() === '') openFence = null;
  }
  expect(openFence).toBeNull();
  const opens = markdown.match(/<details[ >]/g)?.length ?? 0;
  const closes = markdown.match(/<\/details>/g)?.length ?? 0;
  expect(opens).toBe(closes);
}

function sensitiveLeaves(value: unknown, mask: unknown, out: Set<string>): void {
  if (mask === true) {
    collectStrings(value, out);
    return;
  }
  if (typeof mask !== 'object' || mask === null || typeof value !== 'object' || value === null) return;
  for (const key of Object.keys(mask)) {
    sensitiveLeaves((value as Record<string, unknown>)[key], (mask as Record<string, unknown>)[key], out);
  }
}

function collectStrings(value: unknown, out: Set<string>): void {
  if (typeof value === 'string') out.add(value);
  else if (typeof value === 'number') out.add(String(value));
  else if (Array.isArray(value)) value.forEach((item) => collectStrings(item, out));
  else if (typeof value === 'object' && value !== null) Object.values(value).forEach((item) => collectStrings(item, out));
}

/** Every value the plan marks as sensitive: attributes, outputs, and sensitive variables. */
function sensitiveValues(raw: Record<string, any>): string[] {
  const out = new Set<string>();
  for (const change of [...(raw.resource_changes ?? []), ...(raw.resource_drift ?? [])]) {
    sensitiveLeaves(change.change.before, change.change.before_sensitive, out);
    sensitiveLeaves(change.change.after, change.change.after_sensitive, out);
  }
  for (const [name, change] of Object.entries<any>(raw.output_changes ?? {})) {
    const declared = raw.planned_values?.outputs?.[name]?.sensitive || raw.configuration?.root_module?.outputs?.[name]?.sensitive;
    sensitiveLeaves(change.before, declared ? true : change.before_sensitive, out);
    sensitiveLeaves(change.after, declared ? true : change.after_sensitive, out);
  }
  for (const [name, variable] of Object.entries<any>(raw.configuration?.root_module?.variables ?? {})) {
    if (variable.sensitive) collectStrings(raw.variables?.[name]?.value, out);
  }
  // Very short values (e.g. "0") would match unrelated text; every corpus secret is longer.
  return [...out].filter((value) => value.length >= 4);
}

/** The `Plan:` line of the paired human-readable plan, or "none" for "No changes.", or null. */
function textPlanLine(jsonFile: string): { add: number; change: number; destroy: number } | 'none' | null {
  const textFile = jsonFile.replace(/__plan\.json$/, '__plan.txt');
  if (textFile === jsonFile || !files.includes(textFile)) return null;
  const text = readFileSync(corpusPath('tfplans', textFile), 'utf8');
  const match = /Plan: (?:\d+ to import, )?(\d+) to add, (\d+) to change, (\d+) to destroy/.exec(text);
  if (match) return { add: Number(match[1]), change: Number(match[2]), destroy: Number(match[3]) };
  return /No changes\./.test(text) ? 'none' : null;
}

describeWithCorpus('plan corpus', () => {
  it('has plans to check', () => {
    expect(planFiles.length).toBeGreaterThan(30);
    // Most plans have a paired text plan, so the count comparison below really runs.
    expect(planFiles.filter((file) => textPlanLine(file) !== null).length).toBeGreaterThanOrEqual(19);
  });

  describe.each(planFiles)('%s', (file) => {
    const raw = JSON.parse(readFileSync(corpusPath('tfplans', file), 'utf8'));
    const plan = readPlan(file);
    const report = summarizePlan(plan);

    it('counts like the paired text plan', () => {
      const expected = textPlanLine(file);
      const { summary } = report;
      const buckets = ['create', 'update', 'delete', 'replace', 'read', 'no-op', 'forget'] as const;
      expect(buckets.reduce((sum, key) => sum + summary.counts[key], 0)).toBe(raw.resource_changes?.length ?? 0);
      expect(summary.to_add).toBe(summary.counts.create + summary.counts.replace);
      expect(summary.to_destroy).toBe(summary.counts.delete + summary.counts.replace);
      if (expected === 'none') {
        expect([summary.to_add, summary.to_change, summary.to_destroy]).toEqual([0, 0, 0]);
        expect(report.hasChanges).toBe(false);
      } else if (expected !== null) {
        expect([summary.to_add, summary.to_change, summary.to_destroy]).toEqual([expected.add, expected.change, expected.destroy]);
      }
    });

    it('renders a balanced comment within 65,536 characters and a job summary within 1 MiB', () => {
      const comment = buildComment(commentFor(file, plan));
      expect(comment.length).toBeLessThanOrEqual(65_536);
      expect(comment.startsWith('<!-- qhub-gitops {')).toBe(true);
      expectBalanced(comment);
      const summary = buildJobSummary(commentFor(file, plan));
      expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(1_048_576);
      expectBalanced(summary);
    });

    it('never shows a sensitive value', () => {
      const secrets = sensitiveValues(raw);
      const outputs = [buildComment(commentFor(file, plan)), buildJobSummary(commentFor(file, plan)), JSON.stringify(report.summary)];
      for (const secret of secrets) {
        for (const output of outputs) expect(output.includes(secret), `sensitive value ${JSON.stringify(secret)} shown`).toBe(false);
      }
    });
  });

  it('finds sensitive values to hide in the sensitive-values plans (so the check above can fail)', () => {
    const withSecrets = planFiles.filter((file) => /sensitive/.test(file)).map((file) => sensitiveValues(JSON.parse(readFileSync(corpusPath('tfplans', file), 'utf8'))));
    expect(withSecrets.length).toBeGreaterThanOrEqual(2);
    for (const secrets of withSecrets) expect(secrets.length).toBeGreaterThan(0);
  });

  it('cuts the 300-resource plan under 65,536 characters, deterministically, pointing to the full plan', () => {
    const file = planFiles.find((name) => name.includes('7-create-hundreds'));
    expect(file).toBeDefined();
    const plan = readPlan(file!);
    const first = buildComment(commentFor(file!, plan));
    const second = buildComment(commentFor(file!, readPlan(file!)));
    expect(first).toBe(second);
    expect(first.length).toBeLessThanOrEqual(65_536);
    expect(first.length).toBeGreaterThan(60_000);
    expect(first).toMatch(/Left out to stay within GitHub’s 65,536-character comment limit: (the unchanged lines around changed lines, )?\d+ entries\. The full plan is in the job summary of this run and the plan artifact\./);
    const full = buildJobSummary(commentFor(file!, plan));
    const addresses = (plan.resource_changes ?? []).map((change) => change.address);
    expect(addresses).toHaveLength(300);
    for (const address of addresses) expect(full).toContain(`\`${address}\``);
  });

  it('tells OpenTofu plans from Terraform plans', () => {
    const tool = (name: string) => summarizePlan(readPlan(planFiles.find((file) => file.includes(name))!)).summary.tool;
    expect(tool('opentofu__opentofu__testing__equivalence-tests__outputs__local_provider_update')).toBe('opentofu');
    expect(tool('opentofu__opentofu__internal__command__testdata__show-json__plan-error')).toBe('opentofu');
    expect(tool('borchero__terraform-plan-comment__tests__fixtures__basic__0-create')).toBe('terraform');
    expect(tool('show-json__basic-create')).toBeNull();
  });

  it('counts imports, moves, forgets and replacements from their own fields', () => {
    const summary = (name: string) => summarizePlan(readPlan(planFiles.find((file) => file.includes(name))!)).summary;
    expect(summary('terraform-json__testdata__identity').counts).toMatchObject({ update: 1, import: 1 });
    expect(summary('terraform-json__testdata__moved_block').counts).toMatchObject({ 'no-op': 1, move: 1 });
    expect(summary('basic__3-remove').counts).toMatchObject({ forget: 1 });
    expect(summary('config_resource_depends_on').counts).toMatchObject({ replace: 1, 'no-op': 1 });
    expect(summary('show-json__plan-error').errored).toBe(true);
    expect(summary('show-json__basic-delete').destructive).toEqual(['test_instance.test-delete']);
  });
});
