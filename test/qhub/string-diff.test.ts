// The issue's own case with QHub's real shapes: a config made by QHub 0.4.5's `init`, a PR that
// changes one profile's cpu_limit and the JupyterLab image tag, both rendered by QHub's own stage
// functions, and the jupyterhub helm `values` built from those stage inputs the way QHub's
// jupyterhub module builds them (its values.yaml file, then a jsonencode of the profiles and
// images), planned by real OpenTofu. The comment shows the two leaves, linked to their config lines.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { planRoots } from '../../src/terraform/roots.js';
import { configChangesBetween } from '../../src/config/changes.js';
import { computeStageInputs, type StageOutputs } from '../../src/qhub/render.js';
import { defaultCacheRoot, isVenvReady, venvPaths, type VenvSpec } from '../../src/qhub/venv.js';
import { buildComment, type CommentInput } from '../../src/report/comment.js';
import { spawnRunner } from '../../src/terraform/process.js';
import { findTofu, noNetworkEnv, tofuWork } from '../helpers/tofu.js';

const QHUB_045: VenvSpec = { package: 'qhub', version: '0.4.5' };
const env = { ...process.env, PYTHONWARNINGS: 'ignore' };

const available = await isVenvReady(QHUB_045, { env: process.env }).catch(() => false);
if (!available) console.warn('skipped: no virtualenv for qhub 0.4.5 (run scripts/setup-qhub-venvs.mjs)');
const tofu = findTofu('QHub helm values plan');
const { dir: work, engine: tofuEngine, planDir } = tofuWork(tofu, 'qhub-gitops-qhub-strings-', noNetworkEnv());

/** What stages 02-06 output once deployed (values made up; the shapes are QHub's). */
const OUTPUTS: StageOutputs = {
  'stages/02-infrastructure': { kubernetes_credentials: { sensitive: true, value: { host: 'https://10.0.0.1', token: 'token', cluster_ca_certificate: 'CA' } }, kubeconfig_filename: { value: '/tmp/QHUB_KUBECONFIG' }, nfs_endpoint: { value: null } },
  'stages/04-kubernetes-ingress': { load_balancer_address: { value: { ip: '10.0.0.2', hostname: '' } } },
  'stages/05-kubernetes-keycloak': { keycloak_credentials: { sensitive: true, value: { client_id: 'admin-cli', url: 'https://demo.example.com', username: 'root', password: 'pw', realm: 'master' } }, keycloak_qhub_bot_password: { value: 'bot' } },
  'stages/06-kubernetes-keycloak-configuration': { realm_id: { value: 'qhub' }, 'keycloak-read-only-user-credentials': { value: { username: 'ro', password: 'ro', client_id: 'admin-cli', realm: 'qhub' } } },
};

/** The part of QHub 0.4.5's jupyterhub module (modules/kubernetes/services/jupyterhub/main.tf) that the config's profiles and images reach. */
const JUPYTERHUB_VALUES = `
variable "jupyterlab-profiles" { type = any }
variable "jupyterhub-image" { type = any }
variable "jupyterlab-image" { type = any }
variable "jupyterhub-theme" { type = any }
variable "client_secret" {
  type    = string
  default = "CANARY-oauth-client-secret"
}

resource "terraform_data" "jupyterhub" {
  input = {
    values = [
      file("\${path.module}/values.yaml"),
      jsonencode({
        custom = { theme = var.jupyterhub-theme, profiles = var.jupyterlab-profiles }
        hub = {
          image  = var.jupyterhub-image
          config = { GenericOAuthenticator = { client_id = "jupyterhub", client_secret = var.client_secret } }
        }
        singleuser = { image = var.jupyterlab-image }
      }),
    ]
  }
}
`;

describe.skipIf(!available || tofu === null)('a QHub PR changing a profile cpu_limit and the JupyterLab image', () => {
  it('shows both leaves inside the helm values, each linked to its qhub-config.yaml line', async () => {
    const dir = mkdtempSync(join(work, 'init-'));
    execFileSync(venvPaths(QHUB_045, defaultCacheRoot(process.env)).cli, ['init', 'local', '--project', 'demo', '--domain', 'demo.example.com', '--auth-provider', 'password', '--disable-prompt'], { cwd: dir, env, stdio: 'pipe' });
    const baseText = readFileSync(join(dir, 'qhub-config.yaml'), 'utf8');
    const config = parse(baseText);
    expect(config.profiles.jupyterlab[1].kubespawner_override.cpu_limit).toBe(4);
    config.profiles.jupyterlab[1].kubespawner_override.cpu_limit = 6;
    config.default_images.jupyterlab = 'quay.io/nebari/nebari-jupyterlab:2023.1.1';
    const headText = stringify(config);

    /** QHub's own stage inputs of 07-kubernetes-services for a config text, and its rendered stage directory. */
    const stageInputs = async (name: string, text: string) => {
      const configPath = join(work, `${name}.yaml`);
      writeFileSync(configPath, text);
      const renderDir = join(work, `render-${name}`);
      const manifest = await computeStageInputs(venvPaths(QHUB_045, defaultCacheRoot(process.env)), { configPath, renderDir, outDir: join(work, `out-${name}`), outputs: OUTPUTS, render: true }, { env, runner: spawnRunner });
      const stage = manifest.stages.find((entry) => entry.name === '07-kubernetes-services')!;
      return { tfvars: JSON.parse(readFileSync(stage.tfvarsFile!, 'utf8')) as Record<string, unknown>, stageDir: join(renderDir, stage.directory) };
    };
    const base = await stageInputs('base', baseText);
    const head = await stageInputs('head', headText);

    const root = join(work, 'jupyterhub');
    mkdirSync(root);
    writeFileSync(join(root, 'main.tf'), JUPYTERHUB_VALUES);
    copyFileSync(join(base.stageDir, 'modules/kubernetes/services/jupyterhub/values.yaml'), join(root, 'values.yaml'));
    const tfvars = (inputs: Record<string, unknown>) =>
      writeFileSync(join(root, 'terraform.tfvars.json'), JSON.stringify(Object.fromEntries(['jupyterlab-profiles', 'jupyterhub-image', 'jupyterlab-image', 'jupyterhub-theme'].map((key) => [key, inputs[key]]))));
    const engine = tofuEngine();

    tfvars(base.tfvars);
    const first = await planRoots([{ dir: root }], engine, { planDir: planDir() });
    const applied = first.roots[0]!;
    if (applied.status !== 'planned') throw new Error(JSON.stringify(applied));
    await engine.apply(root, applied.planFile!);
    tfvars(head.tfvars);
    const run = await planRoots([{ dir: root, label: '07-kubernetes-services' }], engine, { planDir: planDir() });

    const configChanges = configChangesBetween({ config: { bytes: baseText, file: 'qhub-config.yaml' }, environmentFiles: [] }, { config: { bytes: headText, file: 'qhub-config.yaml' }, environmentFiles: [] })!;
    const input: CommentInput = { marker: { deployment: 'deploy/dev', config: 'qhub-config.yaml', planHash: run.hash, kind: 'plan' }, title: 'Plan', configChanges, plan: { roots: run.roots, hash: run.hash } };
    const comment = buildComment(input);

    const headLines = headText.split('\n');
    const cpuLine = headLines.findIndex((line) => line.includes('cpu_limit: 6')) + 1;
    const imageLine = headLines.findIndex((line) => line.includes('nebari-jupyterlab:2023.1.1')) + 1;
    expect(comment).toContain(`- \`profiles.jupyterlab[1].kubespawner_override.cpu_limit\` (\`qhub-config.yaml:${cpuLine}\`): \`4\` → \`6\` — changes \`terraform_data.jupyterhub\``);
    expect(comment).toContain(`- \`default_images.jupyterlab\` (\`qhub-config.yaml:${imageLine}\`): \`"quay.io/nebari/nebari-jupyterlab:main"\` → \`"quay.io/nebari/nebari-jupyterlab:2023.1.1"\` — changes \`terraform_data.jupyterhub\``);
    expect(comment).toContain(`~     custom.profiles[1].kubespawner_override.cpu_limit: 4 → 6   # ← profiles.jupyterlab[1].kubespawner_override.cpu_limit, qhub-config.yaml:${cpuLine}`);
    expect(comment).toContain(`~     singleuser.image.tag: "main" → "2023.1.1"   # ← default_images.jupyterlab, qhub-config.yaml:${imageLine}`);
    // The values' section is a few lines long: its heading and the two leaves (the rest of the
    // diff block is terraform_data's own `output`, which a helm_release does not have).
    const values = comment.split('\n').filter((line) => line.startsWith('~ input.values') || line.startsWith('~     '));
    expect(values).toEqual([expect.stringMatching(/^~ input\.values\[1\]: JSON document, 2 values changed, \d+ unchanged$/), expect.any(String), expect.any(String)]);
    expect(comment).not.toContain('CANARY');
  }, 600_000);
});
