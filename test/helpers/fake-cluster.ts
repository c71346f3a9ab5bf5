// A typed in-memory Kubernetes cluster for the destroy clean-up's unit tests: it answers, its current
// context is the cluster given, and its deletions are recorded in order so a test can see what ran.
import type { ClusterAdapter, KubeCluster } from '../../src/deploy/cluster.js';

export interface FakeCluster extends ClusterAdapter {
  /** `pods NAMESPACE`, `service NAMESPACE/NAME` and `pvc NAMESPACE`, in the order they ran. */
  readonly calls: string[];
}

/**
 * A reachable cluster whose current context is `current`, where every deletion succeeds (one pod,
 * the Service deleted, two claims and no volume retained), with `overrides` for the calls a test looks at.
 */
export function fakeCluster(current: KubeCluster, overrides: Partial<ClusterAdapter> = {}): FakeCluster {
  const calls: string[] = [];
  return {
    calls,
    unreachableReason: async () => null,
    currentCluster: async () => current,
    deleteWorkloadPods: async (namespace) => (calls.push(`pods ${namespace}`), 1),
    deleteService: async (namespace, name) => (calls.push(`service ${namespace}/${name}`), 'deleted'),
    deleteVolumeClaims: async (namespace) => (calls.push(`pvc ${namespace}`), { claims: 2, retained: [] }),
    ...overrides,
  };
}
