// The `terraform show -json` / `tofu show -json` plan format (format_version 0.1 to 1.x),
// read defensively: every field beyond format_version is optional across versions.
import { parseSelected, type Selection } from './json-sections.js';

export type ChangeAction = 'no-op' | 'create' | 'read' | 'update' | 'delete' | 'forget';

/** A `change` object: before/after values with the masks that say what is unknown or sensitive. */
export interface Change {
  actions: ChangeAction[];
  before?: unknown;
  after?: unknown;
  /** `true` or a nested object/array of `true` leaves marking values only known after apply. */
  after_unknown?: unknown;
  /** Same shape, marking sensitive values (absent before format 0.2). */
  before_sensitive?: unknown;
  after_sensitive?: unknown;
  /** Present when the resource is being imported (format 1.1+). */
  importing?: { id?: string; identity?: unknown; unknown?: boolean };
  /** Paths whose change forces a replacement, e.g. [["triggers_replace"]]. */
  replace_paths?: unknown[][];
  generated_config?: string;
}

export interface ResourceChange {
  address: string;
  previous_address?: string;
  module_address?: string;
  mode?: 'managed' | 'data';
  type: string;
  name?: string;
  index?: unknown;
  provider_name?: string;
  deposed?: string;
  action_reason?: string;
  change: Change;
}

export interface OutputChange extends Change {}

export interface PlanJson {
  format_version: string;
  terraform_version?: string;
  resource_changes?: ResourceChange[];
  resource_drift?: ResourceChange[];
  output_changes?: Record<string, OutputChange>;
  planned_values?: { outputs?: Record<string, { sensitive?: boolean }> };
  configuration?: {
    provider_config?: Record<string, { full_name?: string }>;
    root_module?: { outputs?: Record<string, { sensitive?: boolean }> };
  };
  applyable?: boolean;
  complete?: boolean;
  errored?: boolean;
}

/** The plan file is not something we can summarize: not JSON, not a plan, or an unknown format. */
export class PlanFormatError extends Error {
  override name = 'PlanFormatError';
}

/**
 * The parts of a plan this tool reads. The rest (prior_state, planned_values' resources, the
 * configuration's modules) is most of a large plan's text and is skipped unparsed.
 */
const READ_SECTIONS: Selection = {
  format_version: true,
  terraform_version: true,
  resource_changes: true,
  resource_drift: true,
  output_changes: true,
  planned_values: { outputs: true },
  configuration: { provider_config: true, root_module: { outputs: true } },
  applyable: true,
  complete: true,
  errored: true,
};

/**
 * From this size on, finding the sections' ends (about 1.5 ns a character once compiled) costs
 * less than parsing what is skipped; below it, the scan's warm-up costs more than it saves.
 */
const SELECTIVE_PARSE_MIN_CHARS = 4 * 1024 * 1024;

// Minor format versions only add fields; a new major version may change meanings.
const SUPPORTED_MAJOR_VERSIONS = new Set(['0', '1']);

/** Parses and checks the top-level shape of a plan JSON document. */
export function parsePlanJson(text: string, source = 'plan'): PlanJson {
  let data: unknown;
  try {
    data = text.length >= SELECTIVE_PARSE_MIN_CHARS ? parseSelected(text, READ_SECTIONS) : JSON.parse(text);
  } catch (error) {
    throw new PlanFormatError(`${source} is not JSON (${(error as Error).message}); expected the output of 'tofu show -json PLANFILE'`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new PlanFormatError(`${source} is not a plan: expected a JSON object from 'tofu show -json PLANFILE'`);
  }
  const record = data as Record<string, unknown>;
  const version = record.format_version;
  if (typeof version !== 'string') {
    throw new PlanFormatError(`${source} is not a plan: it has no format_version (is it a state file or another JSON document?)`);
  }
  const match = /^(\d+)\.(\d+)$/.exec(version);
  if (!match || !SUPPORTED_MAJOR_VERSIONS.has(match[1]!)) {
    throw new PlanFormatError(`${source} has plan format_version ${JSON.stringify(version)}, which this tool does not know (supported: 0.x and 1.x)`);
  }
  const looksLikePlan =
    'resource_changes' in record || 'planned_values' in record || 'output_changes' in record || 'errored' in record || 'resource_drift' in record;
  if (!looksLikePlan) {
    throw new PlanFormatError(`${source} is not a plan: no resource_changes, output_changes or planned_values (a state file?)`);
  }
  for (const key of ['resource_changes', 'resource_drift'] as const) {
    const list = record[key];
    if (list !== undefined && list !== null && !(Array.isArray(list) && list.every(isResourceChange))) {
      throw new PlanFormatError(`${source} is not a valid plan: ${key} must be a list of changes with address, type and change.actions`);
    }
  }
  const outputs = record.output_changes;
  if (outputs !== undefined && outputs !== null && (typeof outputs !== 'object' || !Object.values(outputs).every(isChange))) {
    throw new PlanFormatError(`${source} is not a valid plan: output_changes must map names to changes with actions`);
  }
  return record as unknown as PlanJson;
}

function isChange(value: unknown): value is Change {
  return typeof value === 'object' && value !== null && Array.isArray((value as Change).actions);
}

function isResourceChange(value: unknown): value is ResourceChange {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as ResourceChange;
  return typeof candidate.address === 'string' && typeof candidate.type === 'string' && isChange(candidate.change);
}
