// What a pull request changes in the config: the leaves that differ between the base branch's
// config and the head's, both with their environment files merged, each with the file and line
// that now holds it. Secret-looking keys are compared but never carry their values out.
import { diffDocuments, pathOf } from '../terraform/string-diff.js';
import { mergeEnvironments } from './environments.js';
import { loadYaml, locate } from './load.js';
import { formatPath, type LoadedDocument } from './types.js';
import type { SourceFile } from './types.js';

export interface ConfigChange {
  /** As findings show it: `profiles.jupyterlab[1].kubespawner_override.cpu_limit`. */
  path: string;
  /** The last mapping key of the path (list indexes skipped), e.g. `cpu_limit`. */
  key: string | null;
  /** The file that holds the key on the head branch (an environment file for `environments.<file>`). */
  file: string;
  /** 1-based line of the key on the head branch (its nearest remaining parent when removed), or null. */
  line: number | null;
  column: number | null;
  /** undefined: that side has nothing here. Secret changes carry neither value. */
  before: unknown;
  after: unknown;
  secret: boolean;
  /** The added or removed subtree (a new environment file, a removed profile) this leaf belongs to, as a path. */
  subtree: string | null;
}

/** The changed leaves of the config, in document order. */
export function configChanges(base: LoadedDocument, head: LoadedDocument): ConfigChange[] {
  return diffDocuments(base.data, head.data).changes.map((change) => {
    const position = locate(head, change.segments);
    return {
      path: formatPath(change.segments),
      key: change.key,
      file: head.fileFor(change.segments),
      line: position?.line ?? null,
      column: position?.column ?? null,
      before: change.sensitive ? undefined : change.before,
      after: change.sensitive ? undefined : change.after,
      secret: change.sensitive,
      subtree: change.subtree === null ? null : subtreePath(change.segments, change.subtree),
    };
  });
}

/** The subtree, named by its path the way findings name paths. */
function subtreePath(segments: readonly (string | number)[], subtree: string): string {
  for (let length = 1; length <= segments.length; length++) {
    if (pathOf(segments.slice(0, length)) === subtree) return formatPath(segments.slice(0, length));
  }
  return subtree;
}

export interface ConfigSources {
  config: SourceFile;
  environmentFiles: readonly SourceFile[];
}

/** A config with its environment files merged, or null when any of them cannot be read. */
function loadMerged(sources: ConfigSources): LoadedDocument | null {
  const config = loadYaml(sources.config.bytes, sources.config.file).document;
  const environments = sources.environmentFiles.map((source) => loadYaml(source.bytes, source.file).document);
  if (config === null || environments.some((document) => document === null)) return null;
  return mergeEnvironments(config, environments as LoadedDocument[]).config;
}

/** The config changes between two branches' sources, or null when either side cannot be read (validation reports why). */
export function configChangesBetween(base: ConfigSources, head: ConfigSources): ConfigChange[] | null {
  const baseDocument = loadMerged(base);
  const headDocument = loadMerged(head);
  return baseDocument === null || headDocument === null ? null : configChanges(baseDocument, headDocument);
}
