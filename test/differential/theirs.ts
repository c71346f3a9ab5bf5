// The real QHub/Nebari side of the differential test: `init` to get fresh seed configs,
// and batch_validate.py to run each version's own validation on many files at once.
import { execFile } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VenvPaths } from '../../src/qhub/venv.js';

export interface TheirVerdict {
  file: string;
  valid: boolean;
  /** ok | invalid (schema) | yaml (loader) | crash (any other exception). */
  kind: string;
  message: string;
}

const BATCH_SCRIPT = fileURLToPath(new URL('./batch_validate.py', import.meta.url));

function run(
  file: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string; timeoutMs: number },
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      file,
      args,
      { cwd: options.cwd, env: options.env, timeout: options.timeoutMs, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr: error && typeof error.code !== 'number' ? `${stderr}\n${error.message}` : stderr });
      },
    );
    child.stdin?.end(options.input ?? '');
  });
}

/** Runs the version's own validation on every file; one verdict per file, in order. */
export async function theirVerdicts(venv: VenvPaths, files: string[]): Promise<TheirVerdict[]> {
  // A clean environment: NEBARI_SECRET__* variables or cloud credentials must not leak in.
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, PYTHONWARNINGS: 'ignore', NO_COLOR: '1' };
  const result = await run(venv.python, [BATCH_SCRIPT], { env, input: JSON.stringify(files), timeoutMs: 300_000 });
  const verdicts = result.stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as TheirVerdict);
  if (verdicts.length !== files.length) {
    throw new Error(`batch_validate.py in ${venv.dir} gave ${verdicts.length} verdicts for ${files.length} files (exit ${result.code}):\n${result.stderr.slice(-3000)}`);
  }
  return verdicts;
}

export interface InitCombo {
  name: string;
  args: string[];
}

/** `init` invocations that work offline for each version (cloud providers need API calls from 0.4 on). */
export function initCombos(pkg: 'qhub' | 'nebari', version: string): InitCombo[] {
  const common = ['--project', 'demo', '--domain', 'demo.example.com', '--disable-prompt'];
  // Nebari 2025.x spells the choice GitHub; earlier releases take github.
  const github = Number(version.split('.')[0]) >= 2024 ? 'GitHub' : 'github';
  const combos: InitCombo[] = [
    { name: 'local-password', args: ['init', 'local', ...common, '--auth-provider', 'password'] },
    { name: 'local-github-ci', args: ['init', 'local', ...common, '--auth-provider', github, '--ci-provider', 'github-actions', '--repository', 'github.com/demo/demo'] },
  ];
  if (pkg === 'qhub' && version.startsWith('0.3.')) {
    // QHub 0.3.x fills in cloud sections without calling the cloud when the version is given.
    for (const cloud of ['gcp', 'aws', 'azure']) {
      combos.push({ name: `${cloud}-password`, args: ['init', cloud, ...common, '--auth-provider', 'password', '--kubernetes-version', '1.20.0'] });
    }
  } else {
    combos.push({ name: 'local-password-letsencrypt', args: ['init', 'local', ...common, '--auth-provider', 'password', '--ssl-cert-email', 'admin@example.com'] });
  }
  return combos;
}

/** Runs `init` in its own directory; returns the config it wrote, or null (with the reason logged). */
export async function runInit(venv: VenvPaths, combo: InitCombo, workDir: string): Promise<{ file: string; text: string } | null> {
  const dir = join(workDir, combo.name);
  await mkdir(dir, { recursive: true });
  // TMPDIR keeps the default-password files init writes out of the shared /tmp.
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: dir, PROJECT_ID: 'demo-project', AWS_DEFAULT_REGION: 'us-west-2', PYTHONWARNINGS: 'ignore' };
  const result = await run(venv.cli, combo.args, { cwd: dir, env, timeoutMs: 120_000 });
  for (const name of ['qhub-config.yaml', 'nebari-config.yaml']) {
    try {
      const file = join(dir, name);
      return { file, text: await readFile(file, 'utf8') };
    } catch {
      // try the other name
    }
  }
  console.warn(`init ${combo.name} with ${venv.cli} wrote no config (exit ${result.code}): ${result.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return null;
}
