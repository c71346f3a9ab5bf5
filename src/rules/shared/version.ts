// Numeric comparison of QHub/Nebari release numbers (`0.3.13`, `2023.7.2`, `2023.7.2.dev23+g…`).

/** The leading numeric release parts: `2023.7.2.dev23+g53d` -> [2023, 7, 2]. */
export function releaseParts(version: string): number[] {
  const match = /^v?(\d+(?:\.\d+)*)/.exec(version.trim());
  return match ? match[1]!.split('.').map(Number) : [];
}

/** The release without pre/dev/local suffixes, e.g. `2023.7.2`; undefined when not a version. */
export function releaseOf(version: string): string | undefined {
  const parts = releaseParts(version);
  return parts.length > 0 ? parts.join('.') : undefined;
}

export function compareVersions(a: string, b: string): number {
  const left = releaseParts(a);
  const right = releaseParts(b);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

export function isAtLeast(version: string, minimum: string): boolean {
  return compareVersions(version, minimum) >= 0;
}
