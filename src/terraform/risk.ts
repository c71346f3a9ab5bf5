// Which deletions and replacements hurt a QHub/Nebari deployment, and why. Data, not logic:
// add a row when a provider grows a new storage or cluster resource.

export type RiskKind = 'DATA LOSS' | 'OUTAGE';

export interface RiskRule {
  /** An exact resource type, or a suffix starting with `*` (e.g. `*_node_pool`). */
  type: string;
  kind: RiskKind;
  why: string;
}

export interface RiskLabel {
  kind: RiskKind;
  why: string;
}

const CLUSTER_WHY =
  'the Kubernetes cluster runs JupyterHub, Dask and Keycloak; deleting it takes the platform down and loses in-cluster volumes and Keycloak users';
const NODE_POOL_WHY = 'running user servers and Dask workers on these nodes are killed while the pool is recreated';
const VOLUME_WHY = 'user home directories and shared files live on this storage; deleting it deletes them';
const BUCKET_WHY = 'objects in the bucket (Terraform state, conda-store artifacts, backups) are deleted with it';

export const RISK_RULES: readonly RiskRule[] = [
  { type: 'google_container_cluster', kind: 'OUTAGE', why: CLUSTER_WHY },
  { type: 'aws_eks_cluster', kind: 'OUTAGE', why: CLUSTER_WHY },
  { type: 'azurerm_kubernetes_cluster', kind: 'OUTAGE', why: CLUSTER_WHY },
  { type: 'digitalocean_kubernetes_cluster', kind: 'OUTAGE', why: CLUSTER_WHY },
  { type: '*_node_pool', kind: 'OUTAGE', why: NODE_POOL_WHY },
  { type: '*_node_group', kind: 'OUTAGE', why: NODE_POOL_WHY },
  { type: 'kubernetes_persistent_volume', kind: 'DATA LOSS', why: VOLUME_WHY },
  { type: 'kubernetes_persistent_volume_v1', kind: 'DATA LOSS', why: VOLUME_WHY },
  { type: 'kubernetes_persistent_volume_claim', kind: 'DATA LOSS', why: VOLUME_WHY },
  { type: 'kubernetes_persistent_volume_claim_v1', kind: 'DATA LOSS', why: VOLUME_WHY },
  {
    type: 'kubernetes_namespace',
    kind: 'DATA LOSS',
    why: 'deleting the namespace deletes every volume claim, secret and release in it',
  },
  {
    type: 'kubernetes_namespace_v1',
    kind: 'DATA LOSS',
    why: 'deleting the namespace deletes every volume claim, secret and release in it',
  },
  { type: 'google_compute_disk', kind: 'DATA LOSS', why: VOLUME_WHY },
  { type: 'aws_ebs_volume', kind: 'DATA LOSS', why: VOLUME_WHY },
  { type: 'azurerm_managed_disk', kind: 'DATA LOSS', why: VOLUME_WHY },
  { type: 'digitalocean_volume', kind: 'DATA LOSS', why: VOLUME_WHY },
  { type: 'aws_efs_file_system', kind: 'DATA LOSS', why: 'the EFS file system holds the shared NFS home directories' },
  { type: 'google_filestore_instance', kind: 'DATA LOSS', why: 'the Filestore instance holds the shared NFS home directories' },
  { type: 'azurerm_storage_share', kind: 'DATA LOSS', why: 'the Azure file share holds the shared home directories' },
  { type: 'azurerm_storage_account', kind: 'DATA LOSS', why: 'every container and share in the storage account is deleted with it' },
  { type: 'azurerm_storage_container', kind: 'DATA LOSS', why: BUCKET_WHY },
  { type: 'google_storage_bucket', kind: 'DATA LOSS', why: BUCKET_WHY },
  { type: 'aws_s3_bucket', kind: 'DATA LOSS', why: BUCKET_WHY },
  { type: 'digitalocean_spaces_bucket', kind: 'DATA LOSS', why: BUCKET_WHY },
  { type: 'aws_dynamodb_table', kind: 'OUTAGE', why: 'the DynamoDB table holds the Terraform state lock; later deploys cannot lock the state' },
];

function matches(rule: RiskRule, type: string): boolean {
  return rule.type.startsWith('*') ? type.endsWith(rule.type.slice(1)) : rule.type === type;
}

/** The risk of deleting or replacing a resource of this type, or null when it is routine. */
export function riskOfRemoving(type: string, rules: readonly RiskRule[] = RISK_RULES): RiskLabel | null {
  const rule = rules.find((candidate) => matches(candidate, type));
  return rule ? { kind: rule.kind, why: rule.why } : null;
}
