// Resources that only exist on the machine running QHub: every fresh CI runner plans to
// (re)create them, so they are shown apart and left out of has-changes and the plan hash.

export interface RunnerLocalResource {
  /**
   * Resource address without module path or instance keys: `local_file.kubeconfig` matches
   * `local_file.kubeconfig[0]` and `module.kubernetes.local_file.kubeconfig` (QHub versions differ).
   */
  address: string;
  stage: string;
  why: string;
}

export const RUNNER_LOCAL_RESOURCES: readonly RunnerLocalResource[] = [
  {
    address: 'local_file.kubeconfig',
    stage: '02-infrastructure',
    why: 'writes the kubeconfig file into the runner’s temporary directory',
  },
  {
    address: 'terraform_data.nebari_config',
    stage: '01-terraform-state',
    why: 'records the config in stage 01’s local state, which a fresh runner does not have (Nebari 2024.9.1+)',
  },
];

/** Strips `[0]` / `["key"]` instance keys and the `module.NAME.` path from an address. */
function resourcePart(address: string): string {
  return address.replace(/\[(?:"(?:[^"\\]|\\.)*"|\d+)\]/g, '').replace(/^(?:module\.[^.]+\.)+/, '');
}

export function findRunnerLocal(
  address: string,
  resources: readonly RunnerLocalResource[] = RUNNER_LOCAL_RESOURCES,
): RunnerLocalResource | null {
  // Most addresses cannot match: the bare address is a substring of any address it matches.
  if (!resources.some((resource) => address.includes(resource.address))) return null;
  const bare = resourcePart(address);
  return resources.find((resource) => resource.address === bare) ?? null;
}
