// What plan, apply and destroy run, decided once: the explicit roots (`--root`, the `roots` input),
// each run by the engine of the release they belong to, else the stages of the deployment's QHub
// config, rendered and planned by its exact QHub release.
import { PIN_FILE_NAME, readPinnedVersion } from '../config/local-sources.js';
import type { VersionInfo } from '../config/types.js';
import { decideVersion } from '../config/version.js';
import { releaseEnginePin } from '../qhub/engine-pins.js';
import { QhubRunError } from '../qhub/render.js';
import type { PlannedConfig } from '../qhub/plan-config.js';
import type { RootSpec } from '../terraform/roots.js';
import type { Deployment, RunTarget } from './deployment.js';
import type { JobPorts } from './ports.js';

export interface TargetRequest extends RunTarget {
  /** The version validation decided, for the QHub stages (plan validates first; apply and destroy let QHub's planner decide it). */
  version?: VersionInfo | null;
  /** False: a plan only for review, which leaves the state lock to apply. */
  lock?: boolean;
}

/** Explicit roots are run as given; a config is already planned (its stages need their inputs). */
export type Targets = { roots: RootSpec[] } | { config: PlannedConfig };

/** The release the config beside explicit roots names (its version key, or `.qhub-version` next to it). */
function releaseOf(deployment: Deployment | null): string | null {
  if (!deployment) return null;
  const data = deployment.loaded?.document?.data;
  if (typeof data !== 'object' || data === null) return null;
  const decision = decideVersion(data as Record<string, unknown>, deployment.pinnedVersion ? { pinnedVersion: deployment.pinnedVersion } : {});
  return decision.ok ? decision.version.value : null;
}

/**
 * With `engine: auto`, explicit roots follow a known release's engine: the one asked for, else the
 * one the config beside them names, else `.qhub-version` in the working directory; with none, tofu
 * from PATH. Plan, apply and destroy decide it alike, so the reviewed plan and its apply run the
 * same engine. Any other engine ignores the release, so its pin is not even read (that may install it).
 */
async function followRelease(request: TargetRequest, ports: JobPorts): Promise<void> {
  if (!ports.engine.followsRelease) return;
  const version = request.source.qhubVersion || releaseOf(request.deployment) || (await readPinnedVersion(PIN_FILE_NAME, request.source.cwd));
  if (!version) return;
  await ports.engine.forRelease(await releaseEnginePin(version, { env: ports.env, runner: ports.runner, log: ports.notice }));
}

/** The one way a deployment's config is planned: as validated, environment files merged, every stage. */
async function planDeployment(request: TargetRequest, ports: JobPorts): Promise<PlannedConfig> {
  const { deployment } = request;
  if (deployment === null || deployment.config === null) {
    throw new QhubRunError(`${deployment?.configFile ?? 'the QHub config'}: ${deployment?.missing ?? 'not found'}, so there are no QHub stages to run.`);
  }
  if (deployment.environmentFiles instanceof Error) throw new QhubRunError(deployment.environmentFiles.message);
  return ports.planConfig({
    configPath: deployment.configPath,
    ...(deployment.loaded ? { loaded: deployment.loaded } : {}),
    environmentFiles: deployment.environmentFiles,
    ...(request.version ? { version: request.version } : {}),
    ...(deployment.source.qhubVersion ? { requestedVersion: deployment.source.qhubVersion } : {}),
    ...(deployment.pinnedVersion ? { pinnedVersion: deployment.pinnedVersion } : {}),
    engine: ports.engine,
    workDir: ports.workDir,
    env: ports.env,
    runner: ports.runner,
    log: ports.log,
    ...(ports.venvCache ? { venvCache: ports.venvCache } : {}),
    ...(request.lock === undefined ? {} : { lock: request.lock }),
  });
}

/** Throws QhubError when QHub cannot be installed or refuses the config. */
export async function targetsOf(request: TargetRequest, ports: JobPorts): Promise<Targets> {
  if (request.roots.length === 0) return { config: await planDeployment(request, ports) };
  await followRelease(request, ports);
  return { roots: [...request.roots] };
}
