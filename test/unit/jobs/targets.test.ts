// What plan, apply and destroy run, decided once: explicit roots as given (following their release's
// engine only with `engine: auto`), else the deployment's config handed to the QHub planner as read.
import { describe, expect, it } from 'vitest';
import type { VersionInfo } from '../../../src/config/types.js';
import { readDeployment, type Deployment, type DeploymentSource } from '../../../src/jobs/deployment.js';
import { targetsOf, type TargetRequest } from '../../../src/jobs/targets.js';
import { fallbackPin } from '../../../src/qhub/engine-pins.js';
import { QhubRunError } from '../../../src/qhub/render.js';
import type { EnginePin } from '../../../src/terraform/provision.js';
import { explicitRoots } from '../../../src/terraform/roots.js';
import { templateFiles } from '../../e2e/workspace.js';
import { temporaryCheckouts } from '../../helpers/action.js';
import { idleEngine } from '../../helpers/fake-engine.js';
import { fakePlanner, jobPorts, rootsOnly } from '../../helpers/job-ports.js';

const { checkout } = temporaryCheckouts('qhub-gitops-targets-job-');

/**
 * Ports whose engine records the release pins it is asked to follow. The QHub cache is empty and no
 * process can run, so a release's virtualenv cannot be installed and its known pin (fallbackPin) is used.
 */
function followingPorts(dir: string, followsRelease: boolean) {
  const pins: EnginePin[] = [];
  const lines: string[] = [];
  const engine = idleEngine({ followsRelease, forRelease: async (pin) => void pins.push(pin!) });
  const ports = jobPorts(engine, dir, { env: { QHUB_GITOPS_CACHE: `${dir}/cache` }, notice: (line) => void lines.push(line) });
  return { ports, pins, lines };
}

function rootsRequest(dir: string, source: Partial<DeploymentSource> = {}, deployment: Deployment | null = null): TargetRequest {
  return { source: { ...rootsOnly(dir), ...source }, deployment, roots: explicitRoots(['stack'], dir) };
}

/** A QHub 0.3.14 config beside the roots, in infra/ with its own .qhub-version. */
const BESIDE = { 'stack/main.tf': '', 'infra/qhub-config.yaml': 'project_name: demo\nprovider: local\n', 'infra/.qhub-version': '0.3.14\n' };
const besideDeployment = (dir: string) => readDeployment({ ...rootsOnly(dir), config: 'infra/qhub-config.yaml' });

describe('targetsOf with explicit roots', () => {
  it('gives them as they are, reading no release, when the engine does not follow one', async () => {
    const dir = checkout({ 'stack/main.tf': '', '.qhub-version': '0.3.14\n' });
    const { ports, pins, lines } = followingPorts(dir, false);
    const request = rootsRequest(dir, { qhubVersion: '0.3.14' });
    const targets = await targetsOf(request, ports);
    expect(targets).toEqual({ roots: [{ dir: `${dir}/stack`, label: 'stack' }] });
    expect(pins).toEqual([]);
    expect(lines).toEqual([]);
  });

  it('follows the release asked for, before the pin file', async () => {
    const dir = checkout({ 'stack/main.tf': '', '.qhub-version': '0.3.13\n' });
    const { ports, pins, lines } = followingPorts(dir, true);
    await targetsOf(rootsRequest(dir, { qhubVersion: '0.3.14' }), ports);
    expect(fallbackPin('0.3.14')).toEqual({ name: 'terraform', version: '1.0.5' });
    expect(pins).toEqual([fallbackPin('0.3.14')]);
    expect(lines).toEqual([
      'creating a virtualenv for qhub==0.3.14 with python3',
      'qhub 0.3.14 cannot be installed to read its engine (cannot create a virtualenv for qhub==0.3.14: could not run "python3": explicit roots run no python3); using the engine it is known to pin, Terraform 1.0.5',
    ]);
  });

  it("follows the release asked for before the one of the config beside them", async () => {
    const dir = checkout(BESIDE);
    const { ports, pins } = followingPorts(dir, true);
    await targetsOf(rootsRequest(dir, { qhubVersion: '0.3.13' }, await besideDeployment(dir)), ports);
    expect(pins).toEqual([fallbackPin('0.3.13')]);
  });

  it("follows the release of the config beside them (its .qhub-version) before the working directory's pin", async () => {
    const dir = checkout({ ...BESIDE, '.qhub-version': '0.3.13\n' });
    const { ports, pins } = followingPorts(dir, true);
    await targetsOf(rootsRequest(dir, {}, await besideDeployment(dir)), ports);
    expect(pins).toEqual([{ name: 'terraform', version: '1.0.5' }]);
  });

  it('follows the release the working directory’s .qhub-version pins, alone', async () => {
    const dir = checkout({ 'stack/main.tf': '', '.qhub-version': '# the release\n0.3.13\n' });
    const { ports, pins } = followingPorts(dir, true);
    await targetsOf(rootsRequest(dir), ports);
    expect(pins).toEqual([fallbackPin('0.3.13')]);
    expect(pins).toEqual([{ name: 'terraform', version: '1.0.0' }]);
  });

  it('follows no release when none is known (the engine from PATH)', async () => {
    const dir = checkout({ 'stack/main.tf': '' });
    const { ports, pins } = followingPorts(dir, true);
    expect(await targetsOf(rootsRequest(dir), ports)).toEqual({ roots: [{ dir: `${dir}/stack`, label: 'stack' }] });
    expect(pins).toEqual([]);
  });
});

describe('targetsOf with the deployment’s config', () => {
  it('hands the QHub planner the config as read: its path, YAML, environment files, versions and the lock', async () => {
    const dir = checkout(templateFiles());
    const source = { cwd: dir, config: null, environments: null, qhubVersion: '0.3.14' };
    const deployment = await readDeployment(source);
    const planned = { notes: ['planned'] };
    const { planConfig, requests } = fakePlanner(planned);
    const venvCache = { restore: async () => false, save: async () => undefined };
    const ports = jobPorts(idleEngine(), dir, { planConfig, env: { CLOUD: 'x' }, venvCache });
    const version: VersionInfo = { family: 'qhub-0.3.12', value: '0.3.14', source: 'pin-file' };
    const targets = await targetsOf({ source, deployment, roots: [], version, lock: false }, ports);
    expect(targets).toEqual({ config: expect.objectContaining(planned) });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toEqual({
      configPath: `${dir}/qhub-config.yaml`,
      loaded: deployment.loaded,
      environmentFiles: deployment.environmentFiles,
      version,
      requestedVersion: '0.3.14',
      pinnedVersion: '0.3.14',
      engine: ports.engine,
      workDir: dir,
      env: { CLOUD: 'x' },
      runner: ports.runner,
      log: ports.log,
      venvCache,
      lock: false,
    });
  });

  it('leaves the version and the lock to the planner when the request has none', async () => {
    const dir = checkout({ 'qhub-config.yaml': templateFiles()['qhub-config.yaml']! });
    const source = { cwd: dir, config: null, environments: null, qhubVersion: null };
    const { planConfig, requests } = fakePlanner();
    await targetsOf({ source, deployment: await readDeployment(source), roots: [] }, jobPorts(idleEngine(), dir, { planConfig }));
    expect(Object.keys(requests[0]!).sort()).toEqual(['configPath', 'engine', 'env', 'environmentFiles', 'loaded', 'log', 'runner', 'workDir']);
  });

  it('throws a QhubRunError saying the config is missing, without planning', async () => {
    const dir = checkout({});
    const source = { cwd: dir, config: null, environments: null, qhubVersion: null };
    const { planConfig, requests } = fakePlanner();
    const targets = targetsOf({ source, deployment: await readDeployment(source), roots: [] }, jobPorts(idleEngine(), dir, { planConfig }));
    await expect(targets).rejects.toThrow(new QhubRunError(`qhub-config.yaml: file not found (looked in ${dir}), so there are no QHub stages to run.`));
    await expect(targetsOf({ source, deployment: null, roots: [] }, jobPorts(idleEngine(), dir, { planConfig }))).rejects.toBeInstanceOf(QhubRunError);
    expect(requests).toEqual([]);
  });

  it('throws a QhubRunError for an environments directory that cannot be read, without planning', async () => {
    const dir = checkout(templateFiles());
    const source = { cwd: dir, config: null, environments: 'missing', qhubVersion: null };
    const { planConfig, requests } = fakePlanner();
    const targets = targetsOf({ source, deployment: await readDeployment(source), roots: [] }, jobPorts(idleEngine(), dir, { planConfig }));
    await expect(targets).rejects.toThrow(new QhubRunError('environments directory missing cannot be read: does it exist?'));
    expect(requests).toEqual([]);
  });
});
