import { describe, expect, it } from 'vitest';
import { duplicateUid } from '../../../src/rules/duplicate-uid.js';
import { context, describeWithCorpus, corpusText, edit, lineOf, REAL } from './helpers.js';

describeWithCorpus('duplicate-uid on real configs', () => {
  const gcp = corpusText(REAL.gcp0311);

  it('is silent with distinct uids', () => {
    expect(duplicateUid.check(context(gcp, '0.3.11'))).toEqual([]);
  });

  it('errors at the second user with the same uid', () => {
    const head = edit(gcp, '  groups:\n', '    second@example.com:\n      uid: 1000\n      primary_group: users\n  groups:\n');
    expect(duplicateUid.check(context(head, '0.3.11'))).toEqual([
      expect.objectContaining({ rule: 'duplicate-uid', severity: 'error', path: 'security.users.second@example.com.uid', line: lineOf(head, 'second@example.com') + 1, column: 7 }),
    ]);
  });
});

describe('duplicate-uid', () => {
  it('compares numeric values (1000 and "1000" are the same uid)', () => {
    expect(duplicateUid.check(context("security:\n  users:\n    a: {uid: 1000}\n    b: {uid: '1000'}\n", '0.3.11'))).toHaveLength(1);
    expect(duplicateUid.check(context('security:\n  users:\n    a: {uid: 1000}\n    b: {uid: 1001}\n', '0.3.11'))).toEqual([]);
  });
});
