// One deployment's config, read once per run: the file, its parsed document, the environment files
// merged into it, the pinned release and the deployment facts. Validation, the run's secrets, apply's
// and destroy's facts and QHub's render all take it from here.
import { existsSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import { loadYaml, type LoadResult } from '../config/load.js';
import { DEFAULT_CONFIG_NAMES, readEnvironmentFiles, readPinnedVersion, readSource, resolveConfigPath } from '../config/local-sources.js';
import type { SourceFile } from '../config/types.js';
import { deploymentFacts, type DeploymentFacts } from '../deploy/facts.js';
import { explicitRoots, type RootSpec } from '../terraform/roots.js';

/** Where a deployment's config is: the action's inputs or the CLI's options. */
export interface DeploymentSource {
  /** The directory the config, the environments and explicit roots are relative to. */
  cwd: string;
  /** Null: qhub-config.yaml, else nebari-config.yaml. */
  config: string | null;
  /** Null: environments/ next to the config, when it exists. */
  environments: string | null;
  /** The release that will deploy, when given (else the config's, else `.qhub-version`). */
  qhubVersion: string | null;
}

export interface Deployment {
  source: DeploymentSource;
  /** The config as named, relative to `cwd` (where annotations and messages start). */
  configFile: string;
  /** The config's absolute path. */
  configPath: string;
  /** The config as read; null when it is missing (`missing` says why). */
  config: SourceFile | null;
  missing: string | null;
  /** Its YAML, parsed once (a document, or the findings of why it does not load); null when missing. */
  loaded: LoadResult | null;
  /** The environment files merged into it; an Error when the environments directory cannot be read. */
  environmentFiles: SourceFile[] | Error;
  /** The release `.qhub-version` next to the config pins. */
  pinnedVersion: string | null;
  /** Names of cloud objects and settings apply and destroy need; null when the config does not load. */
  facts: DeploymentFacts | null;
}

/** Whether there is a config to read: one is named, or a default one exists (explicit roots may have none). */
export function configNamed(source: DeploymentSource): boolean {
  return source.config !== null || DEFAULT_CONFIG_NAMES.some((name) => existsSync(resolve(source.cwd, name)));
}

/** What plan, apply and destroy run on. */
export interface RunTarget {
  source: DeploymentSource;
  /** The deployment's config, read once; null when explicit roots have none beside them. */
  deployment: Deployment | null;
  /** Explicit roots, in order; empty: the config's stages. */
  roots: readonly RootSpec[];
}

/**
 * A run's target: the explicit roots (from `source.cwd`) and the deployment's config, read once:
 * always for the QHub stages; beside explicit roots when one is named, or with `defaultBesideRoots`
 * (the action) when a default one is in the working directory.
 */
export async function runTargetOf(source: DeploymentSource, rootNames: readonly string[], options: { defaultBesideRoots: boolean }): Promise<RunTarget> {
  const roots = explicitRoots(rootNames, source.cwd);
  const besideRoots = options.defaultBesideRoots ? configNamed(source) : source.config !== null;
  const deployment = roots.length === 0 || besideRoots ? await readDeployment(source) : null;
  return { source, deployment, roots };
}

/** Reads the deployment's config and its companions once; nothing here throws for a bad file. */
export async function readDeployment(source: DeploymentSource): Promise<Deployment> {
  const configFile = resolveConfigPath(source.config ?? undefined, source.cwd);
  const base = { source, configFile, configPath: resolve(source.cwd, configFile) };
  const read = await readSource(configFile, source.cwd);
  if ('missing' in read) {
    return { ...base, config: null, missing: read.missing, loaded: null, environmentFiles: [], pinnedVersion: null, facts: null };
  }
  const environmentFiles = await readEnvironmentFiles(configFile, source.cwd, source.environments ?? undefined).catch((error: Error) => error);
  const loaded = loadYaml(read.source.bytes, configFile);
  return {
    ...base,
    config: read.source,
    missing: null,
    loaded,
    environmentFiles,
    pinnedVersion: (await readPinnedVersion(configFile, source.cwd)) ?? null,
    facts: loaded.document ? deploymentFacts(loaded.document.data) : null,
  };
}

/** A path of the checkout (the config, its environments directory) from the repository root, as the contents API and the marker name it. */
export function repositoryPath(repositoryDirectory: string, file: string): string {
  return posix.normalize(posix.join(repositoryDirectory || '.', file.replaceAll('\\', '/')));
}
