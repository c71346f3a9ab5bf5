// The new-deployment job: a new deployment's config beside the existing ones, or why it would not be
// safe, as an outcome rather than a throw (the front door reads and writes the files).
import { describe, expect, it } from 'vitest';
import { runNewDeployment } from '../../../src/jobs/new-deployment.js';
import { templateFiles } from '../../e2e/workspace.js';

const blue = { text: templateFiles()['qhub-config.yaml']!, file: 'deploy/blue:qhub-config.yaml' };

describe('runNewDeployment', () => {
  it('creates the config of a new deployment named beside the existing one', () => {
    const outcome = runNewDeployment({ name: 'green', source: blue, otherDeployments: [blue] });
    if (outcome.status !== 'created') throw new Error(`refused: ${outcome.message}`);
    expect(outcome.deployment).toMatchObject({ projectName: 'datasci', namespace: 'green', domain: 'green.datasci.example.org', stateBucket: 'datasci-green-terraform-state' });
    expect(outcome.deployment.text).toContain('\nnamespace: green\n');
    expect(outcome.deployment.text).toContain('oauth_callback_url: https://green.datasci.example.org/hub/oauth_callback');
  });

  it('refuses a name equal to the namespace of an existing deployment, saying which', () => {
    expect(runNewDeployment({ name: 'blue', source: blue, otherDeployments: [blue] })).toEqual({
      status: 'refused',
      message: expect.stringContaining('deploy/blue:qhub-config.yaml is already the deployment with project_name datasci, namespace blue (state bucket datasci-blue-terraform-state); choose another name'),
    });
  });

  it('refuses a host name another deployment serves', () => {
    const outcome = runNewDeployment({ name: 'green', source: blue, otherDeployments: [blue], domain: 'blue.datasci.example.org' });
    expect(outcome).toEqual({ status: 'refused', message: expect.stringContaining('already serves blue.datasci.example.org') });
  });

  it('refuses a name that cannot be a namespace', () => {
    expect(runNewDeployment({ name: 'Green_2', source: blue, otherDeployments: [] })).toEqual({ status: 'refused', message: expect.stringMatching(/^deployment name 'Green_2' must be/) });
  });
});
