// The one GitHub issue per deployment that lists what a destroy left behind, as a checklist with
// the manual cleanup commands; updated by every later destroy and closed once nothing is left.
import { adviceFor } from '../deploy/hints.js';
import { lockMessage } from '../deploy/lock.js';
import { isDestroyed, type DestroyOutcome } from '../deploy/outcome.js';
import { formatDiagnostic } from '../terraform/diagnostics.js';
import { codeBlock, escapeText, inlineCode } from './markdown.js';

export const LEFTOVERS_LABEL = 'qhub-gitops';

export function leftoversIssueTitle(deployment: string): string {
  return `Manual destruction needed for ${deployment}`;
}

export interface IssueContext {
  deployment: string;
  /** Link to the workflow run, when known. */
  runUrl: string | null;
  /** ISO date of the run. */
  date: string;
}

export function leftoversIssueBody(outcome: DestroyOutcome, context: IssueContext): string {
  const run = context.runUrl ? `[this run](${context.runUrl})` : 'the destroy run';
  const parts: string[] = [
    `The destroy of ${inlineCode(context.deployment)} on ${context.date} (${run}) did not remove everything. QHub's own destroy often stops early or exits 0 with resources left; qhub-gitops read every state afterwards, and this is what it found.`,
    'Delete each item by hand, tick it, then run the destroy workflow again: it updates this issue, and closes it when every state is empty.',
  ];
  if (outcome.leftovers.length > 0) {
    const rows = outcome.leftovers.map(
      (leftover) =>
        `- [ ] ${inlineCode(leftover.address)} — ${inlineCode(leftover.type)} (${leftover.provider}) in ${inlineCode(leftover.root)}\n  - delete: ${inlineCode(leftover.command)}\n  - then, in ${inlineCode(leftover.root)}: ${inlineCode(leftover.forget)}`,
    );
    parts.push(`### Still in state (${outcome.leftovers.length})\n\n${rows.join('\n')}`);
  }
  const unlisted = outcome.roots.filter((root) => root.state.addresses === null);
  if (unlisted.length > 0) {
    const rows = unlisted.map((root) => `- [ ] ${inlineCode(root.root)}: its state could not be read (${escapeText(root.state.addresses === null ? root.state.error : '')}), so what it still holds is unknown`);
    parts.push(`### States that could not be read\n\n${rows.join('\n')}`);
  }
  const failures = outcome.roots.filter((root) => root.failure !== null);
  if (failures.length > 0) {
    const blocks = failures.map((root) => {
      const text = root.failure!.lock ? lockMessage(root.failure!.lock, root.root) : root.failure!.diagnostics.map(formatDiagnostic).join('\n\n');
      const advice = adviceFor(root.failure!.diagnostics).map((line) => `> ${line}`);
      return [`**${escapeText(root.root)}** (${root.failure!.step})`, codeBlock(text, 'text'), ...advice].join('\n\n');
    });
    parts.push(`### Destroy errors\n\n${blocks.join('\n\n')}`);
  }
  if (outcome.nameChecks.length > 0) {
    const rows = outcome.nameChecks.map((check) => `- [ ] ${escapeText(check.what)} — ${escapeText(check.why)}\n  - ${inlineCode(check.command)}`);
    parts.push(`### Check by name (no state tracks these)\n\n${rows.join('\n')}`);
  }
  return `${parts.join('\n\n')}\n`;
}

/** The deployment's open leftovers issue, as the GitHub adapter finds it. */
export interface ExistingIssue {
  number: number;
  body: string;
}

export type IssueAction =
  | { kind: 'create'; title: string; body: string }
  | { kind: 'update'; issueNumber: number; body: string }
  | { kind: 'close'; issueNumber: number; body: string }
  | { kind: 'none' };

/** What to do with the deployment's leftovers issue after a destroy. */
export function issueAction(existing: ExistingIssue | null, outcome: DestroyOutcome, context: IssueContext): IssueAction {
  if (isDestroyed(outcome)) {
    if (!existing) return { kind: 'none' };
    return {
      kind: 'close',
      issueNumber: existing.number,
      body: `${existing.body.trimEnd()}\n\n---\n\nThe destroy on ${context.date}${context.runUrl ? ` ([run](${context.runUrl}))` : ''} found every state empty: closing.\n`,
    };
  }
  const body = leftoversIssueBody(outcome, context);
  return existing ? { kind: 'update', issueNumber: existing.number, body } : { kind: 'create', title: leftoversIssueTitle(context.deployment), body };
}
