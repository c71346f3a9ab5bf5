// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with esbuild.
// Output is deterministic so CI can rebuild and diff against the committed dist/.
import { build } from 'esbuild';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const schemaDir = 'src/config/schemas';

/**
 * Writes dist/validators/<family>.cjs: ajv standalone code that answers "valid or
 * not" for one family's schema, bundled with the little ajv runtime it needs.
 */
async function writeQuickValidators(out) {
  const families = (await readdir(schemaDir)).filter((file) => file.endsWith('.schema.json')).sort();
  const scratch = await mkdtemp(join(tmpdir(), 'qhub-gitops-validators-'));
  for (const name of families) {
    const schema = JSON.parse(await readFile(join(schemaDir, name), 'utf8'));
    const ajv = new Ajv2020({ allErrors: false, strict: false, code: { source: true } });
    ajv.addSchema(schema);
    const source = join(scratch, name.replace(/\.schema\.json$/, '.cjs'));
    await writeFile(source, standaloneCode(ajv, { validate: schema.$id }));
    await build({
      entryPoints: [source],
      outfile: join(out, 'validators', name.replace(/\.schema\.json$/, '.cjs')),
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      minify: true,
      legalComments: 'none',
      logLevel: 'warning',
      nodePaths: [join(process.cwd(), 'node_modules')],
    });
  }
  await rm(scratch, { recursive: true, force: true });
}

/**
 * The bundles load schema code on demand from dist/validators/: the quick yes/no
 * validator of the config's family, and only for an invalid config the full
 * diagnosis (ajv and every schema, validators/diagnose.cjs). A valid config
 * never pays for parsing ajv and the schemas at start-up.
 */
const onDemandSchemasPlugin = {
  name: 'on-demand-schemas',
  setup(pluginBuild) {
    const loader = ["import { createRequire } from 'node:module';", 'const loadFromDist = createRequire(import.meta.url);'];
    pluginBuild.onLoad({ filter: /src[\\/]config[\\/]schemas[\\/]precompiled\.ts$/ }, () => ({
      contents: [...loader, 'export function loadPrecompiledValidator(family) {', '  return loadFromDist(`./validators/${family}.cjs`).validate;', '}'].join('\n'),
      loader: 'js',
    }));
    pluginBuild.onLoad({ filter: /src[\\/]config[\\/]schemas[\\/]index\.ts$/ }, () => ({
      contents: [
        ...loader,
        'let diagnosis;',
        "const full = () => (diagnosis ??= loadFromDist('./validators/diagnose.cjs'));",
        'export const schemaValidator = (family) => full().schemaValidator(family);',
        'export const schemaBranchValidator = (family, branch) => full().schemaBranchValidator(family, branch);',
      ].join('\n'),
      loader: 'js',
    }));
  },
};

// The bundles are CommonJS (dist/package.json says so): the sources are ES modules, but an ESM entry
// point costs every start-up Node's module loader and an asynchronous read per file, which is a
// large share of a command that takes a tenth of a second. import.meta.url becomes the bundle's URL.
const bundleOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // ESM builds of dependencies where they ship one: smaller bundles, fewer require() wrappers.
  mainFields: ['module', 'main'],
  define: { 'import.meta.url': 'bundleUrl' },
  inject: ['scripts/bundle-url.js'],
  // A command's file is required when it runs, not imported through the ES module loader.
  supported: { 'dynamic-import': false },
  legalComments: 'none',
  sourcemap: false,
  logLevel: 'warning',
  loader: { '.json': 'json' },
};

/**
 * The CLI loads a command's code only when that command runs (src/cli/registry.ts): the registry's
 * imports point at dist/cli-<command>.js, each one file with everything it needs, and all of them
 * share dist/cli-types.js so the CLI recognizes the errors its commands throw. A command's part it
 * loads on demand (src/cli/<command>-<part>.ts) is dist/cli-<command>-<part>.js.
 */
const registrySource = await readFile('src/cli/registry.ts', 'utf8');
const commandNames = [...registrySource.matchAll(/import\('\.\/([a-z-]+)\.js'\)/g)].map((match) => match[1]);
const cliFiles = (await readdir('src/cli')).map((file) => file.replace(/\.ts$/, ''));
/** The commands, their on-demand parts, and the shared types: one dist/cli-<name>.js each. */
const separateFiles = cliFiles.filter((name) => name === 'types' || commandNames.some((command) => name === command || name.startsWith(`${command}-`)));
const commandFilesPlugin = {
  name: 'command-files',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\/[a-z-]+\.js$/ }, (args) => {
      if (!/src[\\/]cli[\\/][a-z-]+\.ts$/.test(args.importer)) return undefined;
      const name = args.path.slice(2, -3);
      const importer = args.importer.replace(/^.*[\\/]/, '').replace(/\.ts$/, '');
      if (name === 'types') return { path: './cli-types.js', external: true };
      // The registry's commands, and a command's part loaded on demand, stay their own files.
      if (importer === 'registry' || name.startsWith(`${importer}-`)) return { path: `./cli-${name}.js`, external: true };
      return undefined;
    });
  },
};

// Build beside dist/ and swap it in at the end, so a concurrent run never sees a half-built dist/.
// Every bundle sits at the top of dist/, so each finds validators/ and python/ at the same path.
const out = `.dist-build-${process.pid}`;
await rm(out, { recursive: true, force: true });
await build({ ...bundleOptions, entryPoints: { index: 'src/action/main.ts' }, outdir: out, plugins: [onDemandSchemasPlugin] });
await build({
  ...bundleOptions,
  entryPoints: { cli: 'src/cli/main.ts', ...Object.fromEntries(separateFiles.map((name) => [`cli-${name}`, `src/cli/${name}.ts`])) },
  outdir: out,
  plugins: [commandFilesPlugin, onDemandSchemasPlugin],
});
await writeFile(join(out, 'package.json'), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
await chmod(join(out, 'cli.js'), 0o755);
await writeQuickValidators(out);
await build({
  entryPoints: ['src/config/schemas/index.ts'],
  outfile: join(out, 'validators', 'diagnose.cjs'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  loader: { '.json': 'json' },
});
// The Python stage-variables entry point runs inside QHub's virtualenv, next to the bundle.
await mkdir(join(out, 'python'), { recursive: true });
await cp('src/qhub/python', join(out, 'python'), { recursive: true, filter: (p) => !p.includes('__pycache__') });
await rm('dist', { recursive: true, force: true });
await rename(out, 'dist');
