import type { Finding } from '../config/types.js';
import type { Rule } from './types.js';
import { ruleFinding } from './shared/finding.js';
import { declaresNodeGroups, nodeGroupsOf, PROVIDER_BLOCKS, providerOf } from './shared/provider.js';
import { asNumber } from './shared/shape.js';

const ID = 'node-group-bounds';
/** QHub schedules the hub and services on `general`, JupyterLab on `user`, Dask workers on `worker`. */
const REQUIRED_GROUPS = ['general', 'user', 'worker'] as const;

export const nodeGroupBounds: Rule = {
  id: ID,
  severity: 'error',
  description: 'Node groups need `min_nodes ≤ max_nodes`, no negative counts, and the `general`, `user` and `worker` groups with room for at least one node.',
  doc: [
    'QHub pins its pods to three node groups by name: `general` (JupyterHub, conda-store, Keycloak and other services), `user` (JupyterLab servers) and `worker` (Dask workers). A missing group, or one with `max_nodes: 0`, leaves those pods Pending forever; `min_nodes > max_nodes` or a negative count is rejected by the cloud API in the middle of `qhub deploy`, after part of the infrastructure has already changed.',
    '',
    'Only the provider block in use is checked, and only when it declares `node_groups` (Nebari 2023.10+ provides defaults otherwise).',
    '',
    'What to do instead: keep the three groups, each with `0 ≤ min_nodes ≤ max_nodes` and `max_nodes ≥ 1`; use `min_nodes: 0` to let `user` and `worker` scale to zero.',
  ].join('\n'),
  check({ config, version }) {
    const provider = providerOf(config.data, version.family);
    if (!declaresNodeGroups(config.data, provider)) return [];
    const groups = nodeGroupsOf(config, provider);
    const findings: Finding[] = [];
    const block = PROVIDER_BLOCKS[provider!]!;

    for (const required of REQUIRED_GROUPS) {
      if (!groups.some((group) => group.name === required)) {
        findings.push(ruleFinding(config, ID, 'error', [block, 'node_groups', required], `node group \`${required}\` is missing from \`${block}.node_groups\`; QHub schedules ${describeGroup(required)} on it by name, so they would never start. Add it.`));
      }
    }
    for (const { name, path, group } of groups) {
      if (!group) continue;
      const min = asNumber(group.min_nodes);
      const max = asNumber(group.max_nodes);
      for (const [key, count] of [['min_nodes', min], ['max_nodes', max]] as const) {
        if (count !== undefined && count < 0) {
          findings.push(ruleFinding(config, ID, 'error', [...path, key], `\`${key}\` of node group \`${name}\` is ${count}; node counts cannot be negative.`));
        }
      }
      if (min !== undefined && max !== undefined && min > max) {
        findings.push(ruleFinding(config, ID, 'error', [...path, 'min_nodes'], `node group \`${name}\` has \`min_nodes: ${min}\` above \`max_nodes: ${max}\`; the cloud API rejects this during deploy. Make \`min_nodes ≤ max_nodes\`.`));
      }
      if (max === 0 && (REQUIRED_GROUPS as readonly string[]).includes(name)) {
        findings.push(ruleFinding(config, ID, 'error', [...path, 'max_nodes'], `node group \`${name}\` has \`max_nodes: 0\`, so ${describeGroup(name)} can never be scheduled. Allow at least one node (use \`min_nodes: 0\` to scale to zero).`));
      }
    }
    return findings;
  },
};

function describeGroup(name: string): string {
  switch (name) {
    case 'general':
      return 'JupyterHub and the core services';
    case 'user':
      return 'JupyterLab servers';
    default:
      return 'Dask workers';
  }
}
