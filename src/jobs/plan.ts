// The plan job: check the deployment's config, then plan its QHub stages (rendered by QHub itself,
// planned in deploy order) or the explicit roots. The plan's hash goes into the comment's marker,
// which apply checks later; what the config changes against its base is linked to the plan.
import { configChangesBetween, type ConfigChange } from '../config/changes.js';
import type { SourceFile } from '../config/types.js';
import { QhubError } from '../qhub/errors.js';
import type { PlanRun } from '../terraform/outcome.js';
import { planRoots } from '../terraform/roots.js';
import type { RunTarget } from './deployment.js';
import type { JobPorts } from './ports.js';
import { targetsOf } from './targets.js';
import { runValidate, type ConfigCheck, type ValidateRequest } from './validate.js';

/** Explicit roots, or the config's stages; with no config beside the roots, nothing is validated. */
export interface PlanRequest extends RunTarget {
  /** How the config is checked first. */
  validate: Omit<ValidateRequest, 'deployment'>;
}

/**
 * A plan is only for review (a pull request, drift, the CLI): it never takes the state lock, so it
 * never makes an apply wait or fail on it. Apply plans again with the lock.
 */
const REVIEW_PLAN_LOCK = false;

export type NoPlan = { reason: 'invalid-config' } | { reason: 'qhub'; message: string };

export interface PlanOutcome {
  /** Null when there was no config to check. */
  check: ConfigCheck | null;
  /** Null when nothing was planned (`noPlan` says why). */
  run: PlanRun | null;
  noPlan: NoPlan | null;
  /** Facts for the reader: what could not be compared, first deployments, outputs known only after apply. */
  notes: string[];
  /** What the config changes against its base, both sides with their environment files merged. */
  configChanges: ConfigChange[] | null;
}

/** A base-branch file as read through GitHub (`ref:path`), named by its path like the head's. */
function withoutRef(source: SourceFile): SourceFile {
  return { ...source, file: source.file.slice(source.file.indexOf(':') + 1) };
}

/**
 * What the config changes against its base, when there is one and both sides load. Base environment
 * files that were not given are taken as unchanged (the head's), so files both share do not show as added.
 */
function configChangesOf(check: ConfigCheck | null, fromGitHub: boolean): ConfigChange[] | null {
  const sources = check?.sources;
  if (!sources?.base) return null;
  const named = fromGitHub ? withoutRef : (source: SourceFile) => source;
  const baseEnvironments = sources.base.environmentFiles ?? sources.environmentFiles;
  return configChangesBetween({ config: named(sources.base.config), environmentFiles: baseEnvironments.map(named) }, sources);
}

export async function runPlan(request: PlanRequest, ports: JobPorts): Promise<PlanOutcome> {
  const check = request.deployment ? await runValidate({ ...request.validate, deployment: request.deployment }, ports) : null;
  const configChanges = configChangesOf(check, request.validate.compare.from === 'github');
  const outcome = { check, configChanges, notes: check?.notes ?? [] };
  if (check && (!check.report.valid || !check.report.version || !check.sources)) return { ...outcome, run: null, noPlan: { reason: 'invalid-config' } };
  try {
    const targets = await targetsOf({ ...request, version: check?.report.version ?? null, lock: REVIEW_PLAN_LOCK }, ports);
    if ('roots' in targets) return { ...outcome, run: await planRoots(targets.roots, ports.engine, { planDir: ports.workDir, lock: REVIEW_PLAN_LOCK }), noPlan: null };
    return { ...outcome, notes: [...outcome.notes, ...targets.config.notes], run: targets.config.run, noPlan: null };
  } catch (error) {
    // QHub could not be installed or could not render: the validation is still reported.
    if (!(error instanceof QhubError)) throw error;
    return { ...outcome, run: null, noPlan: { reason: 'qhub', message: error.message } };
  }
}
