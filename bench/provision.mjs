// Time provisioning adds to a run: a cold provisioning (download from a local mirror + SHA-256
// check + unzip + tool-cache copy) and a warm one (found in the tool cache), for the largest
// engine a release pins that scripts/build-engines.sh has built. Network time is left out: the
// mirror is on 127.0.0.1, so the cold figure is the local cost on top of the download itself.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { ESM_BUNDLE_OPTIONS } from './_bundle.mjs';
import { median } from './_timing.mjs';

const root = resolve(import.meta.dirname, '..');
const cacheRoot = process.env.QHUB_GITOPS_CACHE ?? join(homedir(), '.cache', 'qhub-gitops');
const CANDIDATES = [
  { name: 'tofu', version: '1.8.3' },
  { name: 'terraform', version: '1.5.7' },
  { name: 'terraform', version: '1.0.5' },
  { name: 'terraform', version: '0.14.9' },
];

async function loadProvisioning(outdir) {
  await build({
    stdin: {
      contents: "export * from './src/terraform/provision-store.ts'; export { spawnRunner } from './src/terraform/process.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    outfile: join(outdir, 'provision.mjs'),
    ...ESM_BUNDLE_OPTIONS,
  });
  return import(pathToFileURL(join(outdir, 'provision.mjs')).href);
}

async function timeAsync(runs, work) {
  const times = [];
  for (let index = 0; index < runs; index++) {
    const start = process.hrtime.bigint();
    await work(index);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

export async function run() {
  const pin = CANDIDATES.find((candidate) => existsSync(join(cacheRoot, 'builds', candidate.name, candidate.version, candidate.name)));
  if (!pin) return [{ name: 'engine provisioning', value: 'no engine built', unit: '', target: 'run scripts/build-engines.sh', ok: null }];
  const scratch = mkdtempSync(join(tmpdir(), 'qhub-gitops-bench-provision-'));
  const label = `${pin.name} ${pin.version}`;
  try {
    const { provisionEngine, spawnRunner, toolCacheStore } = await loadProvisioning(scratch);
    // The mirror: the built binary zipped as the release ships it, with its SHA256SUMS.
    const zipName = `${pin.name}_${pin.version}_linux_amd64.zip`;
    const versionDir = join(scratch, 'mirror', pin.name, pin.version);
    mkdirSync(versionDir, { recursive: true });
    execFileSync('zip', ['-q', '-j', join(versionDir, zipName), join(cacheRoot, 'builds', pin.name, pin.version, pin.name)]);
    const digest = createHash('sha256').update(readFileSync(join(versionDir, zipName))).digest('hex');
    writeFileSync(join(versionDir, `${pin.name}_${pin.version}_SHA256SUMS`), `${digest}  ${zipName}\n`);
    const server = createServer((request, response) => {
      const file = join(scratch, 'mirror', decodeURIComponent(request.url ?? '/'));
      if (!existsSync(file)) return response.writeHead(404).end();
      response.writeHead(200).end(readFileSync(file));
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    const mirror = `http://127.0.0.1:${server.address().port}`;
    const options = (cache) => ({
      store: toolCacheStore(cache, () => {}),
      // The PATH probe runs for real (`tofu version`), on a PATH without engines.
      runner: spawnRunner,
      env: { PATH: '/usr/bin:/bin' },
      mirror,
      platform: { os: 'linux', arch: 'amd64' },
      tempDir: scratch,
    });
    try {
      const cold = await timeAsync(5, (index) => provisionEngine(pin, options(join(scratch, `cold-${index}`))));
      const warmCache = join(scratch, 'warm');
      await provisionEngine(pin, options(warmCache));
      const warm = await timeAsync(21, () => provisionEngine(pin, options(warmCache)));
      const size = (readFileSync(join(versionDir, zipName)).length / 2 ** 20).toFixed(0);
      return [
        { name: `cold: download (127.0.0.1) + verify + extract + cache, ${label} (${size} MiB zip)`, value: cold, unit: 'ms', target: '< 5000 ms', ok: cold < 5000 },
        { name: `warm: PATH probe + found in the tool cache, ${label}`, value: warm, unit: 'ms', target: '< 50 ms', ok: warm < 50 },
      ];
    } finally {
      server.close();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
