// Real OpenTofu: destroy in reverse order past failures, read every state back, and turn what is
// left into leftovers with cleanup commands and the issue body. The cluster adapter is a fake that
// records the order of its calls against the engine's destroys (a real one needs a cluster).
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planRoots, readRootState, type RootSpec } from '../../src/terraform/roots.js';
import { destroyCommand } from '../../src/cli/destroy.js';
import { destroyRoots } from '../../src/jobs/destroy.js';
import type { ClusterAdapter } from '../../src/deploy/cluster.js';
import { deploymentFacts } from '../../src/deploy/facts.js';
import { issueAction, leftoversIssueBody } from '../../src/report/leftovers-issue.js';
import { isDestroyed } from '../../src/deploy/outcome.js';
import type { ProcessRunner } from '../../src/terraform/engine.js';
import { spawnRunner } from '../../src/terraform/process.js';
import { defaultCacheRoot } from '../../src/qhub/venv.js';
import { findTofu, tofuWork } from '../helpers/tofu.js';

const repoRoot = join(import.meta.dirname, '../..');

const tofu = findTofu('destroy engine tests');
const { dir: work, pluginCacheDir, engine, root, planDir } = tofuWork(tofu, 'qhub-gitops-destroy-');

async function applied(specs: RootSpec[]): Promise<RootSpec[]> {
  const run = await planRoots(specs, engine(), { planDir: planDir() });
  for (const [index, outcome] of run.roots.entries()) {
    if (outcome.status !== 'planned') throw new Error(`${outcome.root} did not plan: ${JSON.stringify(outcome)}`);
    await engine().apply(specs[index]!.dir, outcome.planFile!);
  }
  return specs;
}

// A stage where one resource cannot be destroyed (its destroy-time provisioner fails) and one can.
const CLUSTER_STAGE = `
resource "terraform_data" "cluster" {}
resource "terraform_data" "stuck" {
  input = "node pool"
  provisioner "local-exec" {
    when    = destroy
    command = "echo 'Error waiting for deleting node pool: googleapi: Error 400' >&2; exit 1"
  }
}
`;

const facts = deploymentFacts({ project_name: 'qhub', namespace: 'dev', provider: 'gcp', google_cloud_platform: { project: 'my-proj', region: 'us-central1' } });

describe.skipIf(tofu === null)('destroyRoots with real OpenTofu', () => {
  it('continues past a failed destroy, keeps the failing resource as the leftover, and the issue lists it', async () => {
    const specs = await applied([
      { dir: root('resource "terraform_data" "bucket" {}\n'), label: '01-terraform-state' },
      { dir: root(CLUSTER_STAGE), label: '02-infrastructure' },
      { dir: root('resource "terraform_data" "ingress" {}\n'), label: '04-kubernetes-ingress' },
    ]);
    const outcome = await destroyRoots(specs, engine(), { facts, cluster: null });

    expect(outcome.roots.map((entry) => entry.root)).toEqual(['04-kubernetes-ingress', '02-infrastructure', '01-terraform-state']);
    expect(outcome.roots.map((entry) => entry.failure?.step ?? null)).toEqual([null, 'destroy', null]);
    expect(outcome.roots[1]!.failure!.diagnostics[0]!.detail).toContain('Error waiting for deleting node pool');
    expect(outcome.leftovers).toEqual([
      { root: '02-infrastructure', address: 'terraform_data.stuck', type: 'terraform_data', provider: 'other', command: expect.any(String), forget: `${tofu} state rm 'terraform_data.stuck'` },
    ]);
    expect(isDestroyed(outcome)).toBe(false);
    expect((await readRootState(engine(), specs[0]!)).addresses).toEqual([]);

    const body = leftoversIssueBody(outcome, { deployment: 'deploy/blue', runUrl: 'https://github.com/o/r/actions/runs/9', date: '2026-11-28' });
    expect(body).toContain('- [ ] `terraform_data.stuck` — `terraform_data` (other) in `02-infrastructure`');
    expect(body).toContain("then, in `02-infrastructure`: `" + `${tofu} state rm 'terraform_data.stuck'` + '`');
    expect(body).toContain('Error waiting for deleting node pool');
    expect(body).toContain('state bucket gs://qhub-dev-terraform-state');
    expect(issueAction(null, outcome, { deployment: 'deploy/blue', runUrl: null, date: '2026-11-28' })).toMatchObject({ kind: 'create', title: 'Manual destruction needed for deploy/blue' });

    // The CLI says the same, exit 1.
    let stdout = '';
    const io = { stdout: (text: string) => (stdout += text), stderr: () => {}, cwd: work, env: { ...process.env, TF_PLUGIN_CACHE_DIR: pluginCacheDir } };
    const code = await destroyCommand.run([...specs.flatMap((spec) => ['--root', spec.dir]), '--yes', '--format', 'json', '--engine', tofu!], io);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ destroyed: false, leftovers: [{ root: specs[1]!.dir, address: 'terraform_data.stuck', type: 'terraform_data' }] });
  });

  it('empties every state on a clean destroy, exit 0, and a still-open issue is closed', async () => {
    const specs = await applied([
      { dir: root('resource "terraform_data" "a" {}\n'), label: 'one' },
      { dir: root('resource "terraform_data" "b" {}\nresource "terraform_data" "c" {}\n'), label: 'two' },
    ]);
    let stdout = '';
    const io = { stdout: (text: string) => (stdout += text), stderr: () => {}, cwd: work, env: { ...process.env, TF_PLUGIN_CACHE_DIR: pluginCacheDir } };
    const code = await destroyCommand.run([...specs.flatMap((spec) => ['--root', spec.dir]), '--yes', '--format', 'json', '--engine', tofu!], io);
    expect(JSON.parse(stdout)).toEqual({ destroyed: true, leftovers: [], unreadable: [] });
    expect(code).toBe(0);
    for (const spec of specs) expect((await readRootState(engine(), spec)).addresses).toEqual([]);

    const outcome = await destroyRoots(specs, engine(), { facts: null, cluster: null });
    expect(isDestroyed(outcome)).toBe(true);
    const existing = { number: 501, title: 'Manual destruction needed for deploy/blue', body: 'old checklist', state: 'open' as const, url: 'u' };
    expect(issueAction(existing, outcome, { deployment: 'deploy/blue', runUrl: null, date: '2026-11-28' })).toMatchObject({ kind: 'close', issueNumber: 501 });
  });

  it('removes Kubernetes-made objects while the cluster answers, before any root is destroyed', async () => {
    const specs = await applied([
      { dir: root('resource "terraform_data" "cluster" {}\n'), label: '02-infrastructure' },
      { dir: root('resource "terraform_data" "ingress" {}\n'), label: '04-kubernetes-ingress' },
    ]);
    const calls: string[] = [];
    const recording: ProcessRunner = async (command, args, options) => {
      if (args[0] === 'destroy') calls.push(`destroy ${specs.find((spec) => spec.dir === options.cwd)!.label}`);
      return spawnRunner(command, args, options);
    };
    const cluster: ClusterAdapter = {
      unreachableReason: async (namespace) => (calls.push(`reach ${namespace}`), null),
      currentCluster: async () => ({ name: 'gke_my-proj_us-central1_qhub-dev', server: 'https://10.0.0.1' }),
      deleteWorkloadPods: async () => (calls.push('pods'), 3),
      deleteService: async (namespace, name) => (calls.push(`service ${namespace}/${name}`), name.startsWith('qhub') ? 'deleted' : 'absent'),
      deleteVolumeClaims: async () => (calls.push('claims'), { claims: 2, retained: [] }),
    };
    const outcome = await destroyRoots(specs, engine(recording), { facts, cluster });
    expect(calls).toEqual([
      'reach dev',
      'pods',
      'service dev/qhub-traefik-ingress',
      'service dev/nebari-traefik-ingress',
      'claims',
      'destroy 04-kubernetes-ingress',
      'destroy 02-infrastructure',
    ]);
    expect(outcome.cluster.map((step) => step.status)).toEqual(['done', 'done', 'done', 'done']);
    expect(isDestroyed(outcome)).toBe(true);
  });
});

// The CLI without --root: the template's QHub 0.3.14 config, its stages prepared by the real QHub
// in its cached virtualenv. A stage whose variables cannot be known is not destroyed, and says so.
const qhubCache = defaultCacheRoot(process.env);
const qhubReady = existsSync(join(qhubCache, 'venvs', 'qhub-0.3.14', 'bin', 'qhub'));

describe.skipIf(tofu === null || !qhubReady)('destroy CLI on a QHub config', () => {
  it('reports the stage it could not prepare as unread, never as empty, and exits 1', async () => {
    const dir = mkdtempSync(join(work, 'config-'));
    cpSync(join(repoRoot, 'template-repo/environments'), join(dir, 'environments'), { recursive: true });
    for (const file of ['qhub-config.yaml', '.qhub-version']) cpSync(join(repoRoot, 'template-repo', file), join(dir, file));
    let stdout = '';
    const io = {
      stdout: (text: string) => (stdout += text),
      stderr: () => {},
      cwd: dir,
      env: { ...process.env, QHUB_GITOPS_CACHE: qhubCache, TF_PLUGIN_CACHE_DIR: pluginCacheDir, github_oauth_client_id: 'id', github_oauth_client_secret: 'secret' },
    };
    expect(await destroyCommand.run(['--yes', '--format', 'json', '--engine', tofu!], io)).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ destroyed: false, unreadable: ['infrastructure'] });
  });
});
