// The action's settings as the jobs' requests: where the deployment's config is, what it is compared
// with (through GitHub), and how a config that cannot be read is explained to a workflow author.
import { configNamed, runTargetOf, type DeploymentSource, type RunTarget } from '../jobs/deployment.js';
import type { Comparison, ValidateRequest } from '../jobs/validate.js';
import { SettingsError, type CommandName, type Settings } from './settings.js';

export function sourceOf(settings: Settings): DeploymentSource {
  return { cwd: settings.workingDirectory, config: settings.config, environments: settings.environments, qhubVersion: settings.qhubVersion };
}

/** The branch whose deployment this run is about: the PR's base, or the pushed/dispatched branch. */
export function deploymentBranch(settings: Settings): string | null {
  return settings.event.kind === 'pull_request' ? settings.event.baseRef : settings.event.branch;
}

/** The base branch of a pull request and the other deploy/* branches, read through GitHub. */
function comparisonOf(settings: Settings): Comparison {
  return {
    from: 'github',
    repositoryDirectory: settings.repositoryDirectory,
    baseRef: settings.event.kind === 'pull_request' ? settings.event.baseRef : null,
    ownBranch: deploymentBranch(settings),
    deploymentBranchPrefix: settings.deploymentBranchPrefix,
  };
}

/** How the jobs check the config in the action. */
export function validationOf(settings: Settings): Omit<ValidateRequest, 'deployment'> {
  return {
    compare: comparisonOf(settings),
    advice: {
      missingConfig: (configFile, why) =>
        `${configFile}: ${why}. Set the action's \`config\` (and \`working-directory\`) inputs to where qhub-config.yaml / nebari-config.yaml is, and check out the repository first.`,
      environments: 'Check the `environments` input.',
    },
  };
}

/**
 * What the run is about, read once: validation always reads the config; plan, apply and destroy read
 * it for the QHub stages, and beside explicit roots when one is named or a default one is there.
 */
export function runTargetOfSettings(settings: Settings, command: CommandName): Promise<RunTarget> {
  return runTargetOf(sourceOf(settings), command === 'validate' ? [] : settings.roots, { defaultBesideRoots: true });
}

/** Apply and destroy stop at a config that is named but cannot be read or parsed, before anything else. */
export function requireReadableConfig(target: RunTarget): void {
  const { deployment } = target;
  if (deployment === null || !configNamed(target.source)) return;
  if (deployment.missing !== null) throw new SettingsError(`${deployment.configFile}: ${deployment.missing}. Set the action's \`config\` and \`working-directory\` inputs.`);
  if (deployment.loaded?.document === null) throw new SettingsError(`${deployment.configFile} cannot be read: ${deployment.loaded.findings.map((finding) => finding.message).join('; ')}`);
}

/** The deployment branch of a push or dispatch, checked against the prefix. */
export function deploymentBranchOf(settings: Settings, command: string): { branch: string; name: string; sha: string } {
  const event = settings.event;
  if (event.kind === 'pull_request') throw new SettingsError(`${command} does not run on pull_request: it runs on a push to (or a dispatch on) a ${settings.deploymentBranchPrefix}<name> branch.`);
  const branch = event.branch;
  if (!branch || !branch.startsWith(settings.deploymentBranchPrefix) || branch === settings.deploymentBranchPrefix) {
    throw new SettingsError(
      `${command} runs only on ${settings.deploymentBranchPrefix}<name> branches, not on '${branch ?? 'a tag or detached ref'}': restrict the workflow's branches to '${settings.deploymentBranchPrefix}**'.`,
    );
  }
  return { branch, name: branch.slice(settings.deploymentBranchPrefix.length), sha: event.sha };
}
