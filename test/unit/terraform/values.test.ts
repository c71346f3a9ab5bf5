import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shownLeaf } from '../../../src/report/string-diff.js';
import { canonicalJson, diffAttributes, type AttributeChange, type Leaf, type MaskedValue } from '../../../src/terraform/values.js';

const side = (value: unknown, sensitive?: unknown, unknown?: unknown): MaskedValue => ({ value, sensitive, unknown });
const paths = (changes: AttributeChange[]) => changes.map((change) => change.path);

describe('diffAttributes', () => {
  it('masks sensitive and unknown leaves, including unknown keys missing from the value', () => {
    const created = diffAttributes(
      null,
      side({ name: 'a', password: 'p4ss', tags: { env: 'prod' }, list: ['x', 'y'] }, { password: true, list: [false, true] }, { id: true, tags: { owner: true } }),
    );
    expect(created.map((change) => [change.before, change.after])).toEqual([
      [null, { path: 'id', raw: undefined, mask: 'unknown' }],
      [null, { path: 'list[0]', raw: 'x', mask: null }],
      [null, { path: 'list[1]', raw: 'y', mask: 'sensitive' }],
      [null, { path: 'name', raw: 'a', mask: null }],
      [null, { path: 'password', raw: 'p4ss', mask: 'sensitive' }],
      [null, { path: 'tags.env', raw: 'prod', mask: null }],
      [null, { path: 'tags.owner', raw: undefined, mask: 'unknown' }],
    ]);
  });

  it('quotes keys that are not identifiers and masks a whole value', () => {
    expect(paths(diffAttributes(null, side({ 'a.b': 1, '0': 2, ok: 3 })))).toEqual(['["0"]', '["a.b"]', 'ok']);
    expect(diffAttributes(null, side({ a: 1 }, true))).toEqual([{ path: '', before: null, after: { path: '', raw: { a: 1 }, mask: 'sensitive' }, forcesReplacement: false }]);
  });

  it('keeps only changed leaves and marks those under replace_paths', () => {
    const changes = diffAttributes(side({ a: 1, b: 'same', c: { d: 'old' } }), side({ a: 2, b: 'same', c: { d: 'new' } }), [['c']]);
    expect(changes.map((change) => [change.path, change.forcesReplacement])).toEqual([
      ['a', false],
      ['c.d', true],
    ]);
  });

  it('compares sensitive values without showing them, and treats unknown as changed', () => {
    expect(diffAttributes(side({ s: 'x' }, { s: true }), side({ s: 'x' }, { s: true }))).toEqual([]);
    const changed = diffAttributes(side({ s: 'x' }, { s: true }), side({ s: 'y' }, { s: true }));
    expect(changed.map((change) => [shownLeaf(change.before!, 300), shownLeaf(change.after!, 300)])).toEqual([['(sensitive)', '(sensitive)']]);
    const unknown = diffAttributes(side({ id: 'i' }), side({}, undefined, { id: true }));
    expect(unknown.map((change) => shownLeaf(change.after!, 300))).toEqual(['(known after apply)']);
  });

  it('treats null, absent, {} and [] alike, and compares a value that changes shape leaf by leaf', () => {
    expect(diffAttributes(side({ a: null, b: {}, c: [] }), side({ d: [], e: null }))).toEqual([]);
    const reshaped = diffAttributes(side({ a: { b: 1 }, l: [1] }), side({ a: 'x', l: { k: 1 } }));
    expect(reshaped.map((change) => [change.path, change.before?.raw ?? null, change.after?.raw ?? null])).toEqual([
      ['a', null, 'x'],
      ['a.b', 1, null],
      ['l.k', null, 1],
      ['l[0]', 1, null],
    ]);
  });

  // The plan hash is built from these diffs: the walk over both sides at once must give exactly
  // what the definition says, "flatten each side into leaves, then compare leaf by leaf".
  it('equals flattening both sides and comparing them by path', () => {
    const keys = fc.constantFrom('a', 'b', 'id', 'a.b', '0', 'x y');
    const scalar = fc.oneof(fc.constant(null), fc.boolean(), fc.integer({ min: -2, max: 2 }), fc.constantFrom('', 's', 't'));
    const { value, mask } = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(keys, tie('value'), { maxKeys: 3 })),
      mask: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constantFrom(true, false, undefined), fc.array(tie('mask'), { maxLength: 3 }), fc.dictionary(keys, tie('mask'), { maxKeys: 3 })),
    }));
    const maybeSide = fc.option(fc.record({ value, sensitive: mask, unknown: mask }), { nil: null });
    fc.assert(
      fc.property(maybeSide, maybeSide, (before, after) => {
        expect(diffAttributes(before, after)).toStrictEqual(referenceDiff(before, after));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('shownLeaf', () => {
  it('shortens long values', () => {
    const long = shownLeaf({ path: 'x', raw: 'a'.repeat(1000), mask: null }, 300);
    expect(long.length).toBeLessThan(400);
    expect(long).toMatch(/… \(\d+ more characters\)$/);
  });
});

describe('canonicalJson', () => {
  it('sorts keys and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
  });
});

// The definition the walk must match, written the slow and obvious way.
function referenceDiff(before: MaskedValue | null, after: MaskedValue | null): AttributeChange[] {
  const beforeLeaves = new Map(before ? flatten(before.value, before.sensitive, before.unknown, '').map((leaf) => [leaf.path, leaf]) : []);
  const afterLeaves = new Map(after ? flatten(after.value, after.sensitive, after.unknown, '').map((leaf) => [leaf.path, leaf]) : []);
  const isEmpty = (leaf: Leaf | null) => leaf === null || (leaf.mask === null && (leaf.raw == null || (typeof leaf.raw === 'object' && Object.keys(leaf.raw).length === 0)));
  const changes: AttributeChange[] = [];
  for (const path of [...new Set([...beforeLeaves.keys(), ...afterLeaves.keys()])].sort()) {
    const old = beforeLeaves.get(path) ?? null;
    const now = afterLeaves.get(path) ?? null;
    const same = old !== null && now !== null && old.mask !== 'unknown' && now.mask !== 'unknown' && old.mask === now.mask && canonicalJson(old.raw) === canonicalJson(now.raw);
    if (!same && !(isEmpty(old) && isEmpty(now))) changes.push({ path, before: old, after: now, forcesReplacement: false });
  }
  return changes;
}

function flatten(value: unknown, sensitive: unknown, unknown: unknown, path: string): Leaf[] {
  const isObject = (candidate: unknown): candidate is Record<string, unknown> => typeof candidate === 'object' && candidate !== null && !Array.isArray(candidate);
  const child = (mask: unknown, key: string | number) => (Array.isArray(mask) ? (typeof key === 'number' ? mask[key] : undefined) : isObject(mask) ? mask[String(key)] : undefined);
  const childPath = (key: string | number) =>
    typeof key === 'number' ? `${path}[${key}]` : /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? (path === '' ? key : `${path}.${key}`) : `${path}[${JSON.stringify(key)}]`;
  if (sensitive === true) return [{ path, raw: value, mask: 'sensitive' }];
  if (unknown === true) return [{ path, raw: value, mask: 'unknown' }];
  if (Array.isArray(value) || (value == null && Array.isArray(unknown))) {
    const items: unknown[] = Array.isArray(value) ? value : [];
    const length = Math.max(items.length, Array.isArray(unknown) ? unknown.length : 0);
    if (length === 0) return [{ path, raw: value, mask: null }];
    return Array.from({ length }, (_, index) => flatten(items[index], child(sensitive, index), child(unknown, index), childPath(index))).flat();
  }
  if (isObject(value) || (value == null && isObject(unknown) && Object.keys(unknown).length > 0)) {
    const object = isObject(value) ? value : {};
    const keys = [...new Set([...Object.keys(object), ...(isObject(unknown) ? Object.keys(unknown) : [])])].sort();
    if (keys.length === 0) return [{ path, raw: value, mask: null }];
    return keys.flatMap((key) => flatten(object[key], child(sensitive, key), child(unknown, key), childPath(key)));
  }
  return [{ path, raw: value, mask: null }];
}
