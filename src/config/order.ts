// Orders that are the same on every machine: localeCompare depends on the locale (and its first
// call spends milliseconds setting up ICU collation, a tenth of a cold `validate`).
import type { Finding } from './types.js';

/** Code-unit order of two strings. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 } as const;

/**
 * The one order of findings, wherever they are listed: by file, position (findings without a line,
 * about the file as a whole, first), severity, rule, path and message.
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.file ?? '', b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    compareText(a.rule, b.rule) ||
    compareText(a.path, b.path) ||
    compareText(a.message, b.message)
  );
}
