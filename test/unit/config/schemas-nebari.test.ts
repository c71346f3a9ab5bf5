// The two Nebari JSON Schemas against the real corpus (verdicts from
// corpus/configs/SOURCES.md) and against hand-written cases of pydantic's rules.
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { corpusConfig, describeWithCorpus } from '../../corpus/corpus.js';
import nebari202210 from '../../../src/config/schemas/nebari-2022.10.schema.json' with { type: 'json' };
import nebari202310 from '../../../src/config/schemas/nebari-2023.10.schema.json' with { type: 'json' };
import { skippedCloudChecks } from '../../../src/config/cloud-checks.js';


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
  return parse(corpusConfig(name)) as Config;
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

describeWithCorpus('nebari 2023.10+ schema on the upstream test fixtures', () => {
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
    invalidAt(aws({ instance: 'm5.xlarge', taints: ['dedicated=nebari:Never'] }), '/amazon_web_services/node_groups/user/taints/0 pattern');
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
    invalidAt({ project_name: 'test', jupyterhub: [] }, '/jupyterhub type');
  });

  it('profiles: users and groups only with access yaml', () => {
    const profile = (extra: Config) => ({ project_name: 'test', profiles: { jupyterlab: [{ display_name: 'S', description: 's', ...extra }] } });
    valid(profile({ access: 'yaml', groups: ['admin'] }));
    valid(profile({ users: null }));
    invalidAt(profile({ groups: ['admin'] }), '/profiles/jupyterlab/0/groups type');
    invalidAt(profile({ access: 'keycloak', users: ['a'] }), '/profiles/jupyterlab/0/users type');
  });

  it('storage type: cephfs not on local, efs only on aws', () => {
    invalidAt({ project_name: 'test', storage: { type: 'cephfs' } }, '/storage/type not');
    valid({ project_name: 'test', provider: 'gcp', storage: { type: 'cephfs' } });
    invalidAt({ project_name: 'test', provider: 'gcp', storage: { type: 'efs' } }, '/storage/type not');
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
    invalidAt(azure({ resource_group_name: 'r'.repeat(71) }), '/azure/resource_group_name maxLength');
    invalidAt(azure({ tags: { 'a/b': 'x' } }), '/azure/tags pattern');
  });
});

/** A complete 2023.7.2 config: every key the monolithic schema requires. */
function complete2307(overrides: Config = {}): Config {
  return {
    provider: 'local',
    project_name: 'demo',
    nebari_version: '2023.7.2',
    domain: 'demo.example.com',
    certificate: { type: 'self-signed' },
    cdsdashboards: { enabled: true },
    security: { authentication: { type: 'password' } },
    default_images: { jupyterhub: 'a', jupyterlab: 'b', dask_worker: 'c' },
    storage: { conda_store: '200Gi', shared_filesystem: '200Gi' },
    theme: { jupyterhub: { hub_title: 'Demo' } },
    local: { node_selectors: { general: { key: 'kubernetes.io/os', value: 'linux' } } },
    profiles: {
      jupyterlab: [{ display_name: 'Small', description: 'small', kubespawner_override: { cpu_limit: 2, cpu_guarantee: 1.5, mem_limit: '8G', mem_guarantee: '5G' } }],
      dask_worker: { Small: { worker_cores_limit: 2, worker_cores: 1.5, worker_memory_limit: '8G', worker_memory: '5G', worker_threads: 2 } },
    },
    environments: { 'environment-dask.yaml': { name: 'dask', channels: ['conda-forge'], dependencies: ['python=3.10', { pip: ['kbatch'] }] } },
    ...overrides,
  };
}

describeWithCorpus('nebari 2022.10-2023.7 schema on the corpus', () => {
  it('the nebari-docs complete example (2023.7.2) is invalid: no cdsdashboards, and GCP `tags` is not a key of that release', () => {
    const config = corpus('nebari-dev__nebari-docs__1b51a4a__docs__classic__explanations__advanced-configuration.md__complete-example.yaml');
    const result = check2210(config);
    expect(result.valid).toBe(false);
    expect(reasons(result.errors).sort()).toEqual([' required', '/google_cloud_platform additionalProperties']);
    expect(result.errors.find((error) => error.keyword === 'required')?.params).toEqual({ missingProperty: 'cdsdashboards' });
  });

  it('local.happy.project_name.with_numbers.yaml is invalid: the monolithic schema has no defaults', () => {
    const result = check2210(upstream2401('local.happy.project_name.with_numbers.yaml'));
    expect(result.valid).toBe(false);
    expect(reasons(result.errors)).toContain(' required');
  });

  it('the pluggable-era happy files are invalid here (sections and keys of 2023.10+)', () => {
    const result = check2210(upstream2401('local.happy.yaml'));
    expect(result.valid).toBe(false);
    const missing = result.errors.filter((error) => error.keyword === 'required').map((error) => (error.params as { missingProperty: string }).missingProperty);
    expect(missing).toEqual(expect.arrayContaining(['cdsdashboards', 'default_images', 'storage', 'profiles', 'environments']));
  });
});

describe('nebari 2022.10-2023.7 schema, hand-written cases', () => {
  const valid = (config: Config) => expect(check2210(config).errors).toEqual([]);
  const invalidAt = (config: Config, reason: string) => {
    const result = check2210(config);
    expect(result.valid).toBe(false);
    expect(reasons(result.errors)).toContain(reason);
  };

  it('a complete config is valid; nebari_version must be present', () => {
    valid(complete2307());
    const { nebari_version: _, ...withoutVersion } = complete2307();
    invalidAt(withoutVersion, ' required');
    invalidAt(complete2307({ nebari_version: 2023.7 }), '/nebari_version type');
  });

  it('unknown keys are rejected except in node groups, KubeSpawner and DaskWorkerProfile', () => {
    invalidAt(complete2307({ tf_state: {} }), ' additionalProperties');
    invalidAt(complete2307({ certificate: { type: 'lets-encrypt', acme_challenge_type: 'dns' } }), '/certificate additionalProperties');
    valid(complete2307({ digital_ocean: { region: 'nyc3', kubernetes_version: '1.24', node_groups: { user: { instance: 's-2vcpu-4gb', min_nodes: 0, max_nodes: 5, labels: {} } } } }));
  });

  it('enums: provider keeps do, authentication drops custom', () => {
    valid(complete2307({ provider: 'do' }));
    invalidAt(complete2307({ provider: 'DigitalOcean' }), '/provider enum');
    invalidAt(complete2307({ security: { authentication: { type: 'custom' } } }), '/security/authentication/type enum');
    invalidAt(complete2307({ security: { authentication: { type: 'password', config: {} } } }), '/security/authentication additionalProperties');
    invalidAt(complete2307({ security: { authentication: { type: 'GitHub' } } }), '/security/authentication required');
    invalidAt(complete2307({ ci_cd: { type: 'circleci', branch: 'main' } }), '/ci_cd/type enum');
  });

  it('project_name: at most 16 characters, no `-` on azure, no `aws` prefix on aws; the letters-only rule belongs to `nebari init`', () => {
    valid(complete2307({ project_name: 'my-test-1-2-3' }));
    invalidAt(complete2307({ project_name: 'abcdefghijklmnopq' }), '/project_name maxLength');
    const azure = { azure: { region: 'westeurope', kubernetes_version: '1.26', node_groups: {}, storage_account_postfix: 'x' } };
    invalidAt(complete2307({ provider: 'azure', project_name: 'my-demo', ...azure }), '/project_name not');
    valid(complete2307({ provider: 'azure', project_name: 'mydemo', ...azure }));
    invalidAt(complete2307({ provider: 'aws', project_name: 'awsdemo' }), '/project_name not');
  });

  it('pydantic v1 lax scalars: numbers and booleans pass as strings, floats truncate to ints', () => {
    valid(complete2307({ domain: 12, theme: { jupyterhub: { display_version: true, extra_css: ['a'] } }, namespace: true }));
    invalidAt(complete2307({ namespace: 'dev1' }), '/namespace pattern');
    invalidAt(complete2307({ cdsdashboards: { enabled: 'sometimes' } }), '/cdsdashboards/enabled pattern');
    invalidAt(complete2307({ theme: { jupyterhub: { logo: { url: 'x' } } } }), '/theme/jupyterhub/logo type');
  });

  it('pydantic v1 calls dict() on mappings: [] and "" pass where nothing is required', () => {
    valid(complete2307({ storage: [], security: { authentication: { type: 'password' }, keycloak: '' }, jupyterhub: [] }));
    invalidAt(complete2307({ storage: 'big' }), '/storage anyOf');
    invalidAt(complete2307({ certificate: [] }), '/certificate type');
  });

  it('profiles: users and groups only with access yaml; integer CPU', () => {
    const profile = (extra: Config) => complete2307({ profiles: { jupyterlab: [{ display_name: 'S', description: 's', ...extra }], dask_worker: {} } });
    valid(profile({ access: 'yaml', users: ['a'] }));
    invalidAt(profile({ groups: ['admin'] }), '/profiles/jupyterlab/0/groups type');
    invalidAt(profile({ kubespawner_override: { cpu_limit: '1.5', cpu_guarantee: 1, mem_limit: '1G', mem_guarantee: '1G' } }), '/profiles/jupyterlab/0/kubespawner_override/cpu_limit pattern');
  });

  it('guest accelerators need a string name and an integer count', () => {
    const gcp = (accelerator: Config) => complete2307({
      google_cloud_platform: { project: 'p', region: 'us-central1', kubernetes_version: '1.26', node_groups: { gpu: { instance: 'n1', min_nodes: 0, max_nodes: 1, guest_accelerators: [accelerator] } } },
    });
    valid(gcp({ name: 'nvidia-tesla-t4', count: 1 }));
    invalidAt(gcp({ name: 'nvidia-tesla-t4', count: '1' }), '/google_cloud_platform/node_groups/gpu/guest_accelerators/0/count type');
    invalidAt(gcp({ name: 'nvidia-tesla-t4' }), '/google_cloud_platform/node_groups/gpu/guest_accelerators/0 required');
  });
});

describe('skippedCloudChecks', () => {
  const paths = (config: unknown) => skippedCloudChecks(config).map((check) => check.path);

  it('local, existing and unreadable configs need no cloud call', () => {
    expect(skippedCloudChecks({ project_name: 'test' })).toEqual([]);
    expect(skippedCloudChecks({ project_name: 'test', provider: 'existing', existing: { kube_context: 'x' } })).toEqual([]);
    expect(skippedCloudChecks(null)).toEqual([]);
    expect(skippedCloudChecks(['amazon_web_services'])).toEqual([]);
  });

  it('aws: credentials, region, version, zones, each written node group and the KMS key', () => {
    const config = {
      project_name: 'test',
      amazon_web_services: { region: 'eu-west-1', kubernetes_version: '1.29', availability_zones: ['eu-west-1a'], eks_kms_arn: 'arn:aws:kms:x', node_groups: { user: { instance: 'm5.xlarge' }, worker: { instance: 'm5.2xlarge' } } },
    };
    expect(paths(config)).toEqual([
      'amazon_web_services',
      'amazon_web_services.region',
      'amazon_web_services.kubernetes_version',
      'amazon_web_services.availability_zones',
      'amazon_web_services.node_groups.user.instance',
      'amazon_web_services.node_groups.worker.instance',
      'amazon_web_services.eks_kms_arn',
    ]);
    const [, region, version, , instance] = skippedCloudChecks(config);
    expect(region!.description).toContain('`eu-west-1`');
    expect(version!.description).toContain('Kubernetes `1.29`');
    expect(instance!.description).toContain('`m5.xlarge`');
  });

  it('aws without version or zones: Nebari picks them from the cloud', () => {
    const checks = skippedCloudChecks({ project_name: 'test', amazon_web_services: { region: 'us-east-1', kubernetes_version: null } });
    expect(checks.map((check) => check.path)).not.toContain('amazon_web_services.eks_kms_arn');
    expect(checks.find((check) => check.path === 'amazon_web_services.kubernetes_version')!.description).toMatch(/newest/);
    expect(checks.find((check) => check.path === 'amazon_web_services.availability_zones')!.description).toMatch(/first two zones/);
  });

  it('gcp: credentials, region, version prefix and machine types', () => {
    expect(paths({ project_name: 'test', provider: 'gcp', google_cloud_platform: { project: 'p', region: 'us-central1', kubernetes_version: '1.29', node_groups: { general: { instance: 'e2-standard-8' } } } })).toEqual([
      'google_cloud_platform',
      'google_cloud_platform.region',
      'google_cloud_platform.kubernetes_version',
      'google_cloud_platform.node_groups.general.instance',
    ]);
  });

  it('azure: credentials always, the version only when written', () => {
    expect(paths({ project_name: 'test', azure: { region: 'westeurope', storage_account_postfix: 'x' } })).toEqual(['azure']);
    expect(paths({ project_name: 'test', azure: { region: 'westeurope', storage_account_postfix: 'x', kubernetes_version: null } })).toEqual(['azure', 'azure.kubernetes_version']);
  });

  it('every provider section written is checked, whichever provider is selected', () => {
    const config = { project_name: 'test', provider: 'local', azure: { region: 'r', storage_account_postfix: 'x' }, google_cloud_platform: { project: 'p', region: 'r', kubernetes_version: '1' } };
    expect(paths(config)).toEqual(['google_cloud_platform', 'google_cloud_platform.region', 'google_cloud_platform.kubernetes_version', 'azure']);
  });
});
