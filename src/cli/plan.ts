// `qhub-gitops plan`: the QHub config's stages or explicit `--root`s, planned by the root loop in
// terraform/roots.ts, printed as the PR comment's Markdown or as JSON.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildComment } from '../report/comment.js';
import { renderFindingsMarkdown, renderFindingsText } from '../report/findings.js';
import { formatDiagnostic } from '../terraform/diagnostics.js';
import { createEngine, type Engine, type ProcessRunner } from '../terraform/engine.js';
import { spawnRunner, titledRunner } from '../terraform/process.js';
import type { PlanRun, RootEngine } from '../terraform/outcome.js';
import { planRoots } from '../terraform/roots.js';
import { targetsOf } from '../jobs/targets.js';
import type { CliCommand, CliIO } from './types.js';
import { UsageError, parseCommandLine } from './types.js';
import { validateLocal, type LocalValidation } from './validate.js';
import { configChangesBetween, type ConfigChange } from '../config/changes.js';
import { planDeployableConfig, type PlannedConfig } from '../qhub/plan-config.js';
import { defaultCacheRoot } from '../qhub/venv.js';
import { releaseEnginePin } from '../qhub/engine-pins.js';
import { PIN_FILE_NAME, readPinnedVersion } from '../config/local-sources.js';
import { engineCacheRoot, engineSelector, toolCacheStore } from '../terraform/provision-store.js';
import { checkEngineRequest, isAuto, type EngineIdentity } from '../terraform/provision.js';

/** 1 failure, 2 changes (or roots still pending), 0 nothing to do. */
export function planExitCode(run: PlanRun): number {
  if (run.failed) return 1;
  return run.hasChanges || run.roots.some((outcome) => outcome.status === 'pending') ? 2 : 0;
}

/**
 * `plan --format json`: the shape in docs/architecture.md, plus `status` (and `reason`/`errors` when
 * not planned), the engine that planned (top level and per root) and each root's `state_terraform_version`.
 */
export function planRunJson(run: PlanRun): unknown {
  return {
    engine: run.engine ?? null,
    roots: run.roots.map((outcome) => {
      switch (outcome.status) {
        case 'planned':
          return { root: outcome.root, summary: outcome.report.summary, status: 'planned', ...engineJson(outcome) };
        case 'pending':
          return { root: outcome.root, summary: null, status: 'pending', reason: outcome.reason, engine: null, state_terraform_version: null };
        case 'failed':
          return { root: outcome.root, summary: null, status: 'failed', errors: outcome.diagnostics.map(formatDiagnostic), ...engineJson(outcome) };
      }
    }),
    hash: run.hash,
  };
}

function engineJson(outcome: RootEngine): { engine: EngineIdentity | null; state_terraform_version: string | null } {
  return { engine: outcome.engine ?? null, state_terraform_version: outcome.stateVersion ?? null };
}

/** Providers are cached beside the other heavy caches (QHUB_GITOPS_CACHE), unless TF_PLUGIN_CACHE_DIR says otherwise. */
export function defaultPluginCacheDir(env: NodeJS.ProcessEnv): string {
  return env.TF_PLUGIN_CACHE_DIR ?? join(defaultCacheRoot(env), 'plugins');
}

/** How plan, apply and destroy (CLI options and action inputs alike) ask for an engine. */
export interface EngineArgs {
  /** `auto` (default), `tofu`, `terraform` or a path. */
  engine?: string;
  engineVersion?: string;
  /** Base URL of an engine mirror; else QHUB_GITOPS_ENGINE_MIRROR; else the official release locations. */
  engineMirror?: string;
}

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

export function engineArgsOf(values: { engine?: string; 'engine-version'?: string; 'engine-mirror'?: string }): EngineArgs {
  return { engine: values.engine, engineVersion: values['engine-version'], engineMirror: values['engine-mirror'] };
}

/** How the engine's processes run: the CLI's progress runner unless the action passes its grouped one. */
export interface EngineProcesses {
  runner?: ProcessRunner;
  /** Where tool-cache's own output goes; null in the action (its stdout is the runner's protocol there). */
  toolOutput?: ((text: string) => void) | null;
}

/**
 * An engine over real processes, with the shared plugin cache created; the binary is chosen (and
 * provisioned) once the release is known. Used by plan, apply, destroy and the action.
 */
export async function engineForCli(args: EngineArgs, io: CliIO, processes: EngineProcesses = {}): Promise<Engine> {
  const runner = processes.runner ?? cliRunner(io);
  const toolOutput = processes.toolOutput === undefined ? cliToolOutput(io) : processes.toolOutput;
  const pluginCacheDir = defaultPluginCacheDir(io.env);
  await mkdir(pluginCacheDir, { recursive: true });
  const request = { engine: args.engine || 'auto', ...(args.engineVersion ? { engineVersion: args.engineVersion } : {}) };
  try {
    checkEngineRequest(request);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const mirror = args.engineMirror || io.env.QHUB_GITOPS_ENGINE_MIRROR || undefined;
  const select = engineSelector(request, {
    store: toolCacheStore(engineCacheRoot(io.env, defaultCacheRoot(io.env)), toolOutput),
    runner,
    env: io.env,
    ...(mirror ? { mirror } : {}),
    ...(io.env.RUNNER_TEMP ? { tempDir: io.env.RUNNER_TEMP } : {}),
    log: (message) => io.stderr(`${message}\n`),
  });
  return createEngine({ engine: request.engine, runner, env: io.env, pluginCacheDir, select });
}

/** Tool-cache's own chatter is dropped from the CLI unless QHUB_GITOPS_DEBUG asks for it. */
function cliToolOutput(io: CliIO): (text: string) => void {
  return (text) => {
    if (io.env.QHUB_GITOPS_DEBUG) io.stderr(text);
  };
}

/**
 * With `auto`, explicit roots follow a known release's engine too: --qhub-version, else
 * `.qhub-version` in the working directory. Without either, `auto` runs tofu from PATH. Any other
 * engine ignores the release, so its pin is not even read (that may install the release).
 */
export async function followReleaseEngine(engine: Engine, args: EngineArgs, qhubVersion: string | undefined, io: CliIO, runner: ProcessRunner = cliRunner(io)): Promise<void> {
  if (!isAuto(args.engine ?? '')) return;
  const version = qhubVersion || (await readPinnedVersion(PIN_FILE_NAME, io.cwd));
  if (!version) return;
  await engine.forRelease(await releaseEnginePin(version, { env: io.env, runner, log: (message) => io.stderr(`${message}\n`) }));
}

/** The CLI's subprocesses: collected for the command, and one progress line each as it starts. */
export function cliRunner(io: CliIO): ProcessRunner {
  const { progress } = io;
  if (!progress) return spawnRunner;
  return titledRunner(spawnRunner, (title, run) => {
    progress(title);
    return run();
  });
}

function reportFailures(run: PlanRun, io: CliIO): void {
  for (const outcome of run.roots) {
    if (outcome.status !== 'failed') continue;
    io.stderr(`qhub-gitops plan: ${outcome.root}: ${outcome.step} failed\n`);
    for (const diagnostic of outcome.diagnostics) io.stderr(`${formatDiagnostic(diagnostic)}\n`);
    if (outcome.lock) io.stderr(`The state is locked by ${outcome.lock.who ?? 'another run'}; if that run is gone: ${outcome.lock.unlockCommand}\n`);
  }
}

/** Plans a validated QHub config: its exact QHub/Nebari version renders it, then every stage in order. */
async function planValidatedConfig(validated: LocalValidation, engine: Engine, workDir: string, io: CliIO): Promise<PlannedConfig> {
  return planDeployableConfig({
    configPath: validated.configPath!,
    environmentFiles: validated.environmentFiles,
    version: validated.report.version!,
    engine,
    workDir,
    env: io.env,
    runner: cliRunner(io),
    lock: false,
    log: io.progress,
  });
}

/**
 * What the config changes against `--base`, both sides with their environment files merged. The
 * base's are `--base-environments` when given, else taken as unchanged (the head's), so files both
 * branches share do not show as added. Null without `--base` or when a side cannot be read.
 */
function configChangesAgainstBase(validated: LocalValidation, baseEnvironmentsGiven: boolean): ConfigChange[] | null {
  const { config, environmentFiles, base } = validated;
  if (config === null || base === null) return null;
  const baseEnvironmentFiles = baseEnvironmentsGiven ? base.environmentFiles : environmentFiles;
  return configChangesBetween({ config: base.config, environmentFiles: baseEnvironmentFiles }, { config, environmentFiles });
}

const usage = `usage: qhub-gitops plan [CONFIG options] [--root DIR...]
                        [--engine auto|tofu|terraform|PATH]
                        [--engine-version V] [--engine-mirror URL] [--format json|markdown]
  --config CONFIG     the QHub/Nebari config (default: qhub-config.yaml, else nebari-config.yaml)
  --qhub-version V    the version that will deploy (else the config's, else .qhub-version)
  --environments DIR  environment files to merge (default: environments/ next to the config);
                      pass the same to 'apply' so its plan can match this one's hash
  --base BASE_CONFIG  the same config on the branch the PR targets: the guard rules compare
                      with it, and the Markdown opens with the config changes, each linked
                      to the planned resources that carry it
  --base-environments DIR
                      the environment files of that branch (with --base; else the
                      environment files are taken as unchanged)
  --root DIR          an explicit Terraform root, planned in the order given (repeatable)
${ENGINE_USAGE}

Without --root, plans the config as 'qhub deploy' would apply it: the config is validated,
its exact QHub/Nebari release (installed once into a cached virtualenv) renders it and computes
each stage's inputs, and every stage is planned in order. With --root, runs init, plan and
show -json in each root. Either way one summary with a plan hash is printed ('apply
--expect-hash' applies only that plan); a root that cannot be planned until an earlier root's
changes are applied is reported as pending. The engine is the one the QHub/Nebari release pins
(for --root: the release --qhub-version or .qhub-version names; without one, tofu from PATH).
The plan does not take the state lock (it is only for review; apply plans again with the lock). An invalid config is never planned; with --config
the Markdown output is the whole PR comment, findings included.
Exit codes: 0 no changes, 2 changes (or pending roots), 1 failure or an invalid config.`;

export const planCommand: CliCommand = {
  name: 'plan',
  summary: 'plan Terraform roots in order and summarize them (json or the PR comment)',
  usage,
  async run(argv, io) {
    const parsed = parseCommandLine({
      args: argv,
      options: {
        ...TARGET_OPTIONS,
        base: { type: 'string' },
        'base-environments': { type: 'string' },
        format: { type: 'string', default: 'markdown' },
      },
    });
    const { format } = parsed.values;
    if (format !== 'json' && format !== 'markdown') throw new UsageError(`--format must be json or markdown, not '${format}'`);
    const dirs = parsed.values.root ?? [];
    const { config, 'qhub-version': qhubVersion, environments, base, 'base-environments': baseEnvironments } = parsed.values;
    if (baseEnvironments && !base) throw new UsageError('--base-environments needs --base: the base config those environment files belong to');
    if (base && dirs.length > 0 && !config) throw new UsageError('--base needs --config with --root: the config the base is compared with');
    // Without --root the config itself is planned, as `qhub deploy` would apply it: it is always validated.
    const validated =
      config || dirs.length === 0
        ? await validateLocal(
            {
              ...(config ? { config } : {}),
              ...(qhubVersion ? { qhubVersion } : {}),
              ...(environments ? { environments } : {}),
              ...(base ? { base } : {}),
              ...(baseEnvironments ? { baseEnvironments } : {}),
            },
            io,
          )
        : undefined;
    const validation = validated?.report;
    const changes = validated ? configChangesAgainstBase(validated, baseEnvironments !== undefined) : null;
    const marker = { deployment: null, config: validation?.file ?? null, kind: 'plan' as const };
    const title = validation ? `Plan for \`${validation.file}\`` : 'Plan';
    const configChanges = changes && changes.length > 0 ? { configChanges: changes } : {};
    if (validation && (!validation.valid || !validation.version || !validated.configPath)) {
      io.stderr(`${renderFindingsText(validation)}\nqhub-gitops plan: not planned: ${validation.file} is invalid\n`);
      if (format === 'markdown') {
        io.stdout(buildComment({ marker: { ...marker, planHash: null }, title, ...configChanges, validation: renderFindingsMarkdown(validation) }));
      }
      return 1;
    }
    const engine = await engineForCli(engineArgsOf(parsed.values), io);
    const planDir = await mkdtemp(join(tmpdir(), 'qhub-gitops-plan-'));
    try {
      if (dirs.length > 0) await followReleaseEngine(engine, engineArgsOf(parsed.values), qhubVersion ?? validation?.version?.value, io);
      const targets = await targetsOf({ roots: dirs, cwd: io.cwd, planConfig: () => planValidatedConfig(validated!, engine, planDir, io) });
      const run: PlanRun = 'roots' in targets ? await planRoots(targets.roots, engine, { planDir, lock: false }) : targets.config.run;
      const notes = 'config' in targets ? targets.config.notes : [];
      reportFailures(run, io);
      if (format === 'json') {
        io.stdout(`${JSON.stringify(planRunJson(run), null, 2)}\n`);
      } else {
        io.stdout(
          buildComment({
            marker: { ...marker, planHash: run.hash },
            title,
            ...(notes.length > 0 ? { intro: notes.map((note) => `- ${note}`).join('\n') } : {}),
            ...configChanges,
            ...(validation ? { validation: renderFindingsMarkdown(validation) } : {}),
            plan: run,
          }),
        );
      }
      return planExitCode(run);
    } finally {
      await rm(planDir, { recursive: true, force: true });
    }
  },
};
