// Validation speed: in-process (warm), a cold CLI process against a bare `node -e 0`, and
// against each installed release's own cold `qhub validate` / `nebari validate` of the same file.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { ESM_BUNDLE_OPTIONS } from './_bundle.mjs';
import { timeIt } from './_timing.mjs';

const root = resolve(import.meta.dirname, '..');
const example = join(root, 'template-repo', 'qhub-config.yaml');

function timeProcess(command, args, runs, options = {}) {
  return timeIt(runs, () => spawnSync(command, args, { stdio: 'ignore', ...options }));
}

async function loadValidator() {
  const outdir = mkdtempSync(join(tmpdir(), 'qhub-gitops-bench-'));
  await build({
    entryPoints: [join(root, 'src/validation/validate.ts')],
    outfile: join(outdir, 'validate.mjs'),
    ...ESM_BUNDLE_OPTIONS,
    loader: { '.json': 'json' },
  });
  return import(pathToFileURL(join(outdir, 'validate.mjs')).href);
}

const venvRoot = join(process.env.QHUB_GITOPS_CACHE ?? join(homedir(), '.cache', 'qhub-gitops'), 'venvs');
const { versions } = JSON.parse(readFileSync(join(root, 'src', 'qhub', 'python', 'versions.json'), 'utf8'));
// A clean environment for their CLIs, as the differential test uses: no secrets, no colour.
const theirEnv = { PATH: process.env.PATH, HOME: process.env.HOME, PYTHONWARNINGS: 'ignore', NO_COLOR: '1' };

/**
 * The config each release validates: the template's (QHub 0.3.14), else what the release's own
 * `init local` writes (offline, password auth) into `dir`; null when init fails.
 */
function configFor({ package: pkg, version }, cliPath, dir) {
  if (pkg === 'qhub' && version === '0.3.14') return example;
  const args = ['init', 'local', '--project', 'demo', '--domain', 'demo.example.com', '--auth-provider', 'password', '--disable-prompt'];
  spawnSync(cliPath, args, { cwd: dir, env: theirEnv, stdio: 'ignore', timeout: 120_000 });
  const file = join(dir, `${pkg}-config.yaml`);
  return existsSync(file) ? file : null;
}

/**
 * Each installed release's own validation of a config of its version, cold, against the CLI's.
 * The ratio is bounded by Node's own start-up: a program that does nothing (`node -e 0`) is
 * already ~60 ms on this machine, so a release that validates in under ten times that cannot be
 * beaten tenfold by any Node program.
 */
async function releaseRows(cli, ourCold) {
  const rows = [];
  const scratch = mkdtempSync(join(tmpdir(), 'qhub-gitops-bench-releases-'));
  try {
    for (const release of versions) {
      const label = `${release.package} ${release.version}`;
      const cliPath = join(venvRoot, `${release.package}-${release.version}`, 'bin', release.package);
      if (!existsSync(cliPath)) {
        rows.push({ name: `vs ${label} validate`, value: 'no venv', unit: '', target: '>= 10x (run scripts/setup-qhub-venvs.sh)', ok: null });
        continue;
      }
      const dir = join(scratch, `${release.package}-${release.version}`);
      execFileSync('mkdir', ['-p', dir]);
      const file = configFor(release, cliPath, dir);
      const args = release.package === 'nebari' ? ['validate', '--config', file] : ['validate', file];
      const theirCheck = file && spawnSync(cliPath, args, { cwd: dir, env: theirEnv, encoding: 'utf8', timeout: 120_000 });
      // QHub 0.3.x configs carry no version: name it, as the template's .qhub-version does.
      const ourArgs = [cli, 'validate', file, '--qhub-version', release.version];
      const ourCheck = file && spawnSync(process.execPath, ourArgs, { encoding: 'utf8' });
      // Theirs must accept the file; ours may still report guard-rule findings (exit 1), e.g. the
      // literal root password `init` writes, and is timed doing exactly that.
      if (!file || theirCheck.status !== 0 || ourCheck.status > 1) {
        const why = !file ? 'init wrote no config' : `exit codes: theirs ${theirCheck.status}, ours ${ourCheck.status}`;
        rows.push({ name: `vs ${label} validate`, value: 'not measured', unit: '', target: why, ok: null });
        continue;
      }
      const ours = file === example ? ourCold : timeProcess(process.execPath, ourArgs, 7);
      const theirs = timeProcess(cliPath, args, 3, { cwd: dir, env: theirEnv });
      rows.push({
        name: `vs ${label} validate: ${theirs.toFixed(0)} ms theirs, ${ours.toFixed(0)} ms ours (${file === example ? 'template config' : 'its init config'})`,
        value: theirs / ours,
        unit: 'x faster',
        target: '>= 10x',
        ok: theirs / ours >= 10,
      });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return rows;
}

export async function run() {
  const rows = [];
  const bytes = readFileSync(example);
  const { validateConfig } = await loadValidator();
  const input = { config: { bytes, file: 'qhub-config.yaml' }, pinnedVersion: '0.3.14' };
  for (let i = 0; i < 50; i++) validateConfig(input);
  const warm = timeIt(200, () => validateConfig(input));
  rows.push({ name: 'validate in-process, warm (median of 200)', value: warm, unit: 'ms', target: '< 5 ms', ok: warm < 5 });

  const cli = join(root, 'dist', 'cli.js');
  if (!existsSync(cli)) execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  const bare = timeProcess(process.execPath, ['-e', '0'], 15);
  const cold = timeProcess(process.execPath, [cli, 'validate', example], 15);
  rows.push({ name: 'bare node -e 0 (median of 15)', value: bare, unit: 'ms', target: '', ok: null });
  rows.push({ name: 'cold CLI validate (median of 15)', value: cold, unit: 'ms', target: '<= 2x bare node', ok: cold <= 2 * bare });

  rows.push(...(await releaseRows(cli, cold)));
  return rows;
}
