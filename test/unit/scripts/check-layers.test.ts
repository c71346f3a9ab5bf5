// The layer checker on tiny trees written here, so it cannot pass by seeing nothing.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLayers } from '../../../scripts/check-layers.mjs';

const LAYERS = [
  { name: 'app', folders: ['app', 'main.ts'] },
  { name: 'middle', folders: ['left', 'right'] },
  { name: 'core', folders: ['core'] },
];

let root: string | undefined;
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = undefined;
});

async function tree(files: Record<string, string>): Promise<string> {
  root = await mkdtemp(join(tmpdir(), 'check-layers-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

describe('checkLayers', () => {
  it('passes a tree whose imports all go down', async () => {
    const src = await tree({
      'main.ts': "import { a } from './app/a.js';\nexport const m = a;\n",
      'app/a.ts': "import { l } from '../left/l.js';\nimport { c } from '../core/c.js';\nexport const a = l + c;\n",
      'left/l.ts': "import { r } from '../right/r.js';\nexport const l = r;\n",
      'right/r.ts': "import { c } from '../core/c.js';\nexport const r = c;\n",
      'core/c.ts': 'export const c = 1;\n',
    });
    expect(await checkLayers(src, LAYERS)).toEqual([]);
  });

  it('fails on a cycle between two files, even through type imports', async () => {
    const src = await tree({
      'core/b.ts': "import type { C } from './c.js';\nexport interface B { c: C }\n",
      'core/c.ts': "import type { B } from './b.js';\nexport interface C { b?: B }\n",
    });
    expect(await checkLayers(src, LAYERS)).toEqual(['import cycle: core/b.ts -> core/c.ts -> core/b.ts']);
  });

  it('fails on a run-time import up the layers, naming the file and both layers', async () => {
    const src = await tree({
      'app/a.ts': 'export const a = 1;\n',
      'core/c.ts': "import { a } from '../app/a.js';\nexport const c = a;\n",
    });
    expect(await checkLayers(src, LAYERS)).toEqual(['core/c.ts imports app/a.ts: core may not import app (a higher layer)']);
  });

  it('allows a type-only import up the layers (a port), which leaves no run-time dependency', async () => {
    const src = await tree({
      'app/a.ts': 'export interface Port { run(): void }\n',
      'core/c.ts': "import type { Port } from '../app/a.js';\nexport const use = (port: Port) => port.run();\n",
    });
    expect(await checkLayers(src, LAYERS)).toEqual([]);
  });

  it('fails on a cycle between two folders of one layer', async () => {
    const src = await tree({
      'left/l.ts': "import { r2 } from '../right/r2.js';\nexport const l = r2;\n",
      'left/l2.ts': 'export const l2 = 2;\n',
      'right/r.ts': "import { l2 } from '../left/l2.js';\nexport const r = l2;\n",
      'right/r2.ts': 'export const r2 = 2;\n',
    });
    expect(await checkLayers(src, LAYERS)).toEqual(['folder cycle at run time: left/ -> right/ -> left/']);
  });

  describe('a separate layer (the front doors)', () => {
    const SEPARATE = [{ name: 'front doors', folders: ['action', 'cli'], separate: true }, ...LAYERS.slice(2)];
    const PROBLEM = 'action/a.ts imports cli/c.ts: action/ and cli/ are separate front doors; share code through a lower layer';

    it('fails on any import between its folders, even without a cycle', async () => {
      const src = await tree({
        'action/a.ts': "import { c } from '../cli/c.js';\nexport const a = c;\n",
        'cli/c.ts': "import { k } from '../core/k.js';\nexport const c = k;\n",
        'core/k.ts': 'export const k = 1;\n',
      });
      expect(await checkLayers(src, SEPARATE)).toEqual([PROBLEM]);
    });

    it('fails on a type-only import between its folders too', async () => {
      const src = await tree({
        'action/a.ts': "import type { C } from '../cli/c.js';\nexport const a = (c: C) => c;\n",
        'cli/c.ts': 'export interface C { n: number }\n',
      });
      expect(await checkLayers(src, SEPARATE)).toEqual([PROBLEM]);
    });
  });

  it('fails on a folder that no layer places', async () => {
    const src = await tree({ 'stray/s.ts': 'export const s = 1;\n' });
    expect(await checkLayers(src, LAYERS)).toEqual([
      'stray/s.ts: its folder stray/ is in no layer; add it to the layers in scripts/check-layers.mjs and docs/architecture.md',
    ]);
  });

  it('passes the project itself', async () => {
    expect(await checkLayers(join(import.meta.dirname, '../../../src'))).toEqual([]);
  });
});
