// Leftovers: addresses parsed into types and keys, the cleanup table per provider, the checks by
// name for what no state tracks, and the issue's lifecycle.
import { describe, expect, it } from 'vitest';
import { CLEANUP_COMMANDS, cleanupCommand, parseAddress, providerOfType } from '../../../src/deploy/cleanup.js';
import { deploymentFacts } from '../../../src/deploy/facts.js';
import { adviceFor } from '../../../src/deploy/hints.js';
import { issueAction, leftoversIssueBody } from '../../../src/report/leftovers-issue.js';
import { leftoversOf, nameChecks } from '../../../src/deploy/leftovers.js';
import { isDestroyed, type DestroyOutcome } from '../../../src/deploy/outcome.js';

const gcp = deploymentFacts({ project_name: 'ds', namespace: 'prod', provider: 'gcp', google_cloud_platform: { project: 'acme-1', region: 'us-central1' } });

describe('parseAddress', () => {
  it('drops module paths (keys with dots too) and keeps the last instance key', () => {
    expect(parseAddress('module.kubernetes.google_container_node_pool.main["user"]')).toEqual({ type: 'google_container_node_pool', key: 'user', mode: 'managed' });
    expect(parseAddress('module.x["a.b"].aws_eks_node_group.main[0]')).toEqual({ type: 'aws_eks_node_group', key: '0', mode: 'managed' });
    expect(parseAddress('module.m.data.aws_eks_cluster_auth.auth')).toEqual({ type: 'aws_eks_cluster_auth', key: null, mode: 'data' });
  });
});

describe('cleanup commands', () => {
  it('names the objects the QHub way, node pools by their key', () => {
    expect(cleanupCommand('google_container_cluster', null, gcp)).toBe('gcloud container clusters delete ds-prod --region us-central1 --quiet');
    expect(cleanupCommand('google_container_node_pool', 'user', gcp)).toBe('gcloud container node-pools delete user --cluster ds-prod --region us-central1 --quiet');
    expect(cleanupCommand('google_service_account', null, gcp)).toContain('ds-prod@acme-1.iam.gserviceaccount.com');
    expect(cleanupCommand('aws_dynamodb_table', null, deploymentFacts({ project_name: 'ds', namespace: 'dev', provider: 'aws' }))).toBe('aws dynamodb delete-table --table-name ds-dev-terraform-state-lock');
    expect(cleanupCommand('digitalocean_kubernetes_cluster', null, deploymentFacts({ project_name: 'ds', provider: 'do' }))).toBe('doctl kubernetes cluster delete ds-dev --dangerous -f');
  });

  it('uses placeholders without a config and a per-provider fallback for unknown types', () => {
    expect(cleanupCommand('azurerm_kubernetes_cluster', null, null)).toBe('az aks delete --name <project_name>-<namespace> --resource-group <project_name>-<namespace> --yes');
    expect(cleanupCommand('azurerm_public_ip', null, gcp)).toBe('az group delete --name ds-prod --yes');
    expect(cleanupCommand('helm_release', null, gcp)).toMatch(/gone with the cluster/);
  });

  it('covers clusters, node pools, disks/file stores, buckets, registries and IAM on every cloud', () => {
    const types = Object.keys(CLEANUP_COMMANDS);
    for (const cloud of ['google_', 'aws_', 'azurerm_', 'digitalocean_']) expect(types.filter((type) => type.startsWith(cloud)).length).toBeGreaterThan(1);
    expect(types).toEqual(expect.arrayContaining(['aws_efs_file_system', 'aws_s3_bucket', 'aws_iam_role', 'google_storage_bucket', 'google_project_iam_member', 'aws_ecr_repository']));
    expect(types.every((type) => providerOfType(type) !== 'other')).toBe(true);
  });
});

describe('leftoversOf and nameChecks', () => {
  it('turns managed addresses into rows with a state rm that survives the shell, skipping data sources', () => {
    const rows = leftoversOf([{ root: '02-infrastructure', addresses: ['module.kubernetes.google_container_node_pool.main["user"]', 'data.google_client_config.main'] }], gcp, 'tofu');
    expect(rows).toEqual([
      {
        root: '02-infrastructure',
        address: 'module.kubernetes.google_container_node_pool.main["user"]',
        type: 'google_container_node_pool',
        provider: 'gcp',
        command: 'gcloud container node-pools delete user --cluster ds-prod --region us-central1 --quiet',
        forget: `tofu state rm 'module.kubernetes.google_container_node_pool.main["user"]'`,
      },
    ]);
  });

  it('checks the state storage by name on every cloud, and nothing for local deployments', () => {
    expect(nameChecks(gcp).map((check) => check.what)).toEqual(['state bucket gs://ds-prod-terraform-state', 'ingress load balancer', 'volume disks']);
    expect(nameChecks(deploymentFacts({ project_name: 'ds', provider: 'aws' }))[0]!.what).toBe('state bucket ds-dev-terraform-state and lock table ds-dev-terraform-state-lock');
    expect(nameChecks(deploymentFacts({ project_name: 'ds', provider: 'azure' }))[0]!.what).toMatch(/^state resource group ds-dev-state/);
    expect(nameChecks(deploymentFacts({ project_name: 'ds', provider: 'local' }))).toEqual([]);
    expect(nameChecks(null)).toEqual([]);
  });
});

describe('the leftovers issue', () => {
  const context = { deployment: 'deploy/prod', runUrl: null, date: '2026-11-28' };
  const left: DestroyOutcome = {
    roots: [{ root: 'a', failure: null, state: { root: 'a', addresses: null, error: 'Failed to load state' } }],
    cluster: [],
    leftovers: [],
    nameChecks: [],
    runnerWarnings: [],
  };

  it('a state that cannot be read is not destroyed, and is listed', () => {
    expect(isDestroyed(left)).toBe(false);
    expect(leftoversIssueBody(left, context)).toContain('`a`: its state could not be read (Failed to load state)');
  });

  it('is created once, then updated and reopened, and closed when everything is gone', () => {
    const existing = { number: 3, title: 't', body: 'b', state: 'open' as const, url: 'u' };
    expect(issueAction(null, left, context)).toMatchObject({ kind: 'create', title: 'Manual destruction needed for deploy/prod' });
    expect(issueAction(existing, left, context)).toMatchObject({ kind: 'update', issueNumber: 3 });
    const clean: DestroyOutcome = { ...left, roots: [{ root: 'a', failure: null, state: { root: 'a', addresses: [] } }] };
    expect(issueAction(existing, clean, context)).toMatchObject({ kind: 'close', issueNumber: 3 });
    expect(issueAction(null, clean, context)).toEqual({ kind: 'none' });
  });
});

describe('known destroy failures', () => {
  const failing = (detail: string): DestroyOutcome => ({
    roots: [{ root: '02-infrastructure', failure: { step: 'destroy', diagnostics: [{ severity: 'error', summary: 'deleting EC2 VPC', detail, location: null }], lock: null }, state: { root: '02-infrastructure', addresses: ['aws_vpc.main'] } }],
    cluster: [],
    leftovers: [],
    nameChecks: [],
    runnerWarnings: [],
  });

  it('adds what to do for a failure QHub users know, and nothing for an unknown one', () => {
    expect(adviceFor(failing('api error DependencyViolation: The vpc has dependencies').roots[0]!.failure!.diagnostics)).toEqual([
      expect.stringContaining('k8s-elb-* security group'),
    ]);
    expect(adviceFor(failing('googleapi: Error 500: backend error').roots[0]!.failure!.diagnostics)).toEqual([]);
    expect(leftoversIssueBody(failing('Cannot destroy cluster because deletion_protection is set to true'), { deployment: 'd', runUrl: null, date: 'x' })).toContain(
      '> GKE clusters created with google provider ≥ 5',
    );
  });

  it('says an init that could not download providers never reached the cloud, not that the cluster went', () => {
    const registry = 'Failed to query available provider packages: could not connect to registry.terraform.io: dial tcp 127.0.0.1:9: connect: connection refused';
    expect(adviceFor(failing(registry).roots[0]!.failure!.diagnostics)).toEqual([expect.stringContaining('provider registry is unreachable from this runner')]);
    expect(adviceFor(failing("Failed to download module: error downloading 'https://github.com/nebari-dev/qhub-terraform-modules.git'").roots[0]!.failure!.diagnostics)).toEqual([
      expect.stringContaining('modules from GitHub'),
    ]);
    // The same refused connection without a download is the cluster's.
    expect(adviceFor(failing('Kubernetes cluster unreachable: connection refused').roots[0]!.failure!.diagnostics)).toEqual([expect.stringContaining('went before the resources')]);
  });
});
