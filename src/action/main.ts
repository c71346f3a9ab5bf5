// The action's entry point: inputs + event -> settings -> command -> outputs,
// annotations, job summary and the sticky PR comment. The only place that reads
// @actions/core inputs; everything it decides is in src/github/ and tested there.
import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultPluginCacheDir, engineForCli, followReleaseEngine } from '../cli/plan.js';
import { actionsCache, directoryListing } from './run-cache.js';
import { UsageError, UserFacingError } from '../cli/types.js';
import { QhubError } from '../qhub/errors.js';
import { runApplyAction } from '../jobs/apply.js';
import { runDestroyAction, runnerCluster } from '../jobs/destroy.js';
import { loadYaml } from '../config/load.js';
import { readSource, resolveConfigPath } from '../config/local-sources.js';
import { parseMarker } from '../deploy/marker.js';
import { collectSecrets, redact } from '../report/redact.js';
import type { ActionResult, StickyComment } from './result.js';
import { emitAnnotations, selectAnnotations } from './annotations.js';
import { GitHubApiError, type GitHubApi } from '../github/api.js';
import { createGitHubApi } from '../github/client.js';
import { runQhubPlan, runRootsPlan } from '../jobs/plan.js';
import { planDeployableConfig } from '../qhub/plan-config.js';
import type { Engine, ProcessRunner } from '../terraform/engine.js';
import { createProcessRunner, titledRunner } from '../terraform/process.js';
import { runnerBlockFilter } from '../terraform/runner-warnings.js';
import { buildSettings, commandToRun, idleReason, SettingsError, type ActionInputs, type CommandName, type RunnerContext, type Settings } from './settings.js';
import { upsertStickyComment } from '../github/sticky-comment.js';
import { childEnvironment } from './child-environment.js';
import { writeSummary } from './summary.js';
import { runValidate } from '../jobs/validate.js';

type CommandRunner = (settings: Settings, api: GitHubApi, preface: string[]) => Promise<ActionResult>;

/** A private temporary directory (plans and rendered configs can hold secrets), removed afterwards. */
async function withPrivateDir<T>(prefix: string, use: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), prefix));
  try {
    return await use(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

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

function actionIO(settings: Settings) {
  return { stdout: (text: string) => core.info(text.trimEnd()), stderr: (text: string) => core.info(text.trimEnd()), cwd: settings.workingDirectory, env: childEnv };
}

/** The engine the inputs ask for; explicit roots follow the release `qhub-version` (or `.qhub-version`) names. */
async function engineFor(settings: Settings): Promise<Engine> {
  const io = actionIO(settings);
  const args = { engine: settings.engine, engineVersion: settings.engineVersion ?? undefined, engineMirror: settings.engineMirror ?? undefined };
  // Tool-cache writes its own workflow commands to stdout: null leaves them to the runner.
  const engine = await engineForCli(args, io, { runner, toolOutput: null }).catch((error: unknown) => {
    throw error instanceof UsageError ? new SettingsError(`Inputs 'engine'/'engine-version': ${error.message}.`) : error;
  });
  if (settings.roots.length > 0) await followReleaseEngine(engine, args, settings.qhubVersion ?? undefined, io, runner);
  return engine;
}

/** This workflow run's page, for comments, deployment statuses and issues. */
function runUrl(): string | null {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = process.env;
  return server && repository && runId ? `${server}/${repository}/actions/runs/${runId}` : null;
}

/** The Actions cache where the runner has the service (null on self-hosted runners without it). */
const runCache = actionsCache((message) => core.warning(message));

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

const venvCache = runCache ? { venvCache: runCache } : {};

async function plan(settings: Settings, api: GitHubApi, preface: string[]): Promise<ActionResult> {
  const engine = await engineFor(settings);
  if (settings.roots.length > 0) {
    return withPrivateDir('qhub-gitops-plan-', (planDir) => runRootsPlan(settings, api, { engine, planDir }, preface));
  }
  return withPrivateDir('qhub-gitops-plan-', (workDir) =>
    runQhubPlan(
      settings,
      api,
      {
        workDir,
        planConfig: (request) => planDeployableConfig({ ...request, engine, workDir, env: childEnv, runner, log: (line) => core.info(line), ...venvCache }),
      },
      preface,
    ),
  );
}

async function apply(settings: Settings, api: GitHubApi): Promise<ActionResult> {
  const engine = await engineFor(settings);
  return withPrivateDir('qhub-gitops-apply-', (planDir) => runApplyAction(settings, api, { engine, planDir, runUrl: runUrl(), env: childEnv, runner, ...venvCache }));
}

async function destroy(settings: Settings, api: GitHubApi): Promise<ActionResult> {
  const engine = await engineFor(settings);
  return withPrivateDir('qhub-gitops-destroy-', (workDir) =>
    runDestroyAction(settings, api, { engine, workDir, cluster: runnerCluster(childEnv, runner), runUrl: runUrl(), env: childEnv, runner, now: new Date(), ...venvCache }),
  );
}

const commands: Record<CommandName, CommandRunner> = {
  validate: (settings, api, preface) => runValidate(settings, api, { preface }),
  plan: (settings, api, preface) => withPluginCache(() => plan(settings, api, preface)),
  apply: (settings, api) => withPluginCache(() => apply(settings, api)),
  destroy: (settings, api) => withPluginCache(() => destroy(settings, api)),
};

function readInputs(): ActionInputs {
  return {
    command: core.getInput('command'),
    config: core.getInput('config'),
    qhubVersion: core.getInput('qhub-version'),
    environments: core.getInput('environments'),
    workingDirectory: core.getInput('working-directory'),
    githubToken: core.getInput('github-token'),
    comment: core.getInput('comment'),
    engine: core.getInput('engine'),
    engineVersion: core.getInput('engine-version'),
    engineMirror: core.getInput('engine-mirror'),
    deploymentBranchPrefix: core.getInput('deployment-branch-prefix'),
    confirm: core.getInput('confirm'),
    failOn: core.getInput('fail-on'),
    requireReviewedPlan: core.getInput('require-reviewed-plan'),
    cleanCluster: core.getInput('clean-cluster'),
    roots: core.getInput('roots'),
  };
}

function readRunnerContext(): RunnerContext {
  const eventPath = process.env.GITHUB_EVENT_PATH;
  let payload: unknown = {};
  if (eventPath) {
    try {
      payload = JSON.parse(readFileSync(eventPath, 'utf8'));
    } catch (error) {
      throw new SettingsError(`Cannot read the event payload at GITHUB_EVENT_PATH (${(error as Error).message}).`);
    }
  }
  return {
    eventName: process.env.GITHUB_EVENT_NAME ?? '',
    payload,
    repository: process.env.GITHUB_REPOSITORY ?? '',
    sha: process.env.GITHUB_SHA ?? '',
    ref: process.env.GITHUB_REF ?? '',
    workspace: process.env.GITHUB_WORKSPACE ?? '',
  };
}

async function postComment(settings: Settings, api: GitHubApi, comment: StickyComment): Promise<void> {
  if (settings.event.kind !== 'pull_request') return;
  try {
    const result = await upsertStickyComment(api, {
      issueNumber: settings.event.number,
      body: comment.body,
      mode: settings.comment,
      hasNews: comment.hasNews,
      isSticky: (body) => {
        const marker = parseMarker(body);
        return marker !== null && marker.deployment === comment.deployment && marker.config === comment.config;
      },
    });
    if (result.action === 'skipped') {
      core.info(`No pull request comment (${result.reason}).`);
      return;
    }
    if (result.deletedDuplicates.length > 0) core.info(`Deleted duplicate comments ${result.deletedDuplicates.join(', ')}.`);
    core.info(`Pull request comment ${result.action}: ${result.comment.url}`);
    core.setOutput('comment-id', String(result.comment.id));
    core.setOutput('comment-url', result.comment.url);
  } catch (error) {
    // A fork's token is read-only unless the repository opted in: the summary still has everything.
    if (settings.event.fromFork && error instanceof GitHubApiError && error.status === 403) {
      core.warning(`No pull request comment: the token of a fork pull request is read-only. The results are in the job summary.`);
      return;
    }
    throw error;
  }
}

/**
 * The run's secret values (collectSecrets over the config in the checkout and the environment). The
 * environment files merged into it are conda specs: they hold no credentials.
 */
async function runSecrets(settings: Settings): Promise<string[]> {
  const configFile = resolveConfigPath(settings.config ?? undefined, settings.workingDirectory);
  const read = await readSource(configFile, settings.workingDirectory);
  const config = 'missing' in read ? null : (loadYaml(read.source.bytes, configFile).document?.data ?? null);
  return collectSecrets(config, process.env);
}

/** Outputs, annotations, and what is published beyond the masked log, with every secret value scrubbed. */
async function report(settings: Settings, api: GitHubApi, result: ActionResult, secrets: readonly string[]): Promise<void> {
  const scrub = (text: string) => redact(text, secrets);
  for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value);
  emitAnnotations(selectAnnotations(result.findings, settings.repositoryDirectory, result.configFile, result.notices));
  await writeSummary(scrub(result.summary));
  if (result.planReport !== undefined) core.setOutput('plan-report', await writePlanReport(scrub(result.planReport)));
  if (result.comment) await postComment(settings, api, { ...result.comment, body: scrub(result.comment.body) });
}

/** The rendered plan, in RUNNER_TEMP for actions/upload-artifact (the `plan-report` output). */
async function writePlanReport(markdown: string): Promise<string> {
  const directory = join(process.env.RUNNER_TEMP || tmpdir(), 'qhub-gitops');
  await mkdir(directory, { recursive: true });
  const file = join(directory, 'plan-report.md');
  await writeFile(file, markdown, { mode: 0o644 });
  return file;
}

async function main(): Promise<void> {
  const settings = buildSettings(readInputs(), readRunnerContext());
  const idle = idleReason(settings);
  if (idle) {
    core.notice(idle);
    return;
  }
  // Masked in the log from here on; report() scrubs what the runner does not mask.
  const secrets = await runSecrets(settings);
  for (const secret of secrets) core.setSecret(secret);
  const api = createGitHubApi(settings.token, settings.repository, { log: (line) => core.info(line) });
  const { command, preface } = commandToRun(settings);
  const run = commands[command];
  core.info(`qhub-gitops ${command} on ${settings.event.kind}`);
  const result = await run({ ...settings, command }, api, preface);
  await report(settings, api, result, secrets);
  if (result.failure) core.setFailed(result.failure);
}

main().catch((error: unknown) => {
  if (error instanceof SettingsError || error instanceof GitHubApiError || error instanceof UserFacingError || error instanceof QhubError) {
    core.setFailed(error.message);
  } else {
    // A bug: one line for the user; the stack only in the debug log.
    core.debug((error as Error).stack ?? String(error));
    core.setFailed(`qhub-gitops internal error: ${(error as Error).message}`);
  }
});
