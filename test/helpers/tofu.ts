// The OpenTofu binary the tests run, the temp folder its runs work in, and an environment in which
// it cannot reach the network.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { createEngine, type Engine, type ProcessRunner } from '../../src/terraform/engine.js';
import { spawnRunner } from '../../src/terraform/process.js';

const repoRoot = join(import.meta.dirname, '../..');

/**
 * $QHUB_GITOPS_TOFU, else the binary scripts/install-tofu.sh provides (PATH, or built once and
 * cached). Null when there is none, with a visible skip reason naming `skipped` (what is skipped).
 */
export function findTofu(skipped: string): string | null {
  if (process.env.QHUB_GITOPS_TOFU) return process.env.QHUB_GITOPS_TOFU;
  try {
    return execFileSync('bash', [join(repoRoot, 'scripts/install-tofu.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch (error) {
    console.warn(`${skipped}: skipped, no OpenTofu binary (${(error as Error).message.split('\n')[0]})`);
    return null;
  }
}

/** One test file's folder for real engine runs, removed after its tests. */
export interface TofuWork {
  dir: string;
  /** The plugin cache every engine of the file shares (`plugins/` in `dir`). */
  pluginCacheDir: string;
  /** An engine running `tofu` in the test process's environment plus the file's `env`. */
  engine(runner?: ProcessRunner): Engine;
  /** A new root module folder holding `main.tf`. */
  root(mainTf: string): string;
  /** A new copy of a stack of test/fixtures/stacks (`parts` of its path), in its own folder. */
  stack(...parts: string[]): string;
  /** A new folder for saved plans. */
  planDir(): string;
}

/** A temp folder named `prefix…` for the engine runs of one test file (`tofu` from findTofu). */
export function tofuWork(tofu: string | null, prefix: string, env: Record<string, string> = {}): TofuWork {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const pluginCacheDir = join(dir, 'plugins');
  mkdirSync(pluginCacheDir);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let folders = 0;
  return {
    dir,
    pluginCacheDir,
    engine(runner = spawnRunner) {
      if (tofu === null) throw new Error('no OpenTofu binary: this test should have been skipped');
      return createEngine({ engine: tofu, runner, env: { ...process.env, ...env }, pluginCacheDir });
    },
    root(mainTf) {
      const root = join(dir, `root-${folders++}`);
      mkdirSync(root);
      writeFileSync(join(root, 'main.tf'), mainTf);
      return root;
    },
    stack(...parts) {
      const copy = join(dir, `stack-${folders++}`);
      cpSync(join(repoRoot, 'test/fixtures/stacks', ...parts), copy, { recursive: true });
      return copy;
    },
    planDir: () => mkdtempSync(join(dir, 'plans-')),
  };
}

const REFUSING_PROXY = 'http://127.0.0.1:9';

/**
 * Environment variables under which tofu (and the git it runs for modules) can reach nothing but
 * `reachableHost` (a local GitHub emulator): every other request goes to a proxy that refuses
 * connections, and no CLI configuration offers a provider mirror. For tests of what happens
 * offline, on any machine, networked CI included.
 */
export function noNetworkEnv(reachableHost = ''): Record<string, string> {
  return {
    HTTPS_PROXY: REFUSING_PROXY,
    HTTP_PROXY: REFUSING_PROXY,
    https_proxy: REFUSING_PROXY,
    http_proxy: REFUSING_PROXY,
    NO_PROXY: reachableHost,
    no_proxy: reachableHost,
    TF_CLI_CONFIG_FILE: '/dev/null',
  };
}
