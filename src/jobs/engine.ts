// The engine a run asks for (`engine`, `engine-version`, `engine-mirror`; the CLI's options alike),
// over real processes with the shared plugin cache; provisioned once the release is known.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultCacheRoot } from '../qhub/venv.js';
import { createEngine, resolveEngineCommand, type Engine, type ProcessRunner } from '../terraform/engine.js';
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
  env: NodeJS.ProcessEnv;
  runner: ProcessRunner;
  /** Provisioning's messages (downloaded, verified, cached). */
  log: (message: string) => void;
  /** Where tool-cache's own output goes; null leaves it to stdout (the runner reads it in the action). */
  toolOutput: ((text: string) => void) | null;
}

/** Providers are cached beside the other heavy caches (QHUB_GITOPS_CACHE), unless TF_PLUGIN_CACHE_DIR says otherwise. */
export function defaultPluginCacheDir(env: NodeJS.ProcessEnv): string {
  return env.TF_PLUGIN_CACHE_DIR ?? join(defaultCacheRoot(env), 'plugins');
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
    store: toolCacheStore(engineCacheRoot(env, defaultCacheRoot(env)), environment.toolOutput),
    runner,
    env: env,
    ...(mirror ? { mirror } : {}),
    ...(env.RUNNER_TEMP ? { tempDir: env.RUNNER_TEMP } : {}),
    log: environment.log,
  });
  return createEngine({ engine: request.engine, runner, env: env, pluginCacheDir, select });
}

/**
 * The engine `open` makes, opened at its first use: a run that stops before (an invalid config, a
 * refusal) never provisions one. A failure to open it is thrown by that first call, forRelease included.
 */
export function lazyEngine(args: EngineArgs, open: () => Promise<Engine>): Engine {
  let opening: Promise<Engine> | undefined;
  let opened: Engine | undefined;
  const use = async (): Promise<Engine> => (opened ??= await (opening ??= open()));
  return {
    get command() {
      return opened?.command ?? resolveEngineCommand(args.engine || 'auto');
    },
    followsRelease: isAuto(args.engine || 'auto'),
    forRelease: async (pin) => (await use()).forRelease(pin),
    version: async () => (await use()).version(),
    identity: async () => (await use()).identity(),
    stateVersion: async (root, settings) => (await use()).stateVersion(root, settings),
    importResource: async (root, address, id, settings) => (await use()).importResource(root, address, id, settings),
    init: async (root, settings) => (await use()).init(root, settings),
    plan: async (root, planFile, settings) => (await use()).plan(root, planFile, settings),
    showJson: async (root, planFile, settings) => (await use()).showJson(root, planFile, settings),
    apply: async (root, planFile, settings) => (await use()).apply(root, planFile, settings),
    destroy: async (root, settings) => (await use()).destroy(root, settings),
    stateList: async (root, settings) => (await use()).stateList(root, settings),
    outputJson: async (root, settings) => (await use()).outputJson(root, settings),
    forceUnlock: async (root, lockId, settings) => (await use()).forceUnlock(root, lockId, settings),
  };
}
