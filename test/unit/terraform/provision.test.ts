import { describe, expect, it } from 'vitest';
import { fallbackPin } from '../../../src/qhub/engine-pins.js';
import { checkEngineRequest, checkSha256, chooseEngine, EngineSelectionError, expectedSha256, ChecksumError, releaseFiles, releasePlatform } from '../../../src/terraform/provision.js';

const tf0149 = { name: 'terraform', version: '0.14.9' } as const;

describe('chooseEngine', () => {
  it('auto runs the exact engine the release pins', () => {
    expect(chooseEngine({ engine: 'auto' }, tf0149)).toEqual({ kind: 'exact', pin: tf0149, source: 'auto' });
    expect(chooseEngine({ engine: '' }, tf0149)).toEqual({ kind: 'exact', pin: tf0149, source: 'auto' });
  });

  it('auto with an engine version keeps the release engine at that version', () => {
    expect(chooseEngine({ engine: 'auto', engineVersion: 'v1.0.5' }, tf0149)).toEqual({ kind: 'exact', pin: { name: 'terraform', version: '1.0.5' }, source: 'input' });
  });

  it('auto without a known release runs tofu from PATH, and refuses a bare version', () => {
    expect(chooseEngine({ engine: 'auto' }, null)).toEqual({ kind: 'command', command: 'tofu' });
    expect(() => chooseEngine({ engine: 'auto', engineVersion: '1.0.5' }, null)).toThrow(/--engine tofu\|terraform/);
  });

  it('tofu/terraform mean the one on PATH, or an exact version when one is given', () => {
    expect(chooseEngine({ engine: 'terraform' }, tf0149)).toEqual({ kind: 'command', command: 'terraform' });
    expect(chooseEngine({ engine: 'opentofu', engineVersion: '1.8.3' }, null)).toEqual({ kind: 'exact', pin: { name: 'tofu', version: '1.8.3' }, source: 'input' });
  });

  it('a path is run as is; a version for it or an inexact version is refused', () => {
    expect(chooseEngine({ engine: '/opt/tf' }, tf0149)).toEqual({ kind: 'command', command: '/opt/tf' });
    expect(() => chooseEngine({ engine: '/opt/tf', engineVersion: '1.0.5' }, null)).toThrow(EngineSelectionError);
    expect(() => chooseEngine({ engine: 'terraform', engineVersion: '1.5' }, null)).toThrow(/not an exact version/);
    expect(() => chooseEngine({ engine: 'terraform', engineVersion: '>=1.5.0' }, null)).toThrow(/not an exact version/);
  });
});

describe('releaseFiles', () => {
  const linux = releasePlatform('linux', 'x64');

  it('uses the official layouts of both projects', () => {
    expect(releaseFiles(tf0149, linux).zipUrl).toBe('https://releases.hashicorp.com/terraform/0.14.9/terraform_0.14.9_linux_amd64.zip');
    expect(releaseFiles({ name: 'tofu', version: '1.8.3' }, releasePlatform('darwin', 'arm64')).sumsUrl).toBe(
      'https://github.com/opentofu/opentofu/releases/download/v1.8.3/tofu_1.8.3_SHA256SUMS',
    );
  });

  it('puts every file under <mirror>/<engine>/<version>/', () => {
    const files = releaseFiles({ name: 'tofu', version: '1.8.3' }, linux, 'http://mirror.local/engines/');
    expect(files).toEqual({
      zipName: 'tofu_1.8.3_linux_amd64.zip',
      zipUrl: 'http://mirror.local/engines/tofu/1.8.3/tofu_1.8.3_linux_amd64.zip',
      sumsName: 'tofu_1.8.3_SHA256SUMS',
      sumsUrl: 'http://mirror.local/engines/tofu/1.8.3/tofu_1.8.3_SHA256SUMS',
    });
  });
});

describe('checksums', () => {
  const files = releaseFiles(tf0149, releasePlatform('linux', 'x64'), 'http://m');
  const digest = 'ab'.repeat(32);
  const sums = `${'cd'.repeat(32)}  terraform_0.14.9_darwin_amd64.zip\n${digest.toUpperCase()}  terraform_0.14.9_linux_amd64.zip\n`;

  it('reads the entry of exactly this zip', () => {
    expect(expectedSha256(sums, files)).toBe(digest);
  });

  it('refuses a SHA256SUMS without an entry for the zip', () => {
    expect(() => expectedSha256(`${'cd'.repeat(32)}  terraform_0.14.9_darwin_amd64.zip\n`, files)).toThrow(/lists no SHA-256 for terraform_0.14.9_linux_amd64.zip/);
    expect(() => expectedSha256('<html>not found</html>', files)).toThrow(ChecksumError);
  });

  it('refuses a zip whose digest differs', () => {
    expect(() => checkSha256(digest, digest, files)).not.toThrow();
    expect(() => checkSha256('ef'.repeat(32), digest, files)).toThrow(/refusing to run it/);
  });
});

describe('fallbackPin', () => {
  it.each([
    ['0.3.11', 'terraform', '0.14.9'],
    ['0.3.12', 'terraform', '0.14.9'],
    ['0.3.13', 'terraform', '1.0.0'],
    ['0.3.14', 'terraform', '1.0.5'],
    ['0.4.0.post1', 'terraform', '1.0.5'],
    ['0.4.5', 'terraform', '1.0.5'],
    ['2022.10.1', 'terraform', '1.0.5'],
    ['2023.7.2', 'terraform', '1.0.5'],
    ['2023.10.1', 'terraform', '1.5.7'],
    ['2024.11.1', 'terraform', '1.5.7'],
    ['2024.12.1', 'tofu', '1.8.3'],
    ['2025.10.1', 'tofu', '1.8.3'],
  ])('%s pins %s %s', (release, name, version) => {
    expect(fallbackPin(release)).toEqual({ name, version });
  });

  it('knows nothing before 0.3.11', () => {
    expect(fallbackPin('0.3.10')).toBeNull();
  });
});

describe('checkEngineRequest', () => {
  it('refuses what no release can make valid, before anything runs', () => {
    expect(() => checkEngineRequest({ engine: 'auto', engineVersion: '1.x' })).toThrow(/'1.x' is not an exact version/);
    expect(() => checkEngineRequest({ engine: './bin/terraform', engineVersion: '1.0.5' })).toThrow(/not to the binary '.\/bin\/terraform'/);
    expect(() => checkEngineRequest({ engine: 'auto', engineVersion: '1.0.5' })).not.toThrow();
    expect(() => checkEngineRequest({ engine: 'tofu' })).not.toThrow();
  });
});
