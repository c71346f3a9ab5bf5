// The emulator itself: it must reject what GitHub would, or the e2e tests prove nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GitHubEmulator } from './server.js';
import { OpenApiChecker } from './openapi.js';
import { pullRequestEvent } from './fixtures.js';

const TOKEN = 'ghs_emulatorSelfTest';
let emulator: GitHubEmulator;
let checker: OpenApiChecker;

beforeAll(async () => {
  checker = new OpenApiChecker();
  emulator = await GitHubEmulator.start(checker);
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(() => {
  emulator.reset();
  emulator.addToken(TOKEN, { login: 'github-actions[bot]', type: 'Bot', graphqlViewer: false });
  emulator.addPull(pullRequestEvent({ number: 4 }));
});

async function call(method: string, path: string, body?: unknown, token = TOKEN): Promise<Response> {
  return fetch(`${emulator.url}${path}`, {
    method,
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

describe('GitHub emulator', () => {
  it('records a route GitHub does not have', async () => {
    expect((await call('GET', '/repos/Codertocat/Hello-World/issues/4/commentz')).status).toBe(404);
    expect(emulator.violations).toEqual(['GET /repos/Codertocat/Hello-World/issues/4/commentz: GitHub has no route GET /repos/Codertocat/Hello-World/issues/4/commentz']);
  });

  it('records a body that breaks the request schema, and unknown or invalid query parameters', async () => {
    await call('POST', '/repos/Codertocat/Hello-World/issues/4/comments', { text: 'hi' });
    await call('GET', '/repos/Codertocat/Hello-World/issues/4/comments?per_page=many&sort=asc');
    expect(emulator.violations.join('\n')).toMatch(/request body: .*must have required property 'body'/);
    expect(emulator.violations.join('\n')).toMatch(/query parameter 'per_page'=many: .*must be integer/);
    expect(emulator.violations.join('\n')).toMatch(/unknown query parameter 'sort'/);
  });

  it('pages with Link headers', async () => {
    for (let i = 0; i < 5; i++) emulator.addComment(4, `c${i}`, { login: 'Codertocat', type: 'User' });
    const first = await call('GET', '/repos/Codertocat/Hello-World/issues/4/comments?per_page=2');
    expect(((await first.json()) as unknown[]).length).toBe(2);
    expect(first.headers.get('link')).toMatch(/<[^>]*page=2[^>]*>; rel="next", <[^>]*page=3[^>]*>; rel="last"/);
    const last = await call('GET', '/repos/Codertocat/Hello-World/issues/4/comments?per_page=2&page=3');
    expect(last.headers.get('link')).not.toContain('rel="next"');
    expect(emulator.violations).toEqual([]);
  });

  it('answers unknown tokens with 401 and injected faults once', async () => {
    expect((await call('GET', '/repos/Codertocat/Hello-World/pulls/4', undefined, 'nope')).status).toBe(401);
    emulator.injectFault({ operationId: 'pulls/get', status: 502 });
    expect((await call('GET', '/repos/Codertocat/Hello-World/pulls/4')).status).toBe(502);
    expect((await call('GET', '/repos/Codertocat/Hello-World/pulls/4')).status).toBe(200);
    expect(emulator.violations).toEqual([]);
  });

  it('lists a directory in the shape GitHub describes, and answers 404 for a missing one', async () => {
    emulator.setFile('main', 'environments/environment-dask.yaml', 'name: dask\n');
    emulator.setFile('main', 'environments/old/environment-r.yaml', 'name: r\n');
    const listing = await call('GET', '/repos/Codertocat/Hello-World/contents/environments?ref=main');
    const entries = (await listing.json()) as Array<{ type: string; path: string }>;
    expect(entries.map((entry) => `${entry.type} ${entry.path}`)).toEqual(['file environments/environment-dask.yaml', 'dir environments/old']);
    expect((await call('GET', '/repos/Codertocat/Hello-World/contents/environment?ref=main')).status).toBe(404);
    expect(emulator.violations).toEqual([]);
    const operation = checker.match('GET', '/repos/o/r/contents/environments')!;
    expect(checker.checkResponse(operation, 200, [{ type: 'file', name: 'a.yaml', path: 'environments/a.yaml' }]).join('\n')).toMatch(/must have required property 'sha'/);
  });

  it('checks responses against the response schema', () => {
    const operation = checker.match('GET', '/repos/o/r/pulls/1')!;
    expect(checker.checkResponse(operation, 200, { number: 1 }).join('\n')).toMatch(/must have required property 'head'/);
    expect(checker.checkResponse(operation, 200, pullRequestEvent().pull_request).join('\n')).toMatch(/auto_merge/);
    expect(checker.checkResponse(operation, 418, {})).toEqual(['status 418 is not a documented response']);
  });

  it('accepts null where the description says nullable', () => {
    const operation = checker.match('GET', '/repos/o/r/pulls/1')!;
    const pull = { ...pullRequestEvent().pull_request, auto_merge: null, active_lock_reason: null, milestone: null, merged_by: null };
    expect(checker.checkResponse(operation, 200, pull)).toEqual([]);
  });
});
