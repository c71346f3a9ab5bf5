// The engine a run asks for: a request that names no engine is refused before anything runs or is
// created, `engine: auto` alone follows the release, and the plugin cache is shared and created.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPluginCacheDir, lazyEngine, openEngine, type EngineEnvironment } from '../../../src/jobs/engine.js';
import type { Engine, RunOptions } from '../../../src/terraform/engine.js';
import { idleEngine } from '../../helpers/fake-engine.js';
import { EngineSelectionError } from '../../../src/terraform/provision.js';
import { temporaryCheckouts } from '../../helpers/action.js';
import { noProcesses } from '../../helpers/job-ports.js';

const { checkout } = temporaryCheckouts('qhub-gitops-engine-job-');

function environment(env: Record<string, string | undefined>, runner = noProcesses): EngineEnvironment {
  return { env, runner, log: () => undefined, toolOutput: null };
}

/** A runner that answers `version` as Terraform 1.5.7 and records what it ran, where and with which environment. */
function versionRunner() {
  const runs: { command: string; args: readonly string[]; options: RunOptions }[] = [];
  const runner = async (command: string, args: readonly string[], options: RunOptions) => {
    runs.push({ command, args, options });
    return { code: 0, stdout: 'Terraform v1.5.7\non linux_amd64\n', stderr: '' };
  };
  return { runner, runs };
}

describe('openEngine', () => {
  it('refuses a version that is not exact before creating or running anything', async () => {
    const cache = join(checkout({}), 'cache');
    const opened = openEngine({ engineVersion: '1.x' }, environment({ QHUB_GITOPS_CACHE: cache }));
    await expect(opened).rejects.toThrow(EngineSelectionError);
    await expect(opened).rejects.toThrow("engine version '1.x' is not an exact version (expected e.g. 1.0.5 or 1.8.3)");
    expect(existsSync(cache)).toBe(false);
  });

  it('refuses a version for a binary given by its path', async () => {
    const opened = openEngine({ engine: '/opt/bin/terraform', engineVersion: '1.5.7' }, environment({ QHUB_GITOPS_CACHE: join(checkout({}), 'cache') }));
    await expect(opened).rejects.toThrow(new EngineSelectionError("engine version 1.5.7 applies to auto, tofu or terraform, not to the binary '/opt/bin/terraform'"));
  });

  it('runs a binary given by its path with the shared plugin cache, which it creates', async () => {
    const cache = join(checkout({}), 'cache');
    const { runner, runs } = versionRunner();
    const engine = await openEngine({ engine: '/opt/bin/terraform' }, environment({ QHUB_GITOPS_CACHE: cache, CLOUD: 'x' }, runner));
    expect(existsSync(join(cache, 'plugins'))).toBe(true);
    expect(engine.command).toBe('/opt/bin/terraform');
    expect(await engine.version()).toEqual({ tool: 'terraform', version: '1.5.7' });
    expect(runs).toEqual([{ command: '/opt/bin/terraform', args: ['version'], options: { cwd: '.', env: expect.objectContaining({ CLOUD: 'x', TF_PLUGIN_CACHE_DIR: join(cache, 'plugins') }) } }]);
  });

  it('runs tofu from PATH with `engine: auto` and no release to follow', async () => {
    const { runner, runs } = versionRunner();
    const engine = await openEngine({}, environment({ TF_PLUGIN_CACHE_DIR: join(checkout({}), 'plugins') }, runner));
    await engine.version();
    expect(runs.map((run) => run.command)).toEqual(['tofu']);
  });
});

describe('lazyEngine', () => {
  it('follows the release only for auto, given or left empty, before anything is opened', () => {
    const never = async (): Promise<Engine> => {
      throw new Error('opened');
    };
    expect([{}, { engine: '' }, { engine: 'auto' }, { engine: 'tofu' }, { engine: 'terraform' }, { engine: '/opt/bin/tofu' }].map((args) => lazyEngine(args, never).followsRelease)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(lazyEngine({ engine: '/opt/bin/tofu' }, never).command).toBe('/opt/bin/tofu');
  });

  it('opens the engine at its first use, once, and reports a request that names no engine only then', async () => {
    let opened = 0;
    const engine = lazyEngine({}, async () => (opened++, idleEngine()));
    expect(opened).toBe(0);
    await engine.init('a');
    await engine.plan('a', 'a.tfplan');
    expect(opened).toBe(1);
    const refused = lazyEngine({ engineVersion: '1.x' }, () => openEngine({ engineVersion: '1.x' }, environment({})));
    await expect(refused.init('a')).rejects.toBeInstanceOf(EngineSelectionError);
  });
});

describe('defaultPluginCacheDir', () => {
  it('is TF_PLUGIN_CACHE_DIR when set, else plugins/ under the qhub-gitops cache', () => {
    expect(defaultPluginCacheDir({ TF_PLUGIN_CACHE_DIR: '/p', QHUB_GITOPS_CACHE: '/c' })).toBe('/p');
    expect(defaultPluginCacheDir({ QHUB_GITOPS_CACHE: '/c' })).toBe('/c/plugins');
    expect(defaultPluginCacheDir({ HOME: '/home/me' })).toBe('/home/me/.cache/qhub-gitops/plugins');
  });
});
