// The sticky PR comment (≤ 65,536 characters) and the job-summary variant (≤ 1 MiB) built from
// the same parts. The comment's first line is a hidden marker the action finds it by.
import type { Diagnostic } from '../terraform/diagnostics.js';
import type { ConfigChange } from '../config/changes.js';
import type { RootOutcome } from '../terraform/outcome.js';
import { configChangeLines, linkConfigChanges, type ConfigLinks } from './config-links.js';
import {
  assembleWithinLimit,
  COMMENT_LIMIT_CHARS,
  JOB_SUMMARY_LIMIT_BYTES,
  measureChars,
  measureUtf8Bytes,
  escapeText,
  inlineCode,
  type Assembly,
  type Measure,
  type Section,
} from './markdown.js';
import { renderMarker, type MarkerData, type MarkerFields } from '../deploy/marker.js';
import { COMMENT_DETAIL, FULL_DETAIL, planSections, planTotals, riskCallout, type PlanRenderOptions } from './plan.js';

export interface CommentInput {
  /** Marker fields besides `v`. */
  marker: MarkerFields;
  /** First visible line, e.g. "QHub plan for `deploy/prod`" (Markdown). */
  title: string;
  /** Short Markdown under the title (e.g. the commit planned); always kept. */
  intro?: string;
  /** What the PR changes in the config (base branch vs head, environment files merged); shown first, linked to the plan. */
  configChanges?: readonly ConfigChange[];
  /** Already-rendered validation findings: one block, or self-contained blocks that may be cut between. */
  validation?: string | readonly string[];
  plan?: { roots: readonly RootOutcome[]; hash: string };
  /** Engine warnings about the runner (plan, apply or destroy): shown once in the job summary, never in the comment. */
  runnerWarnings?: readonly Diagnostic[];
  /** Markdown at the very end (e.g. how to apply); always kept. */
  footer?: string;
  /** Where the full plan lives when the comment had to leave some out. */
  jobSummaryUrl?: string;
  artifactName?: string;
}

function validationSection(validation: string | readonly string[]): Section {
  const blocks = typeof validation === 'string' ? [validation] : [...validation];
  return {
    head: '### Validation\n\n',
    items: blocks,
    tail: '',
    omitted: (count) => `_… ${count} more validation ${count === 1 ? 'block' : 'blocks'} not shown here: see the job summary._`,
  };
}

function configChangesSection(links: ConfigLinks, planned: boolean): Section {
  return {
    head: '### Config changes\n\n',
    items: configChangeLines(links, planned),
    tail: '',
    omitted: (count) => `_… ${count} more config ${count === 1 ? 'change' : 'changes'} not shown here: see the job summary._`,
  };
}

function artifactPhrase(input: CommentInput): string {
  return input.artifactName ? `the plan artifact ${inlineCode(input.artifactName)}` : 'the plan artifact';
}

function commentRestLocation(input: CommentInput): string {
  const summary = input.jobSummaryUrl ? `[the job summary](${input.jobSummaryUrl})` : 'the job summary of this run';
  return `${summary} and ${artifactPhrase(input)}`;
}

interface Variant {
  limit: number;
  limitName: string;
  measure: Measure;
  detail: PlanRenderOptions;
  withMarker: boolean;
  restLocation: string;
  /** The job summary says once what the engine warned about the runner; the comment is about the change. */
  withRunnerWarnings: boolean;
}

export function runnerWarningsCallout(warnings: readonly Diagnostic[]): string {
  if (warnings.length === 0) return '';
  const lines = warnings.map((warning) => `> - ${escapeText(warning.summary)}${warning.detail ? `: ${escapeText(warning.detail.replace(/\s+/g, ' '))}` : ''}`);
  return ['> [!WARNING]', '> The engine warned about this runner (the same for every stage, not about the change):', ...lines].join('\n');
}

function build(input: CommentInput, variant: Variant): string {
  const links = input.configChanges && input.configChanges.length > 0 ? linkConfigChanges(input.configChanges, input.plan?.roots ?? []) : null;
  const detail = links ? { ...variant.detail, explain: links.explain } : variant.detail;
  const full = assemble(input, variant, links, detail, false);
  if (full.omittedItems + full.omittedSections === 0 || detail.contextLines === 0) return `${full.text}\n`;
  // Over the limit: unchanged context lines go first, whole entries only if that is not enough.
  return `${assemble(input, variant, links, { ...detail, contextLines: 0 }, true).text}\n`;
}

function assemble(input: CommentInput, variant: Variant, links: ConfigLinks | null, options: PlanRenderOptions, contextLeftOut: boolean): Assembly {
  const { limit, measure, withMarker, limitName } = variant;
  const head = [
    withMarker ? renderMarker({ v: 1, ...input.marker } as MarkerData) : '',
    `## ${input.title}`,
    input.intro ?? '',
    input.plan ? planTotals(input.plan.roots) : '',
    input.plan ? riskCallout(input.plan.roots, options) : '',
    variant.withRunnerWarnings ? runnerWarningsCallout(input.runnerWarnings ?? []) : '',
  ].filter((part) => part !== '');
  const sections: Section[] = [];
  if (links) sections.push(configChangesSection(links, input.plan !== undefined));
  if (input.validation !== undefined && input.validation.length > 0) sections.push(validationSection(input.validation));
  if (input.plan) {
    sections.push({ head: '### Plan', items: [], tail: '', omitted: () => '' });
    sections.push(...planSections(input.plan.roots, options));
  }
  // A failed or errored plan cannot be applied, so its hash is not offered for review.
  const applicable =
    input.plan && !input.plan.roots.some((outcome) => outcome.status === 'failed' || (outcome.status === 'planned' && outcome.report.summary.errored));
  const hashLine = applicable ? `<sub>Plan hash ${inlineCode(input.plan!.hash)} — apply runs only this plan.</sub>` : '';
  const suffix = (omittedItems: number, omittedSections: number) => {
    const parts = [
      contextLeftOut ? 'the unchanged lines around changed lines' : '',
      omittedItems > 0 ? `${omittedItems} ${omittedItems === 1 ? 'entry' : 'entries'}` : '',
      omittedSections > 0 ? `${omittedSections} ${omittedSections === 1 ? 'section' : 'sections'}` : '',
    ].filter(Boolean);
    const left = parts.length > 0 ? `> [!NOTE]\n> Left out to stay within ${limitName}: ${parts.join(', ')}. The full plan is in ${variant.restLocation}.` : '';
    return [left, hashLine, input.footer ?? ''].filter((part) => part !== '').join('\n\n');
  };
  return assembleWithinLimit(head.join('\n\n'), sections, suffix, limit, measure);
}

/** 65536 → "65,536", without Intl (whose first use sets up ICU number formatting). */
function withThousands(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** The sticky comment body: marker first line, at most `limit` characters, deterministic. */
export function buildComment(input: CommentInput, limit = COMMENT_LIMIT_CHARS): string {
  return build(input, {
    // The trailing newline is part of the body.
    limit: limit - 1,
    limitName: `GitHub’s ${withThousands(limit)}-character comment limit`,
    measure: measureChars,
    detail: COMMENT_DETAIL,
    withMarker: true,
    withRunnerWarnings: false,
    restLocation: commentRestLocation(input),
  });
}

/** The job-summary variant: the full plan, at most `limitBytes` of UTF-8. */
export function buildJobSummary(input: CommentInput, limitBytes = JOB_SUMMARY_LIMIT_BYTES): string {
  return build(input, {
    limit: limitBytes - 1,
    limitName: 'the 1 MiB job summary limit',
    measure: measureUtf8Bytes,
    detail: FULL_DETAIL,
    withMarker: false,
    withRunnerWarnings: true,
    restLocation: artifactPhrase(input),
  });
}
