// The destroy job over a fake engine, a fake QHub planner and a fake cluster: the confirmation
// gates everything, a config QHub cannot prepare destroys nothing, the Kubernetes clean-up runs
// first, and nothing goes to GitHub without a report to make.
import { describe, expect, it } from 'vitest';
import type { ClusterAdapter } from '../../../src/deploy/cluster.js';
import type { GitHubApi } from '../../../src/github/api.js';
import { destroyTargets, runDestroy, type DestroyRequest } from '../../../src/jobs/destroy.js';
import { readDeployment, type Deployment } from '../../../src/jobs/deployment.js';
import { QhubRunError } from '../../../src/qhub/render.js';
import { explicitRoots, planRunOf } from '../../../src/terraform/roots.js';
import { templateFiles } from '../../e2e/workspace.js';
import { temporaryCheckouts } from '../../helpers/action.js';
import { fakeEngine, idleEngine, type FakeEngine } from '../../helpers/fake-engine.js';
import { fakeGitHub } from '../../helpers/fake-github.js';
import { fakePlanner, jobPorts, rootsOnly, watchedEngine } from '../../helpers/job-ports.js';

const { checkout } = temporaryCheckouts('qhub-gitops-destroy-job-');
const ROOT_FILES = { 'network/main.tf': '', 'stack/main.tf': '' };

function emptyRoots(): FakeEngine {
  return fakeEngine({ network: { changes: [], stateAfterDestroy: [] }, stack: { changes: [], stateAfterDestroy: [] } });
}

/** The destroy of explicit roots `network` and `stack` in `dir`, confirmed already, reported nowhere. */
function rootsDestroy(dir: string, deployment: Deployment | null = null): DestroyRequest {
  return { source: rootsOnly(dir), deployment, roots: explicitRoots(['network', 'stack'], dir), confirmation: null, cleanCluster: false, report: null };
}

async function templateDeployment(dir: string): Promise<Deployment> {
  return readDeployment({ cwd: dir, config: null, environments: null, qhubVersion: null });
}

/** A reachable cluster whose current context is the template deployment's (datasci-blue); records into `calls`. */
function clusterRecordingInto(calls: string[]): ClusterAdapter {
  return {
    unreachableReason: async () => null,
    currentCluster: async () => ({ name: 'gke_my-gcp-project_us-central1_datasci-blue', server: 'https://10.0.0.1' }),
    deleteWorkloadPods: async (namespace) => (calls.push(`pods ${namespace}`), 2),
    deleteService: async (namespace, name) => (calls.push(`service ${namespace}/${name}`), 'deleted'),
    deleteVolumeClaims: async (namespace) => (calls.push(`pvc ${namespace}`), { claims: 3, retained: [] }),
  };
}

/** A GitHub that records any call made to it (and fails it). */
function untouchableGitHub(): { github: GitHubApi; calls: string[] } {
  const calls: string[] = [];
  const github = new Proxy({} as GitHubApi, {
    get: (_target, name) => async () => {
      calls.push(String(name));
      throw new Error(`unexpected GitHub call ${String(name)}`);
    },
  });
  return { github, calls };
}

describe('the destroy job and its confirmation', () => {
  it('refuses a wrong confirmation without calling the engine', async () => {
    const dir = checkout(ROOT_FILES);
    const { engine, calls } = watchedEngine(emptyRoots());
    const outcome = await runDestroy({ ...rootsDestroy(dir), confirmation: { given: 'green', branch: 'deploy/blue' } }, jobPorts(engine, dir));
    expect(outcome).toEqual({ status: 'refused', message: "The confirmation 'green' does not match: to destroy deploy/blue, run the workflow again with confirm set to exactly 'deploy/blue'. Nothing was touched." });
    expect(calls).toEqual([]);
  });

  it("asks for the config's project_name when there is a config", async () => {
    const dir = checkout({ ...templateFiles(), ...ROOT_FILES });
    const deployment = await templateDeployment(dir);
    const engine = emptyRoots();
    const refused = await runDestroy({ ...rootsDestroy(dir, deployment), confirmation: { given: 'blue', branch: 'deploy/blue' } }, jobPorts(engine, dir));
    expect(refused).toMatchObject({ status: 'refused', message: expect.stringContaining("confirm set to exactly 'datasci'") });
    expect(engine.calls).toEqual([]);
    const done = await runDestroy({ ...rootsDestroy(dir, deployment), confirmation: { given: ' datasci ', branch: 'deploy/blue' } }, jobPorts(engine, dir));
    expect(done.status).toBe('done');
    expect(engine.calls).toEqual(['destroy stack', 'destroy network']);
  });

  it('runs without a confirmation when it was given already (null), in reverse order', async () => {
    const dir = checkout(ROOT_FILES);
    const engine = emptyRoots();
    const outcome = await runDestroy(rootsDestroy(dir), jobPorts(engine, dir));
    expect(engine.calls).toEqual(['destroy stack', 'destroy network']);
    expect(outcome).toMatchObject({ status: 'done', issueUrl: null, notices: [] });
    if (outcome.status !== 'done') return;
    expect(outcome.outcome.roots.map((root) => [root.root, root.state.addresses])).toEqual([
      ['stack', []],
      ['network', []],
    ]);
    expect(outcome.outcome.cluster).toEqual([]);
  });
});

describe('the destroy job when the config cannot be prepared', () => {
  it('destroys nothing when QHub cannot render it, and says why', async () => {
    const dir = checkout(templateFiles());
    const { engine, calls } = watchedEngine(idleEngine());
    const planConfig = async () => {
      throw new QhubRunError('qhub render failed: bad config');
    };
    const outcome = await runDestroy({ ...rootsDestroy(dir, await templateDeployment(dir)), roots: [] }, jobPorts(engine, dir, { planConfig }));
    expect(outcome).toEqual({ status: 'not-prepared', message: 'qhub render failed: bad config' });
    expect(calls).toEqual([]);
  });

  it('destroys nothing without explicit roots and without a config', async () => {
    const dir = checkout({});
    const outcome = await runDestroy({ ...rootsDestroy(dir), roots: [] }, jobPorts(idleEngine(), dir));
    expect(outcome).toEqual({ status: 'not-prepared', message: 'the QHub config: not found, so there are no QHub stages to run.' });
  });
});

describe('the destroy job and the cluster', () => {
  it('cleans up the cluster first, then destroys the roots', async () => {
    const dir = checkout({ ...templateFiles(), ...ROOT_FILES });
    const engine = emptyRoots();
    // One record for both: the order between the cluster and the engine is what matters.
    const cluster = clusterRecordingInto(engine.calls);
    const outcome = await runDestroy({ ...rootsDestroy(dir, await templateDeployment(dir)), cleanCluster: true }, jobPorts(engine, dir, { cluster }));
    expect(engine.calls).toEqual(['pods blue', 'service blue/qhub-traefik-ingress', 'service blue/nebari-traefik-ingress', 'pvc blue', 'destroy stack', 'destroy network']);
    if (outcome.status !== 'done') throw new Error(`not done: ${outcome.message}`);
    expect(outcome.outcome.cluster.map((step) => step.status)).toEqual(['done', 'done', 'done', 'done']);
  });

  it('leaves the cluster alone when clean-up was not asked for', async () => {
    const dir = checkout({ ...templateFiles(), ...ROOT_FILES });
    const engine = emptyRoots();
    const cluster = clusterRecordingInto(engine.calls);
    await runDestroy(rootsDestroy(dir, await templateDeployment(dir)), jobPorts(engine, dir, { cluster }));
    expect(engine.calls).toEqual(['destroy stack', 'destroy network']);
  });

  it('leaves the cluster alone without the facts of a config to name its objects', async () => {
    const dir = checkout(ROOT_FILES);
    const engine = emptyRoots();
    const cluster = clusterRecordingInto(engine.calls);
    const outcome = await runDestroy({ ...rootsDestroy(dir), cleanCluster: true }, jobPorts(engine, dir, { cluster }));
    expect(engine.calls).toEqual(['destroy stack', 'destroy network']);
    expect(outcome).toMatchObject({ status: 'done', outcome: { cluster: [] } });
  });
});

describe('the destroy job and GitHub', () => {
  it('makes no GitHub call without a report, even with the GitHub port', async () => {
    const dir = checkout(ROOT_FILES);
    const { github, calls } = untouchableGitHub();
    const outcome = await runDestroy(rootsDestroy(dir), jobPorts(emptyRoots(), dir, { github }));
    expect(outcome).toMatchObject({ status: 'done', issueUrl: null, notices: [] });
    expect(calls).toEqual([]);
  });

  it('marks the environment inactive when asked to report and every state is empty', async () => {
    const dir = checkout(ROOT_FILES);
    const github = fakeGitHub();
    const report = { branch: 'deploy/blue', environment: 'blue', runUrl: null, now: new Date('2026-12-06T00:00:00Z') };
    await runDestroy({ ...rootsDestroy(dir), report }, jobPorts(emptyRoots(), dir, { github }));
    expect(github.deployments).toEqual([expect.objectContaining({ ref: 'deploy/blue', environment: 'blue' })]);
    expect(github.statuses.map((status) => status.state)).toEqual(['inactive']);
  });
});

describe('destroyTargets', () => {
  it("keeps the config's stages in order, each prepared or saying why it cannot be destroyed from here", async () => {
    const dir = checkout(templateFiles());
    const specs = [
      { dir: `${dir}/stages/01-terraform-state`, label: '01-terraform-state' },
      { dir: `${dir}/stages/02-infrastructure`, label: '02-infrastructure', settings: { env: { TF_VAR_x: '1' } } },
    ];
    const run = planRunOf([
      { status: 'pending', root: '01-terraform-state', reason: 'first deployment' },
      { status: 'pending', root: '02-infrastructure', reason: 'unused' },
      { status: 'pending', root: '03-kubernetes-initialize', reason: 'needs the outputs of 02-infrastructure' },
      { status: 'failed', root: '04-kubernetes-ingress', step: 'init', diagnostics: [], lock: null, partial: null },
    ]);
    const { planConfig } = fakePlanner({ run, specs, previewOnly: ['01-terraform-state'] });
    const targets = await destroyTargets({ source: rootsOnly(dir), deployment: await templateDeployment(dir), roots: [] }, jobPorts(idleEngine(), dir, { planConfig }));
    expect(targets).toEqual([
      { root: '01-terraform-state', unprepared: 'its remote state storage was not found, so its state cannot be read from here' },
      specs[1],
      { root: '03-kubernetes-initialize', unprepared: 'its input variables are not known (needs the outputs of 02-infrastructure), so it cannot be destroyed from here' },
      { root: '04-kubernetes-ingress', unprepared: 'its input variables are not known (it could not be prepared), so it cannot be destroyed from here' },
    ]);
  });

  it('gives explicit roots as they are', async () => {
    const dir = checkout(ROOT_FILES);
    const roots = explicitRoots(['network', 'stack'], dir);
    expect(await destroyTargets({ source: rootsOnly(dir), deployment: null, roots }, jobPorts(idleEngine(), dir))).toEqual(roots);
  });
});
