// template-repo/.github/workflows/propagate.yml under act: a push to main opens a pull request
// from main into each deploy/* branch that lacks main's commits and has none open yet.
import { describe, expect, it } from 'vitest';
import { pullRequestEvent } from '../emulator/fixtures.js';
import { findAct, nodeVersions, useRunner } from './act.js';

const act = findAct();
const runner = useRunner(act, 'ghs_runnerPropagateToken0a1b2c3d4e');

describe.skipIf(!act).each(nodeVersions())('Propagate workflow under act ($label)', ({ bin }) => {
  it('opens the missing pull requests from main, once', async () => {
    for (const name of ['blue', 'green']) runner.repository.commit(`deploy/${name}`, {}, `Deployment ${name}`);
    const readme = runner.repository.file('main', 'README.md')!;
    runner.repository.commit('main', { 'README.md': `${readme}\nShared change.\n` }, 'A shared change');
    runner.repository.commit('deploy/red', {}, 'Deployment red, made after the change');
    // deploy/green already has an open pull request from main.
    const open = pullRequestEvent({ number: 12, baseRef: 'deploy/green', headRef: 'main' });
    open.pull_request.head.label = 'Codertocat:main';
    runner.emulator.addPull(open);

    const result = await runner.run({ workflow: 'propagate.yml', event: 'push', payload: runner.repository.pushEvent('main'), checkout: 'main', nodeBin: bin });
    expect(result.exitCode, result.log).toBe(0);
    const pulls = runner.emulator.pullRequests().map((pull) => ({ number: pull.number, base: pull.base.ref, head: pull.head.ref, title: pull.title, author: pull.user.login }));
    expect(pulls).toEqual([
      { number: 12, base: 'deploy/green', head: 'main', title: open.pull_request.title, author: open.pull_request.user.login },
      { number: 13, base: 'deploy/blue', head: 'main', title: 'Bring main into deploy/blue', author: 'github-actions[bot]' },
    ]);
    expect(runner.emulator.pullRequests()[1]!.body).toBe(
      'Shared changes from `main` (1 commits) for the deployment on `deploy/blue`. Review the plan in the comment below; merging applies it to this deployment.',
    );
    expect(result.log).toContain('| Opened https://github.com/Codertocat/Hello-World/pull/13');
    expect(result.log).toContain(`| deploy/green: ${open.pull_request.html_url} already brings main (1 commits)`);
    expect(result.log).toContain('| deploy/red already has every commit of main');
  }, 180_000);
});
