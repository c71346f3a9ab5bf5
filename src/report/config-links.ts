// From config line to cluster change: a planned leaf is explained by a config change when it
// carries that change's new value (and its old one, when both had one) under a related key name,
// or as a part of it (an image reference's tag). Pure: config changes and plan reports in, links out.
import type { ConfigChange } from '../config/changes.js';
import type { RootOutcome } from '../terraform/outcome.js';
import { attributeStringDiff, type StringDiff } from '../terraform/string-diff.js';
import type { AttributeChange } from '../terraform/values.js';
import { inlineCode } from './markdown.js';
import { assignedLeaves, shownPair, type LeafExplainer, type PlanLeaf } from './string-diff.js';

/** A value long and particular enough that carrying it is evidence on its own (`2023.1.1`, not `4` or `true`). */
const DISTINCTIVE = /^(?=.*[^\d])[^\s]{6,}$|^[^\s]{10,}$/;

function scalarText(value: unknown): string | null {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : null;
}

/** The parts of an image reference or similar compound value: `quay.io/a/b:2023.1.1` → its name and tag. */
function parts(text: string): string[] {
  const at = text.lastIndexOf(':');
  return at > 0 && !text.slice(at).includes('/') ? [text, text.slice(0, at), text.slice(at + 1)] : [text];
}

/** `c.Spawner.cpu_limit`, `cpuLimit`, `cpu-limit` → `cpu`, `limit`. */
function tokens(key: string): string[] {
  return key
    .split('.')
    .pop()!
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** One key's words all appear in the other's (`cpu_limit` and `cpu_limit`, `cpu` and `cpuLimit`; not `mem_limit`). */
function relatedKeys(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const [short, long] = [tokens(a), tokens(b)].sort((x, y) => x.length - y.length);
  return short!.length > 0 && short!.every((token) => long!.includes(token));
}

/** Which part of the config value the plan value is (0: the whole), or -1. */
function partIndex(configValue: unknown, planValue: unknown): number {
  const config = scalarText(configValue);
  const plan = scalarText(planValue);
  return config === null || plan === null ? -1 : parts(config).indexOf(plan);
}

export function explains(change: ConfigChange, leaf: PlanLeaf): boolean {
  if (change.secret || change.after === undefined || leaf.after === undefined) return false;
  const index = partIndex(change.after, leaf.after);
  if (index < 0) return false;
  // When both sides had an old value, the plan's must be the same part of the config's.
  if (change.before !== undefined && leaf.before !== undefined && leaf.before !== null && partIndex(change.before, leaf.before) !== index) return false;
  return relatedKeys(change.key, leaf.key) || DISTINCTIVE.test(scalarText(leaf.after)!);
}

/** The changed leaves of a string diff: document leaves, or the key/value of changed `key = value` lines. */
function stringLeaves(diff: StringDiff): PlanLeaf[] {
  if (diff.kind === 'structured') return diff.changes.filter((change) => !change.sensitive);
  return diff.hunks.flatMap((hunk) => [...assignedLeaves(hunk).values()]);
}

/** The last key of an attribute path (`data["a.py"]` → `a.py`, `values[0]` → `values`). */
export function attributeKey(path: string): string | null {
  const match = /(?:^|\.)([A-Za-z_][A-Za-z0-9_-]*)(?:\[\d+\])*$|\["((?:[^"\\]|\\.)*)"\](?:\[\d+\])*$/.exec(path);
  return match ? (match[1] ?? (JSON.parse(`"${match[2]!}"`) as string)) : null;
}

/** The leaves of a changed attribute that a config change may explain (masked ones never). */
export function attributeLeaves(attribute: AttributeChange): PlanLeaf[] {
  const inside = attributeStringDiff(attribute);
  if (inside !== null) return stringLeaves(inside);
  if (attribute.after === null || attribute.after.mask !== null || (attribute.before !== null && attribute.before.mask !== null)) return [];
  return [{ key: attributeKey(attribute.path), before: attribute.before?.raw, after: attribute.after.raw }];
}

/** Where a config change shows in the plan: a resource of a root. */
export interface LinkedResource {
  root: string;
  address: string;
}

export interface ConfigLinks {
  changes: readonly ConfigChange[];
  /** For each change (same order), the resources whose planned changes carry it. */
  resources: LinkedResource[][];
  /** The note a changed leaf gets: the config lines that explain it. */
  explain: LeafExplainer;
}

export function configLocation(change: ConfigChange): string {
  return change.line === null ? change.file : `${change.file}:${change.line}`;
}

/** Links every config change to the planned resources that carry it. */
export function linkConfigChanges(changes: readonly ConfigChange[], roots: readonly RootOutcome[]): ConfigLinks {
  const resources: LinkedResource[][] = changes.map(() => []);
  const candidates = changes.filter((change) => !change.secret && change.after !== undefined);
  if (candidates.length > 0) {
    for (const outcome of roots) {
      if (outcome.status !== 'planned') continue;
      for (const entry of outcome.report.resources) {
        const leaves = entry.attributes.flatMap(attributeLeaves);
        changes.forEach((change, index) => {
          if (leaves.some((leaf) => explains(change, leaf))) resources[index]!.push({ root: outcome.root, address: entry.address });
        });
      }
    }
  }
  const explain: LeafExplainer = (leaf) => {
    const explaining = candidates.filter((change) => explains(change, leaf));
    return explaining.length === 0 ? null : `← ${explaining.map((change) => `${change.path}, ${configLocation(change)}`).join('; ')}`;
  };
  return { changes, resources, explain };
}


/** Config values are short; a long one (a script, a certificate) is cut around its difference. */
const MAX_CONFIG_VALUE_CHARS = 200;

/** What a config change does to the plan, in words: the resources that carry it, or none. */
export function configChangeNote(linked: readonly LinkedResource[]): string {
  if (linked.length === 0) return 'no planned change carries this value (does the deployment use this field?)';
  const names = linked.slice(0, 5).map((resource) => `${inlineCode(resource.address)} (${inlineCode(resource.root)})`);
  return `changes ${names.join(', ')}${linked.length > 5 ? ` and ${linked.length - 5} more` : ''}`;
}

/** Leaves listed per added or removed subtree (a new environment file) before "… N more". */
const MAX_SUBTREE_CHANGES = 8;

/** The Markdown list of config changes, each with where it shows in the plan (or that it shows nowhere). */
export function configChangeLines(links: ConfigLinks, planned: boolean): string[] {
  const lines: string[] = [];
  const perSubtree = new Map<string, number>();
  links.changes.forEach((change, index) => {
    if (change.subtree !== null) {
      const seen = perSubtree.get(change.subtree) ?? 0;
      perSubtree.set(change.subtree, seen + 1);
      if (seen === MAX_SUBTREE_CHANGES) {
        const rest = links.changes.filter((other) => other.subtree === change.subtree).length - seen;
        lines.push(`- … ${rest} more ${rest === 1 ? 'value' : 'values'} ${change.after === undefined ? 'removed' : 'added'} under ${inlineCode(change.subtree)}`);
      }
      if (seen >= MAX_SUBTREE_CHANGES) return;
    }
    const [before, after] = shownPair(change.before, change.after, MAX_CONFIG_VALUE_CHARS);
    const shown = (value: unknown, text: string) => (value === undefined ? '(none)' : inlineCode(text));
    const values = change.secret ? '(sensitive, changed)' : `${shown(change.before, before)} → ${shown(change.after, after)}`;
    const head = `- ${inlineCode(change.path)} (${inlineCode(configLocation(change))}): ${values}`;
    lines.push(!planned || change.secret ? head : `${head} — ${configChangeNote(links.resources[index]!)}`);
  });
  return lines;
}
