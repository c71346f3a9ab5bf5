// Text order that is the same on every machine: localeCompare depends on the locale (and its
// first call spends milliseconds setting up ICU collation, a tenth of a cold `validate`).

/** Code-unit order of two strings. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
