// Runs a template workflow the way a GitHub runner does, with nektos/act in host mode: the
// repository is a real git repository served by the GitHub emulator (HTTPS, like GitHub
// Enterprise Server: REST, git), the action is this checkout's release layout (action.yml +
// dist/), and only third-party actions that need the internet are replaced by the stand-ins in
// ./stand-ins. Each test file gets one emulator; each run gets its own repository and workspace.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { pullRequestEvent, pushEvent, workflowDispatchEvent } from '../emulator/fixtures.js';
import { GitHubEmulator, type TokenIdentity } from '../emulator/server.js';
import { ensureDist, repoRoot } from '../e2e/run-action.js';
import { builtEngine, startEngineMirror, type EngineMirror } from '../helpers/engine-mirror.js';
import { noNetworkEnv } from '../helpers/tofu.js';
import { makeTestTls, type TestTls } from './tls.js';

type Json = Record<string, any>;

export const ACT_VERSION = '0.2.89';
const cacheRoot = process.env.QHUB_GITOPS_CACHE ?? join(homedir(), '.cache', 'qhub-gitops');

/** $QHUB_GITOPS_ACT, else the act scripts/build-engines.sh built; null (with one visible line) when it or gh is missing. */
export function findAct(): string | null {
  const act = process.env.QHUB_GITOPS_ACT ?? join(cacheRoot, 'builds', 'act', ACT_VERSION, 'act');
  const problem = !existsSync(act)
    ? `no act ${ACT_VERSION} at ${act}`
    : spawnSync('gh', ['--version']).status !== 0
      ? 'no GitHub CLI (gh), which the template workflows call'
      : null;
  if (problem === null) return act;
  console.warn(`runner tests skipped: ${problem} (bash scripts/setup-runner.sh)`);
  return null;
}

/**
 * The Node.js versions the runner tests run the action with: this machine's `node` and, when
 * present, Node 24 from the cache (act runs a `node24` action with the first `node` on PATH).
 */
export function nodeVersions(): { label: string; bin: string; version: string }[] {
  const versions = [{ label: `node ${process.versions.node.split('.')[0]}`, bin: dirname(process.execPath), version: process.version }];
  const node24 = join(cacheRoot, 'node-24', 'bin');
  if (existsSync(join(node24, 'node'))) {
    versions.push({ label: 'node 24', bin: node24, version: execFileSync(join(node24, 'node'), ['--version'], { encoding: 'utf8' }).trim() });
  }
  return versions;
}

const STAND_INS: Record<string, string> = {
  'actions/checkout@v5': 'checkout',
  'actions/upload-artifact@v4': 'upload-artifact',
  'actions/setup-node@v5': 'setup-node',
  'actions/setup-python@v6': 'setup-python',
  'mamba-org/setup-micromamba@v2': 'setup-micromamba',
  'google-github-actions/auth@v3': 'google-auth',
  'aws-actions/configure-aws-credentials@v4': 'aws-credentials',
};

/** The engine the template's QHub release (0.3.14) pins. */
const TEMPLATE_ENGINE = { name: 'terraform', version: '1.0.5' } as const;

/**
 * The secrets the template's deploy workflows read (all made up): a GCP service-account key for
 * the cloud sign-in, and the OAuth app `qhub render` needs for QHUB_SECRET_ placeholders.
 */
export const TEMPLATE_SECRETS = {
  GOOGLE_CREDENTIALS_JSON: JSON.stringify({ type: 'service_account', project_id: 'datasci-prod', private_key_id: '0'.repeat(40), client_email: 'qhub@datasci-prod.iam.gserviceaccount.com', client_id: '1'.repeat(21) }),
  OAUTH_CLIENT_ID: 'Iv1.0123456789abcdef',
  OAUTH_CLIENT_SECRET: 'made-up-oauth-client-secret',
};

/**
 * The template's engine served from a local mirror (QHUB_GITOPS_ENGINE_MIRROR) during the file's
 * tests; `available` is false, with one visible line, when that engine has not been built.
 */
export function useEngineMirror(): { available: boolean; mirror: () => EngineMirror } {
  const available = builtEngine(TEMPLATE_ENGINE) !== null;
  if (!available) console.warn(`runner tests of the engine workflows skipped: ${TEMPLATE_ENGINE.name} ${TEMPLATE_ENGINE.version} is not built (bash scripts/build-engines.sh)`);
  let mirror: EngineMirror | undefined;
  beforeAll(async () => {
    if (available) mirror = await startEngineMirror([TEMPLATE_ENGINE]);
  });
  afterAll(async () => {
    await mirror?.close();
  });
  return { available, mirror: () => mirror! };
}

export const ACTIONS_BOT: TokenIdentity = { login: 'github-actions[bot]', type: 'Bot', graphqlViewer: false };
const AUTHOR = ['-c', 'user.name=Octo Cat', '-c', 'user.email=octocat@example.com'];

/** The emulated repository: a bare git repository whose `main` is template-repo/, served by the emulator. */
export class ScenarioRepository {
  readonly bare: string;

  constructor(
    private readonly emulator: GitHubEmulator,
    private readonly root: string,
  ) {
    this.bare = emulator.serveGit(join(root, 'git')).dir;
    const seed = join(root, 'seed');
    cpSync(join(repoRoot, 'template-repo'), seed, { recursive: true });
    git(seed, 'init', '--quiet', '--initial-branch=main');
    git(seed, 'add', '--all');
    git(seed, ...AUTHOR, 'commit', '--quiet', '--message', 'Start from the qhub-gitops template');
    mkdirSync(dirname(this.bare), { recursive: true });
    git(root, 'clone', '--quiet', '--bare', seed, this.bare);
    this.mirror('main');
  }

  /** Commits `changes` (path to new content, null deletes) on `branch`, created from `from` when new; returns the sha. */
  commit(branch: string, changes: Record<string, string | null>, message: string, from = 'main'): string {
    return this.commitAndPush(branch, existsRef(this.bare, branch) ? branch : from, (work) => {
      for (const [path, content] of Object.entries(changes)) {
        if (content === null) rmSync(join(work, path));
        else {
          mkdirSync(dirname(join(work, path)), { recursive: true });
          writeFileSync(join(work, path), content);
        }
      }
      git(work, 'add', '--all');
      git(work, ...AUTHOR, 'commit', '--quiet', '--allow-empty', '--message', message);
    });
  }

  /** A real `pull_request` webhook payload for `head` into `base`, with their commits' shas. */
  pullRequest(number: number, base: string, head: string, forkOf?: string): Json {
    const payload = pullRequestEvent({ number, baseRef: base, headRef: head, ...(forkOf ? { forkOf } : {}) });
    payload.pull_request.head.sha = this.sha(head);
    payload.pull_request.base.sha = this.sha(base);
    return payload;
  }

  /**
   * Branch `more-users`, off deploy/blue, raising a node group's `max_nodes` from 5 to 6, and its
   * pull request `number` into deploy/blue, known to the emulator; returns the webhook payload.
   */
  moreUsersPullRequest(number: number): Json {
    const config = this.file('deploy/blue', 'qhub-config.yaml')!;
    this.commit('more-users', { 'qhub-config.yaml': config.replace('max_nodes: 5', 'max_nodes: 6') }, 'Room for more users', 'deploy/blue');
    const payload = this.pullRequest(number, 'deploy/blue', 'more-users');
    this.emulator.addPull(payload, ['qhub-config.yaml']);
    return payload;
  }

  /** A real `push` webhook payload for the branch's last commit. */
  pushEvent(branch: string): Json {
    const payload = pushEvent(branch);
    payload.after = this.sha(branch);
    payload.head_commit.id = payload.after;
    return payload;
  }

  /** Merges `head` into `base` with a merge commit, as GitHub's merge button does; returns its sha. */
  merge(head: string, base: string, message: string): string {
    return this.commitAndPush(base, base, (work) => git(work, ...AUTHOR, 'merge', '--quiet', '--no-ff', '--message', message, `origin/${head}`));
  }

  /** Clones the repository, lets `change` commit on `branch` (started from `start`), and pushes it. */
  private commitAndPush(branch: string, start: string, change: (work: string) => void): string {
    const work = mkdtempSync(join(this.root, 'edit-'));
    git(work, 'clone', '--quiet', this.bare, '.');
    git(work, 'checkout', '--quiet', '-B', branch, `origin/${start}`);
    change(work);
    git(work, 'push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`);
    rmSync(work, { recursive: true, force: true });
    this.mirror(branch);
    return this.sha(branch);
  }

  sha(revision: string): string {
    return git(this.bare, 'rev-parse', revision);
  }

  /** A file of a branch as the remote holds it, or null. */
  file(branch: string, path: string): string | null {
    try {
      return git(this.bare, 'show', `${branch}:${path}`);
    } catch {
      return null;
    }
  }

  /** `<author>: <subject>` of a branch's last commit. */
  lastCommit(branch: string): string {
    return git(this.bare, 'log', '-1', '--format=%an: %s', branch);
  }

  branches(): string[] {
    return git(this.bare, 'for-each-ref', '--format=%(refname:lstrip=2)', 'refs/heads/').split('\n');
  }

  /** The branch's files for the emulator's contents API (the action reads the base branch's config there). */
  private mirror(branch: string): void {
    for (const path of git(this.bare, 'ls-tree', '-r', '--name-only', branch).split('\n')) {
      this.emulator.setFile(branch, path, execFileSync('git', ['--git-dir', this.bare, 'show', `${branch}:${path}`]));
    }
  }
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function existsRef(bare: string, branch: string): boolean {
  return execFileSync('git', ['--git-dir', bare, 'for-each-ref', `refs/heads/${branch}`], { encoding: 'utf8' }).trim() !== '';
}

export interface ActRun {
  /** A file of template-repo/.github/workflows. */
  workflow: string;
  event: string;
  payload: Json;
  /** What the workspace checks out: a branch or a sha of the repository. */
  checkout: string;
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
  env?: Record<string, string>;
  /** The directory whose `node` runs the action (first on PATH). */
  nodeBin?: string;
  timeoutMs?: number;
}

/** A `workflow_dispatch` run started on `branch` with `inputs`: its event, payload and checkout. */
export function dispatchOn(branch: string, inputs: Record<string, string>): Pick<ActRun, 'event' | 'payload' | 'checkout'> {
  return { event: 'workflow_dispatch', payload: workflowDispatchEvent(`refs/heads/${branch}`, inputs), checkout: branch };
}

export interface ActResult {
  exitCode: number | null;
  /** act's whole log (job and step lines, the steps' output). */
  log: string;
  /** Where the upload-artifact stand-in put each artifact (`<dir>/<name>/...`). */
  artifacts: string;
}

export interface Runner {
  emulator: GitHubEmulator;
  repository: ScenarioRepository;
  /** Runs the workflow with the file's token as its GITHUB_TOKEN. */
  run(request: ActRun): Promise<ActResult>;
}

/** act's flags for the action, the stand-ins and host mode. */
function actArguments(request: ActRun, token: string, release: string): string[] {
  const args = [
    request.event,
    '--workflows', `.github/workflows/${request.workflow}`,
    '--eventpath', 'event.json',
    '--platform', 'ubuntu-latest=-self-hosted',
    '--action-offline-mode',
    '--no-cache-server',
    '--actor', 'octocat',
    '--local-repository', `qhub-gitops/qhub-gitops@v1=${release}`,
  ];
  for (const [action, folder] of Object.entries(STAND_INS)) args.push('--local-repository', `${action}=${join(import.meta.dirname, 'stand-ins', folder)}`);
  args.push('--secret', `GITHUB_TOKEN=${token}`);
  for (const [name, value] of Object.entries(request.secrets ?? {})) args.push('--secret', `${name}=${value}`);
  for (const [name, value] of Object.entries(request.vars ?? {})) args.push('--var', `${name}=${value}`);
  return args;
}

/** The action as a release tag holds it: action.yml and dist/. */
function releaseCopy(root: string): string {
  ensureDist();
  const release = join(root, 'qhub-gitops-release');
  mkdirSync(release);
  cpSync(join(repoRoot, 'action.yml'), join(release, 'action.yml'));
  cpSync(join(repoRoot, 'dist'), join(release, 'dist'), { recursive: true });
  return release;
}

/**
 * Registers the file's hooks: one HTTPS emulator, a fresh repository before each test with `token`
 * (every run's GITHUB_TOKEN) known as the github-actions bot's, and after each test no request or
 * response outside GitHub's API description.
 */
export function useRunner(act: string | null, token: string): Runner {
  const state = {} as { root: string; tls: TestTls; release: string; emulator: GitHubEmulator; repository: ScenarioRepository; runs: number };
  beforeAll(async () => {
    if (!act) return;
    state.root = mkdtempSync(join(tmpdir(), 'qhub-gitops-runner-'));
    state.tls = makeTestTls(state.root);
    state.release = releaseCopy(state.root);
    state.emulator = await GitHubEmulator.start(undefined, state.tls);
    state.runs = 0;
  }, 120_000);
  afterAll(async () => {
    await state.emulator?.close();
    if (state.root) rmSync(state.root, { recursive: true, force: true });
  });
  beforeEach(() => {
    if (!act) return;
    state.emulator.reset();
    const scenario = mkdtempSync(join(state.root, 'scenario-'));
    state.repository = new ScenarioRepository(state.emulator, scenario);
    state.emulator.addToken(token, ACTIONS_BOT);
  });
  afterEach(() => {
    if (act) expect(state.emulator.violations).toEqual([]);
  });

  return {
    get emulator() {
      return state.emulator;
    },
    get repository() {
      return state.repository;
    },
    async run(request) {
      const root = mkdtempSync(join(state.root, `run-${++state.runs}-`));
      const workspace = join(root, 'workspace');
      const artifacts = join(root, 'artifacts');
      const server = state.emulator.url;
      git(root, 'clone', '--quiet', state.repository.bare, workspace);
      git(workspace, 'checkout', '--quiet', '--force', request.checkout);
      git(workspace, 'remote', 'set-url', 'origin', `${server}/${state.emulator.fullName}.git`);
      writeFileSync(join(workspace, 'event.json'), JSON.stringify(request.payload));
      writeFileSync(join(workspace, '.git', 'info', 'exclude'), 'event.json\n');

      const stepEnv: Record<string, string> = {
        GITHUB_REPOSITORY: state.emulator.fullName,
        GITHUB_SERVER_URL: server,
        GITHUB_API_URL: `${server}/api/v3`,
        GITHUB_GRAPHQL_URL: `${server}/api/graphql`,
        // A runner sets it; act does not (nor `github.workflow_ref`).
        GITHUB_WORKFLOW_REF: `${state.emulator.fullName}/.github/workflows/${request.workflow}@${request.payload.ref ?? `refs/heads/${request.checkout}`}`,
        NODE_EXTRA_CA_CERTS: state.tls.caFile,
        SSL_CERT_FILE: state.tls.caFile,
        GIT_SSL_CAINFO: state.tls.caFile,
        GIT_TERMINAL_PROMPT: '0',
        // Nothing but 127.0.0.1 is reachable (the emulator, the engine mirror): what needs the
        // internet fails as it would on a runner without it.
        ...noNetworkEnv('127.0.0.1'),
        RUNNER_TOOL_CACHE: join(root, 'tool-cache'),
        QHUB_GITOPS_STANDIN_ARTIFACTS: artifacts,
        QHUB_GITOPS_STANDIN_REPOSITORIES: `qhub-gitops/qhub-gitops=${state.release}`,
        ...request.env,
      };
      const args = actArguments(request, token, state.release);
      for (const [name, value] of Object.entries(stepEnv)) args.push('--env', `${name}=${value}`);
      args.push('--action-cache-path', join(root, 'act-cache'));

      // The host's own GitHub variables (when the tests themselves run in Actions) must not leak in.
      const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(GITHUB_|RUNNER_|ACTIONS_|INPUT_)/.test(name))) as Record<string, string>;
      env.PATH = `${request.nodeBin ?? dirname(process.execPath)}:${env.PATH}`;
      const child = spawn(act!, args, { cwd: workspace, env, detached: true });
      let log = '';
      child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
      const timeoutMs = request.timeoutMs ?? 120_000;
      const timer = setTimeout(() => {
        log += `\n[runner test] act still running after ${timeoutMs / 1000}s: killed\n`;
        process.kill(-child.pid!, 'SIGKILL');
      }, timeoutMs);
      const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
      clearTimeout(timer);
      return { exitCode, log, artifacts };
    },
  };
}

/**
 * Whether act reports that the step named `step` failed. A failing step is asserted through this
 * line of act's own and through the job summary (a file), never through the step's last output
 * lines: act 0.2.89 in host mode stops reading a step's terminal as soon as the step exits
 * non-zero, so under load the last lines it printed (a `::error::` line) can be lost.
 */
export function stepFailed(log: string, step: string): boolean {
  return log.includes(`❌  Failure - Main ${step} [`);
}

export const readArtifact = (artifacts: string, name: string, file: string): string => readFileSync(join(artifacts, name, file), 'utf8');
