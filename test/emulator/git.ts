// The emulated repository's git side: a bare repository served over smart HTTP by git's own
// `git http-backend` (what `git fetch`/`git push` of a workflow talk to), and the facts the REST
// API reports about it (branches, commits, comparisons), read from the same repository.
import { execFileSync, spawn } from 'node:child_process';
import type { IncomingMessage, ServerResponse } from 'node:http';

type Json = Record<string, any>;

export interface Commit {
  sha: string;
  parents: string[];
  message: string;
  authorName: string;
  authorEmail: string;
  date: string;
  tree: string;
}

export class GitRepository {
  /** `projectRoot` holds the bare repository as `<owner>/<repo>.git`, the layout git http-backend serves. */
  constructor(
    readonly projectRoot: string,
    readonly fullName: string,
  ) {}

  get dir(): string {
    return `${this.projectRoot}/${this.fullName}.git`;
  }

  git(...args: string[]): string {
    return execFileSync('git', ['--git-dir', this.dir, ...args], { encoding: 'utf8' }).trim();
  }

  /** Branch name to commit sha, sorted by name. */
  branches(): Map<string, string> {
    const lines = this.git('for-each-ref', '--sort=refname', '--format=%(refname:lstrip=2) %(objectname)', 'refs/heads/');
    return new Map(lines.split('\n').filter(Boolean).map((line) => line.split(' ') as [string, string]));
  }

  /** The commit a branch name or sha names, or null. */
  resolve(revision: string): string | null {
    try {
      return this.git('rev-parse', '--verify', '--quiet', `${revision}^{commit}`);
    } catch {
      return null;
    }
  }

  commit(sha: string): Commit {
    const [full, parents, tree, authorName, authorEmail, date, ...message] = this.git('show', '-s', '--format=%H%n%P%n%T%n%an%n%ae%n%aI%n%B', sha).split('\n');
    return { sha: full!, parents: parents ? parents.split(' ') : [], tree: tree!, authorName: authorName!, authorEmail: authorEmail!, date: date!, message: message.join('\n').trim() };
  }

  /** Commits in `head` and not in `base`, oldest first, and how many `base` has that `head` lacks. */
  compare(base: string, head: string): { ahead: string[]; behindBy: number; mergeBase: string } {
    const ahead = this.git('rev-list', '--reverse', `${base}..${head}`).split('\n').filter(Boolean);
    const behindBy = Number(this.git('rev-list', '--count', `${head}..${base}`));
    return { ahead, behindBy, mergeBase: this.git('merge-base', base, head) };
  }

  /** Serves one smart-HTTP request with `git http-backend` (a CGI program). `user` may push. */
  serve(request: IncomingMessage, response: ServerResponse, pathname: string, query: string, body: Buffer, user: string | null): void {
    const backend = spawn('git', ['http-backend'], {
      env: {
        PATH: process.env.PATH,
        GIT_PROJECT_ROOT: this.projectRoot,
        GIT_HTTP_EXPORT_ALL: '1',
        PATH_INFO: pathname,
        QUERY_STRING: query.replace(/^\?/, ''),
        REQUEST_METHOD: request.method ?? 'GET',
        CONTENT_TYPE: request.headers['content-type'] ?? '',
        CONTENT_LENGTH: String(body.length),
        HTTP_CONTENT_ENCODING: String(request.headers['content-encoding'] ?? ''),
        GIT_PROTOCOL: String(request.headers['git-protocol'] ?? ''),
        REMOTE_ADDR: '127.0.0.1',
        ...(user ? { REMOTE_USER: user } : {}),
      },
    });
    const out: Buffer[] = [];
    backend.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    backend.stdin.end(body);
    backend.on('close', () => {
      const raw = Buffer.concat(out);
      const split = raw.indexOf('\r\n\r\n');
      const headerText = raw.subarray(0, split).toString('latin1');
      const headers: Record<string, string> = {};
      let status = 200;
      for (const line of headerText.split('\r\n')) {
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).trim();
        const value = line.slice(colon + 1).trim();
        if (name.toLowerCase() === 'status') status = Number(value.split(' ')[0]);
        else headers[name] = value;
      }
      response.writeHead(status, headers);
      response.end(raw.subarray(split + 4));
    });
  }
}

/** Whether a request path is for git (`/<owner>/<repo>.git/...`) rather than the REST API. */
export function isGitPath(pathname: string): boolean {
  return /^\/[^/]+\/[^/]+\.git\//.test(pathname);
}

/** Whether the git request writes (a push). */
export function isGitPush(pathname: string, query: string): boolean {
  return pathname.endsWith('/git-receive-pack') || /(^|[?&])service=git-receive-pack\b/.test(query);
}

/** The token of a git request's HTTP Basic credentials (`x-access-token:<token>`), or null. */
export function basicToken(authorization: string | undefined): string | null {
  const match = /^basic (.+)$/i.exec(authorization ?? '');
  if (!match) return null;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? null : decoded.slice(colon + 1);
}

/** A REST `commit` object for `commit` of the repository `fullName` at `api`/`web`. */
export function commitJson(commit: Commit, api: string, web: string): Json {
  const person = { name: commit.authorName, email: commit.authorEmail, date: commit.date };
  return {
    url: `${api}/commits/${commit.sha}`,
    sha: commit.sha,
    node_id: Buffer.from(`C_${commit.sha}`).toString('base64'),
    html_url: `${web}/commit/${commit.sha}`,
    comments_url: `${api}/commits/${commit.sha}/comments`,
    commit: {
      url: `${api}/git/commits/${commit.sha}`,
      author: person,
      committer: person,
      message: commit.message,
      comment_count: 0,
      tree: { sha: commit.tree, url: `${api}/git/trees/${commit.tree}` },
    },
    author: null,
    committer: null,
    parents: commit.parents.map((sha) => ({ sha, url: `${api}/commits/${sha}`, html_url: `${web}/commit/${sha}` })),
  };
}
