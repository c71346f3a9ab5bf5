// Validation speed: in-process (warm), a cold CLI process against a bare
// `node -e 0`, and against a cold `qhub validate` of the same file.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const root = resolve(import.meta.dirname, '..');
const example = join(root, 'template-repo', 'qhub-config.yaml');

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeProcess(command, args, runs, options = {}) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    spawnSync(command, args, { stdio: 'ignore', ...options });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

async function loadValidator() {
  const outdir = mkdtempSync(join(tmpdir(), 'qhub-gitops-bench-'));
  await build({
    entryPoints: [join(root, 'src/config/validate.ts')],
    outfile: join(outdir, 'validate.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    mainFields: ['module', 'main'],
    // Bundled CommonJS dependencies call require(); give the ESM bundle one, as scripts/build.mjs does.
    banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
    loader: { '.json': 'json' },
    logLevel: 'error',
  });
  return import(pathToFileURL(join(outdir, 'validate.mjs')).href);
}

export async function run() {
  const rows = [];
  const bytes = readFileSync(example);
  const { validateConfig } = await loadValidator();
  const input = { config: { bytes, file: 'qhub-config.yaml' }, pinnedVersion: '0.3.14' };
  for (let i = 0; i < 50; i++) validateConfig(input);
  const times = [];
  for (let i = 0; i < 200; i++) {
    const start = process.hrtime.bigint();
    validateConfig(input);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const warm = median(times);
  rows.push({ name: 'validate in-process, warm (median of 200)', value: warm, unit: 'ms', target: '< 5 ms', ok: warm < 5 });

  const cli = join(root, 'dist', 'cli.js');
  if (!existsSync(cli)) execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  const bare = timeProcess(process.execPath, ['-e', '0'], 15);
  const cold = timeProcess(process.execPath, [cli, 'validate', example], 15);
  rows.push({ name: 'bare node -e 0 (median of 15)', value: bare, unit: 'ms', target: '', ok: null });
  rows.push({ name: 'cold CLI validate (median of 15)', value: cold, unit: 'ms', target: '<= 2x bare node', ok: cold <= 2 * bare });

  const qhub = join(process.env.QHUB_GITOPS_CACHE ?? join(homedir(), '.cache', 'qhub-gitops'), 'venvs', 'qhub-0.3.14', 'bin', 'qhub');
  if (existsSync(qhub)) {
    const theirs = timeProcess(qhub, ['validate', example], 3, { cwd: tmpdir() });
    rows.push({ name: 'cold qhub validate 0.3.14 (median of 3)', value: theirs, unit: 'ms', target: '', ok: null });
    rows.push({ name: 'speed-up over qhub validate', value: theirs / cold, unit: 'x', target: '>= 10x', ok: theirs / cold >= 10 });
  } else {
    rows.push({ name: 'speed-up over qhub validate', value: 'no venv', unit: '', target: '>= 10x (run scripts/setup-qhub-venvs.sh)', ok: null });
  }
  return rows;
}
