// The generic loops over roots: plan (init, plan and show -json per root in order, summarized into
// one PlanRun with a combined hash), apply of the saved plans root by root, and destroy in reverse
// order reading each state back. QHub's planner and the jobs share them.
import { join, resolve } from 'node:path';
import type { Diagnostic } from './diagnostics.js';
import { EngineError, type Engine, type RootSettings } from './engine.js';
import { combinedHash } from './hash.js';
import type { PlanRun, RootOutcome } from './outcome.js';
import { parsePlanJson, PlanFormatError } from './plan-json.js';
import { isRunnerDiagnostic, runnerDiagnostics, separateRunnerDiagnostics, type RunnerDiagnostics } from './runner-warnings.js';
import type { RootApply, RootDestroy, RootFailure, RootState } from './types.js';
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

/**
 * A root's failed step: the engine's step, diagnostics (with `runner`, its diagnostics about the
 * runner taken out) and lock, or the plan JSON it printed that could not be read. Any other error
 * is not a root's failure: it is rethrown.
 */
export function stepFailureOf(error: unknown, runner?: RunnerDiagnostics): RootFailure {
  if (error instanceof EngineError) {
    return { step: error.step, diagnostics: runner ? runner.takeFromFailure(error.diagnostics) : error.diagnostics, lock: error.lock };
  }
  if (error instanceof PlanFormatError) {
    return { step: 'show', diagnostics: [{ severity: 'error', summary: error.message, detail: '', location: null }], lock: null };
  }
  throw error;
}

/** A root's failed plan as its outcome (see `stepFailureOf`). */
export function failureOf(error: unknown, root: string): Extract<RootOutcome, { status: 'failed' }> {
  return { status: 'failed', root, ...stepFailureOf(error), partial: null };
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

/** What the roots of an apply or a destroy came to, and the engine's warnings about the runner, once each. */
export interface RootsRun<Root> {
  roots: Root[];
  runnerWarnings: Diagnostic[];
}

/**
 * Applies each root's saved plan file in the plan's order; the first root that is not applied stops
 * the rest. `specs` are the roots as planned (same directory and settings), named like
 * `plan.roots[].root`; `previewOnly` roots were planned against an empty local state: never applied.
 */
export async function applySavedPlans(plan: PlanRun, specs: readonly RootSpec[], engine: Engine, previewOnly: readonly string[] = []): Promise<RootsRun<RootApply>> {
  const roots: RootApply[] = [];
  // The engine repeats its warnings about the runner before every command: the run reports them once.
  const runner = runnerDiagnostics(plan.runnerWarnings);
  let stopReason: string | null = null;
  for (const outcome of plan.roots) {
    const spec = specs.find((candidate) => (candidate.label ?? candidate.dir) === outcome.root);
    if (stopReason !== null) {
      roots.push({ root: outcome.root, status: 'not-applied', why: stopReason });
      continue;
    }
    if (outcome.status !== 'planned' || !spec || outcome.planFile === null || previewOnly.includes(outcome.root)) {
      // Pending at review too (same hash): its changes were never shown, so they are not applied.
      const why =
        outcome.status === 'pending'
          ? outcome.reason
          : previewOnly.includes(outcome.root)
            ? 'it was planned against an empty local state, as a preview of a first deployment'
            : 'its plan cannot be applied';
      roots.push({ root: outcome.root, status: 'not-applied', why: `it had no applicable plan to review (${why}); open a pull request now to plan and review it` });
      stopReason = `${outcome.root} before it was not applied`;
      continue;
    }
    try {
      await engine.apply(spec.dir, outcome.planFile, spec.settings);
    } catch (error) {
      const { diagnostics, lock } = stepFailureOf(error, runner);
      roots.push({ root: outcome.root, status: 'failed', diagnostics, lock });
      stopReason = `${outcome.root} before it failed`;
      continue;
    }
    try {
      roots.push({ root: outcome.root, status: 'applied', outputs: await engine.outputJson(spec.dir, spec.settings), outputsError: null });
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      roots.push({ root: outcome.root, status: 'applied', outputs: null, outputsError: error.message });
    }
  }
  return { roots, runnerWarnings: runner.found() };
}

/** What a root's state still holds. A root that never had a state (nothing applied here) holds nothing. */
export async function readRootState(engine: Engine, spec: RootSpec): Promise<RootState> {
  const root = spec.label ?? spec.dir;
  try {
    return { root, addresses: await engine.stateList(spec.dir, spec.settings) };
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    if (error.diagnostics.some((diagnostic) => /No state file was found/.test(`${diagnostic.summary}\n${diagnostic.detail}`))) return { root, addresses: [] };
    return { root, addresses: null, error: error.diagnostics.find((diagnostic) => !isRunnerDiagnostic(diagnostic))?.summary ?? error.message };
  }
}

/** A root to destroy, or one that could not be prepared (its variables or its state are out of reach). */
export type DestroyTarget = RootSpec | { root: string; unprepared: string };

/** Destroys the roots (given in apply order) in reverse order, continuing past failures, and reads each state back. */
export async function destroyInReverse(targets: readonly DestroyTarget[], engine: Engine): Promise<RootsRun<RootDestroy>> {
  const roots: RootDestroy[] = [];
  // The engine repeats its warnings about the runner before every command: the run reports them once.
  const runner = runnerDiagnostics();
  for (const spec of [...targets].reverse()) {
    if ('unprepared' in spec) {
      // Not destroyed and not readable: never reported as empty.
      roots.push({ root: spec.root, failure: null, state: { root: spec.root, addresses: null, error: spec.unprepared } });
      continue;
    }
    const root = spec.label ?? spec.dir;
    let failure: RootDestroy['failure'] = null;
    try {
      await engine.init(spec.dir, spec.settings);
      runner.take((await engine.destroy(spec.dir, spec.settings)).warnings);
    } catch (error) {
      failure = stepFailureOf(error, runner);
    }
    roots.push({ root, failure, state: await readRootState(engine, spec) });
  }
  return { roots, runnerWarnings: runner.found() };
}
