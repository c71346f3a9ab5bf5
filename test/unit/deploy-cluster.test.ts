// The pre-destroy Kubernetes clean-up: order, carrying on past a failed step, and the kubectl
// adapter's commands (checked against a recording runner: no cluster is available here).
import { describe, expect, it } from 'vitest';
import { cleanUpCluster, kubectlCluster, type ClusterAdapter } from '../../src/deploy/cluster.js';
import type { ProcessRunner } from '../../src/terraform/engine.js';

describe('cleanUpCluster', () => {
  it('skips everything, saying why, when the cluster does not answer', async () => {
    const cluster = { unreachableReason: async () => 'no kubeconfig' } as unknown as ClusterAdapter;
    const steps = await cleanUpCluster(cluster, 'dev');
    expect(steps.map((step) => step.status)).toEqual(['skipped', 'skipped', 'skipped', 'skipped']);
    expect(steps[0]!.detail).toContain('no kubeconfig');
  });

  it('goes on after a failed step and reports volumes kept by a Retain policy as not done', async () => {
    const cluster: ClusterAdapter = {
      unreachableReason: async () => null,
      deleteWorkloadPods: async () => {
        throw new Error('kubectl delete pods failed: timed out');
      },
      deleteService: async () => 'absent',
      deleteVolumeClaims: async () => ({ claims: 2, retained: ['pvc-123'] }),
    };
    const steps = await cleanUpCluster(cluster, 'dev');
    expect(steps.map((step) => step.status)).toEqual(['failed', 'done', 'done', 'failed']);
    expect(steps[3]!.detail).toContain('pvc-123');
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
