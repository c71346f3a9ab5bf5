// Before any root is destroyed, while the cluster still answers: remove what Kubernetes made
// outside Terraform, in the order that lets the cloud clean up after it. Deleting a LoadBalancer
// Service or a PVC only asks the cloud to delete the LB or disk; once nodes or the cluster are
// gone nobody finishes the job and the object leaks (QHub issues #502, #1924, #2034).
import type { ProcessRunner } from '../terraform/engine.js';
import { resourcePrefix, type DeploymentFacts } from './facts.js';
import type { ClusterStep } from './outcome.js';

/** The cluster of the kubeconfig's current context. */
export interface KubeCluster {
  name: string;
  server: string;
}

export interface ClusterAdapter {
  /** Null when the cluster answers, else why not (no kubeconfig, no kubectl, unreachable). */
  unreachableReason(namespace: string): Promise<string | null>;
  /** The cluster every following call acts on. */
  currentCluster(): Promise<KubeCluster>;
  /** Deletes the user and Dask pods (they hold volumes and slow every later delete); returns how many. */
  deleteWorkloadPods(namespace: string): Promise<number>;
  /** Deletes the Service if present and waits until its cloud load balancer is released. */
  deleteService(namespace: string, name: string): Promise<'deleted' | 'absent'>;
  /**
   * Marks every PVC of the namespace for deletion without waiting: claims still mounted by the hub or
   * conda-store go once the Kubernetes stages are destroyed, which happens next, while the cluster
   * is still up. Returns the volumes that will stay (Retain policy).
   */
  deleteVolumeClaims(namespace: string): Promise<{ claims: number; retained: string[] }>;
}

/** QHub names the ingress Service `qhub-traefik-ingress`, Nebari `nebari-traefik-ingress`. */
export const INGRESS_SERVICES = ['qhub-traefik-ingress', 'nebari-traefik-ingress'] as const;

function failed(what: string, error: unknown): ClusterStep {
  return { what, status: 'failed', detail: (error as Error).message };
}

/**
 * Null when `current` is this deployment's cluster, else why nothing may be deleted there. QHub names
 * the cluster `<project_name>-<namespace>`; GKE, EKS and AKS context cluster names contain it as a
 * whole name (`gke_<project>_<zone>_<name>`, `arn:…:cluster/<name>`, `<name>.<region>.eksctl.io`),
 * so `datasci-blue2` is not `datasci-blue`.
 */
export function foreignClusterReason(current: KubeCluster, facts: DeploymentFacts): string | null {
  const expected = resourcePrefix(facts);
  const escaped = expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (facts.projectName !== null && new RegExp(`(?:^|[^A-Za-z0-9-])${escaped}(?:$|[^A-Za-z0-9-])`).test(current.name)) return null;
  return (
    `the kubeconfig's current context is cluster \`${current.name || '(none)'}\` (${current.server || 'no server'}), not this deployment's \`${expected}\`, so nothing was deleted there. ` +
    `Point the current context at \`${expected}\` before destroying (\`gcloud container clusters get-credentials\`, \`aws eks update-kubeconfig\`, \`az aks get-credentials\`), or check its load balancer and disks by hand`
  );
}

/**
 * Pods, then the ingress Service (and its LB), then the volume claims (and their disks), only on the
 * deployment's own cluster. Every step runs even when an earlier one failed: each one left out is one
 * more object to delete by hand.
 */
export async function cleanUpCluster(cluster: ClusterAdapter, facts: DeploymentFacts): Promise<ClusterStep[]> {
  const { namespace } = facts;
  const whats = ['Jupyter and Dask pods', ...INGRESS_SERVICES.map((name) => `Service ${namespace}/${name} and its load balancer`), 'volume claims and their disks'];
  const skipAll = (detail: string): ClusterStep[] => whats.map((what) => ({ what, status: 'skipped', detail }));
  const unreachable = await cluster.unreachableReason(namespace);
  if (unreachable !== null) return skipAll(`the cluster is not reachable (${unreachable}): check the load balancer and disks by hand`);
  // `kubectl delete pvc --all` on another deployment's (or another team's) cluster deletes its data.
  let foreign: string | null;
  try {
    foreign = foreignClusterReason(await cluster.currentCluster(), facts);
  } catch (error) {
    foreign = `the current kube context could not be read (${(error as Error).message}), so nothing was deleted: check the load balancer and disks by hand`;
  }
  if (foreign !== null) return skipAll(foreign);
  const steps: ClusterStep[] = [];
  try {
    const pods = await cluster.deleteWorkloadPods(namespace);
    steps.push({ what: whats[0]!, status: 'done', detail: `${pods} deleted` });
  } catch (error) {
    steps.push(failed(whats[0]!, error));
  }
  for (const [index, name] of INGRESS_SERVICES.entries()) {
    try {
      const result = await cluster.deleteService(namespace, name);
      steps.push({ what: whats[index + 1]!, status: 'done', detail: result === 'deleted' ? 'deleted, load balancer released' : 'not present' });
    } catch (error) {
      steps.push(failed(whats[index + 1]!, error));
    }
  }
  try {
    const { claims, retained } = await cluster.deleteVolumeClaims(namespace);
    const kept = retained.length > 0 ? `; volumes kept by their Retain policy (delete their disks by hand): ${retained.join(', ')}` : '';
    const detail = `${claims} claims marked for deletion (their disks go once the pods using them are gone)${kept}`;
    steps.push({ what: whats[whats.length - 1]!, status: retained.length > 0 ? 'failed' : 'done', detail });
  } catch (error) {
    steps.push(failed(whats[whats.length - 1]!, error));
  }
  return steps;
}

/** How long each wait may take: cloud load balancers take minutes to go. */
const WAIT = '10m';

/**
 * The real adapter: kubectl with the runner's KUBECONFIG (or the default kubeconfig). Needs a
 * cluster to be exercised; the tests use a fake adapter and check the order of the calls.
 */
export function kubectlCluster(runner: ProcessRunner, env: Record<string, string | undefined>, kubectl = 'kubectl'): ClusterAdapter {
  async function run(args: string[]): Promise<string> {
    const result = await runner(kubectl, args, { cwd: '.', env });
    if (result.code !== 0) throw new Error(`kubectl ${args.slice(0, 3).join(' ')} failed: ${(result.stderr || result.stdout).trim().split('\n').slice(-3).join(' ')}`);
    return result.stdout;
  }
  const names = (output: string) => output.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  return {
    async unreachableReason(namespace) {
      try {
        await run(['get', 'namespace', namespace, '--request-timeout=20s', '-o', 'name']);
        return null;
      } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'kubectl is not installed on the runner' : (error as Error).message;
      }
    },
    async currentCluster() {
      const output = await run(['config', 'view', '--minify', '-o', 'jsonpath={.clusters[0].name}{"\\n"}{.clusters[0].cluster.server}']);
      const [name = '', server = ''] = output.split('\n').map((line) => line.trim());
      return { name, server };
    },
    async deleteWorkloadPods(namespace) {
      let count = 0;
      for (const selector of ['component=singleuser-server', 'app.kubernetes.io/component in (dask-scheduler,dask-worker)']) {
        count += names(await run(['delete', 'pods', '-n', namespace, '-l', selector, '--wait=true', `--timeout=${WAIT}`, '-o', 'name'])).length;
      }
      return count;
    },
    async deleteService(namespace, name) {
      // The service controller's finalizer holds the Service until the cloud LB is deleted, so --wait waits for the LB.
      const output = await run(['delete', 'service', name, '-n', namespace, '--ignore-not-found', '--wait=true', `--timeout=${WAIT}`, '-o', 'name']);
      return names(output).length > 0 ? 'deleted' : 'absent';
    },
    async deleteVolumeClaims(namespace) {
      const volumes = JSON.parse(await run(['get', 'pv', '-o', 'json'])) as { items: { metadata: { name: string }; spec: { claimRef?: { namespace?: string }; persistentVolumeReclaimPolicy?: string } }[] };
      const ours = volumes.items.filter((volume) => volume.spec.claimRef?.namespace === namespace);
      const claims = names(await run(['delete', 'pvc', '--all', '-n', namespace, '--wait=false', '-o', 'name'])).length;
      return { claims, retained: ours.filter((volume) => volume.spec.persistentVolumeReclaimPolicy === 'Retain').map((volume) => volume.metadata.name) };
    },
  };
}
