// Inputs + event -> one settings object. Pure: main.ts reads the inputs and the
// event file, everything below is decided here and unit-tested.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { CommentMode } from '../github/sticky-comment.js';

export type CommandName = 'validate' | 'plan' | 'apply' | 'destroy';
export const commandNames: readonly CommandName[] = ['validate', 'plan', 'apply', 'destroy'];

/** The raw `with:` values, trimmed, as the runner passes them ('' when unset). */
export interface ActionInputs {
  command: string;
  config: string;
  qhubVersion: string;
  environments: string;
  workingDirectory: string;
  githubToken: string;
  comment: string;
  engine: string;
  engineVersion: string;
  engineMirror: string;
  deploymentBranchPrefix: string;
  confirm: string;
  failOn: string;
  requireReviewedPlan: string;
  cleanCluster: string;
  roots: string;
}

/** The runner environment the action depends on (GITHUB_* variables and the event payload). */
export interface RunnerContext {
  eventName: string;
  payload: unknown;
  repository: string;
  sha: string;
  ref: string;
  workspace: string;
}

export type RunEvent =
  | {
      kind: 'pull_request';
      number: number;
      action: string;
      baseRef: string;
      headRef: string;
      headSha: string;
      /** Head repository differs from the base: the run gets no secrets and a read-only token. */
      fromFork: boolean;
      /** For `edited`: the base branch changed (not just the title or description). */
      baseChanged: boolean;
    }
  | { kind: 'push'; branch: string | null; sha: string }
  | { kind: 'workflow_dispatch'; branch: string | null; sha: string };

export interface Settings {
  command: CommandName;
  event: RunEvent;
  repository: { owner: string; repo: string };
  token: string;
  /** Absolute directory the config, environments and roots are relative to. */
  workingDirectory: string;
  /** The same directory relative to the repository root ('' for the root), for annotations. */
  repositoryDirectory: string;
  /** Config path relative to workingDirectory; null means qhub-config.yaml, else nebari-config.yaml. */
  config: string | null;
  qhubVersion: string | null;
  environments: string | null;
  comment: CommentMode;
  /** `auto` (the release's pinned engine), `tofu`, `terraform` or a path. */
  engine: string;
  /** An exact engine version, or null. */
  engineVersion: string | null;
  /** Base URL of an engine mirror, or null (QHUB_GITOPS_ENGINE_MIRROR, else the official releases). */
  engineMirror: string | null;
  deploymentBranchPrefix: string;
  confirm: string;
  failOn: 'error' | 'warning';
  requireReviewedPlan: boolean;
  /** Destroy deletes pods, the ingress Service and the PVCs with kubectl first (opt-in, as the CLI's --clean-cluster). */
  cleanCluster: boolean;
  roots: string[];
}

/** A setting the workflow author has to fix; its message is shown as is. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

/** The pull_request activity types the action reacts to. */
export const pullRequestActions: readonly string[] = ['opened', 'synchronize', 'reopened', 'edited'];

/**
 * The command that actually runs, with lines to show first: a fork PR never gets a
 * plan (or anything past validation), since its workflow has no secrets and a read-only token.
 */
export function commandToRun(settings: Settings): { command: CommandName; preface: string[] } {
  if (settings.event.kind !== 'pull_request' || !settings.event.fromFork || settings.command === 'validate') {
    return { command: settings.command, preface: [] };
  }
  return {
    command: 'validate',
    preface: [
      'This pull request comes from a fork, so only validation ran: GitHub gives workflows of fork pull requests no secrets and a read-only token, and qhub-gitops never plans fork code with cloud credentials. A maintainer can push the branch to this repository to get a plan.',
    ],
  };
}

/** Why this run has nothing to do (a pull_request activity such as `labeled`), or null. */
export function idleReason(settings: Settings): string | null {
  const event = settings.event;
  if (event.kind !== 'pull_request') return null;
  if (!pullRequestActions.includes(event.action)) {
    return `Nothing to do on pull_request '${event.action}': qhub-gitops reacts to ${pullRequestActions.join(', ')}.`;
  }
  // An edit matters only when it moved the pull request to another base (another deployment).
  if (event.action === 'edited' && !event.baseChanged) return 'Nothing to do: only the title or description of the pull request changed.';
  return null;
}

function oneOf<T extends string>(input: string, value: string, allowed: readonly T[], fallback: T): T {
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new SettingsError(`Input '${input}' must be one of ${allowed.join(', ')} (got '${value}').`);
}

function booleanInput(input: string, value: string, fallback: boolean): boolean {
  // The YAML 1.2 core-schema spellings, as @actions/core's getBooleanInput accepts.
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new SettingsError(`Input '${input}' must be true or false (got '${value}').`);
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function branchOf(ref: string): string | null {
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : null;
}

export function parseEvent(context: RunnerContext): RunEvent {
  const payload = record(context.payload);
  switch (context.eventName) {
    case 'pull_request': {
      const pull = record(payload.pull_request);
      const base = record(pull.base);
      const head = record(pull.head);
      const number = pull.number;
      if (typeof number !== 'number') {
        throw new SettingsError('The pull_request event payload has no pull request number (GITHUB_EVENT_PATH is missing or unreadable).');
      }
      const baseRepo = text(record(base.repo).full_name);
      // A deleted fork has head.repo null: still not the base repository.
      const headRepo = text(record(head.repo).full_name);
      return {
        kind: 'pull_request',
        number,
        action: text(payload.action),
        baseRef: text(base.ref),
        headRef: text(head.ref),
        headSha: text(head.sha),
        fromFork: headRepo.toLowerCase() !== baseRepo.toLowerCase(),
        baseChanged: record(payload.changes).base !== undefined,
      };
    }
    case 'push':
      return { kind: 'push', branch: branchOf(context.ref), sha: context.sha };
    case 'workflow_dispatch':
      return { kind: 'workflow_dispatch', branch: branchOf(context.ref), sha: context.sha };
    case 'pull_request_target':
      throw new SettingsError(
        'qhub-gitops does not run on pull_request_target: it would plan untrusted fork code with secrets. Use the pull_request event.',
      );
    default:
      throw new SettingsError(
        `qhub-gitops runs on pull_request, push and workflow_dispatch events, not '${context.eventName || '(none)'}'.`,
      );
  }
}

function defaultCommand(event: RunEvent): CommandName {
  switch (event.kind) {
    case 'pull_request':
      return 'plan';
    case 'push':
      return 'apply';
    case 'workflow_dispatch':
      throw new SettingsError(
        "Input 'command' is required on workflow_dispatch: pass the dispatch input, e.g. `command: ${{ inputs.command }}`.",
      );
  }
}

export function buildSettings(inputs: ActionInputs, context: RunnerContext): Settings {
  const [owner, repo, ...rest] = context.repository.split('/');
  if (!owner || !repo || rest.length > 0) {
    throw new SettingsError(`GITHUB_REPOSITORY must look like owner/name (got '${context.repository}').`);
  }
  if (!inputs.githubToken) {
    throw new SettingsError("Input 'github-token' is empty: leave it at its default (${{ github.token }}) or pass a token.");
  }
  if (!context.workspace) throw new SettingsError('GITHUB_WORKSPACE is not set: run qhub-gitops as a step of a GitHub Actions job.');
  const event = parseEvent(context);
  const command = inputs.command === '' ? defaultCommand(event) : oneOf('command', inputs.command, commandNames, 'validate');

  const workingDirectory = resolve(context.workspace, inputs.workingDirectory || '.');
  const repositoryDirectory = relative(context.workspace, workingDirectory);
  if (repositoryDirectory.startsWith('..') || isAbsolute(repositoryDirectory)) {
    throw new SettingsError(`Input 'working-directory' must be inside the repository (got '${inputs.workingDirectory}').`);
  }
  const prefix = inputs.deploymentBranchPrefix || 'deploy/';

  return {
    command,
    event,
    repository: { owner, repo },
    token: inputs.githubToken,
    workingDirectory,
    repositoryDirectory: repositoryDirectory.split(sep).join('/'),
    config: inputs.config || null,
    qhubVersion: inputs.qhubVersion || null,
    environments: inputs.environments || null,
    comment: oneOf('comment', inputs.comment, ['always', 'on-change', 'never'] as const, 'always'),
    engine: inputs.engine || 'auto',
    engineVersion: inputs.engineVersion || null,
    engineMirror: inputs.engineMirror || null,
    deploymentBranchPrefix: prefix,
    confirm: inputs.confirm,
    failOn: oneOf('fail-on', inputs.failOn, ['error', 'warning'] as const, 'error'),
    requireReviewedPlan: booleanInput('require-reviewed-plan', inputs.requireReviewedPlan, true),
    cleanCluster: booleanInput('clean-cluster', inputs.cleanCluster, false),
    roots: inputs.roots
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  };
}
