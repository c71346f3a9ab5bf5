// dist/index.js `plan` with explicit roots and real OpenTofu, against the GitHub github.emulator.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultCacheRoot } from '../../src/qhub/venv.js';
import { parseMarker } from '../../src/deploy/marker.js';
import { pullRequestEvent } from '../emulator/fixtures.js';
import { repoRoot, runAction } from './run-action.js';
import { noNetworkEnv } from '../helpers/tofu.js';
import { findTofu, stack, templateFiles } from './workspace.js';
import { ACTIONS_BOT, useEmulator } from './emulator-per-file.js';
import { expectRunnerWarningOnce, MISSING_CLI_CONFIG } from './runner-warning.js';

const TOKEN = 'ghs_planE2eToken0a1b2c3d4e5f6';
const PR = 31;
const BASE = 'deploy/blue';


const tofu = findTofu();
const github = useEmulator();

beforeEach(() => {
  github.emulator.addToken(TOKEN, ACTIONS_BOT);
  github.emulator.addPull(pullRequestEvent({ number: PR, baseRef: BASE }), ['infra/app/main.tf']);
});

function planRun(files: Record<string, string>, roots: string, env: Record<string, string> = {}) {
  return runAction({
    apiUrl: github.emulator.url,
    token: TOKEN,
    eventName: 'pull_request',
    payload: pullRequestEvent({ number: PR, baseRef: BASE, action: 'synchronize' }),
    repository: github.emulator.fullName,
    files,
    inputs: { roots, engine: tofu! },
    env,
  });
}

describe.skipIf(tofu === null)('qhub-gitops action: plan with explicit roots', () => {
  it('plans the roots and carries the plan hash in the comment marker and outputs', async () => {
    const result = await planRun({ 'infra/app/main.tf': stack('changes/v1') }, 'infra/app');
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ 'has-changes': 'true', 'to-add': '7', 'to-change': '0', 'to-destroy': '0', destructive: '[]' });
    expect(result.outputs['plan-hash']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(result.outputs.valid).toBeUndefined();
    const comments = github.emulator.commentsOn(PR);
    expect(comments).toHaveLength(1);
    expect(parseMarker(comments[0]!.body)).toMatchObject({ kind: 'plan', deployment: BASE, config: null, planHash: result.outputs['plan-hash'] });
    expect(result.summary).toContain('terraform_data.updated');
    // The artifact holds the rendered plan only, and the comment points to it by name.
    expect(result.planReport).toContain('terraform_data.updated');
    expect(result.planReport).not.toMatch(/"format_version"|planned_values/);
  });

  it('plans the same hash again and leaves the comment as it is', async () => {
    const files = { 'infra/app/main.tf': stack('changes/v1') };
    const first = await planRun(files, 'infra/app');
    const [comment] = github.emulator.commentsOn(PR);
    github.emulator.requests.length = 0;
    const second = await planRun(files, 'infra/app');
    expect(second.outputs['plan-hash']).toBe(first.outputs['plan-hash']);
    expect(github.emulator.commentsOn(PR)).toEqual([comment]);
    expect(github.emulator.requests.filter((request) => request.method === 'PATCH' || request.method === 'POST' && request.path !== '/graphql')).toEqual([]);
  });

  it('says an engine warning about the runner once, in the log and the job summary, and not in the comment', async () => {
    const files = { 'infra/app/main.tf': stack('changes/v1'), 'infra/other/main.tf': stack('changes/v1') };
    const result = await planRun(files, 'infra/app\ninfra/other', MISSING_CLI_CONFIG);
    expect(result.exitCode).toBe(0);
    expectRunnerWarningOnce(result);
    expect(result.stdout).toMatch(/::group::tofu plan in .*infra\/other/);
    expect(github.emulator.commentsOn(PR)[0]!.body).not.toContain('CLI configuration');
  });

  it('fails with the root that did not plan, and still comments', async () => {
    const result = await planRun({ 'infra/bad/main.tf': stack('errored') }, 'infra/bad');
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/::error::Planning failed in infra\/bad \(plan\)/);
    expect(result.stdout).toMatch(/::error file=infra\/bad\/main.tf,line=\d+::\[plan\/plan\] infra\/bad: .*The size must be more than 10/);
    expect(github.emulator.commentsOn(PR)[0]!.body).toContain('The size must be more than 10.');
  });

  it('validates a config beside the roots and plans nothing when it is invalid', async () => {
    const config = readFileSync(join(repoRoot, 'template-repo/qhub-config.yaml'), 'utf8').replace('provider: gcp', 'provider: gcpx');
    const result = await planRun({ 'qhub-config.yaml': config, '.qhub-version': '0.3.14\n', 'infra/app/main.tf': stack('changes/v1') }, 'infra/app');
    expect(result.exitCode).toBe(1);
    expect(result.outputs.valid).toBe('false');
    expect(result.outputs['plan-hash']).toBeUndefined();
    expect(result.stdout).toMatch(/::error file=qhub-config.yaml,line=\d+/);
    expect(github.emulator.commentsOn(PR)[0]!.body).toContain('No plan: the config has errors');
  });
});

// The template's QHub 0.3.14 deployment, rendered by the real QHub in its cached virtualenv.
const qhubCache = defaultCacheRoot(process.env);
const qhubReady = existsSync(join(qhubCache, 'venvs', 'qhub-0.3.14', 'bin', 'qhub'));

describe.skipIf(tofu === null || !qhubReady)('qhub-gitops action: plan of a QHub config', () => {
  it('reports a render failure with the validation, and fails', async () => {
    const result = await planRun(templateFiles(), '', { QHUB_GITOPS_CACHE: qhubCache });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.valid).toBe('true');
    expect(result.stdout).toMatch(/::error::No plan: qhub render failed.*The details are in the job summary\./);
    const body = github.emulator.commentsOn(PR)[0]!.body;
    expect(body).toContain("the environment variable 'github_oauth_client_id' must be set");
    expect(parseMarker(body)).toMatchObject({ kind: 'plan', planHash: null });
  });

  it('renders and plans the stages in order; without a registry the first stage explains why it failed', async () => {
    const result = await planRun(templateFiles(), '', {
      // Only the emulator is reachable: init fails here as it would on a machine without network.
      ...noNetworkEnv(new URL(github.emulator.url).hostname),
      QHUB_GITOPS_CACHE: qhubCache,
      github_oauth_client_id: 'client-id',
      github_oauth_client_secret: 'client-secret',
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/::error::Planning failed in terraform-state \(init\)/);
    expect(result.outputs['plan-hash']).toMatch(/^sha256:/);
    const body = github.emulator.commentsOn(PR)[0]!.body;
    expect(parseMarker(body)).toMatchObject({ kind: 'plan', deployment: BASE, config: 'qhub-config.yaml', planHash: result.outputs['plan-hash'] });
    expect(body).toMatch(/infrastructure<\/code>: \*\*pending\*\*/);
  });
});
