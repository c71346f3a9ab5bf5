// The Actions cache service (the edge): keeps QHub's virtualenv and the provider plugin cache
// between runs where the service exists (GitHub-hosted runners), and does nothing elsewhere
// (self-hosted runners without it, nektos/act, the CLI). A cache failure never fails a run.
import * as cache from '@actions/cache';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Restores or saves one directory under a key; both report problems through `warn` and carry on. */
export interface DirectoryCache {
  /** True when the directory was restored (an exact or a prefix match). */
  restore(dir: string, key: string, restoreKeys?: string[]): Promise<boolean>;
  save(dir: string, key: string): Promise<void>;
}

/** The Actions cache, or null where the service is not available. */
export function actionsCache(warn: (message: string) => void): DirectoryCache | null {
  if (!cache.isFeatureAvailable()) return null;
  return {
    async restore(dir, key, restoreKeys) {
      try {
        return (await cache.restoreCache([dir], key, restoreKeys)) !== undefined;
      } catch (error) {
        warn(`could not restore ${dir} from the Actions cache (${(error as Error).message}); continuing without it`);
        return false;
      }
    },
    async save(dir, key) {
      try {
        await cache.saveCache([dir], key);
      } catch (error) {
        // Another job of the same run saving the same key first is the usual case.
        warn(`could not save ${dir} to the Actions cache (${(error as Error).message})`);
      }
    },
  };
}

/** Names and sizes of every file under `dir`: whether a run added providers worth saving. */
export async function directoryListing(dir: string): Promise<string> {
  const lines: string[] = [];
  async function walk(current: string): Promise<void> {
    for (const entry of await readdir(current, { withFileTypes: true }).catch(() => [])) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) await walk(path);
      else lines.push(`${path} ${(await stat(path).catch(() => ({ size: -1 }))).size}`);
    }
  }
  await walk(dir);
  return lines.sort().join('\n');
}
