// What plan, apply and destroy run, decided once: the explicit roots (`--root`, the `roots`
// input), else the stages of the QHub config, rendered and planned by its exact QHub release.
import { resolve } from 'node:path';
import { readEnvironmentFiles, readPinnedVersion, resolveConfigPath } from '../config/local-sources.js';
import { planDeployableConfig, type PlannedConfig } from '../qhub/plan-config.js';
import type { VenvCache } from '../qhub/venv.js';
import type { Settings } from '../action/settings.js';
import type { Engine, ProcessRunner } from '../terraform/engine.js';
import { explicitRoots, type RootSpec } from '../terraform/roots.js';

/** Where a QHub config is and how it is read: the action's inputs, or the CLI's options. */
export interface ConfigSource {
  cwd: string;
  /** Null: qhub-config.yaml, else nebari-config.yaml. */
  config: string | null;
  environments: string | null;
  qhubVersion: string | null;
  env: Record<string, string | undefined>;
  /** Runs QHub, pip and venv for it. */
  runner: ProcessRunner;
  venvCache?: VenvCache;
}

export function configSourceOf(settings: Settings, dependencies: Pick<ConfigSource, 'env' | 'runner' | 'venvCache'>): ConfigSource {
  const { env, runner, venvCache } = dependencies;
  return { cwd: settings.workingDirectory, config: settings.config, environments: settings.environments, qhubVersion: settings.qhubVersion, env, runner, ...(venvCache ? { venvCache } : {}) };
}

/** Plans the QHub config as a plan does: environment files merged, the same version, every stage. */
export async function planQhubConfig(source: ConfigSource, engine: Engine, workDir: string): Promise<PlannedConfig> {
  const configFile = resolveConfigPath(source.config ?? undefined, source.cwd);
  const environmentFiles = await readEnvironmentFiles(configFile, source.cwd, source.environments ?? undefined);
  const pinnedVersion = await readPinnedVersion(configFile, source.cwd);
  return planDeployableConfig({
    configPath: resolve(source.cwd, configFile),
    environmentFiles,
    engine,
    workDir,
    env: source.env,
    runner: source.runner,
    ...(source.venvCache ? { venvCache: source.venvCache } : {}),
    ...(source.qhubVersion ? { requestedVersion: source.qhubVersion } : {}),
    ...(pinnedVersion ? { pinnedVersion } : {}),
  });
}

/** A run's targets: explicit roots, or the QHub config they come from. */
export interface TargetRequest {
  /** As given, relative to `cwd`; empty: the config's stages. */
  roots: readonly string[];
  cwd: string;
  /** Renders and plans the config's stages (plan validates the config first, apply and destroy do not). */
  planConfig: () => Promise<PlannedConfig>;
}

/** The request of apply and destroy: explicit roots, else the config as planQhubConfig plans it. */
export function configRequest(roots: readonly string[], source: ConfigSource, engine: Engine, workDir: string): TargetRequest {
  return { roots, cwd: source.cwd, planConfig: () => planQhubConfig(source, engine, workDir) };
}

/** Explicit roots are run as given; a config is already planned (its stages need their inputs). */
export type Targets = { roots: RootSpec[] } | { config: PlannedConfig };

/** Throws QhubError when QHub cannot be installed or refuses the config. */
export async function targetsOf(request: TargetRequest): Promise<Targets> {
  if (request.roots.length > 0) return { roots: explicitRoots(request.roots, request.cwd) };
  return { config: await request.planConfig() };
}
