// Planning with the real QHub/Nebari releases (cached virtualenvs from scripts/setup-qhub-venvs.mjs):
// configs made at test time by each version's own `init`, rendered by QHub itself, stage inputs
// from QHub's own functions, and real OpenTofu on a rendered stage. Skips visibly without a venv.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { planDeployableConfig } from '../../src/qhub/plan-config.js';
import { computeStageInputs, renderSingleRoot, type StageManifest, type StageOutputs } from '../../src/qhub/render.js';
import { singleRootLayout } from '../../src/qhub/stages.js';
import { defaultCacheRoot, isVenvReady, venvPaths, type VenvSpec } from '../../src/qhub/venv.js';
import { createEngine } from '../../src/terraform/engine.js';
import { spawnRunner } from '../../src/terraform/process.js';
import { findTofu, noNetworkEnv } from '../helpers/tofu.js';

const work = mkdtempSync(join(tmpdir(), 'qhub-gitops-planning-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const QHUB_0311: VenvSpec = { package: 'qhub', version: '0.3.11' };
const QHUB_045: VenvSpec = { package: 'qhub', version: '0.4.5' };
const NEBARI_2023: VenvSpec = { package: 'nebari', version: '2023.7.2' };
const NEBARI_NEWEST: VenvSpec = { package: 'nebari', version: '2025.10.1' };

async function ready(spec: VenvSpec): Promise<boolean> {
  const ok = await isVenvReady(spec, { env: process.env }).catch(() => false);
  if (!ok) console.warn(`skipped: no virtualenv for ${spec.package} ${spec.version} (run scripts/setup-qhub-venvs.mjs)`);
  return ok;
}

// QHub warns about deprecated Python APIs on stderr; keep the test logs readable.
const env = { ...process.env, PYTHONWARNINGS: 'ignore' };

/** Runs `<package> init ...` of that release in a fresh directory; returns the config path. */
function init(spec: VenvSpec, args: string[], extraEnv: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(work, `${spec.package}-${spec.version}-`));
  execFileSync(venvPaths(spec, defaultCacheRoot(process.env)).cli, ['init', ...args], { cwd: dir, env: { ...env, ...extraEnv }, stdio: 'pipe' });
  const config = join(dir, spec.package === 'qhub' ? 'qhub-config.yaml' : 'nebari-config.yaml');
  expect(existsSync(config)).toBe(true);
  return config;
}

function stageInputs(spec: VenvSpec, configPath: string, outputs: StageOutputs, render: boolean, renderDir: string): Promise<StageManifest> {
  const outDir = mkdtempSync(join(work, 'inputs-'));
  return computeStageInputs(venvPaths(spec, defaultCacheRoot(process.env)), { configPath, renderDir, outDir, outputs, render }, { env, runner: spawnRunner });
}

const statuses = (manifest: StageManifest) => manifest.stages.map((stage) => [stage.name, stage.status]);
const tfvars = (manifest: StageManifest, name: string) => JSON.parse(readFileSync(manifest.stages.find((stage) => stage.name === name)!.tfvarsFile!, 'utf8'));

/** What earlier stages output once deployed (values made up; the shapes are QHub's). */
const FAKE_OUTPUTS: StageOutputs = {
  'stages/02-infrastructure': {
    kubernetes_credentials: { sensitive: true, value: { host: 'https://10.0.0.1', token: 'token', cluster_ca_certificate: 'CA' } },
    kubeconfig_filename: { value: '/tmp/QHUB_KUBECONFIG' },
    nfs_endpoint: { value: null },
  },
  'stages/04-kubernetes-ingress': { load_balancer_address: { value: { ip: '10.0.0.2', hostname: '' } } },
  'stages/05-kubernetes-keycloak': {
    keycloak_credentials: { sensitive: true, value: { client_id: 'admin-cli', url: 'https://demo.example.com', username: 'root', password: 'pw', realm: 'master' } },
    keycloak_qhub_bot_password: { value: 'bot' },
    keycloak_nebari_bot_password: { value: 'bot' },
  },
  'stages/06-kubernetes-keycloak-configuration': {
    realm_id: { value: 'qhub' },
    'keycloak-read-only-user-credentials': { value: { username: 'ro', password: 'ro', client_id: 'admin-cli', realm: 'qhub' } },
  },
  'stages/07-kubernetes-services': { 'forward-auth-middleware': { value: { name: 'traefik-forward-auth' } }, 'forward-auth-service': { value: { name: 'forwardauth' } } },
};

const KUBE_ENV = ['KUBE_CLUSTER_CA_CERT_DATA', 'KUBE_HOST', 'KUBE_TOKEN'];
const KEYCLOAK_ENV = ['KEYCLOAK_CLIENT_ID', 'KEYCLOAK_PASSWORD', 'KEYCLOAK_REALM', 'KEYCLOAK_URL', 'KEYCLOAK_USER'];

const QHUB_0314: VenvSpec = { package: 'qhub', version: '0.3.14' };

/** `qhub init gcp` of 0.3.x reads the GCP project from PROJECT_ID. */
function init03(spec: VenvSpec): string {
  const args = ['gcp', '--project', 'demo', '--domain', 'demo.example.com', '--auth-provider', 'password', '--terraform-state', 'remote', '--kubernetes-version', '1.21', '--disable-prompt'];
  return init(spec, args, { PROJECT_ID: 'demo-project' });
}

describe.each([
  { spec: QHUB_0311, moduleSource: 'github.com/quansight/qhub-terraform-modules//modules/gcp/kubernetes?ref=release-0.3.11' },
  { spec: QHUB_0314, moduleSource: './modules/gcp/kubernetes' },
])('QHub $spec.version: qhub render of a GCP config', async ({ spec, moduleSource }) => {
  const available = await ready(spec);
  it.skipIf(!available)('writes terraform-state/ and infrastructure/, the roots the planner plans in that order', async () => {
    const configPath = init03(spec);
    const renderDir = join(work, `render-${spec.version}`);
    await renderSingleRoot(venvPaths(spec, defaultCacheRoot(process.env)), configPath, renderDir, { env, runner: spawnRunner });
    const roots = singleRootLayout(parse(readFileSync(configPath, 'utf8')), {});
    expect(roots.map((root) => root.directory)).toEqual(['terraform-state', 'infrastructure']);
    for (const file of ['terraform-state/main.tf', 'infrastructure/gcp.tf', 'infrastructure/state.tf', 'infrastructure/kubernetes.tf', 'infrastructure/variables.tf']) {
      expect(existsSync(join(renderDir, file)), file).toBe(true);
    }
    // Every value is in the files: the GCS backend names the project's bucket.
    expect(readFileSync(join(renderDir, 'infrastructure/state.tf'), 'utf8')).toContain('demo-dev-terraform-state');
    // 0.3.11 fetches its modules from GitHub at init; from 0.3.12 they are bundled.
    expect(readFileSync(join(renderDir, 'infrastructure/gcp.tf'), 'utf8')).toContain(`source = "${moduleSource}"`);
  });
});

describe('QHub 0.4.5: stage inputs from qhub.stages.input_vars', async () => {
  const available = await ready(QHUB_045);

  /** `qhub init gcp` asks gcloud for versions; start from `init local` and switch the provider. */
  function gcpConfig(): string {
    const local = init(QHUB_045, ['local', '--project', 'demo', '--domain', 'demo.example.com', '--auth-provider', 'password', '--disable-prompt']);
    const config = parse(readFileSync(local, 'utf8'));
    delete config.local;
    config.provider = 'gcp';
    const group = (min: number) => ({ instance: 'n1-standard-4', min_nodes: min, max_nodes: 1 });
    config.google_cloud_platform = { project: 'demo-project', region: 'us-central1', kubernetes_version: '1.24.10', node_groups: { general: group(1), user: group(0), worker: group(0) } };
    writeFileSync(local, stringify(config));
    return local;
  }

  it.skipIf(!available)('renders stages 01-08 for GCP; 01 and 02 get their variables and imports, later stages are pending on 02', async () => {
    const renderDir = join(work, 'render-045');
    const manifest = await stageInputs(QHUB_045, gcpConfig(), {}, true, renderDir);
    expect(manifest).toMatchObject({ package: 'qhub', version: '0.4.5', api: 'functional', preventDeploy: false });
    expect(manifest.stages.map((stage) => stage.directory)).toEqual([
      'stages/01-terraform-state/gcp',
      'stages/02-infrastructure/gcp',
      'stages/03-kubernetes-initialize',
      'stages/04-kubernetes-ingress',
      'stages/05-kubernetes-keycloak',
      'stages/06-kubernetes-keycloak-configuration',
      'stages/07-kubernetes-services',
      'stages/08-qhub-tf-extensions',
    ]);
    for (const stage of manifest.stages) expect(readdirSync(join(renderDir, stage.directory)), stage.directory).toContain('_qhub.tf.json');
    expect(statuses(manifest).slice(0, 3)).toEqual([
      ['01-terraform-state', 'ready'],
      ['02-infrastructure', 'ready'],
      ['03-kubernetes-initialize', 'pending'],
    ]);
    expect(tfvars(manifest, '01-terraform-state')).toEqual({ name: 'demo', namespace: 'dev', region: 'us-central1' });
    expect(manifest.stages[0]!.stateImports).toEqual([{ address: 'module.terraform-state.module.gcs.google_storage_bucket.static-site', id: 'demo-dev-terraform-state' }]);
    expect(tfvars(manifest, '02-infrastructure')).toMatchObject({ name: 'demo', environment: 'dev', project_id: 'demo-project', kubeconfig_filename: join(tmpdir(), 'QHUB_KUBECONFIG') });
    expect(manifest.stages[2]!.reason).toMatch(/credentials output by stage 02-infrastructure/);
    expect(statSync(manifest.stages[1]!.tfvarsFile!).mode & 0o077).toBe(0);

    const later = await stageInputs(QHUB_045, gcpConfig(), FAKE_OUTPUTS, false, renderDir);
    expect(later.stages.every((stage) => stage.status === 'ready')).toBe(true);
    expect(later.stages.find((stage) => stage.name === '03-kubernetes-initialize')!.envNames).toEqual(KUBE_ENV);
    expect(later.stages.find((stage) => stage.name === '08-qhub-tf-extensions')!.envNames).toEqual([...KEYCLOAK_ENV, ...KUBE_ENV].sort());
    expect(tfvars(later, '07-kubernetes-services')).toMatchObject({ realm_id: 'qhub', endpoint: 'demo.example.com' });
    expect(tfvars(later, '08-qhub-tf-extensions')).toMatchObject({ keycloak_qhub_bot_password: 'bot' });
  });

  it.skipIf(!available)('Azure: stage 01 needs ARM_SUBSCRIPTION_ID for its imports, and says so', async () => {
    const configPath = gcpConfig();
    const config = parse(readFileSync(configPath, 'utf8'));
    delete config.google_cloud_platform;
    config.provider = 'azure';
    const group = { instance: 'Standard_D4_v3', min_nodes: 1, max_nodes: 1 };
    config.azure = { region: 'Central US', kubernetes_version: '1.24.9', storage_account_postfix: 'abcd1234', node_groups: { general: group, user: group, worker: group } };
    writeFileSync(configPath, stringify(config));
    const withoutSubscription = { ...env, ARM_SUBSCRIPTION_ID: undefined };
    const outDir = mkdtempSync(join(work, 'inputs-'));
    const manifest = await computeStageInputs(venvPaths(QHUB_045, defaultCacheRoot(process.env)), { configPath, renderDir: join(work, 'render-045-azure'), outDir, outputs: {}, render: true }, { env: withoutSubscription, runner: spawnRunner });
    expect(manifest.stages[0]).toMatchObject({ name: '01-terraform-state', status: 'error', reason: 'needs the environment variable ARM_SUBSCRIPTION_ID, which is not set' });
    expect(manifest.stages[1]).toMatchObject({ name: '02-infrastructure', status: 'ready' });
    expect(tfvars(manifest, '02-infrastructure')).toMatchObject({ resource_group_name: 'demo-dev', node_resource_group_name: 'demo-dev-node-resource-group' });
  });

  it.skipIf(!available)('reports a config QHub refuses, in QHub’s words', async () => {
    const local = init(QHUB_045, ['local', '--project', 'demo', '--domain', 'demo.example.com', '--auth-provider', 'password', '--disable-prompt']);
    const config = parse(readFileSync(local, 'utf8'));
    config.certificate = { type: 'not-a-certificate-type' };
    writeFileSync(local, stringify(config));
    await expect(stageInputs(QHUB_045, local, {}, true, join(work, 'render-045-bad'))).rejects.toThrow(/does not pass QHub's own loading and checks:[\s\S]*certificate/);
  });
});

describe('stage_vars.py failures', async () => {
  const available = await ready(QHUB_045);
  it.skipIf(!available)('reduce what QHub raises to one line, without a traceback', async () => {
    const failure = stageInputs(QHUB_045, join(work, 'no-such-config.yaml'), {}, true, join(work, 'render-missing'));
    await expect(failure).rejects.toThrow(/qhub failed: FileNotFoundError: .*no-such-config\.yaml/);
    await expect(failure).rejects.not.toThrow(/Traceback/);
  });
});

/** Nebari's Terraform stages after 02-infrastructure: pending while 02's outputs do not exist. */
const NEBARI_KUBERNETES_STAGES_PENDING = [
  '03-kubernetes-initialize',
  '04-kubernetes-ingress',
  '05-kubernetes-keycloak',
  '06-kubernetes-keycloak-configuration',
  '07-kubernetes-services',
  '08-nebari-tf-extensions',
].map((stage) => [stage, 'pending']);

describe('Nebari 2023.7.2: stage inputs from _nebari.stages.input_vars', async () => {
  const available = await ready(NEBARI_2023);
  it.skipIf(!available)('plans stage 02 of a local config first, and every stage once earlier outputs exist', async () => {
    const configPath = init(NEBARI_2023, ['local', '--project-name', 'demo', '--domain-name', 'demo.example.com', '--auth-provider', 'password', '--disable-prompt']);
    const renderDir = join(work, 'render-2023');
    const first = await stageInputs(NEBARI_2023, configPath, {}, true, renderDir);
    // No stage 01 for the local provider: deploy does not run it either.
    expect(statuses(first)).toEqual([
      ['02-infrastructure', 'ready'],
      ...NEBARI_KUBERNETES_STAGES_PENDING,
    ]);
    expect(tfvars(first, '02-infrastructure')).toEqual({ kubeconfig_filename: join(tmpdir(), 'NEBARI_KUBECONFIG'), kube_context: null });

    const later = await stageInputs(NEBARI_2023, configPath, FAKE_OUTPUTS, false, renderDir);
    expect(later.stages.every((stage) => stage.status === 'ready')).toBe(true);
    expect(tfvars(later, '07-kubernetes-services')['keycloak-read-only-user-credentials']).toMatchObject({ username: 'ro' });
  });
});

describe('Nebari (newest): plugin stages', async () => {
  const available = await ready(NEBARI_NEWEST);
  it.skipIf(!available)('lists every stage in priority order; kustomize stages are not planned, with why', async () => {
    const configPath = init(NEBARI_NEWEST, ['local', '--project-name', 'demo', '--domain-name', 'demo.example.com', '--auth-provider', 'password']);
    const renderDir = join(work, 'render-newest');
    const first = await stageInputs(NEBARI_NEWEST, configPath, {}, true, renderDir);
    expect(first).toMatchObject({ package: 'nebari', version: NEBARI_NEWEST.version, api: 'plugin' });
    expect(statuses(first)).toEqual([
      ['bootstrap', 'not-planned'],
      ['01-terraform-state', 'ready'],
      ['02-infrastructure', 'ready'],
      ...NEBARI_KUBERNETES_STAGES_PENDING,
      ['10-kubernetes-kuberhealthy', 'not-planned'],
      ['11-kubernetes-kuberhealthy-healthchecks', 'not-planned'],
    ]);
    expect(first.stages.at(-1)!.reason).toMatch(/Kubernetes Python client, not Terraform/);
    expect(existsSync(join(renderDir, 'stages/02-infrastructure/local/_nebari.tf.json'))).toBe(true);
    // Rendering kustomize stages would download kustomize and helm: they are left out.
    expect(existsSync(join(renderDir, 'stages/10-kubernetes-kuberhealthy'))).toBe(false);

    const later = await stageInputs(NEBARI_NEWEST, configPath, FAKE_OUTPUTS, false, renderDir);
    expect(later.stages.filter((stage) => stage.status !== 'not-planned').every((stage) => stage.status === 'ready')).toBe(true);
    // set_outputs of stages 02 and 04 add node_selectors and domain, as deploy does.
    expect(tfvars(later, '05-kubernetes-keycloak')).toMatchObject({ endpoint: 'demo.example.com', node_group: { key: 'kubernetes.io/os', value: 'linux' } });
  });
});

// The network is refused, so these runs fail at init as they would on a machine without it.
const offlineEnv = { ...env, ...noNetworkEnv() };

describe('planConfig with real QHub 0.4.5 and real OpenTofu', async () => {
  const available = await ready(QHUB_045);
  const tofu = findTofu('planConfig with real QHub 0.4.5 and real OpenTofu');
  it.skipIf(!available || !tofu)('names the unreachable provider registry as why stage 02 is not planned, later stages pending', async () => {
    const configPath = init(QHUB_045, ['local', '--project', 'demo', '--domain', 'demo.example.com', '--auth-provider', 'password', '--disable-prompt']);
    const engine = createEngine({ engine: tofu!, runner: spawnRunner, env: offlineEnv, pluginCacheDir: undefined });
    // The config says qhub_version: 0.4.5; planDeployableConfig picks that release's cached venv.
    const { run, version } = await planDeployableConfig({ configPath, engine, workDir: mkdtempSync(join(work, 'plan-')), env: offlineEnv, runner: spawnRunner });
    expect(version).toEqual({ family: 'qhub-0.4', value: '0.4.5', source: 'config' });
    const [infrastructure, ...rest] = run.roots;
    expect(infrastructure).toMatchObject({ status: 'failed', root: '02-infrastructure', step: 'init' });
    if (infrastructure?.status === 'failed') {
      expect(infrastructure.diagnostics[0]!.summary).toMatch(/^not planned: its providers could not be downloaded because the provider registry is unreachable/);
    }
    expect(rest.map((outcome) => outcome.status)).toEqual(Array(6).fill('pending'));
    expect(run.failed).toBe(true);
  });
});

describe('planDeployableConfig with real QHub 0.3.11 and real OpenTofu', async () => {
  const available = await ready(QHUB_0311);
  const tofu = findTofu('planDeployableConfig with real QHub 0.3.11 and real OpenTofu');
  it.skipIf(!available || !tofu)('names GitHub module downloads as why terraform-state is not planned; infrastructure waits on it', async () => {
    const configPath = init03(QHUB_0311);
    const engine = createEngine({ engine: tofu!, runner: spawnRunner, env: offlineEnv });
    // 0.3.x configs carry no version: the caller passes it (option or .qhub-version).
    const { run, version } = await planDeployableConfig({ configPath, requestedVersion: '0.3.11', engine, workDir: mkdtempSync(join(work, 'plan-')), env: offlineEnv, runner: spawnRunner });
    expect(version.family).toBe('qhub-0.3.11');
    expect(run.roots).toMatchObject([
      { root: 'terraform-state', status: 'failed', step: 'init' },
      { root: 'infrastructure', status: 'pending', reason: 'not planned because terraform-state failed' },
    ]);
    const [state] = run.roots;
    expect(state?.status === 'failed' && state.diagnostics[0]!.summary).toBe('not planned: its modules could not be downloaded from GitHub (QHub 0.3.11 fetches them at init)');
  });
});
