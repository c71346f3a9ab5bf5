// The options plan, apply and destroy share (what runs, and which engine runs it), defined once, and
// what they become: the deployment's config read once, what it is compared with, the jobs' ports.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEnvironmentFiles, readSource } from '../config/local-sources.js';
import type { SourceFile } from '../config/types.js';
import { kubectlCluster } from '../deploy/cluster.js';
import { runTargetOf, type Deployment, type DeploymentSource, type RunTarget } from '../jobs/deployment.js';
import { lazyEngine, openEngine, type EngineArgs } from '../jobs/engine.js';
import { planDeployableConfig } from '../qhub/plan-config.js';
import type { JobPorts } from '../jobs/ports.js';
import type { ValidateRequest } from '../jobs/validate.js';
import type { ProcessRunner } from '../terraform/engine.js';
import { spawnRunner, titledRunner } from '../terraform/process.js';
import { checkEngineRequest, EngineSelectionError } from '../terraform/provision.js';
import { UsageError, UserFacingError, type CliIO } from './types.js';

/** The CLI options every engine-running command takes (`engine` defaults to auto). */
const ENGINE_OPTIONS = {
  engine: { type: 'string', default: 'auto' },
  'engine-version': { type: 'string' },
  'engine-mirror': { type: 'string' },
} as const;

/** The options plan, apply and destroy share: what runs (explicit roots, else the QHub config) and which engine runs it. */
export const TARGET_OPTIONS = {
  root: { type: 'string', multiple: true },
  config: { type: 'string' },
  'qhub-version': { type: 'string' },
  environments: { type: 'string' },
  ...ENGINE_OPTIONS,
} as const;

export const ENGINE_USAGE = `  --engine auto|tofu|terraform|PATH
                      auto (default): the exact engine the QHub/Nebari release pins, downloaded,
                      checksum-verified and cached in ~/.cache/qhub-gitops/engines when not on PATH;
                      tofu/terraform: the one on PATH; PATH: that binary
  --engine-version V  an exact engine version (with tofu/terraform: that engine, provisioned)
  --engine-mirror URL where <engine>/<version>/<engine>_<version>_<os>_<arch>.zip and
                      <engine>_<version>_SHA256SUMS live (default: $QHUB_GITOPS_ENGINE_MIRROR,
                      else the official HashiCorp and OpenTofu releases)`;

interface TargetValues {
  root?: string[];
  config?: string;
  'qhub-version'?: string;
  environments?: string;
  engine?: string;
  'engine-version'?: string;
  'engine-mirror'?: string;
}

export function sourceOf(values: TargetValues, io: CliIO): DeploymentSource {
  return { cwd: io.cwd, config: values.config ?? null, environments: values.environments ?? null, qhubVersion: values['qhub-version'] ?? null };
}

/**
 * What the command runs on: the `--root`s, and the config, read once: with --config, or without
 * --root (the default config's stages are what runs).
 */
export function runTargetOfOptions(values: TargetValues, io: CliIO): Promise<RunTarget> {
  return runTargetOf(sourceOf(values, io), values.root ?? [], { defaultBesideRoots: false });
}

/** A config about to be validated: an environments directory that cannot be read is a usage problem here. */
export function withReadableEnvironments<T extends Deployment | null>(deployment: T): T {
  if (deployment?.environmentFiles instanceof Error) throw new UserFacingError(deployment.environmentFiles.message);
  return deployment;
}

/** How the CLI checks a config: against the files given, with its own advice for a missing config. */
export function localValidation(base: { config: SourceFile; environmentFiles: SourceFile[] | null } | null = null, otherDeployments: SourceFile[] = []): Omit<ValidateRequest, 'deployment'> {
  return {
    compare: { from: 'files', base, otherDeployments },
    advice: {
      missingConfig: (_file, why) => `${why}; pass the config's path, or run from the folder that holds qhub-config.yaml / nebari-config.yaml`,
      environments: 'Check --environments.',
    },
  };
}

/** A companion file named by an option (`--base`, `--other-deployment`). */
export async function readCompanion(path: string, io: CliIO, option: string): Promise<SourceFile> {
  const read = await readSource(path, io.cwd);
  if ('missing' in read) throw new UserFacingError(`${option} ${path}: ${read.missing}`);
  return read.source;
}

/** `--base` and `--base-environments`: the same config on the branch the PR targets. */
export async function readBase(base: string | undefined, baseEnvironments: string | undefined, io: CliIO): Promise<{ config: SourceFile; environmentFiles: SourceFile[] | null } | null> {
  if (!base) return null;
  const config = await readCompanion(base, io, '--base');
  if (!baseEnvironments) return { config, environmentFiles: null };
  try {
    return { config, environmentFiles: await readEnvironmentFiles(base, io.cwd, baseEnvironments) };
  } catch (error) {
    throw new UserFacingError((error as Error).message);
  }
}

/** The CLI's subprocesses: collected for the command, and one progress line each as it starts. */
function cliRunner(io: CliIO): ProcessRunner {
  const { progress } = io;
  if (!progress) return spawnRunner;
  return titledRunner(spawnRunner, (title, run) => {
    progress(title);
    return run();
  });
}

/** Tool-cache's own chatter is dropped from the CLI unless QHUB_GITOPS_DEBUG asks for it. */
function cliToolOutput(io: CliIO): (text: string) => void {
  return (text) => {
    if (io.env.QHUB_GITOPS_DEBUG) io.stderr(text);
  };
}

/**
 * Runs `job` with the CLI's ports: the engine the options ask for, real processes with progress
 * lines, kubectl with KUBECONFIG, and a private temporary directory removed afterwards.
 */
export async function withCliPorts<T>(values: TargetValues, io: CliIO, prefix: string, job: (ports: JobPorts) => Promise<T>): Promise<T> {
  const args: EngineArgs = { engine: values.engine, engineVersion: values['engine-version'], engineMirror: values['engine-mirror'] };
  const runner = cliRunner(io);
  const notice = (line: string) => io.stderr(`${line}\n`);
  // Bad engine options are refused first, before anything runs (kubectl, pip, the engine).
  try {
    checkEngineRequest({ engine: args.engine || 'auto', ...(args.engineVersion ? { engineVersion: args.engineVersion } : {}) });
  } catch (error) {
    throw error instanceof EngineSelectionError ? new UsageError(error.message) : error;
  }
  // Opened when first used: a config refused by validation never provisions an engine.
  const engine = lazyEngine(args, () => openEngine(args, { env: io.env, runner, log: notice, toolOutput: cliToolOutput(io) }));
  const workDir = await mkdtemp(join(tmpdir(), prefix));
  try {
    return await job({
      engine,
      cluster: kubectlCluster(runner, io.env),
      runner,
      env: io.env,
      log: io.progress ?? (() => undefined),
      notice,
      workDir,
      planConfig: planDeployableConfig,
    });
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
