// The offline fallback table of pinned engines against the releases themselves: every installed
// virtualenv's constants module must say what the table says. Skips visibly per missing venv.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fallbackPin } from '../../src/qhub/engine-pins.js';
import { readPinnedEngine } from '../../src/qhub/render.js';
import { isVenvReady, venvPaths, type VenvSpec } from '../../src/qhub/venv.js';

const versions = (JSON.parse(readFileSync(join(import.meta.dirname, '../../src/qhub/python/versions.json'), 'utf8')) as { versions: VenvSpec[] }).versions;

describe('the fallback table agrees with each installed release', () => {
  for (const { package: name, version } of versions) {
    it(`${name} ${version}`, async (context) => {
      const spec: VenvSpec = { package: name, version };
      if (!(await isVenvReady(spec).catch(() => false))) {
        console.warn(`skipped: no virtualenv for ${name} ${version} (run scripts/setup-qhub-venvs.mjs)`);
        return context.skip();
      }
      expect(fallbackPin(version)).toEqual(await readPinnedEngine(venvPaths(spec)));
    });
  }
});
