// The action's `plan`: validate the config, then plan either the QHub config's
// stages (render with QHub itself, plan each stage in deploy order) or the
// explicit `roots`, and report the plan with its hash in the sticky comment's
// marker, which apply later checks.
import { existsSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import { explicitRoots, planRoots } from '../terraform/roots.js';
import { configChangesBetween, type ConfigChange } from '../config/changes.js';
import { DEFAULT_CONFIG_NAMES } from '../config/local-sources.js';
import type { Finding, VersionInfo } from '../config/types.js';
import type { SourceFile } from '../config/types.js';
import type { PlannedConfig } from '../qhub/plan-config.js';
import { QhubError } from '../qhub/errors.js';
import { buildComment, buildJobSummary, type CommentInput } from '../report/comment.js';
import { linkConfigChanges } from '../report/config-links.js';
import { runnerWarningNotice } from '../terraform/runner-warnings.js';
import type { Engine } from '../terraform/engine.js';
import type { PlanRun } from '../terraform/outcome.js';
import type { ActionResult } from '../action/result.js';
import { configChangeFindings } from '../action/annotations.js';
import type { GitHubApi } from '../github/api.js';
import type { Settings } from '../action/settings.js';
import {
  checkConfig,
  deploymentBranch,
  notesMarkdown,
  validationFailure,
  validationOutputs,
  type ConfigCheck,
} from './validate.js';

export interface RootsPlanDependencies {
  engine: Engine;
  /** Private temporary directory for plan files (they can hold secrets). */
  planDir: string;
}

export interface QhubPlanRequest {
  /** Absolute path of the config as checked out. */
  configPath: string;
  /** Environment files merged into it before QHub renders it. */
  environmentFiles: readonly SourceFile[];
  version: VersionInfo;
  /** Whether the plan takes the state lock (see REVIEW_PLAN_LOCK). */
  lock: boolean;
}

/** Plans a validated QHub config (QHub virtualenv, render, stages); main.ts supplies the real one. */
export type QhubPlanner = (request: QhubPlanRequest) => Promise<PlannedConfig>;

export interface QhubPlanDependencies {
  planConfig: QhubPlanner;
  /** Private temporary directory for the merged config. */
  workDir: string;
}

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
 * The action's plans (pull requests, drift) are only for review: they plan without the state
 * lock, so they never make an apply wait or fail on it. Apply plans again with the lock.
 */
export const REVIEW_PLAN_LOCK = false;

/** The artifact name the template's plan workflow uploads the `plan-report` output under. */
export const PLAN_ARTIFACT_NAME = 'qhub-gitops-plan';

const NO_PLAN_NOTE = 'No plan: the config has errors. Fix them and push again.';

/**
 * Engine errors and warnings that point into a root's files, as findings for annotations.
 * Only explicit roots live in the repository; QHub stages are rendered into a temporary directory.
 */
export function rootDiagnosticFindings(run: PlanRun): Finding[] {
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

/** A base-branch file as read through the API (`ref:path`), named by its path like the head's. */
function withoutRef(source: SourceFile): SourceFile {
  return { ...source, file: source.file.slice(source.file.indexOf(':') + 1) };
}

/** What the PR changes in the config, when the base branch has the config and both sides load. */
function prConfigChanges(check: ConfigCheck | null): ConfigChange[] | null {
  const base = check?.sources?.base;
  if (!base) return null;
  return configChangesBetween({ config: withoutRef(base.config), environmentFiles: base.environmentFiles.map(withoutRef) }, check.sources!);
}

/** Outputs, summary and comment for a plan run (null when validation stopped it). */
function planResult(settings: Settings, check: ConfigCheck | null, run: PlanRun | null, notes: string[], extraFindings: Finding[] = []): ActionResult {
  const deployment = deploymentBranch(settings);
  const intro = notesMarkdown(notes);
  const configChanges = prConfigChanges(check);
  // At each changed config line, an annotation naming the resources it changes.
  const changeFindings = configChanges && run ? configChangeFindings(linkConfigChanges(configChanges, run.roots)) : [];
  const input: CommentInput = {
    marker: { deployment, config: check?.path ?? null, planHash: run?.hash ?? null, kind: 'plan' },
    title: `Plan for \`${deployment ?? settings.event.kind}\``,
    ...(intro ? { intro } : {}),
    ...(configChanges && configChanges.length > 0 ? { configChanges } : {}),
    ...(check ? { validation: check.findingsMarkdown } : {}),
    ...(run ? { plan: { roots: run.roots, hash: run.hash }, runnerWarnings: run.runnerWarnings } : {}),
    artifactName: PLAN_ARTIFACT_NAME,
  };
  const comment =
    settings.event.kind === 'pull_request' && deployment
      ? {
          deployment,
          config: check?.path ?? null,
          kind: 'plan' as const,
          hasNews: planHasNews(check?.report.findings.length ?? 0, run),
          body: buildComment(input),
        }
      : null;
  return {
    outputs: { ...(check ? validationOutputs(check.report) : {}), ...(run ? planOutputs(run) : {}) },
    findings: [...(check?.report.findings ?? []), ...extraFindings, ...changeFindings],
    configFile: check?.configFile ?? '',
    summary: buildJobSummary(input),
    comment,
    notices: [...notes, ...(run?.runnerWarnings ?? []).map(runnerWarningNotice)],
    failure: (check && validationFailure(check.report, check.path, settings.failOn)) ?? (run ? planFailure(run) : null),
    ...(run ? { planReport: buildJobSummary(input) } : {}),
  };
}

/** Plans the `roots` input in order. */
export async function runRootsPlan(settings: Settings, api: GitHubApi, dependencies: RootsPlanDependencies, preface: string[]): Promise<ActionResult> {
  const notes = [...preface];
  // Explicit roots need no QHub config; one that is there (or named) is still validated.
  const configNamed =
    settings.config !== null || DEFAULT_CONFIG_NAMES.some((name) => existsSync(resolve(settings.workingDirectory, name)));
  const check = configNamed ? await checkConfig(settings, api, notes) : null;
  if (check && !check.report.valid) return planResult(settings, check, null, [...notes, NO_PLAN_NOTE]);
  const run = await planRoots(
    explicitRoots(settings.roots, settings.workingDirectory),
    dependencies.engine,
    { planDir: dependencies.planDir, lock: REVIEW_PLAN_LOCK },
  );
  return planResult(settings, check, run, notes, rootDiagnosticFindings(run));
}

/** Plans the QHub config's stages, as `qhub deploy` would apply them. */
export async function runQhubPlan(settings: Settings, api: GitHubApi, dependencies: QhubPlanDependencies, preface: string[]): Promise<ActionResult> {
  const notes = [...preface];
  const check = await checkConfig(settings, api, notes);
  const version = check.report.version;
  if (!check.report.valid || !version || !check.sources) return planResult(settings, check, null, [...notes, NO_PLAN_NOTE]);

  let planned: PlannedConfig;
  try {
    const configPath = resolve(settings.workingDirectory, check.configFile);
    planned = await dependencies.planConfig({ configPath, environmentFiles: check.sources.environmentFiles, version, lock: REVIEW_PLAN_LOCK });
  } catch (error) {
    // QHub could not be installed or could not render: the validation still gets reported.
    if (!(error instanceof QhubError)) throw error;
    const result = planResult(settings, check, null, [...notes, `No plan: ${error.message}`]);
    const headline = error.message.split('\n')[0]!.replace(/:$/, '');
    return { ...result, failure: result.failure ?? `No plan: ${headline}. The details are in the job summary.` };
  }
  return planResult(settings, check, planned.run, [...notes, ...planned.notes]);
}
