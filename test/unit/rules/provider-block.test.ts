import { describe, expect, it } from 'vitest';
import { providerBlock } from '../../../src/rules/provider-block.js';
import { context, describeWithCorpus, corpusText, edit, lineOf, REAL } from './helpers.js';

describeWithCorpus('provider-block on real configs', () => {
  const gcp = corpusText(REAL.gcp0311);

  it('is silent on a config with exactly its own block', () => {
    expect(providerBlock.check(context(gcp, '0.3.11'))).toEqual([]);
  });

  it('errors at provider when its block is missing', () => {
    const head = edit(gcp, 'google_cloud_platform:', 'google_cloud_platform_old:');
    expect(providerBlock.check(context(head, '0.3.11'))).toEqual([
      expect.objectContaining({ rule: 'provider-block', severity: 'error', path: 'provider', line: lineOf(head, 'provider: gcp') }),
    ]);
  });

  it('errors at a block left over from another provider', () => {
    const head = `${gcp}amazon_web_services:\n  region: us-west-2\n`;
    expect(providerBlock.check(context(head, '0.3.11'))).toEqual([
      expect.objectContaining({ severity: 'error', path: 'amazon_web_services', line: lineOf(head, 'amazon_web_services:'), column: 1 }),
    ]);
  });

  it('lets Nebari 2023.10+ default a local block but not a cloud one', () => {
    const local = corpusText(REAL.localHappy);
    const withoutBlock = local.slice(0, local.indexOf('local:'));
    expect(providerBlock.check(context(withoutBlock, '2025.10.1'))).toEqual([]);
    expect(providerBlock.check(context(withoutBlock, '0.3.11'))).toHaveLength(1);
    const aws = corpusText(REAL.awsHappy);
    const awsWithout = aws.slice(0, aws.indexOf('amazon_web_services:'));
    expect(providerBlock.check(context(awsWithout, '2024.1.1'))).toEqual([expect.objectContaining({ path: 'provider' })]);
  });
});

describe('provider-block', () => {
  it('reports every block when Nebari must infer the provider from several', () => {
    const findings = providerBlock.check(context('project_name: demo\nlocal: {}\nazure:\n  region: x\n', '2025.10.1'));
    expect(findings.map((f) => f.path).sort()).toEqual(['azure', 'local']);
    expect(providerBlock.check(context('project_name: demo\nazure:\n  region: x\n', '2025.10.1'))).toEqual([]);
  });
});
