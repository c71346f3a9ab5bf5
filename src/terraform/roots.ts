// The generic root loop under every plan: init, plan and show -json per root in order,
// summarized into one PlanRun with a combined hash. QHub's planner and the jobs share it.
import { join, resolve } from 'node:path';
import { EngineError, type Engine, type RootSettings } from './engine.js';
import { combinedHash } from './hash.js';
import type { PlanRun, RootOutcome } from './outcome.js';
import { parsePlanJson, PlanFormatError } from './plan-json.js';
import { separateRunnerDiagnostics } from './runner-warnings.js';
import { summarizePlan, type PlanReport, type SummarizeOptions } from './summary.js';

export interface RootSpec {
  /** Directory of the Terraform root module. */
  dir: string;
  /** How reports name the root (default: `dir`), e.g. a QHub stage name. */
  label?: string;
  settings?: RootSettings;
  /** Set when the caller already knows this root cannot be planned yet, and why. */
  pending?: string;
}

/** Explicit root directories as given (`--root`, the `roots` input), relative to `baseDir`, named as given. */
export function explicitRoots(dirs: readonly string[], baseDir: string): RootSpec[] {
  return dirs.map((dir) => ({ dir: resolve(baseDir, dir), label: dir }));
}

export interface PlanRootsOptions {
  /** Absolute directory for the saved plan files (they can hold secrets: keep it private and temporary). */
  planDir: string;
  summarize?: Omit<SummarizeOptions, 'tool'>;
  /** `false`: plans only for review (pull requests, drift) leave the state lock to apply. Default true. */
  lock?: boolean;
}

export function failureOf(error: unknown, root: string): Extract<RootOutcome, { status: 'failed' }> {
  if (error instanceof EngineError) {
    return { status: 'failed', root, step: error.step, diagnostics: error.diagnostics, lock: error.lock, partial: null };
  }
  if (error instanceof PlanFormatError) {
    const diagnostic = { severity: 'error' as const, summary: error.message, detail: '', location: null };
    return { status: 'failed', root, step: 'show', diagnostics: [diagnostic], lock: null, partial: null };
  }
  throw error;
}

/** Engines save an errored plan too; its show -json says what was planned before the error. */
async function erroredPlan(engine: Engine, spec: RootSpec, planFile: string, summarize: SummarizeOptions): Promise<PlanReport | null> {
  try {
    return summarizePlan(parsePlanJson(await engine.showJson(spec.dir, planFile, spec.settings)), summarize);
  } catch {
    return null;
  }
}

/**
 * Plans each root in order. A root that fails after an earlier root has unapplied changes is
 * reported as pending (it most likely reads outputs the earlier root has not produced yet); a root
 * after a failure is pending too. Never throws for engine failures: they are outcomes.
 */
export async function planRoots(specs: readonly RootSpec[], engine: Engine, options: PlanRootsOptions): Promise<PlanRun> {
  const { tool } = await engine.version().catch(() => ({ tool: null }));
  const identity = await engine.identity();
  const roots: RootOutcome[] = [];
  for (const [index, spec] of specs.entries()) {
    const root = spec.label ?? spec.dir;
    if (spec.pending !== undefined) {
      roots.push({ status: 'pending', root, reason: spec.pending });
      continue;
    }
    const failedEarlier = roots.find((outcome) => outcome.status === 'failed');
    if (failedEarlier) {
      roots.push({ status: 'pending', root, reason: `not planned because ${failedEarlier.root} failed` });
      continue;
    }
    const changedEarlier = roots.filter((outcome) => outcome.status === 'pending' || (outcome.status === 'planned' && outcome.report.hasChanges));
    const planFile = join(options.planDir, `${index}.tfplan`);
    const summarize = { ...options.summarize, tool };
    let stateVersion: string | null = null;
    try {
      await engine.init(spec.dir, spec.settings);
      stateVersion = await engine.stateVersion(spec.dir, spec.settings).catch(() => null);
      const planned = await engine.plan(spec.dir, planFile, options.lock === false ? { ...spec.settings, lock: false } : spec.settings);
      const report = summarizePlan(parsePlanJson(await engine.showJson(spec.dir, planFile, spec.settings), `plan of ${root}`), summarize);
      roots.push({ status: 'planned', root, report, planFile, warnings: planned.warnings, engine: identity, stateVersion });
    } catch (error) {
      const failure = { ...failureOf(error, root), engine: identity, stateVersion };
      // A held lock is a real failure whatever came before: keep it, with its unlock command.
      if (failure.lock === null && changedEarlier.length > 0) {
        const first = failure.diagnostics[0];
        const earlier = changedEarlier.map((outcome) => outcome.root).join(', ');
        roots.push({ status: 'pending', root, reason: `cannot be planned until the changes to ${earlier} are applied${first ? ` (${first.summary})` : ''}` });
      } else {
        if (failure.step === 'plan') failure.partial = await erroredPlan(engine, spec, planFile, summarize);
        roots.push(failure);
      }
    }
  }
  return planRunOf(roots);
}

/** The run's totals over its root outcomes: the combined hash, whether anything changes or failed. */
export function planRunOf(outcomes: RootOutcome[]): PlanRun {
  const { roots, runner } = separateRunnerDiagnostics(outcomes);
  return {
    roots,
    hash: combinedHash(roots.map((outcome) => (outcome.status === 'planned' ? outcome.report.summary.hash : outcome.status))),
    hasChanges: roots.some((outcome) => outcome.status === 'planned' && outcome.report.hasChanges),
    failed: roots.some((outcome) => outcome.status === 'failed' || (outcome.status === 'planned' && outcome.report.summary.errored)),
    runnerWarnings: runner,
    engine: roots.map((outcome) => (outcome.status === 'pending' ? null : (outcome.engine ?? null))).find((engine) => engine !== null) ?? null,
  };
}
