// dist/index.js `apply` on workflow_dispatch with real OpenTofu: what a provisioner (standing in for
// any provider, QHub or kubectl) sees of the job's environment. No GitHub or runtime token; the
// cloud credentials an earlier step set still pass.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workflowDispatchEvent } from '../emulator/fixtures.js';
import { runAction } from './run-action.js';
import { findTofu } from './workspace.js';
import { ACTIONS_BOT, useEmulator } from './emulator-per-file.js';

const TOKEN = 'ghs_childEnvE2eToken0a1b2c3d4e5';
const BRANCH = 'deploy/blue';

const tofu = findTofu();
const github = useEmulator();
let stateDir: string;

beforeEach(() => {
  stateDir = mkdtempSync(join(tmpdir(), 'qhub-gitops-child-env-e2e-'));
  github.emulator.addToken(TOKEN, ACTIONS_BOT);
});
afterEach(() => {
  rmSync(stateDir, { recursive: true, force: true });
});

describe.skipIf(tofu === null)('qhub-gitops action: the environment of child processes', () => {
  it('withholds the inputs, GITHUB_TOKEN and the Actions runtime tokens, and passes cloud credentials', async () => {
    const envFile = join(stateDir, 'child.env');
    const root = `terraform {\n  backend "local" {\n    path = "${stateDir}/app.tfstate"\n  }\n}\nresource "terraform_data" "env" {\n  provisioner "local-exec" {\n    command = "env > ${envFile}"\n  }\n}\n`;
    const payload = workflowDispatchEvent(`refs/heads/${BRANCH}`, { command: 'apply' });
    const result = await runAction({
      apiUrl: github.emulator.url,
      token: TOKEN,
      eventName: 'workflow_dispatch',
      payload,
      repository: github.emulator.fullName,
      files: { 'infra/app/main.tf': root },
      inputs: { roots: 'infra/app', engine: tofu!, command: 'apply', 'require-reviewed-plan': 'false' },
      sha: 'e'.repeat(40),
      ref: `refs/heads/${BRANCH}`,
      env: {
        GITHUB_TOKEN: TOKEN,
        ACTIONS_RUNTIME_TOKEN: 'runtime-token-value',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token',
        ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/oidc',
        AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE0000',
      },
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ applied: 'true' });
    const seen = readFileSync(envFile, 'utf8');
    expect(seen).toContain('AWS_ACCESS_KEY_ID=AKIAEXAMPLE0000');
    for (const withheld of [TOKEN, 'runtime-token-value', 'oidc-request-token', 'token.actions.example', 'INPUT_']) expect(seen).not.toContain(withheld);
  });
});
