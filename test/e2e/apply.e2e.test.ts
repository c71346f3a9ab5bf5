// apply through dist/index.js and the emulator, with real OpenTofu, where the GitHub layer
// decides the outcome: a token that cannot record a deployment changes nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import { pullRequestEvent, pushEvent } from '../emulator/fixtures.js';
import { runAction } from './run-action.js';
import { findTofu, stack } from './workspace.js';
import { ACTIONS_BOT, useEmulator } from './emulator-per-file.js';

const TOKEN = 'ghs_applyE2eToken9z8y7x6w5v4u';
const PR = 41;
const BASE = 'deploy/blue';
const MERGE_SHA = 'c'.repeat(40);

const tofu = findTofu();
const github = useEmulator();

beforeEach(() => {
  github.emulator.addToken(TOKEN, ACTIONS_BOT);
  github.emulator.addPull(pullRequestEvent({ number: PR, baseRef: BASE }), ['infra/app/main.tf']);
});

function run(eventName: 'pull_request' | 'push', files: Record<string, string>) {
  return runAction({
    apiUrl: github.emulator.url,
    token: TOKEN,
    eventName,
    payload: eventName === 'pull_request' ? pullRequestEvent({ number: PR, baseRef: BASE, action: 'synchronize' }) : pushEvent(BASE),
    repository: github.emulator.fullName,
    files,
    sha: eventName === 'push' ? MERGE_SHA : 'a'.repeat(40),
    ref: eventName === 'push' ? `refs/heads/${BASE}` : `refs/pull/${PR}/merge`,
    inputs: { roots: 'infra/app', engine: tofu! },
  });
}

// The apply scenarios themselves are in apply-push.e2e.test.ts; this one is about the GitHub layer.
describe.skipIf(tofu === null)('qhub-gitops action: apply without the deployments permission', () => {
  it('names the missing permission before changing anything', async () => {
    await run('pull_request', { 'infra/app/main.tf': stack('changes/v1') });
    github.emulator.mergePull(PR, MERGE_SHA);
    github.emulator.addToken(TOKEN, { ...ACTIONS_BOT, permissions: { deployments: 'read' } });
    const result = await run('push', { 'infra/app/main.tf': stack('changes/v1') });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/::error::GitHub API could not create a deployment of deploy\/blue: the token lacks the `deployments: write` permission/);
    expect(github.emulator.deployments).toEqual([]);
  });
});
