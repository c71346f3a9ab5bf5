// Markdown for planned roots: one collapsible section per root (destructive changes first, only
// the attributes that change, sensitive values masked), one line for "no changes" and "pending".
import type { Diagnostic, StateLock } from '../terraform/diagnostics.js';
import type { RootEngine, RootOutcome } from '../terraform/outcome.js';
import { describeEngine } from '../terraform/provision.js';
import type { PlanReport } from '../terraform/summary.js';
import type { OutputEntry, ResourceEntry } from '../terraform/types.js';
import { attributeStringDiff, CONTEXT_LINES } from '../terraform/string-diff.js';
import type { AttributeChange } from '../terraform/values.js';
import { attributeKey } from './config-links.js';
import { codeBlock, DETAILS_CLOSE, detailsOpen, escapeHtml, escapeText, inlineCode, type Section, type SectionItem } from './markdown.js';
import { shownLeaf, shownPair, stringDiffBlock, type StringDiffDetail } from './string-diff.js';

export interface PlanRenderOptions extends StringDiffDetail {
  /** Attribute lines shown per resource before "… N more". */
  maxAttributesPerResource: number;
  /** Entries in the DATA LOSS / OUTAGE callout before "… N more". */
  maxRiskLines: number;
}

export const COMMENT_DETAIL: PlanRenderOptions = { maxAttributesPerResource: 30, maxRiskLines: 20, contextLines: CONTEXT_LINES, maxChanges: 40, maxSubtreeLeaves: 8, maxValueChars: 300 };
export const FULL_DETAIL: PlanRenderOptions = { maxAttributesPerResource: 1000, maxRiskLines: 1000, contextLines: CONTEXT_LINES, maxChanges: 10_000, maxSubtreeLeaves: 1000, maxValueChars: 100_000 };

const ACTION_WORDS: Record<ResourceEntry['action'], { symbol: string; verb: string }> = {
  create: { symbol: '+', verb: 'create' },
  update: { symbol: '~', verb: 'update in place' },
  delete: { symbol: '-', verb: 'destroy' },
  replace: { symbol: '-/+', verb: 'replace' },
  read: { symbol: '<=', verb: 'read' },
  forget: { symbol: '.', verb: 'forget (stays in the cloud, removed from state)' },
  'no-op': { symbol: ' ', verb: 'no change' },
};

const REASONS: Record<string, string> = {
  replace_because_cannot_update: 'an argument cannot be updated in place',
  replace_because_tainted: 'it is tainted',
  replace_by_request: '-replace was requested',
  replace_by_triggers: 'replace_triggered_by changed',
  delete_because_no_resource_config: 'it is no longer in the configuration',
  delete_because_no_module: 'its module is no longer in the configuration',
  delete_because_wrong_repetition: 'count/for_each was added or removed',
  delete_because_count_index: 'its count index is out of range',
  delete_because_each_key: 'its for_each key is gone',
  delete_because_no_move_target: 'its moved block points at nothing',
  read_because_config_unknown: 'its configuration depends on values known after apply',
  read_because_dependency_pending: 'it depends on pending changes',
  read_because_check_nested: 'it is used by a check block',
};

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function attributeLines(attributes: readonly AttributeChange[], options: PlanRenderOptions): string {
  const lines: string[] = [];
  const limit = options.maxAttributesPerResource;
  // A value that becomes "known after apply" says it all: its old leaves need no "+ … = null".
  const becomingUnknown = attributes.filter((attribute) => attribute.after?.mask === 'unknown').map((attribute) => attribute.path);
  const underUnknown = (path: string) => becomingUnknown.some((prefix) => path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`));
  for (const attribute of attributes.slice(0, limit)) {
    const path = attribute.path === '' ? '(value)' : attribute.path;
    const forces = attribute.forcesReplacement ? '   # forces replacement' : '';
    const inside = attributeStringDiff(attribute);
    if (inside !== null) {
      lines.push(...stringDiffBlock(path, inside, options, forces));
      continue;
    }
    const hasBefore = attribute.before !== null && !(attribute.before.mask === null && attribute.before.raw == null);
    const hasAfter = attribute.after !== null && !(attribute.after.mask === null && attribute.after.raw == null);
    // Two plain values are shortened only around their difference; a one-sided one is cut at its end.
    const pair = hasBefore && hasAfter && attribute.before!.mask === null && attribute.after!.mask === null ? shownPair(attribute.before!.raw, attribute.after!.raw, options.maxValueChars) : null;
    const note = hasAfter && attribute.after!.mask === null ? options.explain?.({ key: attributeKey(attribute.path), before: attribute.before?.raw, after: attribute.after!.raw }) : null;
    if (hasBefore) lines.push(`- ${path} = ${pair?.[0] ?? shownLeaf(attribute.before!, options.maxValueChars)}`);
    if (hasAfter || !underUnknown(attribute.path)) lines.push(`+ ${path} = ${hasAfter ? (pair?.[1] ?? shownLeaf(attribute.after!, options.maxValueChars)) : 'null'}${forces}${note ? `   # ${note}` : ''}`);
  }
  if (attributes.length > limit) lines.push(`# … ${plural(attributes.length - limit, 'more attribute')} not shown`);
  return codeBlock(lines.join('\n'), 'diff');
}

/** The one-line heading of a resource change, e.g. "`-/+` **replace** `a.b` — ⚠️ **OUTAGE**: why". */
export function resourceHeadline(entry: ResourceEntry): string {
  const words = ACTION_WORDS[entry.action];
  const notes: string[] = [];
  if (entry.action === 'replace') notes.push(entry.replaceOrder === 'create-first' ? 'create before destroy' : 'destroy before create');
  if (entry.importing && entry.action !== 'no-op') notes.push('import');
  if (entry.previousAddress !== null) notes.push(`moved from ${inlineCode(entry.previousAddress)}`);
  if (entry.deposed !== null) notes.push(`deposed object ${inlineCode(entry.deposed)}`);
  if (entry.reason) notes.push(`because ${escapeText(REASONS[entry.reason] ?? entry.reason)}`);
  // A no-op entry is only shown because it is imported or moved: name it by that.
  const { symbol, verb } = entry.action === 'no-op' ? (entry.importing ? { symbol: '⇐', verb: 'import' } : { symbol: '→', verb: 'move' }) : words;
  const noteText = notes.length > 0 ? ` (${notes.join('; ')})` : '';
  const risk = entry.risk ? ` — ⚠️ **${entry.risk.kind}**: ${escapeText(entry.risk.why)}` : '';
  return `${inlineCode(symbol)} **${verb}** ${inlineCode(entry.address)}${noteText}${risk}`;
}

function resourceBlock(entry: ResourceEntry, options: PlanRenderOptions): string {
  const headline = resourceHeadline(entry);
  return entry.attributes.length > 0 ? `${headline}\n\n${attributeLines(entry.attributes, options)}` : headline;
}

function outputsBlock(outputs: readonly OutputEntry[], options: PlanRenderOptions): string {
  const lines = outputs.map((output) => {
    const words = ACTION_WORDS[output.action];
    const attribute = output.attributes;
    const shown = attribute.length === 0 ? '' : attributeLines(attribute, options);
    return `${inlineCode(words.symbol)} output ${inlineCode(output.name)}${shown ? `\n\n${shown}` : ''}`;
  });
  return `**Changes to outputs**\n\n${lines.join('\n\n')}`;
}

function driftBlock(drift: readonly ResourceEntry[]): string {
  const what = (entry: ResourceEntry) => (entry.action === 'delete' ? 'deleted' : entry.action === 'update' ? 'changed' : ACTION_WORDS[entry.action].verb);
  const list = drift.map((entry) => `- ${inlineCode(entry.address)} (${what(entry)} outside Terraform)`);
  return `**Changed outside Terraform since the last apply** (the plan above already accounts for this)\n\n${list.join('\n')}`;
}

function runnerLocalLine(entries: readonly ResourceEntry[]): string {
  const names = entries.map((entry) => `${inlineCode(entry.address)} (${ACTION_WORDS[entry.action].verb}; ${escapeText(entry.runnerLocal?.why ?? '')})`);
  return `_Not counted as a change: ${names.join(', ')} — a file on the CI runner, recreated on every fresh run._`;
}

export function planLine(counts: { to_add: number; to_change: number; to_destroy: number; counts: Record<string, number> }): string {
  // The engines' own order: "1 to import, 4 to add, 1 to change, 3 to destroy, 1 to forget".
  const optional = (key: 'import' | 'forget' | 'move') => (counts.counts[key]! > 0 ? [`${counts.counts[key]} to ${key}`] : []);
  return [
    ...optional('import'),
    `${counts.to_add} to add`,
    `${counts.to_change} to change`,
    `${counts.to_destroy} to destroy`,
    ...optional('forget'),
    ...optional('move'),
  ].join(', ');
}

function rootLabel(root: string): string {
  return `<code>${escapeHtml(root)}</code>`;
}

function diagnosticBlock(diagnostic: Diagnostic): string {
  const where = diagnostic.location ? ` at ${inlineCode(diagnostic.location)}` : '';
  const head = `**${diagnostic.severity === 'warning' ? 'Warning' : 'Error'}: ${escapeText(diagnostic.summary)}**${where}`;
  return diagnostic.detail ? `${head}\n\n${codeBlock(diagnostic.detail, 'text')}` : head;
}

function warningsBlock(warnings: readonly Diagnostic[]): string {
  const lines = warnings.map((warning) => `- ${escapeText(warning.summary)}${warning.location ? ` (${inlineCode(warning.location)})` : ''}`);
  return `**Engine warnings**\n\n${lines.join('\n')}`;
}

function partialBlock(partial: PlanReport): string {
  const lines = partial.resources.map((entry) => `- ${resourceHeadline(entry)}`);
  return `**Planned before the error** (cannot be applied):\n\n${lines.join('\n')}`;
}

function lockBlock(lock: StateLock): string {
  const holder = [lock.who && `held by ${inlineCode(lock.who)}`, lock.operation && `for ${inlineCode(lock.operation)}`, lock.created && `since ${escapeText(lock.created)}`]
    .filter(Boolean)
    .join(' ');
  return `**The state is locked** (lock ${inlineCode(lock.id)}${holder ? ` ${holder}` : ''}). If no other run is using it, unlock it from the root with:\n\n${codeBlock(lock.unlockCommand, 'sh')}`;
}

/** ` · Terraform 0.14.9` after a root's headline: the engine that planned it. */
function engineSuffix(outcome: RootEngine): string {
  return outcome.engine ? ` · ${escapeHtml(describeEngine(outcome.engine))}` : '';
}

/**
 * When another engine version last wrote the state (by hand, or an upgrade), the reviewer should
 * know before applying with this one. The state records a version, not which engine wrote it.
 */
export function stateVersionNote(outcome: RootEngine): string | null {
  if (!outcome.engine || !outcome.stateVersion || outcome.stateVersion === outcome.engine.version) return null;
  return `⚠️ Its state was last written by engine version ${outcome.stateVersion}, not by ${describeEngine(outcome.engine)} that planned it (see docs/engines.md).`;
}

function plannedSection(outcome: Extract<RootOutcome, { status: 'planned' }>, options: PlanRenderOptions): Section {
  const { root, report, warnings } = outcome;
  const summary = report.summary;
  const engine = engineSuffix(outcome);
  const stateNote = stateVersionNote(outcome);
  if (summary.errored) {
    return {
      head: detailsOpen(`❌ ${rootLabel(root)}: the plan failed (errored plan)${engine}`, true),
      items: [
        'The engine marked this plan as errored: it stopped part-way and cannot be applied. Its diagnostics are in the plan step’s log.',
        ...report.resources.map((entry) => () => resourceBlock(entry, options)),
      ],
      tail: DETAILS_CLOSE,
      omitted: omittedLine,
    };
  }
  if (!report.hasChanges) {
    const noise = report.runnerLocal.length > 0 ? ` ${runnerLocalLine(report.runnerLocal)}` : '';
    return { head: `✅ ${rootLabel(root)}: no changes${engine}.${noise}${stateNote ? ` ${escapeText(stateNote)}` : ''}`, items: [], tail: '', omitted: omittedLine };
  }
  const risky = report.resources.filter((entry) => entry.risk !== null).length;
  const riskNote = risky > 0 ? ` — ⚠️ ${plural(risky, 'risky change')}` : '';
  const outputsNote = report.outputs.length > 0 ? `, ${plural(report.outputs.length, 'output change')}` : '';
  const items: SectionItem[] = [...(stateNote ? [escapeText(stateNote)] : []), ...report.resources.map((entry) => () => resourceBlock(entry, options))];
  if (report.outputs.length > 0) items.push(outputsBlock(report.outputs, options));
  if (report.drift.length > 0) items.push(driftBlock(report.drift));
  if (report.runnerLocal.length > 0) items.push(runnerLocalLine(report.runnerLocal));
  if (warnings.length > 0) items.push(warningsBlock(warnings));
  return {
    head: detailsOpen(`${risky > 0 ? '⚠️' : '📝'} ${rootLabel(root)}: ${escapeHtml(planLine(summary))}${escapeHtml(outputsNote)}${riskNote}${engine}`, risky > 0),
    items,
    tail: DETAILS_CLOSE,
    omitted: omittedLine,
  };
}

function omittedLine(count: number): string {
  return `_… ${count} more ${count === 1 ? 'entry' : 'entries'} not shown here: see the job summary or the plan artifact._`;
}

/** One section per root, in the order they were planned. */
export function planSections(roots: readonly RootOutcome[], options: PlanRenderOptions): Section[] {
  return roots.map((outcome) => {
    switch (outcome.status) {
      case 'pending':
        return { head: `⏳ ${rootLabel(outcome.root)}: **pending** — ${escapeText(outcome.reason)}`, items: [], tail: '', omitted: omittedLine };
      case 'failed':
        return {
          head: detailsOpen(`❌ ${rootLabel(outcome.root)}: ${escapeHtml(outcome.step)} failed${engineSuffix(outcome)}`, true),
          items: [
            ...(stateVersionNote(outcome) ? [escapeText(stateVersionNote(outcome)!)] : []),
            ...(outcome.lock ? [lockBlock(outcome.lock)] : []),
            ...outcome.diagnostics.map(diagnosticBlock),
            ...(outcome.partial && outcome.partial.resources.length > 0 ? [partialBlock(outcome.partial)] : []),
          ],
          tail: DETAILS_CLOSE,
          omitted: omittedLine,
        };
      case 'planned':
        return plannedSection(outcome, options);
    }
  });
}

/** The headline across roots, e.g. "**Plan:** 2 to add, 0 to change, 1 to destroy · 1 pending". */
export function planTotals(roots: readonly RootOutcome[]): string {
  const total = { to_add: 0, to_change: 0, to_destroy: 0, counts: { import: 0, move: 0, forget: 0 } as Record<string, number> };
  let outputs = 0;
  for (const outcome of roots) {
    if (outcome.status !== 'planned') continue;
    const summary = outcome.report.summary;
    total.to_add += summary.to_add;
    total.to_change += summary.to_change;
    total.to_destroy += summary.to_destroy;
    for (const key of ['import', 'move', 'forget']) total.counts[key]! += summary.counts[key as 'import'];
    outputs += outcome.report.outputs.length;
  }
  const pending = roots.filter((outcome) => outcome.status === 'pending').length;
  const failed = roots.filter((outcome) => outcome.status === 'failed' || (outcome.status === 'planned' && outcome.report.summary.errored)).length;
  const notes = [
    outputs > 0 ? plural(outputs, 'output change') : '',
    failed > 0 ? `❌ ${failed} failed` : '',
    pending > 0 ? `⏳ ${pending} pending` : '',
  ].filter(Boolean);
  return `**Plan:** ${planLine(total)}${notes.map((note) => ` · ${note}`).join('')}`;
}

/** A GitHub CAUTION callout listing every DATA LOSS / OUTAGE change, or '' when there is none. */
export function riskCallout(roots: readonly RootOutcome[], options: PlanRenderOptions): string {
  const risky: { root: string; entry: ResourceEntry }[] = [];
  for (const outcome of roots) {
    if (outcome.status !== 'planned') continue;
    for (const entry of outcome.report.resources) if (entry.risk) risky.push({ root: outcome.root, entry });
  }
  if (risky.length === 0) return '';
  const lines = risky.slice(0, options.maxRiskLines).map(
    ({ root, entry }) =>
      `> - **${entry.risk!.kind}**: ${inlineCode(entry.address)} in ${inlineCode(root)} will be ${entry.action === 'replace' ? 'replaced' : 'destroyed'} — ${escapeText(entry.risk!.why)}`,
  );
  if (risky.length > options.maxRiskLines) lines.push(`> - … and ${risky.length - options.maxRiskLines} more (see below)`);
  return [`> [!CAUTION]`, `> **This plan destroys or replaces ${plural(risky.length, 'resource')} that hold data or run the platform.**`, ...lines].join('\n');
}
