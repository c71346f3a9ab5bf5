// What planning one root (a Terraform root module or a QHub stage) came to.
import type { Diagnostic, StateLock } from './diagnostics.js';
import type { PlanReport } from './summary.js';

export type RootOutcome =
  | {
      status: 'planned';
      /** The root as the user named it (a directory or a stage name). */
      root: string;
      report: PlanReport;
      /** Absolute path of the saved plan, for `apply PLANFILE` (null when summarizing a JSON file). */
      planFile: string | null;
      warnings: Diagnostic[];
    }
  | {
      status: 'failed';
      root: string;
      step: string;
      diagnostics: Diagnostic[];
      lock: StateLock | null;
      /** What the errored plan had worked out before it stopped (engines save it), when readable. */
      partial: PlanReport | null;
    }
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
  /** Engine warnings about the runner (its CLI configuration, the plugin cache), once for the whole run. */
  runnerWarnings: Diagnostic[];
}
