// Picks the QHub/Nebari version a config targets and the schema family that version shipped.
import type { VersionFamily, VersionInfo } from './types.js';

export const SUPPORTED_VERSIONS_TEXT =
  'QHub 0.3.11-0.3.14 and 0.4.0-0.4.5, Nebari 2022.10 and later';

export type VersionDecision =
  | { ok: true; version: VersionInfo; configValue: string | null }
  | { ok: false; rule: 'version/unknown' | 'version/unsupported' | 'version/nic-format'; message: string; path: string };

/** Leading numeric components of a version: `2023.7.2.dev23+g53d` → [2023, 7, 2]. */
function numericParts(value: string): number[] | null {
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(value.trim());
  if (!match) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
}

function atLeast(parts: number[], minimum: number[]): boolean {
  for (let i = 0; i < minimum.length; i++) {
    const a = parts[i] ?? 0;
    const b = minimum[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}

/** The schema family of a version string, or why it has none. */
export function familyOf(value: string): { family: VersionFamily } | { unsupported: string } {
  const parts = numericParts(value);
  if (!parts) return { unsupported: `'${value}' is not a version number` };
  const [major] = parts as [number];
  if (major >= 2022) {
    if (!atLeast(parts, [2022, 10])) return { unsupported: `Nebari ${value} predates the first Nebari release (2022.10)` };
    return { family: atLeast(parts, [2023, 10]) ? 'nebari-2023.10' : 'nebari-2022.10' };
  }
  if (major === 0) {
    if (!atLeast(parts, [0, 3, 11])) return { unsupported: `QHub ${value} is older than 0.3.11, the oldest version qhub-gitops knows` };
    if (atLeast(parts, [0, 5])) return { unsupported: `QHub ${value} was never released (QHub became Nebari after 0.4.5)` };
    if (atLeast(parts, [0, 4])) return { family: 'qhub-0.4' };
    return { family: atLeast(parts, [0, 3, 12]) ? 'qhub-0.3.12' : 'qhub-0.3.11' };
  }
  return { unsupported: `'${value}' is neither a QHub (0.x) nor a Nebari (YYYY.M) version` };
}

function configVersion(data: Record<string, unknown>): { key: string; value: string } | null {
  for (const key of ['qhub_version', 'nebari_version']) {
    const value = data[key];
    if (typeof value === 'string' || typeof value === 'number') return { key, value: String(value) };
  }
  return null;
}

/** Keys of nebari-infrastructure-core configs, which are a different product's format. */
const NIC_KEYS = ['cluster', 'git_repository', 'repository'];

/** Signs of a pre-0.3.11 QHub config, for a helpful message when no version is given. */
function looksOlderThanSupported(data: Record<string, unknown>): string | null {
  if (typeof data.ci_cd === 'string') return '`ci_cd` is a string (QHub 0.3.x made it a mapping)';
  const text = JSON.stringify(data);
  if (/"(cpu|mem)_guarentee"/.test(text)) return 'profiles use the `cpu_guarentee`/`mem_guarentee` spelling of QHub 0.1.x';
  return null;
}

export interface VersionSources {
  requestedVersion?: string;
  pinnedVersion?: string;
}

export function decideVersion(data: Record<string, unknown>, sources: VersionSources): VersionDecision {
  const nicKey = NIC_KEYS.find((key) => key in data);
  if (nicKey && !('provider' in data)) {
    return {
      ok: false,
      rule: 'version/nic-format',
      path: nicKey,
      message: `this is a nebari-infrastructure-core (NIC) config (it has \`${nicKey}:\`), not a classic QHub/Nebari config; qhub-gitops validates and deploys classic configs (${SUPPORTED_VERSIONS_TEXT}), so use NIC's own tooling for this file`,
    };
  }
  const inConfig = configVersion(data);
  const chosen =
    (sources.requestedVersion?.trim() && { value: sources.requestedVersion.trim(), source: 'option' as const }) ||
    (inConfig && { value: inConfig.value, source: 'config' as const }) ||
    (sources.pinnedVersion?.trim() && { value: sources.pinnedVersion.trim(), source: 'pin-file' as const }) ||
    null;
  if (!chosen) {
    const old = looksOlderThanSupported(data);
    if (old) {
      return {
        ok: false,
        rule: 'version/unsupported',
        path: '',
        message: `this looks like a QHub config older than 0.3.11 (${old}); qhub-gitops supports ${SUPPORTED_VERSIONS_TEXT}. Upgrade it with \`qhub upgrade\` of a supported version`,
      };
    }
    return {
      ok: false,
      rule: 'version/unknown',
      path: '',
      message:
        'cannot tell which QHub/Nebari version this config targets. QHub 0.3.x configs carry no version key, so either put the version in a `.qhub-version` file next to the config (one line, e.g. `0.3.14`), pass `--qhub-version` (CLI) or the `qhub-version` input (action); 0.4.x configs need `qhub_version:` and Nebari configs `nebari_version:`',
    };
  }
  const family = familyOf(chosen.value);
  if ('unsupported' in family) {
    return {
      ok: false,
      rule: 'version/unsupported',
      path: chosen.source === 'config' && inConfig ? inConfig.key : '',
      message: `${family.unsupported}; qhub-gitops supports ${SUPPORTED_VERSIONS_TEXT}`,
    };
  }
  return {
    ok: true,
    version: { family: family.family, value: chosen.value, source: chosen.source },
    configValue: inConfig?.value ?? null,
  };
}
