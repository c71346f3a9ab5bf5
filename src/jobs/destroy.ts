// The destroy job, for `qhub-gitops destroy --yes` and the action's destroy (workflow_dispatch only):
// clean up what Kubernetes made while the cluster answers, destroy the roots in reverse order
// continuing past failures, then read every state back - the engine's exit code proves nothing.
import { cleanUpCluster, kubectlCluster, type ClusterAdapter } from '../deploy/cluster.js';
import { destroyConfirmationProblem } from '../deploy/confirm.js';
import type { DeploymentFacts } from '../deploy/facts.js';
import { issueAction, LEFTOVERS_LABEL, leftoversIssueTitle } from '../report/leftovers-issue.js';
import { leftoversOf, nameChecks } from '../deploy/leftovers.js';
import { isDestroyed, type DestroyOutcome } from '../deploy/outcome.js';
import type { ActionResult } from '../action/result.js';
import type { GitHubApi } from '../github/api.js';
import { SettingsError, type Settings } from '../action/settings.js';
import { destroyJson, destroySummary, destroyText } from '../report/destroy.js';
import type { Engine, ProcessRunner } from '../terraform/engine.js';
import { runnerWarningNotice } from '../terraform/runner-warnings.js';
import { bestEffort, deploymentOf, readConfigFacts } from './apply.js';
import { QhubError } from '../qhub/errors.js';
import type { VenvCache } from '../qhub/venv.js';
import { destroyInReverse, type DestroyTarget } from '../terraform/roots.js';
import { configRequest, configSourceOf, targetsOf, type TargetRequest } from './targets.js';

export interface DestroyOptions {
  /** Names cleanup commands and the objects to check by name; null without a QHub config. */
  facts: DeploymentFacts | null;
  /** Runs first, while the cluster still answers; null skips the Kubernetes clean-up. */
  cluster: ClusterAdapter | null;
}

/** Destroys the roots (given in apply order) in reverse order and reports what is left. */
export async function destroyRoots(targets: readonly DestroyTarget[], engine: Engine, options: DestroyOptions): Promise<DestroyOutcome> {
  const cluster = options.cluster && options.facts ? await cleanUpCluster(options.cluster, options.facts) : [];
  const { roots, runnerWarnings } = await destroyInReverse(targets, engine);
  return {
    roots,
    cluster,
    leftovers: leftoversOf(
      roots.map((root) => root.state),
      options.facts,
      engine.command,
    ),
    nameChecks: nameChecks(options.facts),
    runnerWarnings,
  };
}

export interface DestroyActionDependencies {
  engine: Engine;
  /** Private temporary directory for the render and the stages' variable files (they can hold secrets). */
  workDir: string;
  /** Null runs no Kubernetes clean-up (the real one is kubectl with the runner's KUBECONFIG). */
  cluster: ClusterAdapter | null;
  runUrl: string | null;
  /** The environment of QHub's render (childEnvironment: no GitHub tokens). */
  env: Record<string, string | undefined>;
  /** Runs QHub, pip and venv (the engine has its own). */
  runner: ProcessRunner;
  /** ISO date for the issue. */
  now: Date;
  /** Keeps the QHub virtualenv between runs (the Actions cache), where there is one. */
  venvCache?: VenvCache;
}

/** The real cluster adapter: kubectl, with whatever KUBECONFIG the workflow set up. */
export function runnerCluster(env: Record<string, string | undefined>, runner: ProcessRunner): ClusterAdapter {
  return kubectlCluster(runner, env);
}

/**
 * The roots to destroy: explicit roots, else the QHub config's stages, prepared the way a plan
 * prepares them (render, each stage's variables). A stage that cannot be prepared is kept, as unread.
 * Throws QhubError when the config cannot be rendered at all.
 */
export async function destroyTargets(request: TargetRequest): Promise<DestroyTarget[]> {
  const targets = await targetsOf(request);
  if ('roots' in targets) return targets.roots;
  const planned = targets.config;
  return planned.run.roots.map((outcome): DestroyTarget => {
    const spec = planned.specs.find((candidate) => candidate.label === outcome.root);
    if (planned.previewOnly.includes(outcome.root)) {
      return { root: outcome.root, unprepared: 'its remote state storage was not found, so its state cannot be read from here' };
    }
    if (spec) return spec;
    const why = outcome.status === 'pending' ? outcome.reason : 'it could not be prepared';
    return { root: outcome.root, unprepared: `its input variables are not known (${why}), so it cannot be destroyed from here` };
  });
}

export async function runDestroyAction(settings: Settings, api: GitHubApi, dependencies: DestroyActionDependencies): Promise<ActionResult> {
  if (settings.event.kind !== 'workflow_dispatch') {
    throw new SettingsError(`destroy runs only on workflow_dispatch (run the destroy workflow by hand), never on ${settings.event.kind}.`);
  }
  const { branch, name } = deploymentOf(settings, 'destroy');
  const config = await readConfigFacts(settings);
  const expected = config?.facts.projectName ?? name;
  const notices: string[] = [];
  const base = { findings: [], configFile: '', comment: null, notices };
  const problem = destroyConfirmationProblem(settings.confirm, expected, branch);
  if (problem) return { ...base, outputs: { destroyed: 'false' }, summary: `## Destroy of \`${branch}\`\n\n${problem}\n`, failure: problem };

  let targets: DestroyTarget[];
  try {
    targets = await destroyTargets(configRequest(settings.roots, configSourceOf(settings, dependencies), dependencies.engine, dependencies.workDir));
  } catch (error) {
    if (!(error instanceof QhubError)) throw error;
    const message = `Nothing was destroyed: the QHub config could not be prepared for destroy. ${error.message}`;
    return { ...base, outputs: { destroyed: 'false' }, summary: `## Destroy of \`${branch}\`\n\n${message}\n`, failure: message };
  }
  const outcome = await destroyRoots(targets, dependencies.engine, { facts: config?.facts ?? null, cluster: config && settings.cleanCluster ? dependencies.cluster : null });
  notices.push(...outcome.runnerWarnings.map(runnerWarningNotice));
  if (!config) notices.push('No QHub config beside the roots: the Kubernetes clean-up was skipped and cleanup commands use placeholders for names.');
  else if (!settings.cleanCluster) notices.push('No Kubernetes clean-up (clean-cluster is false): check the load balancer and disks the cluster made, or set clean-cluster: true with a KUBECONFIG for the deployment\'s cluster.');

  const context = { deployment: branch, runUrl: dependencies.runUrl, date: dependencies.now.toISOString().slice(0, 10) };
  const title = leftoversIssueTitle(branch);
  const existing = await bestEffort(notices, `look for the issue "${title}"`, () => api.findIssue(title, LEFTOVERS_LABEL));
  const action = issueAction(existing, outcome, context);
  let issueUrl: string | null = null;
  if (action.kind === 'create') issueUrl = (await bestEffort(notices, `open the issue "${title}"`, () => api.createIssue(action.title, action.body, [LEFTOVERS_LABEL])))?.url ?? null;
  if (action.kind === 'update') issueUrl = (await bestEffort(notices, `update issue #${action.issueNumber}`, () => api.updateIssue(action.issueNumber, { body: action.body, state: 'open' })))?.url ?? null;
  if (action.kind === 'close') {
    const closed = await bestEffort(notices, `close issue #${action.issueNumber}`, () => api.updateIssue(action.issueNumber, { body: action.body, state: 'closed' }));
    if (closed) notices.push(`Closed issue #${closed.number}: every state is empty now.`);
  }

  const destroyed = isDestroyed(outcome);
  if (destroyed) {
    // GitHub shows an environment as gone when its latest deployment is inactive.
    await bestEffort(notices, `mark the ${name} environment inactive`, async () => {
      const deployment = await api.createDeployment({ ref: branch, environment: name, description: 'qhub-gitops destroy', payload: {} });
      await api.createDeploymentStatus(deployment.id, { state: 'inactive', description: 'Destroyed: every state is empty', ...(dependencies.runUrl ? { logUrl: dependencies.runUrl } : {}) });
    });
  }
  return {
    ...base,
    outputs: {
      destroyed: String(destroyed),
      leftovers: JSON.stringify(destroyJson(outcome).leftovers),
      engine: JSON.stringify(await dependencies.engine.identity()),
      ...(issueUrl ? { 'issue-url': issueUrl } : {}),
    },
    summary: destroySummary(outcome, { deployment: branch, runUrl: dependencies.runUrl, issueUrl }),
    failure: destroyed ? null : `${branch} was not fully destroyed: ${outcome.leftovers.length} resource(s) left in state${outcome.roots.some((root) => root.state.addresses === null) ? ', and some states could not be read' : ''}.${issueUrl ? ` Checklist: ${issueUrl}` : ''}\n${destroyText(outcome).join('\n')}`,
  };
}
