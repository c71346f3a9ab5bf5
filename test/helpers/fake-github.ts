// A typed in-memory GitHub for the jobs' unit tests: comments, merged pull requests, deployments
// and issues, recorded so a test can read what a job wrote. Calls a test does not set up fail loudly.
import type { DeploymentRequest, DeploymentStatusRequest, GitHubApi, IssueComment, IssueInfo, PullRequestInfo } from '../../src/github/api.js';

export interface FakeGitHub extends GitHubApi {
  comments: IssueComment[];
  pulls: PullRequestInfo[];
  deployments: DeploymentRequest[];
  statuses: DeploymentStatusRequest[];
  issues: (IssueInfo & { labels: string[] })[];
}

export const VIEWER = 'github-actions[bot]';

/** A pull request merged from `head` into `base`. */
export function mergedPull(number: number, base: string): PullRequestInfo {
  return { number, state: 'closed', merged: true, baseRef: base, headRef: 'change', headSha: 'b'.repeat(40), headRepoFullName: 'o/r', baseRepoFullName: 'o/r' };
}

export function fakeGitHub(): FakeGitHub {
  const unexpected = (call: string) => async (): Promise<never> => {
    throw new Error(`fake GitHub: unexpected ${call}`);
  };
  const github: FakeGitHub = {
    comments: [],
    pulls: [],
    deployments: [],
    statuses: [],
    issues: [],
    viewerLogin: async () => VIEWER,
    scanComments: async (_issue, visit) => void (await visit([...github.comments])),
    createComment: async (_issue, body) => {
      const comment = { id: github.comments.length + 1, body, authorLogin: VIEWER, url: `c${github.comments.length + 1}`, createdAt: '2026-01-01T00:00:00Z' };
      github.comments.push(comment);
      return comment;
    },
    updateComment: async (id, body) => {
      const comment = github.comments.find((candidate) => candidate.id === id);
      if (!comment) throw new Error(`fake GitHub: no comment ${id}`);
      comment.body = body;
      return comment;
    },
    deleteComment: async (id) => void (github.comments = github.comments.filter((comment) => comment.id !== id)),
    getPull: unexpected('getPull'),
    listPullFiles: unexpected('listPullFiles'),
    getContent: async () => null,
    listDirectoryFiles: async () => [],
    listBranches: async () => [],
    pullsForCommit: async () => github.pulls,
    createDeployment: async (request) => (github.deployments.push(request), { id: github.deployments.length }),
    createDeploymentStatus: async (_id, status) => void github.statuses.push(status),
    findIssue: async (title) => github.issues.find((issue) => issue.title === title && issue.state === 'open') ?? null,
    createIssue: async (title, body, labels) => {
      const issue = { number: github.issues.length + 1, title, body, state: 'open' as const, url: `i${github.issues.length + 1}`, labels };
      github.issues.push(issue);
      return issue;
    },
    updateIssue: async (number, changes) => {
      const issue = github.issues.find((candidate) => candidate.number === number);
      if (!issue) throw new Error(`fake GitHub: no issue ${number}`);
      Object.assign(issue, changes);
      return issue;
    },
  };
  return github;
}
