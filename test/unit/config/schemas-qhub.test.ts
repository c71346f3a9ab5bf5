// The three QHub JSON Schemas (0.3.11, 0.3.12–0.3.14, 0.4.x) against the real corpus
// (verdicts from corpus/configs/SOURCES.md) and against hand-written cases of
// pydantic v1's rules as qhub/schema.py used them at each tag.
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { corpusConfig, describeWithCorpus } from '../../corpus/corpus.js';
import qhub0311 from '../../../src/config/schemas/qhub-0.3.11.schema.json' with { type: 'json' };
import qhub0312 from '../../../src/config/schemas/qhub-0.3.12.schema.json' with { type: 'json' };
import qhub04 from '../../../src/config/schemas/qhub-0.4.schema.json' with { type: 'json' };


type Config = Record<string, unknown>;
type Check = (config: unknown) => { valid: boolean; errors: ErrorObject[] };

function compile(schema: object): Check {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  return (config) => {
    const valid = validate(config);
    return { valid, errors: validate.errors ?? [] };
  };
}
const check0311 = compile(qhub0311);
const check0312 = compile(qhub0312);
const check04 = compile(qhub04);

/**
 * Errors that only summarise others: an `if` whose then/else failed, a union that
 * failed, and the losing `[]`/`""` branch of a Dict field's union.
 */
function isSummary(error: ErrorObject): boolean {
  return error.keyword === 'if' || error.keyword === 'anyOf' || error.schemaPath.endsWith('/empty_dict_input/enum');
}

/** `instancePath keyword detail` of each error, to assert on the reason and not only the verdict. */
function reasons(errors: ErrorObject[]): string[] {
  return errors.filter((error) => !isSummary(error)).map((error) => {
    const params = error.params as Record<string, unknown>;
    const detail = params.missingProperty ?? params.additionalProperty ?? '';
    return `${error.instancePath} ${error.keyword}${detail === '' ? '' : ` ${String(detail)}`}`;
  });
}

/** `check` rejects `config` for at least the `expected` reasons (others may come with them). */
function expectReasonsInclude(check: Check, config: unknown, expected: string[]): void {
  expect(reasons(check(config).errors)).toEqual(expect.arrayContaining(expected));
}

function corpus(name: string): Config {
  return parse(corpusConfig(name)) as Config;
}

describe('the schemas themselves', () => {
  it.each([
    ['qhub-0.3.11', qhub0311],
    ['qhub-0.3.12', qhub0312],
    ['qhub-0.4', qhub04],
  ])('%s compiles with no unknown keywords and carries its published $id', (family, schema) => {
    const strictSchema = new Ajv2020({ strict: false, strictSchema: true });
    expect(() => strictSchema.compile(schema)).not.toThrow();
    expect(schema.$id).toBe(`https://raw.githubusercontent.com/qhub-gitops/qhub-gitops/v1/src/config/schemas/${family}.schema.json`);
  });

  it.each([
    ['qhub-0.3.11', qhub0311],
    ['qhub-0.3.12', qhub0312],
    ['qhub-0.4', qhub04],
  ])('%s: every pydantic model definition is titled with its model name and described', (_family, schema) => {
    const models = Object.entries(schema.$defs as Record<string, { title?: string; description?: string }>).filter(([name]) => /^[A-Z]/.test(name));
    expect(models.length).toBeGreaterThan(20);
    for (const [name, definition] of models) {
      expect(definition.title, name).toBe(name);
      expect(definition.description, name).toBeTruthy();
    }
  });
});

// ---------------------------------------------------------------- corpus

describeWithCorpus('corpus verdicts (SOURCES.md)', () => {
  const linter = (commit: string) => corpus(`viniciusdc__qhub-linter-test__${commit}__qhub-config.yaml`);
  const upgradeInput = (name: string) => corpus(`nebari-dev__nebari__v0.4.0__tests__qhub-config-yaml-files-for-upgrade__${name}`);

  it.each(['a35425f', '627f483'])('viniciusdc/qhub-linter-test %s is valid@0.3.11', (commit) => {
    expect(check0311(linter(commit)).errors).toEqual([]);
  });

  it('viniciusdc/qhub-linter-test 0b64a16 is invalid@0.3.11: Medium Worker lacks worker_memory', () => {
    const result = check0311(linter('0b64a16'));
    expect(reasons(result.errors)).toEqual(['/profiles/dask_worker/Medium Worker required worker_memory']);
  });

  it('viniciusdc/qhub-linter-test a35425f is invalid@0.3.12: default_images.conda_store became required', () => {
    expect(reasons(check0312(linter('a35425f')).errors)).toEqual(['/default_images required conda_store']);
  });

  it.each(['qhub-config-do-310.yaml', 'qhub-config-do-310-customauth.yaml'])('0.3.10 upgrade input %s is valid@0.3.11', (name) => {
    expect(check0311(upgradeInput(name)).errors).toEqual([]);
  });

  it.each(['qhub-config-do-310.yaml', 'qhub-config-do-310-customauth.yaml'])('0.3.10 upgrade input %s is invalid@0.3.12: conda_store image', (name) => {
    expect(reasons(check0312(upgradeInput(name)).errors)).toEqual(['/default_images required conda_store']);
  });

  it('qhub-config-do-310 is invalid@0.4: no qhub_version, and the users/groups layout is gone', () => {
    expectReasonsInclude(check04, upgradeInput('qhub-config-do-310.yaml'), [' required qhub_version', '/security additionalProperties users', '/security additionalProperties groups']);
  });

  it('qhub-config-do-310-customauth is invalid@0.4: custom authentication was removed', () => {
    expectReasonsInclude(check04, upgradeInput('qhub-config-do-310-customauth.yaml'), ['/security/authentication/type enum']);
  });

  it.each(['qhub-config-aws-310.yaml', 'qhub-config-aws-310-customauth.yaml'])('2025.10.1 upgrade input %s is invalid@0.3.11: no cdsdashboards', (name) => {
    expectReasonsInclude(check0311, corpus(`nebari-dev__nebari__2025.10.1__tests__tests_unit__qhub-config-yaml-files-for-upgrade__${name}`), [' required cdsdashboards']);
  });

  it('the v0.3.14 docs example is invalid@0.3.14: cdsdashboards, storage and default_images.dask_gateway are missing', () => {
    expectReasonsInclude(check0312, corpus('nebari-dev__nebari__v0.3.14__docs__source__installation__configuration.md__full-example.yaml'), [
      ' required cdsdashboards',
      ' required storage',
      '/default_images required dask_gateway',
    ]);
  });

  it('the v0.4.5 docs example is invalid@0.4.5: qhub_version, cdsdashboards and storage are missing', () => {
    expectReasonsInclude(check04, corpus('nebari-dev__nebari__v0.4.5__docs__source__installation__configuration.md__full-example.yaml'), [' required qhub_version', ' required cdsdashboards', ' required storage']);
  });

  it.each(['config_aws.yaml', 'config_gcp.yaml', 'config_do.yaml'])('v0.1.13 %s is invalid for every 0.3.x/0.4 schema (ci_cd is a string)', (name) => {
    const config = corpus(`nebari-dev__nebari__v0.1.13__tests__assets__${name}`);
    for (const check of [check0311, check0312, check04]) {
      expect(check(config).valid).toBe(false);
      expectReasonsInclude(check, config, ['/ci_cd type']);
    }
  });

  it.each(['config_gcp_gpu.yaml', 'config_do_additional_node_groups.yaml'])('v0.2.0 %s is invalid for 0.3.11+', (name) => {
    const config = corpus(`nebari-dev__nebari__v0.2.0__tests__assets__${name}`);
    for (const check of [check0311, check0312, check04]) expect(check(config).valid).toBe(false);
  });

  it('v0.2.0 config_do_auth0_provision is invalid@0.3.x: project_name fails namestr_regex, ci_cd is a string', () => {
    const config = corpus('nebari-dev__nebari__v0.2.0__tests__assets__config_do_auth0_provision.yaml');
    for (const check of [check0311, check0312]) {
      expectReasonsInclude(check, config, ['/project_name pattern', '/ci_cd type']);
    }
  });

  it.each([
    ['ends_with_special.yaml', check0311],
    ['starts_with_number.yaml', check0311],
    ['ends_with_special.yaml', check0312],
    ['starts_with_number.yaml', check0312],
  ])('nebari 2024.1.1 local.error.project_name.%s fails the 0.3.x regex', (name, check) => {
    expectReasonsInclude(check, corpus(`nebari-dev__nebari__2024.1.1__tests__tests_unit__cli_validate__local.error.project_name.${name}`), ['/project_name pattern']);
  });

  it('nebari 2024.1.1 local.error.project_name.too_long fails 0.3.11 only for missing keys: 0.3.x had no length limit', () => {
    const result = check0311(corpus('nebari-dev__nebari__2024.1.1__tests__tests_unit__cli_validate__local.error.project_name.too_long.yaml'));
    expect(result.valid).toBe(false);
    expect(result.errors.filter((error) => error.instancePath === '/project_name')).toEqual([]);
  });

  // Verdicts not listed in SOURCES.md: obtained by running qhub/schema.py of the tag under pydantic 1.10.
  it('tarundmsharma/qhub 2b7b955 (gcp, Auth0, remote state) is valid@0.3.11', () => {
    expect(check0311(corpus('tarundmsharma__qhub__2b7b955__qhub-config.yaml')).errors).toEqual([]);
  });
  it('viniciusdc/qhub-linter-test ffb98ee is invalid@0.3.11: a kubespawner_override without mem_guarantee', () => {
    expect(reasons(check0311(linter('ffb98ee')).errors)).toEqual([
      '/profiles/jupyterlab/1/kubespawner_override required mem_guarantee',
      '/profiles/dask_worker/Medium Worker required worker_memory',
    ]);
  });
  it('NASA-IMPACT/veda-qhub 3d04e13 (0.4.5, argo, kbatch) is valid@0.4.5', () => {
    expect(check04(corpus('NASA-IMPACT__veda-qhub__3d04e13__qhub-config.yaml')).errors).toEqual([]);
  });
  it('NASA-IMPACT/veda-qhub fdc28f4 (0.4.3) is valid@0.4.3', () => {
    expect(check04(corpus('NASA-IMPACT__veda-qhub__fdc28f4__example-config.yaml')).errors).toEqual([]);
  });
});

// ---------------------------------------------------------------- hand-written cases

const image = 'quansight/qhub-jupyterlab:v0.3.11';
const nodeSelector = () => ({ key: 'kubernetes.io/os', value: 'linux' });

/** A small valid QHub 0.3.11 config: local provider, password login. */
function config0311(): Config {
  return {
    project_name: 'demo',
    provider: 'local',
    domain: 'qhub.example.com',
    certificate: { type: 'self-signed' },
    cdsdashboards: { enabled: true, cds_hide_user_named_servers: true },
    security: {
      authentication: { type: 'password' },
      users: { alice: { uid: 1000, primary_group: 'admin' } },
      groups: { admin: { gid: 100 }, users: { gid: 101 } },
    },
    default_images: { jupyterhub: image, jupyterlab: image, dask_worker: image, dask_gateway: image },
    storage: { conda_store: '60Gi', shared_filesystem: '100Gi' },
    local: { node_selectors: { general: nodeSelector(), user: nodeSelector(), worker: nodeSelector() } },
    theme: { jupyterhub: { hub_title: 'QHub', primary_color: '#4f4173' } },
    profiles: {
      jupyterlab: [
        {
          display_name: 'Small',
          description: '1 CPU / 2 GB',
          default: true,
          kubespawner_override: { cpu_limit: 1, cpu_guarantee: 1, mem_limit: '2G', mem_guarantee: '2G', image },
        },
      ],
      dask_worker: { 'Small Worker': { worker_cores_limit: 1, worker_cores: 1, worker_memory_limit: '2G', worker_memory: '2G', image } },
    },
    environments: {
      'environment-dask.yaml': { name: 'dask', channels: ['conda-forge'], dependencies: ['python=3.9', 'dask', { pip: ['kbatch'] }] },
    },
  };
}

/** The same config for 0.3.12–0.3.14: conda-store has its own image. */
function config0312(): Config {
  const config = config0311();
  (config.default_images as Config).conda_store = image;
  return config;
}

/** A small valid 0.4.x config for `version`; 0.4.0 still requires the dask_gateway image. */
function config04(version = '0.4.5'): Config {
  const config = config0311();
  config.qhub_version = version;
  config.security = { authentication: { type: 'password' }, keycloak: { initial_root_password: 'changeme' } };
  if (version !== '0.4.0') delete (config.default_images as Config).dask_gateway;
  return config;
}

function edit(config: Config, change: (config: Config & Record<string, any>) => void): Config {
  change(config as Config & Record<string, any>);
  return config;
}

describe('the base configs are valid', () => {
  it('0.3.11', () => expect(check0311(config0311()).errors).toEqual([]));
  it('0.3.12', () => expect(check0312(config0312()).errors).toEqual([]));
  it.each(['0.4.0', '0.4.1', '0.4.2', '0.4.3', '0.4.4', '0.4.5', '0.4.5.dev3+gabc'])('0.4 at %s', (version) => {
    expect(check04(config04(version)).errors).toEqual([]);
  });
});

const families: [string, Check, () => Config][] = [
  ['qhub-0.3.11', check0311, config0311],
  ['qhub-0.3.12', check0312, config0312],
  ['qhub-0.4', check04, () => config04()],
];

describe.each(families)('%s: pydantic v1 coercion', (_family, check, base) => {
  const kubespawner = (c: Record<string, any>) => c.profiles.jupyterlab[0].kubespawner_override;

  it.each([
    ['a float int is truncated (cpu_guarantee: 0.75)', 0.75],
    ['a numeric string int', ' 2 '],
    ['an int with underscores', '1_0'],
    ['a boolean int', true],
  ])('accepts %s', (_label, value) => {
    expect(check(edit(base(), (c) => (kubespawner(c).cpu_guarantee = value))).errors).toEqual([]);
  });

  it.each([
    ['a decimal string', '1.5'],
    ['a word', 'two'],
    ['null', null],
    ['a list', [1]],
  ])('rejects an int given as %s', (_label, value) => {
    expect(check(edit(base(), (c) => (kubespawner(c).cpu_guarantee = value))).valid).toBe(false);
  });

  it.each([true, 0, 1, 'yes', 'No', 'ON', 'off', 't', 'F', 'y', 'n', '1', 'true', 'FALSE'])('accepts bool %j', (value) => {
    expect(check(edit(base(), (c) => (c.cdsdashboards.enabled = value))).errors).toEqual([]);
  });

  it.each([2, 0.5, 'maybe', 'yes ', '', null, []])('rejects bool %j', (value) => {
    expect(check(edit(base(), (c) => (c.cdsdashboards.enabled = value))).valid).toBe(false);
  });

  it.each([42, 1.5, false])('accepts a str given as %j (pydantic calls str())', (value) => {
    expect(check(edit(base(), (c) => (c.domain = value))).errors).toEqual([]);
  });

  it.each([null, ['qhub.example.com'], { host: 'x' }])('rejects a str given as %j', (value) => {
    expect(check(edit(base(), (c) => (c.domain = value))).valid).toBe(false);
  });

  it('accepts null for an Optional field (ci_cd: null)', () => {
    expect(check(edit(base(), (c) => (c.ci_cd = null))).errors).toEqual([]);
  });

  it.each([[[]], ['']])('accepts %j for a Dict field: pydantic runs dict() on it', (value) => {
    expect(check(edit(base(), (c) => (c.storage = value))).errors).toEqual([]);
  });

  it.each([[['60Gi']], ['60Gi'], [5]])('rejects %j for a Dict field', (value) => {
    expect(check(edit(base(), (c) => (c.storage = value))).valid).toBe(false);
  });

  it('accepts a conda dependency that is a mapping of lists, rejects one that is a mapping of strings', () => {
    const environment = (c: Record<string, any>) => c.environments['environment-dask.yaml'];
    expect(check(edit(base(), (c) => environment(c).dependencies.push({ pip: ['a', 'b'] }))).errors).toEqual([]);
    expect(check(edit(base(), (c) => environment(c).dependencies.push({ pip: 'a' }))).valid).toBe(false);
  });
});

describe.each(families)('%s: structure', (_family, check, base) => {
  it('rejects an unknown top-level key (extra = forbid)', () => {
    const result = check(edit(base(), (c) => (c.domian = 'typo.example.com')));
    expect(reasons(result.errors)).toContain(' additionalProperties domian');
  });

  it('rejects an unknown key in a nested model', () => {
    const result = check(edit(base(), (c) => (c.certificate.acme_mail = 'a@example.com')));
    expect(reasons(result.errors)).toContain('/certificate additionalProperties acme_mail');
  });

  it.each([
    ['a node group', (c: Record<string, any>) => (c.local.node_selectors.general.extra = 'x'), false],
    ['a kubespawner_override', (c: Record<string, any>) => (c.profiles.jupyterlab[0].kubespawner_override.lifecycle_hooks = {}), true],
    ['a dask_worker profile', (c: Record<string, any>) => (c.profiles.dask_worker['Small Worker'].worker_threads = 2), true],
  ])('extra keys in %s: accepted only where the model says extra = allow', (_label, change, accepted) => {
    expect(check(edit(base(), change)).valid).toBe(accepted);
  });

  it('accepts extra keys in a cloud node group (NodeGroup allows extras)', () => {
    const gcp = {
      project: 'my-project',
      region: 'us-central1',
      zone: 'us-central1-c',
      availability_zones: ['us-central1-c'],
      kubernetes_version: '1.21',
      node_groups: { general: { instance: 'n1-standard-4', min_nodes: 1, max_nodes: 1, preemptible: false } },
    };
    const result = check(
      edit(base(), (c) => {
        c.provider = 'gcp';
        delete c.local;
        c.google_cloud_platform = gcp;
      }),
    );
    expect(result.errors).toEqual([]);
  });

  it('does not tie provider to its section: provider gcp with only a local section passes (render fails later)', () => {
    expect(check(edit(base(), (c) => (c.provider = 'gcp'))).errors).toEqual([]);
  });

  it('rejects a provider outside ProviderEnum', () => {
    expect(reasons(check(edit(base(), (c) => (c.provider = 'aws2'))).errors)).toContain('/provider enum');
  });

  it('rejects a certificate type outside CertificateEnum', () => {
    expect(reasons(check(edit(base(), (c) => (c.certificate.type = 'letsencrypt'))).errors)).toContain('/certificate/type enum');
  });

  it.each(['certificate', 'cdsdashboards', 'storage', 'theme', 'profiles', 'environments', 'default_images', 'security', 'domain'])(
    'rejects a config without %s',
    (key) => {
      expect(reasons(check(edit(base(), (c) => delete c[key])).errors)).toContain(` required ${key}`);
    },
  );

  it('rejects a dask_worker profile without worker_memory', () => {
    const result = check(edit(base(), (c) => delete c.profiles.dask_worker['Small Worker'].worker_memory));
    expect(reasons(result.errors)).toEqual(['/profiles/dask_worker/Small Worker required worker_memory']);
  });

  it.each(['my project', 'a', '-demo', 'demo-', 'demo1'])('namespace %j fails namestr_regex', (namespace) => {
    expect(reasons(check(edit(base(), (c) => (c.namespace = namespace))).errors)).toContain('/namespace pattern');
  });
});

describe('QHub 0.3.x project_name and qhub_version', () => {
  it.each([
    ['0.3.11', check0311, config0311],
    ['0.3.12', check0312, config0312],
  ] as const)('%s rejects a qhub_version key (no such field, extra = forbid)', (_version, check, base) => {
    expect(reasons(check(edit(base(), (c) => (c.qhub_version = '0.3.11'))).errors)).toEqual([' additionalProperties qhub_version']);
  });

  it.each(['my-project', 'My_Project', 'ab', true])('accepts project_name %j', (name) => {
    expect(check0311(edit(config0311(), (c) => (c.project_name = name))).errors).toEqual([]);
  });

  it.each(['project1', '1project', 'a', 'demo-', 'my project', 123])('rejects project_name %j', (name) => {
    expect(reasons(check0312(edit(config0312(), (c) => (c.project_name = name))).errors)).toContain('/project_name ' + (typeof name === 'number' ? 'type' : 'pattern'));
  });

  it('accepts a 41-character project_name: 0.3.x had no length limit', () => {
    expect(check0311(edit(config0311(), (c) => (c.project_name = 'a'.repeat(41)))).errors).toEqual([]);
  });
});

describe('QHub 0.3.11 specifics', () => {
  it('takes any mapping as authentication.config, whatever the type', () => {
    const config = edit(config0311(), (c) => (c.security.authentication.config = { anything: 1 }));
    expect(check0311(config).errors).toEqual([]);
  });

  it('requires zone and availability_zones for GCP (optional from 0.3.12)', () => {
    const gcp = { project: 'p', region: 'r', kubernetes_version: '1.21', node_groups: {} };
    const use = (base: Config) =>
      edit(base, (c) => {
        c.provider = 'gcp';
        c.google_cloud_platform = gcp;
      });
    expect(reasons(check0311(use(config0311())).errors)).toEqual(['/google_cloud_platform required zone', '/google_cloud_platform required availability_zones']);
    expect(check0312(use(config0312())).errors).toEqual([]);
  });

  it('rejects ci_cd type none (added in 0.3.12)', () => {
    const ciCd = { type: 'none', branch: 'main' };
    expect(reasons(check0311(edit(config0311(), (c) => (c.ci_cd = ciCd))).errors)).toEqual(['/ci_cd/type enum']);
    expect(check0312(edit(config0312(), (c) => (c.ci_cd = ciCd))).errors).toEqual([]);
  });
});

describe('QHub 0.3.12–0.3.14 specifics', () => {
  const auth = (authentication: unknown) => edit(config0312(), (c) => (c.security.authentication = authentication));
  const github = { client_id: 'id', client_secret: 'secret', oauth_callback_url: 'https://qhub.example.com/hub/oauth_callback' };

  it('picks the authentication model by type', () => {
    expect(check0312(auth({ type: 'GitHub', config: github })).errors).toEqual([]);
    expect(check0312(auth({ type: 'custom', authentication_class: 'my.Authenticator', config: { a: 1 } })).errors).toEqual([]);
    expect(reasons(check0312(auth({ type: 'GitHub' })).errors)).toContain('/security/authentication required config');
    expect(reasons(check0312(auth({ type: 'password', config: github })).errors)).toContain('/security/authentication additionalProperties config');
    expect(reasons(check0312(auth({ type: 'custom', config: {} })).errors)).toContain('/security/authentication required authentication_class');
    expectReasonsInclude(check0312, auth({ type: 'Auth0', config: github }), ['/security/authentication/config required scope', '/security/authentication/config required auth0_subdomain']);
    expect(reasons(check0312(auth({ type: 'github', config: github })).errors)).toEqual(['/security/authentication/type enum']);
    expect(reasons(check0312(auth({ config: github })).errors)).toEqual(['/security/authentication required type']);
  });

  it('allows one default JupyterLab profile at most, counting true and 1 but not "yes"', () => {
    const twoProfiles = (second: unknown) =>
      edit(config0312(), (c) => c.profiles.jupyterlab.push({ display_name: 'Large', description: '4 CPU', default: second }));
    expect(reasons(check0312(twoProfiles(true)).errors)).toEqual(['/profiles/jupyterlab contains']);
    expect(check0312(twoProfiles(1)).valid).toBe(false);
    expect(check0312(twoProfiles('yes')).errors).toEqual([]);
    expect(check0311(edit(config0311(), (c) => c.profiles.jupyterlab.push({ display_name: 'Large', description: 'x', default: true }))).errors).toEqual([]);
  });

  it('needs security.users to be a real mapping (QHub iterates it before coercion)', () => {
    expect(check0312(edit(config0312(), (c) => (c.security.users = []))).valid).toBe(false);
    expect(check0311(edit(config0311(), (c) => (c.security.users = []))).errors).toEqual([]);
  });

  it('checks external_container_reg: the four fields are needed, not blank, when enabled', () => {
    const registry = (value: unknown) => edit(config0312(), (c) => (c.external_container_reg = value));
    const full = { enabled: true, access_key_id: 'AKIA', secret_access_key: 's', extcr_account: '123456789012', extcr_region: 'us-west-2' };
    expect(check0312(registry(full)).errors).toEqual([]);
    expect(check0312(registry({ enabled: false })).errors).toEqual([]);
    expectReasonsInclude(check0312, registry({ enabled: 'yes' }), ['/external_container_reg required extcr_region']);
    expect(reasons(check0312(registry({ ...full, extcr_account: '  ' })).errors)).toContain('/external_container_reg/extcr_account pattern');
    expect(check0311(registry(full) as Config).valid).toBe(false);
  });

  it('knows monitoring, prefect and clearml', () => {
    const config = edit(config0312(), (c) => {
      c.monitoring = { enabled: true };
      c.prefect = { enabled: false, overrides: { a: 1 } };
      c.clearml = { enabled: 'false', enable_forward_auth: 0 };
    });
    expect(check0312(config).errors).toEqual([]);
  });
});

describe('QHub 0.4.x', () => {
  it('requires qhub_version, as a string', () => {
    expect(reasons(check04(edit(config04(), (c) => delete c.qhub_version)).errors)).toEqual([' required qhub_version']);
    expect(reasons(check04(edit(config04(), (c) => (c.qhub_version = 0.4))).errors)).toContain('/qhub_version type');
  });

  it('has no users/groups under security and no custom authentication', () => {
    expect(reasons(check04(edit(config04(), (c) => (c.security.users = {}))).errors)).toEqual(['/security additionalProperties users']);
    const custom = { type: 'custom', authentication_class: 'x', config: {} };
    expect(reasons(check04(edit(config04(), (c) => (c.security.authentication = custom))).errors)).toEqual(['/security/authentication/type enum']);
  });

  it('takes GitHub and Auth0 configs without oauth_callback_url and scope', () => {
    const github = { type: 'GitHub', config: { client_id: 'id', client_secret: 's' } };
    expect(check04(edit(config04(), (c) => (c.security.authentication = github))).errors).toEqual([]);
    const withCallback = { type: 'GitHub', config: { client_id: 'id', client_secret: 's', oauth_callback_url: 'https://x' } };
    expect(reasons(check04(edit(config04(), (c) => (c.security.authentication = withCallback))).errors)).toEqual([
      '/security/authentication/config additionalProperties oauth_callback_url',
    ]);
  });

  it('requires default_images.dask_gateway in 0.4.0 and rejects it from 0.4.1', () => {
    expect(reasons(check04(edit(config04('0.4.0'), (c) => delete c.default_images.dask_gateway)).errors)).toEqual(['/default_images required dask_gateway']);
    expect(reasons(check04(edit(config04('0.4.1'), (c) => (c.default_images.dask_gateway = image))).errors)).toEqual([
      '/default_images additionalProperties dask_gateway',
    ]);
  });

  it('0.4.0 checks project_name with namestr_regex; 0.4.1+ checks length and provider rules instead', () => {
    const named = (version: string, name: unknown, provider = 'local') =>
      check04(
        edit(config04(version), (c) => {
          c.project_name = name;
          c.provider = provider;
        }),
      );
    expect(reasons(named('0.4.0', 'demo1').errors)).toEqual(['/project_name pattern']);
    expect(named('0.4.5', 'demo1').errors).toEqual([]);
    expect(named('0.4.5', 'x'.repeat(16)).errors).toEqual([]);
    expect(reasons(named('0.4.5', 'x'.repeat(17)).errors)).toEqual(['/project_name maxLength']);
    expect(reasons(named('0.4.5', 12345678901234567).errors)).toEqual(['/project_name exclusiveMaximum']);
    expect(reasons(named('0.4.5', 'my-demo', 'azure').errors)).toContain('/project_name pattern');
    expect(reasons(named('0.4.5', 'awsdemo', 'aws').errors)).toContain('/project_name pattern');
    expect(named('0.4.0', 'awsdemo', 'aws').errors.filter((e) => e.instancePath === '/project_name')).toEqual([]);
  });

  it('0.4.1+ lets a profile name users or groups only with access: yaml', () => {
    const restricted = (version: string, access?: string) =>
      check04(
        edit(config04(version), (c) => {
          c.profiles.jupyterlab[0].groups = ['admin'];
          if (access) c.profiles.jupyterlab[0].access = access;
        }),
      );
    expect(restricted('0.4.5', 'yaml').errors).toEqual([]);
    expect(reasons(restricted('0.4.5').errors)).toEqual(['/profiles/jupyterlab/0/groups type']);
    expect(reasons(restricted('0.4.5', 'keycloak').errors)).toEqual(['/profiles/jupyterlab/0/groups type']);
    expect(restricted('0.4.0').errors).toEqual([]);
    expect(reasons(restricted('0.4.0', 'yaml').errors)).toEqual(['/profiles/jupyterlab/0 additionalProperties access']);
  });

  it('0.4.0 allows one default profile at most; from 0.4.1 the check no longer fires', () => {
    const twoDefaults = (version: string) =>
      edit(config04(version), (c) => c.profiles.jupyterlab.push({ display_name: 'Large', description: 'x', default: true }));
    expect(reasons(check04(twoDefaults('0.4.0')).errors)).toEqual(['/profiles/jupyterlab contains']);
    expect(check04(twoDefaults('0.4.1')).errors).toEqual([]);
  });

  it.each([
    ['ingress', '0.4.0', '0.4.1', { terraform_overrides: { a: 1 } }],
    ['argo_workflows', '0.4.2', '0.4.3', { enabled: true }],
    ['kbatch', '0.4.2', '0.4.3', { enabled: true }],
    ['conda_store', '0.4.3', '0.4.4', { image_tag: 'v0.4.11' }],
    ['existing', '0.4.3', '0.4.4', { node_selectors: { general: nodeSelector() } }],
  ])('the %s block is rejected at %s (extra = forbid) and accepted from %s', (key, before, since, value) => {
    expect(reasons(check04(edit(config04(before), (c) => (c[key] = value))).errors)).toEqual([` additionalProperties ${key}`]);
    expect(check04(edit(config04(since), (c) => (c[key] = value))).errors).toEqual([]);
  });

  it('conda_store.default_namespace arrived in 0.4.5', () => {
    const condaStore = { default_namespace: 'analyst' };
    expect(reasons(check04(edit(config04('0.4.4'), (c) => (c.conda_store = condaStore))).errors)).toEqual([
      '/conda_store additionalProperties default_namespace',
    ]);
    expect(check04(edit(config04('0.4.5'), (c) => (c.conda_store = condaStore))).errors).toEqual([]);
  });

  it('provider existing and certificate disabled arrived in 0.4.4', () => {
    const existing = (version: string) =>
      edit(config04(version), (c) => {
        c.provider = 'existing';
        c.existing = c.local;
        delete c.local;
        c.certificate = { type: 'disabled' };
      });
    expectReasonsInclude(check04, existing('0.4.3'), ['/provider enum', '/certificate/type enum', ' additionalProperties existing']);
    expect(check04(existing('0.4.4')).errors).toEqual([]);
  });

  it('terraform_overrides on a cloud provider arrived in 0.4.1', () => {
    const aws = (version: string) =>
      edit(config04(version), (c) => {
        c.provider = 'aws';
        delete c.local;
        c.amazon_web_services = {
          region: 'us-west-2',
          kubernetes_version: '1.21',
          node_groups: { general: { instance: 'm5.xlarge', min_nodes: 1, max_nodes: 1 } },
          terraform_overrides: { a: 1 },
        };
      });
    expect(reasons(check04(aws('0.4.0')).errors)).toEqual(['/amazon_web_services additionalProperties terraform_overrides']);
    expect(check04(aws('0.4.1')).errors).toEqual([]);
  });

  it('checks guest_accelerators items for a string name and an integer count from 0.4.1 (an extra key in 0.4.0)', () => {
    const accelerators = (value: unknown, version = '0.4.5') =>
      check04(
        edit(config04(version), (c) => {
          c.provider = 'gcp';
          delete c.local;
          c.google_cloud_platform = {
            project: 'p',
            region: 'us-central1',
            kubernetes_version: '1.21',
            node_groups: { gpu: { instance: 'n1-standard-8', min_nodes: 0, max_nodes: 1, guest_accelerators: value } },
          };
        }),
      );
    expect(accelerators([{ name: 'nvidia-tesla-t4', count: 1 }]).errors).toEqual([]);
    expect(accelerators([]).errors).toEqual([]);
    expect(reasons(accelerators([{ name: 'nvidia-tesla-t4', count: '1' }]).errors)).toContain(
      '/google_cloud_platform/node_groups/gpu/guest_accelerators/0/count type',
    );
    expect(reasons(accelerators([{ name: 'nvidia-tesla-t4' }]).errors)).toContain('/google_cloud_platform/node_groups/gpu/guest_accelerators/0 required count');
    expect(accelerators('anything', '0.4.0').errors).toEqual([]);
    expect(reasons(accelerators('anything', '0.4.1').errors)).toEqual(['/google_cloud_platform/node_groups/gpu/guest_accelerators type']);
  });

  it('accepts the 0.4 extension points', () => {
    const config = edit(config04(), (c) => {
      c.helm_extensions = [{ name: 'redis', repository: 'https://charts.bitnami.com/bitnami', chart: 'redis', version: '15.0.0', overrides: null }];
      c.tf_extensions = [{ name: 'mlflow', image: 'mlflow:1', urlslug: 'mlflow', private: 'yes', envs: [{ name: 'A', value: 1 }] }];
      c.jupyterhub = { overrides: { hub: { extraConfig: {} } } };
      c.theme.jupyterhub.login_links = ['a', 'b'];
      c.prevent_deploy = false;
      c.ci_cd = { type: 'github-actions', branch: 'main', commit_render: 'no' };
    });
    expect(check04(config).errors).toEqual([]);
  });
});
