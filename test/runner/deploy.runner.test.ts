// The workflows that run the engine QHub pins (Terraform 1.0.5 for the template's QHub 0.3.14,
// provisioned by the action from a local engine mirror) under act: Apply after a merged pull
// request, Destroy with the right confirmation, Drift on a deployment branch. The template deploys
// to Google Cloud, which is not reachable here: each must stop at the same honest point, the
// providers that cannot be downloaded, and report it where its users look.
import { describe, expect, it } from 'vitest';
import { parseMarker } from '../../src/deploy/marker.js';
import { type ActRun, dispatchOn, findAct, nodeVersions, stepFailed, TEMPLATE_SECRETS, useEngineMirror, useRunner } from './act.js';

const act = findAct();
const runner = useRunner(act, 'ghs_runnerDeployToken0a1b2c3d4e5f6');
const REGISTRY_UNREACHABLE = 'its providers could not be downloaded because the provider registry is unreachable from this machine';

const engine = useEngineMirror();

describe.skipIf(!act || !engine.available).each(nodeVersions())('Apply, Destroy and Drift workflows under act ($label)', ({ bin }) => {
  const run = (request: Omit<ActRun, 'nodeBin' | 'secrets'>) =>
    runner.run({ ...request, nodeBin: bin, secrets: TEMPLATE_SECRETS, env: { QHUB_GITOPS_ENGINE_MIRROR: engine.mirror().url }, timeoutMs: 600_000 });

  it('Apply: a push after a merged pull request re-plans, cannot reach the providers, and reports it on the reviewed comment', async () => {
    runner.repository.commit('deploy/blue', {}, 'Deployment blue');
    const review = runner.repository.moreUsersPullRequest(21);
    const planned = await run({ workflow: 'plan.yml', event: 'pull_request', payload: review, checkout: 'more-users' });
    expect(planned.exitCode, planned.log).toBe(1);
    const [reviewComment] = runner.emulator.commentsOn(21);
    const reviewedHash = parseMarker(reviewComment!.body)!.planHash;
    const mergeSha = runner.repository.merge('more-users', 'deploy/blue', 'Merge pull request #21 from Codertocat/more-users');
    runner.emulator.mergePull(21, mergeSha);

    const result = await run({ workflow: 'apply.yml', event: 'push', payload: runner.repository.pushEvent('deploy/blue'), checkout: 'deploy/blue' });
    expect(result.exitCode, result.log).toBe(1);
    expect(stepFailed(result.log, 'Apply'), result.log).toBe(true);
    expect(result.log).toContain(`terraform-state: init failed: not planned: ${REGISTRY_UNREACHABLE}`);
    // The reviewed comment, updated in place: refused, with the reason and the reviewed plan kept.
    const comments = runner.emulator.commentsOn(21);
    expect(comments.map((comment) => comment.id)).toEqual([reviewComment!.id]);
    expect(parseMarker(comments[0]!.body)).toMatchObject({ kind: 'apply', state: 'refused', deployment: 'deploy/blue', planHash: reviewedHash });
    expect(comments[0]!.body).toContain(`terraform-state: init failed: not planned: ${REGISTRY_UNREACHABLE}`);
    expect(comments[0]!.body).toContain('<!-- qhub-gitops reviewed plan -->');
    // A GitHub deployment of environment blue, in progress then failed.
    expect(runner.emulator.deployments).toMatchObject([{ ref: 'deploy/blue', environment: 'blue', payload: { reviewedPlanHash: reviewedHash } }]);
    expect(runner.emulator.deploymentStatuses.map((status) => [status.state, status.description, status.environment_url])).toEqual([
      ['in_progress', 'Planning again and applying the reviewed plan', 'https://blue.datasci.example.org'],
      ['failure', 'Not applied: plan-failed', 'https://blue.datasci.example.org'],
    ]);
    expect(engine.mirror().requests).toContain('/terraform/1.0.5/terraform_1.0.5_linux_amd64.zip');
  }, 1_300_000);

  it('Destroy: with the right confirmation, destroys what it can reach and says what is left', async () => {
    runner.repository.commit('deploy/blue', {}, 'Deployment blue');
    const result = await run({ workflow: 'destroy.yml', ...dispatchOn('deploy/blue', { deployment: 'blue', confirm: 'datasci' }) });
    expect(result.exitCode, result.log).toBe(1);
    expect(stepFailed(result.log, 'Destroy'), result.log).toBe(true);
    expect(result.log).toContain('- `terraform-state`: 0 left in state — init failed');
    // One manual-destruction issue: the state that could not be read, the init error, what no state tracks.
    expect(runner.emulator.issues).toMatchObject([{ number: 500, title: 'Manual destruction needed for deploy/blue', state: 'open', labels: [{ name: 'qhub-gitops' }] }]);
    const body = runner.emulator.issues[0]!.body as string;
    expect(body).toContain('- [ ] `infrastructure`: its state could not be read');
    expect(body).toContain('hashicorp/google: could not connect to registry.terraform.io');
    expect(body).toContain('`gcloud storage ls gs://datasci-blue-terraform-state && gcloud storage rm -r gs://datasci-blue-terraform-state`');
  }, 660_000);

  it('Drift: the run started on deploy/<name> plans it and cannot reach the providers', async () => {
    runner.repository.commit('deploy/blue', {}, 'Deployment blue');
    const result = await run({ workflow: 'drift.yml', ...dispatchOn('deploy/blue', {}) });
    expect(result.exitCode, result.log).toBe(1);
    expect(result.log).toContain('qhub-gitops plan on workflow_dispatch');
    expect(stepFailed(result.log, 'Plan'), result.log).toBe(true);
    expect(result.log).toContain(REGISTRY_UNREACHABLE);
    // No plan, no verdict on drift: the issue step does not run, and no comment is posted (comment: never).
    expect(result.log).not.toContain('Open, update or close the drift issue');
    expect(runner.emulator.issues).toEqual([]);
    expect(runner.emulator.comments).toEqual([]);
  }, 660_000);
});
