// What a job is given by its front door (the action or the CLI): every adapter to the world outside.
import type { ClusterAdapter } from '../deploy/cluster.js';
import type { GitHubApi } from '../github/api.js';
import type { DeployablePlanRequest, PlannedConfig } from '../qhub/plan-config.js';
import type { VenvCache } from '../qhub/venv.js';
import type { Engine, ProcessRunner } from '../terraform/engine.js';

export interface JobPorts {
  /** tofu or terraform over real processes; its binary is chosen once the release is known. */
  engine: Engine;
  /** The action's GitHub; absent on the command line. */
  github?: GitHubApi;
  /** The deployment's Kubernetes cluster (kubectl), for destroy's clean-up. */
  cluster?: ClusterAdapter;
  /** Runs QHub, pip and venv (the engine has its own). */
  runner: ProcessRunner;
  /** The environment QHub, providers and kubectl see (the action's has no GitHub tokens). */
  env: NodeJS.ProcessEnv;
  /** Progress for a person watching, before slow steps (the CLI's `--quiet` hides it). */
  log: (line: string) => void;
  /** A line the user must see: a fallback taken, a plan about to be applied (never hidden). */
  notice: (line: string) => void;
  /** A private temporary directory (renders, variable files and plan files can hold secrets). */
  workDir: string;
  /** Keeps the QHub virtualenv between runs (the Actions cache), where there is one. */
  venvCache?: VenvCache;
  /** Renders a QHub config with its exact release and plans its stages (the real one: planDeployableConfig). */
  planConfig: (request: DeployablePlanRequest) => Promise<PlannedConfig>;
}

/** The ports validation needs: it runs no engine and no QHub. */
export type ValidatePorts = Pick<JobPorts, 'github'>;
