// The action's apply (a push to, or a dispatch on, a deploy/<name> branch): the apply job with the
// plan reviewed in the merged pull request, reported as outputs and the job summary (the job itself
// updates that pull request's comment and the GitHub deployment).
import type { RunTarget } from '../jobs/deployment.js';
import { runApply, type ApplyJobOutcome } from '../jobs/apply.js';
import type { JobPorts } from '../jobs/ports.js';
import { applyJobSummary, applyOutcomeText } from '../report/apply.js';
import { renderFindingsMarkdown } from '../report/findings.js';
import { runnerWarningNotice } from '../terraform/runner-warnings.js';
import { deploymentBranchOf, requireReadableConfig, validationOf } from './deployment.js';
import type { ActionResult } from './result.js';
import type { Settings } from './settings.js';

function applyResult(applied: ApplyJobOutcome): ActionResult {
  const { check, outcome, state, report } = applied;
  return {
    outputs: {
      'plan-hash': outcome.plan?.hash ?? '',
      applied: String(state === 'applied'),
      'apply-result': outcome.refusal?.reason ?? state,
      engine: JSON.stringify(outcome.plan?.engine ?? null),
    },
    findings: check?.report.findings ?? [],
    configFile: check?.configFile ?? '',
    summary: [report ? applyJobSummary(report) : '', outcome.refusal?.reason === 'invalid-config' && check ? renderFindingsMarkdown(check.report) : ''].filter(Boolean).join('\n\n'),
    comment: null,
    notices: [...applied.notices, ...outcome.runnerWarnings.map(runnerWarningNotice)],
    failure: state === 'applied' || state === 'unchanged' ? null : `${outcome.refusal ? `${outcome.refusal.reason}: ` : ''}${applyOutcomeText(outcome).join('\n')}`,
  };
}

export async function applyAction(settings: Settings, target: RunTarget, ports: JobPorts, runUrl: string | null): Promise<ActionResult> {
  const { branch, name, sha } = deploymentBranchOf(settings, 'apply');
  requireReadableConfig(target);
  const applied = await runApply(
    {
      ...target,
      validate: validationOf(settings),
      review: { from: 'github', branch, environment: name, sha, requireReviewedPlan: settings.requireReviewedPlan, runUrl },
    },
    ports,
  );
  return applyResult(applied);
}
