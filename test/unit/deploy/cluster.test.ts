// The pre-destroy Kubernetes clean-up: order, carrying on past a failed step, and the kubectl
// adapter's commands (checked against a recording runner: no cluster is available here).
import { describe, expect, it } from 'vitest';
import { cleanUpCluster, foreignClusterReason, kubectlCluster, type KubeCluster } from '../../../src/deploy/cluster.js';
import type { DeploymentFacts } from '../../../src/deploy/facts.js';
import type { ProcessRunner } from '../../../src/terraform/engine.js';
import { fakeCluster } from '../../helpers/fake-cluster.js';

const facts: DeploymentFacts = { projectName: 'datasci', namespace: 'dev', provider: 'gcp', region: 'us-central1', gcpProject: 'acme', domain: null, preventDeploy: false };
const OURS: KubeCluster = { name: 'gke_acme_us-central1_datasci-dev', server: 'https://10.0.0.1' };

describe('cleanUpCluster', () => {
  it('skips everything, saying why, when the cluster does not answer', async () => {
    const cluster = fakeCluster(OURS, { unreachableReason: async () => 'no kubeconfig' });
    const steps = await cleanUpCluster(cluster, facts);
    expect(cluster.calls).toEqual([]);
    expect(steps.map((step) => step.status)).toEqual(['skipped', 'skipped', 'skipped', 'skipped']);
    expect(steps[0]!.detail).toContain('no kubeconfig');
  });

  it('goes on after a failed step and reports volumes kept by a Retain policy as not done', async () => {
    const cluster = fakeCluster(OURS, {
      deleteWorkloadPods: async () => {
        throw new Error('kubectl delete pods failed: timed out');
      },
      deleteService: async () => 'absent',
      deleteVolumeClaims: async () => ({ claims: 2, retained: ['pvc-123'] }),
    });
    const steps = await cleanUpCluster(cluster, facts);
    expect(steps.map((step) => step.status)).toEqual(['failed', 'done', 'done', 'failed']);
    expect(steps[3]!.detail).toContain('pvc-123');
  });

  it('deletes nothing when the current context is another cluster, and says which and what to do', async () => {
    const cluster = fakeCluster({ name: 'gke_acme_us-central1_datasci-prod', server: 'https://10.0.0.9' });
    const steps = await cleanUpCluster(cluster, facts);
    expect(cluster.calls).toEqual([]);
    expect(steps.map((step) => step.status)).toEqual(['skipped', 'skipped', 'skipped', 'skipped']);
    expect(steps[3]!.detail).toMatch(/current context is cluster `gke_acme_us-central1_datasci-prod` \(https:\/\/10\.0\.0\.9\), not this deployment's `datasci-dev`, so nothing was deleted there\. Point the current context at `datasci-dev`/);
  });

  it('deletes nothing when the current context cannot be read', async () => {
    const cluster = fakeCluster(OURS, {
      currentCluster: async () => {
        throw new Error('kubectl config view failed: current-context is not set');
      },
    });
    const steps = await cleanUpCluster(cluster, facts);
    expect(cluster.calls).toEqual([]);
    expect(steps[0]!.detail).toContain('current-context is not set');
  });

  it("on the deployment's own cluster: pods, then the ingress Services, then the volume claims", async () => {
    const cluster = fakeCluster(OURS);
    const steps = await cleanUpCluster(cluster, facts);
    expect(cluster.calls).toEqual(['pods dev', 'service dev/qhub-traefik-ingress', 'service dev/nebari-traefik-ingress', 'pvc dev']);
    expect(steps.map((step) => step.status)).toEqual(['done', 'done', 'done', 'done']);
  });
});

describe('foreignClusterReason', () => {
  const named = (name: string) => foreignClusterReason({ name, server: 'https://k8s' }, facts);

  it('accepts the QHub cluster name as GKE, EKS, eksctl and AKS contexts spell it', () => {
    for (const name of ['datasci-dev', 'gke_acme_us-central1_datasci-dev', 'arn:aws:eks:us-east-1:123456789012:cluster/datasci-dev', 'datasci-dev.us-east-1.eksctl.io']) {
      expect(named(name), name).toBeNull();
    }
  });

  it('refuses other clusters, names that only start with it, and a config without project_name', () => {
    for (const name of ['kind-kind', 'gke_acme_us-central1_datasci-dev2', 'datasci-dev-old', '']) expect(named(name), name).not.toBeNull();
    expect(foreignClusterReason({ name: 'x-dev', server: '' }, { ...facts, projectName: null })).not.toBeNull();
  });
});

describe('kubectlCluster', () => {
  it('waits for the LB behind the ingress Service, and reports the retained volumes of the namespace only', async () => {
    const calls: string[] = [];
    const runner: ProcessRunner = async (_command, args) => {
      calls.push(args.join(' '));
      if (args[0] === 'get' && args[1] === 'pv') {
        const items = [
          { metadata: { name: 'pv-a' }, spec: { claimRef: { namespace: 'dev' }, persistentVolumeReclaimPolicy: 'Delete' } },
          { metadata: { name: 'pv-b' }, spec: { claimRef: { namespace: 'other' }, persistentVolumeReclaimPolicy: 'Delete' } },
          { metadata: { name: 'pv-c' }, spec: { claimRef: { namespace: 'dev' }, persistentVolumeReclaimPolicy: 'Retain' } },
        ];
        return { code: 0, stdout: JSON.stringify({ items }), stderr: '' };
      }
      if (args[0] === 'delete' && args[1] === 'service') return { code: 0, stdout: 'service/qhub-traefik-ingress\n', stderr: '' };
      if (args[0] === 'delete' && args[1] === 'pvc') return { code: 0, stdout: 'persistentvolumeclaim/a\npersistentvolumeclaim/c\n', stderr: '' };
      return { code: 0, stdout: '', stderr: '' };
    };
    const cluster = kubectlCluster(runner, {});
    expect(await cluster.deleteService('dev', 'qhub-traefik-ingress')).toBe('deleted');
    expect(await cluster.deleteVolumeClaims('dev')).toEqual({ claims: 2, retained: ['pv-c'] });
    expect(calls).toEqual([
      'delete service qhub-traefik-ingress -n dev --ignore-not-found --wait=true --timeout=10m -o name',
      'get pv -o json',
      'delete pvc --all -n dev --wait=false -o name',
    ]);
  });

  it('says the cluster is unreachable with kubectl’s own words, or that kubectl is missing', async () => {
    const refused: ProcessRunner = async () => ({ code: 1, stdout: '', stderr: 'The connection to the server localhost:8080 was refused' });
    expect(await kubectlCluster(refused, {}).unreachableReason('dev')).toMatch(/localhost:8080 was refused/);
    const missing: ProcessRunner = async () => {
      throw Object.assign(new Error('spawn kubectl ENOENT'), { code: 'ENOENT' });
    };
    expect(await kubectlCluster(missing, {}).unreachableReason('dev')).toBe('kubectl is not installed on the runner');
  });
});

describe('kubectlCluster.currentCluster', () => {
  it("reads only the current context's cluster name and server from the kubeconfig", async () => {
    const calls: string[][] = [];
    const runner: ProcessRunner = async (_command, args) => {
      calls.push([...args]);
      return { code: 0, stdout: 'gke_acme_us-central1_datasci-dev\nhttps://10.0.0.1', stderr: '' };
    };
    expect(await kubectlCluster(runner, {}).currentCluster()).toEqual(OURS);
    expect(calls).toEqual([['config', 'view', '--minify', '-o', 'jsonpath={.clusters[0].name}{"\\n"}{.clusters[0].cluster.server}']]);
  });
});
