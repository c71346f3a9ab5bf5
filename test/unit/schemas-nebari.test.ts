// The two Nebari JSON Schemas against the real corpus (verdicts from
// corpus/configs/SOURCES.md) and against hand-written cases of pydantic's rules.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import nebari202210 from '../../src/config/schemas/nebari-2022.10.schema.json' with { type: 'json' };
import nebari202310 from '../../src/config/schemas/nebari-2023.10.schema.json' with { type: 'json' };
import { skippedCloudChecks } from '../../src/config/cloud-checks.js';

const corpusDir = fileURLToPath(new URL('../../../shared/corpus/configs/', import.meta.url));
const corpusPresent = existsSync(corpusDir);
if (!corpusPresent) console.warn(`schemas-nebari: corpus not found at ${corpusDir}; corpus verdict tests are skipped`);

type Config = Record<string, unknown>;

function compile(schema: object) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  return (config: unknown): { valid: boolean; errors: ErrorObject[] } => {
    const valid = validate(config);
    return { valid, errors: validate.errors ?? [] };
  };
}
const check2210 = compile(nebari202210);
const check2310 = compile(nebari202310);

function corpus(name: string): Config {
  return parse(readFileSync(`${corpusDir}${name}`, 'utf8')) as Config;
}
const upstream2401 = (name: string) => corpus(`nebari-dev__nebari__2024.1.1__tests__tests_unit__cli_validate__${name}`);
const upstream2510 = (name: string) => corpus(`nebari-dev__nebari__2025.10.1__tests__tests_unit__cli_validate__${name}`);

/** The upstream harness rewrites nebari_version of happy files to the installed release. */
function asInstalledRelease(config: Config): Config {
  return 'nebari_version' in config ? { ...config, nebari_version: '2025.10.1' } : config;
}

/** `instancePath keyword` of each error, to assert on the reason and not only the verdict. */
function reasons(errors: ErrorObject[]): string[] {
  return errors.map((error) => `${error.instancePath} ${error.keyword}`);
}

describe.skipIf(!corpusPresent)('nebari 2023.10+ schema on the upstream test fixtures', () => {
  const happy2401 = [
    'aws.happy.yaml',
    'azure.happy.yaml',
    'gcp.happy.yaml',
    'local.happy.yaml',
    'local.happy.auth0.yaml',
    'local.happy.github.yaml',
    'local.happy.project_name.with_numbers.yaml',
    'min.happy.yaml',
  ];
  const happy2510 = [
    'local.happy.yaml',
    'min.happy.certificate.yaml',
    'min.happy.jupyterlab.default_settings.yaml',
    'min.happy.jupyterlab.gallery_settings.yaml',
    'min.happy.monitoring.overrides.yaml',
  ];
  it.each(happy2401)('2024.1.1 %s is valid', (name) => {
    const result = check2310(asInstalledRelease(upstream2401(name)));
    expect(result.errors).toEqual([]);
  });
  it.each(happy2510)('2025.10.1 %s is valid', (name) => {
    const result = check2310(asInstalledRelease(upstream2510(name)));
    expect(result.errors).toEqual([]);
  });

  it('do.happy.yaml is invalid: DigitalOcean was removed in 2024.12.1', () => {
    const result = check2310(asInstalledRelease(upstream2401('do.happy.yaml')));
    expect(result.valid).toBe(false);
    expect(reasons(result.errors)).toEqual(expect.arrayContaining(['/provider enum', ' additionalProperties']));
  });

  it.each([
    ['2024.1.1', 'local.error.authentication-type-called-custom.yaml', '/security/authentication/type enum'],
    ['2025.10.1', 'local.error.authentication-type-custom.yaml', '/security/authentication/type enum'],
    ['2024.1.1', 'local.error.extra-fields.yaml', ' additionalProperties'],
    ['2025.10.1', 'local.error.extra-inputs.yaml', ' additionalProperties'],
    ['2024.1.1', 'local.error.project_name.ends_with_special.yaml', '/project_name pattern'],
    ['2024.1.1', 'local.error.project_name.starts_with_number.yaml', '/project_name pattern'],
    ['2024.1.1', 'local.error.project_name.too_long.yaml', '/project_name pattern'],
  ])('%s %s is invalid', (release, name, reason) => {
    const config = release === '2024.1.1' ? upstream2401(name) : upstream2510(name);
    const result = check2310(config);
    expect(result.valid).toBe(false);
    expect(reasons(result.errors)).toContain(reason);
  });

  it('aws.error.kubernetes-version.yaml passes the schema and its version check is reported as skipped', () => {
    const config = upstream2401('aws.error.kubernetes-version.yaml');
    expect(check2310(config).errors).toEqual([]);
    expect(skippedCloudChecks(config).map((skipped) => skipped.path)).toContain('amazon_web_services.kubernetes_version');
  });

  it('a third-party 2025.10.1 local deployment with `ci_cd.type: none` is valid', () => {
    expect(check2310(corpus('TheSenya__nebari__7c7636b__nebari-config.yaml')).errors).toEqual([]);
  });
});

describe('nebari 2023.10+ schema, hand-written cases', () => {
  const valid = (config: Config) => expect(check2310(config).errors).toEqual([]);
  const invalidAt = (config: Config, reason: string) => {
    const result = check2310(config);
    expect(result.valid).toBe(false);
    expect(reasons(result.errors)).toContain(reason);
  };

  it('every section has defaults: project_name alone is complete, and every section may be empty', () => {
    valid({ project_name: 'test' });
    const sections = [
      'ci_cd', 'terraform_state', 'external_container_reg', 'certificate', 'ingress', 'dns', 'security', 'default_images',
      'storage', 'theme', 'profiles', 'environments', 'conda_store', 'argo_workflows', 'monitoring', 'telemetry',
      'jupyterhub', 'jupyterlab', 'jhub_apps', 'ceph',
    ];
    valid(Object.fromEntries([['project_name', 'test'], ...sections.map((section) => [section, {}])]));
    invalidAt({}, ' required');
  });

  it('project_name: 3 to 16 characters, digits allowed after the first letter', () => {
    valid({ project_name: 'abc' });
    valid({ project_name: 'a-b_c1234567890z' });
    invalidAt({ project_name: 'ab' }, '/project_name pattern');
    invalidAt({ project_name: 'a-b_c1234567890zz' }, '/project_name pattern');
    invalidAt({ project_name: 'ab.c' }, '/project_name pattern');
    invalidAt({ project_name: 12345 }, '/project_name type');
  });

  it('namespace: letters, `-` and `_` only', () => {
    valid({ project_name: 'test', namespace: 'my-ns' });
    invalidAt({ project_name: 'test', namespace: 'ns1' }, '/namespace pattern');
  });

  it('unknown keys are rejected at every level except KubeSpawner and DaskWorkerProfile', () => {
    invalidAt({ project_name: 'test', certificate: { type: 'self-signed', email: 'x' } }, '/certificate additionalProperties');
    invalidAt({ project_name: 'test', theme: { jupyterhub: { hub_colour: 'red' } } }, '/theme/jupyterhub additionalProperties');
    invalidAt({ project_name: 'test', amazon_web_services: { region: 'us-east-1', kubernetes_version: '1.29', node_groups: { user: { instance: 'm5.xlarge', launch_template: {} } } } }, '/amazon_web_services/node_groups/user additionalProperties');
    valid({
      project_name: 'test',
      profiles: {
        jupyterlab: [{ display_name: 'S', description: 'small', kubespawner_override: { cpu_limit: 1, cpu_guarantee: 0.5, mem_limit: '2G', mem_guarantee: '1G', image: 'x' } }],
        dask_worker: { S: { worker_cores_limit: 1, worker_cores: 1, worker_memory_limit: '1G', worker_memory: '1G', image: 'y' } },
      },
    });
  });

  it('provider: enum of the newest release, inferred from one provider section', () => {
    invalidAt({ project_name: 'test', provider: 'do' }, '/provider enum');
    invalidAt({ project_name: 'test', provider: 'AWS' }, '/provider enum');
    valid({ project_name: 'test', provider: 'aws' });
    invalidAt({ project_name: 'test', local: {}, azure: { region: 'westeurope', storage_account_postfix: 'x' } }, ' not');
    valid({ project_name: 'test', provider: 'local', local: {}, azure: { region: 'westeurope', storage_account_postfix: 'x' } });
  });

  it('provider sections: required keys', () => {
    invalidAt({ project_name: 'test', google_cloud_platform: { region: 'us-central1', kubernetes_version: '1.29' } }, '/google_cloud_platform required');
    invalidAt({ project_name: 'test', azure: { region: 'westeurope' } }, '/azure required');
    invalidAt({ project_name: 'test', amazon_web_services: { region: 'us-east-1' } }, '/amazon_web_services required');
    valid({ project_name: 'test', amazon_web_services: { region: 'us-east-1', kubernetes_version: null } });
    valid({ project_name: 'test', google_cloud_platform: { project: 12345, region: 'us-central1', kubernetes_version: 1.29 } });
  });

  it('node groups: bounds and taints', () => {
    const aws = (group: Config) => ({ project_name: 'test', amazon_web_services: { region: 'us-east-1', kubernetes_version: '1.29', node_groups: { user: group } } });
    valid(aws({ instance: 'm5.xlarge', min_nodes: '0', max_nodes: 5.0, taints: ['dedicated=nebari:NoSchedule', { key: 'gpu', value: null, effect: 'NoExecute' }] }));
    invalidAt(aws({ instance: 'm5.xlarge', max_nodes: 0 }), '/amazon_web_services/node_groups/user/max_nodes minimum');
    invalidAt(aws({ instance: 'm5.xlarge', min_nodes: -1 }), '/amazon_web_services/node_groups/user/min_nodes minimum');
    invalidAt(aws({ instance: 'm5.xlarge', min_nodes: 1.5 }), '/amazon_web_services/node_groups/user/min_nodes type');
    invalidAt(aws({ instance: 'm5.xlarge', taints: ['dedicated=nebari:Never'] }), '/amazon_web_services/node_groups/user/taints/0 anyOf');
    invalidAt(aws({ min_nodes: 0 }), '/amazon_web_services/node_groups/user required');
  });

  it('authentication: password, GitHub or Auth0, each with its config', () => {
    valid({ project_name: 'test', security: { authentication: null } });
    valid({ project_name: 'test', security: { authentication: { type: 'password', ignored_by_nebari: 1 } } });
    invalidAt({ project_name: 'test', security: { authentication: {} } }, '/security/authentication required');
    invalidAt({ project_name: 'test', security: { authentication: { type: 'GitHub', config: { client_id: 'a' } } } }, '/security/authentication/config required');
    invalidAt({ project_name: 'test', security: { authentication: { type: 'Auth0', config: { client_id: 'a', client_secret: 'b', auth0_subdomain: 'c', extra: 1 } } } }, '/security/authentication/config additionalProperties');
  });

  it('certificate: lets-encrypt with any acme_challenge_type string', () => {
    valid({ project_name: 'test', certificate: { type: 'lets-encrypt', acme_email: 'a@b.c', acme_challenge_type: 'dns' } });
    invalidAt({ project_name: 'test', certificate: { type: 'letsencrypt' } }, '/certificate/type enum');
    invalidAt({ project_name: 'test', certificate: { type: 'existing', acme_server: null } }, '/certificate/acme_server type');
  });

  it('pydantic v2 lax scalars: no numbers for strings, whole floats and numeric strings for ints, a fixed set of strings for bools', () => {
    invalidAt({ project_name: 'test', domain: 12 }, '/domain type');
    invalidAt({ project_name: 'test', theme: { jupyterhub: { display_version: true } } }, '/theme/jupyterhub/display_version type');
    valid({ project_name: 'test', jupyterlab: { idle_culler: { kernel_cull_interval: 5.0, terminal_cull_interval: ' 7 ', kernel_cull_busy: 'Yes', kernel_cull_connected: 0 } } });
    invalidAt({ project_name: 'test', jupyterlab: { idle_culler: { kernel_cull_interval: 5.5 } } }, '/jupyterlab/idle_culler/kernel_cull_interval type');
    invalidAt({ project_name: 'test', jupyterlab: { idle_culler: { kernel_cull_interval: '5.5' } } }, '/jupyterlab/idle_culler/kernel_cull_interval pattern');
    invalidAt({ project_name: 'test', jupyterlab: { idle_culler: { kernel_cull_busy: 'maybe' } } }, '/jupyterlab/idle_culler/kernel_cull_busy pattern');
    invalidAt({ project_name: 'test', jupyterlab: { idle_culler: { kernel_cull_busy: 2 } } }, '/jupyterlab/idle_culler/kernel_cull_busy maximum');
    invalidAt({ project_name: 'test', prevent_deploy: null }, '/prevent_deploy type');
  });

  it('profiles: users and groups only with access yaml', () => {
    const profile = (extra: Config) => ({ project_name: 'test', profiles: { jupyterlab: [{ display_name: 'S', description: 's', ...extra }] } });
    valid(profile({ access: 'yaml', groups: ['admin'] }));
    valid(profile({ users: null }));
    invalidAt(profile({ groups: ['admin'] }), '/profiles/jupyterlab/0/groups type');
    invalidAt(profile({ access: 'keycloak', users: ['a'] }), '/profiles/jupyterlab/0/users type');
  });

  it('storage type: cephfs not on local, efs only on aws', () => {
    invalidAt({ project_name: 'test', storage: { type: 'cephfs' } }, ' not');
    valid({ project_name: 'test', provider: 'gcp', storage: { type: 'cephfs' } });
    invalidAt({ project_name: 'test', provider: 'gcp', storage: { type: 'efs' } }, ' anyOf');
    valid({ project_name: 'test', amazon_web_services: { region: 'us-east-1', kubernetes_version: '1.29' }, storage: { type: 'efs' } });
    invalidAt({ project_name: 'test', storage: { type: null } }, '/storage/type enum');
  });

  it('external container registry: credentials required when enabled', () => {
    valid({ project_name: 'test', external_container_reg: { enabled: false } });
    invalidAt({ project_name: 'test', external_container_reg: { enabled: 'yes', access_key_id: 'a', secret_access_key: 'b', extcr_account: ' ', extcr_region: 'r' } }, '/external_container_reg/extcr_account pattern');
  });

  it('keycloak themes: repository and branch required when enabled', () => {
    invalidAt({ project_name: 'test', security: { keycloak: { themes: { enabled: true, repository: '' } } } }, '/security/keycloak/themes/repository minLength');
    valid({ project_name: 'test', security: { keycloak: { themes: { enabled: true, repository: 'https://github.com/a/b', branch: 'main' } } } });
  });

  it('azure: resource group name and tags rules that need no cloud call', () => {
    const azure = (extra: Config) => ({ project_name: 'test', azure: { region: 'westeurope', storage_account_postfix: 'x', ...extra } });
    valid(azure({ resource_group_name: 'my-rg_(1).x', tags: { team: 'data' } }));
    invalidAt(azure({ resource_group_name: 'rg.' }), '/azure/resource_group_name pattern');
    invalidAt(azure({ resource_group_name: 'r'.repeat(72) }), '/azure/resource_group_name maxLength');
    invalidAt(azure({ tags: { 'a/b': 'x' } }), '/azure/tags pattern');
  });
});
