// The CLI's ports: bad engine options are refused before a job runs anything; a good engine is
// opened only when a job first uses it.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withCliPorts } from '../../../src/cli/options.js';
import { UsageError, type CliIO } from '../../../src/cli/types.js';

const work = mkdtempSync(join(tmpdir(), 'qhub-gitops-cli-ports-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function io(pluginCache: string): CliIO {
  return { stdout: () => undefined, stderr: () => undefined, cwd: work, env: { TF_PLUGIN_CACHE_DIR: pluginCache } };
}

describe('withCliPorts', () => {
  it('refuses an engine version that is not exact before the job runs (no kubectl, no pip, no engine)', async () => {
    let ran = false;
    const job = async () => {
      ran = true;
      return 0;
    };
    await expect(withCliPorts({ engine: 'tofu', 'engine-version': '1.6' }, io(join(work, 'unused')), 'qhub-gitops-test-', job)).rejects.toThrow(UsageError);
    expect(ran).toBe(false);
  });

  it('opens the engine at its first use: a job that stops before never creates the plugin cache', async () => {
    const stopped = join(work, 'plugins-stopped');
    expect(await withCliPorts({ engine: 'tofu' }, io(stopped), 'qhub-gitops-test-', async (ports) => (ports.engine.followsRelease ? 1 : 0))).toBe(0);
    expect(existsSync(stopped)).toBe(false);
    const used = join(work, 'plugins-used');
    await withCliPorts({ engine: join(work, 'no-such-tofu') }, io(used), 'qhub-gitops-test-', async (ports) => ports.engine.init(work).catch(() => 1));
    expect(existsSync(used)).toBe(true);
  });
});
