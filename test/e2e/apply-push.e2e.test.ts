// dist/index.js `apply` on a push to deploy/<name>, with real OpenTofu and the GitHub emulator:
// the plan run on the pull request leaves the reviewed hash in its comment; the push after the
// merge applies only that plan and reports in place, with a GitHub deployment.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseMarker } from '../../src/deploy/marker.js';
import { pullRequestEvent, pushEvent, workflowDispatchEvent } from '../emulator/fixtures.js';
import { repoRoot, runAction } from './run-action.js';
import { noNetworkEnv } from '../helpers/tofu.js';
import { findTofu, templateFiles } from './workspace.js';
import { defaultCacheRoot } from '../../src/qhub/venv.js';
import { ACTIONS_BOT, useEmulator } from './emulator-per-file.js';
import { expectRunnerWarningOnce, MISSING_CLI_CONFIG } from './runner-warning.js';

const TOKEN = 'ghs_applyE2eToken0a1b2c3d4e5f6';
const PR = 41;
const BRANCH = 'deploy/blue';

const tofu = findTofu();
const config = readFileSync(join(repoRoot, 'template-repo/qhub-config.yaml'), 'utf8');
const github = useEmulator();
let stateDir: string;

/** A merged pull request into deploy/blue: its head commit is what the push brings. */
function mergedPull() {
  const payload = pullRequestEvent({ number: PR, baseRef: BRANCH, action: 'synchronize' });
  Object.assign(payload.pull_request, { state: 'closed', merged: true, merged_at: '2026-01-02T00:00:00Z', closed_at: '2026-01-02T00:00:00Z' });
  return payload;
}

/** The checkout: the template config and one root whose state outlives each run's workspace. */
function files(extra = ''): Record<string, string> {
  return {
    'qhub-config.yaml': config,
    '.qhub-version': '0.3.14\n',
    'infra/app/main.tf': `terraform {\n  backend "local" {\n    path = "${stateDir}/app.tfstate"\n  }\n}\nresource "terraform_data" "app" {\n  input = "v1"\n}\noutput "name" {\n  value = terraform_data.app.output\n}\n${extra}`,
  };
}

beforeEach(() => {
  stateDir = mkdtempSync(join(tmpdir(), 'qhub-gitops-apply-e2e-state-'));
  github.emulator.addToken(TOKEN, ACTIONS_BOT);
  github.emulator.addPull(mergedPull(), ['infra/app/main.tf']);
});
afterEach(() => {
  rmSync(stateDir, { recursive: true, force: true });
});

const run = (eventName: string, payload: unknown, checkout: Record<string, string>, sha: string, ref: string, roots = 'infra/app', env: Record<string, string> = {}, inputs: Record<string, string> = {}) =>
  runAction({ apiUrl: github.emulator.url, token: TOKEN, eventName, payload, repository: github.emulator.fullName, files: checkout, inputs: { roots, engine: tofu!, ...inputs }, sha, ref, env });

const headSha = () => mergedPull().pull_request.head.sha as string;
const reviewRun = (checkout: Record<string, string>) => run('pull_request', mergedPull(), checkout, headSha(), `refs/pull/${PR}/merge`);
const pushRun = (checkout: Record<string, string>, sha = headSha()) => run('push', pushEvent(BRANCH), checkout, sha, `refs/heads/${BRANCH}`);

describe.skipIf(tofu === null)('qhub-gitops action: apply on a push to deploy/<name>', () => {
  it('applies the reviewed plan, updates the PR comment in place and records a deployment', async () => {
    const review = await reviewRun(files());
    expect(review.exitCode).toBe(0);
    const [planComment] = github.emulator.commentsOn(PR);
    const reviewedHash = review.outputs['plan-hash'];
    expect(parseMarker(planComment!.body)).toMatchObject({ kind: 'plan', planHash: reviewedHash });

    const result = await pushRun(files());
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ applied: 'true', 'apply-result': 'applied', 'plan-hash': reviewedHash });
    const comments = github.emulator.commentsOn(PR);
    expect(comments.map((comment) => comment.id)).toEqual([planComment!.id]);
    expect(parseMarker(comments[0]!.body)).toMatchObject({ kind: 'apply', state: 'applied', deployment: BRANCH, planHash: reviewedHash });
    expect(comments[0]!.body).toContain('✅ Applied the reviewed plan.');
    expect(comments[0]!.body).toContain('`name` = `"v1"`');
    // The reviewed plan stays under the status, once, with the plan comment's own text.
    const reviewedPart = comments[0]!.body.split('<summary>The reviewed plan</summary>');
    expect(reviewedPart).toHaveLength(2);
    expect(reviewedPart[1]).toContain(`Plan hash \`${reviewedHash}\``);
    expect(reviewedPart[1]).not.toContain('<!-- qhub-gitops {');
    expect(github.emulator.deployments).toMatchObject([{ ref: BRANCH, environment: 'blue', payload: { reviewedPlanHash: reviewedHash } }]);
    expect(github.emulator.deploymentStatuses.map((status) => [status.state, status.environment_url])).toEqual([
      ['in_progress', 'https://blue.datasci.example.org'],
      ['success', 'https://blue.datasci.example.org'],
    ]);
    expect(readFileSync(join(stateDir, 'app.tfstate'), 'utf8')).toContain('"terraform_data"');
    expect(result.summary).toContain('✅ Applied the reviewed plan.');
  });

  it('says an engine warning about the runner once, in the log and the job summary, and not in the comment', async () => {
    const review = await reviewRun(files());
    expect(review.exitCode).toBe(0);
    const result = await run('push', pushEvent(BRANCH), files(), headSha(), `refs/heads/${BRANCH}`, 'infra/app', MISSING_CLI_CONFIG);
    expect(result.exitCode).toBe(0);
    // The engine printed it before init, plan, show, apply and output.
    expectRunnerWarningOnce(result);
    expect(github.emulator.commentsOn(PR)[0]!.body).toContain('✅ Applied the reviewed plan.');
    expect(github.emulator.commentsOn(PR)[0]!.body).not.toContain('CLI configuration');
  });

  it('refuses a plan that changed between review and merge, says what it would do now, and changes nothing', async () => {
    const review = await reviewRun(files());
    const result = await pushRun(files('resource "terraform_data" "unreviewed" {}\n'));
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ applied: 'false', 'apply-result': 'plan-changed' });
    expect(result.stdout).toMatch(/::error::plan-changed: The plan changed since it was reviewed/);
    const body = github.emulator.commentsOn(PR)[0]!.body;
    expect(parseMarker(body)).toMatchObject({ kind: 'apply', state: 'refused', planHash: review.outputs['plan-hash'] });
    expect(body).toContain('`infra/app`: 2 to add, 0 to change, 0 to destroy — `terraform_data.app`, `terraform_data.unreviewed`');
    expect(github.emulator.deploymentStatuses.map((status) => status.state)).toEqual(['in_progress', 'failure']);
    expect(existsSync(join(stateDir, 'app.tfstate'))).toBe(false);
  });

  it('still applies the reviewed plan when the token cannot edit the comment, and says why', async () => {
    const review = await reviewRun(files());
    github.emulator.addToken(TOKEN, { ...ACTIONS_BOT, permissions: { 'pull-requests': 'read' } });
    const result = await pushRun(files());
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ applied: 'true', 'plan-hash': review.outputs['plan-hash'] });
    expect(result.stdout).toMatch(/::notice::Could not update the pull request comment: .*pull-requests: write/);
    expect(parseMarker(github.emulator.commentsOn(PR)[0]!.body)).toMatchObject({ kind: 'plan' });
    expect(github.emulator.deploymentStatuses.map((status) => status.state)).toEqual(['in_progress', 'success']);
  });

  it('refuses a direct push with no reviewed plan before touching anything', async () => {
    const result = await pushRun(files(), 'd'.repeat(40));
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ 'apply-result': 'no-reviewed-plan' });
    expect(result.stdout).toContain(`commit dddddddddddd on ${BRANCH} did not come from a merged pull request`);
    expect(github.emulator.deployments).toEqual([]);
    expect(existsSync(join(stateDir, 'app.tfstate'))).toBe(false);
  });

  it('applies on workflow_dispatch without a review when require-reviewed-plan is false (a first deployment)', async () => {
    const payload = workflowDispatchEvent(`refs/heads/${BRANCH}`, { command: 'apply' });
    const result = await run('workflow_dispatch', payload, files(), 'e'.repeat(40), `refs/heads/${BRANCH}`, 'infra/app', {}, { command: 'apply', 'require-reviewed-plan': 'false' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ applied: 'true' });
    expect(result.stdout).toContain('::notice::No reviewed plan to compare with (commit eeeeeeeeeeee did not come from a merged pull request): require-reviewed-plan is false');
    expect(github.emulator.deploymentStatuses.map((status) => status.state)).toEqual(['in_progress', 'success']);
    expect(readFileSync(join(stateDir, 'app.tfstate'), 'utf8')).toContain('"terraform_data"');
  });

  it('lets a direct push through when its plan has nothing to apply', async () => {
    const payload = workflowDispatchEvent(`refs/heads/${BRANCH}`, { command: 'apply' });
    await run('workflow_dispatch', payload, files(), 'e'.repeat(40), `refs/heads/${BRANCH}`, 'infra/app', {}, { command: 'apply', 'require-reviewed-plan': 'false' });
    const result = await pushRun(files(), 'f'.repeat(40));
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ applied: 'false', 'apply-result': 'unchanged' });
    expect(result.summary).toContain('✅ Nothing to apply: the plan has no changes.');
    expect(github.emulator.deployments).toHaveLength(1);
  });

  it('blocks the apply of a config with prevent_deploy: true', async () => {
    await reviewRun(files());
    const checkout = files();
    checkout['qhub-config.yaml'] = `${config}\nprevent_deploy: true\n`;
    const result = await pushRun(checkout);
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ 'apply-result': 'prevent-deploy' });
    expect(github.emulator.commentsOn(PR)[0]!.body).toContain('has `prevent_deploy: true`');
    expect(github.emulator.deployments).toEqual([]);
  });

  it('refuses an invalid config on a first deployment (no review required) before planning or touching anything', async () => {
    const checkout = files();
    checkout['qhub-config.yaml'] = config.replace('QHUB_SECRET_github_oauth_client_secret', 'hunter2-literal-secret');
    const payload = workflowDispatchEvent(`refs/heads/${BRANCH}`, { command: 'apply' });
    const result = await run('workflow_dispatch', payload, checkout, 'e'.repeat(40), `refs/heads/${BRANCH}`, 'infra/app', {}, { command: 'apply', 'require-reviewed-plan': 'false' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ applied: 'false', 'apply-result': 'invalid-config' });
    expect(result.stdout).toMatch(/::error file=qhub-config\.yaml.*plaintext-secret|::error.*qhub-config\.yaml.*holds a literal secret/);
    expect(result.summary).toContain('did not pass validation');
    expect(github.emulator.deployments).toEqual([]);
    expect(existsSync(join(stateDir, 'app.tfstate'))).toBe(false);
  });
});

// The template's QHub 0.3.14 deployment, rendered by the real QHub in its cached virtualenv: apply
// plans the config's stages again, the way the pull request's plan did.
const qhubCache = defaultCacheRoot(process.env);
const qhubReady = existsSync(join(qhubCache, 'venvs', 'qhub-0.3.14', 'bin', 'qhub'));

describe.skipIf(tofu === null || !qhubReady)('qhub-gitops action: apply of a QHub config', () => {
  it('re-plans the stages and applies nothing when a stage cannot be planned (no registry here)', async () => {
    // Only the emulator is reachable: init fails here as it would on a machine without network.
    const env = { ...noNetworkEnv(new URL(github.emulator.url).hostname), QHUB_GITOPS_CACHE: qhubCache, github_oauth_client_id: 'client-id', github_oauth_client_secret: 'client-secret' };
    const review = await run('pull_request', mergedPull(), templateFiles(), headSha(), `refs/pull/${PR}/merge`, '', env);
    expect(review.outputs['plan-hash']).toMatch(/^sha256:/);
    const result = await run('push', pushEvent(BRANCH), templateFiles(), headSha(), `refs/heads/${BRANCH}`, '', env);
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ 'apply-result': 'plan-failed', applied: 'false' });
    expect(result.stdout).toMatch(/::error::plan-failed: The plan could not be made again, so nothing was applied\.%0Aterraform-state: init failed/);
    const body = github.emulator.commentsOn(PR)[0]!.body;
    expect(parseMarker(body)).toMatchObject({ kind: 'apply', state: 'refused', config: 'qhub-config.yaml', planHash: review.outputs['plan-hash'] });
    expect(github.emulator.deploymentStatuses.map((status) => status.state)).toEqual(['in_progress', 'failure']);
  });
});
