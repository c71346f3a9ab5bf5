// template-repo/.github/workflows/plan.yml under act: a pull request into main is validated only,
// one into deploy/<name> is planned.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMarker } from '../../src/deploy/marker.js';
import { findAct, nodeVersions, readArtifact, stepFailed, TEMPLATE_SECRETS, useEngineMirror, useRunner } from './act.js';

const act = findAct();
const runner = useRunner(act, 'ghs_runnerPlanToken0a1b2c3d4e5f6');
const engine = useEngineMirror();

describe.skipIf(!act).each(nodeVersions())('Plan workflow under act ($label)', ({ bin }) => {
  it('validates a pull request into main and posts the findings as the sticky comment', async () => {
    const dask = runner.repository.file('main', 'environments/environment-dask.yaml')!;
    runner.repository.commit('add-scipy', { 'environments/environment-dask.yaml': dask.replace('  - numpy==1.20.3\n', '  - numpy==1.20.3\n  - scipy\n') }, 'Add scipy');
    const payload = runner.repository.pullRequest(7, 'main', 'add-scipy');
    runner.emulator.addPull(payload, ['environments/environment-dask.yaml']);

    const result = await runner.run({ workflow: 'plan.yml', event: 'pull_request', payload, checkout: 'add-scipy', nodeBin: bin });
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

  it.skipIf(!engine.available)('plans a pull request into deploy/<name> with the engine QHub pins, from the mirror', async () => {
    runner.repository.commit('deploy/blue', {}, 'Deployment blue');
    const payload = runner.repository.moreUsersPullRequest(8);

    const result = await runner.run({
      workflow: 'plan.yml',
      event: 'pull_request',
      payload,
      checkout: 'more-users',
      nodeBin: bin,
      secrets: TEMPLATE_SECRETS,
      env: { QHUB_GITOPS_ENGINE_MIRROR: engine.mirror().url },
      timeoutMs: 600_000,
    });
    expect(result.exitCode, result.log).toBe(1);
    expect(result.log).toContain('qhub-gitops plan on pull_request');
    expect(stepFailed(result.log, 'Validate and plan'), result.log).toBe(true);
    // The template installs QHub with the Python it asks setup-python for.
    expect(result.log).toMatch(/\| Python 3\.11\.\d+ from \S+, first on PATH/);
    const [comment] = runner.emulator.commentsOn(8);
    expect(parseMarker(comment!.body)).toMatchObject({ kind: 'plan', deployment: 'deploy/blue' });
    expect(comment!.body).toContain('<code>terraform-state</code>: init failed');
    expect(comment!.body).toContain('Terraform 1.0.5');
    expect(comment!.body).toContain('its providers could not be downloaded because the provider registry is unreachable from this machine');
    expect(comment!.body).toContain('<code>infrastructure</code>: **pending** — not planned because terraform-state failed');
    // The rendered plan is uploaded even when planning failed; the engine came from the mirror.
    expect(readArtifact(result.artifacts, 'qhub-gitops-plan', 'plan-report.md')).toContain('<code>terraform-state</code>: init failed');
    expect(engine.mirror().requests).toContain('/terraform/1.0.5/terraform_1.0.5_linux_amd64.zip');
  }, 660_000);
});
