// Lines of a ```diff block for a string attribute that changed: the changed leaves of a JSON/YAML
// document, or the hunks of a line diff. Values are shortened only around what changed, and
// secret-looking keys (in documents and in `key = value` lines) never show their values.
import { maskSecretKeys, parseStringDocument, SECRET_KEY, type DocumentLeafChange, type LineDiff, type LineHunk, type StringDiff } from '../terraform/string-diff.js';
import type { Leaf } from '../terraform/values.js';

/** What a reader needs to link a changed leaf to the config line that explains it. */
export interface PlanLeaf {
  /** The last mapping key on the leaf's path (list indexes skipped), or null. */
  key: string | null;
  before: unknown;
  after: unknown;
}

/** The explanation appended to a changed leaf's line (e.g. "← `cpu_limit`, qhub-config.yaml:48"), or null. */
export type LeafExplainer = (leaf: PlanLeaf) => string | null;

export interface StringDiffDetail {
  /** Unchanged lines shown around each changed line (0 when the budget needs the room). */
  contextLines: number;
  /** Changed leaves or lines shown per attribute before "… N more". */
  maxChanges: number;
  /** Leaves shown per added or removed subtree before "… N more values under". */
  maxSubtreeLeaves: number;
  /** Characters a value is cut to: a one-sided value after them, a changed one around its difference. */
  maxValueChars: number;
  explain?: LeafExplainer;
}

/** Characters kept on each side of the differing part of a long string. */
const AROUND_CHARS = 40;
const INDENT = '    ';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

const SENSITIVE = '(sensitive)';

/** `password = "x"`, `client_secret: x`, `"apiToken": "x"`: the line up to the value, the value masked. */
const SECRET_ASSIGNMENT = new RegExp(`^([^=:]*?(?:${SECRET_KEY.source})[^=:]*?["']?\\s*[:=])(?!=)\\s*\\S.*$`, 'i');

function maskSecretLine(text: string): string {
  return text.replace(SECRET_ASSIGNMENT, `$1 ${SENSITIVE}`);
}

/**
 * A value as JSON, with what looks secret inside a string masked: values under secret-looking
 * keys of a document it holds, `key = value` lines of text it holds (engines do not always mark
 * such strings sensitive, e.g. a resource's previous output).
 */
function readable(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'string') {
    const document = parseStringDocument(value);
    // The document's data, as JSON: shorter than the text it came from, and secrets masked.
    if (document !== undefined) return JSON.stringify(maskSecretKeys(document.value, SENSITIVE));
    return JSON.stringify(value.split('\n').map(maskSecretLine).join('\n'));
  }
  return JSON.stringify(value ?? null);
}

/** A one-sided value, cut after `maxChars` (there is nothing to compare it with). */
export function shownValue(value: unknown, maxChars: number): string {
  const text = readable(value);
  return text.length <= maxChars ? text : `${text.slice(0, maxChars)}… (${text.length - maxChars} more characters)`;
}

/** A leaf with nothing to compare it with: masked ones say so, plain ones show their value with secrets masked. */
export function shownLeaf(leaf: Leaf, maxChars: number): string {
  if (leaf.mask === 'sensitive') return '(sensitive)';
  if (leaf.mask === 'unknown') return '(known after apply)';
  return shownValue(leaf.raw, maxChars);
}

/**
 * Both sides of a changed value, each shortened (when longer than `maxChars`) only outside the
 * part that differs: the common start and end are elided down to AROUND_CHARS, never the difference.
 */
export function shownPair(before: unknown, after: unknown, maxChars: number): [string, string] {
  const a = readable(before);
  const b = readable(after);
  if (a.length <= maxChars && b.length <= maxChars) return [a, b];
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const cut = (text: string) => {
    const start = Math.max(0, prefix - AROUND_CHARS);
    const end = Math.min(text.length, text.length - suffix + AROUND_CHARS);
    const head = start > 0 ? `(${start} characters)…` : '';
    const tail = end < text.length ? `…(${text.length - end} characters)` : '';
    return `${head}${text.slice(start, end)}${tail}`;
  };
  return [cut(a), cut(b)];
}

function explanation(detail: StringDiffDetail, leaf: PlanLeaf): string {
  const text = detail.explain?.(leaf) ?? null;
  return text === null ? '' : `   # ${text}`;
}

/** One line of a document's changes: a changed leaf, or the fold of a large added/removed subtree's rest. */
type DocumentLine = { leaf: DocumentLeafChange } | { fold: DocumentLeafChange; count: number };

function documentLine(change: DocumentLeafChange, detail: StringDiffDetail): string {
  if (change.sensitive) {
    const what = change.before === undefined ? 'added' : change.after === undefined ? 'removed' : 'changed';
    return `~ ${INDENT}${change.path}: (sensitive, ${what})`;
  }
  const note = explanation(detail, change);
  if (change.before === undefined) return `+ ${INDENT}${change.path}: ${shownValue(change.after, detail.maxValueChars)}${note}`;
  if (change.after === undefined) return `- ${INDENT}${change.path}: ${shownValue(change.before, detail.maxValueChars)}`;
  const [before, after] = shownPair(change.before, change.after, detail.maxValueChars);
  return `~ ${INDENT}${change.path}: ${before} → ${after}${note}`;
}

function documentLines(changes: readonly DocumentLeafChange[], detail: StringDiffDetail): string[] {
  const units: { line: DocumentLine; covers: number }[] = [];
  const perSubtree = new Map<string, number>();
  const subtreeSizes = new Map<string, number>();
  for (const change of changes) if (change.subtree !== null) subtreeSizes.set(change.subtree, (subtreeSizes.get(change.subtree) ?? 0) + 1);
  for (const change of changes) {
    if (change.subtree === null) {
      units.push({ line: { leaf: change }, covers: 1 });
      continue;
    }
    const seen = perSubtree.get(change.subtree) ?? 0;
    perSubtree.set(change.subtree, seen + 1);
    if (seen < detail.maxSubtreeLeaves) units.push({ line: { leaf: change }, covers: 1 });
    else if (seen === detail.maxSubtreeLeaves) {
      const rest = subtreeSizes.get(change.subtree)! - seen;
      units.push({ line: { fold: change, count: rest }, covers: rest });
    }
  }
  const lines = units.slice(0, detail.maxChanges).map(({ line }) =>
    'leaf' in line ? documentLine(line.leaf, detail) : `${line.fold.before === undefined ? '+' : '-'} ${INDENT}… ${plural(line.count, 'more value')} under ${line.fold.subtree}`,
  );
  const left = units.slice(detail.maxChanges).reduce((sum, unit) => sum + unit.covers, 0);
  if (left > 0) lines.push(`# ${INDENT}… ${plural(left, 'more changed value')} not shown here`);
  return lines;
}

/** `key = value` / `key: value` in a line of text: the key's last dotted part and the value unquoted. */
const ASSIGNMENT = /([A-Za-z_][\w.-]*)["']?\s*[:=]\s*["']?([^"'#]*?)["']?\s*,?$/;

/**
 * The `key = value` lines a hunk adds, by their index in the hunk, as leaves whose old value is
 * that of the same key on a line the hunk removes: what a config change may explain.
 */
export function assignedLeaves(hunk: LineHunk): Map<number, PlanLeaf> {
  const leaves = new Map<number, PlanLeaf>();
  const removed = new Map<string, string>();
  hunk.lines.forEach((line, index) => {
    const match = line.sign === ' ' ? null : ASSIGNMENT.exec(line.text);
    if (!match) return;
    const key = match[1]!.split('.').pop()!;
    if (line.sign === '-') removed.set(key, match[2]!);
    else leaves.set(index, { key, before: removed.get(key), after: match[2]! });
  });
  return leaves;
}

/** Which lines of a hunk lie within `context` lines of a changed one (two linear passes). */
function nearChanges(lines: LineHunk['lines'], context: number): boolean[] {
  const near = lines.map(() => false);
  let sinceChange = Infinity;
  for (let index = 0; index < lines.length; index++) {
    sinceChange = lines[index]!.sign === ' ' ? sinceChange + 1 : 0;
    near[index] = sinceChange <= context;
  }
  sinceChange = Infinity;
  for (let index = lines.length - 1; index >= 0; index--) {
    sinceChange = lines[index]!.sign === ' ' ? sinceChange + 1 : 0;
    near[index] ||= sinceChange <= context;
  }
  return near;
}

/** Runs of consecutive kept lines, as [start, end) indexes: each becomes a hunk of its own. */
function runsOf(kept: readonly boolean[]): [number, number][] {
  const runs: [number, number][] = [];
  kept.forEach((keep, index) => {
    if (!keep) return;
    const last = runs[runs.length - 1];
    if (last && last[1] === index) last[1] = index + 1;
    else runs.push([index, index + 1]);
  });
  return runs;
}

function lineDiffLines(diff: LineDiff, detail: StringDiffDetail): string[] {
  const lines: string[] = [];
  let shownChanges = 0;
  for (const hunk of diff.hunks) {
    // Context beyond what the detail allows is dropped; what remains keeps its true line numbers.
    const leaves = detail.explain ? assignedLeaves(hunk) : new Map<number, PlanLeaf>();
    let beforeLine = hunk.beforeStart;
    let afterLine = hunk.afterStart;
    let at = 0;
    for (const [start, end] of runsOf(nearChanges(hunk.lines, detail.contextLines))) {
      if (shownChanges >= detail.maxChanges) break;
      for (; at < start; at++) {
        if (hunk.lines[at]!.sign !== '+') beforeLine++;
        if (hunk.lines[at]!.sign !== '-') afterLine++;
      }
      const run = hunk.lines.slice(start, end);
      lines.push(`  ${INDENT}@@ -${beforeLine},${run.filter((line) => line.sign !== '+').length} +${afterLine},${run.filter((line) => line.sign !== '-').length} @@`);
      for (let index = start; index < end; index++) {
        const line = hunk.lines[index]!;
        if (line.sign !== ' ' && shownChanges >= detail.maxChanges) break;
        if (line.sign !== ' ') shownChanges++;
        const masked = maskSecretLine(line.text);
        // A masked line explains nothing: its value is not shown.
        const leaf = masked === line.text ? leaves.get(index) : undefined;
        lines.push(`${line.sign} ${INDENT}${masked}${leaf ? explanation(detail, leaf) : ''}`);
      }
    }
  }
  const left = diff.removed + diff.added - shownChanges;
  if (left > 0) lines.push(`# ${INDENT}… ${plural(left, 'more changed line')} not shown here`);
  return lines;
}

/** The heading line and the changes of a string attribute, as lines of a ```diff block. */
export function stringDiffBlock(path: string, diff: StringDiff, detail: StringDiffDetail, forces: string): string[] {
  if (diff.kind === 'structured') {
    const format = diff.format === 'json' ? 'JSON' : 'YAML';
    if (diff.changes.length === 0) return [`~ ${path}: ${format} document, same ${plural(diff.unchanged, 'value')}: only its text changed (layout, key order or comments)${forces}`];
    const head = `~ ${path}: ${format} document, ${plural(diff.changes.length, 'value')} changed, ${diff.unchanged} unchanged${forces}`;
    return [head, ...documentLines(diff.changes, detail)];
  }
  const counts = [diff.removed > 0 ? `${plural(diff.removed, 'line')} removed` : '', diff.added > 0 ? `${plural(diff.added, 'line')} added` : '', `${diff.unchanged} unchanged`].filter(Boolean);
  return [`~ ${path}: text, ${counts.join(', ')}${forces}`, ...lineDiffLines(diff, detail)];
}
