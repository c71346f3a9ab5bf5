// Runs dist/index.js the way the Actions runner does: a fresh environment with
// INPUT_* for every input (action.yml defaults filled in), the GITHUB_* variables,
// an event payload file, and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** The directory holding action.yml, found upwards (this file also runs bundled, from the bench). */
function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'action.yml'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no action.yml above ${start}`);
  }
}

export const repoRoot = findRepoRoot(dirname(fileURLToPath(import.meta.url)));
const distEntry = join(repoRoot, 'dist', 'index.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds dist/ when it is missing or older than src/ (a lock keeps parallel test files from racing). */
export function ensureDist(): void {
  const fresh = () => existsSync(distEntry) && statSync(distEntry).mtimeMs >= newestMtime(join(repoRoot, 'src'));
  if (fresh()) return;
  const lock = join(tmpdir(), 'qhub-gitops-e2e-build.lock');
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`stale build lock ${lock}`);
      spawnSync('sleep', ['0.5']);
    }
  }
  try {
    if (!fresh()) {
      const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: repoRoot, encoding: 'utf8' });
      if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stderr}`);
    }
  } finally {
    rmdirSync(lock);
  }
}

interface InputSpec {
  default?: string;
}

/** The runner's INPUT_ naming: spaces to underscores, uppercased, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export function actionInputs(): Record<string, InputSpec> {
  const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as { inputs: Record<string, InputSpec> };
  return action.inputs;
}

export interface RunRequest {
  apiUrl: string;
  token: string;
  eventName: string;
  payload: unknown;
  repository: string;
  /** Files of the checkout, relative to the workspace. */
  files: Record<string, string>;
  inputs?: Record<string, string>;
  sha?: string;
  ref?: string;
  /** Extra variables, as a job's `env:` would set them. */
  env?: Record<string, string>;
  /** Sees the action's stdout as it arrives, all of it so far (to act while the action runs). */
  onStdout?: (soFar: string) => void;
}

export interface RunResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The file the `plan-report` output named, when there was one. */
  planReport: string | null;
}

/** Parses GITHUB_OUTPUT's `name<<DELIMITER` heredoc entries. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]!);
    outputs[match[1]!] = value.join('\n');
  }
  return outputs;
}

export async function runAction(request: RunRequest): Promise<RunResult> {
  const root = await mkdtemp(join(tmpdir(), 'qhub-gitops-e2e-'));
  const workspace = join(root, 'workspace');
  const runnerTemp = join(root, 'temp');
  for (const dir of [workspace, runnerTemp, join(root, 'home')]) mkdirSync(dir, { recursive: true });
  for (const [path, content] of Object.entries(request.files)) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true });
    writeFileSync(join(workspace, path), content);
  }
  const eventPath = join(runnerTemp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(request.payload));
  const outputPath = join(runnerTemp, 'output');
  const summaryPath = join(runnerTemp, 'summary.md');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');

  const env: Record<string, string> = {
    PATH: '/usr/local/bin:/usr/bin:/bin',
    HOME: join(root, 'home'),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: runnerTemp,
    GITHUB_EVENT_NAME: request.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: request.repository,
    GITHUB_SHA: request.sha ?? 'a'.repeat(40),
    GITHUB_REF: request.ref ?? 'refs/heads/main',
    GITHUB_WORKSPACE: workspace,
    GITHUB_API_URL: request.apiUrl,
    GITHUB_GRAPHQL_URL: `${request.apiUrl}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    ...request.env,
  };
  for (const [name, spec] of Object.entries(actionInputs())) {
    // The runner evaluates `${{ github.token }}` in defaults before the step starts.
    const fallback = (spec.default ?? '').replace('${{ github.token }}', request.token);
    env[inputVariable(name)] = request.inputs?.[name] ?? fallback;
  }

  const child = spawn(process.execPath, [distEntry], { cwd: workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    request.onStdout?.(stdout);
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exitCode = await new Promise<number | null>((resolvePromise) => child.on('close', resolvePromise));
  const result = {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    planReport: null as string | null,
  };
  // The plan report lives in RUNNER_TEMP, which goes with the run: read it first.
  const planReportPath = result.outputs['plan-report'];
  if (planReportPath) result.planReport = readFileSync(planReportPath, 'utf8');
  await rm(root, { recursive: true, force: true });
  return result;
}
