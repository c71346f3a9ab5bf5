import { describe, expect, it } from 'vitest';
import { projectName } from '../../../src/rules/project-name.js';
import { context, describeWithCorpus, corpusText, edit, lineOf, REAL } from './helpers.js';

describeWithCorpus('project-name on real configs', () => {
  const gcp = corpusText(REAL.gcp0311);
  const aws = corpusText(REAL.aws045);

  it('is silent on valid names', () => {
    expect(projectName.check(context(gcp, '0.3.11'))).toEqual([]);
    expect(projectName.check(context(aws, '0.4.5'))).toEqual([]);
  });

  it('errors on a name over 16 characters where the schema (0.3.x) does not check it', () => {
    const head = edit(gcp, 'project_name: qhub-deployments', 'project_name: qhub-deployments-for-team');
    expect(projectName.check(context(head, '0.3.11'))).toEqual([
      expect.objectContaining({ rule: 'project-name', severity: 'error', path: 'project_name', line: lineOf(head, 'project_name:'), column: 1 }),
    ]);
    // 0.4.1+ schemas enforce the length themselves: no duplicate finding.
    expect(projectName.check(context(edit(aws, 'project_name: veda-qhub', 'project_name: veda-qhub-for-the-team'), '0.4.5'))).toEqual([]);
  });

  it('errors on an AWS name starting with aws on 0.4.0', () => {
    const head = edit(aws, 'project_name: veda-qhub', 'project_name: awsveda');
    expect(projectName.check(context(head, '0.4.0'))).toEqual([expect.objectContaining({ path: 'project_name', line: 1 })]);
  });

  it('errors when the remote state bucket name would be invalid (capitals, underscore on S3)', () => {
    const head = edit(aws, 'project_name: veda-qhub', 'project_name: Veda_Qhub');
    const messages = projectName.check(context(head, '0.4.5')).map((f) => f.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain('capital');
    expect(messages[1]).toContain('S3');
    // GCS allows underscores; local state has no bucket.
    expect(projectName.check(context(edit(gcp, 'project_name: qhub-deployments', 'project_name: qhub_deploy'), '0.3.11'))).toEqual([]);
    expect(projectName.check(context(edit(head, 'type: remote', 'type: local'), '0.4.5'))).toEqual([]);
  });
});

describe('project-name', () => {
  it('rejects dashes on Azure before 0.4.1', () => {
    expect(projectName.check(context('project_name: my-hub\nprovider: azure\n', '0.3.12'))).toHaveLength(1);
    expect(projectName.check(context('project_name: myhub\nprovider: azure\n', '0.3.12'))).toEqual([]);
  });
});
