// Attribute-level view of a change: the leaves that differ between before and after, with the
// sensitive/unknown masks applied. Raw values stay in memory for comparison only; renderers get
// `display`, never a masked raw value.

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

/** One side of a change: the value with Terraform's sensitive and unknown masks for it. */
export interface MaskedValue {
  value: unknown;
  /** `true` for the whole value, or an object/array of the same shape with `true` leaves. */
  sensitive: unknown;
  unknown: unknown;
}

/** What one side holds at a leaf's path: nothing, a plain value (scalar or empty container), or a masked one. */
export type LeafKind = 'absent' | 'plain' | Mask;

/** Receives each leaf that differs, with what each side holds there. */
export type ChangedLeafVisitor = (path: string, beforeKind: LeafKind, before: unknown, afterKind: LeafKind, after: unknown) => void;

type NodeKind = LeafKind | 'array' | 'object';

/** Stands for "this side has nothing at this path", which differs from a null value. */
const ABSENT = Symbol('absent');

/**
 * Walks both sides of a change together and reports the leaves that differ, in no particular
 * order, allocating nothing for the leaves that are the same. Each side at a path is passed as
 * its value and its two masks (Terraform's masks are `true` for a whole value, or objects/arrays
 * of the value's shape). Unknown attributes may be absent from the value itself (e.g. `id` on
 * create), so children are also taken from the unknown mask.
 */
class ChangeWalker {
  constructor(private readonly visit: ChangedLeafVisitor) {}

  compare(path: string, before: unknown, beforeSensitive: unknown, beforeUnknown: unknown, after: unknown, afterSensitive: unknown, afterUnknown: unknown): void {
    const beforeKind = kindOf(before, beforeSensitive, beforeUnknown);
    const afterKind = kindOf(after, afterSensitive, afterUnknown);
    if (beforeKind === afterKind && (beforeKind === 'array' || beforeKind === 'object')) {
      this.compareChildren(path, beforeKind, before, beforeSensitive, beforeUnknown, after, afterSensitive, afterUnknown);
      return;
    }
    // Different shapes share no path below this one: each side's children are compared with nothing.
    if (beforeKind === 'array' || beforeKind === 'object') {
      this.compareChildren(path, beforeKind, before, beforeSensitive, beforeUnknown, ABSENT, undefined, undefined);
    }
    if (afterKind === 'array' || afterKind === 'object') {
      this.compareChildren(path, afterKind, ABSENT, undefined, undefined, after, afterSensitive, afterUnknown);
    }
    const beforeLeaf = beforeKind === 'array' || beforeKind === 'object' ? 'absent' : beforeKind;
    const afterLeaf = afterKind === 'array' || afterKind === 'object' ? 'absent' : afterKind;
    if (sameLeaf(beforeLeaf, before, afterLeaf, after) || (isEmptyLeaf(beforeLeaf, before) && isEmptyLeaf(afterLeaf, after))) return;
    this.visit(path, beforeLeaf, before, afterLeaf, after);
  }

  private compareChildren(
    path: string,
    kind: 'array' | 'object',
    before: unknown,
    beforeSensitive: unknown,
    beforeUnknown: unknown,
    after: unknown,
    afterSensitive: unknown,
    afterUnknown: unknown,
  ): void {
    if (kind === 'array') {
      const beforeLength = arrayLength(before, beforeUnknown);
      const afterLength = arrayLength(after, afterUnknown);
      for (let index = 0; index < Math.max(beforeLength, afterLength); index++) {
        this.compare(
          childPath(path, index),
          index < beforeLength ? member(before, index) : ABSENT,
          child(beforeSensitive, index),
          child(beforeUnknown, index),
          index < afterLength ? member(after, index) : ABSENT,
          child(afterSensitive, index),
          child(afterUnknown, index),
        );
      }
      return;
    }
    for (const key of objectKeys(before, beforeUnknown)) {
      const afterHas = hasKey(after, afterUnknown, key);
      this.compare(
        childPath(path, key),
        member(before, key),
        child(beforeSensitive, key),
        child(beforeUnknown, key),
        afterHas ? member(after, key) : ABSENT,
        child(afterSensitive, key),
        child(afterUnknown, key),
      );
    }
    for (const key of objectKeys(after, afterUnknown)) {
      if (hasKey(before, beforeUnknown, key)) continue;
      this.compare(childPath(path, key), ABSENT, undefined, undefined, member(after, key), child(afterSensitive, key), child(afterUnknown, key));
    }
  }
}

/** A leaf is a masked value, a scalar or an empty container; anything else has children. */
function kindOf(value: unknown, sensitive: unknown, unknown: unknown): NodeKind {
  if (value === ABSENT) return 'absent';
  if (sensitive === true) return 'sensitive';
  if (unknown === true) return 'unknown';
  if (Array.isArray(value) || (value == null && Array.isArray(unknown))) return arrayLength(value, unknown) > 0 ? 'array' : 'plain';
  if (isPlainObject(value) || (value == null && isPlainObject(unknown))) return hasNoKeys(value) && hasNoKeys(unknown) ? 'plain' : 'object';
  return 'plain';
}

function hasNoKeys(value: unknown): boolean {
  if (!isPlainObject(value)) return true;
  for (const key in value) if (Object.hasOwn(value, key)) return false;
  return true;
}

function arrayLength(value: unknown, unknown: unknown): number {
  return Math.max(Array.isArray(value) ? value.length : 0, Array.isArray(unknown) ? unknown.length : 0);
}

function objectKeys(value: unknown, unknown: unknown): string[] {
  const keys = isPlainObject(value) ? Object.keys(value) : [];
  if (isPlainObject(unknown)) for (const key of Object.keys(unknown)) if (!isPlainObject(value) || !Object.hasOwn(value, key)) keys.push(key);
  return keys;
}

function hasKey(value: unknown, unknown: unknown, key: string): boolean {
  return (isPlainObject(value) && Object.hasOwn(value, key)) || (isPlainObject(unknown) && Object.hasOwn(unknown, key));
}

/** A child of a container value; a null value (only the masks have children) has none. */
function member(container: unknown, key: string | number): unknown {
  return (container as Record<string | number, unknown> | null | undefined)?.[key];
}

/** Calls `visit` for each leaf that differs between the sides (null: that side does not exist). */
export function visitChangedLeaves(before: MaskedValue | null, after: MaskedValue | null, visit: ChangedLeafVisitor): void {
  new ChangeWalker(visit).compare(
    '',
    before ? before.value : ABSENT,
    before?.sensitive,
    before?.unknown,
    after ? after.value : ABSENT,
    after?.sensitive,
    after?.unknown,
  );
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

function isScalar(value: unknown): boolean {
  return value == null || typeof value !== 'object';
}

function sameLeaf(beforeKind: LeafKind, before: unknown, afterKind: LeafKind, after: unknown): boolean {
  if (beforeKind === 'absent' || beforeKind === 'unknown' || beforeKind !== afterKind) return false;
  // Most leaves are scalars: compare them directly (canonicalJson treats undefined as null).
  if (isScalar(before) && isScalar(after)) return (before ?? null) === (after ?? null);
  return canonicalJson(before) === canonicalJson(after);
}

/** Absent, null, `{}` and `[]` all mean "nothing here" when comparing. */
function isEmptyLeaf(kind: LeafKind, raw: unknown): boolean {
  if (kind === 'absent') return true;
  if (kind !== 'plain') return false;
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

/**
 * The attributes that differ between before and after (null: that side does not exist), in
 * path order. Both values are walked together, so unchanged attributes cost no allocation.
 */
export function diffAttributes(before: MaskedValue | null, after: MaskedValue | null, replacePaths?: unknown[][]): AttributeChange[] {
  const prefixes = replacePathPrefixes(replacePaths);
  const changes: AttributeChange[] = [];
  const leaf = (path: string, kind: LeafKind, raw: unknown): Leaf | null => (kind === 'absent' ? null : { path, raw, mask: kind === 'plain' ? null : kind });
  visitChangedLeaves(before, after, (path, beforeKind, beforeRaw, afterKind, afterRaw) => {
    const forcesReplacement = prefixes.some((prefix) => isUnder(path, prefix) || isUnder(prefix, path));
    changes.push({ path, before: leaf(path, beforeKind, beforeRaw), after: leaf(path, afterKind, afterRaw), forcesReplacement });
  });
  return changes.sort(byPath);
}

/** Attribute order: plain string order of the paths (the plan hash depends on it). */
export function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
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
