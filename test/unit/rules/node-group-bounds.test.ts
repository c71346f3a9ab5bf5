import { describe, expect, it } from 'vitest';
import { nodeGroupBounds } from '../../../src/rules/node-group-bounds.js';
import { context, describeWithCorpus, corpusText, edit, lineOf, REAL } from './helpers.js';

describeWithCorpus('node-group-bounds on real configs', () => {
  const aws = corpusText(REAL.aws045);

  it('is silent on a real deployment', () => {
    expect(nodeGroupBounds.check(context(aws, '0.4.5'))).toEqual([]);
  });

  it('errors when min_nodes exceeds max_nodes', () => {
    const head = edit(aws, '      instance: m5.2xlarge\n      min_nodes: 1', '      instance: m5.2xlarge\n      min_nodes: 3');
    expect(nodeGroupBounds.check(context(head, '0.4.5'))).toEqual([
      expect.objectContaining({ rule: 'node-group-bounds', severity: 'error', path: 'amazon_web_services.node_groups.general.min_nodes', line: lineOf(head, 'min_nodes: 3'), column: 7 }),
    ]);
  });

  it('errors on a negative count, a missing required group and max_nodes 0', () => {
    const head = edit(edit(aws, '    worker:\n', '    workers:\n'), '      min_nodes: 1\n      max_nodes: 5\n    workers', '      min_nodes: -1\n      max_nodes: 0\n    workers');
    const findings = nodeGroupBounds.check(context(head, '0.4.5'));
    expect(findings.map((f) => [f.path, f.line])).toEqual([
      ['amazon_web_services.node_groups.worker', lineOf(head, 'node_groups:')],
      ['amazon_web_services.node_groups.user.min_nodes', lineOf(head, 'min_nodes: -1')],
      ['amazon_web_services.node_groups.user.max_nodes', lineOf(head, 'max_nodes: 0')],
    ]);
  });
});

describe('node-group-bounds', () => {
  it('is silent for local deployments and defaulted Nebari node groups', () => {
    expect(nodeGroupBounds.check(context('provider: local\nlocal: {}\n', '0.3.11'))).toEqual([]);
    expect(nodeGroupBounds.check(context('provider: aws\namazon_web_services:\n  region: x\n', '2024.1.1'))).toEqual([]);
  });
});
