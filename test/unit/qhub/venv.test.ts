import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { constraintsFileFor, defaultCacheRoot, ensureVenv, isVenvReady, pythonProblem, specForVersion, venvPaths, VenvError } from '../../../src/qhub/venv.js';
import type { ProcessRunner } from '../../../src/terraform/engine.js';

let work: string;
let cacheRoot: string;
let constraintsDir: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'venv-test-'));
  cacheRoot = join(work, 'cache');
  constraintsDir = join(work, 'constraints');
  await mkdir(constraintsDir);
  await writeFile(join(constraintsDir, 'qhub-0.4.5.txt'), 'pydantic==1.10.2\n');
  await writeFile(join(constraintsDir, 'qhub-other.txt'), 'pydantic<2\n');
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

interface Call {
  file: string;
  args: readonly string[];
}

/** Plays python3 and pip: `-m venv DIR` lays out DIR/bin with a console script whose shebang names DIR. */
function fakePython(
  pip: { code: number; stdout?: string; stderr?: string } = { code: 0 },
  cli: { code: number; stderr?: string } = { code: 0 },
): { runner: ProcessRunner; calls: Call[] } {
  const calls: Call[] = [];
  const runner: ProcessRunner = async (file, args) => {
    calls.push({ file, args });
    if (args[0] === '-m' && args[1] === 'venv') {
      const dir = args[2]!;
      await mkdir(join(dir, 'bin'), { recursive: true });
      await writeFile(join(dir, 'bin', 'python'), '');
      await writeFile(join(dir, 'bin', 'qhub'), `#!${dir}/bin/python\nimport qhub\n`);
      return { code: 0, stdout: '', stderr: '' };
    }
    if (args[0] === '-m' && args[1] === 'pip') return { code: pip.code, stdout: pip.stdout ?? '', stderr: pip.stderr ?? '' };
    if (args[0] === '--help') return { code: cli.code, stdout: '', stderr: cli.stderr ?? '' };
    return { code: 0, stdout: '3.11.7\n', stderr: '' };
  };
  return { runner, calls };
}

const spec = { package: 'qhub', version: '0.4.5' } as const;

describe('venvPaths and constraints', () => {
  it('lays a venv out as <cache>/venvs/<package>-<version> with its console script', () => {
    expect(venvPaths(spec, '/c')).toEqual({ dir: '/c/venvs/qhub-0.4.5', python: '/c/venvs/qhub-0.4.5/bin/python', cli: '/c/venvs/qhub-0.4.5/bin/qhub' });
    expect(venvPaths({ package: 'nebari', version: '2023.7.2' }, '/c').cli).toBe('/c/venvs/nebari-2023.7.2/bin/nebari');
  });

  it('knows which package released a version', () => {
    expect(specForVersion('0.3.11')).toEqual({ package: 'qhub', version: '0.3.11' });
    expect(specForVersion('0.4.0.post1')).toEqual({ package: 'qhub', version: '0.4.0.post1' });
    expect(specForVersion('2022.10.1')).toEqual({ package: 'nebari', version: '2022.10.1' });
    expect(specForVersion('2025.10.1')).toEqual({ package: 'nebari', version: '2025.10.1' });
    expect(() => specForVersion('latest')).toThrow(/"latest" is not a qhub version/);
  });

  it('honours QHUB_GITOPS_CACHE, else ~/.cache/qhub-gitops', () => {
    expect(defaultCacheRoot({ QHUB_GITOPS_CACHE: '/x' })).toBe('/x');
    expect(defaultCacheRoot({ HOME: '/home/u' })).toBe('/home/u/.cache/qhub-gitops');
  });

  it('rejects versions and packages that must never reach a path or pip', () => {
    expect(() => venvPaths({ package: 'qhub', version: '../../etc' }, '/c')).toThrow(VenvError);
    expect(() => venvPaths({ package: 'qhub', version: '0.4.5; rm -rf /' }, '/c')).toThrow(/not a qhub version/);
    expect(() => venvPaths({ package: 'pip' as 'qhub', version: '1.0' }, '/c')).toThrow(/unknown package "pip"/);
    expect(venvPaths({ package: 'qhub', version: '0.4.0.post1' }, '/c').dir).toBe('/c/venvs/qhub-0.4.0.post1');
  });

  it('uses the exact constraints file, else the package fallback, else says which is missing', () => {
    expect(constraintsFileFor(spec, constraintsDir)).toBe(join(constraintsDir, 'qhub-0.4.5.txt'));
    expect(constraintsFileFor({ package: 'qhub', version: '0.4.1' }, constraintsDir)).toBe(join(constraintsDir, 'qhub-other.txt'));
    expect(() => constraintsFileFor({ package: 'nebari', version: '2024.1.1' }, constraintsDir)).toThrow(/no constraints file for nebari==2024.1.1/);
  });

  it('ships an exact constraints file for every version in versions.json', async () => {
    const listed = JSON.parse(await readFile(new URL('../../../src/qhub/python/versions.json', import.meta.url), 'utf8')) as {
      versions: { package: 'qhub' | 'nebari'; version: string }[];
    };
    for (const entry of listed.versions) {
      expect(constraintsFileFor(entry)).toMatch(new RegExp(`${entry.package}-${entry.version.replace(/\./g, '\\.')}\\.txt$`));
    }
  });
});

describe('ensureVenv', () => {
  it('builds in a temporary directory, fixes script shebangs, renames into place and records a marker', async () => {
    const { runner, calls } = fakePython();
    const paths = await ensureVenv(spec, { cacheRoot, constraintsDir, runner, python: 'python3.11', env: {} });
    expect(paths.dir).toBe(join(cacheRoot, 'venvs', 'qhub-0.4.5'));
    expect(calls[0]!.file).toBe('python3.11');
    expect(calls[0]!.args.slice(0, 2)).toEqual(['-m', 'venv']);
    expect(calls[0]!.args[2]).toMatch(/\/venvs\/\.build-qhub-0\.4\.5-/);
    const pip = calls.find((call) => call.args[1] === 'pip')!;
    expect(pip.args).toEqual(['-m', 'pip', 'install', '--quiet', 'qhub==0.4.5', 'setuptools', '-c', join(constraintsDir, 'qhub-0.4.5.txt')]);
    expect(await readFile(paths.cli, 'utf8')).toBe(`#!${paths.dir}/bin/python\nimport qhub\n`);
    const marker = JSON.parse(await readFile(join(paths.dir, '.qhub-gitops-venv.json'), 'utf8'));
    expect(marker).toMatchObject({ package: 'qhub', version: '0.4.5', python: '3.11.7' });
    expect(await readdir(join(cacheRoot, 'venvs'))).toEqual(['qhub-0.4.5']);
    expect(await isVenvReady(spec, { cacheRoot, constraintsDir, env: {} })).toBe(true);
  });

  it('reuses a built venv without running anything', async () => {
    await ensureVenv(spec, { cacheRoot, constraintsDir, runner: fakePython().runner, env: {} });
    const again = fakePython();
    await ensureVenv(spec, { cacheRoot, constraintsDir, runner: again.runner, env: {} });
    expect(again.calls).toEqual([]);
  });

  it('rebuilds when the constraints file changed since the venv was built', async () => {
    await ensureVenv(spec, { cacheRoot, constraintsDir, runner: fakePython().runner, env: {} });
    await writeFile(join(constraintsDir, 'qhub-0.4.5.txt'), 'pydantic==1.10.13\n');
    expect(await isVenvReady(spec, { cacheRoot, constraintsDir, env: {} })).toBe(false);
    const again = fakePython();
    await ensureVenv(spec, { cacheRoot, constraintsDir, runner: again.runner, env: {} });
    expect(again.calls.length).toBeGreaterThan(0);
    expect(await isVenvReady(spec, { cacheRoot, constraintsDir, env: {} })).toBe(true);
  });

  it('replaces a half-built venv that has no marker', async () => {
    const { dir } = venvPaths(spec, cacheRoot);
    await mkdir(join(dir, 'bin'), { recursive: true });
    await writeFile(join(dir, 'leftover'), '');
    const paths = await ensureVenv(spec, { cacheRoot, constraintsDir, runner: fakePython().runner, env: {} });
    expect(existsSync(join(paths.dir, 'leftover'))).toBe(false);
    expect(existsSync(join(paths.dir, '.qhub-gitops-venv.json'))).toBe(true);
  });

  it('reports a failed pip install with package, version and the tail of pip output, leaving nothing behind', async () => {
    const noise = Array.from({ length: 40 }, (_, i) => `line ${i}`).join('\n');
    const { runner } = fakePython({ code: 1, stdout: noise, stderr: 'ERROR: No matching distribution found for qhub==0.4.5' });
    const failure = ensureVenv(spec, { cacheRoot, constraintsDir, runner, env: {} });
    await expect(failure).rejects.toThrow(VenvError);
    await expect(failure).rejects.toThrow(/pip could not install qhub==0\.4\.5[\s\S]*line 39\n[\s\S]*No matching distribution/);
    await expect(failure).rejects.not.toThrow(/line 5\n/);
    expect(await readdir(join(cacheRoot, 'venvs'))).toEqual([]);
  });

  it('refuses a venv whose console script does not start, naming the constraints file to fix', async () => {
    const { runner, calls } = fakePython({ code: 0 }, { code: 1, stderr: "ModuleNotFoundError: No module named 'click'" });
    const failure = ensureVenv(spec, { cacheRoot, constraintsDir, runner, env: {} });
    await expect(failure).rejects.toThrow(/qhub==0\.4\.5 installed, but `qhub --help` fails[\s\S]*qhub-0\.4\.5\.txt[\s\S]*No module named 'click'/);
    expect(calls.find((call) => call.args[0] === '--help')!.file).toMatch(/\/venvs\/\.build-qhub-0\.4\.5-[^/]+\/bin\/qhub$/);
    expect(await readdir(join(cacheRoot, 'venvs'))).toEqual([]);
  });

  it('says clearly when the Python interpreter does not exist', async () => {
    const runner: ProcessRunner = async () => {
      throw Object.assign(new Error('spawn python3.99 ENOENT'), { code: 'ENOENT' });
    };
    await expect(ensureVenv(spec, { cacheRoot, constraintsDir, runner, python: 'python3.99', env: {} })).rejects.toThrow(
      'cannot create a virtualenv for qhub==0.4.5: "python3.99" was not found',
    );
  });

  it('points at python3-venv when the venv module cannot bootstrap pip', async () => {
    const runner: ProcessRunner = async () => ({ code: 1, stdout: '', stderr: 'The virtual environment was not created successfully because ensurepip is not available.' });
    await expect(ensureVenv(spec, { cacheRoot, constraintsDir, runner, env: {} })).rejects.toThrow(/python3-venv[\s\S]*ensurepip is not available/);
  });

  it('takes the interpreter from QHUB_GITOPS_PYTHON when no option names one', async () => {
    const { runner, calls } = fakePython();
    await ensureVenv(spec, { cacheRoot, constraintsDir, runner, env: { QHUB_GITOPS_PYTHON: '/opt/py/bin/python3' } });
    expect(calls[0]!.file).toBe('/opt/py/bin/python3');
  });
});

describe('pythonProblem', () => {
  it('accepts the Python the constraints were made for, any patch release', () => {
    expect(pythonProblem('3.11.7', '3.11', 'python3', 'qhub==0.3.11')).toBeNull();
    expect(pythonProblem('3.11', '3.11', 'python3', 'qhub==0.3.11')).toBeNull();
  });

  it('refuses another minor version in one line naming the Python found, the one needed and the setup-python step', () => {
    const problem = pythonProblem('3.12.3', '3.11', '/usr/bin/python3', 'qhub==0.3.11')!;
    expect(problem).toBe(
      "/usr/bin/python3 is Python 3.12.3, but qhub==0.3.11 is installed with constraints made for Python 3.11: add `- uses: actions/setup-python@v6` with `python-version: '3.11'` before the qhub-gitops step (locally, set QHUB_GITOPS_PYTHON to a Python 3.11)",
    );
    expect(problem).not.toContain('\n');
    expect(pythonProblem('3.1.0', '3.11', 'python3', 'qhub==0.3.11')).not.toBeNull();
  });
});

describe('ensureVenv and the Python it is given', () => {
  it('refuses a Python other than the one versions.json names before pip runs, leaving no venv', async () => {
    await writeFile(join(constraintsDir, '..', 'versions.json'), JSON.stringify({ python: '3.11', versions: [] }));
    const python = fakePython();
    const runner: ProcessRunner = async (file, args, options) => {
      if (args[0] === '-c') return { code: 0, stdout: '3.12.3\n', stderr: '' };
      return python.runner(file, args, options);
    };
    await expect(ensureVenv(spec, { cacheRoot, constraintsDir, runner, python: 'python3', env: {} })).rejects.toThrow(
      /^python3 is Python 3\.12\.3, but qhub==0\.4\.5 is installed with constraints made for Python 3\.11/,
    );
    expect(python.calls.map((call) => call.args[1])).toEqual(['venv']);
    expect(await isVenvReady(spec, { cacheRoot, constraintsDir, env: {} })).toBe(false);
  });
});

describe('ensureVenv with a cache between runs', () => {
  it('builds on a miss and saves under a key naming the release, constraints, Python and platform', async () => {
    const saved: string[] = [];
    const cache = { restore: async () => false, save: async (dir: string, key: string) => void saved.push(`${dir} ${key}`) };
    const paths = await ensureVenv(spec, { cacheRoot, constraintsDir, runner: fakePython().runner, env: {}, cache });
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatch(new RegExp(`^${paths.dir} qhub-gitops-venv-qhub-0\\.4\\.5-[0-9a-f]{16}-py3\\.11\\.7-${process.platform}-${process.arch}$`));
  });

  /** A cache holding a copy of a venv built now (the restore copies it back into place). */
  async function cacheHoldingABuild() {
    const built = await ensureVenv(spec, { cacheRoot, constraintsDir, runner: fakePython().runner, env: {} });
    const copy = join(work, 'cached-venv');
    await cp(built.dir, copy, { recursive: true });
    await rm(built.dir, { recursive: true, force: true });
    return { restore: async (dir: string) => (await cp(copy, dir, { recursive: true }), true), save: async () => {} };
  }

  it('uses a restored venv without building it', async () => {
    const cache = await cacheHoldingABuild();
    const python = fakePython();
    await ensureVenv(spec, { cacheRoot, constraintsDir, runner: python.runner, env: {}, cache });
    expect(python.calls.map((call) => call.args[0])).toEqual(['-c']);
    expect(await isVenvReady(spec, { cacheRoot, constraintsDir, env: {} })).toBe(true);
  });

  it('builds again when the restored venv was made with other constraints', async () => {
    const cache = await cacheHoldingABuild();
    await writeFile(join(constraintsDir, 'qhub-0.4.5.txt'), 'pydantic==1.10.2\n# changed\n');
    const python = fakePython();
    await ensureVenv(spec, { cacheRoot, constraintsDir, runner: python.runner, env: {}, cache });
    expect(python.calls.some((call) => call.args[1] === 'pip')).toBe(true);
  });
});
