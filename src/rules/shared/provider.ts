// Which provider a config deploys to, where its block and node groups live.
import type { LoadedDocument, VersionFamily } from '../../config/types.js';
import { asMapping, asString, entriesAt, type Mapping } from './shape.js';

/** `provider` values and the top-level block each one reads. */
export const PROVIDER_BLOCKS: Readonly<Record<string, string>> = {
  gcp: 'google_cloud_platform',
  aws: 'amazon_web_services',
  azure: 'azure',
  do: 'digital_ocean',
  local: 'local',
  existing: 'existing',
};

export const CLOUD_PROVIDERS: ReadonlySet<string> = new Set(['gcp', 'aws', 'azure', 'do']);

/** Nebari 2023.10+ fills every section with defaults; older versions require them. */
export function hasDefaultedSections(family: VersionFamily): boolean {
  return family === 'nebari-2023.10';
}

/**
 * The provider the deployment uses: the `provider` key, or (nebari 2023.10+, which
 * infers it) the single provider block present, else `local`.
 */
export function providerOf(data: unknown, family: VersionFamily): string | undefined {
  const declared = asString(asMapping(data)?.provider);
  if (declared !== undefined || !hasDefaultedSections(family)) return declared;
  const present = Object.entries(PROVIDER_BLOCKS).filter(([, block]) => asMapping(data)?.[block] !== undefined);
  if (present.length === 1) return present[0]![0];
  return present.length === 0 ? 'local' : undefined;
}

/** QHub and Nebari default `namespace` to `dev` when the key is absent. */
export function namespaceOf(data: unknown): string {
  return asString(asMapping(data)?.namespace) ?? 'dev';
}

export interface NodeGroup {
  name: string;
  /** Path of the group's mapping, e.g. `['google_cloud_platform', 'node_groups', 'user']`. */
  path: [string, string, string];
  group: Mapping | undefined;
}

/** Node groups of the provider's block (empty for local/existing or when absent). */
export function nodeGroupsOf(document: LoadedDocument, provider: string | undefined): NodeGroup[] {
  const block = provider === undefined ? undefined : PROVIDER_BLOCKS[provider];
  if (block === undefined || !CLOUD_PROVIDERS.has(provider!)) return [];
  return entriesAt(document.data, [block, 'node_groups']).map(([name, group]) => ({
    name,
    path: [block, 'node_groups', name],
    group: asMapping(group),
  }));
}

/** Whether the provider block declares `node_groups` at all (nebari 2023.10+ may default them). */
export function declaresNodeGroups(data: unknown, provider: string | undefined): boolean {
  const block = provider === undefined ? undefined : PROVIDER_BLOCKS[provider];
  return block !== undefined && asMapping(asMapping(asMapping(data)?.[block])?.node_groups) !== undefined;
}
