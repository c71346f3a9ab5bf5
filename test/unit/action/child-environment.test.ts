// What the action hands to child processes: no GitHub or runtime tokens, everything else.
import { describe, expect, it } from 'vitest';
import { childEnvironment } from '../../../src/action/child-environment.js';

describe('childEnvironment', () => {
  it('withholds the inputs and the GitHub and runtime tokens', () => {
    const env = childEnvironment({
      'INPUT_GITHUB-TOKEN': 'ghs_secret',
      INPUT_COMMAND: 'plan',
      ACTIONS_RUNTIME_TOKEN: 'runtime',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example',
      GITHUB_TOKEN: 'ghs_other',
    });
    expect(env).toEqual({});
  });

  it('keeps cloud credentials and the runner context', () => {
    const kept = {
      AWS_ACCESS_KEY_ID: 'AKIA0',
      AWS_SECRET_ACCESS_KEY: 'secret',
      GOOGLE_APPLICATION_CREDENTIALS: '/tmp/gcp.json',
      ARM_CLIENT_SECRET: 'azure',
      KUBECONFIG: '/tmp/kube',
      PATH: '/usr/bin',
      GITHUB_WORKSPACE: '/work',
      RUNNER_TEMP: '/tmp',
    };
    expect(childEnvironment({ ...kept, 'INPUT_GITHUB-TOKEN': 'ghs_secret' })).toEqual(kept);
  });
});
