// The action's entry point: inputs + event -> settings -> the deployment's config, read once -> one
// job -> outputs, annotations, job summary and the sticky PR comment. The only place that reads
// @actions/core inputs; what it decides is in settings.ts and each job's file beside it.
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseMarker } from '../deploy/marker.js';
import { GitHubApiError, type GitHubApi } from '../github/api.js';
import { createGitHubApi } from '../github/client.js';
import { upsertStickyComment } from '../github/sticky-comment.js';
import type { Deployment, RunTarget } from '../jobs/deployment.js';
import { collectSecrets, redact } from '../report/redact.js';
import { emitAnnotations, selectAnnotations } from './annotations.js';
import { applyAction } from './apply.js';
import { runTargetOfSettings } from './deployment.js';
import { destroyAction } from './destroy.js';
import { planAction } from './plan.js';
import { runUrl, withJobPorts } from './ports.js';
import type { ActionResult, StickyComment } from './result.js';
import { buildSettings, commandToRun, idleReason, SettingsError, type ActionInputs, type CommandName, type RunnerContext, type Settings } from './settings.js';
import { writeSummary } from './summary.js';
import { validateAction } from './validate.js';

type JobRunner = (settings: Settings, target: RunTarget, github: GitHubApi, preface: string[]) => Promise<ActionResult>;

const jobs: Record<CommandName, JobRunner> = {
  validate: (settings, target, github, preface) => validateAction(settings, target, { github }, preface),
  plan: (settings, target, github, preface) => withJobPorts(settings, github, 'qhub-gitops-plan-', (ports) => planAction(settings, target, ports, preface)),
  apply: (settings, target, github) => withJobPorts(settings, github, 'qhub-gitops-apply-', (ports) => applyAction(settings, target, ports, runUrl())),
  destroy: (settings, target, github) => withJobPorts(settings, github, 'qhub-gitops-destroy-', (ports) => destroyAction(settings, target, ports, { runUrl: runUrl(), now: new Date() })),
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
function runSecrets(deployment: Deployment | null): string[] {
  return collectSecrets(deployment?.loaded?.document?.data ?? null, process.env);
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
  const { command, preface } = commandToRun(settings);
  const target = await runTargetOfSettings(settings, command);
  // Masked in the log from here on; report() scrubs what the runner does not mask.
  const secrets = runSecrets(target.deployment);
  for (const secret of secrets) core.setSecret(secret);
  const api = createGitHubApi(settings.token, settings.repository, { log: (line) => core.info(line) });
  core.info(`qhub-gitops ${command} on ${settings.event.kind}`);
  const result = await jobs[command]({ ...settings, command }, target, api, preface);
  await report(settings, api, result, secrets);
  if (result.failure) core.setFailed(result.failure);
}

main().catch((error: unknown) => {
  if (error instanceof SettingsError || error instanceof GitHubApiError) {
    core.setFailed(error.message);
  } else {
    // A bug: one line for the user; the stack only in the debug log.
    core.debug((error as Error).stack ?? String(error));
    core.setFailed(`qhub-gitops internal error: ${(error as Error).message}`);
  }
});
