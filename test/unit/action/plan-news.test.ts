// When `comment: on-change` posts a plan comment: the merge looks for the reviewed plan in it.
import { describe, expect, it } from 'vitest';
import { planHasNews } from '../../../src/action/plan.js';
import type { PlanRun, RootOutcome } from '../../../src/terraform/outcome.js';

function run(roots: RootOutcome[], totals: Partial<PlanRun> = {}): PlanRun {
  return { roots, hash: 'sha256:0', hasChanges: false, failed: false, runnerWarnings: [], ...totals };
}

describe('planHasNews', () => {
  it('is news when the only thing to say is a pending stage', () => {
    expect(planHasNews(0, run([{ status: 'pending', root: '03-kubernetes-initialize', reason: 'needs 02' }]))).toBe(true);
  });

  it('is news when a root failed even if the run totals say nothing', () => {
    expect(planHasNews(0, run([{ status: 'failed', root: 'a', step: 'plan', diagnostics: [], lock: null, partial: null }]))).toBe(true);
  });

  it('is news with findings, without a plan, or with changes; not for an empty run', () => {
    expect(planHasNews(1, run([]))).toBe(true);
    expect(planHasNews(0, null)).toBe(true);
    expect(planHasNews(0, run([], { hasChanges: true }))).toBe(true);
    expect(planHasNews(0, run([]))).toBe(false);
  });
});
