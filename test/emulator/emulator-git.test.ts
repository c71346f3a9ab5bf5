// The emulator's git-backed repository: branches, comparisons and pull requests read from a real
// bare repository, which git clients fetch from and push to over smart HTTP (pushes need a token
// with contents: write, as on GitHub).
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GitHubEmulator } from './server.js';

const TOKEN = 'ghs_emulatorGitTest';
const READ_ONLY = 'ghs_emulatorGitReadOnly';
let emulator: GitHubEmulator;
let root: string;

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const basic = (token: string) => `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;

beforeAll(async () => {
  emulator = await GitHubEmulator.start();
});
afterAll(async () => {
  await emulator.close();
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});
beforeEach(() => {
  emulator.reset();
  root = mkdtempSync(join(tmpdir(), 'emulator-git-'));
  const repository = emulator.serveGit(join(root, 'git'));
  mkdirSync(repository.dir, { recursive: true });
  git(repository.dir, 'init', '--quiet', '--bare', '--initial-branch=main');
  const work = join(root, 'work');
  git(root, 'clone', '--quiet', repository.dir, work);
  git(work, 'commit', '--quiet', '--allow-empty', '-m', 'first');
  git(work, 'push', '--quiet', 'origin', 'HEAD:refs/heads/main', 'HEAD:refs/heads/deploy/blue');
  git(work, 'commit', '--quiet', '--allow-empty', '-m', 'second');
  git(work, 'push', '--quiet', 'origin', 'HEAD:refs/heads/main');
  emulator.addToken(TOKEN, { login: 'github-actions[bot]', type: 'Bot', graphqlViewer: false });
  emulator.addToken(READ_ONLY, { login: 'reader[bot]', type: 'Bot', graphqlViewer: false, permissions: { contents: 'read' } });
});

async function call(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${emulator.url}/api/v3${path}`, {
    method,
    headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

describe('GitHub emulator: git-backed repository', () => {
  it('lists branches and compares branch names with slashes, in the shapes GitHub describes', async () => {
    const branches = (await (await call('GET', '/repos/Codertocat/Hello-World/branches')).json()) as { name: string }[];
    expect(branches.map((branch) => branch.name)).toEqual(['deploy/blue', 'main']);
    const compare = (await (await call('GET', '/repos/Codertocat/Hello-World/compare/deploy/blue...main')).json()) as Record<string, unknown>;
    expect(compare).toMatchObject({ status: 'ahead', ahead_by: 1, behind_by: 0, total_commits: 1 });
    expect((await call('GET', '/repos/Codertocat/Hello-World/compare/deploy/blue...nope')).status).toBe(404);
    expect(emulator.violations).toEqual([]);
  });

  it('opens pull requests between real branches and filters them by base and head', async () => {
    const created = await call('POST', '/repos/Codertocat/Hello-World/pulls', { base: 'deploy/blue', head: 'main', title: 'Bring main' });
    expect(created.status).toBe(201);
    const listed = async (query: string) => ((await (await call('GET', `/repos/Codertocat/Hello-World/pulls?${query}`)).json()) as { title: string }[]).map((pull) => pull.title);
    expect(await listed('state=open&base=deploy/blue&head=Codertocat:main')).toEqual(['Bring main']);
    expect(await listed('state=open&base=main')).toEqual([]);
    expect((await call('POST', '/repos/Codertocat/Hello-World/pulls', { base: 'deploy/blue', head: 'nope', title: 'x' })).status).toBe(422);
    expect(emulator.violations).toEqual([]);
  });

  it('lets anyone fetch, and only a token with contents: write push', async () => {
    const clone = join(root, 'clone');
    // Asynchronously: the emulator answers from this process.
    const gitAsync = (cwd: string, ...args: string[]) =>
      new Promise<{ code: number; stderr: string }>((resolve) => {
        execFile('git', args, { cwd, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } }, (error, _stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stderr }));
      });
    expect((await gitAsync(root, 'clone', '--quiet', `${emulator.url}/Codertocat/Hello-World.git`, clone)).code).toBe(0);
    git(clone, 'commit', '--quiet', '--allow-empty', '-m', 'third');
    const push = (...config: string[]) => gitAsync(clone, ...config, 'push', 'origin', 'HEAD:refs/heads/main');
    expect((await push()).code).not.toBe(0);
    expect((await push('-c', `http.extraheader=${basic(READ_ONLY)}`)).stderr).toContain('403');
    expect((await push('-c', `http.extraheader=${basic(TOKEN)}`)).code).toBe(0);
    expect(emulator.serveGit(join(root, 'git')).resolve('main')).toBe(git(clone, 'rev-parse', 'HEAD'));
  });
});
