// Where the shared corpus of real configs and plans lives, and a visible skip when absent.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const corpusDir = resolve(repoRoot, '..', 'shared', 'corpus');
export const corpusPresent = existsSync(corpusDir);

if (!corpusPresent) {
  console.warn(`corpus tests SKIPPED: ${corpusDir} does not exist (a clone outside the steering workspace)`);
}

export function corpusConfig(name: string): string {
  return readFileSync(join(corpusDir, 'configs', name), 'utf8');
}
