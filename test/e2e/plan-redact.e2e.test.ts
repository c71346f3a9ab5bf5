// dist/index.js `plan` with explicit roots and real OpenTofu, against the GitHub emulator: a value
// the config's QHUB_SECRET_ placeholder takes from the environment is masked everywhere the action
// publishes, even where Terraform does not know it is sensitive.
import { beforeEach, describe, expect, it } from 'vitest';
import { pullRequestEvent } from '../emulator/fixtures.js';
import { runAction } from './run-action.js';
import { findTofu, templateFiles } from './workspace.js';
import { ACTIONS_BOT, useEmulator } from './emulator-per-file.js';

const TOKEN = 'ghs_planRedactE2eToken0a1b2c3d4';
const PR = 32;
const BASE = 'deploy/blue';
// The template config says `client_secret: QHUB_SECRET_github_oauth_client_secret`.
const SECRET = 'oauth-s3cr3t-4f7a9c';

/** A root that puts the secret where a QHub stage puts it: in non-sensitive helm values and outputs. */
const ROOT = `
resource "terraform_data" "jupyterhub" {
  input = { values = "hub:\\n  config:\\n    GitHubOAuthenticator:\\n      client_secret: ${SECRET}\\n" }
}
output "oauth_client_secret" {
  value = "${SECRET}"
}
`;

const tofu = findTofu();
const github = useEmulator();

beforeEach(() => {
  github.emulator.addToken(TOKEN, ACTIONS_BOT);
  github.emulator.addPull(pullRequestEvent({ number: PR, baseRef: BASE }), ['infra/app/main.tf']);
});

describe.skipIf(tofu === null)('qhub-gitops action: plan never publishes a substituted secret', () => {
  it('masks the value of the variable a QHUB_SECRET_ placeholder names in the comment, the summary and the plan report', async () => {
    const result = await runAction({
      apiUrl: github.emulator.url,
      token: TOKEN,
      eventName: 'pull_request',
      payload: pullRequestEvent({ number: PR, baseRef: BASE, action: 'synchronize' }),
      repository: github.emulator.fullName,
      files: { ...templateFiles(), 'infra/app/main.tf': ROOT },
      inputs: { roots: 'infra/app', engine: tofu! },
      env: { github_oauth_client_secret: SECRET },
    });
    expect(result.exitCode).toBe(0);
    const comment = github.emulator.commentsOn(PR)[0]!.body;
    for (const published of [comment, result.summary, result.planReport!]) {
      expect(published).toContain('terraform_data.jupyterhub');
      expect(published).toContain('***');
      expect(published).not.toContain(SECRET);
    }
    // The runner masks the log once the value is registered with setSecret.
    expect(result.stdout).toContain(`::add-mask::${SECRET}`);
  });
});
