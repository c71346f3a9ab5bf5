import { describe, expect, it } from 'vitest';
import { canonicalJson, diffAttributes, displayLeaf, flattenValue, hashableLeaf } from '../../src/terraform/values.js';

describe('flattenValue', () => {
  it('masks sensitive and unknown leaves, including unknown keys missing from the value', () => {
    const leaves = flattenValue(
      { name: 'a', password: 'p4ss', tags: { env: 'prod' }, list: ['x', 'y'] },
      { password: true, list: [false, true] },
      { id: true, tags: { owner: true } },
    );
    expect(leaves).toEqual([
      { path: 'id', raw: undefined, mask: 'unknown' },
      { path: 'list[0]', raw: 'x', mask: null },
      { path: 'list[1]', raw: 'y', mask: 'sensitive' },
      { path: 'name', raw: 'a', mask: null },
      { path: 'password', raw: 'p4ss', mask: 'sensitive' },
      { path: 'tags.env', raw: 'prod', mask: null },
      { path: 'tags.owner', raw: undefined, mask: 'unknown' },
    ]);
  });

  it('quotes keys that are not identifiers and keeps empty containers as leaves', () => {
    expect(flattenValue({ 'a.b': 1, empty: {}, none: [] }, undefined, undefined).map((leaf) => leaf.path)).toEqual(['["a.b"]', 'empty', 'none']);
  });

  it('masks a whole value', () => {
    expect(flattenValue({ a: 1 }, true, undefined)).toEqual([{ path: '', raw: { a: 1 }, mask: 'sensitive' }]);
  });
});

describe('diffAttributes', () => {
  it('keeps only changed leaves and marks those under replace_paths', () => {
    const before = flattenValue({ a: 1, b: 'same', c: { d: 'old' } }, undefined, undefined);
    const after = flattenValue({ a: 2, b: 'same', c: { d: 'new' } }, undefined, undefined);
    const changes = diffAttributes(before, after, [['c']]);
    expect(changes.map((change) => [change.path, change.forcesReplacement])).toEqual([
      ['a', false],
      ['c.d', true],
    ]);
  });

  it('compares sensitive values without showing them, and treats unknown as changed', () => {
    const same = diffAttributes(flattenValue({ s: 'x' }, { s: true }, undefined), flattenValue({ s: 'x' }, { s: true }, undefined));
    expect(same).toEqual([]);
    const changed = diffAttributes(flattenValue({ s: 'x' }, { s: true }, undefined), flattenValue({ s: 'y' }, { s: true }, undefined));
    expect(changed.map((change) => [displayLeaf(change.before), displayLeaf(change.after)])).toEqual([['(sensitive)', '(sensitive)']]);
    const unknown = diffAttributes(flattenValue({ id: 'i' }, undefined, undefined), flattenValue({}, undefined, { id: true }));
    expect(unknown.map((change) => displayLeaf(change.after))).toEqual(['(known after apply)']);
  });

  it('ignores attributes that are null on both sides', () => {
    expect(diffAttributes(flattenValue({ a: null }, undefined, undefined), flattenValue({}, undefined, undefined))).toEqual([]);
  });
});

describe('displayLeaf and hashableLeaf', () => {
  it('shortens long values and never hashes masked content', () => {
    const long = displayLeaf({ path: 'x', raw: 'a'.repeat(1000), mask: null });
    expect(long.length).toBeLessThan(400);
    expect(long).toMatch(/… \(\d+ more characters\)$/);
    expect(hashableLeaf({ path: 'x', raw: 'secret', mask: 'sensitive' })).toEqual({ masked: 'sensitive' });
  });
});

describe('canonicalJson', () => {
  it('sorts keys and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
  });
});
