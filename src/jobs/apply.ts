// The apply job, for `qhub-gitops apply` and the action's apply: re-plan every root, and apply the plan
// files just made, root by root, only when that plan is the reviewed one (same hash). Never a fresh
// untargeted apply, never a retry: a failure stops the run and says what was and was not applied.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadYaml } from '../config/load.js';
import { DEFAULT_CONFIG_NAMES, readSource, resolveConfigPath } from '../config/local-sources.js';
import { QhubError } from '../qhub/errors.js';
import type { VenvCache } from '../qhub/venv.js';
import { hasNothingToApply, mergedPullFor, refuseAfterPlanning, refuseBeforePlanning, reviewedPlanIn, type ReviewedPlan } from '../deploy/gate.js';
import { deploymentFacts, environmentUrl, type DeploymentFacts } from '../deploy/facts.js';
import { lockMessage } from '../deploy/lock.js';
import { applyExitCode, type ApplyOutcome } from '../deploy/outcome.js';
import type { ActionResult } from '../action/result.js';
import { GitHubApiError, type GitHubApi, type IssueComment, type PullRequestInfo } from '../github/api.js';
import { SettingsError, type Settings } from '../action/settings.js';
import { checkConfig, repositoryPath } from './validate.js';
import { applyCommentBody, applyJobSummary, type ApplyReportInput, type ApplyState } from '../report/apply.js';
import { countBySeverity } from '../report/findings.js';
import { formatDiagnostic } from '../terraform/diagnostics.js';
import type { Engine, ProcessRunner } from '../terraform/engine.js';
import { runnerWarningNotice } from '../terraform/runner-warnings.js';
import { applySavedPlans, planRoots, type RootSpec } from '../terraform/roots.js';
import { configRequest, configSourceOf, targetsOf } from './targets.js';
import type { PlanRun } from '../terraform/outcome.js';

export interface ApplyOptions {
  /** The reviewed plan hash; null applies whatever the plan is now (require-reviewed-plan: false). */
  expectHash: string | null;
  /** Called once the new plan passed the checks, before anything is applied. */
  beforeApply?: () => Promise<void>;
  /** Roots whose plan shows a first deployment against an empty local state: never applied. */
  previewOnly?: readonly string[];
}

/**
 * Checks a fresh plan against the reviewed hash, then applies each root's saved plan file in order
 * (applySavedPlans). `specs` are the roots as planned, named like `plan.roots[].root`.
 */
export async function applyPlanned(plan: PlanRun, specs: readonly RootSpec[], engine: Engine, options: ApplyOptions): Promise<ApplyOutcome> {
  const refusal = refuseAfterPlanning(plan, options.expectHash);
  if (refusal) return { plan, refusal, roots: [], runnerWarnings: plan.runnerWarnings };
  await options.beforeApply?.();
  return { plan, refusal: null, ...(await applySavedPlans(plan, specs, engine, options.previewOnly)) };
}

/** Plans explicit roots again (planRoots, as the pull request did) and applies them through applyPlanned. */
export async function applyRoots(specs: readonly RootSpec[], engine: Engine, options: ApplyOptions & { planDir: string }): Promise<ApplyOutcome> {
  const plan = await planRoots(specs, engine, { planDir: options.planDir });
  return applyPlanned(plan, specs, engine, options);
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

export interface ActionDependencies {
  engine: Engine;
  /** Private temporary directory for the render, variable files and plan files (they can hold secrets). */
  planDir: string;
  /** Link to this workflow run, for comments, deployment statuses and issues. */
  runUrl: string | null;
  /** The environment of QHub's render (childEnvironment: no GitHub tokens). */
  env: Record<string, string | undefined>;
  /** Runs QHub, pip and venv (the engine has its own). */
  runner: ProcessRunner;
  /** Keeps the QHub virtualenv between runs (the Actions cache), where there is one. */
  venvCache?: VenvCache;
}

export interface ConfigFacts {
  facts: DeploymentFacts;
  /** From the repository root. */
  path: string;
}

/** The deployment facts of the config in the checkout; null when explicit roots have no config. */
export async function readConfigFacts(settings: Settings): Promise<ConfigFacts | null> {
  const cwd = settings.workingDirectory;
  const named = settings.config !== null || DEFAULT_CONFIG_NAMES.some((name) => existsSync(resolve(cwd, name)));
  if (!named) return null;
  const configFile = resolveConfigPath(settings.config ?? undefined, cwd);
  const read = await readSource(configFile, cwd);
  if ('missing' in read) throw new SettingsError(`${configFile}: ${read.missing}. Set the action's \`config\` and \`working-directory\` inputs.`);
  const loaded = loadYaml(read.source.bytes, configFile);
  if (!loaded.document) throw new SettingsError(`${configFile} cannot be read: ${loaded.findings.map((finding) => finding.message).join('; ')}`);
  return { facts: deploymentFacts(loaded.document.data), path: repositoryPath(settings, configFile) };
}

/** The deployment branch of a push or dispatch, checked against the prefix. */
export function deploymentOf(settings: Settings, command: string): { branch: string; name: string; sha: string } {
  const event = settings.event;
  if (event.kind === 'pull_request') throw new SettingsError(`${command} does not run on pull_request: it runs on a push to (or a dispatch on) a ${settings.deploymentBranchPrefix}<name> branch.`);
  const branch = event.branch;
  if (!branch || !branch.startsWith(settings.deploymentBranchPrefix) || branch === settings.deploymentBranchPrefix) {
    throw new SettingsError(
      `${command} runs only on ${settings.deploymentBranchPrefix}<name> branches, not on '${branch ?? 'a tag or detached ref'}': restrict the workflow's branches to '${settings.deploymentBranchPrefix}**'.`,
    );
  }
  return { branch, name: branch.slice(settings.deploymentBranchPrefix.length), sha: event.sha };
}

type PlanForApply = { plan: PlanRun; specs: RootSpec[]; previewOnly: string[] } | { error: string };

/** The fresh plan apply compares with the review: the `roots` input, else the QHub config's stages. */
async function planForApply(settings: Settings, dependencies: ActionDependencies): Promise<PlanForApply> {
  try {
    const targets = await targetsOf(configRequest(settings.roots, configSourceOf(settings, dependencies), dependencies.engine, dependencies.planDir));
    if ('roots' in targets) return { plan: await planRoots(targets.roots, dependencies.engine, { planDir: dependencies.planDir }), specs: targets.roots, previewOnly: [] };
    return { plan: targets.config.run, specs: targets.config.specs, previewOnly: targets.config.previewOnly };
  } catch (error) {
    if (error instanceof QhubError) return { error: error.message };
    throw error;
  }
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

/** Reporting to GitHub must neither decide nor hide what was done: a failed call becomes a notice. */
export async function bestEffort<T>(notices: string[], what: string, call: () => Promise<T>): Promise<T | null> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    notices.push(`Could not ${what}: ${error.message}`);
    return null;
  }
}

export async function runApplyAction(settings: Settings, api: GitHubApi, dependencies: ActionDependencies): Promise<ActionResult> {
  const { branch, name, sha } = deploymentOf(settings, 'apply');
  const config = await readConfigFacts(settings);
  const notices: string[] = [];
  // The plan's check again: a first deployment (require-reviewed-plan: false) has no review that ran it.
  const check = config ? await checkConfig(settings, api, notices) : null;
  const { pull, reviewed } = await reviewedPlanOf(api, sha, branch);
  const marker = reviewed?.marker ?? { deployment: branch, config: config?.path ?? null, planHash: null, kind: 'apply' as const };
  const report = (state: ApplyState, outcome: ApplyOutcome | null): ApplyReportInput => ({
    marker,
    deployment: branch,
    sha,
    runUrl: dependencies.runUrl,
    state,
    outcome,
    previousBody: reviewed?.body ?? null,
  });
  const updateComment = async (state: ApplyState, outcome: ApplyOutcome | null): Promise<void> => {
    if (reviewed) await api.updateComment(reviewed.commentId, applyCommentBody(report(state, outcome)));
  };

  const early = refuseBeforePlanning({
    branch,
    sha,
    pull,
    reviewed,
    requireReviewedPlan: settings.requireReviewedPlan,
    preventDeploy: config?.facts.preventDeploy ?? false,
    configPath: config?.path ?? null,
    configErrors: check ? countBySeverity(check.report.findings).error : 0,
  });
  const result = (outcome: ApplyOutcome, state: ApplyState): ActionResult => ({
    outputs: {
      'plan-hash': outcome.plan?.hash ?? '',
      applied: String(state === 'applied'),
      'apply-result': outcome.refusal?.reason ?? state,
      engine: JSON.stringify(outcome.plan?.engine ?? null),
    },
    findings: check?.report.findings ?? [],
    configFile: check?.configFile ?? '',
    summary: [applyJobSummary(report(state, outcome)), outcome.refusal?.reason === 'invalid-config' ? check?.findingsMarkdown : ''].filter(Boolean).join('\n\n'),
    comment: null,
    notices: [...notices, ...outcome.runnerWarnings.map(runnerWarningNotice)],
    failure: state === 'applied' || state === 'unchanged' ? null : `${outcome.refusal ? `${outcome.refusal.reason}: ` : ''}${applyOutcomeText(outcome).join('\n')}`,
  });
  if (early?.reason === 'no-reviewed-plan') {
    // Nothing reviewed, but maybe nothing to review: a plan without changes is reported, never applied.
    const planned = await planForApply(settings, dependencies);
    if (!('error' in planned) && hasNothingToApply(planned.plan)) return result({ plan: planned.plan, refusal: null, roots: [], runnerWarnings: planned.plan.runnerWarnings }, 'unchanged');
  }
  if (early) {
    const outcome: ApplyOutcome = { plan: null, refusal: early, roots: [], runnerWarnings: [] };
    await bestEffort(notices, 'update the pull request comment', () => updateComment('refused', outcome));
    return result(outcome, 'refused');
  }

  const url = config ? environmentUrl(config.facts) : null;
  // The deployment comes before any change: a missing permission fails with nothing applied.
  const deployment = await api.createDeployment({ ref: branch, environment: name, description: `qhub-gitops apply of ${sha.slice(0, 12)}`, payload: { reviewedPlanHash: reviewed?.planHash ?? null } });
  const status = (state: 'in_progress' | 'success' | 'failure', description: string) =>
    api.createDeploymentStatus(deployment.id, { state, description, ...(dependencies.runUrl ? { logUrl: dependencies.runUrl } : {}), ...(url ? { environmentUrl: url } : {}) });
  await status('in_progress', 'Planning again and applying the reviewed plan');

  let outcome: ApplyOutcome;
  try {
    const planned = await planForApply(settings, dependencies);
    outcome =
      'error' in planned
        ? { plan: null, refusal: { reason: 'plan-failed', message: `The plan could not be made again, so nothing was applied.\n${planned.error}` }, roots: [], runnerWarnings: [] }
        : await applyPlanned(planned.plan, planned.specs, dependencies.engine, {
            expectHash: reviewed?.planHash ?? null,
            previewOnly: planned.previewOnly,
            // The comment reports; the reviewed hash already gated. A token that cannot write it does not block the apply.
            beforeApply: async () => {
              await bestEffort(notices, 'update the pull request comment', () => updateComment('applying', null));
            },
          });
  } catch (error) {
    // Never leave the deployment "in progress" behind a run that stopped.
    await bestEffort(notices, 'update the deployment status', () => status('failure', 'qhub-gitops stopped: see the run'));
    throw error;
  }
  const state: ApplyState = outcome.refusal ? 'refused' : applyExitCode(outcome) === 0 ? 'applied' : 'failed';
  await bestEffort(notices, 'update the pull request comment', () => updateComment(state, outcome));
  const describe = state === 'applied' ? 'Applied the reviewed plan' : outcome.refusal ? `Not applied: ${outcome.refusal.reason}` : 'Apply failed: see the run';
  await bestEffort(notices, 'update the deployment status', () => status(state === 'applied' ? 'success' : 'failure', describe));
  if (!reviewed) notices.push(`No reviewed plan to compare with (${pull ? `pull request #${pull.number} has no plan comment` : `commit ${sha.slice(0, 12)} did not come from a merged pull request`}): require-reviewed-plan is false, so the plan made in this run was used.`);
  return result(outcome, state);
}
