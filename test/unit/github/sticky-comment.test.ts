// The sticky comment over an in-memory GitHubApi: ownership, duplicates, modes, request counts.
import { describe, expect, it } from 'vitest';
import type { GitHubApi, IssueComment } from '../../../src/github/api.js';
import { upsertStickyComment, type StickyCommentRequest } from '../../../src/github/sticky-comment.js';
import { isSameIdentity } from '../../../src/deploy/marker.js';

const MARKER = '<!-- qhub-gitops {"v":1} -->';

function fakeApi(initial: Array<Pick<IssueComment, 'body' | 'authorLogin'>>, viewer = 'github-actions') {
  const comments: IssueComment[] = initial.map((comment, index) => ({
    ...comment,
    id: index + 1,
    url: `https://github.com/o/r/pull/1#issuecomment-${index + 1}`,
    createdAt: new Date(Date.UTC(2026, 0, 1) + index * 1000).toISOString(),
  }));
  const calls: string[] = [];
  let nextId = 100;
  const api: Pick<GitHubApi, 'scanComments' | 'createComment' | 'updateComment' | 'deleteComment' | 'viewerLogin'> = {
    async viewerLogin() {
      calls.push('viewer');
      return viewer;
    },
    async scanComments(_issue, visit) {
      for (let start = 0; start === 0 || start < comments.length; start += 100) {
        calls.push('list');
        if (!(await visit(comments.slice(start, start + 100)))) break;
      }
    },
    async createComment(_issue, body) {
      calls.push('create');
      const comment = { id: nextId++, body, authorLogin: 'github-actions[bot]', url: 'new', createdAt: '2026-02-01T00:00:00Z' };
      comments.push(comment);
      return comment;
    },
    async updateComment(id, body) {
      calls.push(`update ${id}`);
      const comment = comments.find((candidate) => candidate.id === id)!;
      comment.body = body;
      return comment;
    },
    async deleteComment(id) {
      calls.push(`delete ${id}`);
      comments.splice(comments.findIndex((candidate) => candidate.id === id), 1);
    },
  };
  return { api: api as GitHubApi, comments, calls };
}

const request = (body: string, overrides: Partial<StickyCommentRequest> = {}): StickyCommentRequest => ({
  issueNumber: 1,
  body,
  isSticky: (candidate) => candidate.startsWith(MARKER),
  mode: 'always',
  hasNews: true,
  ...overrides,
});

describe('upsertStickyComment', () => {
  it('creates the comment on a first run without asking who it is', async () => {
    const { api, calls } = fakeApi([{ body: 'LGTM', authorLogin: 'Codertocat' }]);
    const result = await upsertStickyComment(api, request(`${MARKER}\nbody`));
    expect(result.action).toBe('created');
    expect(calls).toEqual(['list', 'create']);
  });

  it('updates its own comment in at most 3 requests, and leaves an equal one alone', async () => {
    const { api, calls } = fakeApi([{ body: `${MARKER}\nold`, authorLogin: 'github-actions[bot]' }]);
    expect((await upsertStickyComment(api, request(`${MARKER}\nnew`))).action).toBe('updated');
    expect(calls).toEqual(['list', 'viewer', 'update 1']);
    calls.length = 0;
    expect((await upsertStickyComment(api, request(`${MARKER}\nnew`))).action).toBe('unchanged');
    expect(calls).toEqual(['list', 'viewer']);
  });

  it('never touches a comment a person wrote with the marker in it', async () => {
    const { api, comments } = fakeApi([{ body: `${MARKER}\nquoted`, authorLogin: 'Codertocat' }]);
    const result = await upsertStickyComment(api, request(`${MARKER}\nnew`));
    expect(result.action).toBe('created');
    expect(comments[0]!.body).toBe(`${MARKER}\nquoted`);
  });

  it('keeps the oldest own comment and deletes a racing twin on the next page', async () => {
    const initial = Array.from({ length: 230 }, (_, index) => ({ body: `note ${index}`, authorLogin: 'Codertocat' }));
    initial[98] = { body: `${MARKER}\nfirst`, authorLogin: 'github-actions[bot]' };
    initial[101] = { body: `${MARKER}\nrace`, authorLogin: 'github-actions[bot]' };
    const { api, calls } = fakeApi(initial);
    const result = await upsertStickyComment(api, request(`${MARKER}\nnew`));
    expect(result).toMatchObject({ action: 'updated', comment: { id: 99 }, deletedDuplicates: [102] });
    expect(calls).toEqual(['list', 'viewer', 'list', 'delete 102', 'update 99']);
  });

  it('stops reading one page after its own comment', async () => {
    const initial = Array.from({ length: 450 }, (_, index) => ({ body: `note ${index}`, authorLogin: 'Codertocat' }));
    initial[5] = { body: `${MARKER}\nours`, authorLogin: 'github-actions[bot]' };
    const { api, calls } = fakeApi(initial);
    expect((await upsertStickyComment(api, request(`${MARKER}\nours`))).action).toBe('unchanged');
    expect(calls).toEqual(['list', 'viewer', 'list']);
  });

  it('reads on past a human comment carrying the marker', async () => {
    const initial = Array.from({ length: 250 }, (_, index) => ({ body: `note ${index}`, authorLogin: 'Codertocat' }));
    initial[3] = { body: `${MARKER}\nquoted`, authorLogin: 'Codertocat' };
    initial[240] = { body: `${MARKER}\nours`, authorLogin: 'github-actions[bot]' };
    const { api, calls } = fakeApi(initial);
    expect(await upsertStickyComment(api, request(`${MARKER}\nnew`))).toMatchObject({ action: 'updated', comment: { id: 241 } });
    expect(calls).toEqual(['list', 'viewer', 'list', 'list', 'update 241']);
  });

  it('posts nothing with never, and with on-change only when there is news or a comment to update', async () => {
    const empty = fakeApi([]);
    expect((await upsertStickyComment(empty.api, request(`${MARKER}\nx`, { mode: 'never' }))).action).toBe('skipped');
    expect(empty.calls).toEqual([]);
    expect((await upsertStickyComment(empty.api, request(`${MARKER}\nx`, { mode: 'on-change', hasNews: false }))).action).toBe('skipped');
    expect((await upsertStickyComment(empty.api, request(`${MARKER}\nx`, { mode: 'on-change', hasNews: true }))).action).toBe('created');
    expect((await upsertStickyComment(empty.api, request(`${MARKER}\nall good`, { mode: 'on-change', hasNews: false }))).action).toBe('updated');
  });

  it('matches a bare GraphQL login to the REST [bot] author, not to other bots', () => {
    expect(isSameIdentity('github-actions[bot]', 'github-actions')).toBe(true);
    expect(isSameIdentity('github-actions[bot]', 'github-actions[bot]')).toBe(true);
    expect(isSameIdentity('octo-admin', 'octo-admin')).toBe(true);
    expect(isSameIdentity('dependabot[bot]', 'github-actions')).toBe(false);
    expect(isSameIdentity('github-actions', 'octo-admin')).toBe(false);
  });
});
