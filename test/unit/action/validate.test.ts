// The action's validate over an in-memory GitHubApi: what it reads from GitHub, what it says
// when it cannot, and when the step fails.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitHubApiError, type GitHubApi } from '../../../src/github/api.js';
import { buildSettings, type ActionInputs } from '../../../src/action/settings.js';
import { runTargetOfSettings } from '../../../src/action/deployment.js';
import { validateAction, validationFailure } from '../../../src/action/validate.js';
import type { Settings } from '../../../src/action/settings.js';
import { pullRequestEvent, workflowDispatchEvent } from '../../emulator/fixtures.js';
import { templateFiles } from '../../e2e/workspace.js';
import { actionInputs, temporaryCheckouts } from '../../helpers/action.js';
import { fakeGitHub } from '../../helpers/fake-github.js';

const inputs = actionInputs({ command: 'validate' });
const { checkout: workspace } = temporaryCheckouts('qhub-gitops-validate-action-');

/** Serves `files[ref][path]`; records every read and listing. */
function contentsApi(files: Record<string, Record<string, string>>, failure?: GitHubApiError) {
  const reads: string[] = [];
  const api: GitHubApi = {
    ...fakeGitHub(),
    async getContent(path: string, ref: string) {
      reads.push(`${ref}:${path}`);
      if (failure) throw failure;
      const text = files[ref]?.[path];
      return text === undefined ? null : new TextEncoder().encode(text);
    },
    async listDirectoryFiles(path: string, ref: string) {
      reads.push(`${ref}:${path}/`);
      if (failure) throw failure;
      return Object.keys(files[ref] ?? {}).filter((file) => file.startsWith(`${path}/`) && !file.slice(path.length + 1).includes('/'));
    },
    async listBranches(prefix: string) {
      if (failure) throw failure;
      return Object.keys(files).filter((branch) => branch.startsWith(prefix));
    },
  };
  return { api, reads };
}

const valid = templateFiles();

/** The action's validate: the config read once, compared through `api`. */
async function runValidate(settings: Settings, api: GitHubApi) {
  return validateAction(settings, await runTargetOfSettings(settings, 'validate'), { github: api });
}

/** Settings of a run on PR #2 into deploy/blue, with the checkout in `dir`. */
function onPullRequest(dir: string, changed: Partial<ActionInputs> = {}) {
  return buildSettings(
    { ...inputs, ...changed },
    { eventName: 'pull_request', payload: pullRequestEvent({ number: 2, baseRef: 'deploy/blue' }), repository: 'o/r', sha: 'a'.repeat(40), ref: 'refs/pull/2/merge', workspace: dir },
  );
}

/** The same files one folder down. */
function under(folder: string, files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([path, text]) => [`${folder}/${path}`, text]));
}

describe('the action validate', () => {
  it('compares with the base branch and the other deployments, never with itself', async () => {
    const dir = workspace(valid);
    const settings = onPullRequest(dir);
    const green = valid['qhub-config.yaml']!.replace('namespace: blue', 'namespace: green');
    const { api, reads } = contentsApi({ 'deploy/blue': { 'qhub-config.yaml': valid['qhub-config.yaml']! }, 'deploy/green': { 'qhub-config.yaml': green }, main: {} });
    const result = await runValidate(settings, api);
    expect(reads).toEqual(['deploy/blue:qhub-config.yaml', 'deploy/blue:environments/', 'deploy/green:qhub-config.yaml']);
    expect(result).toMatchObject({ outputs: { valid: 'true', findings: '[]' }, failure: null, notices: [] });
    expect(result.comment).toMatchObject({ deployment: 'deploy/blue', config: 'qhub-config.yaml', kind: 'validate', hasNews: false });
  });

  it('says what was skipped when GitHub cannot be read, and still validates', async () => {
    const dir = workspace(valid);
    const settings = onPullRequest(dir);
    const { api } = contentsApi({}, new GitHubApiError('GitHub API could not read it: the token lacks the `contents: read` permission.', 403));
    const result = await runValidate(settings, api);
    expect(result.outputs.valid).toBe('true');
    expect(result.notices).toEqual([
      expect.stringMatching(/^Could not read `qhub-config.yaml` from `deploy\/blue`, so the checks that compare with it .* were skipped: .*contents: read/),
      expect.stringMatching(/^Could not list the `deploy\/\*` branches, so the deployment-collision check was skipped/),
    ]);
    expect(result.comment!.body).toContain('> [!NOTE]');
  });

  it("notices an environment file the PR removes, reading the base branch's environments directory once", async () => {
    const withoutDask = Object.fromEntries(Object.entries(valid).filter(([path]) => path !== 'environments/environment-dask.yaml'));
    const settings = onPullRequest(workspace(under('infra', withoutDask)), { workingDirectory: 'infra' });
    const { api, reads } = contentsApi({ 'deploy/blue': { ...under('infra', valid), 'infra/environments/README.md': 'not an environment' } });
    const result = await runValidate(settings, api);
    expect(reads.filter((read) => read.includes('environment'))).toEqual([
      'deploy/blue:infra/environments/',
      'deploy/blue:infra/environments/environment-dashboard.yaml',
      'deploy/blue:infra/environments/environment-dask.yaml',
    ]);
    expect(result.findings).toEqual([
      expect.objectContaining({ rule: 'environment-removed', severity: 'notice', path: 'environments.environment-dask.yaml', message: expect.stringContaining('from deploy/blue:infra/environments/environment-dask.yaml') }),
    ]);
    expect(result.notices).toEqual([]);
  });

  it('lists the base environments from the `environments` input, and says so when it cannot', async () => {
    const settings = onPullRequest(workspace({ ...valid, 'envs/environment-dask.yaml': valid['environments/environment-dask.yaml']! }), { environments: 'envs' });
    const { api, reads } = contentsApi({ 'deploy/blue': { 'qhub-config.yaml': valid['qhub-config.yaml']! } });
    const failing = {
      ...api,
      listDirectoryFiles: async (path: string, ref: string) => {
        reads.push(`${ref}:${path}/`);
        throw new GitHubApiError('GitHub API could not list envs at deploy/blue: GitHub answered 502 Bad Gateway after 2 retries.', 502);
      },
    };
    const result = await runValidate(settings, failing);
    expect(reads).toContain('deploy/blue:envs/');
    expect(result.outputs.valid).toBe('true');
    expect(result.notices).toEqual([
      'Could not read the environment files in `envs` on `deploy/blue`, so environments removed from there were not checked: GitHub API could not list envs at deploy/blue: GitHub answered 502 Bad Gateway after 2 retries.',
    ]);
  });

  it('takes an absolute `environments` input from the repository root, and skips one outside the repository', async () => {
    const dir = workspace({ ...under('repository/infra', valid), 'elsewhere/environment-dask.yaml': valid['environments/environment-dask.yaml']! });
    const repository = join(dir, 'repository');
    const files = { 'deploy/blue': under('infra', valid) };
    const inside = contentsApi(files);
    await runValidate(onPullRequest(repository, { workingDirectory: 'infra', environments: join(repository, 'infra', 'environments') }), inside.api);
    expect(inside.reads).toContain('deploy/blue:infra/environments/');
    const outside = contentsApi(files);
    const result = await runValidate(onPullRequest(repository, { workingDirectory: 'infra', environments: '../../elsewhere' }), outside.api);
    expect(outside.reads.filter((read) => read.endsWith('/'))).toEqual([]);
    expect(result.notices).toEqual(['The environments directory `../../elsewhere` is outside the repository, so there is no version of it on `deploy/blue` to compare with.']);
  });

  it('reports a missing config as a finding, with no comment outside pull requests', async () => {
    const dir = workspace({});
    const settings = buildSettings(inputs, {
      eventName: 'workflow_dispatch',
      payload: workflowDispatchEvent('refs/heads/deploy/blue', {}),
      repository: 'o/r',
      sha: 'a'.repeat(40),
      ref: 'refs/heads/deploy/blue',
      workspace: dir,
    });
    const result = await runValidate(settings, contentsApi({}).api);
    expect(result.outputs.valid).toBe('false');
    expect(result.findings[0]).toMatchObject({ rule: 'load/missing', severity: 'error' });
    expect(result.failure).toMatch(/^qhub-config.yaml did not pass validation: 1 error\./);
    expect(result.comment).toBeNull();
  });
});

describe('validationFailure', () => {
  const report = (severities: Array<'error' | 'warning' | 'notice'>) => ({
    file: 'qhub-config.yaml',
    version: null,
    valid: !severities.includes('error'),
    findings: severities.map((severity) => ({ rule: 'r', severity, message: 'm', path: '', line: null, column: null })),
  });

  it('fails on errors, and on warnings too with fail-on: warning', () => {
    expect(validationFailure(report(['warning', 'notice']), 'infra/qhub-config.yaml', 'error')).toBeNull();
    expect(validationFailure(report(['warning']), 'infra/qhub-config.yaml', 'warning')).toBe(
      'infra/qhub-config.yaml did not pass validation: 0 errors, 1 warning (fail-on: warning). See the annotations and the job summary.',
    );
    expect(validationFailure(report(['error', 'error']), 'qhub-config.yaml', 'error')).toBe(
      'qhub-config.yaml did not pass validation: 2 errors. See the annotations and the job summary.',
    );
    expect(validationFailure(report(['notice']), 'qhub-config.yaml', 'warning')).toBeNull();
  });
});
