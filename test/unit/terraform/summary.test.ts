import { describe, expect, it } from 'vitest';
import type { PlanJson, ResourceChange } from '../../../src/terraform/plan-json.js';
import { riskOfRemoving } from '../../../src/terraform/risk.js';
import { findRunnerLocal } from '../../../src/terraform/runner-local.js';
import { actionBucket, planSummary, summarizePlan } from '../../../src/terraform/summary.js';

function change(address: string, actions: string[], before: unknown, after: unknown, extra: Partial<ResourceChange['change']> = {}): ResourceChange {
  const type = address.replace(/^(module\.[^.]+\.)*/, '').split('.')[0]!;
  return { address, type, mode: 'managed', change: { actions: actions as never, before, after, ...extra } };
}

function plan(resource_changes: ResourceChange[], extra: Partial<PlanJson> = {}): PlanJson {
  return { format_version: '1.2', terraform_version: '1.10.7', resource_changes, ...extra };
}

describe('actionBucket', () => {
  it('treats both replacement orders as replace', () => {
    expect(actionBucket(['delete', 'create'])).toBe('replace');
    expect(actionBucket(['create', 'delete'])).toBe('replace');
    expect(actionBucket(['no-op'])).toBe('no-op');
    expect(actionBucket(['forget'])).toBe('forget');
  });
});

describe('summarizePlan', () => {
  const kubeconfig = change('local_file.kubeconfig[0]', ['create'], null, { content: 'x' });
  const pool = change('google_container_node_pool.user', ['delete', 'create'], { machine_type: 'n1' }, { machine_type: 'n2' }, { replace_paths: [['machine_type']] });

  it('counts runner-local resources like the Plan: line but leaves them out of has-changes and the hash', () => {
    const onlyNoise = summarizePlan(plan([kubeconfig]));
    expect(onlyNoise.summary.to_add).toBe(1);
    expect(onlyNoise.hasChanges).toBe(false);
    expect(onlyNoise.runnerLocal.map((entry) => entry.address)).toEqual(['local_file.kubeconfig[0]']);
    expect(onlyNoise.summary.hash).toBe(summarizePlan(plan([])).summary.hash);
    expect(summarizePlan(plan([kubeconfig, pool])).summary.hash).toBe(summarizePlan(plan([pool])).summary.hash);
  });

  it('labels deleting or replacing storage and clusters, not creating them', () => {
    const report = summarizePlan(
      plan([
        pool,
        change('google_filestore_instance.nfs', ['delete'], { tier: 'BASIC_HDD' }, null),
        change('google_compute_disk.new', ['create'], null, { size: 10 }),
        change('helm_release.jupyterhub', ['update'], { version: '1' }, { version: '2' }),
      ]),
    );
    expect(report.resources.map((entry) => [entry.address, entry.risk?.kind ?? null])).toEqual([
      ['google_filestore_instance.nfs', 'DATA LOSS'],
      ['google_container_node_pool.user', 'OUTAGE'],
      ['helm_release.jupyterhub', null],
      ['google_compute_disk.new', null],
    ]);
    expect(report.summary.destructive).toEqual(['google_filestore_instance.nfs', 'google_container_node_pool.user']);
    expect(report.resources[1]!.attributes[0]).toMatchObject({ path: 'machine_type', forcesReplacement: true });
  });

  it('hashes what would change, not timestamps or unchanged refreshed attributes', () => {
    const base = plan([change('terraform_data.a', ['update'], { input: 'a', id: '1' }, { input: 'b', id: '1' })]);
    const noisy = {
      ...plan([change('terraform_data.a', ['update'], { input: 'a', id: '1' }, { input: 'b', id: '1' })]),
      timestamp: '2030-01-01T00:00:00Z',
      prior_state: { serial: 9 },
    } as PlanJson;
    expect(summarizePlan(noisy).summary.hash).toBe(summarizePlan(base).summary.hash);
    const other = plan([change('terraform_data.a', ['update'], { input: 'a', id: '1' }, { input: 'c', id: '1' })]);
    expect(summarizePlan(other).summary.hash).not.toBe(summarizePlan(base).summary.hash);
    expect(summarizePlan(base).summary.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  // Every kind of hashed fact: risky delete, deposed, create-first replace, sensitive and unknown
  // leaves, a moved resource with a quoted key, an import, a runner-local and an unchanged one, outputs.
  const everyKind = plan(
    [
      change('kubernetes_namespace.dev', ['delete'], { id: 'dev' }, null),
      change('helm_release.jupyterhub', ['create', 'delete'], { name: 'jh', values: ['a: 1'], set: [{ name: 'x', value: '1' }] }, { name: 'jh', values: ['a: 2'], set: [] }, {
        after_unknown: { id: true },
        replace_paths: [['values']],
      }),
      change('random_password.keycloak', ['create'], null, { length: 32, special: false }, { after_unknown: { result: true, id: true }, after_sensitive: { result: true } }),
      {
        ...change('kubernetes_secret.token["a.b"]', ['update'], { data: { token: 'old', 'tls.crt': 'x' }, metadata: [{ labels: { app: 'hub' } }] }, { data: { token: 'new', 'tls.crt': 'y' }, metadata: [{ labels: { app: 'hub', tier: '1' } }] }, {
          before_sensitive: { data: { token: true } },
          after_sensitive: { data: { token: true } },
        }),
        previous_address: 'kubernetes_secret.token[0]',
      },
      { ...change('aws_s3_bucket.state', ['delete'], { bucket: 's' }, null), deposed: '00000001' },
      change('aws_iam_role.imported', ['no-op'], { name: 'r' }, { name: 'r' }, { importing: { id: 'r' } }),
      change('null_resource.same', ['no-op'], { id: '1' }, { id: '1' }),
      change('local_file.kubeconfig[0]', ['create'], null, { content: 'k' }, { after_unknown: { id: true } }),
    ],
    {
      output_changes: {
        endpoint: { actions: ['update'], before: 'https://a', after: 'https://b' },
        token: { actions: ['create'], before: null, after: 't' },
        same: { actions: ['no-op'], before: 1, after: 1 },
      },
      planned_values: { outputs: { token: { sensitive: true } } },
    },
  );

  it('keeps the hash of a given plan: a different value would un-review every open plan', () => {
    // Computed before the hash was streamed; the canonical form must never drift.
    expect(summarizePlan(everyKind).summary.hash).toBe('sha256:edc2390f858efcb574f123ae328a1928d779e880874315acc6cab03a3db95f5e');
  });

  it('gives the same summary without building the report (summarize --format json)', () => {
    expect(planSummary(everyKind)).toEqual(summarizePlan(everyKind).summary);
    expect(planSummary(everyKind)).toMatchObject({ destructive: ['aws_s3_bucket.state', 'kubernetes_namespace.dev', 'helm_release.jupyterhub'], output_changes: 2 });
  });

  it('does not let a sensitive value reach the hash', () => {
    const withSecret = (secret: string) =>
      summarizePlan(plan([change('terraform_data.s', ['update'], { input: 'old' }, { input: secret }, { before_sensitive: { input: true }, after_sensitive: { input: true } })]));
    expect(withSecret('hunter2').summary.hash).toBe(withSecret('correct horse').summary.hash);
  });

  it('marks outputs declared sensitive even when the change carries no mask (old formats)', () => {
    const report = summarizePlan({
      format_version: '0.1',
      output_changes: { token: { actions: ['create'], before: null, after: 'tok-123' } },
      planned_values: { outputs: { token: { sensitive: true } } },
    });
    expect(report.outputs[0]!.attributes[0]!.after!.mask).toBe('sensitive');
    expect(report.summary.tool).toBeNull();
  });

  it('detects OpenTofu from provider addresses and lets the caller say which engine ran', () => {
    const tofuPlan = plan([{ ...change('local_file.a', ['create'], null, {}), provider_name: 'registry.opentofu.org/hashicorp/local' }]);
    expect(summarizePlan(tofuPlan).summary.tool).toBe('opentofu');
    expect(summarizePlan(plan([])).summary.tool).toBe('terraform');
    expect(summarizePlan(plan([]), { tool: 'opentofu' }).summary.tool).toBe('opentofu');
  });
});

describe('data tables', () => {
  it('matches node pool suffixes and runner-local addresses without instance keys', () => {
    expect(riskOfRemoving('azurerm_kubernetes_cluster_node_pool')?.kind).toBe('OUTAGE');
    expect(riskOfRemoving('aws_eks_node_group')?.kind).toBe('OUTAGE');
    expect(riskOfRemoving('kubernetes_persistent_volume_claim')?.kind).toBe('DATA LOSS');
    expect(riskOfRemoving('aws_iam_role')).toBeNull();
    expect(findRunnerLocal('terraform_data.nebari_config')?.stage).toBe('01-terraform-state');
    expect(findRunnerLocal('module.kubernetes.local_file.kubeconfig[0]')?.stage).toBe('02-infrastructure');
    expect(findRunnerLocal('local_file.kubeconfig_backup')).toBeNull();
  });
});
