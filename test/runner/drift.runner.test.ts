// template-repo/.github/workflows/drift.yml under act: the nightly run on main starts the workflow
// once on each deploy/* branch (each run plans the branch it was started on).
import { describe, expect, it } from 'vitest';
import { findAct, nodeVersions, useRunner } from './act.js';

const act = findAct();
const runner = useRunner(act, 'ghs_runnerDriftToken0a1b2c3d4e5f6a');

describe.skipIf(!act).each(nodeVersions())('Drift workflow under act ($label)', ({ bin }) => {
  it('on schedule, starts a drift check on every deploy/* branch and plans nothing itself', async () => {
    for (const name of ['blue', 'green']) runner.repository.commit(`deploy/${name}`, {}, `Deployment ${name}`);
    runner.repository.commit('feature', {}, 'Not a deployment');
    // A scheduled run's payload names the cron entry; its ref is the default branch.
    const payload = { schedule: '17 4 * * *', ref: 'refs/heads/main' };
    const result = await runner.run({ workflow: 'drift.yml', event: 'schedule', payload, checkout: 'main', nodeBin: bin });
    expect(result.exitCode, result.log).toBe(0);
    expect(runner.emulator.dispatches).toEqual([
      { workflow: 'drift.yml', ref: 'deploy/blue', inputs: {} },
      { workflow: 'drift.yml', ref: 'deploy/green', inputs: {} },
    ]);
    expect(result.log).toContain('| Drift check of deploy/blue');
    expect(result.log).not.toContain('Drift of ');
    expect(runner.emulator.issues).toEqual([]);
  }, 180_000);
});
