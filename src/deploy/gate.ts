// May we apply? The reviewed plan is the hash in the merged pull request's sticky comment, written
// by the token's own identity; the new plan must hash the same, or nothing is applied.
import type { IssueComment, PullRequestInfo } from '../github/api.js';
import { isSameIdentity, oldestFirst, parseMarker, type MarkerData } from './marker.js';
import type { PlanRun } from '../terraform/outcome.js';
import { lockMessage } from './lock.js';

export interface ReviewedPlan {
  pullNumber: number;
  commentId: number;
  planHash: string;
  marker: MarkerData;
  /** The comment as it was: apply keeps the reviewed plan visible when it rewrites the comment. */
  body: string;
}

/** The merged pull request that brought `branch` this commit, if any (a direct push has none). */
export function mergedPullFor(pulls: readonly PullRequestInfo[], branch: string): PullRequestInfo | null {
  return pulls.find((pull) => pull.baseRef === branch && pull.merged) ?? null;
}

/**
 * The reviewed plan among a pull request's comments: ours only (a human quoting a marker does not
 * count), for this deployment, with a hash. Apply keeps the reviewed hash in its own status
 * updates, so a re-run of the same push still finds it. Of several, the oldest: the sticky comment
 * keeps that one up to date and deletes later twins, which a race may have left stale.
 */
export function reviewedPlanIn(comments: readonly IssueComment[], viewer: string, deployment: string, pullNumber: number): ReviewedPlan | null {
  const candidates = comments
    .filter((comment) => isSameIdentity(comment.authorLogin, viewer))
    .map((comment) => ({ comment, marker: parseMarker(comment.body) }))
    .filter((entry): entry is { comment: IssueComment; marker: MarkerData } => entry.marker !== null)
    .filter(({ marker }) => marker.deployment === deployment && typeof marker.planHash === 'string' && (marker.kind === 'plan' || marker.kind === 'apply'))
    .sort((a, b) => oldestFirst(a.comment, b.comment));
  const kept = candidates[0];
  return kept ? { pullNumber, commentId: kept.comment.id, planHash: kept.marker.planHash!, marker: kept.marker, body: kept.comment.body } : null;
}

export type Refusal =
  | { reason: 'invalid-config'; message: string }
  | { reason: 'prevent-deploy'; message: string }
  | { reason: 'no-reviewed-plan'; message: string }
  | { reason: 'plan-failed'; message: string }
  | { reason: 'plan-changed'; message: string; reviewedHash: string; newHash: string };

export interface PreApplyInput {
  branch: string;
  /** The commit pushed; named in messages. */
  sha: string;
  pull: PullRequestInfo | null;
  reviewed: ReviewedPlan | null;
  requireReviewedPlan: boolean;
  preventDeploy: boolean;
  configPath: string | null;
  /** Error findings of the config's validation, the check the plan makes (0 without a config). */
  configErrors: number;
}

/** Checks made before planning: the config is valid, does not block deploys, and there is a reviewed plan. */
export function refuseBeforePlanning(input: PreApplyInput): Refusal | null {
  if (input.preventDeploy) {
    return {
      reason: 'prevent-deploy',
      message: `${input.configPath ?? 'The config'} has \`prevent_deploy: true\`: \`qhub upgrade\` set it because a manual step is needed before the next deploy (see the upgrade notes of your QHub/Nebari version). Do that step, remove the line in a pull request, and merge it. Nothing was applied.`,
    };
  }
  // Before the review check: without a reviewed plan (a first deployment), nothing else stops an invalid config.
  if (input.configErrors > 0) {
    return {
      reason: 'invalid-config',
      message: `${input.configPath ?? 'The config'} did not pass validation (${input.configErrors} error${input.configErrors === 1 ? '' : 's'}, listed with the findings): fix it in a pull request and merge it. Nothing was planned or applied.`,
    };
  }
  if (input.reviewed !== null || !input.requireReviewedPlan) return null;
  const where = input.pull
    ? `pull request #${input.pull.number} has no plan comment from qhub-gitops for ${input.branch} (was the plan job skipped, or its comment deleted?)`
    : `commit ${input.sha.slice(0, 12)} on ${input.branch} did not come from a merged pull request (a direct push, or a run on a commit no pull request merged)`;
  return {
    reason: 'no-reviewed-plan',
    message: `No reviewed plan: ${where}. Open a pull request into ${input.branch} so the plan is reviewed, then merge it; or set \`require-reviewed-plan: false\` to apply whatever the plan is now. Nothing was applied.`,
  };
}

/** Checks made after re-planning: the plan is complete and is the one that was reviewed. */
export function refuseAfterPlanning(run: PlanRun, expectHash: string | null): Refusal | null {
  const failed = run.roots.filter((outcome) => outcome.status === 'failed');
  if (failed.length > 0) {
    const lines = failed.map((outcome) => {
      if (outcome.lock) return lockMessage(outcome.lock, outcome.root);
      const first = outcome.diagnostics[0];
      return `${outcome.root}: ${outcome.step} failed${first ? `: ${first.summary}` : ''}`;
    });
    return { reason: 'plan-failed', message: `The plan could not be made again, so nothing was applied.\n${lines.join('\n')}` };
  }
  const errored = run.roots.filter((outcome) => outcome.status === 'planned' && outcome.report.summary.errored);
  if (errored.length > 0) {
    return { reason: 'plan-failed', message: `The plan of ${errored.map((outcome) => outcome.root).join(', ')} reported errors, so nothing was applied.` };
  }
  if (expectHash !== null && expectHash !== run.hash) {
    return {
      reason: 'plan-changed',
      reviewedHash: expectHash,
      newHash: run.hash,
      message: `The plan changed since it was reviewed (reviewed ${expectHash}, now ${run.hash}): the state, the code or a provider moved between review and merge. Nothing was applied. Open a pull request (an empty commit is enough) to review the new plan.`,
    };
  }
  return null;
}

export interface RootDifference {
  root: string;
  status: 'planned' | 'pending' | 'failed';
  /** `N to add, N to change, N to destroy` for planned roots. */
  counts: { add: number; change: number; destroy: number } | null;
  /** Addresses the new plan would change (not no-ops). */
  addresses: string[];
}

/** What the new plan would do, root by root: shown when it is not the reviewed plan. */
export function newPlanChanges(run: PlanRun): RootDifference[] {
  return run.roots.map((outcome) => {
    if (outcome.status !== 'planned') return { root: outcome.root, status: outcome.status, counts: null, addresses: [] };
    const { summary, resources } = outcome.report;
    return {
      root: outcome.root,
      status: 'planned',
      counts: { add: summary.to_add, change: summary.to_change, destroy: summary.to_destroy },
      addresses: resources.filter((entry) => entry.action !== 'no-op').map((entry) => entry.address),
    };
  });
}

/**
 * A plan with nothing to do needs no review: every root planned, none with changes. (A pull request
 * whose plan changed nothing may have no comment at all with `comment: on-change`.)
 */
export function hasNothingToApply(run: PlanRun): boolean {
  return !run.failed && !run.hasChanges && run.roots.every((outcome) => outcome.status === 'planned');
}
