// The apply comment keeps the reviewed plan: taken from the plan comment, then carried over by
// every later rewrite without nesting, and cut to leave room for the status.
import { describe, expect, it } from 'vitest';
import { applyCommentBody, reviewedPlanMarkdown } from '../../src/report/apply.js';
import { renderMarker } from '../../src/report/comment.js';

const HASH = `sha256:${'c'.repeat(64)}`;
const planComment = `${renderMarker({ v: 1, deployment: 'deploy/blue', config: null, planHash: HASH, kind: 'plan' })}\n## Plan for \`deploy/blue\`\n\n+ terraform_data.app\n`;
const input = { marker: { deployment: 'deploy/blue', config: null, planHash: HASH, kind: 'plan' as const }, deployment: 'deploy/blue', sha: 'e'.repeat(40), runUrl: null, outcome: null };

describe('reviewedPlanMarkdown', () => {
  it('drops the plan comment’s marker, and carries over an apply comment’s copy without nesting', () => {
    expect(reviewedPlanMarkdown(planComment)).toBe('## Plan for `deploy/blue`\n\n+ terraform_data.app');
    const applying = applyCommentBody({ ...input, state: 'applying', previousBody: planComment });
    const applied = applyCommentBody({ ...input, state: 'applied', previousBody: applying });
    expect(reviewedPlanMarkdown(applied)).toBe('## Plan for `deploy/blue`\n\n+ terraform_data.app');
    expect(applied.split('The reviewed plan</summary>')).toHaveLength(2);
    expect(applied).toContain('✅ Applied the reviewed plan.');
    expect(applied).not.toContain('Applying the reviewed plan');
  });

  it('cuts a long plan at a line and says where the rest is', () => {
    const long = `${renderMarker({ v: 1, deployment: 'd', config: null, planHash: HASH, kind: 'plan' })}\n${'+ terraform_data.x\n'.repeat(5000)}`;
    const text = reviewedPlanMarkdown(long);
    expect(text.length).toBeLessThan(40_100);
    expect(text).toMatch(/terraform_data\.x\n\n_… the rest of the reviewed plan is in the plan run's job summary\._$/);
    expect(applyCommentBody({ ...input, state: 'applied', previousBody: long }).length).toBeLessThanOrEqual(65_536);
  });
});
