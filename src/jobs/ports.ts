// What a job is given by its front door (the action or the CLI): every adapter to the world outside.
import type { ClusterAdapter } from '../deploy/cluster.js';
import type { GitHubApi } from '../github/api.js';
import type { DeployablePlanRequest, PlannedConfig } from '../qhub/plan-config.js';
import type { VenvCache } from '../qhub/venv.js';
import type { Engine, ProcessRunner } from '../terraform/engine.js';

export interface JobPorts {
  /** tofu or terraform over real processes; its binary is chosen once the release is known. */
  engine: Engine;
  /** `engine: auto`: explicit roots follow the engine their QHub/Nebari release pins. */
  engineFollowsRelease: boolean;
  /** The action's GitHub; absent on the command line. */
  github?: GitHubApi;
  /** The deployment's Kubernetes cluster (kubectl), for destroy's clean-up. */
  cluster?: ClusterAdapter;
  /** Runs QHub, pip and venv (the engine has its own). */
  runner: ProcessRunner;
  /** The environment QHub, providers and kubectl see (the action's has no GitHub tokens). */
  env: Record<string, string | undefined>;
  /** One line of progress before slow steps. */
  log: (line: string) => void;
  /** A private temporary directory (renders, variable files and plan files can hold secrets). */
  workDir: string;
  /** Keeps the QHub virtualenv between runs (the Actions cache), where there is one. */
  venvCache?: VenvCache;
  /** Renders a QHub config with its release and plans its stages; planDeployableConfig unless replaced (tests). */
  planConfig?: (request: DeployablePlanRequest) => Promise<PlannedConfig>;
}

/** The ports validation needs: it runs no engine and no QHub. */
export type ValidatePorts = Pick<JobPorts, 'github'>;
