// One comment per pull request and deployment, edited in place on every run.
// A comment is ours when its first line is our marker AND the token's own
// identity wrote it: a human quoting the marker is never edited or deleted.
import type { GitHubApi, IssueComment } from './api.js';
import { isSameIdentity, oldestFirst } from '../deploy/marker.js';

export type CommentMode = 'always' | 'on-change' | 'never';

export interface StickyCommentRequest {
  issueNumber: number;
  body: string;
  /** True for a body whose marker names the same deployment and config as `body`. */
  isSticky(body: string): boolean;
  mode: CommentMode;
  /** Whether this run has something to say (findings, changes); `on-change` creates only then. */
  hasNews: boolean;
}

export type StickyCommentResult =
  | { action: 'created' | 'updated' | 'unchanged'; comment: IssueComment; deletedDuplicates: number[] }
  | { action: 'skipped'; reason: string };

export async function upsertStickyComment(api: GitHubApi, request: StickyCommentRequest): Promise<StickyCommentResult> {
  if (request.mode === 'never') return { action: 'skipped', reason: 'comment: never' };

  // Comments come oldest first. Two runs racing on a PR without a comment both create one, a
  // few seconds apart: once our first comment is found, one more page covers its twin, and the
  // pages after it are not read.
  const ours: IssueComment[] = [];
  let viewer: string | undefined;
  let pagesAfterOurs = -1;
  await api.scanComments(request.issueNumber, async (page) => {
    const marked = page.filter((comment) => request.isSticky(comment.body));
    if (marked.length > 0) {
      // Only ask who we are once a marker is seen: a first run costs no extra request.
      const login = (viewer ??= await api.viewerLogin());
      ours.push(...marked.filter((comment) => isSameIdentity(comment.authorLogin, login)));
    }
    if (pagesAfterOurs >= 0) pagesAfterOurs++;
    else if (ours.length > 0) pagesAfterOurs = 0;
    return pagesAfterOurs < 1;
  });
  ours.sort(oldestFirst);

  const [kept, ...duplicates] = ours;
  for (const duplicate of duplicates) await api.deleteComment(duplicate.id);
  const deletedDuplicates = duplicates.map((comment) => comment.id);

  if (!kept) {
    if (request.mode === 'on-change' && !request.hasNews) {
      return { action: 'skipped', reason: 'comment: on-change and nothing to report' };
    }
    return { action: 'created', comment: await api.createComment(request.issueNumber, request.body), deletedDuplicates };
  }
  // An existing comment is always brought up to date, even in on-change mode: a stale
  // list of errors that were since fixed would mislead the reviewer.
  if (kept.body === request.body) return { action: 'unchanged', comment: kept, deletedDuplicates };
  return { action: 'updated', comment: await api.updateComment(kept.id, request.body), deletedDuplicates };
}
