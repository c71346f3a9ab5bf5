// The comment's view of changed strings: YAML/JSON documents as changed leaves, other multi-line
// text as hunks, long values cut only around their difference, and no secret anywhere.
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildComment, buildJobSummary, type CommentInput } from '../../../src/report/comment.js';
import { shownPair } from '../../../src/report/string-diff.js';
import type { RootOutcome } from '../../../src/terraform/outcome.js';
import { summarizePlan } from '../../../src/terraform/summary.js';

const planned = (resource_changes: unknown[], output_changes: Record<string, unknown> = {}): RootOutcome => ({
  status: 'planned',
  root: '07-kubernetes-services',
  report: summarizePlan({ format_version: '1.2', resource_changes: resource_changes as never, output_changes: output_changes as never }),
  planFile: null,
  warnings: [],
});

const input = (roots: RootOutcome[]): CommentInput => ({
  marker: { deployment: 'deploy/prod', config: 'qhub-config.yaml', planHash: 'sha256:abc', kind: 'plan' },
  title: 'Plan',
  plan: { roots, hash: 'sha256:abc' },
});

const update = (address: string, before: unknown, after: unknown, sensitive: { before?: unknown; after?: unknown } = {}) => ({
  address,
  type: address.split('.')[0],
  change: { actions: ['update'], before, after, after_unknown: {}, before_sensitive: sensitive.before ?? {}, after_sensitive: sensitive.after ?? {} },
});

/** A helm values document the size of QHub's: the two changed leaves sit far behind 300 characters. */
function helmValues(tag: string, cpu: number): string {
  return stringify({
    hub: { image: { name: 'quay.io/nebari/nebari-jupyterhub', tag }, config: { JupyterHub: { authenticator_class: 'generic-oauth' } }, extraConfig: Object.fromEntries(Array.from({ length: 30 }, (_, index) => [`setting${index}`, `value number ${index}`])) },
    singleuser: { profileList: [{ display_name: 'Small', kubespawner_override: { cpu_limit: 1 } }, { display_name: 'Big', kubespawner_override: { cpu_limit: cpu, mem_limit: '8G' } }] },
  });
}

describe('changed strings in the comment', () => {
  it('shows the changed leaves of a YAML values string, a JSON manifest and the changed line of a config file', () => {
    const python = (uid: number) => ['import os', 'c.CondaStore.storage_class = "local"', 'c.CondaStore.store_directory = "/data"', `c.CondaStore.default_uid = ${uid}`, 'c.CondaStore.default_gid = 100', 'c.CondaStore.build_artifacts = ["logs"]', 'c.S3Storage.bucket = "conda"'].join('\n');
    const manifest = (replicas: number) => JSON.stringify({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' }, spec: { replicas, template: { spec: { containers: [{ image: 'busybox' }] } } } });
    const body = buildComment(
      input([
        planned([
          update('helm_release.jupyterhub', { values: [helmValues('2022.10.1', 2)] }, { values: [helmValues('2023.1.1', 4)] }),
          update('kubernetes_manifest.deployment', { manifest: manifest(1) }, { manifest: manifest(3) }),
          update('kubernetes_config_map.conda_store', { data: { 'conda_store_config.py': python(1000) } }, { data: { 'conda_store_config.py': python(1001) } }),
        ]),
      ]),
    );
    expect(body).toContain('~ values[0]: YAML document, 2 values changed, 36 unchanged');
    expect(body).toContain('~     hub.image.tag: "2022.10.1" → "2023.1.1"');
    expect(body).toContain('~     singleuser.profileList[1].kubespawner_override.cpu_limit: 2 → 4');
    expect(body).toContain('~ manifest: JSON document, 1 value changed, 4 unchanged');
    expect(body).toContain('~     spec.replicas: 1 → 3');
    expect(body).toContain('~ data["conda_store_config.py"]: text, 1 line removed, 1 line added, 6 unchanged');
    expect(body).toContain(['      @@ -2,5 +2,5 @@', '      c.CondaStore.storage_class = "local"', '      c.CondaStore.store_directory = "/data"', '-     c.CondaStore.default_uid = 1000', '+     c.CondaStore.default_uid = 1001', '      c.CondaStore.default_gid = 100', '      c.CondaStore.build_artifacts = ["logs"]'].join('\n'));
    // Never the whole string, never the old "(N more characters)" cut.
    expect(body).not.toContain('more characters');
    expect(body).not.toContain('setting29');
  });

  it('says when a document kept its values and only its text changed', () => {
    const body = buildComment(input([planned([update('kubernetes_manifest.x', { manifest: '{"a": 1, "b": [2]}' }, { manifest: '{\n  "b": [2],\n  "a": 1\n}' })])]));
    expect(body).toContain('~ manifest: JSON document, same 2 values: only its text changed (layout, key order or comments)');
  });

  it('shortens long single-line values only around the difference', () => {
    const before = `${'a'.repeat(500)}OLD${'b'.repeat(500)}`;
    const after = `${'a'.repeat(500)}NEW${'b'.repeat(500)}`;
    const [shownBefore, shownAfter] = shownPair(before, after, 300);
    expect(shownBefore).toContain('OLD');
    expect(shownAfter).toContain('NEW');
    expect(shownBefore.length).toBeLessThan(150);
    const body = buildComment(input([planned([update('terraform_data.x', { input: before }, { input: after })])]));
    expect(body).toContain('OLD');
    expect(body).toContain('NEW');
  });

  it('cuts a long one-sided value in the comment only; the job summary keeps it whole', () => {
    const long = `start ${'x'.repeat(1000)} end`;
    const roots = [planned([update('helm_release.x', { values: ['a: 1\nb: 2\n'] }, { values: [stringify({ a: 1, b: 2, script: long })] })])];
    expect(buildComment(input(roots))).toContain('more characters)');
    expect(buildJobSummary(input(roots))).toContain(`+     script: "${long}"`);
  });

  it('folds large added subtrees and counts what the comment leaves out', () => {
    const big = Object.fromEntries(Array.from({ length: 50 }, (_, index) => [`k${index}`, index]));
    const body = buildComment(input([planned([update('helm_release.x', { values: ['a: 1\nb: 2\n'] }, { values: [stringify({ a: 1, b: 2, added: big })] })])]));
    expect(body).toContain('+     added.k7: 7');
    expect(body).not.toContain('added.k8:');
    expect(body).toContain('+     … 42 more values under added');
    const summary = buildJobSummary(input([planned([update('helm_release.x', { values: ['a: 1\nb: 2\n'] }, { values: [stringify({ a: 1, b: 2, added: big })] })])]));
    expect(summary).toContain('added.k49: 49');
  });
});

describe('values that become known after apply', () => {
  it('show their old leaves once, without a "+ … = null" for each', () => {
    const change = { address: 'terraform_data.x', type: 'terraform_data', change: { actions: ['update'], before: { output: { a: 'x', b: 'y' } }, after: { output: null }, after_unknown: { output: true } } };
    const body = buildComment(input([planned([change])]));
    expect(body).toContain('+ output = (known after apply)\n- output.a = "x"\n- output.b = "y"\n```');
  });
});

describe('the comment budget', () => {
  it('leaves out unchanged context lines before whole entries, and says so', () => {
    const text = (changed: string) => Array.from({ length: 40 }, (_, index) => (index % 10 === 5 ? `line ${index} ${changed}` : `line ${index} the same long unchanged context text`)).join('\n');
    const resources = Array.from({ length: 12 }, (_, index) => update(`kubernetes_config_map.cm${index}`, { data: { 'a.py': text('old') } }, { data: { 'a.py': text(`new-${index}`) } }));
    const roots = [planned(resources)];
    const full = buildComment(input(roots));
    expect(full).toContain('line 4 the same');
    const limit = full.length - 500;
    const body = buildComment(input(roots), limit);
    expect(body.length).toBeLessThanOrEqual(limit);
    expect(body).not.toContain('line 4 the same');
    for (let index = 0; index < 12; index++) expect(body).toContain(`+     line 35 new-${index}`);
    expect(body).toContain('Left out to stay within GitHub’s');
    expect(body).toContain(': the unchanged lines around changed lines. The full plan');
    // Without context, each changed line keeps its true line number.
    expect(body).toContain('      @@ -36,1 +36,1 @@\n-     line 35 old\n+     line 35 new-0');
    const tight = buildComment(input(roots), Math.floor(limit / 4));
    expect(tight).toMatch(/the unchanged lines around changed lines, \d+ entries\./);
  });
});

describe('no canary anywhere', () => {
  const CANARY = 'CANARY-7f3a';
  const canary = (where: string) => `${CANARY}-${where}`;

  it('in sensitive attributes, secret-looking keys of documents, added/removed subtrees, streams, text lines and outputs', () => {
    const yamlWithSecrets = (version: string, side: string) =>
      stringify({
        version,
        hub: { config: { GenericOAuthenticator: { client_secret: canary(`client-secret-${side}`), client_id: 'hub' } }, apiToken: canary(`api-token-${side}`) },
        auth: { secrets: { nested: { list: [canary(`nested-list-${side}`)] } } },
        ...(side === 'after' ? { added: { password: canary('added-password'), plain: 'visible-added' } } : { removed: { token: canary('removed-token'), plain: 'visible-removed' } }),
      });
    const stream = (side: string) => `kind: Secret\nstringData:\n  password: ${canary(`stream-${side}`)}\n---\nkind: ConfigMap\ndata:\n  version: ${side}\n`;
    const json = (side: string) => JSON.stringify({ spec: { replicas: side === 'before' ? 1 : 2, credentials: { key: canary(`json-${side}`) }, token: canary(`json-token-${side}`) } });
    const text = (side: string) => ['import os', `c.GenericOAuthenticator.client_secret = "${canary(`python-${side}`)}"`, `DB_PASSWORD: ${canary(`env-${side}`)}`, `c.Spawner.version = "${side}"`].join('\n');
    const sensitiveYaml = (side: string) => `a: 1\nb: ${canary(`sensitive-yaml-${side}`)}\nversion: ${side}\n`;
    const roots = [
      planned(
        [
          update('helm_release.jupyterhub', { values: [yamlWithSecrets('1', 'before')] }, { values: [yamlWithSecrets('2', 'after')] }),
          update('kubectl_manifest.secret', { yaml_body: stream('before') }, { yaml_body: stream('after') }),
          update('kubernetes_manifest.x', { manifest: json('before') }, { manifest: json('after') }),
          update('kubernetes_config_map.hub', { data: { 'jupyterhub_config.py': text('before') } }, { data: { 'jupyterhub_config.py': text('after') } }),
          update('helm_release.sensitive', { values: [sensitiveYaml('before')] }, { values: [sensitiveYaml('after')] }, { before: { values: [true] }, after: { values: [true] } }),
          update('kubernetes_secret.whole', { data: sensitiveYaml('before') }, { data: sensitiveYaml('after') }, { before: true, after: true }),
        ],
        { kubeconfig: { actions: ['update'], before: sensitiveYaml('before'), after: sensitiveYaml('after'), before_sensitive: true, after_sensitive: true } },
      ),
    ];
    for (const body of [buildComment(input(roots)), buildJobSummary(input(roots))]) {
      expect(body).not.toContain(CANARY);
      // The changes are still there, as changes.
      expect(body).toContain('hub.config.GenericOAuthenticator.client_secret: (sensitive, changed)');
      expect(body).toContain('added.password: (sensitive, added)');
      expect(body).toContain('removed.token: (sensitive, removed)');
      expect(body).toContain('visible-added');
      expect(body).toContain('spec.replicas: 1 → 2');
      expect(body).toContain('c.GenericOAuthenticator.client_secret = (sensitive)');
      expect(body).toContain('[0].stringData.password: (sensitive, changed)');
    }
  });
});

describe('property: a canary under a secret-looking key never shows', () => {
  const keys = fc.constantFrom('alpha', 'image', 'cpu_limit', 'config', 'items');
  const scalar = fc.oneof(fc.integer({ min: 0, max: 9 }), fc.constantFrom('x', 'y', true, null));
  const { document } = fc.letrec((tie) => ({
    document: fc.dictionary(keys, tie('node'), { minKeys: 1, maxKeys: 3 }),
    node: fc.oneof({ depthSize: 'small' }, scalar, tie('document'), fc.array(tie('node'), { minLength: 1, maxLength: 3 })),
  }));
  const secretKey = fc.constantFrom('password', 'client_secret', 'apiToken', 'token', 'secret', 'db_password', 'api_key', 'privateKey');

  /** Puts `value` under `key` in the first mapping found along `choices` (the root when none). */
  function plant(root: Record<string, unknown>, choices: number[], key: string, value: unknown): void {
    let mapping = root;
    for (const choice of choices) {
      const children = Object.values(mapping).flatMap((child) => (Array.isArray(child) ? child : [child])).filter((child): child is Record<string, unknown> => typeof child === 'object' && child !== null && !Array.isArray(child));
      if (children.length === 0) break;
      mapping = children[choice % children.length]!;
    }
    mapping[key] = value;
  }

  it('in changed, added and removed JSON/YAML documents, as a leaf or a whole subtree', () => {
    fc.assert(
      fc.property(document, fc.array(fc.nat(), { maxLength: 4 }), secretKey, fc.boolean(), fc.constantFrom('json', 'yaml'), fc.constantFrom('update', 'create', 'delete'), (original, choices, key, asSubtree, format, action) => {
        const before = structuredClone(original) as Record<string, unknown>;
        const after = structuredClone(original) as Record<string, unknown>;
        plant(before, choices, key, asSubtree ? { nested: ['CANARY-before'] } : 'CANARY-before');
        plant(after, choices, key, 'CANARY-after');
        after.version = 2;
        const text = (value: unknown) => (format === 'json' ? JSON.stringify(value) : stringify(value));
        const change = {
          address: 'helm_release.x',
          type: 'helm_release',
          change: { actions: [action], before: action === 'create' ? null : { values: [text(before)] }, after: action === 'delete' ? null : { values: [text(after)] } },
        };
        const roots = [planned([change])];
        for (const body of [buildComment(input(roots)), buildJobSummary(input(roots))]) expect(body).not.toContain('CANARY');
      }),
      { numRuns: 300 },
    );
  });
});
