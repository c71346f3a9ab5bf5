// GitHubApi over Octokit. `getOctokit` honours GITHUB_API_URL (GHES) and the
// runner's proxy settings; retry covers 5xx, throttling covers rate limits.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import {
  GitHubApiError,
  type DeploymentRequest,
  type DeploymentStatusRequest,
  type GitHubApi,
  type IssueComment,
  type IssueInfo,
  type PullRequestInfo,
} from './api.js';
import { toGitHubApiError, type Operation } from './errors.js';

/** Retries after a 5xx; with the plugin's quadratic back-off that is 1 s then 4 s. */
const SERVER_ERROR_RETRIES = 2;
/** Rate-limit waits longer than this fail the run instead of holding a runner. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 60;
const RATE_LIMIT_RETRIES = 2;
/** The Actions token cannot ask GraphQL who it is; its comments are authored by this login. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

export interface Repository {
  owner: string;
  repo: string;
}

export interface ClientOptions {
  /** Called with one line per rate-limit wait, so the log says why the run pauses. */
  log: (message: string) => void;
  /** Overrides GITHUB_API_URL (which getOctokit reads when the module loads). */
  baseUrl?: string;
}

const permissions = {
  readComments: 'pull-requests: read',
  comments: 'pull-requests: write',
  pulls: 'pull-requests: read',
  contents: 'contents: read',
  deployments: 'deployments: write',
  issues: 'issues: write',
} as const;

interface RestComment {
  id: number;
  body?: string | null;
  user: { login: string } | null;
  html_url: string;
  created_at: string;
}

interface RestPull {
  number: number;
  state: string;
  merged_at: string | null;
  base: { ref: string; repo: { full_name: string } };
  head: { ref: string; sha: string; repo: { full_name: string } | null };
}

interface RestIssue {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  html_url: string;
}

function toComment(comment: RestComment): IssueComment {
  return {
    id: comment.id,
    body: comment.body ?? '',
    authorLogin: comment.user?.login ?? '',
    url: comment.html_url,
    createdAt: comment.created_at,
  };
}

function toPull(pull: RestPull): PullRequestInfo {
  return {
    number: pull.number,
    state: pull.state,
    merged: pull.merged_at !== null,
    baseRef: pull.base.ref,
    headRef: pull.head.ref,
    headSha: pull.head.sha,
    headRepoFullName: pull.head.repo?.full_name ?? null,
    baseRepoFullName: pull.base.repo.full_name,
  };
}

function toIssue(issue: RestIssue): IssueInfo {
  return {
    number: issue.number,
    title: issue.title,
    body: issue.body ?? '',
    state: issue.state === 'closed' ? 'closed' : 'open',
    url: issue.html_url,
  };
}

function isRefusedViewer(error: unknown): boolean {
  const candidate = error as { status?: number; message?: string; errors?: Array<{ type?: string }> };
  return (
    (candidate.errors ?? []).some((entry) => entry.type === 'FORBIDDEN') ||
    /not accessible by integration/i.test(candidate.message ?? '')
  );
}

export function createGitHubApi(token: string, repository: Repository, options: ClientOptions): GitHubApi {
  const octokit = getOctokit(
    token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      retry: { retries: SERVER_ERROR_RETRIES },
      throttle: {
        onRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) =>
          shouldWait('rate limit', retryAfter, request, retryCount),
        onSecondaryRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) =>
          shouldWait('secondary rate limit', retryAfter, request, retryCount),
      },
    },
    retry,
    throttling,
  );

  function shouldWait(kind: string, retryAfter: number, request: { method: string; url: string }, retryCount: number): boolean {
    if (retryCount >= RATE_LIMIT_RETRIES || retryAfter > MAX_RATE_LIMIT_WAIT_SECONDS) return false;
    options.log(`GitHub ${kind} hit on ${request.method} ${request.url}; retrying in ${retryAfter}s.`);
    return true;
  }

  async function call<T>(operation: Operation, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw toGitHubApiError(error, operation, SERVER_ERROR_RETRIES);
    }
  }

  /** Pages of a paginated list until `visit` says stop; only GitHub's failures are translated. */
  async function eachPage<T>(operation: Operation, pages: AsyncIterable<{ data: T[] }>, visit: (items: T[]) => boolean | Promise<boolean>): Promise<void> {
    const iterator = pages[Symbol.asyncIterator]();
    for (;;) {
      const page = await call(operation, () => iterator.next());
      if (page.done || !(await visit(page.value.data))) return;
    }
  }

  const repo = { owner: repository.owner, repo: repository.repo };
  const fullName = `${repository.owner}/${repository.repo}`;

  /** What the contents API answers for `path` at `ref` (a file or a directory listing), or null when nothing is there. */
  async function contentAt(path: string, ref: string, operation: Operation) {
    try {
      return (await octokit.rest.repos.getContent({ ...repo, path, ref })).data;
    } catch (error) {
      if ((error as { status?: number }).status === 404) return null;
      throw toGitHubApiError(error, operation, SERVER_ERROR_RETRIES);
    }
  }

  let viewer: Promise<string> | undefined;

  return {
    viewerLogin() {
      viewer ??= octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }').then(
        (result) => result.viewer.login,
        (error: unknown) => {
          // The Actions token is refused here ("Resource not accessible by integration").
          if (isRefusedViewer(error)) return ACTIONS_BOT_LOGIN;
          throw toGitHubApiError(error, { description: 'ask GitHub whose token this is', permission: permissions.readComments }, SERVER_ERROR_RETRIES);
        },
      );
      return viewer;
    },

    async scanComments(issueNumber, visit) {
      const operation = { description: `list the comments of #${issueNumber}`, permission: permissions.readComments };
      const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 });
      await eachPage(operation, pages, (comments) => visit((comments as RestComment[]).map(toComment)));
    },

    async createComment(issueNumber, body) {
      const operation = { description: `comment on #${issueNumber}`, permission: permissions.comments };
      const response = await call(operation, () =>
        octokit.rest.issues.createComment({ ...repo, issue_number: issueNumber, body }),
      );
      return toComment(response.data as RestComment);
    },

    async updateComment(commentId, body) {
      const operation = { description: `update comment ${commentId}`, permission: permissions.comments };
      const response = await call(operation, () =>
        octokit.rest.issues.updateComment({ ...repo, comment_id: commentId, body }),
      );
      return toComment(response.data as RestComment);
    },

    async deleteComment(commentId) {
      const operation = { description: `delete duplicate comment ${commentId}`, permission: permissions.comments };
      await call(operation, () => octokit.rest.issues.deleteComment({ ...repo, comment_id: commentId }));
    },

    async getPull(pullNumber) {
      const operation = { description: `read pull request #${pullNumber} of ${fullName}`, permission: permissions.pulls };
      const response = await call(operation, () => octokit.rest.pulls.get({ ...repo, pull_number: pullNumber }));
      return toPull(response.data as RestPull);
    },

    async listPullFiles(pullNumber) {
      const operation = { description: `list the files of pull request #${pullNumber}`, permission: permissions.pulls };
      const files = await call(operation, () =>
        octokit.paginate(octokit.rest.pulls.listFiles, { ...repo, pull_number: pullNumber, per_page: 100 }),
      );
      return files.map((file) => file.filename);
    },

    async getContent(path, ref) {
      const data = await contentAt(path, ref, { description: `read ${path} at ${ref}`, permission: permissions.contents });
      if (data === null) return null;
      if (Array.isArray(data) || data.type !== 'file') {
        throw new GitHubApiError(`${path} at ${ref} is a ${Array.isArray(data) ? 'directory' : data.type}, not a file.`, 200);
      }
      if (data.encoding !== 'base64') {
        // GitHub leaves `content` empty for files over 1 MB: far larger than any config.
        throw new GitHubApiError(`${path} at ${ref} is ${data.size} bytes, too large to be a config.`, 200);
      }
      return new Uint8Array(Buffer.from(data.content, 'base64'));
    },

    async listDirectoryFiles(path, ref) {
      const data = await contentAt(path, ref, { description: `list ${path} at ${ref}`, permission: permissions.contents });
      if (data === null) return [];
      if (!Array.isArray(data)) throw new GitHubApiError(`${path} at ${ref} is a ${data.type}, not a directory.`, 200);
      return data.filter((entry) => entry.type === 'file').map((entry) => entry.path);
    },

    async listBranches(prefix) {
      const operation = { description: `list the ${prefix}* branches`, permission: permissions.contents };
      // Not paginated: GitHub returns every matching ref at once.
      const response = await call(operation, () => octokit.rest.git.listMatchingRefs({ ...repo, ref: `heads/${prefix}` }));
      return response.data.map((ref) => ref.ref.replace(/^refs\/heads\//, ''));
    },

    async pullsForCommit(sha) {
      const operation = { description: `find the pull request of commit ${sha}`, permission: permissions.pulls };
      const pulls = await call(operation, () =>
        octokit.paginate(octokit.rest.repos.listPullRequestsAssociatedWithCommit, { ...repo, commit_sha: sha, per_page: 100 }),
      );
      return (pulls as RestPull[]).map(toPull);
    },

    async createDeployment(request: DeploymentRequest) {
      const operation = { description: `create a deployment of ${request.ref}`, permission: permissions.deployments };
      const response = await call(operation, () =>
        octokit.rest.repos.createDeployment({
          ...repo,
          ref: request.ref,
          environment: request.environment,
          description: request.description,
          payload: request.payload,
          // The reviewed plan is the gate; commit statuses are checked by branch protection.
          required_contexts: [],
          auto_merge: false,
        }),
      );
      if (!('id' in response.data)) {
        throw new GitHubApiError(`GitHub did not create a deployment of ${request.ref}: ${response.data.message ?? 'no reason given'}`, 202);
      }
      return { id: response.data.id };
    },

    async createDeploymentStatus(deploymentId, status: DeploymentStatusRequest) {
      const operation = { description: `update the status of deployment ${deploymentId}`, permission: permissions.deployments };
      await call(operation, () =>
        octokit.rest.repos.createDeploymentStatus({
          ...repo,
          deployment_id: deploymentId,
          state: status.state,
          description: status.description.slice(0, 140),
          ...(status.logUrl ? { log_url: status.logUrl } : {}),
          ...(status.environmentUrl ? { environment_url: status.environmentUrl } : {}),
        }),
      );
    },

    async findIssue(title, label) {
      const operation = { description: `look for the issue "${title}"`, permission: permissions.issues };
      let found: IssueInfo | null = null;
      const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
        ...repo,
        labels: label,
        state: 'open',
        sort: 'created',
        direction: 'desc',
        per_page: 100,
      });
      await eachPage(operation, pages, (issues) => {
        const match = (issues as (RestIssue & { pull_request?: unknown })[]).find((issue) => issue.title === title && !issue.pull_request);
        if (match) found = toIssue(match);
        return !match;
      });
      return found;
    },

    async createIssue(title, body, labels) {
      const operation = { description: `open the issue "${title}"`, permission: permissions.issues };
      const response = await call(operation, () => octokit.rest.issues.create({ ...repo, title, body, labels }));
      return toIssue(response.data as RestIssue);
    },

    async updateIssue(issueNumber, changes) {
      const operation = { description: `update issue #${issueNumber}`, permission: permissions.issues };
      const response = await call(operation, () =>
        octokit.rest.issues.update({ ...repo, issue_number: issueNumber, ...changes }),
      );
      return toIssue(response.data as RestIssue);
    },
  };
}
