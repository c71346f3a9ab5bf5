import { describe, expect, it } from 'vitest';
import { deploymentCollision } from '../../../src/rules/deployment-collision.js';
import { context, describeWithCorpus, corpusText, edit, lineOf, load, REAL } from './helpers.js';

describeWithCorpus('deployment-collision on real configs', () => {
  const gcp = corpusText(REAL.gcp0311);

  it('errors at project_name when another deployment has the same name and namespace', () => {
    const other = load(edit(gcp, 'max_nodes: 5', 'max_nodes: 9'), 'deploy/staging:qhub-config.yaml');
    const findings = deploymentCollision.check(context(gcp, '0.3.11', { otherDeployments: [other] }));
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'deployment-collision', severity: 'error', path: 'project_name', line: lineOf(gcp, 'project_name:'), column: 1 }),
    ]);
    expect(findings[0]!.message).toContain('qhub-deployments-dev-terraform-state');
    expect(findings[0]!.message).toContain('deploy/staging');
  });

  it('is silent when the namespace or the provider differs', () => {
    const otherNamespace = load(edit(gcp, 'namespace: dev', 'namespace: staging'), 'other.yaml');
    const otherProvider = load(edit(gcp, 'provider: gcp', 'provider: aws'), 'aws.yaml');
    expect(deploymentCollision.check(context(gcp, '0.3.11', { otherDeployments: [otherNamespace, otherProvider] }))).toEqual([]);
  });
});

describe('deployment-collision', () => {
  it('treats an absent namespace as dev', () => {
    const other = load('project_name: demo\n', 'other.yaml');
    expect(deploymentCollision.check(context('project_name: demo\nnamespace: dev\n', '0.4.5', { otherDeployments: [other] }))).toHaveLength(1);
    expect(deploymentCollision.check(context('project_name: demo2\n', '0.4.5', { otherDeployments: [other] }))).toEqual([]);
  });
});
