// The action's adapters for the jobs: subprocesses in log groups, the engine asked for by the
// inputs, the Actions cache for providers and virtualenvs, a private directory per run.
import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kubectlCluster } from '../deploy/cluster.js';
import { defaultPluginCacheDir, openEngine, type EngineArgs } from '../jobs/engine.js';
import { planDeployableConfig } from '../qhub/plan-config.js';
import type { JobPorts } from '../jobs/ports.js';
import type { ProcessRunner } from '../terraform/engine.js';
import { createProcessRunner, titledRunner } from '../terraform/process.js';
import { EngineSelectionError } from '../terraform/provision.js';
import { runnerBlockFilter } from '../terraform/runner-warnings.js';
import type { GitHubApi } from '../github/api.js';
import { childEnvironment } from './child-environment.js';
import { actionsCache, directoryListing } from './run-cache.js';
import { SettingsError, type Settings } from './settings.js';

/** What tofu, providers, QHub and kubectl see: the runner's environment without the GitHub tokens. */
const childEnv = childEnvironment(process.env);

/**
 * Every subprocess in a log group of its own, its lines in the log as they are printed. They go
 * through core.info, so the runner masks every secret registered with core.setSecret; inside
 * stop-commands, so a line that looks like a workflow command (`::…`) stays text. The engine's
 * CLI configuration problems, printed before every command, are shown the first time only.
 */
const runnerBlock = runnerBlockFilter();
const runner: ProcessRunner = titledRunner(
  createProcessRunner((line, stream) => {
    for (const shown of runnerBlock.lines(line, stream)) core.info(shown);
  }),
  (title, run) =>
    core.group(title, async () => {
      runnerBlock.startProcess();
      const resume = randomUUID();
      core.info(`::stop-commands::${resume}`);
      try {
        return await run();
      } finally {
        core.info(`::${resume}::`);
      }
    }),
);

/** The Actions cache where the runner has the service (null on self-hosted runners without it). */
const runCache = actionsCache((message) => core.warning(message));

/** This workflow run's page, for comments, deployment statuses and issues. */
export function runUrl(): string | null {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = process.env;
  return server && repository && runId ? `${server}/${repository}/actions/runs/${runId}` : null;
}

/** A private temporary directory (plans and rendered configs can hold secrets), removed afterwards. */
async function withPrivateDir<T>(prefix: string, use: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), prefix));
  try {
    return await use(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The provider plugin cache, restored from the newest run's and saved again only when this run
 * downloaded providers (each save is a new key; the service evicts the oldest).
 */
async function withPluginCache<T>(run: () => Promise<T>): Promise<T> {
  if (runCache === null) return run();
  const dir = defaultPluginCacheDir(childEnv);
  const prefix = `qhub-gitops-plugins-${process.platform}-${process.arch}-`;
  await runCache.restore(dir, `${prefix}${process.env.GITHUB_RUN_ID ?? ''}`, [prefix]);
  const before = await directoryListing(dir);
  try {
    return await run();
  } finally {
    if ((await directoryListing(dir)) !== before) await runCache.save(dir, `${prefix}${process.env.GITHUB_RUN_ID ?? Date.now()}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}`);
  }
}

/** The engine the inputs ask for; a request that names no engine is the workflow author's to fix. */
async function engineOf(args: EngineArgs) {
  // Tool-cache writes its own workflow commands to stdout: null leaves them to the runner.
  return openEngine(args, { env: childEnv, runner, log: (message) => core.info(message), toolOutput: null }).catch((error: unknown) => {
    throw error instanceof EngineSelectionError ? new SettingsError(`Inputs 'engine'/'engine-version': ${error.message}.`) : error;
  });
}

/** Runs `job` with the ports of plan, apply or destroy: the engine, GitHub, kubectl, the caches. */
export async function withJobPorts<T>(settings: Settings, github: GitHubApi, prefix: string, job: (ports: JobPorts) => Promise<T>): Promise<T> {
  const args: EngineArgs = { engine: settings.engine, ...(settings.engineVersion ? { engineVersion: settings.engineVersion } : {}), ...(settings.engineMirror ? { engineMirror: settings.engineMirror } : {}) };
  const engine = await engineOf(args);
  return withPluginCache(() =>
    withPrivateDir(prefix, (workDir) =>
      job({
        engine,
        github,
        cluster: kubectlCluster(runner, childEnv),
        runner,
        env: childEnv,
        log: (line) => core.info(line),
        notice: (line) => core.info(line),
        workDir,
        planConfig: planDeployableConfig,
        ...(runCache ? { venvCache: runCache } : {}),
      }),
    ),
  );
}
