// The OpenTofu binary the tests run, and an environment in which it cannot reach the network.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

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
