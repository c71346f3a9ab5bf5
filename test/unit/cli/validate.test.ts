// `qhub-gitops validate` with the base branch's environment files (--base-environments).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.js';
import { templateFiles } from '../../e2e/workspace.js';

const valid = templateFiles();
const workspaces: string[] = [];
afterAll(() => {
  for (const dir of workspaces) rmSync(dir, { recursive: true, force: true });
});

/** The template deployment checked out twice: the PR in `head/` without the dask environment, its base in `base/`. */
function checkouts(): string {
  const dir = mkdtempSync(join(tmpdir(), 'qhub-gitops-cli-validate-'));
  workspaces.push(dir);
  for (const [path, text] of Object.entries(valid)) {
    for (const side of ['head', 'base']) {
      if (side === 'head' && path === 'environments/environment-dask.yaml') continue;
      mkdirSync(dirname(join(dir, side, path)), { recursive: true });
      writeFileSync(join(dir, side, path), text);
    }
  }
  return dir;
}

async function validate(cwd: string, ...args: string[]) {
  const io = { out: '', err: '' };
  const code = await runCli(['validate', ...args], {
    cwd,
    env: {},
    stdout: (text) => void (io.out += text),
    stderr: (text) => void (io.err += text),
  });
  return { code, ...io };
}

describe('qhub-gitops validate --base-environments', () => {
  it('notices an environment file that the base branch has and the config no longer does', async () => {
    const dir = checkouts();
    const result = await validate(dir, 'head/qhub-config.yaml', '--base', 'base/qhub-config.yaml', '--base-environments', 'base/environments', '--format', 'json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out).findings).toEqual([
      expect.objectContaining({
        rule: 'environment-removed',
        severity: 'notice',
        path: 'environments.environment-dask.yaml',
        message: expect.stringContaining('(`dask`, from base/environments/environment-dask.yaml) is removed'),
      }),
    ]);
  });

  it('compares with the base config alone without it', async () => {
    const dir = checkouts();
    const result = await validate(dir, 'head/qhub-config.yaml', '--base', 'base/qhub-config.yaml', '--format', 'json');
    expect(JSON.parse(result.out).findings).toEqual([]);
  });

  it('needs --base, and a directory that exists', async () => {
    const dir = checkouts();
    const alone = await validate(dir, 'head/qhub-config.yaml', '--base-environments', 'base/environments');
    expect(alone.code).toBe(2);
    expect(alone.err).toMatch(/^qhub-gitops validate: --base-environments needs --base/);
    const missing = await validate(dir, 'head/qhub-config.yaml', '--base', 'base/qhub-config.yaml', '--base-environments', 'base/envs');
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('qhub-gitops validate: environments directory base/envs cannot be read: does it exist?\n');
  });
});
