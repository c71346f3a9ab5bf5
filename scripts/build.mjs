// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with esbuild.
// Output is deterministic so CI can rebuild and diff against the committed dist/.
import { build } from 'esbuild';
import { chmod, cp, mkdir, rm } from 'node:fs/promises';

const banner = {
  // Some bundled CommonJS dependencies call require(); give ESM output one.
  js: "import { createRequire as __qgCreateRequire } from 'node:module'; const require = __qgCreateRequire(import.meta.url);",
};

await rm('dist', { recursive: true, force: true });
await build({
  entryPoints: { index: 'src/main.ts', cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  banner,
  legalComments: 'none',
  sourcemap: false,
  logLevel: 'warning',
  loader: { '.json': 'json' },
});
await chmod('dist/cli.js', 0o755);
// The Python stage-variables entry point runs inside QHub's virtualenv, next to the bundle.
await mkdir('dist/python', { recursive: true });
await cp('src/qhub/python', 'dist/python', { recursive: true, filter: (p) => !p.includes('__pycache__') });
