// The plan entries that both the summary and the hash read (here so neither imports the other), and
// what applying or destroying a root came to (here so the root loops and the reports share them).
import type { Diagnostic, StateLock } from './diagnostics.js';
import type { RiskLabel } from './risk.js';
import type { RunnerLocalResource } from './runner-local.js';
import type { AttributeChange } from './values.js';

/** One bucket per resource change; `import` and `move` are counted on top of the action bucket. */
export type CountKey = 'create' | 'update' | 'delete' | 'replace' | 'read' | 'no-op' | 'forget' | 'import' | 'move';
export type ActionBucket = Exclude<CountKey, 'import' | 'move'>;

export interface ResourceEntry {
  address: string;
  previousAddress: string | null;
  type: string;
  mode: 'managed' | 'data';
  action: ActionBucket;
  /** For replacements: which happens first. */
  replaceOrder: 'delete-first' | 'create-first' | null;
  importing: boolean;
  deposed: string | null;
  reason: string | null;
  attributes: AttributeChange[];
  risk: RiskLabel | null;
  runnerLocal: RunnerLocalResource | null;
}

export interface OutputEntry {
  name: string;
  action: ActionBucket;
  attributes: AttributeChange[];
}

export type OutputValue = { value?: unknown; type?: unknown; sensitive?: boolean };

export type RootApply =
  | { root: string; status: 'applied'; outputs: Record<string, OutputValue> | null; outputsError: string | null }
  | { root: string; status: 'failed'; diagnostics: Diagnostic[]; lock: StateLock | null }
  /** Not applied: an earlier root failed, or it could not be planned at review time. */
  | { root: string; status: 'not-applied'; why: string };

/** One root's state after its destroy: the addresses `state list` printed, or why it could not list. */
export type RootState = { root: string; addresses: string[] } | { root: string; addresses: null; error: string };

/** Which step of a root failed, what the engine said, and the state lock when that was the problem. */
export interface RootFailure {
  step: string;
  diagnostics: Diagnostic[];
  lock: StateLock | null;
}

export interface RootDestroy {
  root: string;
  /** Null when the engine's destroy exited 0 (which alone proves nothing). */
  failure: RootFailure | null;
  state: RootState;
}
