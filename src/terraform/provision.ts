// Which engine binary runs, and where its official release zip and checksums live. Pure: the
// downloading, hashing and caching happen in provision-store.ts, over @actions/tool-cache.
//
// `engine` is `auto` (the exact engine the target QHub/Nebari release pins), `tofu`/`terraform`
// (that engine from PATH, or an exact version with `engineVersion`), or a path to a binary.

export type EngineName = 'terraform' | 'tofu';

/** One exact engine release, e.g. Terraform 1.0.5. */
export interface EnginePin {
  name: EngineName;
  version: string;
}

/** `auto`: the release's pin; `input`: an exact version asked for; `path`: whatever binary the name or path finds. */
export type EngineSource = 'auto' | 'input' | 'path';

/** What reports say about the engine that ran. */
export interface EngineIdentity {
  name: EngineName;
  version: string;
  source: EngineSource;
}

export interface EngineRequest {
  /** `auto`, `tofu`, `terraform`, `opentofu`, or a path to a binary. */
  engine: string;
  /** An exact version (`1.0.5`, a leading `v` is dropped); with `auto`, the release's engine at that version. */
  engineVersion?: string;
}

export type EngineChoice =
  /** Run this command as found (PATH name or binary path). */
  | { kind: 'command'; command: string }
  /** Run exactly this release, provisioned when not already at hand. */
  | { kind: 'exact'; pin: EnginePin; source: 'auto' | 'input' };

export class EngineSelectionError extends Error {
  override name = 'EngineSelectionError';
}

const NAMES: Record<string, EngineName> = { tofu: 'tofu', opentofu: 'tofu', terraform: 'terraform' };
const EXACT_VERSION = /^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$/;

export function isAuto(engine: string): boolean {
  return engine === '' || engine === 'auto';
}

export function engineNameOf(engine: string): EngineName | null {
  return NAMES[engine] ?? null;
}

function exactVersion(value: string): string {
  const version = value.trim().replace(/^v/, '');
  if (!EXACT_VERSION.test(version)) {
    throw new EngineSelectionError(`engine version '${value}' is not an exact version (expected e.g. 1.0.5 or 1.8.3)`);
  }
  return version;
}

/** Refuses a request that no release could make valid (an inexact version, a version for a binary path), before anything runs. */
export function checkEngineRequest(request: EngineRequest): void {
  const version = request.engineVersion?.trim() ? exactVersion(request.engineVersion) : null;
  const engine = request.engine.trim();
  if (version && !isAuto(engine) && engineNameOf(engine) === null) {
    throw new EngineSelectionError(`engine version ${version} applies to auto, tofu or terraform, not to the binary '${engine}'`);
  }
}

/**
 * Decides what to run. `releasePin` is the engine the target release pins (null when no QHub
 * version is known, e.g. explicit roots without --qhub-version).
 */
export function chooseEngine(request: EngineRequest, releasePin: EnginePin | null): EngineChoice {
  const engine = request.engine.trim();
  const version = request.engineVersion?.trim() ? exactVersion(request.engineVersion) : null;
  if (isAuto(engine)) {
    if (releasePin) return version ? { kind: 'exact', pin: { name: releasePin.name, version }, source: 'input' } : { kind: 'exact', pin: releasePin, source: 'auto' };
    if (version) {
      throw new EngineSelectionError(
        `engine version ${version} was given without an engine, and no QHub/Nebari version is known to pick one: pass --engine tofu|terraform (input engine), or --qhub-version`,
      );
    }
    // No release to follow (explicit roots without a QHub version): the engine on PATH, as before auto existed.
    return { kind: 'command', command: 'tofu' };
  }
  const name = engineNameOf(engine);
  if (name === null) {
    checkEngineRequest(request);
    return { kind: 'command', command: engine };
  }
  return version ? { kind: 'exact', pin: { name, version }, source: 'input' } : { kind: 'command', command: name };
}

/** The OS/architecture names release zips use (`linux_amd64`, `darwin_arm64`, ...). */
export function releasePlatform(platform: string, arch: string): { os: string; arch: string } {
  const os = platform === 'win32' ? 'windows' : platform;
  const archNames: Record<string, string> = { x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm' };
  return { os, arch: archNames[arch] ?? arch };
}

export interface ReleaseFiles {
  zipName: string;
  zipUrl: string;
  sumsName: string;
  sumsUrl: string;
}

/** Where HashiCorp and OpenTofu publish releases, in their own layouts. */
const OFFICIAL: Record<EngineName, (pin: EnginePin, file: string) => string> = {
  terraform: (pin, file) => `https://releases.hashicorp.com/terraform/${pin.version}/${file}`,
  tofu: (pin, file) => `https://github.com/opentofu/opentofu/releases/download/v${pin.version}/${file}`,
};

/**
 * The release zip and SHA256SUMS of an engine. A mirror holds them as
 * `<mirror>/<engine>/<version>/<file>` (the same layout for both engines).
 */
export function releaseFiles(pin: EnginePin, platform: { os: string; arch: string }, mirror?: string): ReleaseFiles {
  const zipName = `${pin.name}_${pin.version}_${platform.os}_${platform.arch}.zip`;
  const sumsName = `${pin.name}_${pin.version}_SHA256SUMS`;
  const base = mirror?.trim().replace(/\/+$/, '');
  const url = (file: string) => (base ? `${base}/${pin.name}/${pin.version}/${file}` : OFFICIAL[pin.name](pin, file));
  return { zipName, zipUrl: url(zipName), sumsName, sumsUrl: url(sumsName) };
}

export class ChecksumError extends Error {
  override name = 'ChecksumError';
}

/** The SHA-256 a `SHA256SUMS` file (`<hex>  <file>` lines) lists for one file; refuses anything else. */
export function expectedSha256(sumsText: string, files: Pick<ReleaseFiles, 'zipName' | 'sumsUrl'>): string {
  for (const line of sumsText.split('\n')) {
    const match = /^([0-9a-fA-F]{64})\s+\*?(\S+)\s*$/.exec(line.trim());
    if (match && match[2] === files.zipName) return match[1]!.toLowerCase();
  }
  throw new ChecksumError(`${files.sumsUrl} lists no SHA-256 for ${files.zipName}: refusing to run an unverified engine`);
}

/** Compares the zip's digest with the listed one; a mismatch means a corrupt or tampered download. */
export function checkSha256(actual: string, expected: string, files: Pick<ReleaseFiles, 'zipName' | 'zipUrl' | 'sumsUrl'>): void {
  if (actual.toLowerCase() !== expected) {
    throw new ChecksumError(
      `${files.zipUrl} has SHA-256 ${actual}, but ${files.sumsUrl} lists ${expected} for ${files.zipName}: refusing to run it (corrupt or tampered download)`,
    );
  }
}

export function describeEngine(identity: Pick<EngineIdentity, 'name' | 'version'>): string {
  return `${identity.name === 'tofu' ? 'OpenTofu' : 'Terraform'} ${identity.version}`;
}
