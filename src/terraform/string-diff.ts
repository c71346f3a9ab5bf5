// What changed inside a string attribute: QHub puts whole documents in strings (helm `values`
// as YAML, manifests as JSON, config files in config maps), so a changed string is compared as
// a document when both sides parse as one, else line by line. Pure: strings in, changes out.
import { parseAllDocuments } from 'yaml';
import type { AttributeChange } from './values.js';

/** A leaf of a parsed document: a scalar, an empty container, or a masked secret subtree. */
export interface DocumentLeafChange {
  /** Dotted/indexed path inside the document, e.g. `singleuser.profileList[1].cpu_limit`. */
  path: string;
  /** The same path as keys and indexes. */
  segments: readonly (string | number)[];
  /** The last mapping key on the path (list indexes skipped), for matching config keys. */
  key: string | null;
  /** `undefined`: that side has nothing at this path. */
  before: unknown;
  after: unknown;
  /** Under a secret-looking key: its values are never shown. */
  sensitive: boolean;
  /** The path of the added or removed subtree this leaf belongs to, or null. */
  subtree: string | null;
}

export interface StructuredDiff {
  kind: 'structured';
  format: 'json' | 'yaml';
  changes: DocumentLeafChange[];
  /** Leaves that both sides have and that are equal. */
  unchanged: number;
}

export interface LineHunk {
  /** 1-based first line of the hunk on each side (Terraform and `diff -u` count the same way). */
  beforeStart: number;
  afterStart: number;
  lines: { sign: ' ' | '-' | '+'; text: string }[];
}

export interface LineDiff {
  kind: 'lines';
  hunks: LineHunk[];
  removed: number;
  added: number;
  unchanged: number;
}

export type StringDiff = StructuredDiff | LineDiff;

/** Lines of unchanged context around each change, like `diff -u -U2`. */
export const CONTEXT_LINES = 2;

/** Larger strings are not parsed (a QHub values document is a few kilobytes). */
const MAX_PARSED_CHARS = 2 * 1024 * 1024;
/** Far above what a real document uses, far below what an alias bomb needs. */
const MAX_ALIAS_COUNT = 1000;
/** Beyond this many differing lines the edit script is not searched: the middle is one change. */
const MAX_EDIT_DISTANCE = 2000;

/**
 * Keys whose values are credentials: `password`, `secret`, `token`, `client_secret`, `apiToken`,
 * `api_key`, `private_key`, … in any case or separator style. Over-masking is harmless here.
 */
export const SECRET_KEY = /pass(?:word|wd)|secret|token|api[-_]?key|(?:private|access|crypto|signing|encryption)[-_]?key|credential/i;

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (IDENTIFIER.test(key)) return parent === '' ? key : `${parent}.${key}`;
  return `${parent}[${JSON.stringify(key)}]`;
}

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

function isEmptyContainer(value: Record<string, unknown> | unknown[]): boolean {
  return Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0;
}

/** Equal values (documents are trees: no cycles once aliases are expanded). */
function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (!isContainer(a) || !isContainer(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every((key) => Object.hasOwn(b, key) && deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function entries(value: Record<string, unknown> | unknown[]): [string | number, unknown][] {
  return Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
}

type Segments = readonly (string | number)[];

/** A path of keys and indexes as the diff names it: `a.b[0]["c.d"]`. */
export const pathOf = (segments: Segments): string => segments.reduce<string>(childPath, '');

/** The last mapping key of a path, list indexes skipped. */
function lastKeyOf(segments: Segments): string | null {
  for (let index = segments.length - 1; index >= 0; index--) if (typeof segments[index] === 'string') return segments[index] as string;
  return null;
}

class DocumentDiffer {
  readonly changes: DocumentLeafChange[] = [];
  unchanged = 0;

  private push(segments: Segments, before: unknown, after: unknown, sensitive: boolean, subtree: string | null): void {
    this.changes.push({ path: pathOf(segments), segments, key: lastKeyOf(segments), before, after, sensitive, subtree });
  }

  /** Both sides have the path: compare them, descending where both are non-empty containers of one kind. */
  compare(segments: Segments, before: unknown, after: unknown, sensitive: boolean): void {
    if (sensitive) {
      if (deepEqual(before, after)) this.unchanged += 1;
      else this.push(segments, before, after, sensitive, null);
      return;
    }
    const beforeTree = isContainer(before) && !isEmptyContainer(before);
    const afterTree = isContainer(after) && !isEmptyContainer(after);
    if (!beforeTree || !afterTree || Array.isArray(before) !== Array.isArray(after)) {
      if (!beforeTree && !afterTree) {
        if (deepEqual(before, after)) this.unchanged += 1;
        else this.push(segments, before, after, false, null);
        return;
      }
      // A subtree against something else: its leaves come or go; an empty container is nothing.
      if (beforeTree) this.oneSide(segments, before, 'before', pathOf(segments), false);
      else if (!isContainer(before)) this.push(segments, before, undefined, false, null);
      if (afterTree) this.oneSide(segments, after, 'after', pathOf(segments), false);
      else if (!isContainer(after)) this.push(segments, undefined, after, false, null);
      return;
    }
    const beforeEntries = new Map(entries(before));
    const afterEntries = new Map(entries(after));
    for (const [childKey, beforeChild] of beforeEntries) {
      const secret = typeof childKey === 'string' && isSecretKey(childKey);
      const child = [...segments, childKey];
      if (afterEntries.has(childKey)) this.compare(child, beforeChild, afterEntries.get(childKey), secret);
      else this.oneSide(child, beforeChild, 'before', pathOf(child), secret);
    }
    for (const [childKey, afterChild] of afterEntries) {
      if (beforeEntries.has(childKey)) continue;
      const child = [...segments, childKey];
      this.oneSide(child, afterChild, 'after', pathOf(child), typeof childKey === 'string' && isSecretKey(childKey));
    }
  }

  /** Every leaf of a subtree only one side has. */
  oneSide(segments: Segments, value: unknown, side: 'before' | 'after', subtree: string, sensitive: boolean): void {
    if (!sensitive && isContainer(value) && !isEmptyContainer(value)) {
      for (const [childKey, child] of entries(value)) {
        this.oneSide([...segments, childKey], child, side, subtree, typeof childKey === 'string' && isSecretKey(childKey));
      }
      return;
    }
    if (side === 'before') this.push(segments, value, undefined, sensitive, subtree);
    else this.push(segments, undefined, value, sensitive, subtree);
  }
}

/** The changed leaves between two parsed documents, in document order (before's keys first). */
export function diffDocuments(before: unknown, after: unknown): { changes: DocumentLeafChange[]; unchanged: number } {
  const differ = new DocumentDiffer();
  differ.compare([], before, after, false);
  return { changes: differ.changes, unchanged: differ.unchanged };
}

/** A JSON document that is an object or array, or undefined. */
function parseJsonDocument(text: string): object | undefined {
  const start = text.trimStart()[0];
  if (start !== '{' && start !== '[') return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return isContainer(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** A multi-line YAML document (or stream, as a list of documents) that is a mapping or sequence, or undefined. */
function parseYamlDocument(text: string): object | undefined {
  if (!text.includes('\n')) return undefined;
  try {
    const documents = parseAllDocuments(text, { uniqueKeys: false, strict: false, logLevel: 'silent', merge: true });
    if (!Array.isArray(documents) || documents.length === 0 || documents.some((document) => document.errors.length > 0)) return undefined;
    const values = documents.map((document) => document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown);
    // A stream's empty trailing document (a final `---`) is not an item.
    const items = values.length > 1 ? values.filter((value, index) => !(value === null && index === values.length - 1)) : values;
    if (items.length > 1) return items as object;
    return isContainer(items[0]) ? items[0] : undefined;
  } catch {
    return undefined;
  }
}

/** A string that holds a JSON document (tried first) or a multi-line YAML mapping/sequence/stream, parsed; else undefined. */
export function parseStringDocument(text: string): { format: 'json' | 'yaml'; value: object } | undefined {
  if (text.length > MAX_PARSED_CHARS) return undefined;
  const json = parseJsonDocument(text);
  if (json !== undefined) return { format: 'json', value: json };
  const yaml = parseYamlDocument(text);
  return yaml === undefined ? undefined : { format: 'yaml', value: yaml };
}

/** A copy of a document whose values under secret-looking keys are replaced by `masked`. */
export function maskSecretKeys(value: unknown, masked: string): unknown {
  if (!isContainer(value)) return value;
  if (Array.isArray(value)) return value.map((item) => maskSecretKeys(item, masked));
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, isSecretKey(key) ? masked : maskSecretKeys(child, masked)]));
}

/**
 * How two strings differ: structurally when both parse as the same kind of document (see
 * parseStringDocument), line by line when either has several lines, else null (a short scalar
 * string is shown whole). Callers pass only unmasked values: sensitive ones are never parsed.
 */
export function diffStrings(before: string, after: string): StringDiff | null {
  if (before === after) return null;
  const beforeDocument = parseStringDocument(before);
  const afterDocument = beforeDocument === undefined ? undefined : parseStringDocument(after);
  if (beforeDocument !== undefined && afterDocument?.format === beforeDocument.format) {
    return { kind: 'structured', format: beforeDocument.format, ...diffDocuments(beforeDocument.value, afterDocument.value) };
  }
  return before.includes('\n') || after.includes('\n') ? diffLines(before, after) : null;
}

function splitLines(text: string): string[] {
  const lines = text.split('\n');
  // A final newline ends the last line; it does not start an empty one.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

type Edit = { sign: ' ' | '-' | '+'; text: string };

/**
 * The shortest edit script between two line lists (Myers' O(ND) algorithm), or null when
 * more than `maxDistance` lines differ.
 */
function shortestEdit(a: readonly string[], b: readonly string[], maxDistance: number): Edit[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxDistance);
  const offset = max + 1;
  const frontier = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let distance = 0; distance <= max; distance++) {
    trace.push(frontier.slice());
    for (let k = -distance; k <= distance; k += 2) {
      let x = k === -distance || (k !== distance && frontier[offset + k - 1]! < frontier[offset + k + 1]!) ? frontier[offset + k + 1]! : frontier[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      frontier[offset + k] = x;
      if (x >= n && y >= m) return backtrack(a, b, trace, distance, k, offset);
    }
  }
  return null;
}

function backtrack(a: readonly string[], b: readonly string[], trace: Int32Array[], distance: number, endK: number, offset: number): Edit[] {
  const edits: Edit[] = [];
  let x = a.length;
  let y = b.length;
  let k = endK;
  for (let d = distance; d >= 0; d--) {
    // trace[d] is the frontier before step d: where the path to (x, y) came from.
    const frontier = trace[d]!;
    const previousK = k === -d || (k !== d && frontier[offset + k - 1]! < frontier[offset + k + 1]!) ? k + 1 : k - 1;
    const previousX = d === 0 ? 0 : frontier[offset + previousK]!;
    const previousY = d === 0 ? 0 : previousX - previousK;
    while (x > previousX && y > previousY) {
      x--;
      y--;
      edits.push({ sign: ' ', text: a[x]! });
    }
    if (d === 0) break;
    if (x === previousX) edits.push({ sign: '+', text: b[--y]! });
    else edits.push({ sign: '-', text: a[--x]! });
    k = previousK;
  }
  return edits.reverse();
}

/** Edits for the middle part when it differs too much to search: all of it goes, all of it comes. */
function wholesale(a: readonly string[], b: readonly string[]): Edit[] {
  return [...a.map((text) => ({ sign: '-' as const, text })), ...b.map((text) => ({ sign: '+' as const, text }))];
}

/** A unified line diff with CONTEXT_LINES of context (the common start and end are matched first). */
export function diffLines(before: string, after: string, context = CONTEXT_LINES): LineDiff {
  const a = splitLines(before);
  const b = splitLines(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const middleA = a.slice(start, a.length - end);
  const middleB = b.slice(start, b.length - end);
  const middle = shortestEdit(middleA, middleB, MAX_EDIT_DISTANCE) ?? wholesale(middleA, middleB);
  const edits: Edit[] = [
    ...a.slice(0, start).map((text) => ({ sign: ' ' as const, text })),
    ...middle,
    ...a.slice(a.length - end).map((text) => ({ sign: ' ' as const, text })),
  ];
  return { kind: 'lines', ...hunksOf(edits, context) };
}

function hunksOf(edits: readonly Edit[], context: number): Omit<LineDiff, 'kind'> {
  const hunks: LineHunk[] = [];
  let removed = 0;
  let added = 0;
  let unchanged = 0;
  // Line numbers before each edit, and the edits kept: within `context` of a change.
  const keep = new Uint8Array(edits.length);
  edits.forEach((edit, index) => {
    if (edit.sign === ' ') return;
    for (let near = Math.max(0, index - context); near <= Math.min(edits.length - 1, index + context); near++) keep[near] = 1;
  });
  let beforeLine = 1;
  let afterLine = 1;
  let current: LineHunk | null = null;
  edits.forEach((edit, index) => {
    if (keep[index]) {
      if (current === null) {
        current = { beforeStart: beforeLine, afterStart: afterLine, lines: [] };
        hunks.push(current);
      }
      current.lines.push(edit);
    } else {
      current = null;
    }
    if (edit.sign === '-') removed++;
    else if (edit.sign === '+') added++;
    else unchanged++;
    if (edit.sign !== '+') beforeLine++;
    if (edit.sign !== '-') afterLine++;
  });
  return { hunks, removed, added, unchanged };
}

const attributeDiffs = new WeakMap<AttributeChange, StringDiff | null>();

/**
 * The string diff of a changed attribute whose sides are both plain strings, or null. Masked
 * (sensitive or unknown) sides are never parsed. Computed once per attribute: the linker and
 * the renderers both ask.
 */
export function attributeStringDiff(attribute: AttributeChange): StringDiff | null {
  const cached = attributeDiffs.get(attribute);
  if (cached !== undefined) return cached;
  const { before, after } = attribute;
  const diff =
    before !== null && after !== null && before.mask === null && after.mask === null && typeof before.raw === 'string' && typeof after.raw === 'string'
      ? diffStrings(before.raw, after.raw)
      : null;
  attributeDiffs.set(attribute, diff);
  return diff;
}
