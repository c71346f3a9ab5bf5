// The apply job with the CLI's review (a plan hash given, or none): it plans again and applies only
// when that plan is the one expected, and refuses before the engine runs when the config says so.
import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../../../src/config/types.js';
import { runApply, type ApplyRequest } from '../../../src/jobs/apply.js';
import { readDeployment } from '../../../src/jobs/deployment.js';
import type { JobPorts } from '../../../src/jobs/ports.js';
import { QhubRunError } from '../../../src/qhub/render.js';
import type { Engine } from '../../../src/terraform/engine.js';
import { explicitRoots } from '../../../src/terraform/roots.js';
import { templateFiles } from '../../e2e/workspace.js';
import { temporaryCheckouts } from '../../helpers/action.js';
import { createChange, fakeEngine, idleEngine, type FakeRoot } from '../../helpers/fake-engine.js';
import { jobPorts, NO_COMPARISON, rootsOnly, sourceFile, watchedEngine } from '../../helpers/job-ports.js';

const { checkout } = temporaryCheckouts('qhub-gitops-apply-hash-job-');
const ROOTS: Record<string, FakeRoot> = { network: { changes: [createChange('net')] }, stack: { changes: [createChange('app')] } };
const files = templateFiles();
const CONFIG = files['qhub-config.yaml']!;

/** The apply of explicit roots `network` and `stack` in `dir`, with no config beside them. */
function rootsApply(dir: string, expectHash: string | null): ApplyRequest {
  return { source: rootsOnly(dir), deployment: null, roots: explicitRoots(['network', 'stack'], dir), validate: NO_COMPARISON, review: { from: 'hash', expectHash } };
}

/** The same roots beside the deployment's config in `dir`, checked against `otherDeployments`. */
async function configApply(dir: string, otherDeployments: SourceFile[] = []): Promise<ApplyRequest> {
  const source = { cwd: dir, config: null, environments: null, qhubVersion: null };
  const validate = { ...NO_COMPARISON, compare: { from: 'files' as const, base: null, otherDeployments } };
  return { ...rootsApply(dir, null), source, deployment: await readDeployment(source), validate };
}

function noticed(engineDir: string, engine: Engine = fakeEngine(ROOTS)): { ports: JobPorts; lines: string[] } {
  const lines: string[] = [];
  return { ports: jobPorts(engine, engineDir, { notice: (line) => void lines.push(line) }), lines };
}

/** The hash of the plan the roots have now (what a review would have shown). */
async function currentHash(dir: string): Promise<string> {
  const { outcome } = await runApply(rootsApply(dir, null), jobPorts(fakeEngine(ROOTS), dir));
  return outcome.plan!.hash;
}

describe('the apply job with a plan hash', () => {
  it('applies every root in order when the plan made now has the expected hash', async () => {
    const dir = checkout({ 'network/main.tf': '', 'stack/main.tf': '' });
    const engine = fakeEngine(ROOTS);
    const { ports, lines } = noticed(dir, engine);
    const applied = await runApply(rootsApply(dir, await currentHash(dir)), ports);
    expect(applied.outcome.refusal).toBeNull();
    expect(applied.state).toBe('applied');
    expect(engine.calls).toEqual(['apply network', 'apply stack']);
    expect(applied.outcome.roots.map((root) => [root.root, root.status])).toEqual([
      ['network', 'applied'],
      ['stack', 'applied'],
    ]);
    expect(lines).toEqual(['qhub-gitops apply: plan matches the reviewed hash; applying']);
    expect(applied).toMatchObject({ check: null, report: null, notices: [] });
  });

  it('applies nothing when the plan differs from the expected hash', async () => {
    const dir = checkout({ 'network/main.tf': '', 'stack/main.tf': '' });
    const engine = fakeEngine(ROOTS);
    const { ports, lines } = noticed(dir, engine);
    const expectHash = 'f'.repeat(64);
    const applied = await runApply(rootsApply(dir, expectHash), ports);
    expect(applied.state).toBe('refused');
    expect(applied.outcome.refusal).toMatchObject({ reason: 'plan-changed', reviewedHash: expectHash, newHash: await currentHash(dir) });
    expect(applied.outcome.roots).toEqual([]);
    expect(engine.calls).toEqual([]);
    expect(lines).toEqual([]);
  });

  it('applies whatever the plan is now when no hash is expected', async () => {
    const dir = checkout({ 'network/main.tf': '', 'stack/main.tf': '' });
    const engine = fakeEngine(ROOTS);
    const { ports, lines } = noticed(dir, engine);
    const applied = await runApply(rootsApply(dir, null), ports);
    expect(applied.state).toBe('applied');
    expect(engine.calls).toEqual(['apply network', 'apply stack']);
    expect(lines).toEqual(['qhub-gitops apply: plan made; applying']);
  });
});

describe('the apply job and the config', () => {
  it('refuses an invalid config before the engine is called', async () => {
    const dir = checkout({ ...files, 'network/main.tf': '', 'stack/main.tf': '' });
    const { engine, calls } = watchedEngine(idleEngine());
    const { ports, lines } = noticed(dir, engine);
    const applied = await runApply(await configApply(dir, [sourceFile('deploy/green:qhub-config.yaml', CONFIG)]), ports);
    expect(applied.state).toBe('refused');
    expect(applied.outcome.refusal).toMatchObject({ reason: 'invalid-config', message: expect.stringMatching(/^qhub-config.yaml did not pass validation \(1 error, /) });
    expect(applied.check!.report.valid).toBe(false);
    expect(calls).toEqual([]);
    expect(lines).toEqual([]);
  });

  it('refuses a config with prevent_deploy: true before the engine is called', async () => {
    const dir = checkout({ ...files, 'qhub-config.yaml': `${CONFIG}\nprevent_deploy: true\n`, 'network/main.tf': '', 'stack/main.tf': '' });
    const { engine, calls } = watchedEngine(idleEngine());
    const { ports, lines } = noticed(dir, engine);
    const applied = await runApply(await configApply(dir), ports);
    expect(applied.state).toBe('refused');
    expect(applied.outcome.refusal).toMatchObject({ reason: 'prevent-deploy', message: expect.stringMatching(/^qhub-config.yaml has `prevent_deploy: true`/) });
    expect(calls).toEqual([]);
    expect(lines).toEqual([]);
  });

  it('applies the roots beside a valid config', async () => {
    const dir = checkout({ ...files, 'network/main.tf': '', 'stack/main.tf': '' });
    const engine = fakeEngine(ROOTS);
    const applied = await runApply(await configApply(dir), jobPorts(engine, dir));
    expect(applied.check!.report.valid).toBe(true);
    expect(applied.state).toBe('applied');
    expect(engine.calls).toEqual(['apply network', 'apply stack']);
  });

  it('refuses, applying nothing, when QHub cannot plan the config again', async () => {
    const dir = checkout(files);
    const { engine, calls } = watchedEngine(idleEngine());
    const request = { ...(await configApply(dir)), roots: [] };
    const planConfig = async () => {
      throw new QhubRunError('qhub render failed: no such stage');
    };
    const applied = await runApply(request, jobPorts(engine, dir, { planConfig }));
    expect(applied.state).toBe('refused');
    expect(applied.outcome.refusal).toEqual({ reason: 'plan-failed', message: 'The plan could not be made again, so nothing was applied.\nqhub render failed: no such stage' });
    expect(calls).toEqual([]);
  });

  it('refuses, saying so, to take the reviewed plan from GitHub without the GitHub port', async () => {
    const dir = checkout({ 'network/main.tf': '', 'stack/main.tf': '' });
    const request: ApplyRequest = { ...rootsApply(dir, null), review: { from: 'github', branch: 'deploy/blue', environment: 'blue', sha: 'c'.repeat(40), requireReviewedPlan: true, runUrl: null } };
    await expect(runApply(request, jobPorts(fakeEngine(ROOTS), dir))).rejects.toThrow('apply: a reviewed plan from GitHub needs the GitHub port');
  });
});
