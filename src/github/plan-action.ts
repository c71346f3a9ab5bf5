// The action's `plan` over explicit Terraform roots (the `roots` input): validate
// the config when there is one, plan the roots in order, and report the plan with
// its hash in the sticky comment's marker, which apply later checks.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { planRoots } from '../commands/plan.js';
import { DEFAULT_CONFIG_NAMES } from '../config/local-sources.js';
import { buildComment, buildJobSummary, type CommentInput } from '../report/comment.js';
import type { Engine } from '../terraform/engine.js';
import type { PlanRun } from '../terraform/outcome.js';
import type { ActionResult } from './action-result.js';
import type { GitHubApi } from './api.js';
import type { Settings } from './settings.js';
import {
  checkConfig,
  deploymentBranch,
  notesMarkdown,
  validationFailure,
  validationOutputs,
  type ConfigCheck,
} from './validate-action.js';

export interface PlanDependencies {
  engine: Engine;
  /** Private temporary directory for plan files (they can hold secrets). */
  planDir: string;
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
  };
}

function planFailure(run: PlanRun): string | null {
  const failed = run.roots.filter((outcome) => outcome.status === 'failed');
  if (failed.length > 0) {
    return `Planning failed in ${failed.map((outcome) => `${outcome.root} (${outcome.step})`).join(', ')}. The errors are in the job summary.`;
  }
  return run.failed ? 'The plan reported errors. See the job summary.' : null;
}

/** Plans the `roots` input in order. */
export async function runRootsPlan(settings: Settings, api: GitHubApi, dependencies: PlanDependencies, preface: string[]): Promise<ActionResult> {
  const notes = [...preface];
  // Explicit roots need no QHub config; one that is there (or named) is still validated.
  const configNamed =
    settings.config !== null || DEFAULT_CONFIG_NAMES.some((name) => existsSync(resolve(settings.workingDirectory, name)));
  const check: ConfigCheck | null = configNamed ? await checkConfig(settings, api, notes) : null;

  const validationBlocked = check !== null && !check.report.valid;
  let run: PlanRun | null = null;
  if (validationBlocked) {
    notes.push('No plan: the config has errors. Fix them and push again.');
  } else {
    run = await planRoots(
      settings.roots.map((dir) => ({ dir: resolve(settings.workingDirectory, dir), label: dir })),
      dependencies.engine,
      { planDir: dependencies.planDir },
    );
  }

  const deployment = deploymentBranch(settings);
  const intro = notesMarkdown(notes);
  const input: CommentInput = {
    marker: { deployment, config: check?.path ?? null, planHash: run?.hash ?? null, kind: 'plan' },
    title: `Plan for \`${deployment ?? settings.event.kind}\``,
    ...(intro ? { intro } : {}),
    ...(check ? { validation: check.findingsMarkdown } : {}),
    ...(run ? { plan: { roots: run.roots, hash: run.hash } } : {}),
  };
  const comment =
    settings.event.kind === 'pull_request' && deployment
      ? {
          deployment,
          config: check?.path ?? null,
          kind: 'plan' as const,
          hasNews: (check?.report.findings.length ?? 0) > 0 || run === null || run.hasChanges || run.failed,
          body: buildComment(input),
        }
      : null;

  return {
    outputs: { ...(check ? validationOutputs(check.report) : {}), ...(run ? planOutputs(run) : {}) },
    findings: check?.report.findings ?? [],
    configFile: check?.configFile ?? '',
    summary: buildJobSummary(input),
    comment,
    notices: notes,
    failure: (check && validationFailure(check.report, check.path, settings.failOn)) ?? (run ? planFailure(run) : null),
  };
}
