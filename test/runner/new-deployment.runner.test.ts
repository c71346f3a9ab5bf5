// template-repo/.github/workflows/new-deployment.yml under act: derives deploy/<name>'s config
// with the qhub-gitops CLI of the release and pushes the branch over HTTPS with the job's token.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dispatchOn, findAct, nodeVersions, stepFailed, useRunner } from './act.js';

const act = findAct();
const runner = useRunner(act, 'ghs_runnerNewDeploymentToken0a1b2c3');

describe.skipIf(!act).each(nodeVersions())('New deployment workflow under act ($label)', ({ bin, version }) => {
  it('pushes deploy/<name> with a config of its own namespace and host name', async () => {
    runner.repository.commit('deploy/blue', {}, 'Deployment blue');
    const result = await runner.run({ workflow: 'new-deployment.yml', ...dispatchOn('main', { name: 'green', from: 'blue' }), nodeBin: bin });
    expect(result.exitCode, result.log).toBe(0);
    expect(result.log).toContain('Copied qhub-gitops/qhub-gitops');
    // The node first on PATH is the one the job runs (and act runs the action with).
    expect(result.log).toContain(`| Node.js ${version} from ${bin}`);
    const config = parse(runner.repository.file('deploy/green', 'qhub-config.yaml')!);
    expect(config).toMatchObject({ project_name: 'datasci', namespace: 'green', domain: 'green.datasci.example.org' });
    // Built on deploy/blue's head, one commit, by the job's identity; blue itself untouched.
    expect(runner.repository.sha('deploy/green~1')).toBe(runner.repository.sha('deploy/blue'));
    expect(runner.repository.lastCommit('deploy/green')).toBe('github-actions[bot]: New deployment green (requested by octocat)');
    expect(parse(runner.repository.file('deploy/blue', 'qhub-config.yaml')!)).toMatchObject({ namespace: 'blue' });
    expect(result.log).toContain('### deploy/green created');
  }, 180_000);

  it('refuses a name whose branch exists, pushing nothing', async () => {
    runner.repository.commit('deploy/blue', {}, 'Deployment blue');
    const result = await runner.run({ workflow: 'new-deployment.yml', ...dispatchOn('main', { name: 'blue', from: '' }), nodeBin: bin });
    expect(result.exitCode, result.log).toBe(1);
    // The step's `::error::The branch deploy/blue already exists.` line may be lost (see stepFailed).
    expect(stepFailed(result.log, 'Derive the new config'), result.log).toBe(true);
    expect(runner.repository.branches()).toEqual(['deploy/blue', 'main']);
  }, 180_000);
});
