// What apply and destroy need to know about a deployment from its QHub/Nebari config: names that
// cloud objects are derived from, where it is served, and whether `qhub upgrade` blocked deploys.
import { asMapping, asString } from '../rules/shared/shape.js';
import { CLOUD_PROVIDERS, namespaceOf, PROVIDER_BLOCKS } from '../rules/shared/provider.js';

export interface DeploymentFacts {
  projectName: string | null;
  namespace: string;
  /** gcp, aws, azure, do, local, existing; null when the config does not say. */
  provider: string | null;
  region: string | null;
  /** The GCP project id (`google_cloud_platform.project`), used in service-account emails. */
  gcpProject: string | null;
  domain: string | null;
  /** Set by `qhub upgrade` when a manual step is needed before the next deploy. */
  preventDeploy: boolean;
}

/** Nebari 2023.10+ may leave `provider` out when exactly one provider block is present. */
function providerFrom(data: Record<string, unknown>): string | null {
  const declared = asString(data.provider);
  if (declared !== undefined) return declared;
  const present = Object.entries(PROVIDER_BLOCKS).filter(([, block]) => data[block] !== undefined);
  return present.length === 1 ? present[0]![0] : null;
}

export function deploymentFacts(config: unknown): DeploymentFacts {
  const data = asMapping(config) ?? {};
  const provider = providerFrom(data);
  const block = provider && CLOUD_PROVIDERS.has(provider) ? asMapping(data[PROVIDER_BLOCKS[provider]!]) : undefined;
  // `domain` is a plain string; Nebari 2023.10+ may leave it out (then the LB address is used).
  const domain = asString(data.domain)?.trim() || null;
  return {
    projectName: asString(data.project_name) ?? (typeof data.project_name === 'number' ? String(data.project_name) : null),
    namespace: namespaceOf(data),
    provider,
    region: asString(block?.region) ?? null,
    gcpProject: provider === 'gcp' ? (asString(block?.project) ?? null) : null,
    domain,
    preventDeploy: data.prevent_deploy === true,
  };
}

/** The name QHub gives the cluster and most cloud objects: `<project_name>-<namespace>`. */
export function resourcePrefix(facts: DeploymentFacts): string {
  return `${facts.projectName ?? '<project_name>'}-${facts.namespace}`;
}

/** `https://<domain>` for the GitHub deployment's environment_url, when the config names one. */
export function environmentUrl(facts: DeploymentFacts): string | null {
  if (!facts.domain) return null;
  return /^https?:\/\//.test(facts.domain) ? facts.domain : `https://${facts.domain}`;
}
