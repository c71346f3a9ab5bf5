// The destroy job: clean up what Kubernetes made while the cluster answers, destroy the roots in
// reverse order continuing past failures, then read every state back (the engine's exit code proves
// nothing); in the action, the leftovers go to an issue and the environment is marked gone.
import { cleanUpCluster, type ClusterAdapter } from '../deploy/cluster.js';
import type { DeploymentFacts } from '../deploy/facts.js';
import type { Engine } from '../terraform/engine.js';
import { destroyConfirmationProblem } from '../deploy/confirm.js';
import { leftoversOf, nameChecks } from '../deploy/leftovers.js';
import { isDestroyed, type DestroyOutcome } from '../deploy/outcome.js';
import type { GitHubApi } from '../github/api.js';
import { QhubError } from '../qhub/errors.js';
import { issueAction, LEFTOVERS_LABEL, leftoversIssueTitle } from '../report/leftovers-issue.js';
import { destroyInReverse, type DestroyTarget } from '../terraform/roots.js';
import { bestEffort } from './best-effort.js';
import type { RunTarget } from './deployment.js';
import type { JobPorts } from './ports.js';
import { targetsOf, type TargetRequest } from './targets.js';

/** Where the action reports a destroy: the leftovers issue and the deployment's environment. */
export interface DestroyReport {
  branch: string;
  /** The GitHub environment of the deployment. */
  environment: string;
  runUrl: string | null;
  /** Dates the issue. */
  now: Date;
}

/** Explicit roots given in apply order, or the config's stages; without a config, cleanup commands use placeholders for names. */
export interface DestroyRequest extends RunTarget {
  /** The typed confirmation and the branch it must name (the action's `confirm`); null: confirmed already (`--yes`). */
  confirmation: { given: string; branch: string } | null;
  /** Deletes the ingress Service and volume claims first (ports.cluster). */
  cleanCluster: boolean;
  /** Null: nothing reported to GitHub. */
  report: DestroyReport | null;
}

export type DestroyJobOutcome =
  | { status: 'refused'; message: string }
  | { status: 'not-prepared'; message: string }
  | { status: 'done'; outcome: DestroyOutcome; issueUrl: string | null; notices: string[] };

/**
 * The roots to destroy: explicit roots, else the QHub config's stages, prepared the way a plan
 * prepares them (render, each stage's variables). A stage that cannot be prepared is kept, as unread.
 * Throws QhubError when the config cannot be rendered at all.
 */
export async function destroyTargets(request: TargetRequest, ports: JobPorts): Promise<DestroyTarget[]> {
  const targets = await targetsOf(request, ports);
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

/** Opens, updates or closes the leftovers issue; marks the environment gone when everything is. */
async function reportToGitHub(github: GitHubApi, report: DestroyReport, outcome: DestroyOutcome, notices: string[]): Promise<string | null> {
  const context = { deployment: report.branch, runUrl: report.runUrl, date: report.now.toISOString().slice(0, 10) };
  const title = leftoversIssueTitle(report.branch);
  const existing = await bestEffort(notices, `look for the issue "${title}"`, () => github.findIssue(title, LEFTOVERS_LABEL));
  const action = issueAction(existing, outcome, context);
  let issueUrl: string | null = null;
  if (action.kind === 'create') issueUrl = (await bestEffort(notices, `open the issue "${title}"`, () => github.createIssue(action.title, action.body, [LEFTOVERS_LABEL])))?.url ?? null;
  if (action.kind === 'update') issueUrl = (await bestEffort(notices, `update issue #${action.issueNumber}`, () => github.updateIssue(action.issueNumber, { body: action.body, state: 'open' })))?.url ?? null;
  if (action.kind === 'close') {
    const closed = await bestEffort(notices, `close issue #${action.issueNumber}`, () => github.updateIssue(action.issueNumber, { body: action.body, state: 'closed' }));
    if (closed) notices.push(`Closed issue #${closed.number}: every state is empty now.`);
  }
  if (isDestroyed(outcome)) {
    // GitHub shows an environment as gone when its latest deployment is inactive.
    await bestEffort(notices, `mark the ${report.environment} environment inactive`, async () => {
      const githubDeployment = await github.createDeployment({ ref: report.branch, environment: report.environment, description: 'qhub-gitops destroy', payload: {} });
      await github.createDeploymentStatus(githubDeployment.id, { state: 'inactive', description: 'Destroyed: every state is empty', ...(report.runUrl ? { logUrl: report.runUrl } : {}) });
    });
  }
  return issueUrl;
}

export async function runDestroy(request: DestroyRequest, ports: JobPorts): Promise<DestroyJobOutcome> {
  const facts = request.deployment?.facts ?? null;
  if (request.confirmation) {
    const expected = facts?.projectName ?? request.report?.environment ?? request.confirmation.branch;
    const problem = destroyConfirmationProblem(request.confirmation.given, expected, request.confirmation.branch);
    if (problem) return { status: 'refused', message: problem };
  }
  let targets: DestroyTarget[];
  try {
    targets = await destroyTargets(request, ports);
  } catch (error) {
    if (!(error instanceof QhubError)) throw error;
    return { status: 'not-prepared', message: error.message };
  }
  const outcome = await destroyRoots(targets, ports.engine, { facts, cluster: request.cleanCluster ? (ports.cluster ?? null) : null });
  const notices: string[] = [];
  const issueUrl = request.report && ports.github ? await reportToGitHub(ports.github, request.report, outcome, notices) : null;
  return { status: 'done', outcome, issueUrl, notices };
}
