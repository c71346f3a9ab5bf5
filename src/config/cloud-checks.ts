// The checks Nebari >= 2023.10 makes against cloud APIs while validating a config
// (pydantic validators of the provider sections in _nebari/stages/infrastructure,
// as of 2025.10.1). They cannot run offline, so the validator reports them as
// skipped instead of letting a schema pass read as "the cloud accepts this".
import { formatPath, type DocPath } from './types.js';

export interface SkippedCloudCheck {
  /** Dotted path of the value Nebari would check, e.g. `amazon_web_services.kubernetes_version`. */
  path: string;
  description: string;
}

type Mapping = Record<string, unknown>;

function isMapping(value: unknown): value is Mapping {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function describeValue(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? `\`${String(value)}\`` : 'the value';
}

/** One check per node group that names its instance type. */
function instanceChecks(section: string, block: Mapping, describe: (instance: string) => string): SkippedCloudCheck[] {
  // Nebari checks only node groups written in the file; its defaults are not looked up.
  if (!isMapping(block.node_groups)) return [];
  return Object.entries(block.node_groups).flatMap(([name, group]) => {
    if (!isMapping(group) || !('instance' in group)) return [];
    const path: DocPath = [section, 'node_groups', name, 'instance'];
    return [{ path: formatPath(path), description: describe(describeValue(group.instance)) }];
  });
}

function awsChecks(block: Mapping): SkippedCloudCheck[] {
  const section = 'amazon_web_services';
  const region = describeValue(block.region);
  const checks: SkippedCloudCheck[] = [
    {
      path: section,
      description: 'AWS credentials: Nebari requires AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the environment before any AWS call.',
    },
    { path: `${section}.region`, description: `region ${region} must be enabled for the AWS account (EC2 DescribeRegions).` },
    {
      path: `${section}.kubernetes_version`,
      description:
        block.kubernetes_version === null || block.kubernetes_version === undefined
          ? `no version given: Nebari picks the newest EKS version it supports in ${region} (EKS DescribeAddonVersions).`
          : `Kubernetes ${describeValue(block.kubernetes_version)} must be one of the EKS versions available in ${region} that Nebari supports (EKS DescribeAddonVersions).`,
    },
    {
      path: `${section}.availability_zones`,
      description: Array.isArray(block.availability_zones)
        ? `each availability zone must exist in ${region} (EC2 DescribeAvailabilityZones).`
        : `no zones given: Nebari picks the first two zones of ${region} (EC2 DescribeAvailabilityZones).`,
    },
    ...instanceChecks(section, block, (instance) => `instance type ${instance} must be offered in ${region} (EC2 DescribeInstanceTypes).`),
  ];
  if (typeof block.eks_kms_arn === 'string') {
    checks.push({
      path: `${section}.eks_kms_arn`,
      description: `the KMS key must exist in ${region}, be enabled, customer managed and symmetric with key usage ENCRYPT_DECRYPT (KMS ListKeys/DescribeKey).`,
    });
  }
  return checks;
}

function gcpChecks(block: Mapping): SkippedCloudCheck[] {
  const section = 'google_cloud_platform';
  const region = describeValue(block.region);
  return [
    {
      path: section,
      description:
        'GCP credentials: Nebari requires GOOGLE_CREDENTIALS and PROJECT_ID in the environment and lists regions, versions and machine types in the PROJECT_ID project.',
    },
    { path: `${section}.region`, description: `region ${region} must be one of the project's Compute Engine regions.` },
    {
      path: `${section}.kubernetes_version`,
      description: `Kubernetes ${describeValue(block.kubernetes_version)} must prefix one of the GKE master versions valid in ${region} that Nebari supports.`,
    },
    ...instanceChecks(section, block, (instance) => `machine type ${instance} must be offered in a zone of ${region}.`),
  ];
}

function azureChecks(block: Mapping): SkippedCloudCheck[] {
  const section = 'azure';
  const checks: SkippedCloudCheck[] = [
    {
      path: section,
      description: 'Azure credentials: Nebari requires ARM_CLIENT_ID, ARM_SUBSCRIPTION_ID and ARM_TENANT_ID in the environment.',
    },
  ];
  // Nebari validates kubernetes_version only when the key is written (null picks the newest).
  if ('kubernetes_version' in block) {
    checks.push({
      path: `${section}.kubernetes_version`,
      description:
        block.kubernetes_version === null
          ? 'null: Nebari picks the newest AKS version it supports (AKS list orchestrators, queried for Central US).'
          : `Kubernetes ${describeValue(block.kubernetes_version)} must be one of the AKS versions Nebari supports (AKS list orchestrators, queried for Central US whatever the region).`,
    });
  }
  return checks;
}

/**
 * The cloud-API checks Nebari would run on `config`. Nebari validates every provider
 * section written in the file, whichever `provider` is selected, so each present
 * section contributes its checks. `local` and `existing` make no cloud calls.
 */
export function skippedCloudChecks(config: unknown): SkippedCloudCheck[] {
  if (!isMapping(config)) return [];
  const checks: SkippedCloudCheck[] = [];
  if (isMapping(config.amazon_web_services)) checks.push(...awsChecks(config.amazon_web_services));
  if (isMapping(config.google_cloud_platform)) checks.push(...gcpChecks(config.google_cloud_platform));
  if (isMapping(config.azure)) checks.push(...azureChecks(config.azure));
  return checks;
}
