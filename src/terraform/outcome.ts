// What planning one root (a Terraform root module or a QHub stage) came to.
import type { Diagnostic, StateLock } from './diagnostics.js';
import type { EngineIdentity } from './provision.js';
import type { PlanReport } from './summary.js';

/** Which engine planned a root, and which engine version last wrote its state. */
export interface RootEngine {
  /** Null when the engine could not be run or did not say its version. */
  engine?: EngineIdentity | null;
  /** `terraform_version` of the root's state before this plan; null for an empty or unreadable state. */
  stateVersion?: string | null;
}

export type RootOutcome =
  | (RootEngine & {
      status: 'planned';
      /** The root as the user named it (a directory or a stage name). */
      root: string;
      report: PlanReport;
      /** Absolute path of the saved plan, for `apply PLANFILE` (null when summarizing a JSON file). */
      planFile: string | null;
      warnings: Diagnostic[];
    })
  | (RootEngine & {
      status: 'failed';
      root: string;
      step: string;
      diagnostics: Diagnostic[];
      lock: StateLock | null;
      /** What the errored plan had worked out before it stopped (engines save it), when readable. */
      partial: PlanReport | null;
    })
  | {
      status: 'pending';
      root: string;
      /** Why it could not be planned yet (never reported as "no changes"). */
      reason: string;
    };

export interface PlanRun {
  /** One outcome per root spec, in the same order. */
  roots: RootOutcome[];
  /** Combined hash over every root in order (pending roots hashed as pending). */
  hash: string;
  /** Some root would change something other than runner-local noise. */
  hasChanges: boolean;
  /** Some root failed to plan. */
  failed: boolean;
  /** The engine that planned (the first root's that names one), null when none ran. */
  engine?: EngineIdentity | null;
}
