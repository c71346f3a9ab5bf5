// template-repo/.github/workflows/apply.yml and destroy.yml under act: what each refuses before
// touching anything (a direct push to deploy/<name>; a destroy without the right confirmation).
import { describe, expect, it } from 'vitest';
import { dispatchOn, findAct, nodeVersions, stepFailed, useEngineMirror, useRunner } from './act.js';

const act = findAct();
const runner = useRunner(act, 'ghs_runnerApplyToken0a1b2c3d4e5f6');
// Apply provisions the engine before it looks for the reviewed plan: from the local mirror when
// there is one, else from the official releases, which it retries for about 25 s here (offline).
const engine = useEngineMirror();

describe.skipIf(!act).each(nodeVersions())('Apply and Destroy workflows under act ($label)', ({ bin }) => {
  it('refuses a direct push to deploy/<name>: no merged pull request, so no reviewed plan', async () => {
    runner.repository.commit('deploy/blue', {}, 'Deployment blue');
    const config = runner.repository.file('deploy/blue', 'qhub-config.yaml')!;
    const sha = runner.repository.commit('deploy/blue', { 'qhub-config.yaml': config.replace('max_nodes: 1', 'max_nodes: 2') }, 'Pushed straight to the branch');
    const payload = runner.repository.pushEvent('deploy/blue');

    const env: Record<string, string> = engine.available ? { QHUB_GITOPS_ENGINE_MIRROR: engine.mirror().url } : {};
    const result = await runner.run({ workflow: 'apply.yml', event: 'push', payload, checkout: 'deploy/blue', nodeBin: bin, env });
    expect(result.exitCode, result.log).toBe(1);
    expect(stepFailed(result.log, 'Apply'), result.log).toBe(true);
    expect(result.log).toContain(`No reviewed plan: commit ${sha.slice(0, 12)} on deploy/blue did not come from a merged pull request`);
    expect(result.log).toContain('Nothing was applied.');
    expect(result.log).toMatch(/\[Apply\/Apply blue\s*\] 🏁 {2}Job failed/);
    // Refused before planning: no deployment recorded, no comment anywhere.
    expect(runner.emulator.deployments).toEqual([]);
    expect(runner.emulator.comments).toEqual([]);
  }, 180_000);

  it('refuses a destroy whose confirmation is not the project_name', async () => {
    runner.repository.commit('deploy/blue', {}, 'Deployment blue');
    const result = await runner.run({ workflow: 'destroy.yml', ...dispatchOn('deploy/blue', { deployment: 'blue', confirm: 'blue' }), nodeBin: bin });
    expect(result.exitCode, result.log).toBe(1);
    expect(result.log, result.log).toMatch(/\[Destroy\/Check the confirmation\s*\] 🏁 {2}Job succeeded/);
    expect(stepFailed(result.log, 'Destroy'), result.log).toBe(true);
    expect(result.log, result.log).toContain("The confirmation 'blue' does not match: to destroy deploy/blue, run the workflow again with confirm set to exactly 'datasci'. Nothing was touched.");
    expect(runner.emulator.issues).toEqual([]);
    expect(runner.emulator.deploymentStatuses).toEqual([]);
  }, 180_000);
});
