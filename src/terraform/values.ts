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

// What one side holds at a path, as small integers: the walk decides this for every node of
// every changed resource, so it compares numbers and calls few functions (the CLI runs it cold).
const ABSENT = 0;
const PLAIN = 1;
const SENSITIVE = 2;
const UNKNOWN = 3;
const ARRAY = 4;
const OBJECT = 5;
type NodeKind = typeof ABSENT | typeof PLAIN | typeof SENSITIVE | typeof UNKNOWN | typeof ARRAY | typeof OBJECT;

const LEAF_KINDS: readonly LeafKind[] = ['absent', 'plain', 'sensitive', 'unknown'];

/** A leaf is a masked value, a scalar or an empty container; anything else has children. */
function kindOf(value: unknown, sensitive: unknown, unknown: unknown): NodeKind {
  if (sensitive === true) return SENSITIVE;
  if (unknown === true) return UNKNOWN;
  if (typeof value !== 'object' && value !== undefined) return PLAIN;
  if (Array.isArray(value)) return value.length > 0 || (Array.isArray(unknown) && unknown.length > 0) ? ARRAY : PLAIN;
  if (value == null) {
    // Only the unknown mask has children: attributes of a value not known until apply.
    if (Array.isArray(unknown)) return unknown.length > 0 ? ARRAY : PLAIN;
    return isPlainObject(unknown) && hasKeys(unknown) ? OBJECT : PLAIN;
  }
  return hasKeys(value) || (isPlainObject(unknown) && hasKeys(unknown)) ? OBJECT : PLAIN;
}

function hasKeys(value: object): boolean {
  for (const key in value) if (Object.hasOwn(value, key)) return true;
  return false;
}

/** A mask's child: masks are `true`, or arrays/objects of the value's shape (anything else masks nothing). */
function arrayMaskChild(mask: unknown, index: number): unknown {
  return typeof mask === 'object' && mask !== null ? (mask as Record<number, unknown>)[index] : undefined;
}

function objectMaskChild(mask: unknown, key: string): unknown {
  return isPlainObject(mask) ? mask[key] : undefined;
}

/** A child of a container value; a null value (only the masks have children) has none. */
function member(container: unknown, key: string | number): unknown {
  return container == null ? undefined : (container as Record<string | number, unknown>)[key];
}

function arrayLength(value: unknown, unknown: unknown): number {
  const valueLength = Array.isArray(value) ? value.length : 0;
  const unknownLength = Array.isArray(unknown) ? unknown.length : 0;
  return valueLength > unknownLength ? valueLength : unknownLength;
}

/** Whether either the value or its unknown mask (both plain objects or null) has the key. */
function hasKey(value: Record<string, unknown> | null, unknown: Record<string, unknown> | null, key: string): boolean {
  return (value !== null && Object.hasOwn(value, key)) || (unknown !== null && Object.hasOwn(unknown, key));
}

const asObject = (value: unknown): Record<string, unknown> | null => (isPlainObject(value) ? value : null);

/**
 * Reports every leaf of a value that only one side has (the other side has nothing there, as on
 * create), skipping empty ones: nothing and "empty" are the same when compared.
 */
function visitOneSide(visit: ChangedLeafVisitor, path: string, value: unknown, sensitive: unknown, unknown: unknown, isBefore: boolean): void {
  const kind = kindOf(value, sensitive, unknown);
  if (kind === ARRAY) {
    const length = arrayLength(value, unknown);
    for (let index = 0; index < length; index++) {
      visitOneSide(visit, childPath(path, index), member(value, index), arrayMaskChild(sensitive, index), arrayMaskChild(unknown, index), isBefore);
    }
  } else if (kind === OBJECT) {
    const valueObject = asObject(value);
    const unknownObject = asObject(unknown);
    // For-in over plain JSON objects lists exactly their own keys.
    if (valueObject !== null) {
      for (const key in valueObject) visitOneSide(visit, childPath(path, key), valueObject[key], objectMaskChild(sensitive, key), objectMaskChild(unknown, key), isBefore);
    }
    if (unknownObject !== null) {
      for (const key in unknownObject) {
        if (valueObject !== null && Object.hasOwn(valueObject, key)) continue;
        visitOneSide(visit, childPath(path, key), undefined, objectMaskChild(sensitive, key), unknownObject[key], isBefore);
      }
    }
  } else if (kind !== PLAIN || !isEmptyValue(value)) {
    const leafKind = LEAF_KINDS[kind]!;
    if (isBefore) visit(path, leafKind, value, 'absent', undefined);
    else visit(path, 'absent', undefined, leafKind, value);
  }
}

/**
 * Compares what both sides hold at `parent`'s child `key` (null: at `parent` itself), reporting the
 * leaves that differ; the path is built only when needed (most children are unchanged scalars).
 */
function visitBothSides(
  visit: ChangedLeafVisitor,
  parent: string,
  key: string | number | null,
  before: unknown,
  beforeSensitive: unknown,
  beforeUnknown: unknown,
  after: unknown,
  afterSensitive: unknown,
  afterUnknown: unknown,
): void {
  const unmaskedScalar = typeof before !== 'object' && before !== undefined && beforeSensitive !== true && afterSensitive !== true && beforeUnknown !== true && afterUnknown !== true;
  if (unmaskedScalar && before === after) return;
  const path = key === null ? parent : childPath(parent, key);
  const beforeKind = kindOf(before, beforeSensitive, beforeUnknown);
  const afterKind = kindOf(after, afterSensitive, afterUnknown);
  if (beforeKind === ARRAY && afterKind === ARRAY) {
    const beforeLength = arrayLength(before, beforeUnknown);
    const afterLength = arrayLength(after, afterUnknown);
    const length = beforeLength > afterLength ? beforeLength : afterLength;
    for (let index = 0; index < length; index++) {
      const beforeChild = member(before, index);
      const beforeSensitiveChild = arrayMaskChild(beforeSensitive, index);
      const beforeUnknownChild = arrayMaskChild(beforeUnknown, index);
      const afterChild = member(after, index);
      const afterSensitiveChild = arrayMaskChild(afterSensitive, index);
      const afterUnknownChild = arrayMaskChild(afterUnknown, index);
      if (index >= afterLength) visitOneSide(visit, childPath(path, index), beforeChild, beforeSensitiveChild, beforeUnknownChild, true);
      else if (index >= beforeLength) visitOneSide(visit, childPath(path, index), afterChild, afterSensitiveChild, afterUnknownChild, false);
      else visitBothSides(visit, path, index, beforeChild, beforeSensitiveChild, beforeUnknownChild, afterChild, afterSensitiveChild, afterUnknownChild);
    }
    return;
  }
  if (beforeKind === OBJECT && afterKind === OBJECT) {
    const beforeObject = asObject(before);
    const beforeUnknownObject = asObject(beforeUnknown);
    const afterObject = asObject(after);
    const afterUnknownObject = asObject(afterUnknown);
    const afterSide = { value: after, sensitive: afterSensitive, unknown: afterUnknown, object: afterObject, unknownObject: afterUnknownObject };
    if (beforeObject !== null) {
      for (const key in beforeObject) visitBeforeKey(visit, path, key, before, beforeSensitive, beforeUnknown, afterSide);
    }
    if (beforeUnknownObject !== null) {
      for (const key in beforeUnknownObject) {
        if (beforeObject === null || !Object.hasOwn(beforeObject, key)) visitBeforeKey(visit, path, key, before, beforeSensitive, beforeUnknown, afterSide);
      }
    }
    if (afterObject !== null) {
      for (const key in afterObject) {
        if (!hasKey(beforeObject, beforeUnknownObject, key)) visitOneSide(visit, childPath(path, key), afterObject[key], objectMaskChild(afterSensitive, key), objectMaskChild(afterUnknown, key), false);
      }
    }
    if (afterUnknownObject !== null) {
      for (const key in afterUnknownObject) {
        if ((afterObject !== null && Object.hasOwn(afterObject, key)) || hasKey(beforeObject, beforeUnknownObject, key)) continue;
        visitOneSide(visit, childPath(path, key), undefined, objectMaskChild(afterSensitive, key), afterUnknownObject[key], false);
      }
    }
    return;
  }
  // Different shapes share no path below this one: each side's children are compared with nothing.
  if (beforeKind === ARRAY || beforeKind === OBJECT) visitOneSide(visit, path, before, beforeSensitive, beforeUnknown, true);
  if (afterKind === ARRAY || afterKind === OBJECT) visitOneSide(visit, path, after, afterSensitive, afterUnknown, false);
  const beforeLeaf = beforeKind === ARRAY || beforeKind === OBJECT ? ABSENT : beforeKind;
  const afterLeaf = afterKind === ARRAY || afterKind === OBJECT ? ABSENT : afterKind;
  if (!isSameLeaf(beforeLeaf, before, afterLeaf, after)) visit(path, LEAF_KINDS[beforeLeaf]!, before, LEAF_KINDS[afterLeaf]!, after);
}

/** The after side of an object both sides have, with its value and unknown mask as objects (or null). */
interface ObjectSide {
  value: unknown;
  sensitive: unknown;
  unknown: unknown;
  object: Record<string, unknown> | null;
  unknownObject: Record<string, unknown> | null;
}

/** A key of the before side's object, compared with whatever the after side has there. */
function visitBeforeKey(visit: ChangedLeafVisitor, path: string, key: string, before: unknown, beforeSensitive: unknown, beforeUnknown: unknown, after: ObjectSide): void {
  const beforeChild = member(before, key);
  const beforeSensitiveChild = objectMaskChild(beforeSensitive, key);
  const beforeUnknownChild = objectMaskChild(beforeUnknown, key);
  if (hasKey(after.object, after.unknownObject, key)) {
    visitBothSides(visit, path, key, beforeChild, beforeSensitiveChild, beforeUnknownChild, member(after.value, key), objectMaskChild(after.sensitive, key), objectMaskChild(after.unknown, key));
  } else {
    visitOneSide(visit, childPath(path, key), beforeChild, beforeSensitiveChild, beforeUnknownChild, true);
  }
}

/** Calls `visit` for each leaf that differs between the sides (null: that side does not exist), in no particular order. */
export function visitChangedLeaves(before: MaskedValue | null, after: MaskedValue | null, visit: ChangedLeafVisitor): void {
  if (before !== null && after !== null) visitBothSides(visit, '', null, before.value, before.sensitive, before.unknown, after.value, after.sensitive, after.unknown);
  else if (before !== null) visitOneSide(visit, '', before.value, before.sensitive, before.unknown, true);
  else if (after !== null) visitOneSide(visit, '', after.value, after.sensitive, after.unknown, false);
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

/** Equal leaves; absent, null, `{}` and `[]` all mean "nothing here" when comparing. */
function isSameLeaf(beforeKind: NodeKind, before: unknown, afterKind: NodeKind, after: unknown): boolean {
  const beforeEmpty = beforeKind === ABSENT || (beforeKind === PLAIN && isEmptyValue(before));
  const afterEmpty = afterKind === ABSENT || (afterKind === PLAIN && isEmptyValue(after));
  if (beforeEmpty || afterEmpty) return beforeEmpty && afterEmpty;
  if (beforeKind === UNKNOWN || beforeKind !== afterKind) return false;
  // Most leaves are scalars: compare them directly (canonicalJson treats undefined as null).
  if (isScalar(before) && isScalar(after)) return (before ?? null) === (after ?? null);
  return canonicalJson(before) === canonicalJson(after);
}

/** null, `{}` and `[]`: a plain leaf that holds nothing. */
function isEmptyValue(raw: unknown): boolean {
  return raw == null || (typeof raw === 'object' && (Array.isArray(raw) ? raw.length === 0 : !hasKeys(raw)));
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
