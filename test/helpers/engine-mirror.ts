// A local engine mirror for tests: the engines scripts/build-engines.sh builds, zipped in the
// official release layout, served over HTTP on 127.0.0.1. Point the action or CLI at `url` with
// the `engine-mirror` input, `--engine-mirror` or QHUB_GITOPS_ENGINE_MIRROR.
//
//   const mirror = await startEngineMirror([{ name: 'terraform', version: '0.14.9' }]);
//   mirror.url        http://127.0.0.1:PORT (serves <engine>/<version>/<engine>_<version>_linux_amd64.zip
//                     and <engine>/<version>/<engine>_<version>_SHA256SUMS)
//   mirror.dir        the same files on disk (to serve another way, e.g. to a container)
//   mirror.missing    pins with no built binary (not served): skip what needs them, naming mirror.missing
//   mirror.requests   paths requested so far (to tell a download from a cache hit)
//   await mirror.close()
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EnginePin } from '../../src/terraform/provision.js';
import { releaseFiles, releasePlatform } from '../../src/terraform/provision.js';

const cacheRoot = process.env.QHUB_GITOPS_CACHE || join(homedir(), '.cache', 'qhub-gitops');

/** The binary scripts/build-engines.sh built for `pin` (tofu 1.10.7 from install-tofu.sh), or null. */
export function builtEngine(pin: EnginePin): string | null {
  const candidates = [join(cacheRoot, 'builds', pin.name, pin.version, pin.name), join(cacheRoot, pin.name, pin.version, pin.name)];
  return candidates.find((file) => existsSync(file)) ?? null;
}

/** "terraform 1.5.7" for skip messages. */
export function pinText(pin: EnginePin): string {
  return `${pin.name} ${pin.version}`;
}

export interface EngineMirror {
  url: string;
  dir: string;
  missing: EnginePin[];
  requests: string[];
  close(): Promise<void>;
}

/**
 * Zips each built engine as `<name>_<version>_<os>_<arch>.zip` (the binary at the top, as
 * releases ship it) with its `<name>_<version>_SHA256SUMS` under `dir/<name>/<version>/`.
 */
export async function buildEngineMirror(dir: string, pins: readonly EnginePin[]): Promise<EnginePin[]> {
  const platform = releasePlatform(process.platform, process.arch);
  const missing: EnginePin[] = [];
  for (const pin of pins) {
    const binary = builtEngine(pin);
    if (binary === null) {
      missing.push(pin);
      continue;
    }
    const files = releaseFiles(pin, platform, 'file:');
    const versionDir = join(dir, pin.name, pin.version);
    const staging = await mkdtemp(join(tmpdir(), 'engine-zip-'));
    try {
      await mkdir(versionDir, { recursive: true });
      await copyFile(binary, join(staging, pin.name));
      execFileSync('zip', ['-q', '-X', join(versionDir, files.zipName), pin.name], { cwd: staging });
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
    const digest = createHash('sha256').update(await readFile(join(versionDir, files.zipName))).digest('hex');
    await writeFile(join(versionDir, files.sumsName), `${digest}  ${files.zipName}\n`);
  }
  return missing;
}

/** Serves `dir` read-only on 127.0.0.1 (a random port); unknown paths get 404. */
export async function serveDirectory(dir: string, requests: string[] = []): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://mirror').pathname);
    requests.push(path);
    if (path.includes('..')) {
      response.writeHead(400).end();
      return;
    }
    readFile(join(dir, path)).then(
      (body) => response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length }).end(body),
      () => response.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Builds a mirror of `pins` in a temporary directory and serves it. */
export async function startEngineMirror(pins: readonly EnginePin[]): Promise<EngineMirror> {
  const dir = await mkdtemp(join(tmpdir(), 'qhub-gitops-engine-mirror-'));
  const missing = await buildEngineMirror(dir, pins);
  const requests: string[] = [];
  const server = await serveDirectory(dir, requests);
  return {
    url: server.url,
    dir,
    missing,
    requests,
    async close() {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
