// Real OpenTofu on provider-free stacks (terraform_data, local backend) copied to temp dirs:
// every kind of change, hash stability, errors, the state lock, and two stages in order.
import { spawn } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planCommand, planExitCode } from '../../src/cli/plan.js';
import { planRoots, type RootSpec } from '../../src/terraform/roots.js';
import { buildComment, buildJobSummary } from '../../src/report/comment.js';
import { createEngine } from '../../src/terraform/engine.js';
import type { PlanRun, RootOutcome } from '../../src/terraform/outcome.js';
import { spawnRunner } from '../../src/terraform/process.js';
import type { PlanReport } from '../../src/terraform/summary.js';
import { findTofu, tofuWork } from '../helpers/tofu.js';

const repoRoot = join(import.meta.dirname, '../..');
const stacks = join(repoRoot, 'test/fixtures/stacks');

const tofu = findTofu('engine tests');
const { dir: work, pluginCacheDir, engine, root, stack, planDir } = tofuWork(tofu, 'qhub-gitops-engine-');

function planned(outcome: RootOutcome | undefined): PlanReport & { planFile: string } {
  if (outcome?.status !== 'planned') throw new Error(`expected a planned root, got ${JSON.stringify(outcome)}`);
  return { ...outcome.report, planFile: outcome.planFile! };
}

async function planAndApply(dir: string): Promise<PlanRun> {
  const run = await planRoots([{ dir }], engine(), { planDir: planDir() });
  const outcome = planned(run.roots[0]);
  await engine().apply(dir, outcome.planFile);
  return run;
}

describe.skipIf(tofu === null)('planRoots with real OpenTofu', () => {
  it('summarizes every kind of change, counts like tofu, hides secrets and hashes stably', async () => {
    const dir = stack('changes', 'v1');
    await planAndApply(dir);
    cpSync(join(stacks, 'changes', 'v2', 'main.tf'), join(dir, 'main.tf'));

    const first = await planRoots([{ dir, label: 'changes' }], engine(), { planDir: planDir() });
    const report = planned(first.roots[0]);
    expect(report.summary.tool).toBe('opentofu');
    expect(report.summary.counts).toEqual({ create: 2, update: 1, delete: 1, replace: 2, read: 0, 'no-op': 3, forget: 1, import: 1, move: 1 });
    // tofu printed "Plan: 1 to import, 4 to add, 1 to change, 3 to destroy, 1 to forget."
    expect([report.summary.to_add, report.summary.to_change, report.summary.to_destroy]).toEqual([4, 1, 3]);
    expect(report.summary.destructive).toEqual(['terraform_data.deleted', 'terraform_data.replaced', 'terraform_data.replaced_create_first']);
    const byAddress = new Map(report.resources.map((entry) => [entry.address, entry]));
    expect(byAddress.get('terraform_data.replaced')?.replaceOrder).toBe('delete-first');
    expect(byAddress.get('terraform_data.replaced_create_first')?.replaceOrder).toBe('create-first');
    expect(byAddress.get('terraform_data.new_name')?.previousAddress).toBe('terraform_data.old_name');
    expect(byAddress.get('terraform_data.imported')?.importing).toBe(true);
    expect(byAddress.get('terraform_data.forgotten')?.action).toBe('forget');
    expect(byAddress.has('terraform_data.kept')).toBe(false);
    expect(byAddress.get('terraform_data.updated')?.attributes.map((attribute) => attribute.path)).toContain('input');
    expect(report.outputs.map((output) => output.name)).toEqual(['greeting']);
    expect(planExitCode(first)).toBe(2);

    const input = { marker: { deployment: null, config: null, planHash: first.hash, kind: 'plan' as const }, title: 'Plan', plan: first };
    for (const markdown of [buildComment(input), buildJobSummary(input)]) {
      expect(markdown).not.toContain('s3cr3t-value-never-shown');
      expect(markdown).toContain('(sensitive)');
      expect(markdown).toContain('`-/+` **replace** `terraform_data.replaced` (destroy before create');
      expect(markdown).toContain('`-/+` **replace** `terraform_data.replaced_create_first` (create before destroy');
    }

    const second = await planRoots([{ dir, label: 'changes' }], engine(), { planDir: planDir() });
    expect(second.hash).toBe(first.hash);
    expect(planned(second.roots[0]).summary.hash).toBe(report.summary.hash);

    await engine().apply(dir, planned(second.roots[0]).planFile);
    const after = await planRoots([{ dir, label: 'changes' }], engine(), { planDir: planDir() });
    expect(planned(after.roots[0]).hasChanges).toBe(false);
    expect(planExitCode(after)).toBe(0);
    expect(after.hash).not.toBe(first.hash);
    const comment = buildComment({ ...input, plan: after });
    expect(comment).toMatch(/✅ <code>changes<\/code>: no changes · OpenTofu \d+\.\d+\.\d+\./);
    expect(comment).not.toContain('<details');
  });

  it('cuts the comment of a 300-resource plan under 65,536 characters, deterministically; the job summary keeps every resource', async () => {
    // Written here rather than taken from elsewhere: 300 resources, each with a few hundred characters of attributes.
    const dir = root(`resource "terraform_data" "item" {\n  count = 300\n  input = { name = "item-\${count.index}", note = "${'n'.repeat(160)}" }\n}\n`);
    const run = await planRoots([{ dir, label: 'hundreds' }], engine(), { planDir: planDir() });
    expect(planned(run.roots[0]).summary.to_add).toBe(300);
    const input = { marker: { deployment: null, config: null, planHash: run.hash, kind: 'plan' as const }, title: 'Plan', plan: run };
    const comment = buildComment(input);
    expect(buildComment(input)).toBe(comment);
    expect(comment.length).toBeLessThanOrEqual(65_536);
    expect(comment.length).toBeGreaterThan(60_000);
    expect(comment).toMatch(/Left out to stay within GitHub’s 65,536-character comment limit: (the unchanged lines around changed lines, )?\d+ entries\. The full plan is in the job summary of this run and the plan artifact\./);
    const summary = buildJobSummary(input);
    for (let index = 0; index < 300; index++) expect(summary).toContain(`\`terraform_data.item[${index}]\``);
  });

  it('plans an outputs-only root without showing its sensitive output', async () => {
    const dir = stack('outputs-only');
    const run = await planRoots([{ dir }], engine(), { planDir: planDir() });
    const report = planned(run.roots[0]);
    expect(report.resources).toEqual([]);
    expect(report.outputs.map((output) => output.name)).toEqual(['endpoint', 'token']);
    expect(report.summary.output_changes).toBe(2);
    expect(run.hasChanges).toBe(true);
    const comment = buildComment({ marker: { deployment: null, config: null, planHash: run.hash, kind: 'plan' }, title: 'Plan', plan: run });
    expect(comment).toContain('https://example.invalid');
    expect(comment).not.toContain('out-put-secret-token');
  });

  it('reports a failing plan with its diagnostic and exit code 1', async () => {
    const dir = stack('errored');
    const run = await planRoots([{ dir, label: 'errored' }, { dir: stack('outputs-only'), label: 'after' }], engine(), { planDir: planDir() });
    const [failed, after] = run.roots;
    expect(failed).toMatchObject({ status: 'failed', step: 'plan' });
    if (failed?.status !== 'failed') return;
    expect(failed.diagnostics[0]).toMatchObject({ severity: 'error', summary: 'Resource precondition failed', location: 'main.tf:11' });
    expect(failed.diagnostics[0]!.detail).toContain('The size must be more than 10.');
    expect(failed.partial?.summary.errored).toBe(true);
    expect(failed.partial?.resources.map((entry) => entry.address)).toEqual(['terraform_data.fine']);
    const comment = buildComment({ marker: { deployment: null, config: null, planHash: null, kind: 'plan' }, title: 'Plan', plan: run });
    expect(comment).toContain('**Planned before the error** (cannot be applied):\n\n- `+` **create** `terraform_data.fine`');
    expect(comment).not.toContain('Plan hash');
    expect(after).toMatchObject({ status: 'pending', reason: 'not planned because errored failed' });
    expect(planExitCode(run)).toBe(1);
  });

  it('parses the state lock held by another run into the force-unlock command', async () => {
    const dir = stack('locked');
    const lockEngine = engine();
    await lockEngine.init(dir);
    const holder = spawn(tofu!, ['apply', '-auto-approve', '-input=false', '-no-color'], { cwd: dir, stdio: 'ignore' });
    const exited = new Promise((resolve) => holder.on('close', resolve));
    try {
      const lockInfo = join(dir, '.terraform.tfstate.lock.info');
      for (let waited = 0; !existsSync(lockInfo) && waited < 100; waited++) await new Promise((resolve) => setTimeout(resolve, 100));
      const run = await planRoots([{ dir, label: 'locked' }], lockEngine, { planDir: planDir() });
      const outcome = run.roots[0];
      expect(outcome?.status).toBe('failed');
      if (outcome?.status !== 'failed') return;
      expect(outcome.lock).not.toBeNull();
      expect(outcome.lock!.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(outcome.lock!.operation).toBe('OperationTypeApply');
      expect(outcome.lock!.unlockCommand).toBe(`${tofu} force-unlock -force ${outcome.lock!.id}`);
      expect(buildComment({ marker: { deployment: null, config: null, planHash: null, kind: 'plan' }, title: 'Plan', plan: run })).toContain(
        `force-unlock -force ${outcome.lock!.id}`,
      );
    } finally {
      await exited;
    }
  });

  it('plans two stages in order: the second is pending until the first is applied', async () => {
    const base = stack('two-stage');
    const specs: RootSpec[] = [
      { dir: join(base, 'stage1'), label: 'stage1' },
      { dir: join(base, 'stage2'), label: 'stage2' },
    ];
    const before = await planRoots(specs, engine(), { planDir: planDir() });
    expect(before.roots.map((outcome) => outcome.status)).toEqual(['planned', 'pending']);
    expect(before.roots[1]).toMatchObject({ reason: expect.stringContaining('until the changes to stage1 are applied') });
    expect(planExitCode(before)).toBe(2);
    const comment = buildComment({ marker: { deployment: null, config: null, planHash: before.hash, kind: 'plan' }, title: 'Plan', plan: before });
    expect(comment).toMatch(/⏳ <code>stage2<\/code>: \*\*pending\*\*/);
    expect(comment).not.toMatch(/stage2<\/code>: no changes/);

    await engine().apply(specs[0]!.dir, planned(before.roots[0]).planFile);
    expect((await engine().outputJson(specs[0]!.dir)).cidr?.value).toBe('10.0.0.0/16');
    const afterFirst = await planRoots(specs, engine(), { planDir: planDir() });
    expect(afterFirst.roots.map((outcome) => outcome.status)).toEqual(['planned', 'planned']);
    expect(planned(afterFirst.roots[0]).hasChanges).toBe(false);
    expect(planned(afterFirst.roots[1]).summary.counts.create).toBe(1);

    await engine().apply(specs[1]!.dir, planned(afterFirst.roots[1]).planFile);
    expect(await engine().stateList(specs[1]!.dir)).toEqual(['data.terraform_remote_state.stage1', 'terraform_data.cluster']);
    await engine().destroy(specs[1]!.dir);
    await engine().destroy(specs[0]!.dir);
    expect(await engine().stateList(specs[0]!.dir)).toEqual([]);
    expect(await engine().stateList(specs[1]!.dir)).toEqual([]);
  });

  it('runs `plan --root` from the CLI: json shape and exit codes', async () => {
    const dir = stack('outputs-only');
    let out = '';
    const io = {
      stdout: (text: string) => void (out += text),
      stderr: () => undefined,
      cwd: dir,
      env: { ...process.env, TF_PLUGIN_CACHE_DIR: pluginCacheDir },
    };
    expect(await planCommand.run(['--root', '.', '--engine', tofu!, '--format', 'json'], io)).toBe(2);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['engine', 'roots', 'hash']);
    expect(json.engine).toMatchObject({ name: 'tofu', source: 'path' });
    expect(json.roots[0]).toMatchObject({ root: '.', status: 'planned', summary: { tool: 'opentofu', output_changes: 2 } });
    expect(json.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    out = '';
    expect(await planCommand.run(['--root', '.', '--engine', tofu!], io)).toBe(2);
    expect(out.startsWith('<!-- qhub-gitops {')).toBe(true);
    expect(out).not.toContain('out-put-secret-token');
  });

  it('explains a missing engine binary instead of crashing', async () => {
    const missing = createEngine({ engine: join(work, 'no-such-tofu'), runner: spawnRunner, env: {} });
    const run = await planRoots([{ dir: work, label: 'root' }], missing, { planDir: planDir() });
    expect(run.roots[0]).toMatchObject({ status: 'failed', step: 'init' });
    if (run.roots[0]?.status === 'failed') expect(run.roots[0].diagnostics[0]!.detail).toContain('was not found');
  });
});
