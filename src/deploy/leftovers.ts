// What is left over after a destroy: every managed resource still in a root's state (never trust
// the exit code), plus the objects no state tracks - stage 01's state bucket lives in a local state
// the runner does not have, and Kubernetes creates load balancers and disks outside Terraform.
import { cleanupCommand, parseAddress, providerOfType, type Cloud, type ResourceProvider } from './cleanup.js';
import { resourcePrefix, type DeploymentFacts } from './facts.js';
import type { RootState } from '../terraform/types.js';


export interface Leftover {
  root: string;
  address: string;
  type: string;
  provider: ResourceProvider;
  /** How to delete the cloud object by hand. */
  command: string;
  /** Then, in the root, forget it so the state is empty. */
  forget: string;
}

/** Single quotes keep the shell from reading `["key"]` in an address. */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Managed resources left in each state; data sources own nothing in the cloud and are skipped. */
export function leftoversOf(states: readonly RootState[], facts: DeploymentFacts | null, engineCommand: string): Leftover[] {
  const leftovers: Leftover[] = [];
  for (const state of states) {
    for (const address of state.addresses ?? []) {
      const parsed = parseAddress(address);
      if (parsed.mode === 'data') continue;
      leftovers.push({
        root: state.root,
        address,
        type: parsed.type,
        provider: providerOfType(parsed.type),
        command: cleanupCommand(parsed.type, parsed.key, facts),
        forget: `${engineCommand} state rm ${shellQuote(address)}`,
      });
    }
  }
  return leftovers;
}

/** An object found by its name, not by any state: it may or may not still exist. */
export interface NameCheck {
  what: string;
  why: string;
  /** Shows whether it exists, then deletes it. */
  command: string;
}

const CLOUDS: ReadonlySet<string> = new Set<Cloud>(['gcp', 'aws', 'azure', 'do']);

/** The state storage (by name) and Kubernetes-made load balancers and disks of a cloud deployment. */
export function nameChecks(facts: DeploymentFacts | null): NameCheck[] {
  if (!facts || !facts.provider || !CLOUDS.has(facts.provider)) return [];
  const p = resourcePrefix(facts);
  const ns = facts.namespace;
  const region = facts.region ?? '<region>';
  const stateWhy = "stage 01's state is local to the machine that deployed, so a destroy on a fresh runner cannot see it";
  const lbWhy = `created by Kubernetes for the Service ${ns}/qhub-traefik-ingress (Nebari: nebari-traefik-ingress), not by Terraform`;
  const diskWhy = 'created by Kubernetes for PersistentVolumeClaims (NFS, conda-store, Helm charts), not by Terraform';
  switch (facts.provider as Cloud) {
    case 'gcp':
      return [
        { what: `state bucket gs://${p}-terraform-state`, why: stateWhy, command: `gcloud storage ls gs://${p}-terraform-state && gcloud storage rm -r gs://${p}-terraform-state` },
        {
          what: 'ingress load balancer',
          why: lbWhy,
          command: `gcloud compute forwarding-rules list --filter="description~traefik-ingress" ; then delete the rule, its target pool and the k8s-fw-* firewall rules`,
        },
        { what: 'volume disks', why: diskWhy, command: `gcloud compute disks list --filter="-users:* AND description~${ns}" ; then: gcloud compute disks delete DISK --region ${region}` },
      ];
    case 'aws':
      return [
        {
          what: `state bucket ${p}-terraform-state and lock table ${p}-terraform-state-lock`,
          why: stateWhy,
          command: `aws s3api head-bucket --bucket ${p}-terraform-state ; aws dynamodb describe-table --table-name ${p}-terraform-state-lock ; delete as in the aws_s3_bucket and aws_dynamodb_table rows`,
        },
        {
          what: 'ingress load balancer (Classic ELB) and its k8s-elb-* security group',
          why: `${lbWhy}; it blocks deleting the VPC (DependencyViolation)`,
          command: `aws resourcegroupstaggingapi get-resources --resource-type-filters elasticloadbalancing:loadbalancer --tag-filters Key=kubernetes.io/cluster/${p},Values=owned ; then: aws elb delete-load-balancer --load-balancer-name NAME`,
        },
        { what: 'EBS volumes', why: diskWhy, command: `aws ec2 describe-volumes --filters Name=tag:kubernetes.io/cluster/${p},Values=owned Name=status,Values=available ; then: aws ec2 delete-volume --volume-id VOL_ID` },
      ];
    case 'azure':
      return [
        { what: `state resource group ${p}-state (QHub 0.4+; 0.3.x keeps state in ${p})`, why: stateWhy, command: `az group show --name ${p}-state && az group delete --name ${p}-state --yes` },
        {
          what: `node resource group ${p}-node-resource-group (load balancer, public IP, disks)`,
          why: 'AKS deletes it with the cluster; it survives only when the cluster delete failed',
          command: `az group show --name ${p}-node-resource-group && az group delete --name ${p}-node-resource-group --yes`,
        },
      ];
    case 'do':
      return [
        {
          what: `state Space ${p}-terraform-state`,
          why: stateWhy,
          command: `aws s3 ls s3://${p}-terraform-state --endpoint=https://${region}.digitaloceanspaces.com && aws s3 rb s3://${p}-terraform-state --force --endpoint=https://${region}.digitaloceanspaces.com`,
        },
        { what: 'load balancers and pvc-* volumes', why: `${lbWhy}; ${diskWhy}`, command: 'doctl compute load-balancer list ; doctl compute volume list ; delete those of this cluster' },
      ];
  }
}
