// template-repo/.github/workflows/lock-environments.yml under act: the changed environment file of
// a pull request is solved (the conda channels' answer comes from the test: they are on the
// internet), pinned by the base branch's script, committed and pushed to the pull request's branch.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAct, nodeVersions, useRunner } from './act.js';

const act = findAct();
const runner = useRunner(act, 'ghs_runnerLockToken0a1b2c3d4e5f6a7');

describe.skipIf(!act).each(nodeVersions())('Lock environments workflow under act ($label)', ({ bin }) => {
  it('pins the unpinned package of a pull request and pushes the pins to its branch', async () => {
    const path = 'environments/environment-dask.yaml';
    const dask = runner.repository.file('main', path)!;
    const headSha = runner.repository.commit('add-scipy', { [path]: dask.replace('  - numpy==1.20.3\n', '  - numpy==1.20.3\n  - scipy\n') }, 'Add scipy');
    const payload = runner.repository.pullRequest(9, 'main', 'add-scipy');

    // What conda-forge would solve: the file's own pins, scipy, and a dependency of none of them by name.
    const pinned = [...dask.matchAll(/^ {2}- ([\w-]+)==([\w.]+)/gm)].map(([, name, version]) => ({ name, version, build_string: 'h0_0' }));
    const solve = join(runner.repository.bare, '..', 'solve.json');
    writeFileSync(solve, JSON.stringify({ dry_run: true, actions: { LINK: [...pinned, { name: 'scipy', version: '1.7.3', build_string: 'h0_0' }, { name: 'libblas', version: '3.9.0', build_string: 'h0_0' }] } }));

    const result = await runner.run({
      workflow: 'lock-environments.yml',
      event: 'pull_request',
      payload,
      checkout: 'add-scipy',
      nodeBin: bin,
      env: { QHUB_GITOPS_STANDIN_MICROMAMBA_SOLVE: solve },
    });
    expect(result.exitCode, result.log).toBe(0);
    expect(result.log).toContain(`| ${path}: pinned`);
    expect(runner.repository.file('add-scipy', path)).toBe(dask.replace('  - numpy==1.20.3\n', '  - numpy==1.20.3\n  - scipy==1.7.3\n'));
    expect(runner.repository.sha('add-scipy~1')).toBe(headSha);
    expect(runner.repository.lastCommit('add-scipy')).toBe('github-actions[bot]: Pin environment versions solved by micromamba');
    // The solve asked for the file's own specs on its own channel.
    expect(readFileSync(`${solve}.argv`, 'utf8').split('\n')).toEqual(expect.arrayContaining(['--dry-run', '--json', '--channel', 'conda-forge', 'scipy', 'numpy==1.20.3']));
  }, 180_000);

  it('does nothing for a pull request from a fork (its branch cannot be pushed to)', async () => {
    const headSha = runner.repository.commit('add-scipy', { 'environments/extra.yaml': 'name: extra\ndependencies:\n  - scipy\n' }, 'Add an environment');
    const payload = runner.repository.pullRequest(10, 'main', 'add-scipy', 'someone/Hello-World');
    const result = await runner.run({ workflow: 'lock-environments.yml', event: 'pull_request', payload, checkout: 'add-scipy', nodeBin: bin });
    expect(result.exitCode, result.log).toBe(0);
    expect(result.log).not.toContain('Solve and pin');
    expect(runner.repository.sha('add-scipy')).toBe(headSha);
  }, 180_000);
});
