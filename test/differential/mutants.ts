// Deterministic mutants of a valid config: each changes one thing that a schema
// may or may not accept (a missing key, a wrong type, a bad enum value, an extra
// key, a bad project_name, a version mismatch, a float where an int goes, …).
// Mutations edit the YAML document itself, so comments and layout of the seed
// stay, and values like `2.0` keep their written form.
import { isMap, isScalar, isSeq, Pair, parseDocument, Scalar, YAMLMap, type Document, type Node } from 'yaml';
import { formatPath, type DocPath, type PathSegment } from '../../src/config/types.js';

export interface Mutant {
  /** `mutant:<seed>:<kind>:<path>`; docs/differential.md matches these with globs. */
  id: string;
  kind: string;
  text: string;
}

type Edit = { kind: string; path: DocPath; apply: (doc: Document) => void };

/** Small, fast, seedable PRNG, so the same seed and version always give the same mutants. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashString(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}

function scalar(value: unknown, fractionDigits?: number): Scalar {
  const node = new Scalar(value);
  if (fractionDigits !== undefined) node.minFractionDigits = fractionDigits;
  return node;
}

/** A scalar written exactly as given, unquoted, whatever the YAML 1.2 core schema makes of it. */
function plain(source: string): Scalar {
  const node = new Scalar(source);
  node.type = Scalar.PLAIN;
  return node;
}

function tagged(value: string, tag: string): Scalar {
  const node = new Scalar(value);
  node.tag = tag;
  return node;
}

const set = (path: DocPath, value: unknown) => (doc: Document) => doc.setIn(path as PathSegment[], value instanceof Scalar ? value : doc.createNode(value));
const remove = (path: DocPath) => (doc: Document) => {
  doc.deleteIn(path as PathSegment[]);
};

/** Big free-form subtrees (conda package lists, theme HTML) where mutations teach nothing new. */
function skipped(path: DocPath): boolean {
  const text = formatPath(path);
  return /^environments\..*\.(dependencies|channels)\[/.test(text) || /^theme\.jupyterhub\.(welcome|hub_subtitle|hub_title)/.test(text);
}

/** The node at `path` of a clone; edits address nodes by path since each mutant edits its own copy. */
function nodeAt(doc: Document, path: DocPath): Node | null {
  return (path.length === 0 ? doc.contents : doc.getIn(path as PathSegment[], true)) as Node | null;
}

/**
 * YAML features beyond plain values: a repeated key (ruamel.yaml and our loader both refuse it),
 * and a merge key `<<: *anchor` reusing a sibling mapping (ruamel.yaml resolves merge keys).
 */
function structuralEdits(node: YAMLMap, path: DocPath): Edit[] {
  const edits: Edit[] = [];
  const first = node.items[0];
  if (first && isScalar(first.key)) {
    const key = first.key.value;
    edits.push({
      kind: 'duplicate-key',
      path: [...path, String(key)],
      apply: (doc) => {
        const target = nodeAt(doc, path);
        if (isMap(target)) target.items.push(new Pair(new Scalar(key), target.items[0]!.value));
      },
    });
  }
  const mappingChildren = node.items.filter((pair) => isScalar(pair.key) && isMap(pair.value));
  if (mappingChildren.length >= 2) {
    const [source, target] = [mappingChildren[0]!, mappingChildren[1]!];
    const sourceKey = String((source.key as Scalar).value);
    const targetKey = String((target.key as Scalar).value);
    edits.push({
      kind: 'merge-key',
      path: [...path, targetKey],
      apply: (doc) => {
        const sourceNode = nodeAt(doc, [...path, sourceKey]);
        const targetNode = nodeAt(doc, [...path, targetKey]);
        if (!isMap(sourceNode) || !isMap(targetNode)) return;
        const merged = new YAMLMap();
        merged.items.push(new Pair(new Scalar('<<'), doc.createAlias(sourceNode, 'shared')));
        merged.items.push(...targetNode.items);
        doc.setIn([...path, targetKey] as PathSegment[], merged);
      },
    });
  }
  return edits;
}

/** One generic edit list per node kind, walking the whole document. */
function genericEdits(node: Node | null, path: DocPath, edits: Edit[]): void {
  if (skipped(path)) return;
  if (isMap(node)) {
    edits.push({ kind: 'extra-key', path, apply: set([...path, 'unexpected_field'], 'surprise') });
    edits.push(...structuralEdits(node, path));
    for (const pair of node.items) {
      if (!isScalar(pair.key) || typeof pair.key.value !== 'string') continue;
      const child = [...path, pair.key.value];
      edits.push({ kind: 'missing-key', path: child, apply: remove(child) });
      edits.push({ kind: 'null-value', path: child, apply: set(child, null) });
      genericEdits(pair.value as Node | null, child, edits);
    }
    return;
  }
  if (isSeq(node)) {
    if (node.items.length >= 2 && isMap(node.items[0]) && isMap(node.items[1])) {
      edits.push({
        kind: 'merge-key',
        path: [...path, 1],
        apply: (doc) => {
          const list = nodeAt(doc, path);
          if (!isSeq(list) || !isMap(list.items[0]) || !isMap(list.items[1])) return;
          const merged = new YAMLMap();
          merged.items.push(new Pair(new Scalar('<<'), doc.createAlias(list.items[0], 'shared')));
          merged.items.push(...list.items[1].items);
          list.items[1] = merged;
        },
      });
    }
    edits.push({ kind: 'list-as-string', path, apply: set(path, 'not-a-list') });
    edits.push({ kind: 'empty-list', path, apply: set(path, []) });
    node.items.forEach((item, index) => genericEdits(item as Node | null, [...path, index], edits));
    return;
  }
  if (!isScalar(node) || path.length === 0) return;
  const value = node.value;
  if (typeof value === 'string') {
    edits.push({ kind: 'string-as-int', path, apply: set(path, 12345) });
    edits.push({ kind: 'string-as-list', path, apply: set(path, [value]) });
    edits.push({ kind: 'string-as-map', path, apply: set(path, { value }) });
    edits.push({ kind: 'string-as-bool', path, apply: set(path, true) });
    // A plain `2024-01-01` is a timestamp to ruamel.yaml but a string to YAML 1.2 core.
    edits.push({ kind: 'date-in-string', path, apply: set(path, scalar('2024-01-01')) });
  } else if (typeof value === 'number' && Number.isInteger(value)) {
    edits.push({ kind: 'float-in-int', path, apply: set(path, scalar(value + 0.5)) });
    edits.push({ kind: 'integral-float-in-int', path, apply: set(path, scalar(value, 1)) });
    edits.push({ kind: 'numeric-string-in-int', path, apply: set(path, String(value)) });
    edits.push({ kind: 'word-in-int', path, apply: set(path, 'lots') });
    edits.push({ kind: 'bool-in-int', path, apply: set(path, true) });
    edits.push({ kind: 'negative-int', path, apply: set(path, -1) });
    edits.push({ kind: 'tagged-str-in-int', path, apply: set(path, tagged(String(value), 'tag:yaml.org,2002:str')) });
    // Python's int() reads `1_000`; YAML 1.2 core reads it as a string, ruamel.yaml as an int.
    edits.push({ kind: 'underscore-int', path, apply: set(path, plain(`${value}_000`)) });
    edits.push({ kind: 'exponent-in-int', path, apply: set(path, plain(`${value}e0`)) });
    edits.push({ kind: 'hex-int', path, apply: set(path, plain(`0x${value.toString(16)}`)) });
  } else if (typeof value === 'number') {
    edits.push({ kind: 'word-in-number', path, apply: set(path, 'lots') });
  } else if (typeof value === 'boolean') {
    edits.push({ kind: 'yes-string-in-bool', path, apply: set(path, 'yes') });
    edits.push({ kind: 'true-string-in-bool', path, apply: set(path, 'true') });
    edits.push({ kind: 'word-in-bool', path, apply: set(path, 'maybe') });
    edits.push({ kind: 'one-in-bool', path, apply: set(path, 1) });
    edits.push({ kind: 'two-in-bool', path, apply: set(path, 2) });
    edits.push({ kind: 'one-string-in-bool', path, apply: set(path, '1') });
    edits.push({ kind: 'on-in-bool', path, apply: set(path, plain('on')) });
  }
}

const PROJECT_NAMES: Record<string, string> = {
  'starts-with-digit': '1project',
  'ends-with-dash': 'project-',
  'ends-with-underscore': 'project_',
  'single-letter': 'p',
  'two-letters': 'pq',
  'has-digit': 'proj3ct',
  'has-space': 'my project',
  'has-dot': 'my.project',
  uppercase: 'MyProject',
  'has-underscore': 'my_project',
  'length-16': 'abcdefghijklmnop',
  'length-17': 'abcdefghijklmnopq',
  'length-41': 'a'.repeat(41),
  // Python's `$` matches before a final newline, so a block scalar `|` name passes re.match.
  'trailing-newline': 'project\n',
  empty: '',
};

/** Values with an enumerated set of choices in some or all versions. */
const ENUM_PATHS: DocPath[] = [
  ['provider'],
  ['certificate', 'type'],
  ['security', 'authentication', 'type'],
  ['ci_cd', 'type'],
  ['terraform_state', 'type'],
];

const YAML_FEATURE_KINDS = new Set(['merge-key', 'duplicate-key']);
const YAML_FEATURES_PER_SEED = 2;

const OTHER_VERSIONS = ['0.3.11', '0.3.14', '0.4.4', '0.4.5', '2023.7.2', '2024.1.1', '2025.10.1'];

function targetedEdits(doc: Document, version: string): Edit[] {
  const edits: Edit[] = [];
  if (doc.hasIn(['project_name'])) {
    for (const [name, value] of Object.entries(PROJECT_NAMES)) {
      edits.push({ kind: `project-name-${name}`, path: ['project_name'], apply: set(['project_name'], value) });
    }
    edits.push({ kind: 'project-name-int', path: ['project_name'], apply: set(['project_name'], 42) });
  }
  for (const path of ENUM_PATHS) {
    const current = doc.getIn(path as PathSegment[]);
    if (typeof current !== 'string') continue;
    edits.push({ kind: 'bad-enum', path, apply: set(path, 'not-a-choice') });
    const flipped = current === current.toUpperCase() ? current.toLowerCase() : current.toUpperCase();
    edits.push({ kind: 'enum-case', path, apply: set(path, flipped) });
  }
  const users = doc.getIn(['security', 'users']);
  if (isMap(users)) {
    const withUid = users.items.filter((pair) => isScalar(pair.key) && isMap(pair.value) && pair.value.has('uid'));
    if (withUid.length >= 2) {
      const [first, second] = [withUid[0]!, withUid[1]!];
      const uid = (first.value as YAMLMap).get('uid');
      const path: DocPath = ['security', 'users', String((second.key as Scalar).value), 'uid'];
      edits.push({ kind: 'duplicate-uid', path, apply: set(path, uid) });
    } else if (withUid.length === 1) {
      // A second user copied from the only one, uid and all.
      const path: DocPath = ['security', 'users', 'twin-user'];
      edits.push({ kind: 'duplicate-uid', path, apply: set(path, (withUid[0]!.value as YAMLMap).toJSON()) });
    }
  }
  const versionKey = doc.hasIn(['nebari_version']) ? 'nebari_version' : doc.hasIn(['qhub_version']) ? 'qhub_version' : null;
  if (versionKey) {
    edits.push({ kind: 'version-key-removed', path: [versionKey], apply: remove([versionKey]) });
    for (const other of OTHER_VERSIONS.filter((v) => v !== version)) {
      edits.push({ kind: `version-other-${other}`, path: [versionKey], apply: set([versionKey], other) });
    }
  } else {
    const key = version.startsWith('20') ? 'nebari_version' : 'qhub_version';
    edits.push({ kind: 'version-key-added', path: [key], apply: set([key], version) });
  }
  return edits;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  return items
    .map((item) => ({ item, order: random() }))
    .sort((a, b) => a.order - b.order)
    .map(({ item }) => item);
}

/**
 * Up to `budget` mutants of one seed for one version, in a seeded random order: about 40% from
 * the targeted edits (project_name, enums, version keys), the rest from generic edits anywhere
 * in the document (types, missing and extra keys, nulls), topped up from whichever has more.
 */
export function mutantsOf(seedId: string, text: string, version: string, budget: number): Mutant[] {
  const original = parseDocument(text);
  if (original.errors.length > 0) return [];
  const generic: Edit[] = [];
  genericEdits(original.contents as Node | null, [], generic);
  const random = mulberry32(hashString(`${version}\u0000${seedId}`));
  // Repeated and merge keys are rare in a document but common in hand-written configs: always try them.
  const perKind = new Map<string, number>();
  const yamlFeatures = shuffle(
    generic.filter((edit) => YAML_FEATURE_KINDS.has(edit.kind)),
    random,
  ).filter((edit) => {
    const seen = perKind.get(edit.kind) ?? 0;
    perKind.set(edit.kind, seen + 1);
    return seen < YAML_FEATURES_PER_SEED;
  });
  const targeted = shuffle([...targetedEdits(original, version), ...yamlFeatures], random);
  const targetedShare = Math.ceil(budget * 0.4);
  const others = generic.filter((edit) => !YAML_FEATURE_KINDS.has(edit.kind));
  const edits = [...targeted.slice(0, targetedShare), ...shuffle(others, random), ...targeted.slice(targetedShare)];

  const mutants: Mutant[] = [];
  const seen = new Set<string>([text]);
  for (const edit of edits) {
    if (mutants.length >= budget) break;
    const doc = original.clone();
    edit.apply(doc);
    const mutated = doc.toString();
    if (seen.has(mutated)) continue;
    seen.add(mutated);
    mutants.push({ id: `mutant:${seedId}:${edit.kind}:${formatPath(edit.path)}`, kind: edit.kind, text: mutated });
  }
  return mutants;
}
