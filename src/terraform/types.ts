// The plan entries that both the summary and the hash read: here so neither imports the other.
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
