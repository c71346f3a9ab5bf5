// From a parsed plan to (a) the `summarize --format json` contract (docs/architecture.md) and
// (b) the richer per-resource view the Markdown renderers need.
import type { Change, ChangeAction, PlanJson, ResourceChange } from './plan-json.js';
import { riskOfRemoving, type RiskRule, RISK_RULES } from './risk.js';
import { findRunnerLocal, type RunnerLocalResource, RUNNER_LOCAL_RESOURCES } from './runner-local.js';
import { diffAttributes, type AttributeChange, type MaskedValue } from './values.js';
import { planHash, type HashedResource } from './hash.js';
import type { ActionBucket, CountKey, OutputEntry, ResourceEntry } from './types.js';

export type Tool = 'terraform' | 'opentofu';

/** Exactly the JSON of `qhub-gitops summarize --format json` (docs/architecture.md). */
export interface PlanSummary {
  tool: Tool | null;
  format_version: string;
  counts: Record<CountKey, number>;
  to_add: number;
  to_change: number;
  to_destroy: number;
  destructive: string[];
  output_changes: number;
  errored: boolean;
  hash: string;
}

export interface PlanReport {
  summary: PlanSummary;
  /** Something other than runner-local noise would change. */
  hasChanges: boolean;
  /** Changes that matter, destructive first; no-ops only when moved or imported. */
  resources: ResourceEntry[];
  /** Runner-local resources (shown apart, not in hasChanges or the hash). */
  runnerLocal: ResourceEntry[];
  outputs: OutputEntry[];
  /** Changes made outside Terraform since the last apply (informational). */
  drift: ResourceEntry[];
}

export interface SummarizeOptions {
  /** The engine that produced the plan, when the caller knows it (overrides detection). */
  tool?: Tool | null;
  runnerLocal?: readonly RunnerLocalResource[];
  riskRules?: readonly RiskRule[];
}

export function actionBucket(actions: readonly ChangeAction[]): ActionBucket {
  const key = actions.join(',');
  switch (key) {
    case 'delete,create':
    case 'create,delete':
      return 'replace';
    case 'create':
    case 'update':
    case 'delete':
    case 'read':
    case 'forget':
      return key;
    case 'no-op':
    case '':
      return 'no-op';
    default:
      // A future combination (e.g. forget+create): count it by its most disruptive part.
      if (actions.includes('delete')) return 'delete';
      if (actions.includes('create')) return 'create';
      return actions.includes('update') ? 'update' : 'no-op';
  }
}

const OPENTOFU_REGISTRY = 'registry.opentofu.org/';

/** "opentofu" when a provider address says so, "terraform" when terraform_version is present. */
export function detectTool(plan: PlanJson): Tool | null {
  const isOpenTofu = (name: unknown) => typeof name === 'string' && name.startsWith(OPENTOFU_REGISTRY);
  if (
    (plan.resource_changes ?? []).some((change) => isOpenTofu(change.provider_name)) ||
    (plan.resource_drift ?? []).some((change) => isOpenTofu(change.provider_name)) ||
    Object.values(plan.configuration?.provider_config ?? {}).some((config) => isOpenTofu(config.full_name))
  ) {
    return 'opentofu';
  }
  return typeof plan.terraform_version === 'string' ? 'terraform' : null;
}

/** The two sides whose differing leaves are a change's attributes (null: that side does not exist). */
function sidesOf(change: Change): { before: MaskedValue | null; after: MaskedValue | null } {
  const before = change.before == null ? null : { value: change.before, sensitive: change.before_sensitive, unknown: undefined };
  const after =
    change.after == null && change.after_unknown !== true && typeof change.after_unknown !== 'object'
      ? null
      : { value: change.after, sensitive: change.after_sensitive, unknown: change.after_unknown };
  return { before, after };
}

function attributeChanges(change: Change): AttributeChange[] {
  const { before, after } = sidesOf(change);
  return diffAttributes(before, after, change.replace_paths);
}

type ResolvedOptions = Required<Omit<SummarizeOptions, 'tool'>>;

/** A resource change with everything but its attribute diff, the one costly part. */
interface ClassifiedChange extends HashedResource {
  header: Omit<ResourceEntry, 'attributes'>;
  replacePaths: unknown[][] | undefined;
}

function classify(change: ResourceChange, options: ResolvedOptions): ClassifiedChange {
  const action = actionBucket(change.change.actions);
  const removes = action === 'delete' || action === 'replace';
  const header = {
    address: change.address,
    previousAddress: change.previous_address ?? null,
    type: change.type,
    mode: change.mode ?? 'managed',
    action,
    replaceOrder: action === 'replace' ? (change.change.actions[0] === 'create' ? 'create-first' : 'delete-first') : null,
    importing: change.change.importing !== undefined && change.change.importing !== null,
    deposed: change.deposed ?? null,
    reason: change.action_reason ?? null,
    risk: removes && (change.mode ?? 'managed') === 'managed' ? riskOfRemoving(change.type, options.riskRules) : null,
    runnerLocal: findRunnerLocal(change.address, options.runnerLocal),
  } satisfies ClassifiedChange['header'];
  // A delete's "after" is null: listing every old attribute as removed is noise.
  const { before, after } = action === 'delete' ? { before: null, after: null } : sidesOf(change.change);
  return { header, before, after, replacePaths: change.change.replace_paths };
}

/**
 * A resource entry whose attribute diff is computed on first read: a comment renders only the
 * entries that fit its limit, a few hundred of a 20,000-resource plan. A class, so that 20,000 of
 * them stay small (an object literal with a getter is a dictionary of several hundred bytes).
 */
class LazyResourceEntry {
  readonly #change: ClassifiedChange;
  #attributes: AttributeChange[] | undefined;

  constructor(change: ClassifiedChange) {
    Object.assign(this, change.header);
    this.#change = change;
  }

  get attributes(): AttributeChange[] {
    const { before, after, replacePaths } = this.#change;
    this.#attributes ??= diffAttributes(before, after, replacePaths);
    return this.#attributes;
  }
}
// The header's fields, copied in by the constructor.
interface LazyResourceEntry extends Omit<ResourceEntry, 'attributes'> {}

function resourceEntry(change: ClassifiedChange): ResourceEntry {
  return new LazyResourceEntry(change);
}

const DISPLAY_ORDER: Record<ActionBucket, number> = {
  delete: 0,
  replace: 1,
  forget: 2,
  update: 3,
  create: 4,
  read: 5,
  'no-op': 6,
};

/** Destructive first (risky ones at the very top), then by action, then by address. */
function byDisplayOrder({ header: a }: ClassifiedChange, { header: b }: ClassifiedChange): number {
  const riskA = a.risk ? 0 : 1;
  const riskB = b.risk ? 0 : 1;
  if (riskA !== riskB) return riskA - riskB;
  return DISPLAY_ORDER[a.action] - DISPLAY_ORDER[b.action] || (a.address < b.address ? -1 : a.address > b.address ? 1 : 0);
}

function isVisibleChange({ header }: ClassifiedChange): boolean {
  return header.action !== 'no-op' || header.importing || header.previousAddress !== null;
}

/** Older formats carry no sensitivity masks on output changes; the declaration still says so. */
function isSensitiveOutput(plan: PlanJson, name: string): boolean {
  return (
    plan.planned_values?.outputs?.[name]?.sensitive === true ||
    plan.configuration?.root_module?.outputs?.[name]?.sensitive === true
  );
}

interface ClassifiedPlan {
  counts: Record<CountKey, number>;
  /** Visible changes in plan order, without runner-local ones. */
  resources: ClassifiedChange[];
  runnerLocal: ClassifiedChange[];
  outputs: OutputEntry[];
}

function resolveOptions(options: SummarizeOptions): ResolvedOptions {
  return { runnerLocal: options.runnerLocal ?? RUNNER_LOCAL_RESOURCES, riskRules: options.riskRules ?? RISK_RULES };
}

function classifyPlan(plan: PlanJson, resolved: ResolvedOptions): ClassifiedPlan {
  const counts: Record<CountKey, number> = {
    create: 0,
    update: 0,
    delete: 0,
    replace: 0,
    read: 0,
    'no-op': 0,
    forget: 0,
    import: 0,
    move: 0,
  };
  const visible: ClassifiedChange[] = [];
  for (const change of plan.resource_changes ?? []) {
    const classified = classify(change, resolved);
    counts[classified.header.action] += 1;
    if (classified.header.importing) counts.import += 1;
    if (classified.header.previousAddress !== null) counts.move += 1;
    if (isVisibleChange(classified)) visible.push(classified);
  }
  const outputs: OutputEntry[] = Object.entries(plan.output_changes ?? {})
    .map(([name, change]) => ({
      name,
      action: actionBucket(change.actions),
      attributes: attributeChanges(isSensitiveOutput(plan, name) ? { ...change, before_sensitive: true, after_sensitive: true } : change),
    }))
    .filter((output) => output.action !== 'no-op')
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    counts,
    resources: visible.filter(({ header }) => header.runnerLocal === null),
    runnerLocal: visible.filter(({ header }) => header.runnerLocal !== null),
    outputs,
  };
}

function summaryOf(plan: PlanJson, options: SummarizeOptions, classified: ClassifiedPlan): PlanSummary {
  const { counts } = classified;
  return {
    tool: options.tool !== undefined ? options.tool : detectTool(plan),
    format_version: plan.format_version,
    counts,
    to_add: counts.create + counts.replace,
    to_change: counts.update,
    to_destroy: counts.delete + counts.replace,
    destructive: classified.resources
      .filter(({ header }) => header.action === 'delete' || header.action === 'replace')
      .sort(byDisplayOrder)
      .map(({ header }) => header.address),
    output_changes: classified.outputs.length,
    errored: plan.errored === true,
    // Diffed again from the raw values, one resource at a time, so the hash never needs entries.
    hash: planHash(classified.resources, classified.outputs),
  };
}

/** Only what `summarize --format json` prints: no attribute lists kept, no drift (shown, never hashed). */
export function planSummary(plan: PlanJson, options: SummarizeOptions = {}): PlanSummary {
  return summaryOf(plan, options, classifyPlan(plan, resolveOptions(options)));
}

/** The summary with every entry the Markdown renderers need. */
export function summarizePlan(plan: PlanJson, options: SummarizeOptions = {}): PlanReport {
  const resolved = resolveOptions(options);
  const classified = classifyPlan(plan, resolved);
  const resources = [...classified.resources].sort(byDisplayOrder).map(resourceEntry);
  const drift = (plan.resource_drift ?? [])
    .map((change) => resourceEntry(classify(change, resolved)))
    .sort((a, b) => (a.address < b.address ? -1 : 1));
  return {
    summary: summaryOf(plan, options, classified),
    hasChanges: resources.length > 0 || classified.outputs.length > 0,
    resources,
    runnerLocal: [...classified.runnerLocal].sort(byDisplayOrder).map(resourceEntry),
    outputs: classified.outputs,
    drift,
  };
}
