// dist/index.js `destroy` on workflow_dispatch, with real OpenTofu and the GitHub emulator: the
// typed confirmation, reverse-order destroy past failures, and the one leftovers issue that a later
// clean destroy closes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workflowDispatchEvent } from '../emulator/fixtures.js';
import { repoRoot, runAction } from './run-action.js';
import { findTofu, templateFiles } from './workspace.js';
import { defaultCacheRoot } from '../../src/qhub/venv.js';
import { ACTIONS_BOT, useEmulator } from './emulator-per-file.js';
import { expectRunnerWarningOnce, MISSING_CLI_CONFIG } from './runner-warning.js';

const TOKEN = 'ghs_destroyE2eToken0a1b2c3d4e5f6';
const BRANCH = 'deploy/blue';

const tofu = findTofu();
const config = readFileSync(join(repoRoot, 'template-repo/qhub-config.yaml'), 'utf8');
const github = useEmulator();
let stateDir: string;

const backend = (name: string) => `terraform {\n  backend "local" {\n    path = "${stateDir}/${name}.tfstate"\n  }\n}\n`;
const STUCK = `resource "terraform_data" "stuck" {\n  provisioner "local-exec" {\n    when    = destroy\n    command = "exit 1"\n  }\n}\n`;

/** Two roots in apply order; the first one's resource refuses to be destroyed unless `fixed`. */
function files(fixed: boolean): Record<string, string> {
  return {
    'qhub-config.yaml': config,
    '.qhub-version': '0.3.14\n',
    'infra/base/main.tf': `${backend('base')}${fixed ? 'resource "terraform_data" "stuck" {}\n' : STUCK}`,
    'infra/app/main.tf': `${backend('app')}resource "terraform_data" "app" {}\n`,
  };
}

/** Applies the roots straight from the checkout, as an earlier deploy would have. */
function deployed(checkout: Record<string, string>): void {
  const workspace = mkdtempSync(join(stateDir, 'deploy-'));
  for (const root of ['base', 'app']) {
    const dir = join(workspace, root);
    mkdirSync(dir);
    writeFileSync(join(dir, 'main.tf'), checkout[`infra/${root}/main.tf`]!);
    for (const args of [['init', '-input=false'], ['apply', '-auto-approve', '-input=false']]) {
      const result = spawnSync(tofu!, args, { cwd: dir, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`tofu ${args[0]} failed in ${root}: ${result.stderr}`);
    }
  }
}

beforeEach(() => {
  stateDir = mkdtempSync(join(tmpdir(), 'qhub-gitops-destroy-e2e-state-'));
  github.emulator.addToken(TOKEN, ACTIONS_BOT);
});
afterEach(() => {
  rmSync(stateDir, { recursive: true, force: true });
});

const dispatch = (checkout: Record<string, string>, confirm: string, roots = 'infra/base\ninfra/app', env: Record<string, string> = {}, inputs: Record<string, string> = {}) =>
  runAction({
    apiUrl: github.emulator.url,
    token: TOKEN,
    eventName: 'workflow_dispatch',
    payload: workflowDispatchEvent(`refs/heads/${BRANCH}`, { command: 'destroy', confirm }),
    repository: github.emulator.fullName,
    files: checkout,
    inputs: { command: 'destroy', confirm, roots, engine: tofu!, ...inputs },
    ref: `refs/heads/${BRANCH}`,
    env,
  });

const stateOf = (name: string) => JSON.parse(readFileSync(join(stateDir, `${name}.tfstate`), 'utf8')).resources.map((resource: { name: string }) => resource.name);

describe.skipIf(tofu === null)('qhub-gitops action: destroy on workflow_dispatch', () => {
  it('touches nothing unless confirm is the project_name, and says what to type', async () => {
    deployed(files(true));
    const result = await dispatch(files(true), 'blue');
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain("run the workflow again with confirm set to exactly 'datasci'. Nothing was touched.");
    expect(stateOf('base')).toEqual(['stuck']);
    expect(stateOf('app')).toEqual(['app']);
    expect(github.emulator.requests).toEqual([]);
  });

  it('opens one issue for what is left, and closes it when a later destroy leaves nothing', async () => {
    deployed(files(false));
    const first = await dispatch(files(false), 'datasci');
    expect(first.exitCode).toBe(1);
    expect(first.outputs.destroyed).toBe('false');
    expect(JSON.parse(first.outputs.leftovers!)).toEqual([
      { root: 'infra/base', address: 'terraform_data.stuck', type: 'terraform_data', provider: 'other', command: expect.any(String) },
    ]);
    expect(stateOf('app')).toEqual([]);
    expect(github.emulator.issues).toHaveLength(1);
    const issue = github.emulator.issues[0]!;
    expect(issue).toMatchObject({ title: `Manual destruction needed for ${BRANCH}`, state: 'open', labels: [{ name: 'qhub-gitops' }] });
    expect(issue.body).toContain('- [ ] `terraform_data.stuck` — `terraform_data` (other) in `infra/base`');
    expect(issue.body).toContain('state bucket gs://datasci-blue-terraform-state');
    expect(first.outputs['issue-url']).toBe(issue.html_url);
    expect(first.summary).toContain('Roots, in destroy order');
    // The Kubernetes clean-up is opt-in: without clean-cluster it is not attempted, and the log says so.
    expect(first.summary).not.toContain('qhub-traefik-ingress and its load balancer');
    expect(first.stdout).toContain('No Kubernetes clean-up (clean-cluster is false)');
    expect(first.summary.indexOf('`infra/app`')).toBeLessThan(first.summary.indexOf('`infra/base`'));

    // Still failing: the same issue is updated, not a second one.
    const again = await dispatch(files(false), 'datasci', undefined, {}, { 'clean-cluster': 'true' });
    expect(again.exitCode).toBe(1);
    expect(github.emulator.issues).toHaveLength(1);
    // The runner has no cluster here: the Kubernetes clean-up is reported as skipped, not as done.
    expect(again.summary).toMatch(/\| Service blue\/qhub-traefik-ingress and its load balancer \| skipped \| the cluster is not reachable/);

    const fixed = await dispatch(files(true), 'datasci');
    expect(fixed.exitCode).toBe(0);
    expect(fixed.outputs.destroyed).toBe('true');
    expect(stateOf('base')).toEqual([]);
    expect(github.emulator.issues).toMatchObject([{ state: 'closed' }]);
    expect(github.emulator.issues[0]!.body).toContain('found every state empty: closing.');
    expect(github.emulator.deployments).toMatchObject([{ ref: BRANCH, environment: 'blue' }]);
    expect(github.emulator.deploymentStatuses.map((status) => status.state)).toEqual(['inactive']);
  });

  it('says an engine warning about the runner once, in the log and the job summary', async () => {
    deployed(files(true));
    const result = await dispatch(files(true), 'datasci', undefined, MISSING_CLI_CONFIG);
    expect(result.exitCode).toBe(0);
    // The engine printed it before every init, destroy and state list of both roots.
    expectRunnerWarningOnce(result);
  });
});

// The template's QHub 0.3.14 deployment, rendered by the real QHub in its cached virtualenv: without
// `roots`, destroy prepares the config's stages as a plan does, and a stage it cannot prepare is
// reported as not destroyed, never as empty.
const qhubCache = defaultCacheRoot(process.env);
const qhubReady = existsSync(join(qhubCache, 'venvs', 'qhub-0.3.14', 'bin', 'qhub'));

describe.skipIf(tofu === null || !qhubReady)('qhub-gitops action: destroy of a QHub config', () => {
  it('lists the stage whose variables are unknown as not destroyed, in the issue, and fails', async () => {
    const env = { QHUB_GITOPS_CACHE: qhubCache, github_oauth_client_id: 'client-id', github_oauth_client_secret: 'client-secret' };
    const result = await dispatch(templateFiles(), 'datasci', '', env);
    expect(result.exitCode).toBe(1);
    expect(result.outputs.destroyed).toBe('false');
    expect(result.summary).toMatch(/`infrastructure`: state could not be read: its input variables are not known/);
    expect(github.emulator.issues).toHaveLength(1);
    expect(github.emulator.issues[0]!.body).toContain('- [ ] `infrastructure`: its state could not be read');
    expect(github.emulator.issues[0]!.body).toContain('state bucket gs://datasci-blue-terraform-state');
  });
});
