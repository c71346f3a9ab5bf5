// What an apply or a destroy came to, as data the reports, the issue and the exit code are built from.
import type { Diagnostic } from '../terraform/diagnostics.js';
import type { PlanRun } from '../terraform/outcome.js';
import type { Refusal } from './gate.js';
import type { Leftover, NameCheck } from './leftovers.js';
import type { RootApply, RootDestroy } from '../terraform/types.js';

export interface ApplyOutcome {
  /** The plan made at apply time (null when refused before planning). */
  plan: PlanRun | null;
  refusal: Refusal | null;
  roots: RootApply[];
  /** Engine warnings about the runner (the plan's, and those taken out of failed roots), once each. */
  runnerWarnings: Diagnostic[];
}

/** 0 applied; 3 the plan is not the reviewed one (nothing changed); 1 anything else. */
export function applyExitCode(outcome: ApplyOutcome): number {
  if (outcome.refusal?.reason === 'plan-changed') return 3;
  if (outcome.refusal) return 1;
  return outcome.roots.every((root) => root.status === 'applied') ? 0 : 1;
}

export interface ClusterStep {
  what: string;
  status: 'done' | 'failed' | 'skipped';
  detail: string;
}

export interface DestroyOutcome {
  /** In the order they were destroyed (the reverse of apply). */
  roots: RootDestroy[];
  cluster: ClusterStep[];
  leftovers: Leftover[];
  nameChecks: NameCheck[];
  /** Engine warnings about the runner (taken out of the roots' failures), once each. */
  runnerWarnings: Diagnostic[];
}

/** Destroyed only when every state could be listed and is empty. */
export function isDestroyed(outcome: DestroyOutcome): boolean {
  return outcome.leftovers.length === 0 && outcome.roots.every((root) => root.state.addresses !== null);
}
