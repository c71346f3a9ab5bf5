// The action's `validate`: the config from the checkout, plus what only GitHub
// knows (the same config on the PR's base branch, the other deploy/* branches'
// configs), through validateConfig. Pure over the injected GitHubApi.
import { dirname, join, posix, relative, resolve } from 'node:path';
import {
  DEFAULT_ENVIRONMENTS_DIR,
  ENVIRONMENT_FILE_NAME,
  readEnvironmentFiles,
  readPinnedVersion,
  readSource,
  resolveConfigPath,
} from '../config/local-sources.js';
import { validateConfig } from '../validation/validate.js';
import type { SourceFile, ValidationReport } from '../config/types.js';
import { buildComment } from '../report/comment.js';
import { countBySeverity, renderFindingsMarkdown } from '../report/findings.js';
import type { ActionResult } from '../action/result.js';
import { GitHubApiError, type GitHubApi } from '../github/api.js';
import type { Settings } from '../action/settings.js';

export interface ValidateOptions {
  /** Extra lines to show first (e.g. why a fork PR gets validation only). */
  preface?: string[];
}

/** A path of the checkout (the config, its environments directory) from the repository root, as the contents API and the marker name it. */
export function repositoryPath(settings: Settings, file: string): string {
  return posix.normalize(posix.join(settings.repositoryDirectory || '.', file.replaceAll('\\', '/')));
}

/** The branch whose deployment this run is about: the PR's base, or the pushed/dispatched branch. */
export function deploymentBranch(settings: Settings): string | null {
  return settings.event.kind === 'pull_request' ? settings.event.baseRef : settings.event.branch;
}

/** A config that could not be validated at all: one error finding saying why. */
function unreadable(file: string, rule: string, message: string): ValidationReport {
  return { file, version: null, valid: false, findings: [{ rule, severity: 'error', message, path: '', line: null, column: null }] };
}

function reason(error: unknown): string {
  if (error instanceof GitHubApiError) return error.message;
  throw error;
}

async function baseConfig(api: GitHubApi, settings: Settings, path: string, notes: string[]): Promise<SourceFile | undefined> {
  if (settings.event.kind !== 'pull_request') return undefined;
  const ref = settings.event.baseRef;
  const skipped = 'the checks that compare with it (immutable fields, storage resizes, removed environments) were skipped';
  try {
    const bytes = await api.getContent(path, ref);
    if (bytes) return { bytes, file: `${ref}:${path}` };
    notes.push(`\`${path}\` does not exist on \`${ref}\` yet (a new deployment), so ${skipped}.`);
  } catch (error) {
    notes.push(`Could not read \`${path}\` from \`${ref}\`, so ${skipped}: ${reason(error)}`);
  }
  return undefined;
}

/**
 * The environment files beside the base-branch config: the `*.yaml`/`*.yml` files of the
 * directory the checkout's environments come from, at the PR's base ref (one listing, one read per file).
 */
async function baseEnvironmentFiles(api: GitHubApi, settings: Settings, configFile: string, notes: string[]): Promise<SourceFile[]> {
  if (settings.event.kind !== 'pull_request') return [];
  const ref = settings.event.baseRef;
  const directory = settings.environments ?? join(dirname(configFile), DEFAULT_ENVIRONMENTS_DIR);
  // An absolute `environments` input too, as a path from the working directory.
  const path = repositoryPath(settings, relative(settings.workingDirectory, resolve(settings.workingDirectory, directory)));
  if (path === '..' || path.startsWith('../')) {
    notes.push(`The environments directory \`${directory}\` is outside the repository, so there is no version of it on \`${ref}\` to compare with.`);
    return [];
  }
  try {
    const files = (await api.listDirectoryFiles(path, ref)).filter((file) => ENVIRONMENT_FILE_NAME.test(file)).sort();
    const sources: SourceFile[] = [];
    for (const file of files) {
      const bytes = await api.getContent(file, ref);
      // Listed a moment ago: gone now means the branch moved on; compare with what is there.
      if (bytes) sources.push({ bytes, file: `${ref}:${file}` });
    }
    return sources;
  } catch (error) {
    notes.push(`Could not read the environment files in \`${path}\` on \`${ref}\`, so environments removed from there were not checked: ${reason(error)}`);
    return [];
  }
}

async function otherDeployments(api: GitHubApi, settings: Settings, path: string, notes: string[]): Promise<SourceFile[]> {
  const own = deploymentBranch(settings);
  const skipped = 'the deployment-collision check was skipped';
  let branches: string[];
  try {
    branches = await api.listBranches(settings.deploymentBranchPrefix);
  } catch (error) {
    notes.push(`Could not list the \`${settings.deploymentBranchPrefix}*\` branches, so ${skipped}: ${reason(error)}`);
    return [];
  }
  const sources: SourceFile[] = [];
  for (const branch of branches.filter((candidate) => candidate !== own)) {
    try {
      const bytes = await api.getContent(path, branch);
      if (bytes) sources.push({ bytes, file: `${branch}:${path}` });
    } catch (error) {
      notes.push(`Could not read \`${path}\` from \`${branch}\`, so it was left out of the deployment-collision check: ${reason(error)}`);
    }
  }
  return sources;
}

export function validationFailure(report: ValidationReport, path: string, failOn: Settings['failOn']): string | null {
  const counts = countBySeverity(report.findings);
  const failing = failOn === 'warning' ? counts.error + counts.warning : counts.error;
  if (failing === 0) return null;
  const parts = [`${counts.error} error${counts.error === 1 ? '' : 's'}`];
  if (failOn === 'warning') parts.push(`${counts.warning} warning${counts.warning === 1 ? '' : 's'} (fail-on: warning)`);
  return `${path} did not pass validation: ${parts.join(', ')}. See the annotations and the job summary.`;
}

export interface ConfigCheck {
  report: ValidationReport;
  /** Relative to the working directory (where annotations and local reads start). */
  configFile: string;
  /** From the repository root (contents API, marker, messages). */
  path: string;
  findingsMarkdown: string;
  /**
   * What was read from the checkout, for planning, with the same config on the PR's base branch
   * when there is one (for the list of config changes); null when the config could not be read.
   */
  sources: { config: SourceFile; environmentFiles: SourceFile[]; base: { config: SourceFile; environmentFiles: SourceFile[] } | null } | null;
}

/** Reads the config and its companions and validates it; `notes` collects what could not be checked. */
export async function checkConfig(settings: Settings, api: GitHubApi, notes: string[]): Promise<ConfigCheck> {
  const cwd = settings.workingDirectory;
  const configFile = resolveConfigPath(settings.config ?? undefined, cwd);
  const path = repositoryPath(settings, configFile);

  const read = await readSource(configFile, cwd);
  let environmentFiles: SourceFile[] | Error = [];
  if (!('missing' in read)) {
    environmentFiles = await readEnvironmentFiles(configFile, cwd, settings.environments ?? undefined).catch((error: Error) => error);
  }
  let report: ValidationReport;
  let sources: ConfigCheck['sources'] = null;
  if ('missing' in read) {
    report = unreadable(
      configFile,
      'load/missing',
      `${configFile}: ${read.missing}. Set the action's \`config\` (and \`working-directory\`) inputs to where qhub-config.yaml / nebari-config.yaml is, and check out the repository first.`,
    );
  } else if (environmentFiles instanceof Error) {
    report = unreadable(configFile, 'load/environments', `${environmentFiles.message} Check the \`environments\` input.`);
  } else {
    const pinnedVersion = await readPinnedVersion(configFile, cwd);
    const base = await baseConfig(api, settings, path, notes);
    const baseEnvironments = base ? await baseEnvironmentFiles(api, settings, configFile, notes) : [];
    const others = await otherDeployments(api, settings, path, notes);
    sources = { config: read.source, environmentFiles, base: base ? { config: base, environmentFiles: baseEnvironments } : null };
    report = validateConfig({
      config: read.source,
      ...(settings.qhubVersion ? { requestedVersion: settings.qhubVersion } : {}),
      ...(pinnedVersion ? { pinnedVersion } : {}),
      ...(base ? { base, baseEnvironmentFiles: baseEnvironments } : {}),
      otherDeployments: others,
      environmentFiles,
    });
  }
  return { report, configFile, path, findingsMarkdown: renderFindingsMarkdown(report), sources };
}

export function notesMarkdown(notes: readonly string[]): string {
  // Every line quoted, so a multi-line note (a tool's error output) stays inside its callout.
  return notes.map((note) => `> [!NOTE]\n${note.split('\n').map((line) => `> ${line}`).join('\n')}`).join('\n\n');
}

export function validationOutputs(report: ValidationReport): Record<string, string> {
  return { valid: String(report.valid), findings: JSON.stringify(report.findings) };
}

export async function runValidate(settings: Settings, api: GitHubApi, options: ValidateOptions = {}): Promise<ActionResult> {
  const notes = [...(options.preface ?? [])];
  const { report, configFile, path, findingsMarkdown } = await checkConfig(settings, api, notes);
  const intro = notesMarkdown(notes);
  const deployment = deploymentBranch(settings);
  const comment =
    settings.event.kind === 'pull_request' && deployment
      ? {
          deployment,
          config: path,
          kind: 'validate' as const,
          hasNews: report.findings.length > 0,
          body: buildComment({
            marker: { deployment, config: path, planHash: null, kind: 'validate' },
            title: `QHub config check for \`${deployment}\``,
            ...(intro ? { intro } : {}),
            validation: findingsMarkdown,
          }),
        }
      : null;

  return {
    outputs: validationOutputs(report),
    findings: report.findings,
    configFile,
    summary: [`## qhub-gitops validate`, intro, findingsMarkdown].filter(Boolean).join('\n\n'),
    comment,
    notices: notes,
    failure: validationFailure(report, path, settings.failOn),
  };
}
