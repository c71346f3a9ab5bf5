// Safe readers over untyped config data: rules run on schema-invalid input too,
// so every read checks the shape and answers `undefined` instead of throwing.
import type { DocPath } from '../../config/types.js';

export type Mapping = Record<string, unknown>;

export function asMapping(value: unknown): Mapping | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Mapping) : undefined;
}

export function asList(value: unknown): unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A finite number, also from a numeric string (`'1.5'`), since YAML authors quote numbers. */
export function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : undefined;
  }
  return undefined;
}

/** The value at `path`, or undefined when any step is missing or of the wrong shape. */
export function valueAt(data: unknown, path: DocPath): unknown {
  let current = data;
  for (const segment of path) {
    if (typeof segment === 'number') {
      const list = asList(current);
      if (!list) return undefined;
      current = list[segment];
    } else {
      const mapping = asMapping(current);
      if (!mapping || !Object.hasOwn(mapping, segment)) return undefined;
      current = mapping[segment];
    }
  }
  return current;
}

/** Entries of the mapping at `path` (empty when absent or not a mapping). */
export function entriesAt(data: unknown, path: DocPath): [string, unknown][] {
  return Object.entries(asMapping(valueAt(data, path)) ?? {});
}
