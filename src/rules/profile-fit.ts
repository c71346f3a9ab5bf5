import type { DocPath, Finding, LoadedDocument } from '../config/types.js';
import type { Rule } from './types.js';
import { allocatableOf, type Allocatable } from './shared/allocatable.js';
import { ruleFinding } from './shared/finding.js';
import { nodeGroupsOf, providerOf } from './shared/provider.js';
import { formatBytes, parseQuantity } from './shared/quantity.js';
import { asList, asMapping, asNumber, asString, entriesAt, type Mapping } from './shared/shape.js';

const ID = 'profile-fit';

/** One resource request of a profile: its guarantee and limit keys and how to read them. */
interface Resource {
  kind: 'cpu' | 'memory';
  guarantee: string;
  limit: string;
}

interface Profile {
  label: string;
  path: DocPath;
  settings: Mapping;
  resources: Resource[];
  /** The node group it is scheduled on; undefined when a node selector names no known group. */
  group: string | undefined;
}

const JUPYTERLAB_RESOURCES: Resource[] = [
  { kind: 'cpu', guarantee: 'cpu_guarantee', limit: 'cpu_limit' },
  { kind: 'memory', guarantee: 'mem_guarantee', limit: 'mem_limit' },
];
const DASK_RESOURCES: Resource[] = [
  { kind: 'cpu', guarantee: 'worker_cores', limit: 'worker_cores_limit' },
  { kind: 'memory', guarantee: 'worker_memory', limit: 'worker_memory_limit' },
];

/**
 * JupyterLab profiles run on `user` unless `kubespawner_override.node_selector` picks another
 * node group (by its cloud's node-pool label, whose value is the group name).
 */
function jupyterlabGroup(settings: Mapping, groupNames: ReadonlySet<string>): string | undefined {
  const selector = asMapping(settings.node_selector);
  if (!selector) return 'user';
  return Object.values(selector).find((value): value is string => typeof value === 'string' && groupNames.has(value));
}

function profilesOf(data: unknown, groupNames: ReadonlySet<string>): Profile[] {
  const profiles: Profile[] = [];
  (asList(asMapping(asMapping(data)?.profiles)?.jupyterlab) ?? []).forEach((item, index) => {
    const settings = asMapping(asMapping(item)?.kubespawner_override);
    const name = asString(asMapping(item)?.display_name) ?? `#${index + 1}`;
    if (settings) {
      profiles.push({ label: `JupyterLab profile "${name}"`, path: ['profiles', 'jupyterlab', index, 'kubespawner_override'], settings, resources: JUPYTERLAB_RESOURCES, group: jupyterlabGroup(settings, groupNames) });
    }
  });
  for (const [name, value] of entriesAt(data, ['profiles', 'dask_worker'])) {
    const settings = asMapping(value);
    if (settings) profiles.push({ label: `Dask worker profile "${name}"`, path: ['profiles', 'dask_worker', name], settings, resources: DASK_RESOURCES, group: 'worker' });
  }
  return profiles;
}

/** CPU counts are plain numbers; memory uses JupyterHub/dask-gateway byte specs (`5G` = 5 GiB). */
function amountOf(kind: Resource['kind'], value: unknown): number | undefined {
  return kind === 'cpu' ? asNumber(value) : parseQuantity(value, 'jupyterhub');
}

function describe(kind: Resource['kind'], amount: number): string {
  return kind === 'cpu' ? `${Math.round(amount * 1000) / 1000} CPU` : formatBytes(amount);
}

function checkProfile(config: LoadedDocument, profile: Profile, node: Allocatable | undefined, groupLabel: string): Finding[] {
  const findings: Finding[] = [];
  for (const resource of profile.resources) {
    const guarantee = amountOf(resource.kind, profile.settings[resource.guarantee]);
    const limit = amountOf(resource.kind, profile.settings[resource.limit]);
    if (guarantee !== undefined && limit !== undefined && limit < guarantee) {
      findings.push(ruleFinding(config, ID, 'error', [...profile.path, resource.limit], `${profile.label}: \`${resource.limit}\` (${describe(resource.kind, limit)}) is below \`${resource.guarantee}\` (${describe(resource.kind, guarantee)}); Kubernetes rejects a pod whose limit is lower than its request, so the server or worker never starts.`));
    }
    if (!node) continue;
    const available = resource.kind === 'cpu' ? node.cpu : node.memoryBytes;
    const capacity = resource.kind === 'cpu' ? node.capacityCpu : node.capacityMemoryBytes;
    const fits = `${groupLabel} (${node.instance}, ${describe(resource.kind, capacity)}) has about ${describe(resource.kind, available)} allocatable after system reservations`;
    if (guarantee !== undefined && guarantee > available) {
      findings.push(ruleFinding(config, ID, 'error', [...profile.path, resource.guarantee], `${profile.label}: \`${resource.guarantee}\` asks for ${describe(resource.kind, guarantee)}, but ${fits}; the pod can never be scheduled. Lower the guarantee or use a larger instance type.`));
    } else if (limit !== undefined && limit > available) {
      findings.push(ruleFinding(config, ID, 'warning', [...profile.path, resource.limit], `${profile.label}: \`${resource.limit}\` allows ${describe(resource.kind, limit)}, but ${fits}; the limit can never be reached${resource.kind === 'memory' ? ' and the node may run out of memory before it is' : ''}. Lower the limit to what the node offers.`));
    }
  }
  return findings;
}

export const profileFit: Rule = {
  id: ID,
  severity: 'error',
  description: 'JupyterLab and Dask worker profiles must fit on the `user` and `worker` node groups\' instance types, with limits not below guarantees.',
  doc: [
    'QHub schedules JupyterLab servers on the `user` node group (or the group a profile\'s `kubespawner_override.node_selector` names) and Dask workers on the `worker` node group. A profile whose `cpu_guarantee`/`mem_guarantee` (or `worker_cores`/`worker_memory`) exceeds what one node of that group can allocate stays Pending forever: the user sees a spawn timeout, and Dask clusters never get workers. A limit above the node\'s allocatable resources cannot be reached (warning), and a limit below its guarantee is rejected by Kubernetes (error).',
    '',
    'Memory values use JupyterHub\'s byte specification, where `K`, `M`, `G`, `T` are powers of 1024 (`5G` = 5 GiB). Instance sizes come from `src/rules/data/instance-types.json` (GCP, AWS, Azure, DigitalOcean, with sources). Allocatable resources are estimated with GKE\'s published formula for all clouds: CPU reserves 6% of the first core, 1% of the second, 0.5% of the next two and 0.25% of the rest; memory reserves 25% of the first 4 GiB, 20% of the next 4, 10% of the next 8, 6% of the next 112 and 2% above 128 GiB (255 MiB below 1 GiB), plus a 100 MiB eviction threshold. DaemonSets are not counted, so a fit is necessary but not sufficient. An instance type missing from the table gives a notice instead of a guess.',
    '',
    'What to do instead: lower the guarantees (leave headroom for DaemonSets), or pick a larger instance type for the node group.',
  ].join('\n'),
  check({ config, version }) {
    const provider = providerOf(config.data, version.family);
    const groups = nodeGroupsOf(config, provider);
    const profiles = profilesOf(config.data, new Set(groups.map((group) => group.name)));
    if (profiles.length === 0) return [];
    const findings: Finding[] = [];
    const nodes = new Map<string, Allocatable | undefined>();
    for (const wanted of new Set(profiles.flatMap((profile) => (profile.group === undefined ? [] : [profile.group])))) {
      const group = groups.find((candidate) => candidate.name === wanted);
      const instance = asString(group?.group?.instance);
      if (!group || instance === undefined || provider === undefined) continue;
      const node = allocatableOf(provider, instance);
      nodes.set(wanted, node);
      if (!node) {
        findings.push(ruleFinding(config, ID, 'notice', [...group.path, 'instance'], `instance type \`${instance}\` of node group \`${wanted}\` is not in qhub-gitops' table of ${provider} instance types, so profiles on it were not checked against its size.`));
      }
    }
    for (const profile of profiles) {
      const node = profile.group === undefined ? undefined : nodes.get(profile.group);
      findings.push(...checkProfile(config, profile, node, `a \`${profile.group}\` node`));
    }
    return findings;
  },
};
