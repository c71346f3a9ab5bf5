// template-repo/.github/workflows/plan.yml under act: a pull request into main is validated only,
// one into deploy/<name> is planned.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMarker } from '../../src/report/comment.js';
import { pullRequestEvent } from '../emulator/fixtures.js';
import { ACTIONS_BOT, findAct, nodeVersions, useRunner } from './act.js';

const act = findAct();
const runner = useRunner(act);
const TOKEN = 'ghs_runnerPlanToken0a1b2c3d4e5f6';

function pullRequest(number: number, base: string, head: string) {
  const payload = pullRequestEvent({ number, baseRef: base, headRef: head });
  payload.pull_request.head.sha = runner.repository.sha(head);
  payload.pull_request.base.sha = runner.repository.sha(base);
  return payload;
}

describe.skipIf(!act).each(nodeVersions())('Plan workflow under act ($label)', ({ bin }) => {
  it('validates a pull request into main and posts the findings as the sticky comment', async () => {
    runner.emulator.addToken(TOKEN, ACTIONS_BOT);
    const dask = runner.repository.file('main', 'environments/environment-dask.yaml')!;
    runner.repository.commit('add-scipy', { 'environments/environment-dask.yaml': dask.replace('  - numpy==1.20.3\n', '  - numpy==1.20.3\n  - scipy\n') }, 'Add scipy');
    const payload = pullRequest(7, 'main', 'add-scipy');
    runner.emulator.addPull(payload, ['environments/environment-dask.yaml']);

    const result = await runner.run({ workflow: 'plan.yml', event: 'pull_request', payload, checkout: 'add-scipy', token: TOKEN, nodeBin: bin });
    expect(result.exitCode, result.log).toBe(0);
    expect(result.log).toContain('qhub-gitops validate on pull_request');
    const comments = runner.emulator.commentsOn(7);
    expect(comments.map((comment) => comment.user.login)).toEqual(['github-actions[bot]']);
    expect(parseMarker(comments[0]!.body)).toMatchObject({ kind: 'validate', deployment: 'main', planHash: null });
    expect(comments[0]!.body).toContain('`environments/environment-dask.yaml:14:5` | `unpinned-package` | environment `environment-dask.yaml`: 1 of 9 dependencies are not pinned to an exact version (scipy)');
    // Validation only: no plan, so nothing to upload and no cloud sign-in.
    expect(existsSync(result.artifacts)).toBe(false);
    expect(result.log).not.toContain('Cloud credentials');
  }, 180_000);
});
