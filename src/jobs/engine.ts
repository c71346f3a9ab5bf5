// The engine a run asks for (`engine`, `engine-version`, `engine-mirror`; the CLI's options alike),
// over real processes with the shared plugin cache; provisioned once the release is known.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultCacheRoot } from '../qhub/venv.js';
import { createEngine, type Engine, type ProcessRunner } from '../terraform/engine.js';
import { checkEngineRequest, isAuto } from '../terraform/provision.js';
import { engineCacheRoot, engineSelector, toolCacheStore } from '../terraform/provision-store.js';

/** How plan, apply and destroy (CLI options and action inputs alike) ask for an engine. */
export interface EngineArgs {
  /** `auto` (default), `tofu`, `terraform` or a path. */
  engine?: string;
  engineVersion?: string;
  /** Base URL of an engine mirror; else QHUB_GITOPS_ENGINE_MIRROR; else the official release locations. */
  engineMirror?: string;
}

export interface EngineEnvironment {
  env: Record<string, string | undefined>;
  runner: ProcessRunner;
  /** Provisioning's messages (downloaded, verified, cached). */
  log: (message: string) => void;
  /** Where tool-cache's own output goes; null leaves it to stdout (the runner reads it in the action). */
  toolOutput: ((text: string) => void) | null;
}

/** Providers are cached beside the other heavy caches (QHUB_GITOPS_CACHE), unless TF_PLUGIN_CACHE_DIR says otherwise. */
export function defaultPluginCacheDir(env: Record<string, string | undefined>): string {
  return env.TF_PLUGIN_CACHE_DIR ?? join(defaultCacheRoot(env as NodeJS.ProcessEnv), 'plugins');
}

/** Whether explicit roots follow their release's engine: only `auto` does. */
export function followsRelease(args: EngineArgs): boolean {
  return isAuto(args.engine || 'auto');
}

/**
 * The engine asked for, with the shared plugin cache created. Throws EngineSelectionError for a
 * request that names no engine (e.g. a version that is not exact): each front door words it.
 */
export async function openEngine(args: EngineArgs, environment: EngineEnvironment): Promise<Engine> {
  const { env, runner } = environment;
  const request = { engine: args.engine || 'auto', ...(args.engineVersion ? { engineVersion: args.engineVersion } : {}) };
  checkEngineRequest(request);
  const pluginCacheDir = defaultPluginCacheDir(env);
  await mkdir(pluginCacheDir, { recursive: true });
  const mirror = args.engineMirror || env.QHUB_GITOPS_ENGINE_MIRROR || undefined;
  const select = engineSelector(request, {
    store: toolCacheStore(engineCacheRoot(env as NodeJS.ProcessEnv, defaultCacheRoot(env as NodeJS.ProcessEnv)), environment.toolOutput),
    runner,
    env: env as NodeJS.ProcessEnv,
    ...(mirror ? { mirror } : {}),
    ...(env.RUNNER_TEMP ? { tempDir: env.RUNNER_TEMP } : {}),
    log: environment.log,
  });
  return createEngine({ engine: request.engine, runner, env: env as NodeJS.ProcessEnv, pluginCacheDir, select });
}
