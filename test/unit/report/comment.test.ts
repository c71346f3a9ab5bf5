import { describe, expect, it } from 'vitest';
import { buildComment, buildJobSummary, type CommentInput } from '../../../src/report/comment.js';
import { parseMarker, renderMarker } from '../../../src/deploy/marker.js';
import type { RootOutcome } from '../../../src/terraform/outcome.js';
import { summarizePlan } from '../../../src/terraform/summary.js';

const planned = (root: string, resource_changes: unknown[]): RootOutcome => ({
  status: 'planned',
  root,
  report: summarizePlan({ format_version: '1.2', resource_changes: resource_changes as never }),
  planFile: null,
  warnings: [],
});

const filestoreReplace = {
  address: 'google_filestore_instance.nfs',
  type: 'google_filestore_instance',
  change: { actions: ['delete', 'create'], before: { tier: 'BASIC_HDD' }, after: { tier: 'BASIC_SSD' } },
};

function input(roots: RootOutcome[], extra: Partial<CommentInput> = {}): CommentInput {
  return {
    marker: { deployment: 'deploy/prod', config: 'qhub-config.yaml', planHash: 'sha256:abc', kind: 'plan' },
    title: 'QHub plan for `deploy/prod`',
    plan: { roots, hash: 'sha256:abc' },
    ...extra,
  };
}

describe('marker', () => {
  it('round-trips and cannot be closed early by a value', () => {
    const marker = { v: 1 as const, deployment: 'evil --> <b>', config: 'c.yaml', planHash: 'sha256:1', kind: 'apply' as const, run: 7 };
    const line = renderMarker(marker);
    expect(line.indexOf('-->')).toBe(line.length - 3);
    expect(parseMarker(`${line}\nbody`)).toEqual(marker);
  });

  it('ignores bodies that are not ours', () => {
    expect(parseMarker('Looks good to me')).toBeNull();
    expect(parseMarker('<!-- qhub-gitops not json -->')).toBeNull();
    expect(parseMarker('<!-- qhub-gitops {"v":2,"kind":"plan"} -->')).toBeNull();
    expect(parseMarker('text\n<!-- qhub-gitops {"v":1,"kind":"plan"} -->')).toBeNull();
  });
});

describe('buildComment', () => {
  it('puts the marker first, risks in a callout, validation before the plan, pending never as "no changes"', () => {
    const body = buildComment(
      input(
        [
          planned('01-terraform-state', []),
          planned('02-infrastructure', [filestoreReplace]),
          { status: 'pending', root: '03-kubernetes-initialize', reason: 'stage 02 is not applied yet' },
        ],
        { validation: ['**1 warning**: `profiles` has no default profile'] },
      ),
    );
    expect(parseMarker(body)).toMatchObject({ deployment: 'deploy/prod', planHash: 'sha256:abc', kind: 'plan' });
    expect(body).toContain('> [!CAUTION]');
    expect(body).toContain('> - **DATA LOSS**: `google_filestore_instance.nfs` in `02-infrastructure` will be replaced');
    expect(body.indexOf('### Validation')).toBeLessThan(body.indexOf('### Plan'));
    expect(body).toContain('✅ <code>01-terraform-state</code>: no changes.');
    expect(body).toContain('⏳ <code>03-kubernetes-initialize</code>: **pending** — stage 02 is not applied yet');
    expect(body).toContain('**Plan:** 1 to add, 0 to change, 1 to destroy · ⏳ 1 pending');
    expect(body).toContain('<details open><summary>⚠️ <code>02-infrastructure</code>');
    expect(body).toContain('Plan hash `sha256:abc`');
  });

  it('does not offer a hash for review when a root failed', () => {
    const failed: RootOutcome = { status: 'failed', root: 'r', step: 'init', diagnostics: [{ severity: 'error', summary: 'Backend init failed', detail: 'no bucket', location: null }], lock: null, partial: null };
    const body = buildComment(input([failed]));
    expect(body).toContain('**Error: Backend init failed**');
    expect(body).not.toContain('Plan hash');
  });

  it('shows an errored plan as failed, without a hash, and imports/moves in the engines’ order', () => {
    const errored: RootOutcome = { status: 'planned', root: 'r', report: summarizePlan({ format_version: '1.2', errored: true }), planFile: null, warnings: [] };
    const body = buildComment(input([errored]));
    expect(body).toContain('the plan failed (errored plan)');
    expect(body).not.toContain('Plan hash');
    const imported = planned('i', [
      { address: 'a.b', type: 'a', change: { actions: ['no-op'], before: {}, after: {}, importing: { id: 'x' } } },
      { address: 'a.c', type: 'a', previous_address: 'a.old', change: { actions: ['no-op'], before: {}, after: {} } },
    ]);
    const text = buildComment(input([imported]));
    expect(text).toContain('**Plan:** 1 to import, 0 to add, 0 to change, 0 to destroy, 1 to move');
    expect(text).toContain('`⇐` **import** `a.b`');
    expect(text).toContain('`→` **move** `a.c` (moved from `a.old`)');
  });

  it('builds a validation-only comment', () => {
    const body = buildComment({ marker: { deployment: null, config: 'qhub-config.yaml', planHash: null, kind: 'validate' }, title: 'Validation', validation: 'All good.' });
    expect(body).toBe(`${renderMarker({ v: 1, deployment: null, config: 'qhub-config.yaml', planHash: null, kind: 'validate' })}\n\n## Validation\n\n### Validation\n\nAll good.\n`);
  });

  it('cuts long validation output between blocks and honours a smaller limit', () => {
    const blocks = Array.from({ length: 400 }, (_, index) => `- finding ${index}: ${'y'.repeat(100)}`);
    const body = buildComment(input([planned('r', [filestoreReplace])], { validation: blocks }), 10_000);
    expect(body.length).toBeLessThanOrEqual(10_000);
    expect(body).toMatch(/more validation blocks not shown here/);
    const summary = buildJobSummary(input([planned('r', [filestoreReplace])], { validation: blocks }));
    expect(summary).toContain('finding 399');
    expect(summary.startsWith('## ')).toBe(true);
  });
});
