import { describe, expect, it } from 'vitest';
import { environmentRemoved } from '../../../src/rules/environment-removed.js';
import { context, describeWithCorpus, corpusText, lineOf, load, REAL } from './helpers.js';

describeWithCorpus('environment-removed on real configs', () => {
  const base = corpusText(REAL.local0311);
  const head = base.slice(0, base.indexOf('  environment-dashboard.yaml:'));

  it('gives a notice at environments naming how to delete it by hand', () => {
    const findings = environmentRemoved.check(context(head, '0.3.11', { base: load(base) }));
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'environment-removed', severity: 'notice', path: 'environments.environment-dashboard.yaml', line: lineOf(head, 'environments:'), column: 1 }),
    ]);
    expect(findings[0]!.message).toContain('/home/conda/environments/dashboard');
    expect(findings[0]!.message).toContain('/home/conda/dev/envs/dev-dashboard');
  });

  it('is silent when nothing is removed or without a base', () => {
    expect(environmentRemoved.check(context(base, '0.3.11', { base: load(base) }))).toEqual([]);
    expect(environmentRemoved.check(context(head, '0.3.11'))).toEqual([]);
  });
});

describe('environment-removed', () => {
  it('reports at the root when the whole environments key is gone', () => {
    const base = load('project_name: a\nenvironments:\n  e.yaml:\n    name: e\n');
    expect(environmentRemoved.check(context('project_name: a\n', '0.4.5', { base }))).toEqual([expect.objectContaining({ line: 1, path: 'environments.e.yaml' })]);
  });
});
