import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { diffDocuments, diffLines, diffStrings, type StructuredDiff } from '../../../src/terraform/string-diff.js';

const structured = (before: string, after: string): StructuredDiff => {
  const diff = diffStrings(before, after);
  if (diff?.kind !== 'structured') throw new Error(`expected a structured diff, got ${JSON.stringify(diff)}`);
  return diff;
};

describe('diffStrings', () => {
  it('diffs JSON documents structurally, first', () => {
    const diff = structured(JSON.stringify({ spec: { replicas: 2, template: { image: 'a' } } }), JSON.stringify({ spec: { replicas: 3, template: { image: 'a' } } }));
    expect(diff.format).toBe('json');
    expect(diff.changes).toEqual([{ path: 'spec.replicas', segments: ['spec', 'replicas'], key: 'replicas', before: 2, after: 3, sensitive: false, subtree: null }]);
    expect(diff.unchanged).toBe(1);
  });

  it('diffs multi-line YAML mappings with indexed paths and keeps the last key name through list indexes', () => {
    const values = (cpu: number, tag: string) =>
      stringify({ hub: { image: { tag } }, singleuser: { profileList: [{ display_name: 'small' }, { display_name: 'big', kubespawner_override: { cpu_limit: cpu } }] } });
    const diff = structured(values(2, '2022.10.1'), values(4, '2023.1.1'));
    expect(diff.format).toBe('yaml');
    expect(diff.changes.map((change) => [change.path, change.key, change.before, change.after])).toEqual([
      ['hub.image.tag', 'tag', '2022.10.1', '2023.1.1'],
      ['singleuser.profileList[1].kubespawner_override.cpu_limit', 'cpu_limit', 2, 4],
    ]);
    expect(diff.unchanged).toBe(2);
  });

  it('reads a YAML stream as a list of documents', () => {
    const diff = structured('kind: A\nn: 1\n---\nkind: B\nn: 1\n', 'kind: A\nn: 1\n---\nkind: B\nn: 2\n');
    expect(diff.changes.map((change) => change.path)).toEqual(['[1].n']);
  });

  it('lists added and removed subtrees by their own leaves, and masks secret-looking keys whole', () => {
    const diff = diffDocuments({ a: { keep: 1, gone: { x: 1, y: [1, 2] } }, auth: { client_secret: 'old-canary' } }, { a: { keep: 1, new: { z: 'v' } }, auth: { client_secret: { nested: 'new-canary' } } });
    expect(diff.changes.map(({ segments: _segments, ...change }) => change)).toEqual([
      { path: 'a.gone.x', key: 'x', before: 1, after: undefined, sensitive: false, subtree: 'a.gone' },
      { path: 'a.gone.y[0]', key: 'y', before: 1, after: undefined, sensitive: false, subtree: 'a.gone' },
      { path: 'a.gone.y[1]', key: 'y', before: 2, after: undefined, sensitive: false, subtree: 'a.gone' },
      { path: 'a.new.z', key: 'z', before: undefined, after: 'v', sensitive: false, subtree: 'a.new' },
      { path: 'auth.client_secret', key: 'client_secret', before: 'old-canary', after: { nested: 'new-canary' }, sensitive: true, subtree: null },
    ]);
  });

  it('falls back to a line diff for multi-line text that is no document, and to nothing for one-line strings', () => {
    expect(diffStrings('a', 'b')).toBeNull();
    expect(diffStrings('{"a": 1}', '{"a": 1}')).toBeNull();
    // A one-line string is never read as YAML, even if it could be.
    expect(diffStrings('a: 1', 'a: 2')).toBeNull();
    const diff = diffStrings('import os\nc.x = 1\nc.y = 2\n', 'import os\nc.x = 1\nc.y = 3\n');
    expect(diff?.kind).toBe('lines');
  });

  it('does not expand YAML alias bombs', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]'].join('\n');
    expect(diffStrings(bomb, `${bomb}\nf: 1`)?.kind).toBe('lines');
  });
});

describe('diffLines', () => {
  it('gives unified hunks with two lines of context and line numbers', () => {
    const before = Array.from({ length: 20 }, (_, index) => `line ${index + 1}`).join('\n');
    const after = before.replace('line 5\n', 'line five\n').replace('line 15\n', '');
    const diff = diffLines(before, after);
    expect(diff.hunks).toEqual([
      { beforeStart: 3, afterStart: 3, lines: [' line 3', ' line 4', '-line 5', '+line five', ' line 6', ' line 7'].map((line) => ({ sign: line[0], text: line.slice(1) })) },
      { beforeStart: 13, afterStart: 13, lines: [' line 13', ' line 14', '-line 15', ' line 16', ' line 17'].map((line) => ({ sign: line[0], text: line.slice(1) })) },
    ]);
    expect([diff.removed, diff.added, diff.unchanged]).toEqual([2, 1, 18]);
  });

  it('property: the edit script rebuilds both sides and is no longer than replacing everything', () => {
    const lines = fc.array(fc.constantFrom('a', 'b', 'c', 'd', ''), { maxLength: 30 });
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        const diff = diffLines(a.join('\n'), b.join('\n'), 1_000_000);
        const edits = diff.hunks.flatMap((hunk) => hunk.lines);
        const side = (skip: string) => edits.filter((edit) => edit.sign !== skip).map((edit) => edit.text).join('\n');
        if (diff.hunks.length > 0) {
          // A final newline ends the last line rather than starting an empty one.
          const text = (list: string[]) => list.join('\n').replace(/\n$/, '');
          expect(side('+')).toBe(text(a));
          expect(side('-')).toBe(text(b));
        }
        const lineCount = (list: string[]) => list.join('\n').split('\n').length;
        expect(diff.removed + diff.added).toBeLessThanOrEqual(lineCount(a) + lineCount(b));
      }),
    );
  });
});

/** Random documents without secret-looking keys (those are masked whole, tested above). */
const keys = fc.constantFrom('alpha', 'beta', 'gamma', 'delta', 'image', 'cpu_limit', 'tag', 'profiles');
const scalar = fc.oneof(fc.integer({ min: 0, max: 9 }), fc.constantFrom('x', 'y', 'z', true, false, null));
const { document } = fc.letrec((tie) => ({
  document: fc.dictionary(keys, tie('node'), { minKeys: 1, maxKeys: 4 }),
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('document'), fc.array(tie('node'), { minLength: 1, maxLength: 3 })),
}));

/** Paths of the non-empty leaves of a value, the way the diff names them. */
function leafPaths(value: unknown, path: string, out: string[]): string[] {
  if (typeof value === 'object' && value !== null && Object.keys(value).length > 0) {
    for (const [key, child] of Object.entries(value)) leafPaths(child, Array.isArray(value) ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`, out);
  } else {
    out.push(path);
  }
  return out;
}

describe('property: the structural diff lists exactly the edited leaves', () => {
  it('for random documents, random leaf edits, key removals and additions, in JSON and YAML', () => {
    fc.assert(
      fc.property(document, fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), fc.constantFrom('json', 'yaml'), (original, picks, format) => {
        const edited = structuredClone(original) as Record<string, unknown>;
        const leaves = leafPaths(original, '', []);
        const expected = new Set<string>();
        picks.forEach((pick, index) => {
          const path = leaves[pick % leaves.length]!;
          if (expected.has(path) || [...expected].some((done) => path.startsWith(`${done}.`) || path.startsWith(`${done}[`))) return;
          setAt(edited, path, `edited-${index}`);
          expected.add(path);
        });
        edited.added_key = { inner: 'new' };
        expected.add('added_key.inner');
        const text = (value: unknown) => (format === 'json' ? JSON.stringify(value, null, 2) : stringify(value));
        const diff = structured(text(original), text(edited));
        expect(diff.format).toBe(format);
        expect(new Set(diff.changes.map((change) => change.path))).toEqual(expected);
        expect(diff.changes.length).toBe(expected.size);
        expect(diff.unchanged).toBe(leaves.length - (expected.size - 1));
      }),
      { numRuns: 300 },
    );
  });
});

/** Sets the leaf at a dotted/indexed path produced by leafPaths. */
function setAt(root: Record<string, unknown>, path: string, value: unknown): void {
  const segments = [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) => (match[2] !== undefined ? Number(match[2]) : match[1]!));
  let node = root as Record<string | number, unknown>;
  for (const segment of segments.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  node[segments[segments.length - 1]!] = value;
}
