// The PR's config changes (base vs head, environment files merged) with file:line, and their
// links to the planned leaves that carry them.
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { configChangesBetween } from '../../../src/config/changes.js';
import { buildComment, buildJobSummary, type CommentInput } from '../../../src/report/comment.js';
import { explains } from '../../../src/report/config-links.js';
import type { RootOutcome } from '../../../src/terraform/outcome.js';
import { summarizePlan } from '../../../src/terraform/summary.js';

const config = (tag: string, cpu: number, secret: string, title: string) => `project_name: demo
provider: local
default_images:
  jupyterhub: quay.io/nebari/nebari-jupyterhub:${tag}
  jupyterlab: quay.io/nebari/nebari-jupyterlab:2022.10.1
theme:
  jupyterhub:
    hub_title: ${title}
security:
  authentication:
    type: GitHub
    config:
      client_id: demo
      client_secret: ${secret}
profiles:
  jupyterlab:
  - display_name: Small
    kubespawner_override:
      cpu_limit: 1
  - display_name: Medium
    kubespawner_override:
      cpu_limit: ${cpu}
`;

const environment = (pin: string) => `name: dask\nchannels: [conda-forge]\ndependencies:\n  - python\n  - dask==${pin}\n`;

const base = { config: { bytes: config('2022.10.1', 2, 'CANARY-old', 'Demo'), file: 'qhub-config.yaml' }, environmentFiles: [{ bytes: environment('2022.1.0'), file: 'environments/environment-dask.yaml' }] };
const head = { config: { bytes: config('2023.1.1', 4, 'CANARY-new', 'Demo hub'), file: 'qhub-config.yaml' }, environmentFiles: [{ bytes: environment('2023.1.0'), file: 'environments/environment-dask.yaml' }] };

const values = (tag: string, cpu: number) =>
  stringify({ hub: { image: { name: 'quay.io/nebari/nebari-jupyterhub', tag } }, singleuser: { profileList: [{ display_name: 'Small', kubespawner_override: { cpu_limit: 1 } }, { display_name: 'Medium', kubespawner_override: { cpu_limit: cpu } }] } });

const roots: RootOutcome[] = [
  {
    status: 'planned',
    root: '07-kubernetes-services',
    planFile: null,
    warnings: [],
    report: summarizePlan({
      format_version: '1.2',
      resource_changes: [
        {
          address: 'module.jupyterhub.helm_release.jupyterhub',
          type: 'helm_release',
          change: { actions: ['update'], before: { values: [values('2022.10.1', 2)] }, after: { values: [values('2023.1.1', 4)] }, after_unknown: {}, before_sensitive: {}, after_sensitive: {} },
        },
      ] as never,
    }),
  },
];

describe('configChangesBetween', () => {
  it('lists the changed leaves with file and line, environment files included, secrets without values', () => {
    const changes = configChangesBetween(base, head)!;
    expect(changes.map(({ path, file, line, before, after, secret }) => ({ path, file, line, before, after, secret }))).toEqual([
      { path: 'default_images.jupyterhub', file: 'qhub-config.yaml', line: 4, before: 'quay.io/nebari/nebari-jupyterhub:2022.10.1', after: 'quay.io/nebari/nebari-jupyterhub:2023.1.1', secret: false },
      { path: 'theme.jupyterhub.hub_title', file: 'qhub-config.yaml', line: 8, before: 'Demo', after: 'Demo hub', secret: false },
      { path: 'security.authentication.config.client_secret', file: 'qhub-config.yaml', line: 14, before: undefined, after: undefined, secret: true },
      { path: 'profiles.jupyterlab[1].kubespawner_override.cpu_limit', file: 'qhub-config.yaml', line: 22, before: 2, after: 4, secret: false },
      { path: 'environments.environment-dask.yaml.dependencies[1]', file: 'environments/environment-dask.yaml', line: 5, before: 'dask==2022.1.0', after: 'dask==2023.1.0', secret: false },
    ]);
  });

  it('folds a new environment file after its first leaves, and names the file for each', () => {
    const big = `name: big\nchannels: [conda-forge]\ndependencies:\n${Array.from({ length: 20 }, (_, index) => `  - package${index}==1.0`).join('\n')}\n`;
    const changes = configChangesBetween(base, { ...head, environmentFiles: [...head.environmentFiles, { bytes: big, file: 'environments/environment-big.yaml' }] })!;
    const added = changes.filter((change) => change.subtree === 'environments.environment-big.yaml');
    expect(added).toHaveLength(22);
    expect(added.every((change) => change.file === 'environments/environment-big.yaml')).toBe(true);
    expect(added[3]).toMatchObject({ path: 'environments.environment-big.yaml.dependencies[1]', line: 5, before: undefined, after: 'package1==1.0' });
    const body = buildComment({ marker: { deployment: 'deploy/prod', config: 'qhub-config.yaml', planHash: null, kind: 'plan' }, title: 'Plan', configChanges: changes });
    expect(body).toContain('- `environments.environment-big.yaml.dependencies[5]` (`environments/environment-big.yaml:9`): (none) → `"package5==1.0"`');
    expect(body).not.toContain('dependencies[6]`');
    expect(body).toContain('- … 14 more values added under `environments.environment-big.yaml`');
  });

  it('is null when a side cannot be read (validation says why)', () => {
    expect(configChangesBetween({ ...base, config: { bytes: 'a: [', file: 'x' } }, head)).toBeNull();
  });
});

describe('linking config changes to planned leaves', () => {
  const change = { path: 'profiles.jupyterlab[1].kubespawner_override.cpu_limit', key: 'cpu_limit', file: 'qhub-config.yaml', line: 22, column: 7, before: 2, after: 4, secret: false, subtree: null };

  it('needs the new value (and the old one, when both have one) under a related key, unless the value is distinctive', () => {
    expect(explains(change, { key: 'cpu_limit', before: 2, after: 4 })).toBe(true);
    expect(explains(change, { key: 'cpuLimit', before: 2, after: '4' })).toBe(true);
    expect(explains(change, { key: 'mem_limit', before: 2, after: 4 })).toBe(false);
    expect(explains(change, { key: 'cpu_limit', before: 1, after: 4 })).toBe(false);
    expect(explains(change, { key: 'cpu_limit', before: 2, after: 5 })).toBe(false);
    const image = { ...change, key: 'jupyterhub', before: 'quay.io/a/hub:2022.10.1', after: 'quay.io/a/hub:2023.1.1' };
    expect(explains(image, { key: 'tag', before: '2022.10.1', after: '2023.1.1' })).toBe(true);
    expect(explains(image, { key: 'image', before: 'quay.io/a/hub:2022.10.1', after: 'quay.io/a/hub:2023.1.1' })).toBe(true);
    expect(explains(image, { key: 'tag', before: '2022.10.1', after: '2024.1.1' })).toBe(false);
    expect(explains({ ...change, secret: true, before: undefined, after: undefined }, { key: 'cpu_limit', before: 2, after: 4 })).toBe(false);
  });

  it('links a JSON manifest leaf and a changed line of a config file too', () => {
    const text = (uid: number) => ['import logging', 'c.CondaStore.store_directory = "/data"', `c.CondaStore.default_uid = ${uid}`, 'c.CondaStore.default_gid = 100'].join('\n');
    const manifest = (replicas: number) => JSON.stringify({ kind: 'Deployment', spec: { replicas } });
    const report = summarizePlan({
      format_version: '1.2',
      resource_changes: [
        { address: 'kubernetes_config_map.conda_store', type: 'kubernetes_config_map', change: { actions: ['update'], before: { data: { 'conda_store_config.py': text(1000) } }, after: { data: { 'conda_store_config.py': text(1001) } } } },
        { address: 'kubernetes_manifest.worker', type: 'kubernetes_manifest', change: { actions: ['update'], before: { manifest: manifest(1) }, after: { manifest: manifest(3) } } },
      ] as never,
    });
    const changes = [
      { path: 'conda_store.extra_settings.CondaStore.default_uid', key: 'default_uid', file: 'qhub-config.yaml', line: 30, column: 7, before: 1000, after: 1001, secret: false, subtree: null },
      { path: 'conda_store.worker.replicas', key: 'replicas', file: 'qhub-config.yaml', line: 33, column: 7, before: 1, after: 3, secret: false, subtree: null },
    ];
    const body = buildComment({ marker: { deployment: 'deploy/prod', config: 'qhub-config.yaml', planHash: 'sha256:abc', kind: 'plan' }, title: 'Plan', configChanges: changes, plan: { roots: [{ status: 'planned', root: '07-kubernetes-services', report, planFile: null, warnings: [] }], hash: 'sha256:abc' } });
    expect(body).toContain('+     c.CondaStore.default_uid = 1001   # ← conda_store.extra_settings.CondaStore.default_uid, qhub-config.yaml:30');
    expect(body).toContain('~     spec.replicas: 1 → 3   # ← conda_store.worker.replicas, qhub-config.yaml:33');
    expect(body).toContain('- `conda_store.extra_settings.CondaStore.default_uid` (`qhub-config.yaml:30`): `1000` → `1001` — changes `kubernetes_config_map.conda_store` (`07-kubernetes-services`)');
    expect(body).toContain('— changes `kubernetes_manifest.worker`');
  });

  it('opens the comment with the config changes, links each plan leaf to its config line, and lists the unlinked', () => {
    const input: CommentInput = {
      marker: { deployment: 'deploy/prod', config: 'qhub-config.yaml', planHash: 'sha256:abc', kind: 'plan' },
      title: 'Plan',
      configChanges: configChangesBetween(base, head)!,
      plan: { roots, hash: 'sha256:abc' },
    };
    for (const body of [buildComment(input), buildJobSummary(input)]) {
      expect(body).not.toContain('CANARY');
      expect(body.indexOf('### Config changes')).toBeLessThan(body.indexOf('### Plan'));
      expect(body).toContain('- `profiles.jupyterlab[1].kubespawner_override.cpu_limit` (`qhub-config.yaml:22`): `2` → `4` — changes `module.jupyterhub.helm_release.jupyterhub` (`07-kubernetes-services`)');
      expect(body).toContain('- `default_images.jupyterhub` (`qhub-config.yaml:4`): `"quay.io/nebari/nebari-jupyterhub:2022.10.1"` → `"quay.io/nebari/nebari-jupyterhub:2023.1.1"` — changes `module.jupyterhub.helm_release.jupyterhub`');
      expect(body).toContain('- `theme.jupyterhub.hub_title` (`qhub-config.yaml:8`): `"Demo"` → `"Demo hub"` — no planned change carries this value');
      expect(body).toContain('- `security.authentication.config.client_secret` (`qhub-config.yaml:14`): (sensitive, changed)');
      expect(body).toContain('(`environments/environment-dask.yaml:5`)');
      expect(body).toContain('~     singleuser.profileList[1].kubespawner_override.cpu_limit: 2 → 4   # ← profiles.jupyterlab[1].kubespawner_override.cpu_limit, qhub-config.yaml:22');
      expect(body).toContain('~     hub.image.tag: "2022.10.1" → "2023.1.1"   # ← default_images.jupyterhub, qhub-config.yaml:4');
    }
  });
});
