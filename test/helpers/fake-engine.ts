// A typed in-memory engine for the jobs' unit tests: each root has a plan (resource changes in plan
// JSON form) and a state; the calls are recorded so a test can see what was applied or destroyed.
import type { Engine } from '../../src/terraform/engine.js';

export interface FakeRoot {
  /** `resource_changes` of the root's plan, as `show -json` prints them. */
  changes: unknown[];
  /** Addresses left in the root's state after a destroy. */
  stateAfterDestroy?: string[];
}

export interface FakeEngine extends Engine {
  /** `apply ROOT` and `destroy ROOT`, in the order they ran. */
  readonly calls: string[];
}

/**
 * An engine that plans nothing and changes nothing (OpenTofu 1.10.7 from PATH), with `overrides`
 * for the calls a test looks at: the base of every fake engine in the unit tests.
 */
export function idleEngine(overrides: Partial<Engine> = {}): Engine {
  return {
    command: 'tofu',
    followsRelease: false,
    forRelease: async () => {},
    version: async () => ({ tool: 'opentofu', version: '1.10.7' }),
    identity: async () => ({ name: 'tofu', version: '1.10.7', source: 'path' }),
    stateVersion: async () => null,
    importResource: async () => {},
    init: async () => {},
    plan: async () => ({ changes: false, warnings: [] }),
    showJson: async () => JSON.stringify({ format_version: '1.2', resource_changes: [] }),
    apply: async () => {},
    destroy: async () => ({ warnings: [] }),
    stateList: async () => [],
    outputJson: async () => ({}),
    forceUnlock: async () => {},
    ...overrides,
  };
}

/** A create of `null_resource.NAME`, as a plan's resource change. */
export function createChange(name: string): unknown {
  return { address: `null_resource.${name}`, mode: 'managed', type: 'null_resource', name, change: { actions: ['create'], before: null, after: {}, after_unknown: {} } };
}

export function fakeEngine(roots: Record<string, FakeRoot>): FakeEngine {
  const calls: string[] = [];
  const root = (dir: string): FakeRoot => {
    const entry = Object.entries(roots).find(([name]) => dir.endsWith(`/${name}`));
    if (!entry) throw new Error(`fake engine: no root ${dir}`);
    return entry[1];
  };
  return {
    ...idleEngine(),
    calls,
    init: async (dir) => void root(dir),
    plan: async (dir) => ({ changes: root(dir).changes.length > 0, warnings: [] }),
    showJson: async (dir) => JSON.stringify({ format_version: '1.2', resource_changes: root(dir).changes }),
    apply: async (dir) => void calls.push(`apply ${dir.split('/').pop()}`),
    destroy: async (dir) => (calls.push(`destroy ${dir.split('/').pop()}`), { warnings: [] }),
    stateList: async (dir) => (calls.some((call) => call === `destroy ${dir.split('/').pop()}`) ? (root(dir).stateAfterDestroy ?? []) : ['null_resource.kept']),
  };
}
