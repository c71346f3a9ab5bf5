// A GitHub REST/GraphQL emulator for end-to-end tests: in-memory state, Link
// pagination, fault injection, and every request and response checked against
// GitHub's OpenAPI description. Anything that does not match is recorded as a
// violation; tests assert there are none.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { OpenApiChecker, type Operation } from './openapi.js';
import { pullRequestEvent, restUser } from './fixtures.js';
import { basicToken, commitJson, GitRepository, isGitPath, isGitPush } from './git.js';

type Json = Record<string, any>;

export type Permission = 'pull-requests' | 'contents' | 'deployments' | 'issues' | 'actions';
type Access = 'none' | 'read' | 'write';

export interface TokenIdentity {
  login: string;
  type: 'User' | 'Bot';
  /** The Actions token cannot query `viewer` over GraphQL. */
  graphqlViewer: boolean;
  permissions?: Partial<Record<Permission, Access>>;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  operationId: string;
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface Fault {
  /** OpenAPI operation id, e.g. `issues/list-comments`, or `graphql`; any request when omitted. */
  operationId?: string;
  status: number;
  message?: string;
  headers?: Record<string, string>;
  /** How many matching requests fail (default 1). */
  times?: number;
}

export interface StoredComment {
  id: number;
  issueNumber: number;
  body: string;
  user: Json;
  createdAt: string;
  updatedAt: string;
}

const DOCS = 'https://docs.github.com/rest';

function permissionFor(operationId: string): Permission {
  if (operationId.startsWith('pulls/') || /^issues\/(list-comments|create-comment|update-comment|delete-comment)$/.test(operationId)) {
    return 'pull-requests';
  }
  if (operationId.startsWith('issues/')) return 'issues';
  if (operationId.includes('deployment')) return 'deployments';
  if (operationId.startsWith('actions/')) return 'actions';
  return 'contents';
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export class GitHubEmulator {
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  readonly comments: StoredComment[] = [];
  readonly deployments: Json[] = [];
  readonly deploymentStatuses: Json[] = [];
  readonly issues: Json[] = [];
  /** `workflow_dispatch` requests: the workflow file, ref and inputs. */
  readonly dispatches: { workflow: string; ref: string; inputs: Record<string, string> }[] = [];
  private readonly labels = new Map<string, Json>();
  private gitRepository: GitRepository | undefined;
  private readonly pulls = new Map<number, Json>();
  private readonly pullFiles = new Map<number, string[]>();
  private readonly files = new Map<string, Map<string, Buffer>>();
  private readonly commitPulls = new Map<string, number[]>();
  private readonly tokens = new Map<string, TokenIdentity>();
  private readonly faults: Fault[] = [];
  private nextId = 1000;
  private clock = Date.parse('2026-01-01T00:00:00Z');
  private readonly repository: Json;
  url = '';

  private constructor(
    private readonly server: Server,
    private readonly checker: OpenApiChecker,
  ) {
    this.repository = pullRequestEvent().repository;
  }

  /**
   * With `tls` (a certificate for 127.0.0.1) it serves HTTPS, like GitHub Enterprise Server: the REST
   * API also under `/api/v3`, GraphQL also at `/api/graphql`, git under `/<owner>/<repo>.git`.
   */
  static async start(checker = new OpenApiChecker(), tls?: { key: string; cert: string }): Promise<GitHubEmulator> {
    const server = tls ? createTlsServer(tls) : createServer();
    const emulator = new GitHubEmulator(server, checker);
    server.on('request', (request, response) => void emulator.handle(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    emulator.url = `${tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return emulator;
  }

  /**
   * Backs the repository by a bare git repository at `<projectRoot>/<owner>/<repo>.git`: served to
   * git clients (pushes need a token with `contents: write`) and read by the branch, commit and
   * compare endpoints.
   */
  serveGit(projectRoot: string): GitRepository {
    this.gitRepository = new GitRepository(projectRoot, this.fullName);
    return this.gitRepository;
  }

  /** Labels of the repository, by name. */
  labelNames(): string[] {
    return [...this.labels.keys()];
  }

  pullRequests(): Json[] {
    return [...this.pulls.values()];
  }

  /** Forgets everything a previous scenario set up (tokens, state, faults, records). */
  reset(): void {
    for (const list of [this.requests, this.violations, this.comments, this.deployments, this.deploymentStatuses, this.issues, this.faults, this.dispatches]) {
      list.length = 0;
    }
    for (const map of [this.pulls, this.pullFiles, this.files, this.commitPulls, this.tokens, this.labels]) map.clear();
    this.gitRepository = undefined;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  get fullName(): string {
    return this.repository.full_name;
  }

  // ---- scenario set-up -------------------------------------------------

  addToken(token: string, identity: TokenIdentity): void {
    this.tokens.set(token, identity);
  }

  /** Registers the PR of a pull_request event payload. */
  addPull(payload: Json, files: string[] = []): void {
    const pull = structuredClone(payload.pull_request);
    // REST pull requests carry a few fields webhook payloads leave out.
    pull.auto_merge ??= null;
    pull.active_lock_reason ??= null;
    this.pulls.set(pull.number, pull);
    this.pullFiles.set(pull.number, files);
    this.commitPulls.set(pull.head.sha, [...(this.commitPulls.get(pull.head.sha) ?? []), pull.number]);
  }

  /** Merges a registered pull request as `mergeSha` (what a push to its base branch then carries). */
  mergePull(number: number, mergeSha: string): void {
    const pull = this.pulls.get(number);
    if (!pull) throw new Error(`no pull request #${number} in the emulator`);
    const at = this.tick();
    Object.assign(pull, { state: 'closed', merged: true, merged_at: at, closed_at: at, merge_commit_sha: mergeSha, mergeable: null });
    this.commitPulls.set(mergeSha, [...(this.commitPulls.get(mergeSha) ?? []), number]);
  }

  setFile(ref: string, path: string, content: string | Buffer): void {
    if (!this.files.has(ref)) this.files.set(ref, new Map());
    this.files.get(ref)!.set(path, Buffer.from(content));
  }

  addComment(issueNumber: number, body: string, author: { login: string; type: 'User' | 'Bot' }): StoredComment {
    const at = this.tick();
    const comment = {
      id: this.nextId++,
      issueNumber,
      body,
      user: restUser(author.login, author.type, 5000 + author.login.length),
      createdAt: at,
      updatedAt: at,
    };
    this.comments.push(comment);
    return comment;
  }

  commentsOn(issueNumber: number): StoredComment[] {
    return this.comments.filter((comment) => comment.issueNumber === issueNumber);
  }

  injectFault(fault: Fault): void {
    this.faults.push({ times: 1, ...fault });
  }

  // ---- request handling ------------------------------------------------

  private tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const url = new URL(request.url ?? '/', this.url);
    if (isGitPath(url.pathname)) return this.serveGitRequest(request, response, url, Buffer.concat(chunks));
    const rawBody = Buffer.concat(chunks).toString('utf8');
    // GitHub Enterprise Server's API paths; github.com's have no prefix.
    url.pathname = url.pathname.replace(/^\/api\/v3(?=\/)/, '').replace(/^\/api\/graphql$/, '/graphql');
    const method = (request.method ?? 'GET').toUpperCase();
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: url.search,
      operationId: '',
      status: 0,
      headers: request.headers,
      body: rawBody,
    };
    this.requests.push(record);

    let status = 200;
    let body: unknown;
    let headers: Record<string, string> = {};
    let operation: Operation | null = null;
    try {
      let parsed: unknown;
      if (rawBody !== '') {
        try {
          parsed = JSON.parse(rawBody);
        } catch {
          throw this.violation(record, `request body is not JSON: ${rawBody.slice(0, 80)}`, 400);
        }
      }
      if (url.pathname === '/graphql' && method === 'POST') {
        record.operationId = 'graphql';
        const identity = this.authenticate(request);
        this.maybeFault('graphql');
        ({ status, body } = this.graphql(identity, parsed, record));
      } else {
        operation = this.checker.match(method, url.pathname);
        if (!operation) throw this.violation(record, `GitHub has no route ${method} ${url.pathname}`, 404);
        record.operationId = operation.operationId;
        for (const problem of this.checker.checkRequest(operation, url.searchParams, parsed)) this.violation(record, problem);
        const identity = this.authenticate(request);
        this.maybeFault(operation.operationId);
        this.authorize(identity, operation);
        ({ status, body, headers } = this.route(operation, url, parsed, identity));
        for (const problem of this.checker.checkResponse(operation, status, body)) this.violation(record, problem);
      }
    } catch (error) {
      if (!(error instanceof HttpError)) {
        this.violations.push(`${method} ${url.pathname}: emulator error ${(error as Error).stack}`);
        status = 500;
        body = { message: 'Server Error' };
      } else {
        status = error.status;
        headers = error.headers;
        body = { message: error.message, documentation_url: DOCS, status: String(error.status) };
        // Documented errors (404, 403, 422...) must have GitHub's error shape too.
        if (operation && this.checker.documents(operation, status)) {
          for (const problem of this.checker.checkResponse(operation, status, body)) this.violation(record, problem);
        }
      }
    }
    record.status = status;
    response.writeHead(status, {
      ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
      'x-github-media-type': 'github.v3; format=json',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      ...headers,
    });
    response.end(body === undefined ? undefined : JSON.stringify(body));
  }

  /** A git smart-HTTP request: anyone may fetch (a public repository), a push needs a token with `contents: write`. */
  private serveGitRequest(request: IncomingMessage, response: ServerResponse, url: URL, body: Buffer): void {
    const repository = this.gitRepository;
    if (!repository || url.pathname.split('/').slice(1, 3).join('/').toLowerCase() !== `${this.fullName}.git`.toLowerCase()) {
      response.writeHead(404).end('Repository not found.');
      return;
    }
    let user: string | null = null;
    if (isGitPush(url.pathname, url.search)) {
      const identity = this.tokens.get(basicToken(request.headers.authorization) ?? '');
      if (!identity) {
        response.writeHead(401, { 'www-authenticate': 'Basic realm="GitHub"' }).end();
        return;
      }
      if ((identity.permissions?.contents ?? 'write') !== 'write') {
        response.writeHead(403).end(`Permission to ${this.fullName}.git denied to ${identity.login}.`);
        return;
      }
      user = identity.login;
    }
    repository.serve(request, response, url.pathname, url.search, body, user);
  }

  private requireGit(): GitRepository {
    if (!this.gitRepository) throw new HttpError(404, 'Not Found');
    return this.gitRepository;
  }

  private violation(record: { method: string; path: string }, problem: string, status?: number): HttpError {
    this.violations.push(`${record.method} ${record.path}: ${problem}`);
    return new HttpError(status ?? 400, problem);
  }

  private authenticate(request: IncomingMessage): TokenIdentity {
    const match = /^(?:token|bearer) (.+)$/i.exec(request.headers.authorization ?? '');
    const identity = match ? this.tokens.get(match[1]!) : undefined;
    if (!identity) throw new HttpError(401, 'Bad credentials');
    return identity;
  }

  private maybeFault(operationId: string): void {
    const fault = this.faults.find((candidate) => (candidate.times ?? 0) > 0 && (!candidate.operationId || candidate.operationId === operationId));
    if (!fault) return;
    fault.times = (fault.times ?? 1) - 1;
    const messages: Record<number, string> = {
      403: 'Resource not accessible by integration',
      404: 'Not Found',
      422: 'Validation Failed',
      500: 'Internal Server Error',
      502: 'Bad Gateway',
    };
    throw new HttpError(fault.status, fault.message ?? messages[fault.status] ?? 'Error', fault.headers);
  }

  private authorize(identity: TokenIdentity, operation: Operation): void {
    const permission = permissionFor(operation.operationId);
    const access = identity.permissions?.[permission] ?? 'write';
    const needs = operation.method === 'get' ? 'read' : 'write';
    if (access === 'none' || (needs === 'write' && access !== 'write')) {
      throw new HttpError(403, 'Resource not accessible by integration');
    }
  }

  private graphql(identity: TokenIdentity, body: unknown, record: RecordedRequest): { status: number; body: unknown } {
    const query = String((body as Json | undefined)?.query ?? '');
    if (!/^\s*query\s*\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(query)) {
      throw this.violation(record, `unexpected GraphQL query: ${query}`);
    }
    if (!identity.graphqlViewer) {
      return {
        status: 200,
        body: {
          data: null,
          errors: [{ type: 'FORBIDDEN', path: ['viewer'], message: 'Resource not accessible by integration' }],
        },
      };
    }
    // GraphQL names apps without the `[bot]` suffix REST adds.
    return { status: 200, body: { data: { viewer: { login: identity.login.replace(/\[bot\]$/, '') } } } };
  }

  private paginate(url: URL, items: unknown[]): { body: unknown[]; headers: Record<string, string> } {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
    const page = Math.max(Number(url.searchParams.get('page') ?? 1), 1);
    const last = Math.max(Math.ceil(items.length / perPage), 1);
    const link = (target: number, rel: string) => {
      const next = new URL(url);
      next.searchParams.set('page', String(target));
      return `<${next.href}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    return {
      body: items.slice((page - 1) * perPage, page * perPage),
      headers: links.length > 0 ? { link: links.join(', ') } : {},
    };
  }

  private commentJson(comment: StoredComment): Json {
    const api = `${this.url}/repos/${this.fullName}`;
    return {
      id: comment.id,
      node_id: Buffer.from(`IC_${comment.id}`).toString('base64'),
      url: `${api}/issues/comments/${comment.id}`,
      html_url: `https://github.com/${this.fullName}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
      issue_url: `${api}/issues/${comment.issueNumber}`,
      body: comment.body,
      user: comment.user,
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      author_association: comment.user.type === 'Bot' ? 'NONE' : 'OWNER',
      performed_via_github_app: null,
    };
  }

  /** A contents API item (what a directory listing holds, and a file's answer without its content). */
  private contentEntry(ref: string, path: string, type: 'file' | 'dir', content?: Buffer): Json {
    const self = `${this.url}/repos/${this.fullName}/contents/${path}?ref=${ref}`;
    const html = `https://github.com/${this.fullName}/${type === 'file' ? 'blob' : 'tree'}/${ref}/${path}`;
    const git = `${this.url}/repos/${this.fullName}/git/${type === 'file' ? 'blobs' : 'trees'}/${'1'.repeat(40)}`;
    return {
      type,
      size: content?.length ?? 0,
      name: path.split('/').pop()!,
      path,
      sha: '1'.repeat(40),
      url: self,
      git_url: git,
      html_url: html,
      download_url: type === 'file' ? `https://raw.githubusercontent.com/${this.fullName}/${ref}/${path}` : null,
      _links: { self, git, html },
    };
  }

  private hasIssueOrPull(number: number): boolean {
    return this.pulls.has(number) || this.issues.some((issue) => issue.number === number);
  }

  private labelJson(name: string, color = 'ededed', description: string | null = null): Json {
    return {
      id: this.nextId++,
      node_id: Buffer.from(`LA_${name}`).toString('base64'),
      url: `${this.url}/repos/${this.fullName}/labels/${encodeURIComponent(name)}`,
      name,
      description,
      color,
      default: false,
    };
  }

  /** A pull request from `head` into `base` of the emulated repository, shaped like the example payload's. */
  private newPull(head: string, base: string, title: string, body: string | null, identity: TokenIdentity): Json {
    const git = this.requireGit();
    const headSha = git.resolve(head);
    const baseSha = git.resolve(base);
    if (!headSha || !baseSha) throw new HttpError(422, 'Validation Failed');
    const number = Math.max(0, ...this.pulls.keys(), ...this.issues.map((issue) => issue.number)) + 1;
    const pull = pullRequestEvent({ number, baseRef: base, headRef: head }).pull_request;
    const at = this.tick();
    const web = `https://github.com/${this.fullName}`;
    Object.assign(pull, {
      id: this.nextId++,
      title,
      body,
      state: 'open',
      user: restUser(identity.login, identity.type, 41898282),
      created_at: at,
      updated_at: at,
      html_url: `${web}/pull/${number}`,
      merged: false,
      mergeable: null,
      auto_merge: null,
      active_lock_reason: null,
    });
    pull.head.sha = headSha;
    pull.head.label = `${this.fullName.split('/')[0]}:${head}`;
    pull.base.sha = baseSha;
    return pull;
  }

  private route(operation: Operation, url: URL, body: any, identity: TokenIdentity): { status: number; body?: unknown; headers: Record<string, string> } {
    const { owner, repo } = operation.pathParams;
    if (`${owner}/${repo}`.toLowerCase() !== this.fullName.toLowerCase()) throw new HttpError(404, 'Not Found');
    const params = operation.pathParams;
    const ok = (status: number, value?: unknown, headers: Record<string, string> = {}) => ({ status, body: value, headers });

    switch (operation.operationId) {
      case 'issues/list-comments': {
        const number = Number(params.issue_number);
        if (!this.hasIssueOrPull(number)) throw new HttpError(404, 'Not Found');
        const page = this.paginate(url, this.commentsOn(number).map((comment) => this.commentJson(comment)));
        return ok(200, page.body, page.headers);
      }
      case 'issues/create-comment': {
        const number = Number(params.issue_number);
        if (!this.hasIssueOrPull(number)) throw new HttpError(404, 'Not Found');
        const comment = this.addComment(number, body.body, identity);
        return ok(201, this.commentJson(comment), { location: `${this.url}/repos/${this.fullName}/issues/comments/${comment.id}` });
      }
      case 'issues/update-comment': {
        const comment = this.comments.find((candidate) => candidate.id === Number(params.comment_id));
        if (!comment) throw new HttpError(404, 'Not Found');
        if (comment.user.login !== identity.login) throw new HttpError(403, 'Resource not accessible by integration');
        comment.body = body.body;
        comment.updatedAt = this.tick();
        return ok(200, this.commentJson(comment));
      }
      case 'issues/delete-comment': {
        const index = this.comments.findIndex((candidate) => candidate.id === Number(params.comment_id));
        if (index < 0) throw new HttpError(404, 'Not Found');
        if (this.comments[index]!.user.login !== identity.login) throw new HttpError(403, 'Resource not accessible by integration');
        this.comments.splice(index, 1);
        return ok(204);
      }
      case 'pulls/get': {
        const pull = this.pulls.get(Number(params.pull_number));
        if (!pull) throw new HttpError(404, 'Not Found');
        return ok(200, pull);
      }
      case 'pulls/list-files': {
        const files = this.pullFiles.get(Number(params.pull_number));
        if (!files) throw new HttpError(404, 'Not Found');
        const entries = files.map((filename) => ({
          sha: '0'.repeat(40),
          filename,
          status: 'modified',
          additions: 1,
          deletions: 1,
          changes: 2,
          blob_url: `https://github.com/${this.fullName}/blob/HEAD/${filename}`,
          raw_url: `https://github.com/${this.fullName}/raw/HEAD/${filename}`,
          contents_url: `${this.url}/repos/${this.fullName}/contents/${filename}`,
        }));
        const page = this.paginate(url, entries);
        return ok(200, page.body, page.headers);
      }
      case 'repos/get-content': {
        const ref = url.searchParams.get('ref') ?? this.repository.default_branch;
        const files = this.files.get(ref) ?? new Map<string, Buffer>();
        const path = params.path!;
        const content = files.get(path);
        if (content) {
          const encoded = content.toString('base64').replace(/(.{60})/g, '$1\n');
          return ok(200, { ...this.contentEntry(ref, path, 'file', content), encoding: 'base64', content: encoded });
        }
        // A directory exists when some file lies under it; GitHub lists its files and subdirectories.
        const children = new Map<string, Json>();
        for (const [filePath, bytes] of files) {
          if (!filePath.startsWith(`${path}/`)) continue;
          const [name, ...deeper] = filePath.slice(path.length + 1).split('/');
          const childPath = `${path}/${name}`;
          children.set(childPath, deeper.length === 0 ? this.contentEntry(ref, childPath, 'file', bytes) : this.contentEntry(ref, childPath, 'dir'));
        }
        if (children.size === 0) throw new HttpError(404, 'Not Found');
        return ok(200, [...children.keys()].sort().map((childPath) => children.get(childPath)));
      }
      case 'git/list-matching-refs': {
        const prefix = `refs/${params.ref}`;
        const refs = [...this.files.keys()]
          .map((branch) => `refs/heads/${branch}`)
          .filter((ref) => ref.startsWith(prefix))
          .sort()
          .map((ref) => ({
            ref,
            node_id: Buffer.from(ref).toString('base64'),
            url: `${this.url}/repos/${this.fullName}/git/${ref}`,
            object: { type: 'commit', sha: '2'.repeat(40), url: `${this.url}/repos/${this.fullName}/git/commits/${'2'.repeat(40)}` },
          }));
        return ok(200, refs);
      }
      case 'repos/list-pull-requests-associated-with-commit': {
        const numbers = this.commitPulls.get(params.commit_sha!) ?? [];
        const page = this.paginate(url, numbers.map((number) => this.pulls.get(number)));
        return ok(200, page.body, page.headers);
      }
      case 'repos/create-deployment': {
        const at = this.tick();
        const id = this.nextId++;
        const api = `${this.url}/repos/${this.fullName}`;
        const deployment = {
          id,
          node_id: Buffer.from(`DE_${id}`).toString('base64'),
          url: `${api}/deployments/${id}`,
          sha: '3'.repeat(40),
          ref: body.ref,
          task: body.task ?? 'deploy',
          payload: body.payload ?? {},
          original_environment: body.environment ?? 'production',
          environment: body.environment ?? 'production',
          description: body.description ?? null,
          creator: restUser(identity.login, identity.type, 41898282),
          created_at: at,
          updated_at: at,
          statuses_url: `${api}/deployments/${id}/statuses`,
          repository_url: api,
          transient_environment: false,
          production_environment: false,
        };
        this.deployments.push(deployment);
        return ok(201, deployment);
      }
      case 'repos/create-deployment-status': {
        const deployment = this.deployments.find((candidate) => candidate.id === Number(params.deployment_id));
        if (!deployment) throw new HttpError(404, 'Not Found');
        const at = this.tick();
        const id = this.nextId++;
        const status = {
          id,
          node_id: Buffer.from(`DES_${id}`).toString('base64'),
          url: `${deployment.url}/statuses/${id}`,
          state: body.state,
          creator: restUser(identity.login, identity.type, 41898282),
          description: body.description ?? '',
          environment: deployment.environment,
          target_url: body.target_url ?? body.log_url ?? deployment.url,
          ...(body.log_url ? { log_url: body.log_url } : {}),
          ...(body.environment_url ? { environment_url: body.environment_url } : {}),
          created_at: at,
          updated_at: at,
          deployment_url: deployment.url,
          repository_url: deployment.repository_url,
        };
        this.deploymentStatuses.push({ deploymentId: deployment.id, ...status });
        return ok(201, status);
      }
      case 'issues/list-for-repo': {
        const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
        const state = url.searchParams.get('state') ?? 'open';
        const matching = this.issues
          .filter((issue) => state === 'all' || issue.state === state)
          .filter((issue) => labels.every((label) => issue.labels.some((candidate: Json) => candidate.name === label)))
          .reverse();
        const page = this.paginate(url, matching);
        return ok(200, page.body, page.headers);
      }
      case 'issues/create': {
        const at = this.tick();
        const number = 500 + this.issues.length;
        const api = `${this.url}/repos/${this.fullName}`;
        const issue = {
          id: this.nextId++,
          node_id: Buffer.from(`I_${number}`).toString('base64'),
          number,
          title: body.title,
          body: body.body ?? null,
          state: 'open',
          locked: false,
          // GitHub creates the labels an issue names that the repository lacks.
          labels: (body.labels ?? []).map((name: string) => {
            if (!this.labels.has(name)) this.labels.set(name, this.labelJson(name));
            return this.labels.get(name);
          }),
          assignee: null,
          milestone: null,
          comments: 0,
          user: restUser(identity.login, identity.type, 41898282),
          closed_at: null,
          created_at: at,
          updated_at: at,
          url: `${api}/issues/${number}`,
          html_url: `https://github.com/${this.fullName}/issues/${number}`,
          repository_url: api,
          labels_url: `${api}/issues/${number}/labels{/name}`,
          comments_url: `${api}/issues/${number}/comments`,
          events_url: `${api}/issues/${number}/events`,
          author_association: 'NONE',
        };
        this.issues.push(issue);
        return ok(201, issue);
      }
      case 'issues/update': {
        const issue = this.issues.find((candidate) => candidate.number === Number(params.issue_number));
        if (!issue) throw new HttpError(404, 'Not Found');
        if (body.body !== undefined) issue.body = body.body;
        if (body.state !== undefined) {
          issue.state = body.state;
          issue.closed_at = body.state === 'closed' ? this.tick() : null;
        }
        issue.updated_at = this.tick();
        return ok(200, issue);
      }
      case 'repos/list-branches': {
        const api = `${this.url}/repos/${this.fullName}`;
        const branches = [...this.requireGit().branches()].map(([name, sha]) => ({ name, commit: { sha, url: `${api}/commits/${sha}` }, protected: false }));
        const page = this.paginate(url, branches);
        return ok(200, page.body, page.headers);
      }
      case 'repos/compare-commits': {
        const git = this.requireGit();
        const [base, head] = [params.base!, params.head!];
        if (!git.resolve(base) || !git.resolve(head)) throw new HttpError(404, 'Not Found');
        const { ahead, behindBy, mergeBase } = git.compare(base, head);
        const api = `${this.url}/repos/${this.fullName}`;
        const web = `https://github.com/${this.fullName}`;
        const json = (sha: string) => commitJson(git.commit(sha), api, web);
        const status = ahead.length === 0 ? (behindBy === 0 ? 'identical' : 'behind') : behindBy === 0 ? 'ahead' : 'diverged';
        return ok(200, {
          url: `${api}/compare/${base}...${head}`,
          html_url: `${web}/compare/${base}...${head}`,
          permalink_url: `${web}/compare/${base}...${head}`,
          diff_url: `${web}/compare/${base}...${head}.diff`,
          patch_url: `${web}/compare/${base}...${head}.patch`,
          base_commit: json(git.resolve(base)!),
          merge_base_commit: json(mergeBase),
          status,
          ahead_by: ahead.length,
          behind_by: behindBy,
          total_commits: ahead.length,
          commits: ahead.map(json),
        });
      }
      case 'pulls/list': {
        const state = url.searchParams.get('state') ?? 'open';
        const base = url.searchParams.get('base');
        const head = url.searchParams.get('head');
        const matching = [...this.pulls.values()]
          .filter((pull) => state === 'all' || pull.state === state)
          .filter((pull) => !base || pull.base.ref === base)
          .filter((pull) => !head || pull.head.label === head);
        const page = this.paginate(url, matching);
        return ok(200, page.body, page.headers);
      }
      case 'pulls/create': {
        const pull = this.newPull(body.head, body.base, body.title, body.body ?? null, identity);
        this.pulls.set(pull.number, pull);
        this.pullFiles.set(pull.number, []);
        return ok(201, pull, { location: pull.url });
      }
      case 'actions/create-workflow-dispatch': {
        this.dispatches.push({ workflow: params.workflow_id!, ref: body.ref, inputs: body.inputs ?? {} });
        return ok(204);
      }
      case 'issues/get-label': {
        const label = this.labels.get(params.name!);
        if (!label) throw new HttpError(404, 'Not Found');
        return ok(200, label);
      }
      case 'issues/create-label': {
        if (this.labels.has(body.name)) throw new HttpError(422, 'Validation Failed');
        const label = this.labelJson(body.name, body.color ?? 'ededed', body.description ?? null);
        this.labels.set(body.name, label);
        return ok(201, label);
      }
      default:
        this.violations.push(`${operation.method.toUpperCase()} ${operation.template}: not emulated (${operation.operationId})`);
        throw new HttpError(501, `not emulated: ${operation.operationId}`);
    }
  }
}
