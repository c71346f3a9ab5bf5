// The Octokit-backed GitHubApi against the OpenAPI-checked emulator.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubApi } from '../../../src/github/client.js';
import type { GitHubApi } from '../../../src/github/api.js';
import { GitHubEmulator } from '../../emulator/server.js';
import { pullRequestEvent } from '../../emulator/fixtures.js';

const TOKEN = 'ghs_clientTestToken0123456789';
let emulator: GitHubEmulator;
let api: GitHubApi;
let logged: string[];
const event = pullRequestEvent({ number: 7, baseRef: 'deploy/prod' });

beforeAll(async () => {
  emulator = await GitHubEmulator.start();
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(() => {
  emulator.reset();
  emulator.addToken(TOKEN, { login: 'github-actions[bot]', type: 'Bot', graphqlViewer: false });
  emulator.addPull(event, ['qhub-config.yaml', 'environments/dask.yaml']);
  logged = [];
  const [owner, repo] = emulator.fullName.split('/') as [string, string];
  api = createGitHubApi(TOKEN, { owner, repo }, { log: (line) => logged.push(line), baseUrl: emulator.url });
});
afterEach(() => {
  expect(emulator.violations).toEqual([]);
});

describe('GitHubApi over Octokit', () => {
  it('pages through comments 100 at a time and stops when asked', async () => {
    for (let i = 0; i < 250; i++) emulator.addComment(7, `comment ${i}`, { login: 'someone', type: 'User' });
    const seen: number[] = [];
    await api.scanComments(7, (page) => {
      seen.push(page.length);
      return true;
    });
    expect(seen).toEqual([100, 100, 50]);
    emulator.requests.length = 0;
    await api.scanComments(7, () => false);
    expect(emulator.requests).toHaveLength(1);
    expect(emulator.requests[0]!.query).toContain('per_page=100');
  });

  it('creates, updates and deletes comments', async () => {
    const created = await api.createComment(7, 'hello');
    expect(created.authorLogin).toBe('github-actions[bot]');
    const updated = await api.updateComment(created.id, 'hello again');
    expect(updated.body).toBe('hello again');
    await api.deleteComment(created.id);
    expect(emulator.commentsOn(7)).toEqual([]);
  });

  it('falls back to github-actions[bot] when GraphQL refuses the viewer, and caches it', async () => {
    expect(await api.viewerLogin()).toBe('github-actions[bot]');
    expect(await api.viewerLogin()).toBe('github-actions[bot]');
    expect(emulator.requests.filter((request) => request.path === '/graphql')).toHaveLength(1);
  });

  it('fails clearly instead of guessing who it is when GraphQL is down', async () => {
    emulator.injectFault({ operationId: 'graphql', status: 401, message: 'Bad credentials' });
    await expect(api.viewerLogin()).rejects.toThrow(/could not ask GitHub whose token this is: the github-token was rejected/);
  });

  it('asks GraphQL who a personal token is', async () => {
    emulator.addToken(TOKEN, { login: 'octo-admin', type: 'User', graphqlViewer: true });
    expect(await api.viewerLogin()).toBe('octo-admin');
  });

  it('reads a pull request, its files, and the pulls of a commit', async () => {
    const pull = await api.getPull(7);
    expect(pull).toMatchObject({ number: 7, state: 'open', merged: false, baseRef: 'deploy/prod', headRepoFullName: emulator.fullName });
    expect(await api.listPullFiles(7)).toEqual(['qhub-config.yaml', 'environments/dask.yaml']);
    expect((await api.pullsForCommit(event.pull_request.head.sha)).map((candidate) => candidate.number)).toEqual([7]);
  });

  it('tells a merged pull request by its merge commit', async () => {
    emulator.mergePull(7, 'f'.repeat(40));
    expect(await api.pullsForCommit('f'.repeat(40))).toEqual([expect.objectContaining({ number: 7, state: 'closed', merged: true })]);
  });

  it('reads file contents, and null for a missing file', async () => {
    emulator.setFile('deploy/prod', 'infra/qhub-config.yaml', 'project_name: demo\n');
    const bytes = await api.getContent('infra/qhub-config.yaml', 'deploy/prod');
    expect(Buffer.from(bytes!).toString()).toBe('project_name: demo\n');
    expect(await api.getContent('nope.yaml', 'deploy/prod')).toBeNull();
  });

  it("lists a directory's files, without subdirectories, and nothing for a missing directory", async () => {
    emulator.setFile('deploy/prod', 'infra/environments/environment-dask.yaml', 'name: dask\n');
    emulator.setFile('deploy/prod', 'infra/environments/environment-dashboard.yml', 'name: dashboard\n');
    emulator.setFile('deploy/prod', 'infra/environments/old/environment-r.yaml', 'name: r\n');
    emulator.setFile('deploy/prod', 'infra/qhub-config.yaml', 'project_name: demo\n');
    expect(await api.listDirectoryFiles('infra/environments', 'deploy/prod')).toEqual([
      'infra/environments/environment-dashboard.yml',
      'infra/environments/environment-dask.yaml',
    ]);
    expect(await api.listDirectoryFiles('environments', 'deploy/prod')).toEqual([]);
    expect(emulator.requests.map((request) => `${request.operationId} ${request.status}`)).toEqual(['repos/get-content 200', 'repos/get-content 404']);
  });

  it('refuses to list a file as a directory, and to read a directory as a file', async () => {
    emulator.setFile('deploy/prod', 'infra/qhub-config.yaml', 'project_name: demo\n');
    await expect(api.listDirectoryFiles('infra/qhub-config.yaml', 'deploy/prod')).rejects.toThrow('infra/qhub-config.yaml at deploy/prod is a file, not a directory.');
    await expect(api.getContent('infra', 'deploy/prod')).rejects.toThrow('infra at deploy/prod is a directory, not a file.');
  });

  it('names the missing permission when a directory cannot be listed', async () => {
    emulator.addToken(TOKEN, { login: 'github-actions[bot]', type: 'Bot', graphqlViewer: false, permissions: { contents: 'none' } });
    await expect(api.listDirectoryFiles('environments', 'deploy/prod')).rejects.toThrow(/list environments at deploy\/prod: the token lacks the `contents: read` permission/);
  });

  it('lists branches by prefix', async () => {
    emulator.setFile('deploy/prod', 'qhub-config.yaml', 'a: 1\n');
    emulator.setFile('deploy/staging', 'qhub-config.yaml', 'a: 1\n');
    emulator.setFile('main', 'qhub-config.yaml', 'a: 1\n');
    expect(await api.listBranches('deploy/')).toEqual(['deploy/prod', 'deploy/staging']);
  });

  it('creates deployments, statuses and issues', async () => {
    const deployment = await api.createDeployment({ ref: 'deploy/prod', environment: 'prod', description: 'apply', payload: { plan: 'sha256:1' } });
    await api.createDeploymentStatus(deployment.id, { state: 'success', description: 'applied', logUrl: 'https://github.com/x/y/actions/runs/1' });
    expect(emulator.deploymentStatuses).toHaveLength(1);
    expect(await api.findIssue('Leftovers of prod', 'qhub-gitops')).toBeNull();
    const issue = await api.createIssue('Leftovers of prod', 'bucket x', ['qhub-gitops']);
    expect(await api.findIssue('Leftovers of prod', 'qhub-gitops')).toMatchObject({ number: issue.number });
    expect(await api.updateIssue(issue.number, { state: 'closed' })).toMatchObject({ state: 'closed' });
  });

  it('retries a 502 once and succeeds', async () => {
    emulator.injectFault({ operationId: 'pulls/get', status: 502 });
    expect((await api.getPull(7)).number).toBe(7);
    expect(emulator.requests.map((request) => request.status)).toEqual([502, 200]);
  });

  it('waits out a secondary rate limit with retry-after', async () => {
    emulator.injectFault({
      operationId: 'pulls/get',
      status: 403,
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      headers: { 'retry-after': '1' },
    });
    expect((await api.getPull(7)).number).toBe(7);
    expect(logged.join('\n')).toMatch(/secondary rate limit.*retrying in 1s/);
  });

  it('names the missing permission on 403 "Resource not accessible by integration"', async () => {
    emulator.addToken(TOKEN, { login: 'github-actions[bot]', type: 'Bot', graphqlViewer: false, permissions: { 'pull-requests': 'read' } });
    await expect(api.createComment(7, 'x')).rejects.toThrow(/comment on #7: the token lacks the `pull-requests: write` permission/);
    emulator.addToken(TOKEN, { login: 'github-actions[bot]', type: 'Bot', graphqlViewer: false, permissions: { deployments: 'read' } });
    await expect(api.createDeployment({ ref: 'deploy/prod', environment: 'prod', description: '', payload: {} })).rejects.toThrow(
      /`deployments: write`/,
    );
  });

  it('says a pull request was not found', async () => {
    await expect(api.getPull(99)).rejects.toThrow(/could not read pull request #99 of .*: not found \(404\)/);
  });

  it('gives up after bounded retries on a persistent 500', async () => {
    emulator.injectFault({ operationId: 'pulls/get', status: 500, times: 10 });
    await expect(api.getPull(7)).rejects.toThrow(/answered 500 Internal Server Error after 2 retries/);
    expect(emulator.requests).toHaveLength(3);
  }, 20_000);

  it('reports a primary rate limit with its reset time, without waiting an hour', async () => {
    const reset = Math.floor(Date.now() / 1000) + 3600;
    emulator.injectFault({
      operationId: 'pulls/get',
      status: 403,
      message: 'API rate limit exceeded for installation ID 1.',
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
    });
    await expect(api.getPull(7)).rejects.toThrow(/rate limit exceeded: could not read pull request #7.*Re-run the job after \d\d:\d\d UTC/);
  });
});
