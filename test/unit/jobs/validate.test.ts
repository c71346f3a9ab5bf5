// The validate job with the CLI's comparison (files given on the command line): the base config with
// or without its environment files, the other deployments, and a config or environments directory
// that cannot be read. The GitHub comparison is covered by the action's tests.
import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../../../src/config/types.js';
import { readDeployment, type Deployment } from '../../../src/jobs/deployment.js';
import { runValidate, type BaseConfig, type ValidateRequest } from '../../../src/jobs/validate.js';
import { templateFiles } from '../../e2e/workspace.js';
import { temporaryCheckouts } from '../../helpers/action.js';
import { sourceFile } from '../../helpers/job-ports.js';

const { checkout } = temporaryCheckouts('qhub-gitops-validate-job-');
const files = templateFiles();
const CONFIG = files['qhub-config.yaml']!;
const DASK = 'environments/environment-dask.yaml';

const ADVICE: ValidateRequest['advice'] = {
  missingConfig: (configFile, why) => `${configFile}: ${why}. Pass --config.`,
  environments: 'Pass --environments.',
};

async function deploymentOf(checkoutFiles: Record<string, string>, environments: string | null = null): Promise<Deployment> {
  return readDeployment({ cwd: checkout(checkoutFiles), config: null, environments, qhubVersion: null });
}

function validate(deployment: Deployment, base: BaseConfig | null, otherDeployments: SourceFile[] = []) {
  return runValidate({ deployment, compare: { from: 'files', base, otherDeployments }, advice: ADVICE }, {});
}

const withoutDask = Object.fromEntries(Object.entries(files).filter(([path]) => path !== DASK));
const baseEnvironments = Object.entries(files)
  .filter(([path]) => path.startsWith('environments/'))
  .map(([path, text]) => sourceFile(`base/${path}`, text));

describe('the validate job comparing with files', () => {
  it('validates a config with nothing to compare with, keeping what was read for planning', async () => {
    const deployment = await deploymentOf(files);
    const check = await validate(deployment, null);
    expect(check.report).toMatchObject({ file: 'qhub-config.yaml', valid: true, findings: [], version: { value: '0.3.14', source: 'pin-file' } });
    expect(check).toMatchObject({ configFile: 'qhub-config.yaml', path: 'qhub-config.yaml', notes: [] });
    expect(check.sources).toEqual({ config: deployment.config, environmentFiles: deployment.environmentFiles, base: null });
  });

  it('does not compare the base environments when they were not given: a removed environment goes unreported', async () => {
    const check = await validate(await deploymentOf(withoutDask), { config: sourceFile('base.yaml', CONFIG), environmentFiles: null });
    expect(check.report.findings).toEqual([]);
    expect(check.sources!.base).toEqual({ config: sourceFile('base.yaml', CONFIG), environmentFiles: null });
  });

  it('reports an environment the head removes when the base environments were given', async () => {
    const check = await validate(await deploymentOf(withoutDask), { config: sourceFile('base.yaml', CONFIG), environmentFiles: baseEnvironments });
    expect(check.report.valid).toBe(true);
    expect(check.report.findings).toEqual([
      expect.objectContaining({ rule: 'environment-removed', severity: 'notice', message: expect.stringContaining(`from base/${DASK}`) }),
    ]);
  });

  it('reports a change the base forbids (an immutable field) against the base config', async () => {
    const check = await validate(await deploymentOf(files), { config: sourceFile('base.yaml', CONFIG.replace('namespace: blue', 'namespace: green')), environmentFiles: null });
    expect(check.report.valid).toBe(false);
    expect(check.report.findings.map((finding) => finding.rule)).toContain('immutable-field');
  });

  it('reports another deployment with the same project_name and namespace, and not one with its own', async () => {
    const twin = sourceFile('deploy/green:qhub-config.yaml', CONFIG);
    const other = sourceFile('deploy/red:qhub-config.yaml', CONFIG.replace('namespace: blue', 'namespace: red'));
    const check = await validate(await deploymentOf(files), null, [twin, other]);
    expect(check.report.valid).toBe(false);
    expect(check.report.findings).toEqual([
      expect.objectContaining({ rule: 'deployment-collision', severity: 'error', message: expect.stringMatching(/^deploy\/green:qhub-config\.yaml deploys the same `project_name: datasci` and `namespace: blue`/) }),
    ]);
  });

  it('reports a missing config as one load/missing finding worded by the front door', async () => {
    const dir = checkout({});
    const deployment = await readDeployment({ cwd: dir, config: 'qhub-config.yaml', environments: null, qhubVersion: null });
    const check = await validate(deployment, null);
    expect(check.report).toEqual({
      file: 'qhub-config.yaml',
      version: null,
      valid: false,
      findings: [{ rule: 'load/missing', severity: 'error', message: `qhub-config.yaml: file not found (looked in ${dir}). Pass --config.`, path: '', line: null, column: null }],
    });
    expect(check.sources).toBeNull();
  });

  it('reports an environments directory that cannot be read as one load/environments finding with the advice', async () => {
    const check = await validate(await deploymentOf(files, 'missing-envs'), null);
    expect(check.report.valid).toBe(false);
    expect(check.report.findings).toEqual([
      expect.objectContaining({ rule: 'load/environments', severity: 'error', message: 'environments directory missing-envs cannot be read: does it exist? Pass --environments.' }),
    ]);
    expect(check.sources).toBeNull();
  });

  it('refuses, saying so, to compare with GitHub without the GitHub port', async () => {
    const deployment = await deploymentOf(files);
    const compare = { from: 'github' as const, repositoryDirectory: '', baseRef: 'deploy/blue', ownBranch: 'deploy/blue', deploymentBranchPrefix: 'deploy/' };
    await expect(runValidate({ deployment, compare, advice: ADVICE }, {})).rejects.toThrow('validate: comparing with GitHub needs the GitHub port');
  });
});
