// engine auto from the bundles that ship: with no engine on PATH, `qhub-gitops plan` and the action
// run the exact Terraform the QHub release pins, provisioned from a local mirror, and say so.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultCacheRoot, isVenvReady, venvPaths, type VenvSpec } from '../../src/qhub/venv.js';
import type { EnginePin } from '../../src/terraform/provision.js';
import { pullRequestEvent } from '../emulator/fixtures.js';
import { pinText, startEngineMirror, type EngineMirror } from '../helpers/engine-mirror.js';
import { noNetworkEnv } from '../helpers/tofu.js';
import { ACTIONS_BOT, useEmulator } from './emulator-per-file.js';
import { ensureDist, repoRoot, runAction } from './run-action.js';
import { stack } from './workspace.js';

const TF_0149: EnginePin = { name: 'terraform', version: '0.14.9' };
const TF_105: EnginePin = { name: 'terraform', version: '1.0.5' };
const QHUB_0311: VenvSpec = { package: 'qhub', version: '0.3.11' };
const QHUB_045: VenvSpec = { package: 'qhub', version: '0.4.5' };

const qhubCache = defaultCacheRoot(process.env);
const scratch = mkdtempSync(join(tmpdir(), 'qhub-gitops-engine-e2e-'));
let mirror: EngineMirror;

beforeAll(async () => {
  ensureDist();
  mirror = await startEngineMirror([TF_0149, TF_105]);
}, 120_000);
afterAll(async () => {
  await mirror?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** Why a scenario cannot run here (a missing engine build or venv), printed once as its skip line; null when it can. */
async function missing(pin: EnginePin, spec: VenvSpec): Promise<string | null> {
  if (mirror.missing.some((entry) => entry.version === pin.version)) return `${pinText(pin)} is not built (scripts/build-engines.sh)`;
  if (!(await isVenvReady(spec, { env: process.env }).catch(() => false))) return `no virtualenv for ${spec.package} ${spec.version} (scripts/setup-qhub-venvs.sh)`;
  return null;
}

let counter = 0;
/** No engine on PATH, the venvs of the shared cache, a fresh engine cache, the network refused except the mirror. */
function machine(): Record<string, string> {
  return {
    ...noNetworkEnv('127.0.0.1'),
    HOME: scratch,
    PATH: '/usr/bin:/bin',
    QHUB_GITOPS_CACHE: qhubCache,
    RUNNER_TOOL_CACHE: join(scratch, `tools-${counter++}`),
    PYTHONWARNINGS: 'ignore',
  };
}

/** Runs dist/cli.js without blocking this process: the mirror serves from here. */
function cli(args: string[], cwd: string, extraEnv: Record<string, string> = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [join(repoRoot, 'dist', 'cli.js'), ...args], { cwd, env: { ...machine(), ...extraEnv } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

/** A GCP config written by QHub 0.3.11's own `init` (remote state: it has a terraform-state stage). */
function init0311(): string {
  const dir = mkdtempSync(join(scratch, 'config-'));
  spawnSync(venvPaths(QHUB_0311, defaultCacheRoot(process.env)).cli, ['init', 'gcp', '--project', 'demo', '--domain', 'demo.example.com', '--auth-provider', 'password', '--terraform-state', 'remote', '--kubernetes-version', '1.21', '--disable-prompt'], {
    cwd: dir,
    env: { ...machine(), PROJECT_ID: 'demo-project' },
  });
  writeFileSync(join(dir, '.qhub-version'), '0.3.11\n');
  return dir;
}

describe('qhub-gitops plan --engine auto (the default) with no engine on PATH', () => {
  for (const { spec, pin } of [
    { spec: QHUB_0311, pin: TF_0149 },
    { spec: QHUB_045, pin: TF_105 },
  ]) {
    it(`--root with --qhub-version ${spec.version} plans with ${pinText(pin)} from the mirror`, async (context) => {
      const reason = await missing(pin, spec);
      if (reason) {
        console.warn(`engine e2e (${spec.version}): skipped, ${reason}`);
        return context.skip();
      }
      const dir = mkdtempSync(join(scratch, 'roots-'));
      cpSync(join(repoRoot, 'test/fixtures/stacks/outputs-only'), join(dir, 'app'), { recursive: true });
      const result = await cli(['plan', '--root', 'app', '--qhub-version', spec.version, '--engine-mirror', mirror.url, '--format', 'json'], dir);
      expect(result.status, result.stderr).toBe(2);
      const json = JSON.parse(result.stdout);
      expect(json.engine).toEqual({ name: pin.name, version: pin.version, source: 'auto' });
      expect(json.roots[0]).toMatchObject({ root: 'app', status: 'planned', engine: json.engine, state_terraform_version: null });
      expect(json.roots[0].summary).toMatchObject({ tool: 'terraform', output_changes: 2 });
      expect(result.stderr).toContain(`verified ${pin.name}_${pin.version}_linux_amd64.zip`);
    }, 300_000);
  }

  it('a QHub 0.3.11 config (version from .qhub-version) runs Terraform 0.14.9, and the comment names it per stage', async (context) => {
    const reason = await missing(TF_0149, QHUB_0311);
    if (reason) {
      console.warn(`engine e2e (0.3.11 config): skipped, ${reason}`);
      return context.skip();
    }
    const dir = init0311();
    const json = await cli(['plan', '--config', 'qhub-config.yaml', '--engine-mirror', mirror.url, '--format', 'json'], dir);
    // Offline, QHub 0.3.11's terraform-state cannot fetch its modules from GitHub: it fails at init, with 0.14.9.
    expect(JSON.parse(json.stdout)).toMatchObject({
      engine: { name: 'terraform', version: '0.14.9', source: 'auto' },
      roots: [
        { root: 'terraform-state', status: 'failed', engine: { name: 'terraform', version: '0.14.9' } },
        { root: 'infrastructure', status: 'pending' },
      ],
    });
    const markdown = await cli(['plan', '--config', 'qhub-config.yaml', '--engine-mirror', mirror.url], dir);
    expect(markdown.stdout).toContain('<code>terraform-state</code>: init failed · Terraform 0.14.9');
  }, 600_000);

  it('stage 01 of a QHub 0.4.5 config (from the corpus) runs Terraform 1.0.5, without the import blocks it cannot read', async (context) => {
    const corpusConfig = join(repoRoot, '../shared/corpus/configs/NASA-IMPACT__veda-qhub__3d04e13__qhub-config.yaml');
    const reason = existsSync(corpusConfig) ? await missing(TF_105, QHUB_045) : `no corpus config at ${corpusConfig}`;
    if (reason) {
      console.warn(`engine e2e (0.4.5 config): skipped, ${reason}`);
      return context.skip();
    }
    const dir = mkdtempSync(join(scratch, 'config-'));
    // Its secrets are redacted in the corpus; QHub reads them from the environment instead.
    const text = readFileSync(corpusConfig, 'utf8').replace('client_secret: <NOPE>', 'client_secret: QHUB_SECRET_cs').replace('initial_root_password: <NOPE>', 'initial_root_password: QHUB_SECRET_rp');
    writeFileSync(join(dir, 'qhub-config.yaml'), text);
    const result = await cli(['plan', '--config', 'qhub-config.yaml', '--engine-mirror', mirror.url, '--format', 'json'], dir, { cs: 'x', rp: 'y', AWS_DEFAULT_REGION: 'us-west-2' });
    const json = JSON.parse(result.stdout);
    expect(json.engine).toEqual({ name: 'terraform', version: '1.0.5', source: 'auto' });
    // Offline its AWS provider cannot be downloaded: init fails for that reason, not on an `import` block 1.0.5 cannot parse.
    expect(json.roots[0]).toMatchObject({ root: '01-terraform-state', status: 'failed', engine: json.engine });
    expect(json.roots[0].errors[0]).toMatch(/^Error: not planned: its providers could not be downloaded/);
    expect(result.stderr).not.toMatch(/Unsupported block type/);
  }, 600_000);
});

const TOKEN = 'ghs_engineE2eToken0a1b2c3d4e5f6';
const PR = 41;
const github = useEmulator();
beforeEach(() => {
  github.emulator.addToken(TOKEN, ACTIONS_BOT);
  github.emulator.addPull(pullRequestEvent({ number: PR, baseRef: 'deploy/blue' }), ['infra/app/main.tf']);
});

/** The action's plan on a synchronize of the pull request into deploy/blue, with `files` checked out. */
function planOnPullRequest(files: Record<string, string>, inputs: Record<string, string>, env: Record<string, string>) {
  return runAction({
    apiUrl: github.emulator.url,
    token: TOKEN,
    eventName: 'pull_request',
    payload: pullRequestEvent({ number: PR, baseRef: 'deploy/blue', action: 'synchronize' }),
    repository: github.emulator.fullName,
    files,
    inputs,
    env,
  });
}

describe('the action (dist/index.js) with engine auto', () => {
  it('plans a QHub 0.3.11 config with Terraform 0.14.9 and names it in the comment and the engine output', async (context) => {
    const reason = await missing(TF_0149, QHUB_0311);
    if (reason) {
      console.warn(`engine e2e (action, 0.3.11 config): skipped, ${reason}`);
      return context.skip();
    }
    const dir = init0311();
    const files = Object.fromEntries(['qhub-config.yaml', '.qhub-version'].map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
    const env = { ...machine(), ...noNetworkEnv(`127.0.0.1,${new URL(github.emulator.url).hostname}`), github_oauth_client_id: 'id', github_oauth_client_secret: 'secret' };
    const result = await planOnPullRequest(files, { 'engine-mirror': mirror.url }, env);
    // Offline, terraform-state cannot fetch QHub 0.3.11's modules from GitHub: the plan fails at init, run by 0.14.9.
    expect(JSON.parse(result.outputs.engine!)).toEqual({ name: 'terraform', version: '0.14.9', source: 'auto' });
    expect(github.emulator.commentsOn(PR)[0]!.body).toContain('<code>terraform-state</code>: init failed · Terraform 0.14.9');
  }, 600_000);

  it('plans explicit roots with the engine qhub-version pins, provisioned from engine-mirror, and names it', async (context) => {
    const reason = await missing(TF_105, QHUB_045);
    if (reason) {
      console.warn(`engine e2e (action): skipped, ${reason}`);
      return context.skip();
    }
    const env = { ...machine(), ...noNetworkEnv(`127.0.0.1,${new URL(github.emulator.url).hostname}`) };
    const result = await planOnPullRequest({ 'infra/app/main.tf': stack('outputs-only') }, { roots: 'infra/app', 'qhub-version': '0.4.5', 'engine-mirror': mirror.url }, env);
    expect(result.exitCode, result.stdout).toBe(0);
    // No engine input: action.yml's default, auto, follows the release.
    expect(JSON.parse(result.outputs.engine!)).toEqual({ name: 'terraform', version: '1.0.5', source: 'auto' });
    expect(github.emulator.commentsOn(PR)[0]!.body).toContain('<code>infra/app</code>');
    expect(github.emulator.commentsOn(PR)[0]!.body).toMatch(/infra\/app<\/code>: .*· Terraform 1\.0\.5/);
    expect(result.summary).toContain('Terraform 1.0.5');
  }, 300_000);
});
