// GitHub failures in the user's language: what failed, why, and what to do.
import { describe, expect, it } from 'vitest';
import { describeFailure, toGitHubApiError } from '../../../src/github/errors.js';

const comment = { description: 'comment on #7', permission: 'pull-requests: write' };

describe('describeFailure', () => {
  it('names the permission for "Resource not accessible by integration"', () => {
    expect(describeFailure({ status: 403, message: 'Resource not accessible by integration' }, comment, 2)).toBe(
      "GitHub API could not comment on #7: the token lacks the `pull-requests: write` permission. Add it to the job's `permissions:` block (pull requests from forks only ever get a read-only token).",
    );
  });

  it('tells rate limits, bad credentials, outages and network failures apart', () => {
    expect(describeFailure({ status: 429, message: 'Too many requests', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1767229200' } }, comment, 2)).toBe(
      'GitHub API rate limit exceeded: could not comment on #7. Re-run the job after 01:00 UTC.',
    );
    expect(describeFailure({ status: 401, message: 'Bad credentials' }, comment, 2)).toMatch(/github-token was rejected/);
    expect(describeFailure({ status: 503, message: 'Service Unavailable' }, comment, 2)).toMatch(/answered 503 Service Unavailable after 2 retries/);
    expect(describeFailure({ message: 'connect ECONNREFUSED 127.0.0.1:1' }, comment, 2)).toMatch(/ECONNREFUSED.*GITHUB_API_URL/);
    expect(describeFailure({ status: 422, message: 'Validation Failed' }, comment, 2)).toBe('GitHub API could not comment on #7: 422 Validation Failed');
  });

  it('keeps GitHub words but drops the documentation URL suffix and any request details', () => {
    const error = Object.assign(new Error('Not Found - https://docs.github.com/rest/pulls/pulls#get-a-pull-request'), {
      status: 404,
      response: { headers: {} },
      request: { headers: { authorization: 'token ghs_secret' } },
    });
    const translated = toGitHubApiError(error, { description: 'read pull request #9', permission: 'pull-requests: read' }, 2);
    expect(translated.message).toBe('GitHub API could not read pull request #9: not found (404). Check that it exists and that the token can see this repository.');
    expect(translated.status).toBe(404);
  });

  it('treats a status without a response as a network failure', () => {
    const error = Object.assign(new Error('fetch failed'), { status: 500 });
    expect(toGitHubApiError(error, comment, 2).message).toMatch(/could not comment on #7: fetch failed\. Check GITHUB_API_URL/);
  });
});
