import { describe, expect, it } from 'vitest';
import { immutableField } from '../../../src/rules/immutable-field.js';
import { context, describeWithCorpus, corpusText, edit, lineOf, load, REAL } from './helpers.js';

describeWithCorpus('immutable-field on real configs', () => {
  const base = corpusText(REAL.gcp0311);

  it('fires at project_name when it differs from the base branch', () => {
    const head = edit(base, 'project_name: qhub-deployments', 'project_name: qhub-renamed');
    const findings = immutableField.check(context(head, '0.3.11', { base: load(base) }));
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'immutable-field', severity: 'error', path: 'project_name', line: lineOf(head, 'project_name:'), column: 1 }),
    ]);
    expect(findings[0]!.message).toContain('`{project_name}-{namespace}-terraform-state`');
    expect(findings[0]!.message).toMatch(/new deployment branch/);
  });

  it('fires at namespace and at provider', () => {
    const head = edit(edit(base, 'namespace: dev', 'namespace: prod'), 'provider: gcp', 'provider: aws');
    const findings = immutableField.check(context(head, '0.3.11', { base: load(base) }));
    expect(findings.map((f) => [f.path, f.line, f.severity])).toEqual([
      ['namespace', lineOf(head, 'namespace: prod'), 'error'],
      ['provider', lineOf(head, 'provider: aws'), 'error'],
    ]);
  });

  it('is silent without a base, and when nothing immutable changed', () => {
    const head = edit(base, 'max_nodes: 5', 'max_nodes: 6');
    expect(immutableField.check(context(head, '0.3.11'))).toEqual([]);
    expect(immutableField.check(context(head, '0.3.11', { base: load(base) }))).toEqual([]);
  });

  it('treats Nebari storage.type as immutable from 2024.9.1, resolving the provider default', () => {
    const baseText = corpusText(REAL.localHappy);
    const head = `${baseText}storage:\n  type: cephfs\n`;
    const findings = immutableField.check(context(head, '2025.10.1', { base: load(baseText) }));
    expect(findings).toEqual([expect.objectContaining({ path: 'storage.type', line: lineOf(head, 'type: cephfs'), severity: 'error' })]);
    // Explicit `nfs` is the local default: no change.
    expect(immutableField.check(context(`${baseText}storage:\n  type: nfs\n`, '2025.10.1', { base: load(baseText) }))).toEqual([]);
    // Before 2024.9.1 there is no storage.type.
    expect(immutableField.check(context(head, '2024.1.1', { base: load(baseText) }))).toEqual([]);
  });
});

describe('immutable-field', () => {
  it('defaults an absent namespace to dev', () => {
    const base = load('project_name: demo\nprovider: local\n');
    expect(immutableField.check(context('project_name: demo\nprovider: local\nnamespace: dev\n', '0.3.11', { base }))).toEqual([]);
    expect(immutableField.check(context('project_name: demo\nprovider: local\nnamespace: prod\n', '0.3.11', { base }))).toHaveLength(1);
  });
});
