// Writes docs/rules.md from the rules' metadata: bundles scripts/rules-doc.ts in memory with esbuild.
import { build } from 'esbuild';
import { writeFile } from 'node:fs/promises';

const result = await build({
  entryPoints: ['scripts/rules-doc.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'warning',
  // Bundled CommonJS dependencies (yaml) call require() for Node built-ins.
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(process.cwd() + '/');" },
});
const module = await import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
await writeFile(module.RULES_DOC_PATH, module.renderRulesDoc());
console.log(`wrote ${module.RULES_DOC_PATH}`);
