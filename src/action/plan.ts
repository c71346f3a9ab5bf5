// The action's plan: the plan job over the checkout, GitHub and the engine, reported with the plan's
// hash in the sticky comment's marker (which apply checks later), outputs and annotations.
import { posix } from 'node:path';
import type { Finding } from '../config/types.js';
import type { RunTarget } from '../jobs/deployment.js';
import { runPlan, type PlanOutcome } from '../jobs/plan.js';
import type { JobPorts } from '../jobs/ports.js';
import { buildComment, buildJobSummary, type CommentInput } from '../report/comment.js';
import { linkConfigChanges } from '../report/config-links.js';
import { renderFindingsMarkdown } from '../report/findings.js';
import type { PlanRun } from '../terraform/outcome.js';
import { runnerWarningNotice } from '../terraform/runner-warnings.js';
import { configChangeFindings } from './annotations.js';
import { deploymentBranch, validationOf } from './deployment.js';
import type { ActionResult } from './result.js';
import type { Settings } from './settings.js';
import { notesMarkdown, validationFailure, validationOutputs } from './validate.js';

/** The artifact name the template's plan workflow uploads the `plan-report` output under. */
const PLAN_ARTIFACT_NAME = 'qhub-gitops-plan';

const NO_PLAN_NOTE = 'No plan: the config has errors. Fix them and push again.';

export function planOutputs(run: PlanRun): Record<string, string> {
  let toAdd = 0;
  let toChange = 0;
  let toDestroy = 0;
  const destructive: string[] = [];
  for (const outcome of run.roots) {
    if (outcome.status !== 'planned') continue;
    toAdd += outcome.report.summary.to_add;
    toChange += outcome.report.summary.to_change;
    toDestroy += outcome.report.summary.to_destroy;
    destructive.push(...outcome.report.summary.destructive);
  }
  return {
    'has-changes': String(run.hasChanges),
    'to-add': String(toAdd),
    'to-change': String(toChange),
    'to-destroy': String(toDestroy),
    destructive: JSON.stringify(destructive),
    'plan-hash': run.hash,
    engine: JSON.stringify(run.engine ?? null),
  };
}

function planFailure(run: PlanRun): string | null {
  const failed = run.roots.filter((outcome) => outcome.status === 'failed');
  if (failed.length > 0) {
    return `Planning failed in ${failed.map((outcome) => `${outcome.root} (${outcome.step})`).join(', ')}. The errors are in the job summary.`;
  }
  return run.failed ? 'The plan reported errors. See the job summary.' : null;
}

/**
 * Engine errors and warnings that point into a root's files, as findings for annotations.
 * Only explicit roots live in the repository; QHub stages are rendered into a temporary directory.
 */
function rootDiagnosticFindings(run: PlanRun): Finding[] {
  const findings: Finding[] = [];
  for (const outcome of run.roots) {
    const diagnostics = outcome.status === 'failed' ? outcome.diagnostics : outcome.status === 'planned' ? outcome.warnings : [];
    for (const diagnostic of diagnostics) {
      const place = /^(.+?)(?::(\d+))?$/.exec(diagnostic.location ?? '');
      if (!place) continue;
      findings.push({
        rule: `plan/${outcome.status === 'failed' ? outcome.step : 'warning'}`,
        severity: diagnostic.severity,
        message: [diagnostic.summary, diagnostic.detail].filter(Boolean).join(': '),
        path: outcome.root,
        line: place[2] ? Number(place[2]) : null,
        column: null,
        file: posix.join(outcome.root, place[1]!),
      });
    }
  }
  return findings;
}

/**
 * Whether `comment: on-change` should post: findings, no plan at all, changes, failures, or roots
 * still pending (a stage waiting on an earlier one changes on apply, and merge needs this plan reviewed).
 */
export function planHasNews(findingCount: number, run: PlanRun | null): boolean {
  if (findingCount > 0 || run === null || run.hasChanges || run.failed) return true;
  return run.roots.some((outcome) => outcome.status === 'pending' || outcome.status === 'failed');
}

/** Why there is no plan, as the comment's note and the step's failure. */
function noPlanNote(planned: PlanOutcome): { note: string; failure: string | null } | null {
  const { noPlan } = planned;
  if (noPlan === null) return null;
  if (noPlan.reason === 'invalid-config') return { note: NO_PLAN_NOTE, failure: null };
  const headline = noPlan.message.split('\n')[0]!.replace(/:$/, '');
  return { note: `No plan: ${noPlan.message}`, failure: `No plan: ${headline}. The details are in the job summary.` };
}

/** Outputs, summary and comment for a plan run. */
function planResult(settings: Settings, planned: PlanOutcome, preface: readonly string[], explicitRoots: boolean): ActionResult {
  const { check, run, configChanges } = planned;
  const noPlan = noPlanNote(planned);
  const notes = [...preface, ...planned.notes, ...(noPlan ? [noPlan.note] : [])];
  const branch = deploymentBranch(settings);
  const intro = notesMarkdown(notes);
  // At each changed config line, an annotation naming the resources it changes.
  const changeFindings = configChanges && run ? configChangeFindings(linkConfigChanges(configChanges, run.roots)) : [];
  const input: CommentInput = {
    marker: { deployment: branch, config: check?.path ?? null, planHash: run?.hash ?? null, kind: 'plan' },
    title: `Plan for \`${branch ?? settings.event.kind}\``,
    ...(intro ? { intro } : {}),
    ...(configChanges && configChanges.length > 0 ? { configChanges } : {}),
    ...(check ? { validation: renderFindingsMarkdown(check.report) } : {}),
    ...(run ? { plan: { roots: run.roots, hash: run.hash }, runnerWarnings: run.runnerWarnings } : {}),
    artifactName: PLAN_ARTIFACT_NAME,
  };
  const comment =
    settings.event.kind === 'pull_request' && branch
      ? {
          deployment: branch,
          config: check?.path ?? null,
          kind: 'plan' as const,
          hasNews: planHasNews(check?.report.findings.length ?? 0, run),
          body: buildComment(input),
        }
      : null;
  return {
    outputs: { ...(check ? validationOutputs(check.report) : {}), ...(run ? planOutputs(run) : {}) },
    findings: [...(check?.report.findings ?? []), ...(run && explicitRoots ? rootDiagnosticFindings(run) : []), ...changeFindings],
    configFile: check?.configFile ?? '',
    summary: buildJobSummary(input),
    comment,
    notices: [...notes, ...(run?.runnerWarnings ?? []).map(runnerWarningNotice)],
    failure: (check && validationFailure(check.report, check.path, settings.failOn)) ?? noPlan?.failure ?? (run ? planFailure(run) : null),
    ...(run ? { planReport: buildJobSummary(input) } : {}),
  };
}

/** Plans the QHub config's stages as `qhub deploy` would apply them, or the `roots` input in order. */
export async function planAction(settings: Settings, target: RunTarget, ports: JobPorts, preface: readonly string[] = []): Promise<ActionResult> {
  const planned = await runPlan({ ...target, validate: validationOf(settings) }, ports);
  return planResult(settings, planned, preface, target.roots.length > 0);
}
