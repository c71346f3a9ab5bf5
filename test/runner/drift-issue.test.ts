// The Drift workflow's issue step, run by bash with the real GitHub CLI against the emulator (HTTPS,
// as a GitHub Enterprise Server): under act its plan cannot succeed offline (the template deploys to
// Google Cloud), so the step that acts on the plan's outputs is run here with the outputs a plan gives.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GitHubEmulator } from '../emulator/server.js';
import { noNetworkEnv } from '../helpers/tofu.js';
import { steps, templateRoot, workflowFiles } from '../workflows/workflow-files.js';
import { ACTIONS_BOT, findAct } from './act.js';
import { makeTestTls, type TestTls } from './tls.js';

const act = findAct();
const TOKEN = 'ghs_runnerDriftIssueToken0a1b2c3d4';
const TITLE = 'Drift: deploy/blue differs from its configuration';
const drift = workflowFiles(templateRoot).find((file) => file.path.endsWith('workflows/drift.yml'))!;
const script = steps(drift).find((step) => step.run?.includes('Drift: $BRANCH differs'))!.run!;

let root: string;
let tls: TestTls;
let emulator: GitHubEmulator;

beforeAll(async () => {
  if (!act) return;
  root = mkdtempSync(join(tmpdir(), 'qhub-gitops-drift-issue-'));
  tls = makeTestTls(root);
  emulator = await GitHubEmulator.start(undefined, tls);
});
afterAll(async () => {
  await emulator?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});
beforeEach(() => {
  emulator?.reset();
  emulator?.addToken(TOKEN, ACTIONS_BOT);
});
afterEach(() => {
  if (act) expect(emulator.violations).toEqual([]);
});

/** Runs the step as the runner would, with the plan's outputs; asynchronously, since the emulator answers from this process. */
function runStep(outputs: Record<string, string>): Promise<{ code: number; output: string }> {
  const env = {
    PATH: process.env.PATH!,
    HOME: root,
    GITHUB_SERVER_URL: emulator.url,
    SSL_CERT_FILE: tls.caFile,
    ...noNetworkEnv('127.0.0.1'),
    GH_TOKEN: TOKEN,
    REPOSITORY: emulator.fullName,
    BRANCH: 'deploy/blue',
    RUN_URL: `${emulator.url}/${emulator.fullName}/actions/runs/7`,
    ...outputs,
  };
  return new Promise((resolve) => {
    execFile('bash', ['-e', '-c', script], { env, cwd: root }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }));
  });
}

const CHANGES = { HAS_CHANGES: 'true', TO_ADD: '1', TO_CHANGE: '2', TO_DESTROY: '1', DESTRUCTIVE: '["google_container_node_pool.user"]' };

describe.skipIf(!act)("Drift workflow's issue step (gh against the emulator)", () => {
  it('opens one labelled issue for a plan with changes, updates it next time, and closes it when the plan is clean', async () => {
    const first = await runStep(CHANGES);
    expect(first.code, first.output).toBe(0);
    expect(emulator.labelNames()).toEqual(['drift']);
    expect(emulator.issues).toMatchObject([{ number: 500, title: TITLE, state: 'open', labels: [{ name: 'drift', color: 'd93f0b' }] }]);
    expect(emulator.issues[0]!.body).toContain('found changes: **1 to add, 2 to change, 1 to destroy**.');
    expect(emulator.issues[0]!.body).toContain('Resources that would be destroyed or replaced: `["google_container_node_pool.user"]`');

    const second = await runStep({ ...CHANGES, TO_CHANGE: '3', DESTRUCTIVE: '[]' });
    expect(second.code, second.output).toBe(0);
    expect(emulator.issues).toHaveLength(1);
    expect(emulator.issues[0]!.body).toContain('**1 to add, 3 to change, 1 to destroy**');
    expect(emulator.issues[0]!.body).not.toContain('would be destroyed or replaced');

    const clean = await runStep({ HAS_CHANGES: 'false', TO_ADD: '0', TO_CHANGE: '0', TO_DESTROY: '0', DESTRUCTIVE: '[]' });
    expect(clean.code, clean.output).toBe(0);
    expect(emulator.issues).toMatchObject([{ number: 500, state: 'closed' }]);
    expect(emulator.commentsOn(500).map((comment) => comment.body)).toEqual([`No drift any more: the plan of deploy/blue is clean (${emulator.url}/${emulator.fullName}/actions/runs/7).`]);
  });

  it('does nothing for a clean plan when there is no open drift issue', async () => {
    const result = await runStep({ HAS_CHANGES: 'false', TO_ADD: '0', TO_CHANGE: '0', TO_DESTROY: '0', DESTRUCTIVE: '[]' });
    expect(result.code, result.output).toBe(0);
    expect(emulator.issues).toEqual([]);
    expect(emulator.requests.map((request) => `${request.method} ${request.operationId}`)).toEqual(['GET issues/get-label', 'POST issues/create-label', 'GET issues/list-for-repo']);
  });
});
