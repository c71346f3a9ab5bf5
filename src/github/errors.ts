// Turns a failed GitHub request into a message a workflow author can act on.
// Only the status, GitHub's own message and rate-limit headers are used: the
// request (and its Authorization header) never reaches the message.
import { GitHubApiError } from './api.js';

/** What the action was doing, and the workflow permission that call needs. */
export interface Operation {
  /** Verb phrase, e.g. `list the comments of pull request #7`. */
  description: string;
  /** The `permissions:` entry a GITHUB_TOKEN needs for this call, e.g. `pull-requests: write`. */
  permission: string;
}

export interface FailedRequest {
  status?: number;
  message: string;
  headers?: Record<string, string | number | undefined>;
}

function resetTime(headers: FailedRequest['headers']): string {
  const reset = Number(headers?.['x-ratelimit-reset']);
  if (!Number.isFinite(reset) || reset <= 0) return 'later';
  return `after ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC`;
}

function isRateLimit(failure: FailedRequest): boolean {
  if (failure.status !== 403 && failure.status !== 429) return false;
  return (
    /rate limit/i.test(failure.message) ||
    String(failure.headers?.['x-ratelimit-remaining'] ?? '') === '0'
  );
}

export function describeFailure(failure: FailedRequest, operation: Operation, retries: number): string {
  const what = `could not ${operation.description}`;
  const status = failure.status;
  if (status === undefined) {
    return `GitHub API ${what}: ${failure.message}. Check GITHUB_API_URL and the runner's network or proxy settings.`;
  }
  if (isRateLimit(failure)) {
    return `GitHub API rate limit exceeded: ${what}. Re-run the job ${resetTime(failure.headers)}.`;
  }
  if (status === 401) {
    return `GitHub API ${what}: the github-token was rejected (bad or expired credentials).`;
  }
  if (status === 403 && /not accessible by integration|must have .* access|permission/i.test(failure.message)) {
    return (
      `GitHub API ${what}: the token lacks the \`${operation.permission}\` permission. ` +
      `Add it to the job's \`permissions:\` block (pull requests from forks only ever get a read-only token).`
    );
  }
  if (status === 404) {
    return `GitHub API ${what}: not found (404). Check that it exists and that the token can see this repository.`;
  }
  if (status >= 500) {
    return `GitHub API ${what}: GitHub answered ${status} ${failure.message} after ${retries} retries. This is on GitHub's side; re-run the job later.`;
  }
  return `GitHub API ${what}: ${status} ${failure.message}`;
}

/** Wraps any thrown value from Octokit into a GitHubApiError with a user message. */
export function toGitHubApiError(error: unknown, operation: Operation, retries: number): GitHubApiError {
  if (error instanceof GitHubApiError) return error;
  const candidate = error as { status?: unknown; message?: unknown; response?: { headers?: unknown } };
  // Octokit reports a network failure as status 500 without a response.
  const status = typeof candidate.status === 'number' && candidate.response ? candidate.status : undefined;
  const message = typeof candidate.message === 'string' ? candidate.message : String(error);
  const headers = (candidate.response?.headers ?? undefined) as FailedRequest['headers'];
  return new GitHubApiError(describeFailure({ status, message: firstLine(message), headers }, operation, retries), status);
}

function firstLine(message: string): string {
  // Octokit appends ` - https://docs.github.com/...` to messages; keep GitHub's own words.
  return message.split('\n')[0]!.replace(/ - https:\/\/docs\.github\.com\S*$/, '');
}
