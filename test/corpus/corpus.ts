// Where the shared corpus of real configs and plans lives, and one visible skip when it is absent.
// A clone of the published repository has no corpus beside it; every test that reads the corpus
// goes through here, so `QHUB_GITOPS_CORPUS=none` (what .ci/run does once) proves the clone passes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const override = process.env.QHUB_GITOPS_CORPUS;
const hidden = override === 'none';
/** `QHUB_GITOPS_CORPUS`: a path to read the corpus from, or `none` to run as a plain clone does. */
export const corpusDir = hidden || !override ? resolve(repoRoot, '..', 'shared', 'corpus') : resolve(override);
export const corpusPresent = !hidden && existsSync(corpusDir);

if (!corpusPresent) {
  const why = hidden ? 'hidden by QHUB_GITOPS_CORPUS=none' : `${corpusDir} does not exist`;
  console.warn(`corpus tests SKIPPED: ${why} (a clone has no ../shared/corpus beside it)`);
}

/** A path inside the corpus, e.g. corpusPath('tfplans', file). */
export function corpusPath(...parts: string[]): string {
  return join(corpusDir, ...parts);
}

export function corpusConfig(name: string): string {
  return readFileSync(corpusPath('configs', name), 'utf8');
}

/** The names in one corpus folder ending in `suffix`, sorted; none when the corpus is absent. */
export function corpusFiles(folder: 'configs' | 'tfplans', suffix: string): string[] {
  if (!corpusPresent) return [];
  return readdirSync(corpusPath(folder)).filter((name) => name.endsWith(suffix)).sort();
}

/**
 * A describe block that reads the corpus. When the corpus is absent its body never runs (bodies
 * read files while collecting), and one skipped test stands in for it in the counts.
 */
export function describeWithCorpus(name: string, body: () => void): void {
  if (corpusPresent) describe(name, body);
  else it.skip(`${name} (needs the corpus)`, () => {});
}
