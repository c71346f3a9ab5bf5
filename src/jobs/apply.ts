// The apply job: plan every root again and apply the plan files just made, root by root, only when
// that plan is the reviewed one (the hash in the merged pull request's comment, or the hash given).
// Never a fresh untargeted apply, never a retry: a failure stops the run and says what was and was not applied.
import { countBySeverity } from '../report/findings.js';
import { hasNothingToApply, mergedPullFor, refuseAfterPlanning, refuseBeforePlanning, reviewedPlanIn, type Refusal, type ReviewedPlan } from '../deploy/gate.js';
import { environmentUrl } from '../deploy/facts.js';
import { applyExitCode, type ApplyOutcome } from '../deploy/outcome.js';
import type { GitHubApi, IssueComment, PullRequestInfo } from '../github/api.js';
import { bestEffort } from './best-effort.js';
import { QhubError } from '../qhub/errors.js';
import { applyCommentBody, type ApplyReportInput, type ApplyState } from '../report/apply.js';
import type { PlanRun } from '../terraform/outcome.js';
import { applySavedPlans, planRoots, type RootSpec } from '../terraform/roots.js';
import type { RunTarget } from './deployment.js';
import type { JobPorts } from './ports.js';
import { targetsOf } from './targets.js';
import { runValidate, type ConfigCheck, type ValidateRequest } from './validate.js';

/** Which plan may be applied. */
export type ApplyReview =
  | {
      /** The plan reviewed in the pull request that was merged into `branch` (its comment, through ports.github). */
      from: 'github';
      branch: string;
      /** The GitHub environment of the deployment (the branch's name after the prefix). */
      environment: string;
      sha: string;
      /** False: with no reviewed plan, the plan made now is applied. */
      requireReviewedPlan: boolean;
      runUrl: string | null;
    }
  | { from: 'hash'; /** Null: whatever the plan is now. */ expectHash: string | null };

/** Explicit roots, or the config's stages; with no config beside the roots, nothing is validated. */
export interface ApplyRequest extends RunTarget {
  /** The plan's check again: a first deployment has no review that ran it. */
  validate: Omit<ValidateRequest, 'deployment'>;
  review: ApplyReview;
}

export interface ApplyJobOutcome {
  check: ConfigCheck | null;
  outcome: ApplyOutcome;
  state: ApplyState;
  /** The pull request comment's report (GitHub review only). */
  report: ApplyReportInput | null;
  /** What could not be reported to GitHub, and how the plan was chosen. */
  notices: string[];
}

type PlanForApply = { plan: PlanRun; specs: RootSpec[]; previewOnly: string[] } | { error: string };

/** The fresh plan apply compares with the review (with the state lock, unlike the review's). */
async function planForApply(request: ApplyRequest, ports: JobPorts): Promise<PlanForApply> {
  try {
    const targets = await targetsOf(request, ports);
    if ('roots' in targets) return { plan: await planRoots(targets.roots, ports.engine, { planDir: ports.workDir }), specs: targets.roots, previewOnly: [] };
    return { plan: targets.config.run, specs: targets.config.specs, previewOnly: targets.config.previewOnly };
  } catch (error) {
    if (error instanceof QhubError) return { error: error.message };
    throw error;
  }
}

/** Checks the fresh plan against the reviewed hash, then applies each root's saved plan file in order. */
async function applyPlanned(planned: PlanForApply, expectHash: string | null, ports: JobPorts, beforeApply: () => Promise<void>): Promise<ApplyOutcome> {
  if ('error' in planned) {
    return { plan: null, refusal: { reason: 'plan-failed', message: `The plan could not be made again, so nothing was applied.\n${planned.error}` }, roots: [], runnerWarnings: [] };
  }
  const { plan } = planned;
  const refusal = refuseAfterPlanning(plan, expectHash);
  if (refusal) return { plan, refusal, roots: [], runnerWarnings: plan.runnerWarnings };
  ports.notice(`qhub-gitops apply: plan ${expectHash === null ? 'made' : 'matches the reviewed hash'}; applying`);
  await beforeApply();
  return { plan, refusal: null, ...(await applySavedPlans(plan, planned.specs, ports.engine, planned.previewOnly)) };
}

function stateOf(outcome: ApplyOutcome): ApplyState {
  return outcome.refusal ? 'refused' : applyExitCode(outcome) === 0 ? 'applied' : 'failed';
}

async function reviewedPlanOf(api: GitHubApi, sha: string, branch: string): Promise<{ pull: PullRequestInfo | null; reviewed: ReviewedPlan | null }> {
  const pull = mergedPullFor(await api.pullsForCommit(sha), branch);
  if (!pull) return { pull, reviewed: null };
  const comments: IssueComment[] = [];
  await api.scanComments(pull.number, (page) => {
    comments.push(...page);
    return true;
  });
  const viewer = comments.length > 0 ? await api.viewerLogin() : '';
  return { pull, reviewed: reviewedPlanIn(comments, viewer, branch, pull.number) };
}

/** Refusals before planning that the config itself decides: prevent_deploy, error findings. */
function configRefusal(request: ApplyRequest, check: ConfigCheck | null, review: { branch: string; sha: string; pull: PullRequestInfo | null; reviewed: ReviewedPlan | null; requireReviewedPlan: boolean }): Refusal | null {
  return refuseBeforePlanning({
    ...review,
    preventDeploy: request.deployment?.facts?.preventDeploy ?? false,
    configPath: check?.path ?? null,
    configErrors: check ? countBySeverity(check.report.findings).error : 0,
  });
}

const refused = (refusal: Refusal): ApplyOutcome => ({ plan: null, refusal, roots: [], runnerWarnings: [] });

export async function runApply(request: ApplyRequest, ports: JobPorts): Promise<ApplyJobOutcome> {
  const check = request.deployment ? await runValidate({ ...request.validate, deployment: request.deployment }, ports) : null;
  const notices = [...(check?.notes ?? [])];
  const { review } = request;
  if (review.from === 'hash') {
    const refusal = configRefusal(request, check, { branch: '', sha: '', pull: null, reviewed: null, requireReviewedPlan: false });
    const outcome = refusal ? refused(refusal) : await applyPlanned(await planForApply(request, ports), review.expectHash, ports, async () => undefined);
    return { check, outcome, state: stateOf(outcome), report: null, notices };
  }
  const github = ports.github;
  if (!github) throw new Error('apply: a reviewed plan from GitHub needs the GitHub port');
  return applyReviewed(request, review, { ...ports, github }, check, notices);
}

/** Apply after a merge: the reviewed plan from the pull request's comment, reported on it and on a GitHub deployment. */
async function applyReviewed(request: ApplyRequest, review: Extract<ApplyReview, { from: 'github' }>, ports: JobPorts & { github: GitHubApi }, check: ConfigCheck | null, notices: string[]): Promise<ApplyJobOutcome> {
  const { github } = ports;
  const { branch, sha, runUrl } = review;
  const { pull, reviewed } = await reviewedPlanOf(github, sha, branch);
  const marker = reviewed?.marker ?? { deployment: branch, config: check?.path ?? null, planHash: null, kind: 'apply' as const };
  const report = (state: ApplyState, outcome: ApplyOutcome | null): ApplyReportInput => ({ marker, deployment: branch, sha, runUrl, state, outcome, previousBody: reviewed?.body ?? null });
  const updateComment = async (state: ApplyState, outcome: ApplyOutcome | null): Promise<void> => {
    if (reviewed) await bestEffort(notices, 'update the pull request comment', () => github.updateComment(reviewed.commentId, applyCommentBody(report(state, outcome))));
  };
  const done = (outcome: ApplyOutcome, state: ApplyState): ApplyJobOutcome => ({ check, outcome, state, report: report(state, outcome), notices });

  const early = configRefusal(request, check, { branch, sha, pull, reviewed, requireReviewedPlan: review.requireReviewedPlan });
  if (early?.reason === 'no-reviewed-plan') {
    // Nothing reviewed, but maybe nothing to review: a plan without changes is reported, never applied.
    const planned = await planForApply(request, ports);
    if (!('error' in planned) && hasNothingToApply(planned.plan)) return done({ plan: planned.plan, refusal: null, roots: [], runnerWarnings: planned.plan.runnerWarnings }, 'unchanged');
  }
  if (early) {
    const outcome = refused(early);
    await updateComment('refused', outcome);
    return done(outcome, 'refused');
  }

  const url = request.deployment?.facts ? environmentUrl(request.deployment.facts) : null;
  // The deployment comes before any change: a missing permission fails with nothing applied.
  const githubDeployment = await github.createDeployment({ ref: branch, environment: review.environment, description: `qhub-gitops apply of ${sha.slice(0, 12)}`, payload: { reviewedPlanHash: reviewed?.planHash ?? null } });
  const status = (state: 'in_progress' | 'success' | 'failure', description: string) =>
    github.createDeploymentStatus(githubDeployment.id, { state, description, ...(runUrl ? { logUrl: runUrl } : {}), ...(url ? { environmentUrl: url } : {}) });
  await status('in_progress', 'Planning again and applying the reviewed plan');

  let outcome: ApplyOutcome;
  try {
    // The comment reports; the reviewed hash already gated. A token that cannot write it does not block the apply.
    outcome = await applyPlanned(await planForApply(request, ports), reviewed?.planHash ?? null, ports, () => updateComment('applying', null));
  } catch (error) {
    // Never leave the deployment "in progress" behind a run that stopped.
    await bestEffort(notices, 'update the deployment status', () => status('failure', 'qhub-gitops stopped: see the run'));
    throw error;
  }
  const state = stateOf(outcome);
  await updateComment(state, outcome);
  const describe = state === 'applied' ? 'Applied the reviewed plan' : outcome.refusal ? `Not applied: ${outcome.refusal.reason}` : 'Apply failed: see the run';
  await bestEffort(notices, 'update the deployment status', () => status(state === 'applied' ? 'success' : 'failure', describe));
  if (!reviewed) notices.push(`No reviewed plan to compare with (${pull ? `pull request #${pull.number} has no plan comment` : `commit ${sha.slice(0, 12)} did not come from a merged pull request`}): require-reviewed-plan is false, so the plan made in this run was used.`);
  return done(outcome, state);
}
