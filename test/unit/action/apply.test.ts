// The action's apply job over a fake engine and a fake GitHub: it applies only the plan whose hash
// the merged pull request's comment reviewed, and reports through the deployment and that comment.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarker } from '../../../src/deploy/marker.js';
import { buildSettings } from '../../../src/action/settings.js';
import { applyAction } from '../../../src/action/apply.js';
import { runTargetOfSettings } from '../../../src/action/deployment.js';
import type { Settings } from '../../../src/action/settings.js';
import type { GitHubApi } from '../../../src/github/api.js';
import { explicitRoots, planRoots } from '../../../src/terraform/roots.js';
import { pushEvent } from '../../emulator/fixtures.js';
import { actionInputs, temporaryCheckouts } from '../../helpers/action.js';
import { createChange, fakeEngine, type FakeRoot } from '../../helpers/fake-engine.js';
import { fakeGitHub, mergedPull, VIEWER } from '../../helpers/fake-github.js';
import { jobPorts } from '../../helpers/job-ports.js';

const { checkout, track } = temporaryCheckouts('qhub-gitops-apply-job-');
const BRANCH = 'deploy/blue';
const ROOTS: Record<string, FakeRoot> = { stack: { changes: [createChange('a')] } };

function onPush(dir: string) {
  return buildSettings(actionInputs({ command: 'apply', roots: 'stack' }), {
    eventName: 'push',
    payload: pushEvent(BRANCH),
    repository: 'o/r',
    sha: 'c'.repeat(40),
    ref: `refs/heads/${BRANCH}`,
    workspace: dir,
  });
}

/** The hash a pull request's plan of the same roots showed. */
async function reviewedHash(dir: string): Promise<string> {
  const run = await planRoots(explicitRoots(['stack'], dir), fakeEngine(ROOTS), { planDir: track(mkdtempSync(join(tmpdir(), 'qhub-gitops-apply-job-plans-'))) });
  return run.hash;
}

/** The action's apply with the config read once, over the fake engine and GitHub. */
async function runApplyAction(settings: Settings, github: GitHubApi, engine: ReturnType<typeof fakeEngine>) {
  const workDir = track(mkdtempSync(join(tmpdir(), 'qhub-gitops-apply-job-plans-')));
  return applyAction(settings, await runTargetOfSettings(settings, 'apply'), jobPorts(engine, workDir, { github }), null);
}

async function reviewedPullRequest(planHash: string) {
  const github = fakeGitHub();
  github.pulls.push(mergedPull(7, BRANCH));
  await github.createComment(7, `${renderMarker({ v: 1, deployment: BRANCH, config: null, planHash, kind: 'plan' })}\n## Plan`);
  return github;
}

describe('the apply job', () => {
  it('applies the reviewed plan and reports success on the deployment and the comment', async () => {
    const dir = checkout({ 'stack/main.tf': '' });
    const hash = await reviewedHash(dir);
    const github = await reviewedPullRequest(hash);
    const engine = fakeEngine(ROOTS);
    const result = await runApplyAction(onPush(dir), github, engine);
    expect(engine.calls).toEqual(['apply stack']);
    expect(result.failure).toBeNull();
    expect(result.outputs).toMatchObject({ 'plan-hash': hash, applied: 'true', 'apply-result': 'applied' });
    expect(github.deployments.map((deployment) => deployment.environment)).toEqual(['blue']);
    expect(github.statuses.map((status) => status.state)).toEqual(['in_progress', 'success']);
    expect(github.comments[0]!.authorLogin).toBe(VIEWER);
    expect(github.comments[0]!.body).toContain(hash);
  });

  it('applies nothing when the new plan differs from the reviewed one', async () => {
    const dir = checkout({ 'stack/main.tf': '' });
    const github = await reviewedPullRequest(`sha256:${'0'.repeat(64)}`);
    const engine = fakeEngine(ROOTS);
    const result = await runApplyAction(onPush(dir), github, engine);
    expect(engine.calls).toEqual([]);
    expect(result.outputs).toMatchObject({ applied: 'false', 'apply-result': 'plan-changed' });
    expect(result.failure).toContain('plan-changed');
    expect(github.statuses.map((status) => status.state)).toEqual(['in_progress', 'failure']);
  });

  it('refuses a push that no reviewed pull request planned, before any deployment', async () => {
    const dir = checkout({ 'stack/main.tf': '' });
    const github = fakeGitHub();
    const engine = fakeEngine(ROOTS);
    const result = await runApplyAction(onPush(dir), github, engine);
    expect(engine.calls).toEqual([]);
    expect(result.outputs).toMatchObject({ applied: 'false', 'apply-result': 'no-reviewed-plan' });
    expect(github.deployments).toEqual([]);
  });

  it('reports a plan without changes as unchanged, with nothing applied, even unreviewed', async () => {
    const dir = checkout({ 'stack/main.tf': '' });
    const engine = fakeEngine({ stack: { changes: [] } });
    const result = await runApplyAction(onPush(dir), fakeGitHub(), engine);
    expect(engine.calls).toEqual([]);
    expect(result.failure).toBeNull();
    expect(result.outputs).toMatchObject({ applied: 'false', 'apply-result': 'unchanged' });
  });
});
