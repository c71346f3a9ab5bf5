// Provisioning a real engine (Terraform 0.14.9, built by scripts/build-engines.sh) from a local
// mirror in the official layout: download + verify + cache, a warm second use, and tampering refused.
import { mkdtempSync, rmSync, writeFileSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnRunner } from '../../src/terraform/process.js';
import { engineSelector, provisionEngine, ProvisionError, toolCacheStore, type ProvisionOptions } from '../../src/terraform/provision-store.js';
import { ChecksumError, releaseFiles, releasePlatform, type EnginePin } from '../../src/terraform/provision.js';
import { createEngine } from '../../src/terraform/engine.js';
import { pinText, startEngineMirror, type EngineMirror } from '../helpers/engine-mirror.js';

const pin: EnginePin = { name: 'terraform', version: '0.14.9' };
const work = mkdtempSync(join(tmpdir(), 'qhub-gitops-provision-'));
let mirror: EngineMirror;
let built = false;

beforeAll(async () => {
  mirror = await startEngineMirror([pin]);
  built = mirror.missing.length === 0;
  if (!built) console.warn(`engine provisioning tests: skipped, ${pinText(pin)} is not built (scripts/build-engines.sh)`);
}, 60_000);
afterAll(async () => {
  await mirror?.close();
  rmSync(work, { recursive: true, force: true });
});

let counter = 0;
/** No engine on PATH: only system directories (unzip lives there). */
function options(overrides: Partial<ProvisionOptions> = {}): ProvisionOptions & { cacheRoot: string } {
  const cacheRoot = join(work, `cache-${counter++}`);
  return { store: toolCacheStore(cacheRoot), runner: spawnRunner, env: { PATH: '/usr/bin:/bin' }, mirror: mirror.url, tempDir: work, cacheRoot, ...overrides };
}

const files = () => releaseFiles(pin, releasePlatform(process.platform, process.arch), mirror.url);
const zipPath = () => join(mirror.dir, 'terraform', '0.14.9', files().zipName);
const sumsPath = () => join(mirror.dir, 'terraform', '0.14.9', files().sumsName);

describe('provisioning an exact engine from a mirror', () => {
  it('downloads, verifies and caches on first use, and downloads nothing on the second', async (context) => {
    if (!built) return context.skip();
    const given = options();
    mirror.requests.length = 0;
    const binary = await provisionEngine(pin, given);
    expect(binary.startsWith(given.cacheRoot)).toBe(true);
    expect(mirror.requests).toEqual([`/terraform/0.14.9/${files().sumsName}`, `/terraform/0.14.9/${files().zipName}`]);
    const version = await spawnRunner(binary, ['version'], { cwd: work, env: { CHECKPOINT_DISABLE: '1' } });
    expect(version.stdout).toMatch(/^Terraform v0\.14\.9/);

    mirror.requests.length = 0;
    expect(await provisionEngine(pin, given)).toBe(binary);
    expect(mirror.requests).toEqual([]);
  }, 60_000);

  it('the engine selected for a release runs that release and says how it was chosen', async (context) => {
    if (!built) return context.skip();
    const given = options();
    const engine = createEngine({ engine: 'auto', runner: spawnRunner, env: given.env, select: engineSelector({ engine: 'auto' }, given) });
    await engine.forRelease(pin);
    expect(await engine.identity()).toEqual({ name: 'terraform', version: '0.14.9', source: 'auto' });
    expect(engine.command).toBe(join(given.store.find(pin)!, 'terraform'));
  }, 60_000);

  it('uses an engine on PATH as is when it is exactly the version', async (context) => {
    if (!built) return context.skip();
    const binDir = join(work, 'bin');
    const binary = await provisionEngine(pin, options());
    const { mkdirSync, copyFileSync } = await import('node:fs');
    mkdirSync(binDir, { recursive: true });
    copyFileSync(binary, join(binDir, 'terraform'));
    mirror.requests.length = 0;
    expect(await provisionEngine(pin, options({ env: { PATH: `${binDir}:/usr/bin:/bin` } }))).toBe('terraform');
    expect(mirror.requests).toEqual([]);
    // Another version on PATH is not used: 1.0.5 is provisioned (and refused here: the mirror lacks it).
    await expect(provisionEngine({ name: 'terraform', version: '1.0.5' }, options({ env: { PATH: `${binDir}:/usr/bin:/bin` } }))).rejects.toThrow(ProvisionError);
  }, 60_000);

  describe('tampering', () => {
    let zip: Buffer;
    let sums: string;
    beforeAll(() => {
      if (!built) return;
      zip = readFileSync(zipPath());
      sums = readFileSync(sumsPath(), 'utf8');
    });
    const restore = () => {
      writeFileSync(zipPath(), zip);
      writeFileSync(sumsPath(), sums);
    };
    /** Nothing reached the cache: a later run cannot pick up what was refused. */
    const nothingCached = (cacheRoot: string) => !existsSync(cacheRoot) || readdirSync(cacheRoot).every((name) => readdirSync(join(cacheRoot, name)).length === 0);

    it('refuses a zip that does not match SHA256SUMS, and caches nothing', async (context) => {
      if (!built) return context.skip();
      const tampered = Buffer.from(zip);
      const at = tampered.length - 30;
      tampered.writeUInt8(tampered.readUInt8(at) ^ 0xff, at);
      writeFileSync(zipPath(), tampered);
      const given = options();
      try {
        await expect(provisionEngine(pin, given)).rejects.toThrow(ChecksumError);
        await expect(provisionEngine(pin, given)).rejects.toThrow(/has SHA-256 [0-9a-f]{64}, but .*SHA256SUMS lists [0-9a-f]{64}/);
        expect(nothingCached(given.cacheRoot)).toBe(true);
      } finally {
        restore();
      }
    }, 60_000);

    it('refuses a SHA256SUMS whose digest was changed, or that lacks the zip', async (context) => {
      if (!built) return context.skip();
      const given = options();
      try {
        writeFileSync(sumsPath(), sums.replace(/^[0-9a-f]{4}/, '0000'));
        await expect(provisionEngine(pin, given)).rejects.toThrow(ChecksumError);
        writeFileSync(sumsPath(), sums.replace(/linux_amd64/, 'linux_arm64'));
        await expect(provisionEngine(pin, given)).rejects.toThrow(/lists no SHA-256 for terraform_0\.14\.9_linux_amd64\.zip/);
        expect(nothingCached(given.cacheRoot)).toBe(true);
      } finally {
        restore();
      }
    }, 60_000);

    it('a selected engine that cannot be provisioned runs nothing', async (context) => {
      if (!built) return context.skip();
      const given = options();
      const runs: string[] = [];
      const runner: typeof spawnRunner = (command, args, runOptions) => {
        runs.push(`${command} ${args.join(' ')}`);
        return spawnRunner(command, args, runOptions);
      };
      writeFileSync(zipPath(), Buffer.concat([zip, Buffer.from('x')]));
      try {
        const engine = createEngine({ engine: 'auto', runner, env: given.env, select: engineSelector({ engine: 'auto' }, { ...given, runner }) });
        await engine.forRelease(pin).catch(() => undefined);
        await expect(engine.init(work)).rejects.toThrow(/no engine to run/);
        expect(runs).toEqual(['terraform version']);
      } finally {
        restore();
      }
    }, 60_000);
  });
});
