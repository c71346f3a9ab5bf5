// The apply status, written in place over the merged pull request's plan comment (and into the job
// summary): applying, then applied with outputs (sensitive ones hidden) or failed with what was and
// was not applied; or why nothing was applied.
import { lockMessage } from '../deploy/lock.js';
import { newPlanChanges, type Refusal } from '../deploy/gate.js';
import type { ApplyOutcome } from '../deploy/outcome.js';
import type { OutputValue, RootApply } from '../terraform/types.js';
import { formatDiagnostic } from '../terraform/diagnostics.js';
import { buildComment, buildJobSummary, type CommentInput } from './comment.js';
import type { MarkerFields } from '../deploy/marker.js';
import { codeBlock, escapeText, inlineCode } from './markdown.js';
import { planLine } from './plan.js';

export type ApplyState = 'applying' | 'applied' | 'unchanged' | 'failed' | 'refused';

export interface ApplyReportInput {
  /** The reviewed comment's marker: deployment, config and the reviewed plan hash are kept. */
  marker: MarkerFields;
  deployment: string;
  sha: string;
  runUrl: string | null;
  state: ApplyState;
  outcome: ApplyOutcome | null;
  /** The body of the comment being rewritten (the plan comment, or an earlier apply status). */
  previousBody: string | null;
}

const HEADLINES: Record<ApplyState, string> = {
  applying: '⏳ Applying the reviewed plan…',
  applied: '✅ Applied the reviewed plan.',
  unchanged: '✅ Nothing to apply: the plan has no changes.',
  failed: '❌ The apply failed.',
  refused: '⛔ Nothing was applied.',
};

/** Output values are shown short; sensitive ones never. */
function outputLine(name: string, output: OutputValue): string {
  if (output.sensitive) return `- ${inlineCode(name)} = _(sensitive, hidden)_`;
  const text = JSON.stringify(output.value) ?? 'null';
  return `- ${inlineCode(name)} = ${inlineCode(text.length > 200 ? `${text.slice(0, 200)}…` : text)}`;
}

const MAX_DIAGNOSTICS = 3;
const MAX_DETAIL = 2000;

function rootBlock(root: RootApply, outcome: ApplyOutcome): string {
  const planned = outcome.plan?.roots.find((candidate) => candidate.root === root.root);
  const counts = planned?.status === 'planned' ? ` (${planLine(planned.report.summary)})` : '';
  switch (root.status) {
    case 'applied': {
      const outputs = root.outputs ? Object.entries(root.outputs).map(([name, value]) => outputLine(name, value)) : [];
      const outputText = root.outputsError ? `\n\n_Outputs could not be read: ${escapeText(root.outputsError)}_` : outputs.length > 0 ? `\n\nOutputs:\n${outputs.join('\n')}` : '';
      return `- ✅ ${inlineCode(root.root)} applied${counts}${outputText}`;
    }
    case 'failed': {
      const text = root.lock
        ? lockMessage(root.lock, root.root)
        : root.diagnostics
            .slice(0, MAX_DIAGNOSTICS)
            .map((diagnostic) => formatDiagnostic({ ...diagnostic, detail: diagnostic.detail.slice(0, MAX_DETAIL) }))
            .join('\n\n');
      return `- ❌ ${inlineCode(root.root)} failed while applying${counts}: Terraform keeps what it created before the error, so this root may be partly applied.\n\n${codeBlock(text, 'text')}`;
    }
    case 'not-applied':
      return `- ⏭️ ${inlineCode(root.root)} not applied: ${escapeText(root.why)}`;
  }
}

const MAX_ADDRESSES = 50;

function refusalBlock(refusal: Refusal, outcome: ApplyOutcome): string {
  // Our own sentences, with Markdown code spans for settings and file names.
  const parts = [refusal.message.split('\n')[0]!];
  const rest = refusal.message.split('\n').slice(1).join('\n');
  if (rest) parts.push(codeBlock(rest, 'text'));
  if (refusal.reason === 'plan-changed' && outcome.plan) {
    const lines = newPlanChanges(outcome.plan).map((root) => {
      if (root.counts === null) return `- ${inlineCode(root.root)}: ${root.status}`;
      const shown = root.addresses.slice(0, MAX_ADDRESSES).map(inlineCode).join(', ');
      const more = root.addresses.length > MAX_ADDRESSES ? ` and ${root.addresses.length - MAX_ADDRESSES} more` : '';
      return `- ${inlineCode(root.root)}: ${root.counts.add} to add, ${root.counts.change} to change, ${root.counts.destroy} to destroy${shown ? ` — ${shown}${more}` : ''}`;
    });
    parts.push(`What the plan would do now (new hash ${inlineCode(refusal.newHash)}, reviewed ${inlineCode(refusal.reviewedHash)}):\n\n${lines.join('\n')}`);
  }
  return parts.join('\n\n');
}

const REVIEWED_START = '<!-- qhub-gitops reviewed plan -->';
const REVIEWED_END = '<!-- /qhub-gitops reviewed plan -->';
/** Room left for the reviewed plan under GitHub's 65,536-character comment limit. */
const MAX_REVIEWED_CHARS = 40_000;

/** The reviewed plan's Markdown: the plan comment without its marker, or the copy an earlier apply kept. */
export function reviewedPlanMarkdown(previousBody: string): string {
  const start = previousBody.indexOf(REVIEWED_START);
  const end = previousBody.indexOf(REVIEWED_END);
  const text = start >= 0 && end > start ? previousBody.slice(start + REVIEWED_START.length, end) : previousBody.split('\n').slice(1).join('\n');
  const trimmed = text.trim();
  if (trimmed.length <= MAX_REVIEWED_CHARS) return trimmed;
  const cut = trimmed.lastIndexOf('\n', MAX_REVIEWED_CHARS);
  return `${trimmed.slice(0, cut > 0 ? cut : MAX_REVIEWED_CHARS)}\n\n_… the rest of the reviewed plan is in the plan run's job summary._`;
}

/** The reviewed plan stays visible (collapsed) under the status, to compare against. */
function reviewedPlanFooter(previousBody: string | null): string {
  if (previousBody === null) return '';
  return `<details><summary>The reviewed plan</summary>\n\n${REVIEWED_START}\n${reviewedPlanMarkdown(previousBody)}\n${REVIEWED_END}\n\n</details>`;
}

function reportInput(input: ApplyReportInput): CommentInput {
  const run = input.runUrl ? ` ([run](${input.runUrl}))` : '';
  const intro = [`**${HEADLINES[input.state]}** Commit ${inlineCode(input.sha.slice(0, 12))} on ${inlineCode(input.deployment)}${run}.`];
  const outcome = input.outcome;
  if (outcome?.refusal) intro.push(refusalBlock(outcome.refusal, outcome));
  if (outcome && outcome.roots.length > 0) intro.push(outcome.roots.map((root) => rootBlock(root, outcome)).join('\n'));
  const failed = outcome?.roots.find((root) => root.status === 'failed');
  if (failed) {
    const applied = outcome!.roots.filter((root) => root.status === 'applied').map((root) => inlineCode(root.root));
    const notApplied = outcome!.roots.filter((root) => root.status === 'not-applied').map((root) => inlineCode(root.root));
    intro.push(
      `Applied before the failure: ${applied.length > 0 ? applied.join(', ') : 'nothing'}. Not applied: ${notApplied.length > 0 ? notApplied.join(', ') : 'nothing'}. Fix the cause and open a new pull request: its plan starts from what is applied now.`,
    );
  }
  const reviewedHash = typeof input.marker.planHash === 'string' ? `<sub>Reviewed plan hash ${inlineCode(input.marker.planHash)}.</sub>` : '';
  const footer = [reviewedPlanFooter(input.previousBody), reviewedHash].filter((part) => part !== '').join('\n\n');
  return {
    marker: { ...input.marker, kind: 'apply', state: input.state },
    title: `Apply of \`${input.deployment}\``,
    intro: intro.join('\n\n'),
    ...(outcome ? { runnerWarnings: outcome.runnerWarnings } : {}),
    ...(footer ? { footer } : {}),
  };
}

export function applyCommentBody(input: ApplyReportInput): string {
  return buildComment(reportInput(input));
}

export function applyJobSummary(input: ApplyReportInput): string {
  return buildJobSummary(reportInput(input));
}

/** Plain-text lines for the terminal and the log. */
export function applyOutcomeText(outcome: ApplyOutcome): string[] {
  const lines: string[] = [];
  if (outcome.refusal) lines.push(outcome.refusal.message);
  for (const root of outcome.roots) {
    switch (root.status) {
      case 'applied':
        lines.push(`${root.root}: applied`);
        break;
      case 'failed':
        lines.push(`${root.root}: apply failed`);
        lines.push(root.lock ? lockMessage(root.lock, root.root) : root.diagnostics.map(formatDiagnostic).join('\n'));
        break;
      case 'not-applied':
        lines.push(`${root.root}: not applied: ${root.why}`);
        break;
    }
  }
  return lines;
}
