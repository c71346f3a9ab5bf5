// The apply comment keeps the reviewed plan: taken from the plan comment, then carried over by
// every later rewrite without nesting, and cut to leave room for the status. The destroy summary.
import { describe, expect, it } from 'vitest';
import { applyCommentBody, reviewedPlanMarkdown } from '../../../src/report/apply.js';
import { renderMarker } from '../../../src/deploy/marker.js';
import { destroyJson, destroySummary } from '../../../src/report/destroy.js';
import type { DestroyOutcome } from '../../../src/deploy/outcome.js';

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

describe('destroySummary', () => {
  const outcome: DestroyOutcome = {
    roots: [
      { root: 'infra/app', failure: null, state: { root: 'infra/app', addresses: [] } },
      {
        root: 'infra/base',
        failure: { step: 'destroy', diagnostics: [{ severity: 'error', summary: 'Error deleting VPC', detail: 'DependencyViolation', location: null }], lock: null },
        state: { root: 'infra/base', addresses: ['aws_vpc.main["a|b"]'] },
      },
    ],
    cluster: [{ what: 'Service dev/qhub-traefik-ingress and its load balancer', status: 'skipped', detail: 'the cluster is not reachable (no kubeconfig)' }],
    leftovers: [{ root: 'infra/base', address: 'aws_vpc.main["a|b"]', type: 'aws_vpc', provider: 'aws', command: 'aws ec2 delete-vpc --vpc-id VPC_ID', forget: "tofu state rm 'aws_vpc.main[\"a|b\"]'" }],
    nameChecks: [],
    runnerWarnings: [],
  };

  it('lists roots in destroy order, leftovers in a table that a pipe cannot break, and the advice', () => {
    const text = destroySummary(outcome, { deployment: 'deploy/prod', runUrl: null, issueUrl: 'https://github.com/o/r/issues/5' });
    expect(text).toContain('**❌ Not everything was destroyed:** 1 resource still in state; the checklist is in [the issue](https://github.com/o/r/issues/5).');
    expect(text.indexOf('`infra/app`: 0 left')).toBeLessThan(text.indexOf('`infra/base`: 1 left in state — destroy failed'));
    expect(text).toContain('| `infra/base` | `aws_vpc.main["a\\|b"]` | `aws_vpc` | aws |');
    expect(text).toContain('> Something Terraform does not manage still uses the network');
    expect(text).toContain('| Service dev/qhub-traefik-ingress and its load balancer | skipped |');
  });

  it('says so when every state is empty', () => {
    const clean: DestroyOutcome = { roots: [outcome.roots[0]!], cluster: [], leftovers: [], nameChecks: [], runnerWarnings: [] };
    expect(destroySummary(clean, { deployment: 'deploy/prod', runUrl: null, issueUrl: null })).toContain('**✅ Every state is empty.**');
    expect(destroyJson(clean)).toEqual({ destroyed: true, leftovers: [], unreadable: [] });
  });
});
