#!/usr/bin/env node
// Installs the QHub/Nebari virtualenvs listed in src/qhub/python/versions.json (the differential
// tests need them) under ~/.cache/qhub-gitops/venvs/, or $QHUB_GITOPS_CACHE/venvs/.
// Idempotent: a venv whose marker matches its constraints file is reused in milliseconds.
// It runs the same src/qhub/venv.ts the action uses, compiled on the fly with esbuild,
// so there is one implementation of "install a venv".
// Usage: node scripts/setup-qhub-venvs.mjs [--verify] [package==version ...]   (default: every listed version)
// A new venv must run `<cli> validate --help`; a cached one only needs a working interpreter,
// unless --verify asks for the full check again.
// Exit 1 when any install fails (the others are still attempted).
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

async function loadVenvModule() {
  const result = await build({
    // venv.ts and the subprocess runner it is given, as one module.
    stdin: {
      contents: "export * from './src/qhub/venv.ts'; export { spawnRunner } from './src/terraform/process.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'error',
  });
  const source = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
}

const { ensureVenv, isVenvReady, spawnRunner, VenvError } = await loadVenvModule();
// A data: module has no file location for venv.ts to find its constraints beside, so name them.
const constraintsDir = `${root}src/qhub/python/constraints`;
const listed = JSON.parse(await readFile(`${root}src/qhub/python/versions.json`, 'utf8')).versions;

const verifyAll = process.argv.includes('--verify');
const requested = process.argv.slice(2).filter((arg) => arg !== '--verify');
const specs = requested.length === 0 ? listed : requested.map((arg) => {
  const [pkg, version] = arg.split('==');
  if (!pkg || !version) {
    console.error(`usage: setup-qhub-venvs.mjs [qhub==0.4.5 | nebari==2023.7.2 ...]; got "${arg}"`);
    process.exit(2);
  }
  return { package: pkg, version };
});

let failed = 0;
for (const spec of specs) {
  const name = `${spec.package}==${spec.version}`;
  const options = { constraintsDir, env: process.env, runner: spawnRunner, log: (message) => console.log(`  ${message}`) };
  try {
    const cached = await isVenvReady(spec, options);
    const started = Date.now();
    const paths = await ensureVenv({ package: spec.package, version: spec.version }, options);
    const took = ((Date.now() - started) / 1000).toFixed(1);
    // The console script must start and know its validate command, or the venv is useless.
    const check = cached && !verifyAll ? [paths.python, ['-c', 'import sys']] : [paths.cli, ['validate', '--help']];
    const result = await spawnRunner(check[0], check[1], { cwd: root, env: process.env });
    if (result.code !== 0) {
      throw new VenvError(`\`${check[0]} ${check[1].join(' ')}\` exited ${result.code}:\n${result.stderr.trim().split('\n').slice(-10).join('\n')}`);
    }
    const checked = check[0] === paths.cli ? '`validate --help` ok' : 'interpreter ok';
    console.log(`${name}: ${cached ? 'cached' : `installed in ${took}s`} at ${paths.dir}; ${checked}`);
  } catch (error) {
    failed++;
    console.error(`${name}: FAILED: ${error instanceof VenvError ? error.message : String(error)}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
