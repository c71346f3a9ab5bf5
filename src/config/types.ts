// Shared shapes of the pure core: findings, positions, loaded documents, versions.
// Nothing here imports @actions/*: the action and the CLI are thin edges over these.

export type Severity = 'error' | 'warning' | 'notice';

/** One problem found in a config; the JSON shape of `validate --format json` (docs/architecture.md). */
export interface Finding {
  /** `schema/<keyword>`, a guard rule id, or `load/<problem>`. */
  rule: string;
  severity: Severity;
  message: string;
  /** Dotted path with `[i]` for list items, e.g. `profiles.jupyterlab[1].kubespawner_override`. */
  path: string;
  /** 1-based; null when the finding has no place in a file (e.g. a missing file). */
  line: number | null;
  column: number | null;
  /** The file the finding points into when it is not the config itself (environment files). */
  file?: string;
}

/** A path into a YAML document: mapping keys and list indexes. */
export type PathSegment = string | number;
export type DocPath = readonly PathSegment[];

export interface Position {
  line: number;
  column: number;
}

/** A YAML document loaded with positions. */
export interface LoadedDocument {
  /** Path as given by the user (used in messages and annotations). */
  file: string;
  /** Plain JS value of the document (aliases resolved). */
  data: unknown;
  /** Where the key at `path` stands (or the value, for list items / the root). */
  keyPosition(path: DocPath): Position | null;
  /** Where the value at `path` starts. */
  valuePosition(path: DocPath): Position | null;
  /**
   * The file that defines `path`: `file` itself, except in a config merged with
   * environment files, where paths under `environments.<name>` live in that file.
   */
  fileFor(path: DocPath): string;
}

export type VersionFamily =
  | 'qhub-0.3.11'
  | 'qhub-0.3.12'
  | 'qhub-0.4'
  | 'nebari-2022.10'
  | 'nebari-2023.10';

export interface VersionInfo {
  family: VersionFamily;
  /** The exact version string, e.g. `0.3.11`, `0.4.5`, `2023.7.2`. */
  value: string;
  source: 'config' | 'option' | 'pin-file';
}

/** Formats a path the way findings show it: `a.b[1].c`. Keys with dots or spaces stay readable. */
export function formatPath(path: DocPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

/** One file as read: its bytes and the name findings give it. */
export interface SourceFile {
  bytes: Uint8Array | string;
  file: string;
}

/** The outcome of validating one config: its version and every finding. */
export interface ValidationReport {
  file: string;
  version: VersionInfo | null;
  valid: boolean;
  findings: Finding[];
}
