// The destroy report: the cluster clean-up steps, each root's result read back from its state, the
// leftovers with their manual cleanup commands, and what to check by name. Also the CLI's JSON.
import { adviceFor } from '../deploy/hints.js';
import { lockMessage } from '../deploy/lock.js';
import { isDestroyed, type DestroyOutcome } from '../deploy/outcome.js';
import { formatDiagnostic } from '../terraform/diagnostics.js';
import { runnerWarningsCallout } from './comment.js';
import { codeBlock, escapeText, inlineCode } from './markdown.js';

/** `destroy --format json` (docs/architecture.md), leftovers extended with provider and the cleanup command. */
export interface DestroyJson {
  destroyed: boolean;
  leftovers: { root: string; address: string; type: string; provider: string; command: string }[];
  /** Roots whose state could not be read (so not known to be empty). */
  unreadable: string[];
}

export function destroyJson(outcome: DestroyOutcome): DestroyJson {
  return {
    destroyed: isDestroyed(outcome),
    leftovers: outcome.leftovers.map((leftover) => ({
      root: leftover.root,
      address: leftover.address,
      type: leftover.type,
      provider: leftover.provider,
      command: leftover.command,
    })),
    unreadable: outcome.roots.filter((root) => root.state.addresses === null).map((root) => root.root),
  };
}

function escapeCell(text: string): string {
  return escapeText(text).replace(/\|/g, '\\|');
}

/** Table cells cannot hold a fence: inline code with pipes escaped. */
function codeCell(text: string): string {
  return inlineCode(text).replace(/\|/g, '\\|');
}

export interface DestroyReportContext {
  deployment: string;
  runUrl: string | null;
  /** The leftovers issue, when one was opened or updated. */
  issueUrl: string | null;
}

export function destroySummary(outcome: DestroyOutcome, context: DestroyReportContext): string {
  const destroyed = isDestroyed(outcome);
  const parts = [
    `## Destroy of ${inlineCode(context.deployment)}`,
    destroyed
      ? '**✅ Every state is empty.** Nothing Terraform tracked is left.'
      : `**❌ Not everything was destroyed:** ${outcome.leftovers.length} resource${outcome.leftovers.length === 1 ? '' : 's'} still in state${context.issueUrl ? `; the checklist is in [the issue](${context.issueUrl})` : ''}.`,
  ];
  if (outcome.runnerWarnings.length > 0) parts.push(runnerWarningsCallout(outcome.runnerWarnings));
  if (outcome.cluster.length > 0) {
    const rows = outcome.cluster.map((step) => `| ${escapeCell(step.what)} | ${step.status} | ${escapeCell(step.detail)} |`);
    parts.push(`### Kubernetes objects made outside Terraform\n\n| Object | Result | Detail |\n|---|---|---|\n${rows.join('\n')}`);
  }
  const rootLines = outcome.roots.map((root) => {
    const left = root.state.addresses === null ? `state could not be read: ${escapeText(root.state.error)}` : `${root.state.addresses.length} left in state`;
    const failure = root.failure ? ` — ${root.failure.step} failed` : '';
    const advice = root.failure ? adviceFor(root.failure.diagnostics).map((line) => `\n\n  > ${line}`).join('') : '';
    const details = root.failure
      ? `\n\n${codeBlock(root.failure.lock ? lockMessage(root.failure.lock, root.root) : root.failure.diagnostics.slice(0, 3).map(formatDiagnostic).join('\n\n'), 'text')}${advice}`
      : '';
    return `- ${inlineCode(root.root)}: ${left}${failure}${details}`;
  });
  parts.push(`### Roots, in destroy order\n\n${rootLines.join('\n')}`);
  if (outcome.leftovers.length > 0) {
    const rows = outcome.leftovers.map(
      (leftover) => `| ${codeCell(leftover.root)} | ${codeCell(leftover.address)} | ${codeCell(leftover.type)} | ${leftover.provider} | ${codeCell(leftover.command)} |`,
    );
    parts.push(`### Left over\n\n| Root | Address | Type | Provider | Delete by hand |\n|---|---|---|---|---|\n${rows.join('\n')}\n\nAfter deleting one, forget it in its root: \`state rm '<address>'\`.`);
  }
  if (outcome.nameChecks.length > 0) {
    parts.push(`### Check by name (no state tracks these)\n\n${outcome.nameChecks.map((check) => `- ${escapeText(check.what)}: ${escapeText(check.why)}\n  ${inlineCode(check.command)}`).join('\n')}`);
  }
  if (context.runUrl) parts.push(`<sub>[Run](${context.runUrl})</sub>`);
  return `${parts.join('\n\n')}\n`;
}

/** Plain-text lines for the terminal and the log. */
export function destroyText(outcome: DestroyOutcome): string[] {
  const lines: string[] = [];
  for (const step of outcome.cluster) lines.push(`cluster: ${step.what}: ${step.status} (${step.detail})`);
  for (const root of outcome.roots) {
    if (root.failure) {
      lines.push(`${root.root}: ${root.failure.step} failed`, root.failure.lock ? lockMessage(root.failure.lock, root.root) : root.failure.diagnostics.map(formatDiagnostic).join('\n'));
      lines.push(...adviceFor(root.failure.diagnostics).map((line) => `hint: ${line}`));
    }
    lines.push(root.state.addresses === null ? `${root.root}: state could not be read: ${root.state.error}` : `${root.root}: ${root.state.addresses.length} left in state`);
  }
  for (const leftover of outcome.leftovers) lines.push(`leftover ${leftover.root} ${leftover.address} (${leftover.type}): ${leftover.command}; then ${leftover.forget}`);
  for (const check of outcome.nameChecks) lines.push(`check by name: ${check.what}: ${check.command}`);
  lines.push(isDestroyed(outcome) ? 'destroyed: every state is empty' : 'NOT destroyed: resources are left (see above)');
  return lines;
}
