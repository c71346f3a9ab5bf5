// The deployment's config, read once per run: what readDeployment hands every job, and how it
// reports a missing, unparsable or incomplete deployment as values rather than throws.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configNamed, readDeployment, repositoryPath, type DeploymentSource } from '../../../src/jobs/deployment.js';
import { templateFiles } from '../../e2e/workspace.js';
import { temporaryCheckouts } from '../../helpers/action.js';

const { checkout } = temporaryCheckouts('qhub-gitops-deployment-job-');

function source(cwd: string, given: Partial<DeploymentSource> = {}): DeploymentSource {
  return { cwd, config: null, environments: null, qhubVersion: null, ...given };
}

describe('readDeployment', () => {
  it('reads the config, its parsed YAML, its environment files, its .qhub-version pin and its facts', async () => {
    const dir = checkout(templateFiles());
    const deployment = await readDeployment(source(dir));
    expect(deployment.configFile).toBe('qhub-config.yaml');
    expect(deployment.configPath).toBe(join(dir, 'qhub-config.yaml'));
    expect(deployment.missing).toBeNull();
    expect(Buffer.from(deployment.config!.bytes)).toEqual(readFileSync(join(dir, 'qhub-config.yaml')));
    expect(deployment.config!.file).toBe('qhub-config.yaml');
    expect(deployment.loaded!.document!.data).toMatchObject({ project_name: 'datasci', namespace: 'blue', provider: 'gcp' });
    expect(deployment.environmentFiles).toEqual([
      { file: 'environments/environment-dashboard.yaml', bytes: readFileSync(join(dir, 'environments/environment-dashboard.yaml')) },
      { file: 'environments/environment-dask.yaml', bytes: readFileSync(join(dir, 'environments/environment-dask.yaml')) },
    ]);
    expect(deployment.pinnedVersion).toBe('0.3.14');
    expect(deployment.facts).toEqual({
      projectName: 'datasci',
      namespace: 'blue',
      provider: 'gcp',
      region: 'us-central1',
      gcpProject: 'my-gcp-project',
      domain: 'blue.datasci.example.org',
      preventDeploy: false,
    });
  });

  it('takes nebari-config.yaml when there is no qhub-config.yaml, and the environments directory given', async () => {
    const files = templateFiles();
    const dir = checkout({ 'nebari-config.yaml': files['qhub-config.yaml']!, 'envs/only.yml': files['environments/environment-dask.yaml']!, 'envs/notes.txt': 'not an environment' });
    const deployment = await readDeployment(source(dir, { environments: 'envs' }));
    expect(deployment.configFile).toBe('nebari-config.yaml');
    expect(deployment.loaded!.document).not.toBeNull();
    expect(deployment.environmentFiles).toEqual([expect.objectContaining({ file: 'envs/only.yml' })]);
    expect(deployment.pinnedVersion).toBeNull();
  });

  it('says why a config is missing instead of throwing, with nothing else read', async () => {
    const dir = checkout({ '.qhub-version': '0.3.14\n', 'environments/a.yaml': 'name: a\n' });
    const deployment = await readDeployment(source(dir));
    expect(deployment).toMatchObject({ configFile: 'qhub-config.yaml', config: null, loaded: null, environmentFiles: [], pinnedVersion: null, facts: null });
    expect(deployment.missing).toBe(`file not found (looked in ${dir})`);
  });

  it('says a config that is a directory is not a config file', async () => {
    const dir = checkout({});
    mkdirSync(join(dir, 'qhub-config.yaml'));
    const deployment = await readDeployment(source(dir));
    expect(deployment.config).toBeNull();
    expect(deployment.missing).toBe('is a directory, not a config file');
  });

  it('keeps an unparsable config as read, with the findings of why it does not load and no facts', async () => {
    const dir = checkout({ 'custom.yaml': 'project_name: [datasci\n' });
    const deployment = await readDeployment(source(dir, { config: 'custom.yaml' }));
    expect(deployment.configFile).toBe('custom.yaml');
    expect(deployment.config!.file).toBe('custom.yaml');
    expect(deployment.missing).toBeNull();
    expect(deployment.loaded!.document).toBeNull();
    expect(deployment.loaded!.findings.length).toBeGreaterThan(0);
    expect(deployment.facts).toBeNull();
  });

  it('gives an environments directory that cannot be read as an Error value', async () => {
    const dir = checkout(templateFiles());
    const deployment = await readDeployment(source(dir, { environments: 'no-such-dir' }));
    expect(deployment.environmentFiles).toBeInstanceOf(Error);
    expect((deployment.environmentFiles as Error).message).toBe('environments directory no-such-dir cannot be read: does it exist?');
    // The rest is still read: validation reports the directory, not a missing config.
    expect(deployment.facts?.namespace).toBe('blue');
  });

  it('reads prevent_deploy into the facts', async () => {
    const dir = checkout({ 'qhub-config.yaml': `${templateFiles()['qhub-config.yaml']!}\nprevent_deploy: true\n` });
    expect((await readDeployment(source(dir))).facts?.preventDeploy).toBe(true);
  });
});

describe('configNamed', () => {
  it('is true for a named config, even one that does not exist (its absence is reported later)', () => {
    expect(configNamed(source(checkout({}), { config: 'missing.yaml' }))).toBe(true);
  });

  it('is true without a name when a default config exists', () => {
    expect(configNamed(source(checkout({ 'qhub-config.yaml': 'project_name: a\n' })))).toBe(true);
    expect(configNamed(source(checkout({ 'nebari-config.yaml': 'project_name: a\n' })))).toBe(true);
  });

  it('is false without a name and without a default config (explicit roots alone)', () => {
    expect(configNamed(source(checkout({ 'stack/main.tf': '' })))).toBe(false);
  });
});

describe('repositoryPath', () => {
  it('names a checkout path from the repository root, with forward slashes', () => {
    expect(repositoryPath('', 'qhub-config.yaml')).toBe('qhub-config.yaml');
    expect(repositoryPath('.', './qhub-config.yaml')).toBe('qhub-config.yaml');
    expect(repositoryPath('infra', 'environments\\dask.yaml')).toBe('infra/environments/dask.yaml');
    expect(repositoryPath('infra/blue', '../shared/environments')).toBe('infra/shared/environments');
  });
});
