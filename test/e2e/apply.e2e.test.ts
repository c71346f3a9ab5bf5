// The whole loop through dist/index.js and the emulator, with real OpenTofu: a pull request's
// plan comment carries the reviewed hash; the push of its merge applies only that plan.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseMarker } from '../../src/report/comment.js';
import { GitHubEmulator } from '../emulator/server.js';
import { pullRequestEvent, pushEvent } from '../emulator/fixtures.js';
import { ensureDist, runAction } from './run-action.js';
import { findTofu, stack } from './workspace.js';

const TOKEN = 'ghs_applyE2eToken9z8y7x6w5v4u';
const PR = 41;
const BASE = 'deploy/blue';
const MERGE_SHA = 'c'.repeat(40);


const tofu = findTofu();
let emulator: GitHubEmulator;

beforeAll(async () => {
  ensureDist();
  emulator = await GitHubEmulator.start();
});
afterAll(async () => {
  await emulator?.close();
});
beforeEach(() => {
  emulator.reset();
  emulator.addToken(TOKEN, { login: 'github-actions[bot]', type: 'Bot', graphqlViewer: false });
  emulator.addPull(pullRequestEvent({ number: PR, baseRef: BASE }), ['infra/app/main.tf']);
});
afterEach(() => {
  expect(emulator.violations).toEqual([]);
});

function run(eventName: 'pull_request' | 'push', files: Record<string, string>, inputs: Record<string, string> = {}) {
  return runAction({
    apiUrl: emulator.url,
    token: TOKEN,
    eventName,
    payload: eventName === 'pull_request' ? pullRequestEvent({ number: PR, baseRef: BASE, action: 'synchronize' }) : pushEvent(BASE),
    repository: emulator.fullName,
    files,
    sha: eventName === 'push' ? MERGE_SHA : 'a'.repeat(40),
    ref: eventName === 'push' ? `refs/heads/${BASE}` : `refs/pull/${PR}/merge`,
    inputs: { roots: 'infra/app', engine: tofu!, ...inputs },
  });
}

describe.skipIf(tofu === null)('qhub-gitops action: plan on the PR, apply on merge', () => {
  it('applies the reviewed plan after the merge, with a deployment and the comment updated', async () => {
    const files = { 'infra/app/main.tf': stack('changes/v1') };
    const planned = await run('pull_request', files);
    expect(planned.exitCode).toBe(0);
    const reviewedBody = emulator.commentsOn(PR)[0]!.body;
    expect(parseMarker(reviewedBody)?.planHash).toBe(planned.outputs['plan-hash']);

    emulator.mergePull(PR, MERGE_SHA);
    const applied = await run('push', files);
    expect(applied.stderr).toBe('');
    expect(applied.exitCode).toBe(0);
    expect(applied.outputs).toMatchObject({ applied: 'true', 'apply-result': 'applied', 'plan-hash': planned.outputs['plan-hash'] });
    expect(emulator.deployments).toHaveLength(1);
    expect(emulator.deploymentStatuses.map((status) => status.state)).toEqual(['in_progress', 'success']);
    expect(emulator.commentsOn(PR)).toHaveLength(1);
    const appliedBody = emulator.commentsOn(PR)[0]!.body;
    expect(appliedBody).not.toBe(reviewedBody);
    expect(parseMarker(appliedBody)?.planHash).toBe(planned.outputs['plan-hash']);
  });

  it('applies nothing when the plan changed since the review', async () => {
    await run('pull_request', { 'infra/app/main.tf': stack('changes/v1') });
    emulator.mergePull(PR, MERGE_SHA);
    const result = await run('push', { 'infra/app/main.tf': stack('changes/v2') });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ applied: 'false', 'apply-result': 'plan-changed' });
    expect(result.stdout).toMatch(/::error::plan-changed: /);
  });

  it('applies nothing on a direct push without a reviewed plan', async () => {
    const result = await run('push', { 'infra/app/main.tf': stack('changes/v1') });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ applied: 'false', 'apply-result': 'no-reviewed-plan' });
    expect(emulator.deployments).toEqual([]);
  });

  it('names the missing permission before changing anything', async () => {
    await run('pull_request', { 'infra/app/main.tf': stack('changes/v1') });
    emulator.mergePull(PR, MERGE_SHA);
    emulator.addToken(TOKEN, { login: 'github-actions[bot]', type: 'Bot', graphqlViewer: false, permissions: { deployments: 'read' } });
    const result = await run('push', { 'infra/app/main.tf': stack('changes/v1') });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/::error::GitHub API could not create a deployment of deploy\/blue: the token lacks the `deployments: write` permission/);
  });
});
