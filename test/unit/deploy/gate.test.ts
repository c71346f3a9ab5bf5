// The reviewed-plan gate: which comment holds the reviewed hash, and when apply refuses.
import { describe, expect, it } from 'vitest';
import type { IssueComment, PullRequestInfo } from '../../../src/github/api.js';
import { hasNothingToApply, mergedPullFor, newPlanChanges, refuseAfterPlanning, refuseBeforePlanning, reviewedPlanIn } from '../../../src/deploy/gate.js';
import { destroyConfirmationProblem } from '../../../src/deploy/confirm.js';
import { deploymentFacts, environmentUrl } from '../../../src/deploy/facts.js';
import { lockMessage } from '../../../src/deploy/lock.js';
import { renderMarker } from '../../../src/deploy/marker.js';
import type { PlanRun } from '../../../src/terraform/outcome.js';

const HASH = `sha256:${'a'.repeat(64)}`;
const OTHER = `sha256:${'b'.repeat(64)}`;

function pull(overrides: Partial<PullRequestInfo> = {}): PullRequestInfo {
  return { number: 7, state: 'closed', merged: true, baseRef: 'deploy/blue', headRef: 'feature', headSha: 'f'.repeat(40), headRepoFullName: 'o/r', baseRepoFullName: 'o/r', ...overrides };
}

let nextId = 1;
function comment(author: string, marker: Record<string, unknown> | null, createdAt = '2026-01-01T00:00:00Z'): IssueComment {
  const head = marker ? renderMarker({ v: 1, deployment: 'deploy/blue', config: null, planHash: HASH, kind: 'plan', ...marker }) : 'plain';
  return { id: nextId++, body: `${head}\n## Plan`, authorLogin: author, url: 'u', createdAt };
}

describe('mergedPullFor', () => {
  it('takes the merged pull request into this branch, not one into another branch, open or closed unmerged', () => {
    const open = pull({ number: 8, state: 'open', merged: false });
    const closedUnmerged = pull({ number: 10, merged: false });
    expect(mergedPullFor([pull({ baseRef: 'main' }), open, closedUnmerged, pull({ number: 9 })], 'deploy/blue')?.number).toBe(9);
    expect(mergedPullFor([open, closedUnmerged], 'deploy/blue')).toBeNull();
  });
});

describe('reviewedPlanIn', () => {
  it('reads the hash only from our own comments for this deployment', () => {
    const comments = [
      comment('github-actions[bot]', {}, '2026-01-01T00:00:00Z'),
      comment('mallory', { planHash: OTHER }, '2026-01-03T00:00:00Z'),
      comment('github-actions[bot]', { deployment: 'deploy/green', planHash: OTHER }, '2026-01-04T00:00:00Z'),
      comment('github-actions[bot]', { kind: 'validate', planHash: null }, '2026-01-05T00:00:00Z'),
    ];
    expect(reviewedPlanIn(comments, 'github-actions', 'deploy/blue', 7)).toMatchObject({ planHash: HASH, commentId: comments[0]!.id, pullNumber: 7 });
  });

  it('takes the oldest of our comments, the one the sticky comment keeps current, over a stale racing twin', () => {
    const comments = [comment('github-actions[bot]', {}, '2026-01-01T00:00:00Z'), comment('github-actions[bot]', { planHash: OTHER }, '2026-01-02T00:00:00Z')];
    expect(reviewedPlanIn(comments, 'github-actions', 'deploy/blue', 7)).toMatchObject({ planHash: HASH, commentId: comments[0]!.id });
  });

  it('keeps finding the reviewed hash after apply rewrote the comment (a re-run of the push)', () => {
    expect(reviewedPlanIn([comment('github-actions[bot]', { kind: 'apply', state: 'failed' })], 'github-actions[bot]', 'deploy/blue', 7)?.planHash).toBe(HASH);
  });

  it('finds nothing when only a human quoted the marker', () => {
    expect(reviewedPlanIn([comment('alice', {})], 'github-actions', 'deploy/blue', 7)).toBeNull();
  });
});

describe('refuseBeforePlanning', () => {
  const base = { branch: 'deploy/blue', sha: 'c'.repeat(40), pull: null, reviewed: null, requireReviewedPlan: true, preventDeploy: false, configPath: 'qhub-config.yaml', configErrors: 0 };

  it('refuses a direct push, and a merged pull request without a plan comment, unless told not to', () => {
    expect(refuseBeforePlanning(base)).toMatchObject({ reason: 'no-reviewed-plan', message: expect.stringContaining('commit cccccccccccc on deploy/blue did not come from a merged pull request') });
    expect(refuseBeforePlanning({ ...base, pull: pull() })?.message).toContain('pull request #7 has no plan comment');
    expect(refuseBeforePlanning({ ...base, requireReviewedPlan: false })).toBeNull();
  });

  it('refuses prevent_deploy even with a reviewed plan', () => {
    const reviewed = { pullNumber: 7, commentId: 1, planHash: HASH, marker: { v: 1 as const, deployment: 'deploy/blue', config: null, planHash: HASH, kind: 'plan' as const }, body: '' };
    expect(refuseBeforePlanning({ ...base, reviewed, preventDeploy: true })).toMatchObject({ reason: 'prevent-deploy', message: expect.stringContaining('qhub-config.yaml has `prevent_deploy: true`') });
    expect(refuseBeforePlanning({ ...base, reviewed })).toBeNull();
  });

  it('refuses a config with validation errors, even without a required review; prevent_deploy says more', () => {
    expect(refuseBeforePlanning({ ...base, requireReviewedPlan: false, configErrors: 2 })).toMatchObject({
      reason: 'invalid-config',
      message: expect.stringContaining('qhub-config.yaml did not pass validation (2 errors'),
    });
    // qhub upgrade sets prevent_deploy: its manual step comes first, whatever else the config needs.
    expect(refuseBeforePlanning({ ...base, preventDeploy: true, configErrors: 1 })?.reason).toBe('prevent-deploy');
  });
});

function planRun(hash: string, roots: PlanRun['roots']): PlanRun {
  return { roots, hash, hasChanges: true, failed: roots.some((root) => root.status === 'failed'), runnerWarnings: [] };
}

describe('refuseAfterPlanning', () => {
  const lock = { id: '1b2c', path: 'terraform.tfstate', operation: 'OperationTypeApply', who: 'runner@host', created: '2026-01-01', unlockCommand: 'tofu force-unlock -force 1b2c' };

  it('refuses a failed plan, naming the lock and its unlock command', () => {
    const run = planRun(HASH, [{ status: 'failed', root: '02-infrastructure', step: 'plan', diagnostics: [], lock, partial: null }]);
    const refusal = refuseAfterPlanning(run, HASH);
    expect(refusal?.reason).toBe('plan-failed');
    expect(refusal?.message).toContain('lock ID 1b2c, held by runner@host for apply since 2026-01-01');
    expect(refusal?.message).toContain('from the root directory 02-infrastructure: tofu force-unlock -force 1b2c');
  });

  it('refuses a different hash and accepts the same one, or any when none is required', () => {
    const run = planRun(OTHER, [{ status: 'pending', root: 'a', reason: 'x' }]);
    expect(refuseAfterPlanning(run, HASH)).toMatchObject({ reason: 'plan-changed', reviewedHash: HASH, newHash: OTHER });
    expect(refuseAfterPlanning(run, OTHER)).toBeNull();
    expect(refuseAfterPlanning(run, null)).toBeNull();
    expect(newPlanChanges(run)).toEqual([{ root: 'a', status: 'pending', counts: null, addresses: [] }]);
  });
});

describe('hasNothingToApply', () => {
  it('holds only when every root planned without changes', () => {
    const pending = planRun(HASH, [{ status: 'pending', root: 'a', reason: 'x' }]);
    expect(hasNothingToApply({ ...pending, hasChanges: false })).toBe(false);
    expect(hasNothingToApply({ roots: [], hash: HASH, hasChanges: false, failed: false, runnerWarnings: [] })).toBe(true);
    expect(hasNothingToApply({ roots: [], hash: HASH, hasChanges: true, failed: false, runnerWarnings: [] })).toBe(false);
    expect(hasNothingToApply({ roots: [], hash: HASH, hasChanges: false, failed: true, runnerWarnings: [] })).toBe(false);
  });
});

describe('lockMessage', () => {
  it('works with a lock that names no holder', () => {
    const text = lockMessage({ id: 'x1', path: null, operation: null, who: null, created: null, unlockCommand: 'terraform force-unlock -force x1' }, 'infra/app');
    expect(text.split('\n')[0]).toBe('The state of infra/app is locked: lock ID x1.');
    expect(text).toContain('terraform force-unlock -force x1');
  });
});

describe('destroy confirmation and deployment facts', () => {
  it('says exactly what to type', () => {
    expect(destroyConfirmationProblem('datasci', 'datasci', 'deploy/blue')).toBeNull();
    expect(destroyConfirmationProblem('', 'datasci', 'deploy/blue')).toBe("No confirmation was given: to destroy deploy/blue, run the workflow again with confirm set to exactly 'datasci'. Nothing was touched.");
    expect(destroyConfirmationProblem('blue', 'datasci', 'deploy/blue')).toMatch(/^The confirmation 'blue' does not match/);
  });

  it('reads names, domain and prevent_deploy from a config, with QHub defaults', () => {
    const facts = deploymentFacts({ project_name: 'ds', provider: 'aws', amazon_web_services: { region: 'eu-west-1' }, domain: 'ds.example.org', prevent_deploy: true });
    expect(facts).toMatchObject({ projectName: 'ds', namespace: 'dev', provider: 'aws', region: 'eu-west-1', preventDeploy: true });
    expect(environmentUrl(facts)).toBe('https://ds.example.org');
    expect(deploymentFacts({ google_cloud_platform: { project: 'p1' } })).toMatchObject({ provider: 'gcp', gcpProject: 'p1', domain: null, preventDeploy: false });
    expect(environmentUrl(deploymentFacts({}))).toBeNull();
  });
});
