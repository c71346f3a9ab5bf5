// The GitHub layer as the commands see it: a small interface over the REST/GraphQL
// calls the action makes, so commands can be tested against a fake or the emulator.

export interface IssueComment {
  id: number;
  body: string;
  /** REST `user.login`, e.g. `github-actions[bot]`. */
  authorLogin: string;
  url: string;
  createdAt: string;
}

export interface PullRequestInfo {
  number: number;
  state: string;
  /** Closed by a merge (GitHub's `merged_at` is set), not just closed. */
  merged: boolean;
  baseRef: string;
  headRef: string;
  headSha: string;
  /** `owner/name` of the head repository; null when the fork was deleted. */
  headRepoFullName: string | null;
  baseRepoFullName: string;
}

export interface DeploymentRequest {
  ref: string;
  environment: string;
  description: string;
  /** Stored on the deployment for later runs (e.g. the reviewed plan hash). */
  payload: Record<string, unknown>;
}

export type DeploymentState = 'queued' | 'in_progress' | 'success' | 'failure' | 'error' | 'inactive';

export interface DeploymentStatusRequest {
  state: DeploymentState;
  description: string;
  logUrl?: string;
  environmentUrl?: string;
}

export interface IssueInfo {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  url: string;
}

export interface GitHubApi {
  /** Login of the token's own identity, in REST form (`name[bot]` for apps). */
  viewerLogin(): Promise<string>;
  /**
   * Visits the issue/PR comments oldest first, 100 per request; stops early when
   * `visit` returns (or resolves to) false.
   */
  scanComments(issueNumber: number, visit: (page: IssueComment[]) => boolean | Promise<boolean>): Promise<void>;
  createComment(issueNumber: number, body: string): Promise<IssueComment>;
  updateComment(commentId: number, body: string): Promise<IssueComment>;
  deleteComment(commentId: number): Promise<void>;
  getPull(pullNumber: number): Promise<PullRequestInfo>;
  /** Paths changed by the PR (at most the 3000 GitHub lists). */
  listPullFiles(pullNumber: number): Promise<string[]>;
  /** A file's bytes at `ref`, or null when the path does not exist there. */
  getContent(path: string, ref: string): Promise<Uint8Array | null>;
  /** Paths of the files directly in directory `path` at `ref` (no subdirectories); empty when it does not exist there. */
  listDirectoryFiles(path: string, ref: string): Promise<string[]>;
  /** Branch names starting with `prefix`, e.g. `deploy/`. */
  listBranches(prefix: string): Promise<string[]>;
  /** Pull requests whose head or merge commit is `sha` (how a push finds its reviewed PR). */
  pullsForCommit(sha: string): Promise<PullRequestInfo[]>;
  createDeployment(request: DeploymentRequest): Promise<{ id: number }>;
  createDeploymentStatus(deploymentId: number, status: DeploymentStatusRequest): Promise<void>;
  /** The newest open issue with this exact title and label, if any. */
  findIssue(title: string, label: string): Promise<IssueInfo | null>;
  createIssue(title: string, body: string, labels: string[]): Promise<IssueInfo>;
  updateIssue(issueNumber: number, changes: { body?: string; state?: 'open' | 'closed' }): Promise<IssueInfo>;
}

/** A GitHub API failure already phrased for the user (permission, rate limit, outage...). */
export class GitHubApiError extends Error {
  override name = 'GitHubApiError';
  constructor(
    message: string,
    readonly status: number | undefined,
  ) {
    super(message);
  }
}
