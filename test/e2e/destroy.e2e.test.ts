// destroy through dist/index.js and the emulator, with real OpenTofu: the typed confirmation,
// and the leftovers issue when something cannot be destroyed.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GitHubEmulator } from '../emulator/server.js';
import { pushEvent, workflowDispatchEvent } from '../emulator/fixtures.js';
import { ensureDist, runAction } from './run-action.js';
import { findTofu } from './workspace.js';

const TOKEN = 'ghs_destroyE2eToken1q2w3e4r5t';
const BRANCH = 'deploy/blue';


const tofu = findTofu();

/** A root whose one resource is in state but refuses to be destroyed. */
const guarded = {
  'infra/app/main.tf': 'resource "terraform_data" "keep" {\n  lifecycle {\n    prevent_destroy = true\n  }\n}\n',
  'infra/app/terraform.tfstate': JSON.stringify({
    version: 4,
    terraform_version: '1.10.7',
    serial: 1,
    lineage: '3f1c2b7e-0000-4000-8000-000000000001',
    outputs: {},
    resources: [
      {
        mode: 'managed',
        type: 'terraform_data',
        name: 'keep',
        provider: 'provider["terraform.io/builtin/terraform"]',
        instances: [{ schema_version: 0, attributes: { id: 'kept-1', input: null, output: null, triggers_replace: null }, sensitive_attributes: [] }],
      },
    ],
    check_results: null,
  }),
};

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
});
afterEach(() => {
  expect(emulator.violations).toEqual([]);
});

function dispatch(files: Record<string, string>, confirm: string) {
  return runAction({
    apiUrl: emulator.url,
    token: TOKEN,
    eventName: 'workflow_dispatch',
    payload: workflowDispatchEvent(`refs/heads/${BRANCH}`, { command: 'destroy', confirm }),
    repository: emulator.fullName,
    files,
    ref: `refs/heads/${BRANCH}`,
    inputs: { command: 'destroy', confirm, roots: 'infra/app', engine: tofu! },
  });
}

describe.skipIf(tofu === null)('qhub-gitops action: destroy', () => {
  it('touches nothing without the typed confirmation', async () => {
    const result = await dispatch(guarded, 'green');
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/::error::The confirmation 'green' does not match: .*'blue'\. Nothing was touched\./);
    expect(result.outputs.destroyed).toBe('false');
    expect(emulator.requests).toEqual([]);
  });

  it('opens one issue listing what could not be destroyed, and updates it on the next try', async () => {
    const first = await dispatch(guarded, 'blue');
    expect(first.exitCode).toBe(1);
    expect(first.outputs.destroyed).toBe('false');
    expect(JSON.parse(first.outputs.leftovers!)).toEqual([expect.objectContaining({ root: 'infra/app', address: 'terraform_data.keep' })]);
    expect(emulator.issues).toHaveLength(1);
    expect(first.outputs['issue-url']).toBe(emulator.issues[0]!.html_url);

    const second = await dispatch(guarded, 'blue');
    expect(second.exitCode).toBe(1);
    expect(emulator.issues).toHaveLength(1);
  });

  it('refuses to run on a push', async () => {
    const result = await runAction({
      apiUrl: emulator.url,
      token: TOKEN,
      eventName: 'push',
      payload: pushEvent(BRANCH),
      repository: emulator.fullName,
      files: guarded,
      ref: `refs/heads/${BRANCH}`,
      inputs: { command: 'destroy', confirm: 'blue', roots: 'infra/app', engine: tofu! },
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/::error::destroy runs only on workflow_dispatch/);
  });
});
