// The engine that planned each root, in the comment's stage headlines and in plan --format json.
import { describe, expect, it } from 'vitest';
import { planRunJson } from '../../../src/cli/plan.js';
import { planRunOf } from '../../../src/terraform/roots.js';
import { COMMENT_DETAIL, planSections, stateVersionNote } from '../../../src/report/plan.js';
import type { RootOutcome } from '../../../src/terraform/outcome.js';
import { summarizePlan } from '../../../src/terraform/summary.js';

const terraform0149 = { name: 'terraform', version: '0.14.9', source: 'auto' } as const;

function planned(root: string, stateVersion: string | null, changes = false): RootOutcome {
  const resource_changes = changes ? [{ address: 'terraform_data.a', type: 'terraform_data', change: { actions: ['create'], before: null, after: {} } }] : [];
  return { status: 'planned', root, report: summarizePlan({ format_version: '1.2', resource_changes: resource_changes as never }), planFile: null, warnings: [], engine: terraform0149, stateVersion };
}

describe('the engine in the comment', () => {
  it('names the engine on every stage, and warns where another engine version last wrote the state', () => {
    const sections = planSections([planned('terraform-state', '0.14.9'), planned('infrastructure', '1.11.4', true)], COMMENT_DETAIL);
    expect(sections[0]!.head).toBe('✅ <code>terraform-state</code>: no changes · Terraform 0.14.9.');
    expect(sections[1]!.head).toContain('1 to add, 0 to change, 0 to destroy · Terraform 0.14.9');
    expect(sections[1]!.items[0]).toContain('Its state was last written by engine version 1.11.4, not by Terraform 0.14.9 that planned it');
  });

  it('says nothing about the state when it is empty or written by the same version', () => {
    expect(stateVersionNote({ engine: terraform0149, stateVersion: null })).toBeNull();
    expect(stateVersionNote({ engine: terraform0149, stateVersion: '0.14.9' })).toBeNull();
    expect(stateVersionNote({ engine: terraform0149, stateVersion: '1.0.5' })).not.toBeNull();
  });

  it('plan --format json carries the engine at the top level and per root, with the state version', () => {
    const json = planRunJson(planRunOf([planned('terraform-state', '1.11.4'), { status: 'pending', root: 'infrastructure', reason: 'waits' }])) as Record<string, unknown>;
    expect(json.engine).toEqual(terraform0149);
    expect(json.roots).toMatchObject([
      { root: 'terraform-state', engine: terraform0149, state_terraform_version: '1.11.4' },
      { root: 'infrastructure', engine: null, state_terraform_version: null },
    ]);
  });
});
