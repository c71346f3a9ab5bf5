// What a node of a known instance type leaves for pods after Kubernetes' system reservations.
//
// One documented approximation for all four clouds: GKE's published kube-reserved formula
// plus the default 100 MiB hard-eviction threshold.
//   CPU reserved: 6% of the first core, 1% of the second, 0.5% of the next two, 0.25% above four.
//   Memory reserved: 255 MiB below 1 GiB; otherwise 25% of the first 4 GiB, 20% of the next 4,
//   10% of the next 8, 6% of the next 112 and 2% above 128 GiB.
// EKS (255 MiB + 11 MiB per allowed pod) and AKS use similar tiers; DaemonSets are not counted,
// so fitting here is necessary, not sufficient.
// Sources: https://cloud.google.com/kubernetes-engine/docs/concepts/plan-node-sizes,
// https://learn.microsoft.com/azure/aks/node-resource-reservations,
// https://docs.aws.amazon.com/eks/latest/userguide/choosing-instance-type.html
import instanceTypes from '../data/instance-types.json' with { type: 'json' };

const GIB = 2 ** 30;
const EVICTION_THRESHOLD_BYTES = 100 * 2 ** 20;

export interface Allocatable {
  instance: string;
  cpu: number;
  memoryBytes: number;
  capacityCpu: number;
  capacityMemoryBytes: number;
}

type Tier = readonly [size: number, rate: number];

function reserved(amount: number, tiers: readonly Tier[], aboveRate: number): number {
  let remaining = amount;
  let total = 0;
  for (const [size, rate] of tiers) {
    const portion = Math.min(remaining, size);
    total += portion * rate;
    remaining -= portion;
  }
  return total + Math.max(remaining, 0) * aboveRate;
}

export function reservedCpu(cores: number): number {
  return reserved(cores, [[1, 0.06], [1, 0.01], [2, 0.005]], 0.0025);
}

export function reservedMemoryBytes(capacityBytes: number): number {
  const gib = capacityBytes / GIB;
  const kubeReserved = gib < 1 ? 255 * 2 ** 20 : reserved(gib, [[4, 0.25], [4, 0.2], [8, 0.1], [112, 0.06]], 0.02) * GIB;
  return kubeReserved + EVICTION_THRESHOLD_BYTES;
}

/** Allocatable resources of `instance` on `provider`; undefined when the type is not in the table. */
export function allocatableOf(provider: string, instance: string): Allocatable | undefined {
  const table = (instanceTypes.providers as Record<string, Record<string, { vcpu: number; memoryGiB: number }>>)[provider];
  const type = table && Object.hasOwn(table, instance) ? table[instance] : undefined;
  if (!type) return undefined;
  const capacityMemoryBytes = type.memoryGiB * GIB;
  return {
    instance,
    capacityCpu: type.vcpu,
    capacityMemoryBytes,
    cpu: type.vcpu - reservedCpu(type.vcpu),
    memoryBytes: capacityMemoryBytes - reservedMemoryBytes(capacityMemoryBytes),
  };
}
