// The plan job over a fake engine and a fake QHub planner: validation first and nothing planned for
// an invalid config, explicit roots planned with the lock as asked, a QHub failure reported beside
// the validation, and the config changes against a base given as files.
import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../../../src/config/types.js';
import { readDeployment, type Deployment, type DeploymentSource } from '../../../src/jobs/deployment.js';
import { runPlan, type PlanRequest } from '../../../src/jobs/plan.js';
import type { BaseConfig } from '../../../src/jobs/validate.js';
import { QhubRunError } from '../../../src/qhub/render.js';
import type { RootSettings } from '../../../src/terraform/engine.js';
import { explicitRoots } from '../../../src/terraform/roots.js';
import { templateFiles } from '../../e2e/workspace.js';
import { temporaryCheckouts } from '../../helpers/action.js';
import { idleEngine } from '../../helpers/fake-engine.js';
import { fakeGitHub } from '../../helpers/fake-github.js';
import { fakePlanner, jobPorts, NO_COMPARISON, rootsOnly, sourceFile, watchedEngine } from '../../helpers/job-ports.js';

const { checkout } = temporaryCheckouts('qhub-gitops-plan-job-');
const files = templateFiles();
const CONFIG = files['qhub-config.yaml']!;

async function deploymentIn(dir: string): Promise<Deployment> {
  return readDeployment({ cwd: dir, config: null, environments: null, qhubVersion: null });
}

/** A plan of the deployment in `dir` (its QHub stages), compared with `base` and `otherDeployments`. */
async function configPlan(dir: string, compare: { base?: BaseConfig | null; otherDeployments?: SourceFile[] } = {}): Promise<PlanRequest> {
  const source: DeploymentSource = { cwd: dir, config: null, environments: null, qhubVersion: null };
  return {
    source,
    deployment: await deploymentIn(dir),
    roots: [],
    validate: { ...NO_COMPARISON, compare: { from: 'files', base: compare.base ?? null, otherDeployments: compare.otherDeployments ?? [] } },
  };
}

describe('the plan job and validation', () => {
  it('plans nothing for a config with an error finding: neither QHub nor the engine is called', async () => {
    const dir = checkout(files);
    const { engine, calls } = watchedEngine(idleEngine());
    const { planConfig, requests } = fakePlanner();
    const request = await configPlan(dir, { otherDeployments: [sourceFile('deploy/green:qhub-config.yaml', CONFIG)] });
    const outcome = await runPlan(request, jobPorts(engine, dir, { planConfig }));
    expect(outcome.noPlan).toEqual({ reason: 'invalid-config' });
    expect(outcome.run).toBeNull();
    expect(outcome.check!.report.findings.map((finding) => finding.rule)).toEqual(['deployment-collision']);
    expect(requests).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('plans nothing for a config whose release is not known', async () => {
    const dir = checkout({ 'qhub-config.yaml': CONFIG });
    const { planConfig, requests } = fakePlanner();
    const outcome = await runPlan(await configPlan(dir), jobPorts(idleEngine(), dir, { planConfig }));
    expect(outcome.check!.report.version).toBeNull();
    expect(outcome.noPlan).toEqual({ reason: 'invalid-config' });
    expect(requests).toEqual([]);
  });

  it('plans a valid config with the QHub planner, with the version validation decided and the lock as asked', async () => {
    const dir = checkout(files);
    const { planConfig, requests } = fakePlanner();
    const outcome = await runPlan(await configPlan(dir), jobPorts(idleEngine(), dir, { planConfig }));
    expect(outcome.noPlan).toBeNull();
    expect(outcome.run).not.toBeNull();
    expect(requests).toEqual([expect.objectContaining({ version: { family: expect.any(String), value: '0.3.14', source: 'pin-file' }, lock: false })]);
  });
});

describe('the plan job on explicit roots', () => {
  it('plans them in order with no deployment to check, leaving the state lock to apply', async () => {
    const dir = checkout({ 'network/main.tf': '', 'stack/main.tf': '' });
    const plans: [string, RootSettings | undefined][] = [];
    const engine = idleEngine({ plan: async (root, _planFile, settings) => (plans.push([root, settings]), { changes: false, warnings: [] }) });
    const outcome = await runPlan({ source: rootsOnly(dir), deployment: null, roots: explicitRoots(['network', 'stack'], dir), validate: NO_COMPARISON }, jobPorts(engine, dir));
    expect(outcome).toMatchObject({ check: null, noPlan: null, notes: [], configChanges: null });
    expect(outcome.run!.roots.map((root) => [root.root, root.status])).toEqual([
      ['network', 'planned'],
      ['stack', 'planned'],
    ]);
    expect(plans).toEqual([
      [`${dir}/network`, { lock: false }],
      [`${dir}/stack`, { lock: false }],
    ]);
  });
});

describe('the plan job when QHub fails', () => {
  it('reports the QHub error with the validation still there', async () => {
    const dir = checkout(files);
    const planConfig = async () => {
      throw new QhubRunError('qhub render failed: unknown provider');
    };
    const outcome = await runPlan(await configPlan(dir), jobPorts(idleEngine(), dir, { planConfig }));
    expect(outcome.noPlan).toEqual({ reason: 'qhub', message: 'qhub render failed: unknown provider' });
    expect(outcome.run).toBeNull();
    expect(outcome.check!.report.valid).toBe(true);
  });

  it('lets an error that is not QHub’s through', async () => {
    const dir = checkout(files);
    const planConfig = async () => {
      throw new TypeError('a bug');
    };
    await expect(runPlan(await configPlan(dir), jobPorts(idleEngine(), dir, { planConfig }))).rejects.toThrow(TypeError);
  });
});

describe('the plan job’s notes', () => {
  it("appends the planner's notes after validation's", async () => {
    const dir = checkout(files);
    const { planConfig } = fakePlanner({ notes: ['This is a first deployment.'] });
    const request = await configPlan(dir);
    request.validate = { ...request.validate, compare: { from: 'github', repositoryDirectory: '', baseRef: 'deploy/blue', ownBranch: 'deploy/blue', deploymentBranchPrefix: 'deploy/' } };
    const outcome = await runPlan(request, jobPorts(idleEngine(), dir, { planConfig, github: fakeGitHub() }));
    expect(outcome.notes).toEqual([expect.stringMatching(/^`qhub-config.yaml` does not exist on `deploy\/blue` yet \(a new deployment\)/), 'This is a first deployment.']);
  });
});

describe('the plan job’s config changes against a base given as files', () => {
  const headFiles = { ...files, 'qhub-config.yaml': CONFIG.replace('mem_limit: 12G', 'mem_limit: 11G') };
  const base = sourceFile('base/qhub-config.yaml', CONFIG);

  it("takes the base's environments as the head's when they were not given, so only the config's change shows", async () => {
    const dir = checkout(headFiles);
    const outcome = await runPlan(await configPlan(dir, { base: { config: base, environmentFiles: null } }), jobPorts(idleEngine(), dir, { planConfig: fakePlanner().planConfig }));
    expect(outcome.configChanges).toEqual([
      expect.objectContaining({ path: 'profiles.jupyterlab[1].kubespawner_override.mem_limit', file: 'qhub-config.yaml', before: '12G', after: '11G' }),
    ]);
  });

  it('compares with the base environments when they were given', async () => {
    const dir = checkout(headFiles);
    const outcome = await runPlan(await configPlan(dir, { base: { config: base, environmentFiles: [] } }), jobPorts(idleEngine(), dir, { planConfig: fakePlanner().planConfig }));
    const paths = outcome.configChanges!.map((change) => change.path);
    expect(paths).toContain('profiles.jupyterlab[1].kubespawner_override.mem_limit');
    expect(paths.filter((path) => path.startsWith('environments')).length).toBeGreaterThan(0);
  });

  it('has none without a base, and none when nothing was checked', async () => {
    const dir = checkout(files);
    const outcome = await runPlan(await configPlan(dir), jobPorts(idleEngine(), dir, { planConfig: fakePlanner().planConfig }));
    expect(outcome.configChanges).toBeNull();
  });

  it('lists them even when the config is invalid (the reviewer sees what changed)', async () => {
    const dir = checkout(headFiles);
    const request = await configPlan(dir, { base: { config: base, environmentFiles: null }, otherDeployments: [sourceFile('deploy/green:qhub-config.yaml', CONFIG)] });
    const outcome = await runPlan(request, jobPorts(idleEngine(), dir));
    expect(outcome.noPlan).toEqual({ reason: 'invalid-config' });
    expect(outcome.configChanges).toHaveLength(1);
  });
});
