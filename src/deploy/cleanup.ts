// How to delete by hand what a destroy left behind, per provider and resource type: a data table
// built from what QHub users and QHub's own integration tests deleted (docs/apply-destroy.md).
// Names follow QHub's scheme (`<project>-<namespace>`); a node pool's name is its instance key.
import { resourcePrefix, type DeploymentFacts } from './facts.js';

export type Cloud = 'gcp' | 'aws' | 'azure' | 'do';
export type ResourceProvider = Cloud | 'kubernetes' | 'keycloak' | 'other';

/** The provider a resource type belongs to, from the type's prefix. */
export function providerOfType(type: string): ResourceProvider {
  if (type.startsWith('google_')) return 'gcp';
  if (type.startsWith('aws_')) return 'aws';
  if (type.startsWith('azurerm_')) return 'azure';
  if (type.startsWith('digitalocean_')) return 'do';
  if (type.startsWith('kubernetes_') || type.startsWith('helm_')) return 'kubernetes';
  if (type.startsWith('keycloak_')) return 'keycloak';
  return 'other';
}

export interface Names {
  /** `<project>-<namespace>`: the cluster and most other objects. */
  prefix: string;
  project: string;
  namespace: string;
  region: string;
  gcpProject: string;
  /** The resource's instance key (`main["user"]` -> `user`), e.g. a node group's name. */
  key: string;
}

type Template = (names: Names) => string;

/** Resource type -> the command(s) that delete it. */
export const CLEANUP_COMMANDS: Readonly<Record<string, Template>> = {
  // GCP
  google_container_cluster: (n) => `gcloud container clusters delete ${n.prefix} --region ${n.region} --quiet`,
  google_container_node_pool: (n) => `gcloud container node-pools delete ${n.key} --cluster ${n.prefix} --region ${n.region} --quiet`,
  google_service_account: (n) => `gcloud iam service-accounts delete ${n.prefix}@${n.gcpProject}.iam.gserviceaccount.com --quiet`,
  google_project_iam_member: (n) =>
    `gcloud projects get-iam-policy ${n.gcpProject} --format=json | grep -n 'deleted:serviceAccount:${n.prefix}@' ; then: gcloud projects remove-iam-policy-binding ${n.gcpProject} --member=MEMBER --role=ROLE`,
  google_storage_bucket: (n) => `gcloud storage buckets list --filter="name~${n.prefix}" ; then: gcloud storage rm -r gs://BUCKET`,
  google_artifact_registry_repository: (n) => `gcloud artifacts repositories delete ${n.prefix} --location ${n.region} --quiet`,
  google_container_registry: () =>
    'Do not delete blindly: this is the project-wide gcr.io bucket other projects may use. Remove it from state only: see "then" below.',
  // AWS, in aws_cleanup's order: node groups, cluster, load balancer, EFS, network, volumes, state, IAM.
  aws_eks_node_group: (n) =>
    `aws eks delete-nodegroup --cluster-name ${n.prefix} --nodegroup-name ${n.key} && aws eks wait nodegroup-deleted --cluster-name ${n.prefix} --nodegroup-name ${n.key}`,
  aws_eks_cluster: (n) => `aws eks delete-cluster --name ${n.prefix} && aws eks wait cluster-deleted --name ${n.prefix}`,
  aws_eks_addon: (n) => `aws eks list-addons --cluster-name ${n.prefix} ; then: aws eks delete-addon --cluster-name ${n.prefix} --addon-name ADDON`,
  aws_efs_mount_target: (n) =>
    `aws efs describe-file-systems --query "FileSystems[?Name=='${n.prefix}-jupyterhub-shared'].FileSystemId" ; then: aws efs describe-mount-targets --file-system-id FS_ID and aws efs delete-mount-target --mount-target-id MT_ID`,
  aws_efs_file_system: (n) =>
    `aws efs describe-file-systems --query "FileSystems[?Name=='${n.prefix}-jupyterhub-shared'].FileSystemId" ; then (mount targets first): aws efs delete-file-system --file-system-id FS_ID`,
  aws_vpc: (n) =>
    `aws ec2 describe-vpcs --filters Name=tag:Project,Values=${n.project} Name=tag:Environment,Values=${n.namespace} ; then, after subnets, gateways and security groups: aws ec2 delete-vpc --vpc-id VPC_ID`,
  aws_subnet: (n) => `aws ec2 describe-subnets --filters Name=tag:Project,Values=${n.project} Name=tag:Environment,Values=${n.namespace} ; then: aws ec2 delete-subnet --subnet-id SUBNET_ID`,
  aws_internet_gateway: (n) =>
    `aws ec2 describe-internet-gateways --filters Name=tag:Project,Values=${n.project} Name=tag:Environment,Values=${n.namespace} ; then: aws ec2 detach-internet-gateway --internet-gateway-id IGW_ID --vpc-id VPC_ID && aws ec2 delete-internet-gateway --internet-gateway-id IGW_ID`,
  aws_route_table: (n) =>
    `aws ec2 describe-route-tables --filters Name=tag:Project,Values=${n.project} Name=tag:Environment,Values=${n.namespace} ; then: aws ec2 delete-route-table --route-table-id RTB_ID`,
  aws_security_group: (n) =>
    `aws ec2 describe-security-groups --filters Name=tag:Project,Values=${n.project} Name=tag:Environment,Values=${n.namespace} ; then: aws ec2 delete-security-group --group-id SG_ID`,
  aws_ecr_repository: (n) => `aws ecr delete-repository --repository-name ${n.prefix}-jupyterlab --force`,
  aws_s3_bucket: (n) =>
    `aws s3api list-object-versions --bucket ${n.prefix}-terraform-state ; delete every version and delete marker (aws s3api delete-objects), then: aws s3api delete-bucket --bucket ${n.prefix}-terraform-state`,
  aws_dynamodb_table: (n) => `aws dynamodb delete-table --table-name ${n.prefix}-terraform-state-lock`,
  aws_iam_role: (n) =>
    `aws iam list-roles --query "Roles[?starts_with(RoleName, '${n.prefix}-')].RoleName" ; then per role: aws iam list-attached-role-policies, aws iam detach-role-policy, aws iam delete-role --role-name ROLE`,
  aws_iam_policy: (n) =>
    `aws iam list-policies --scope Local --query "Policies[?contains(PolicyName, '${n.prefix}')].Arn" ; then: delete non-default versions, aws iam delete-policy --policy-arn ARN`,
  aws_iam_openid_connect_provider: () => 'aws iam list-open-id-connect-providers ; then: aws iam delete-open-id-connect-provider --open-id-connect-provider-arn ARN',
  aws_kms_key: (n) => `aws kms list-aliases --query "Aliases[?contains(AliasName, '${n.prefix}')]" ; then: aws kms schedule-key-deletion --key-id KEY_ID --pending-window-in-days 7`,
  aws_resourcegroups_group: (n) => `aws resource-groups delete-group --group-name ${n.project}`,
  // Azure: deleting the resource group deletes everything in it, AKS's node resource group too.
  azurerm_kubernetes_cluster: (n) => `az aks delete --name ${n.prefix} --resource-group ${n.prefix} --yes`,
  azurerm_kubernetes_cluster_node_pool: (n) => `az aks nodepool delete --cluster-name ${n.prefix} --resource-group ${n.prefix} --name ${n.key}`,
  azurerm_resource_group: (n) => `az group delete --name ${n.prefix} --yes ; and for 0.4+ state: az group delete --name ${n.prefix}-state --yes`,
  azurerm_storage_account: (n) => `az group delete --name ${n.prefix}-state --yes   # 0.3.x keeps the state account in ${n.prefix}`,
  azurerm_container_registry: (n) => `az group delete --name ${n.prefix} --yes`,
  // DigitalOcean (up to Nebari 2024.11.1). --dangerous also deletes the cluster's LBs and volumes.
  digitalocean_kubernetes_cluster: (n) => `doctl kubernetes cluster delete ${n.prefix} --dangerous -f`,
  digitalocean_kubernetes_node_pool: (n) => `doctl kubernetes cluster node-pool delete ${n.prefix} ${n.key} -f`,
  digitalocean_spaces_bucket: (n) => `aws s3 rb s3://${n.prefix}-terraform-state --force --endpoint=https://${n.region}.digitaloceanspaces.com`,
};

/** Per provider, for types the table does not know. */
const FALLBACK: Readonly<Record<ResourceProvider, Template>> = {
  gcp: (n) => `find it by name (${n.prefix}) in the Cloud Console or with gcloud, and delete it`,
  aws: (n) => `aws resourcegroupstaggingapi get-resources --tag-filters Key=Project,Values=${n.project} Key=Environment,Values=${n.namespace} ; delete what it lists`,
  azure: (n) => `az group delete --name ${n.prefix} --yes`,
  do: (n) => `doctl kubernetes cluster list-associated-resources ${n.prefix}`,
  kubernetes: () => 'gone with the cluster; if the cluster is still up, delete it with kubectl (or helm uninstall)',
  keycloak: () => 'gone with the cluster (Keycloak runs in it); nothing to delete in a cloud',
  other: () => 'no known cloud object: check what it created',
};

export interface ResourceAddress {
  type: string;
  /** The instance key, unquoted (`main["user"]` -> `user`, `main[0]` -> `0`), or null. */
  key: string | null;
  mode: 'managed' | 'data';
}

/** Parses a `state list` address such as `module.kubernetes.google_container_node_pool.main["user"]`. */
export function parseAddress(address: string): ResourceAddress {
  // Module instance keys may hold dots ("a.b"): drop bracketed keys before splitting.
  const keys = [...address.matchAll(/\[("(?:[^"\\]|\\.)*"|\d+)\]/g)].map((match) => match[1]!);
  const bare = address.replace(/\[(?:"(?:[^"\\]|\\.)*"|\d+)\]/g, '');
  const parts = bare.split('.');
  while (parts[0] === 'module') parts.splice(0, 2);
  const mode = parts[0] === 'data' ? 'data' : 'managed';
  if (mode === 'data') parts.shift();
  const lastKey = keys.length > 0 && address.endsWith(']') ? keys[keys.length - 1]! : null;
  return {
    type: parts[0] ?? address,
    key: lastKey === null ? null : lastKey.startsWith('"') ? (JSON.parse(lastKey) as string) : lastKey,
    mode,
  };
}

export function namesFor(facts: DeploymentFacts | null, key: string | null): Names {
  return {
    prefix: facts ? resourcePrefix(facts) : '<project_name>-<namespace>',
    project: facts?.projectName ?? '<project_name>',
    namespace: facts?.namespace ?? '<namespace>',
    region: facts?.region ?? '<region>',
    gcpProject: facts?.gcpProject ?? '<gcp-project-id>',
    key: key ?? '<name>',
  };
}

/** The manual cleanup command for one leftover resource. */
export function cleanupCommand(type: string, key: string | null, facts: DeploymentFacts | null): string {
  const names = namesFor(facts, key);
  const template = CLEANUP_COMMANDS[type] ?? FALLBACK[providerOfType(type)];
  return template(names);
}
