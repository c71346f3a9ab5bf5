// Attribute-level view of a change: flattened leaves with sensitive/unknown masks applied.
// Raw values stay in memory for comparison only; renderers get `display`, never a masked raw value.

export type Mask = 'sensitive' | 'unknown';

export interface Leaf {
  /** `a.b[0]["key with.dots"]` */
  path: string;
  raw: unknown;
  mask: Mask | null;
}

export interface AttributeChange {
  path: string;
  before: Leaf | null;
  after: Leaf | null;
  /** This attribute's change forces the resource to be replaced. */
  forcesReplacement: boolean;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (IDENTIFIER.test(key)) return parent === '' ? key : `${parent}.${key}`;
  return `${parent}[${JSON.stringify(key)}]`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function child(mask: unknown, key: string | number): unknown {
  if (Array.isArray(mask)) return typeof key === 'number' ? mask[key] : undefined;
  if (isPlainObject(mask)) return mask[String(key)];
  return undefined;
}

/**
 * Flattens a value into leaves. `sensitive` and `unknown` are Terraform's masks: `true` for the
 * whole value, or objects/arrays of the same shape with `true` leaves. Unknown attributes may be
 * absent from the value itself (e.g. `id` on create), so keys are taken from the unknown mask too.
 */
export function flattenValue(value: unknown, sensitive: unknown, unknown: unknown, path = ''): Leaf[] {
  if (sensitive === true) return [{ path, raw: value, mask: 'sensitive' }];
  if (unknown === true) return [{ path, raw: value, mask: 'unknown' }];
  if (Array.isArray(value) || (value == null && Array.isArray(unknown))) {
    const items = Array.isArray(value) ? value : [];
    const length = Math.max(items.length, Array.isArray(unknown) ? unknown.length : 0);
    if (length === 0) return [{ path, raw: value, mask: null }];
    const leaves: Leaf[] = [];
    for (let index = 0; index < length; index++) {
      leaves.push(...flattenValue(items[index], child(sensitive, index), child(unknown, index), childPath(path, index)));
    }
    return leaves;
  }
  if (isPlainObject(value) || (value == null && isPlainObject(unknown) && Object.keys(unknown).length > 0)) {
    const object = isPlainObject(value) ? value : {};
    const keys = [...new Set([...Object.keys(object), ...(isPlainObject(unknown) ? Object.keys(unknown) : [])])].sort();
    if (keys.length === 0) return [{ path, raw: value, mask: null }];
    const leaves: Leaf[] = [];
    for (const key of keys) {
      leaves.push(...flattenValue(object[key], child(sensitive, key), child(unknown, key), childPath(path, key)));
    }
    return leaves;
  }
  return [{ path, raw: value, mask: null }];
}

/** JSON with sorted keys: equal values give equal strings. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (isPlainObject(value)) {
    const entries = Object.keys(value)
      .sort()
      .filter((key) => value[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function sameLeaf(a: Leaf | null, b: Leaf | null): boolean {
  if (!a || !b) return false;
  if (a.mask === 'unknown' || b.mask === 'unknown') return false;
  return a.mask === b.mask && canonicalJson(a.raw) === canonicalJson(b.raw);
}

/** Absent, null, `{}` and `[]` all mean "nothing here" when comparing. */
function isEmptyLeaf(leaf: Leaf | null): boolean {
  if (leaf === null) return true;
  if (leaf.mask !== null) return false;
  const raw = leaf.raw;
  return raw == null || (Array.isArray(raw) ? raw.length === 0 : typeof raw === 'object' && Object.keys(raw).length === 0);
}

/** Paths in `replace_paths` are lists of keys/indexes; a leaf under one of them forces replacement. */
function replacePathPrefixes(replacePaths: unknown[][] | undefined): string[] {
  return (replacePaths ?? []).map((segments) =>
    segments.reduce<string>((path, segment) => childPath(path, segment as string | number), ''),
  );
}

function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

/** The attributes that differ between before and after, in path order. */
export function diffAttributes(
  before: Leaf[],
  after: Leaf[],
  replacePaths?: unknown[][],
): AttributeChange[] {
  const beforeByPath = new Map(before.map((leaf) => [leaf.path, leaf]));
  const afterByPath = new Map(after.map((leaf) => [leaf.path, leaf]));
  const paths = [...new Set([...beforeByPath.keys(), ...afterByPath.keys()])].sort();
  const prefixes = replacePathPrefixes(replacePaths);
  const changes: AttributeChange[] = [];
  for (const path of paths) {
    const oldLeaf = beforeByPath.get(path) ?? null;
    const newLeaf = afterByPath.get(path) ?? null;
    if (sameLeaf(oldLeaf, newLeaf)) continue;
    if (isEmptyLeaf(oldLeaf) && isEmptyLeaf(newLeaf)) continue;
    changes.push({
      path,
      before: oldLeaf,
      after: newLeaf,
      forcesReplacement: prefixes.some((prefix) => isUnder(path, prefix) || isUnder(prefix, path)),
    });
  }
  return changes;
}

const MAX_SHOWN_CHARS = 300;

/** A leaf as the reader sees it: masked leaves never show their value. */
export function displayLeaf(leaf: Leaf | null): string {
  if (leaf === null || (leaf.mask === null && leaf.raw === undefined)) return 'null';
  if (leaf.mask === 'sensitive') return '(sensitive)';
  if (leaf.mask === 'unknown') return '(known after apply)';
  const text = JSON.stringify(leaf.raw ?? null);
  if (text.length <= MAX_SHOWN_CHARS) return text;
  return `${text.slice(0, MAX_SHOWN_CHARS)}… (${text.length - MAX_SHOWN_CHARS} more characters)`;
}

/** A leaf in the plan hash: masked values are hashed as their mask, never as their content. */
export function hashableLeaf(leaf: Leaf | null): unknown {
  if (leaf === null) return null;
  if (leaf.mask !== null) return { masked: leaf.mask };
  return leaf.raw ?? null;
}
