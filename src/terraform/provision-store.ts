// Provisioning an exact engine release (the edge): PATH first, then the tool cache, else the
// official release zip (or a mirror's copy) verified against its SHA256SUMS before anything runs.
// Downloading, unzipping and caching are @actions/tool-cache's; the action caches in the runner's
// tool cache, the CLI in ~/.cache/qhub-gitops/engines (same layout).
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as toolCache from '@actions/tool-cache';
import { toolFromVersionText, type EngineSelector, type ProcessRunner } from './engine.js';
import {
  checkSha256,
  chooseEngine,
  describeEngine,
  expectedSha256,
  releaseFiles,
  releasePlatform,
  type EnginePin,
  type EngineRequest,
} from './provision.js';

/** Where provisioned engines are kept between runs. */
export interface EngineStore {
  /** The cached directory holding the engine's binary, or null. */
  find(pin: EnginePin): string | null;
  /** Downloads a URL into `dir`, returning the file's path; throws on any HTTP failure. */
  download(url: string, file: string): Promise<string>;
  extractZip(zip: string, dir: string): Promise<string>;
  /** Copies an extracted release into the cache, returning the cached directory. */
  cache(dir: string, pin: EnginePin): Promise<string>;
}

export class ProvisionError extends Error {
  override name = 'ProvisionError';
}

/**
 * Runs a tool-cache call with its cache root (it reads RUNNER_TOOL_CACHE on each call; the CLI,
 * and a runner without one, get `cacheRoot`) and, outside the action, with its stdout diverted:
 * it writes workflow commands (`::debug::`) and the unzip command line there, which would
 * corrupt the CLI's output. Restored when the call settles.
 */
function inToolCache<T>(cacheRoot: string, toolOutput: ((text: string) => void) | null, action: () => T): T {
  const previousRoot = process.env.RUNNER_TOOL_CACHE;
  const write = process.stdout.write;
  process.env.RUNNER_TOOL_CACHE = cacheRoot;
  if (toolOutput !== null) {
    process.stdout.write = ((chunk: string | Uint8Array) => {
      toolOutput(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    }) as typeof process.stdout.write;
  }
  const restore = () => {
    if (previousRoot === undefined) delete process.env.RUNNER_TOOL_CACHE;
    else process.env.RUNNER_TOOL_CACHE = previousRoot;
    process.stdout.write = write;
  };
  try {
    const result = action();
    if (result instanceof Promise) return result.finally(restore) as T;
    restore();
    return result;
  } catch (error) {
    restore();
    throw error;
  }
}

/** The store over @actions/tool-cache; `toolOutput` null in the action, where its stdout is the runner's protocol. */
export function toolCacheStore(cacheRoot: string, toolOutput: ((text: string) => void) | null = null): EngineStore {
  const call = <T>(action: () => T) => inToolCache(cacheRoot, toolOutput, action);
  return {
    find: (pin) => call(() => toolCache.find(pin.name, pin.version)) || null,
    download: (url, file) => call(() => toolCache.downloadTool(url, file)),
    extractZip: (zip, dir) => call(() => toolCache.extractZip(zip, dir)),
    cache: (dir, pin) => call(() => toolCache.cacheDir(dir, pin.name, pin.version)),
  };
}

/** The action's cache is the runner's tool cache; the CLI's (and a bare runner's) is under QHUB_GITOPS_CACHE. */
export function engineCacheRoot(env: NodeJS.ProcessEnv, cacheRoot: string): string {
  return env.RUNNER_TOOL_CACHE || join(cacheRoot, 'engines');
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export interface ProvisionOptions {
  store: EngineStore;
  runner: ProcessRunner;
  env: Record<string, string | undefined>;
  /** Base URL of a mirror (`<mirror>/<engine>/<version>/<file>`); official locations without it. */
  mirror?: string;
  platform?: { os: string; arch: string };
  /** Scratch space for downloads (RUNNER_TEMP in the action). */
  tempDir?: string;
  log?: (message: string) => void;
}

/** `name version` on PATH reports exactly this version. */
async function onPathAtVersion(pin: EnginePin, options: ProvisionOptions): Promise<boolean> {
  try {
    const result = await options.runner(pin.name, ['version'], { cwd: process.cwd(), env: { ...options.env, CHECKPOINT_DISABLE: '1' } });
    const found = toolFromVersionText(result.stdout);
    return result.code === 0 && found.version === pin.version && (found.tool === 'opentofu') === (pin.name === 'tofu');
  } catch {
    return false;
  }
}

async function download(url: string, file: string, options: ProvisionOptions): Promise<string> {
  try {
    return await options.store.download(url, file);
  } catch (error) {
    throw new ProvisionError(`cannot download ${url}: ${(error as Error).message}${options.mirror ? '' : ' (on a runner without internet access, set engine-mirror)'}`);
  }
}

/** Downloads, verifies and caches the release; returns the cached binary. Runs nothing unverified. */
async function downloadVerified(pin: EnginePin, options: ProvisionOptions): Promise<string> {
  const files = releaseFiles(pin, options.platform ?? releasePlatform(process.platform, process.arch), options.mirror);
  const scratch = await mkdtemp(join(options.tempDir ?? tmpdir(), 'qhub-gitops-engine-'));
  try {
    options.log?.(`downloading ${describeEngine(pin)} from ${files.zipUrl}`);
    const sums = await readFile(await download(files.sumsUrl, join(scratch, files.sumsName), options), 'utf8');
    const expected = expectedSha256(sums, files);
    const zip = await download(files.zipUrl, join(scratch, files.zipName), options);
    checkSha256(await sha256File(zip), expected, files);
    const extracted = await options.store.extractZip(zip, join(scratch, 'extracted'));
    if (!existsSync(join(extracted, binaryName(pin)))) throw new ProvisionError(`${files.zipUrl} holds no ${binaryName(pin)} binary`);
    const cached = await options.store.cache(extracted, pin);
    options.log?.(`verified ${files.zipName} (sha256 ${expected}) and cached it in ${cached}`);
    return join(cached, binaryName(pin));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

function binaryName(pin: EnginePin): string {
  return process.platform === 'win32' ? `${pin.name}.exe` : pin.name;
}

/** The command running exactly `pin`: from PATH when it is that version, else cached or provisioned. */
export async function provisionEngine(pin: EnginePin, options: ProvisionOptions): Promise<string> {
  if (await onPathAtVersion(pin, options)) return pin.name;
  const cached = options.store.find(pin);
  if (cached !== null && existsSync(join(cached, binaryName(pin)))) return join(cached, binaryName(pin));
  return downloadVerified(pin, options);
}

/** The selector the CLI and the action give the engine: the request decided, then provisioned. */
export function engineSelector(request: EngineRequest, options: ProvisionOptions): EngineSelector {
  return async (releasePin) => {
    const choice = chooseEngine(request, releasePin);
    if (choice.kind === 'command') return { command: choice.command, source: 'path' };
    return { command: await provisionEngine(choice.pin, options), source: choice.source };
  };
}
