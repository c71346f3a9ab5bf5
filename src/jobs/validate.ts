// The validate job: the deployment's config, checked offline (schema and guard rules) against what
// it is compared with: the same config on the PR's base branch and the other deploy/* branches'
// configs, read through GitHub in the action or given as files on the command line.
import { dirname, join, relative, resolve } from 'node:path';
import { DEFAULT_ENVIRONMENTS_DIR, ENVIRONMENT_FILE_NAME } from '../config/local-sources.js';
import type { SourceFile, ValidationReport } from '../config/types.js';
import { GitHubApiError, type GitHubApi } from '../github/api.js';
import { validateConfig } from '../validation/validate.js';
import { repositoryPath, type Deployment } from './deployment.js';
import type { ValidatePorts } from './ports.js';

/** The base config and its environment files; `environmentFiles` null: not given (taken as unchanged). */
export interface BaseConfig {
  config: SourceFile;
  environmentFiles: SourceFile[] | null;
}

/** What the config is compared with. */
export type Comparison =
  | {
      /** Read through ports.github: the PR's base branch (`baseRef`) and the other deployment branches. */
      from: 'github';
      /** The working directory from the repository root (paths of the contents API). */
      repositoryDirectory: string;
      /** Null outside pull requests: no base to compare with. */
      baseRef: string | null;
      /** The deployment branch this run is about (left out of the other deployments). */
      ownBranch: string | null;
      deploymentBranchPrefix: string;
    }
  | { from: 'files'; base: BaseConfig | null; otherDeployments: SourceFile[] };

export interface ValidateRequest {
  deployment: Deployment;
  compare: Comparison;
  /** Each front door words these for its own inputs or options. */
  advice: {
    /** The finding's message for a config that cannot be read. */
    missingConfig: (configFile: string, why: string) => string;
    /** Appended to an unreadable environments directory's message. */
    environments: string;
  };
}

export interface ConfigCheck {
  report: ValidationReport;
  /** Relative to the working directory (where annotations and local reads start). */
  configFile: string;
  /** The config's name in the marker and messages: from the repository root in the action. */
  path: string;
  /**
   * What was read, for planning, with the base config when there is one (for the list of config
   * changes); null when the config could not be read.
   */
  sources: { config: SourceFile; environmentFiles: SourceFile[]; base: BaseConfig | null } | null;
  /** What could not be compared, and why. */
  notes: string[];
}

/** A config that could not be validated at all: one error finding saying why. */
function unreadable(file: string, rule: string, message: string): ValidationReport {
  return { file, version: null, valid: false, findings: [{ rule, severity: 'error', message, path: '', line: null, column: null }] };
}

function reason(error: unknown): string {
  if (error instanceof GitHubApiError) return error.message;
  throw error;
}

async function baseConfig(api: GitHubApi, ref: string, path: string, notes: string[]): Promise<SourceFile | undefined> {
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
async function baseEnvironmentFiles(api: GitHubApi, ref: string, deployment: Deployment, repositoryDirectory: string, notes: string[]): Promise<SourceFile[]> {
  const { cwd, environments } = deployment.source;
  const directory = environments ?? join(dirname(deployment.configFile), DEFAULT_ENVIRONMENTS_DIR);
  // An absolute `environments` input too, as a path from the working directory.
  const path = repositoryPath(repositoryDirectory, relative(cwd, resolve(cwd, directory)));
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

async function otherDeployments(api: GitHubApi, compare: Extract<Comparison, { from: 'github' }>, path: string, notes: string[]): Promise<SourceFile[]> {
  const skipped = 'the deployment-collision check was skipped';
  let branches: string[];
  try {
    branches = await api.listBranches(compare.deploymentBranchPrefix);
  } catch (error) {
    notes.push(`Could not list the \`${compare.deploymentBranchPrefix}*\` branches, so ${skipped}: ${reason(error)}`);
    return [];
  }
  const sources: SourceFile[] = [];
  for (const branch of branches.filter((candidate) => candidate !== compare.ownBranch)) {
    try {
      const bytes = await api.getContent(path, branch);
      if (bytes) sources.push({ bytes, file: `${branch}:${path}` });
    } catch (error) {
      notes.push(`Could not read \`${path}\` from \`${branch}\`, so it was left out of the deployment-collision check: ${reason(error)}`);
    }
  }
  return sources;
}

/** The base config and the other deployments' configs the request compares with. */
async function comparedWith(request: ValidateRequest, path: string, github: GitHubApi | undefined, notes: string[]): Promise<{ base: BaseConfig | null; others: SourceFile[] }> {
  const { compare } = request;
  if (compare.from === 'files') return { base: compare.base, others: compare.otherDeployments };
  if (!github) throw new Error('validate: comparing with GitHub needs the GitHub port');
  const ref = compare.baseRef;
  const base = ref === null ? undefined : await baseConfig(github, ref, path, notes);
  const environmentFiles = base && ref !== null ? await baseEnvironmentFiles(github, ref, request.deployment, compare.repositoryDirectory, notes) : [];
  return { base: base ? { config: base, environmentFiles } : null, others: await otherDeployments(github, compare, path, notes) };
}

/** Validates the deployment's config; the outcome's notes say what could not be compared. */
export async function runValidate(request: ValidateRequest, ports: ValidatePorts): Promise<ConfigCheck> {
  const { deployment, compare, advice } = request;
  const { configFile } = deployment;
  const path = compare.from === 'github' ? repositoryPath(compare.repositoryDirectory, configFile) : configFile;
  const notes: string[] = [];
  const outcome = (report: ValidationReport, sources: ConfigCheck['sources'] = null): ConfigCheck => ({ report, configFile, path, sources, notes });
  if (deployment.config === null) return outcome(unreadable(configFile, 'load/missing', advice.missingConfig(configFile, deployment.missing ?? 'cannot be read')));
  const { environmentFiles } = deployment;
  if (environmentFiles instanceof Error) return outcome(unreadable(configFile, 'load/environments', `${environmentFiles.message} ${advice.environments}`));
  const { base, others } = await comparedWith(request, path, ports.github, notes);
  const report = validateConfig({
    config: deployment.config,
    ...(deployment.loaded ? { loaded: deployment.loaded } : {}),
    ...(deployment.source.qhubVersion ? { requestedVersion: deployment.source.qhubVersion } : {}),
    ...(deployment.pinnedVersion ? { pinnedVersion: deployment.pinnedVersion } : {}),
    ...(base ? { base: base.config, baseEnvironmentFiles: base.environmentFiles ?? [] } : {}),
    otherDeployments: others,
    environmentFiles,
  });
  return outcome(report, { config: deployment.config, environmentFiles, base });
}
