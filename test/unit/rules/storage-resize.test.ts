import { describe, expect, it } from 'vitest';
import { storageResize } from '../../../src/rules/storage-resize.js';
import { context, describeWithCorpus, corpusText, edit, lineOf, load, REAL } from './helpers.js';

describeWithCorpus('storage-resize on real configs', () => {
  const base = corpusText(REAL.local0311);

  it('errors when a volume shrinks, in any unit', () => {
    // 100Gi -> 100G is a shrink: G is 10^9 bytes, Gi is 2^30.
    const head = edit(base, 'shared_filesystem: 100Gi', 'shared_filesystem: 100G');
    const findings = storageResize.check(context(head, '0.3.11', { base: load(base) }));
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'storage-resize', severity: 'error', path: 'storage.shared_filesystem', line: lineOf(head, 'shared_filesystem:'), column: 3 }),
    ]);
  });

  it('warns when a volume grows, and is silent for the same size written differently', () => {
    const grown = edit(base, 'conda_store: 60Gi', 'conda_store: 0.0625Ti');
    expect(storageResize.check(context(grown, '0.3.11', { base: load(base) }))).toEqual([
      expect.objectContaining({ severity: 'warning', path: 'storage.conda_store', line: lineOf(grown, 'conda_store:') }),
    ]);
    const same = edit(base, 'conda_store: 60Gi', 'conda_store: 61440Mi');
    expect(storageResize.check(context(same, '0.3.11', { base: load(base) }))).toEqual([]);
  });

  it('uses Nebari 2023.10+ defaults (200Gi) for an absent size', () => {
    const baseText = corpusText(REAL.localHappy);
    const head = `${baseText}storage:\n  conda_store: 100Gi\n`;
    expect(storageResize.check(context(head, '2025.10.1', { base: load(baseText) }))).toEqual([
      expect.objectContaining({ severity: 'error', path: 'storage.conda_store' }),
    ]);
    expect(storageResize.check(context(`${baseText}storage:\n  conda_store: 200Gi\n`, '2025.10.1', { base: load(baseText) }))).toEqual([]);
  });
});

describe('storage-resize', () => {
  it('is silent without a base or with unparseable sizes', () => {
    expect(storageResize.check(context('storage:\n  conda_store: 1Gi\n', '0.3.11'))).toEqual([]);
    const base = load('storage:\n  conda_store: lots\n');
    expect(storageResize.check(context('storage:\n  conda_store: 1Gi\n', '0.3.11', { base }))).toEqual([]);
  });
});
