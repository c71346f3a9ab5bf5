// dist/index.js end to end, spawned like the runner does, against the GitHub github.emulator.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseMarker } from '../../src/deploy/marker.js';
import { pullRequestEvent, workflowDispatchEvent } from '../emulator/fixtures.js';
import { runAction, type RunRequest } from './run-action.js';
import { templateFiles } from './workspace.js';
import { useEmulator } from './emulator-per-file.js';

const TOKEN = 'ghs_e2eSecretToken4f9a8c7b6d5e';
const BOT = { login: 'github-actions[bot]', type: 'Bot' as const, graphqlViewer: false };
const PR = 12;
const BASE = 'deploy/blue';


const valid = templateFiles();
const validConfig = valid['qhub-config.yaml']!;
/** The same config with an unknown provider: a schema error on the `provider:` line. */
const invalidConfig = validConfig.replace(/^provider: gcp$/m, 'provider: gcpx');
const providerLine = validConfig.split('\n').findIndex((line) => line === 'provider: gcp') + 1;
const environmentsLine = validConfig.split('\n').findIndex((line) => line.startsWith('environments:')) + 1;

const github = useEmulator();

beforeEach(() => {
  github.emulator.addToken(TOKEN, BOT);
  github.emulator.addPull(pullRequestEvent({ number: PR, baseRef: BASE }), ['qhub-config.yaml']);
  github.emulator.setFile(BASE, 'qhub-config.yaml', validConfig);
});
afterEach(() => {
  // The token only ever travels in the Authorization header.
  for (const request of github.emulator.requests) expect(request.body).not.toContain(TOKEN);
});

/** One run on the PR; whatever it did, the token never shows in its output. */
async function pullRequestRun(overrides: Partial<RunRequest> = {}, scenario: Parameters<typeof pullRequestEvent>[0] = {}): Promise<Awaited<ReturnType<typeof runAction>>> {
  const result = await runAction({
    apiUrl: github.emulator.url,
    token: TOKEN,
    eventName: 'pull_request',
    payload: pullRequestEvent({ number: PR, baseRef: BASE, action: 'synchronize', ...scenario }),
    repository: github.emulator.fullName,
    files: valid,
    ref: `refs/pull/${PR}/merge`,
    inputs: { command: 'validate' },
    ...overrides,
  });
  expectNoTokenIn(result);
  return result;
}

function markerComments() {
  return github.emulator.commentsOn(PR).filter((comment) => parseMarker(comment.body) !== null);
}

function expectNoTokenIn(result: { stdout: string; stderr: string; summary: string; outputs: Record<string, string> }) {
  expect(result.stdout).not.toContain(TOKEN);
  expect(result.stderr).not.toContain(TOKEN);
  expect(result.summary).not.toContain(TOKEN);
  expect(JSON.stringify(result.outputs)).not.toContain(TOKEN);
}

describe('qhub-gitops action (dist/index.js) on pull_request', () => {
  it('validates a valid config and posts one sticky comment', async () => {
    const result = await pullRequestRun();
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs.valid).toBe('true');
    expect(JSON.parse(result.outputs.findings!)).toEqual([]);
    const comments = markerComments();
    expect(comments).toHaveLength(1);
    const marker = parseMarker(comments[0]!.body)!;
    expect(marker).toMatchObject({ deployment: BASE, config: 'qhub-config.yaml', kind: 'validate' });
    expect(result.outputs['comment-id']).toBe(String(comments[0]!.id));
    expect(result.outputs['comment-url']).toContain(`#issuecomment-${comments[0]!.id}`);
    expect(result.summary).toContain('valid');
  });

  it('re-runs without a second comment: untouched when equal, updated in place when not', async () => {
    await pullRequestRun();
    const [first] = markerComments();
    github.emulator.requests.length = 0;

    const again = await pullRequestRun();
    expect(again.exitCode).toBe(0);
    expect(markerComments()).toEqual([first]);
    expect(github.emulator.requests.filter((request) => request.method !== 'GET' && request.path !== '/graphql')).toEqual([]);

    const invalid = await pullRequestRun({ files: { ...valid, 'qhub-config.yaml': invalidConfig } });
    expect(invalid.exitCode).toBe(1);
    const comments = markerComments();
    expect(comments).toHaveLength(1);
    expect(comments[0]!.id).toBe(first!.id);
    expect(comments[0]!.body).toContain('invalid');
  });

  it('fails an invalid config with annotations on the offending line', async () => {
    const result = await pullRequestRun({ files: { ...valid, 'qhub-config.yaml': invalidConfig } });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.valid).toBe('false');
    expect(result.stdout).toMatch(new RegExp(`::error file=qhub-config.yaml,line=${providerLine},`));
    expect(result.stdout).toMatch(/::error::qhub-config.yaml did not pass validation: \d+ errors?\./);
    expect(JSON.parse(result.outputs.findings!)[0]).toMatchObject({ severity: 'error', line: providerLine });
    expect(markerComments()).toHaveLength(1);
  });

  it('annotates at most 10 errors and counts the rest in one notice', async () => {
    const unknownKeys = Array.from({ length: 15 }, (_, index) => `unknown_key_${index}: 1`).join('\n');
    const result = await pullRequestRun({ files: { ...valid, 'qhub-config.yaml': `${validConfig}\n${unknownKeys}\n` } });
    expect(result.exitCode).toBe(1);
    const findings = JSON.parse(result.outputs.findings!) as Array<{ severity: string }>;
    const count = (severity: string) => findings.filter((finding) => finding.severity === severity).length;
    expect(count('error')).toBeGreaterThanOrEqual(15);
    expect(result.stdout.match(/^::error file=/gm)).toHaveLength(10);
    const hidden = ['error', 'warning', 'notice'].reduce((sum, severity) => sum + Math.max(0, count(severity) - 10), 0);
    expect(result.stdout).toMatch(new RegExp(`^::notice::${hidden} more findings not shown as annotations`, 'm'));
    expect(result.summary.match(/unknown_key_/g)!.length).toBeGreaterThanOrEqual(15);
  });

  it('annotates paths from the repository root when working-directory is set', async () => {
    const nested = Object.fromEntries(Object.entries(valid).map(([path, text]) => [`infra/${path}`, text]));
    nested['infra/qhub-config.yaml'] = invalidConfig;
    github.emulator.setFile(BASE, 'infra/qhub-config.yaml', validConfig);
    const result = await pullRequestRun({ files: nested, inputs: { command: 'validate', 'working-directory': 'infra' } });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`::error file=infra/qhub-config.yaml,line=${providerLine},`));
    expect(parseMarker(markerComments()[0]!.body)).toMatchObject({ config: 'infra/qhub-config.yaml' });
  });

  it('never edits a human comment that quotes the marker', async () => {
    await pullRequestRun();
    const ours = markerComments()[0]!;
    github.emulator.comments.length = 0;
    const human = github.emulator.addComment(PR, `${ours.body.split('\n')[0]}\nI copied your comment`, { login: 'Codertocat', type: 'User' });
    const result = await pullRequestRun();
    expect(result.exitCode).toBe(0);
    const comments = markerComments();
    expect(comments).toHaveLength(2);
    expect(comments[0]).toEqual(human);
    expect(comments[1]!.user.login).toBe('github-actions[bot]');
  });

  it('keeps the oldest of several own comments and deletes the rest', async () => {
    await pullRequestRun();
    const ours = markerComments()[0]!;
    const duplicate = github.emulator.addComment(PR, ours.body, { login: 'github-actions[bot]', type: 'Bot' });
    await pullRequestRun();
    expect(markerComments().map((comment) => comment.id)).toEqual([ours.id]);
    expect(github.emulator.commentsOn(PR).some((comment) => comment.id === duplicate.id)).toBe(false);
  });

  it('finds its comment among more than 100 and updates it', async () => {
    for (let i = 0; i < 120; i++) github.emulator.addComment(PR, `review note ${i}`, { login: 'Codertocat', type: 'User' });
    await pullRequestRun();
    for (let i = 0; i < 30; i++) github.emulator.addComment(PR, `later note ${i}`, { login: 'Codertocat', type: 'User' });
    const first = markerComments()[0]!;
    const result = await pullRequestRun({ files: { ...valid, 'qhub-config.yaml': invalidConfig } });
    expect(result.exitCode).toBe(1);
    expect(markerComments().map((comment) => comment.id)).toEqual([first.id]);
    const pages = github.emulator.requests.filter((request) => request.operationId === 'issues/list-comments');
    expect(pages.length).toBeGreaterThanOrEqual(2);
  });

  it('retries a 502 on the first request', async () => {
    github.emulator.injectFault({ status: 502 });
    const result = await pullRequestRun();
    expect(result.exitCode).toBe(0);
    expect(github.emulator.requests[0]!.status).toBe(502);
    expect(markerComments()).toHaveLength(1);
  });

  it('waits out a secondary rate limit on posting the comment', async () => {
    github.emulator.injectFault({
      operationId: 'issues/create-comment',
      status: 403,
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      headers: { 'retry-after': '1' },
    });
    const result = await pullRequestRun();
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/GitHub secondary rate limit hit on POST .*retrying in 1s/);
    expect(markerComments()).toHaveLength(1);
  });

  it('says clearly when the pull request does not exist', async () => {
    const result = await pullRequestRun({}, { number: 404 });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/::error::GitHub API could not list the comments of #404: not found \(404\)/);
  });

  it('names the missing permission when the token cannot comment', async () => {
    github.emulator.addToken(TOKEN, { ...BOT, permissions: { 'pull-requests': 'read' } });
    const result = await pullRequestRun();
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/::error::GitHub API could not comment on #12: the token lacks the `pull-requests: write` permission/);
    expect(result.stdout).not.toMatch(/\n\s+at /);
  });

  it('says so when the base-branch config cannot be read, and still validates', async () => {
    github.emulator.addToken(TOKEN, { ...BOT, permissions: { contents: 'none' } });
    const result = await pullRequestRun();
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/::notice::Could not read `qhub-config.yaml` from `deploy\/blue`.*`contents: read`/);
    expect(markerComments()[0]!.body).toContain('Could not read');
  });

  it('notices an environment file that the base branch has and the pull request removes', async () => {
    for (const name of ['environment-dask.yaml', 'environment-dashboard.yaml']) github.emulator.setFile(BASE, `environments/${name}`, valid[`environments/${name}`]!);
    const withoutDask = Object.fromEntries(Object.entries(valid).filter(([path]) => path !== 'environments/environment-dask.yaml'));
    const result = await pullRequestRun({ files: withoutDask });
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.outputs.findings!)).toEqual([
      expect.objectContaining({ rule: 'environment-removed', severity: 'notice', path: 'environments.environment-dask.yaml', line: environmentsLine, column: 1 }),
    ]);
    expect(result.stdout).toMatch(
      new RegExp(`::notice file=qhub-config.yaml,line=${environmentsLine},col=1::\\[environment-removed\\] environments.environment-dask.yaml: environment \`environment-dask.yaml\` \\(\`dask\`, from deploy/blue:environments/environment-dask.yaml\\) is removed`),
    );
    const body = markerComments()[0]!.body;
    expect(body).toContain('environment-removed');
    expect(body).toContain('/home/conda/environments/dask');
    // One listing of the directory, then one read per environment file.
    const contents = github.emulator.requests.filter((request) => request.operationId === 'repos/get-content' && request.query.includes('deploy%2Fblue'));
    expect(contents.map((request) => decodeURIComponent(request.path.replace(/^.*\/contents\//, '')))).toEqual([
      'qhub-config.yaml',
      'environments',
      'environments/environment-dashboard.yaml',
      'environments/environment-dask.yaml',
    ]);
  });

  it('validates only on a fork pull request, explaining why no plan runs', async () => {
    const result = await pullRequestRun({ inputs: {} }, { forkOf: 'outsider/Hello-World' });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/::notice::This pull request comes from a fork, so only validation ran/);
    expect(result.outputs.valid).toBe('true');
    expect(result.outputs['plan-hash']).toBeUndefined();
  });

  it('still succeeds on a fork whose read-only token cannot comment', async () => {
    github.emulator.addToken(TOKEN, { ...BOT, permissions: { 'pull-requests': 'read' } });
    const result = await pullRequestRun({ inputs: {} }, { forkOf: 'outsider/Hello-World' });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/::warning::No pull request comment: the token of a fork pull request is read-only/);
    expect(result.summary).toContain('only validation ran');
  });

  it('posts nothing with comment: never, and nothing new with on-change when all is well', async () => {
    await pullRequestRun({ inputs: { command: 'validate', comment: 'never' } });
    await pullRequestRun({ inputs: { command: 'validate', comment: 'on-change' } });
    expect(github.emulator.commentsOn(PR)).toEqual([]);
    const result = await pullRequestRun({ inputs: { command: 'validate', comment: 'on-change' }, files: { ...valid, 'qhub-config.yaml': invalidConfig } });
    expect(result.exitCode).toBe(1);
    expect(markerComments()).toHaveLength(1);
  });

  it('does nothing on a pull_request activity it does not handle', async () => {
    const result = await pullRequestRun({ payload: { ...pullRequestEvent({ number: PR, baseRef: BASE }), action: 'labeled' } });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain("::notice::Nothing to do on pull_request 'labeled'");
    expect(github.emulator.requests).toEqual([]);
  });

  it('rejects an unknown comment mode in the user language', async () => {
    const result = await pullRequestRun({ inputs: { command: 'validate', comment: 'sometimes' } });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain("::error::Input 'comment' must be one of always, on-change, never (got 'sometimes').");
    expect(github.emulator.requests).toEqual([]);
  });
});

describe('qhub-gitops action on workflow_dispatch', () => {
  it('requires the command input', async () => {
    const result = await runAction({
      apiUrl: github.emulator.url,
      token: TOKEN,
      eventName: 'workflow_dispatch',
      payload: workflowDispatchEvent(`refs/heads/${BASE}`, {}),
      repository: github.emulator.fullName,
      files: valid,
      ref: `refs/heads/${BASE}`,
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/::error::Input 'command' is required on workflow_dispatch/);
  });

  it('validates against the other deployment branches, not its own', async () => {
    github.emulator.setFile('deploy/green', 'qhub-config.yaml', validConfig);
    const result = await runAction({
      apiUrl: github.emulator.url,
      token: TOKEN,
      eventName: 'workflow_dispatch',
      payload: workflowDispatchEvent(`refs/heads/${BASE}`, { command: 'validate' }),
      repository: github.emulator.fullName,
      files: valid,
      ref: `refs/heads/${BASE}`,
      inputs: { command: 'validate' },
    });
    // deploy/green is a copy of this deployment: same project_name and namespace.
    expect(github.emulator.requests.some((request) => request.path.endsWith('/contents/qhub-config.yaml') && request.query.includes('deploy%2Fgreen'))).toBe(true);
    expect(github.emulator.requests.some((request) => request.query.includes('deploy%2Fblue'))).toBe(false);
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.outputs.findings!)).toEqual([expect.objectContaining({ rule: 'deployment-collision', severity: 'error' })]);
    expect(result.stdout).toMatch(/::error file=qhub-config.yaml,line=\d+,col=\d+::\[deployment-collision\] project_name: deploy\/green:qhub-config.yaml deploys the same/);
    expect(github.emulator.commentsOn(PR)).toEqual([]);
  });
});
