import { describe, expect, it } from 'vitest';
import { createEngine, EngineError, resolveEngineCommand, toolFromVersionText, type ProcessResult, type RunOptions } from '../../../src/terraform/engine.js';

interface Call {
  command: string;
  args: readonly string[];
  options: RunOptions;
}

function fakeEngine(reply: (args: readonly string[]) => ProcessResult, extra: { pluginCacheDir?: string } = {}) {
  const calls: Call[] = [];
  const engine = createEngine({
    engine: 'tofu',
    env: { PATH: '/bin', TF_VAR_x: '1' },
    ...extra,
    runner: async (command, args, options) => {
      calls.push({ command, args, options });
      return reply(args);
    },
  });
  return { engine, calls };
}

const ok = (stdout = ''): ProcessResult => ({ code: 0, stdout, stderr: '' });

describe('createEngine', () => {
  it('runs each command non-interactively with the plugin cache and per-root environment', async () => {
    const { engine, calls } = fakeEngine((args) => (args[0] === 'plan' ? { code: 2, stdout: '', stderr: '' } : ok(args[0] === 'show' ? '{}' : '')), {
      pluginCacheDir: '/cache/plugins',
    });
    await engine.init('/r');
    const plan = await engine.plan('/r', '/p/0.tfplan', { varFiles: ['/v/stage.tfvars.json'], env: { KUBE_HOST: 'h' } });
    await engine.showJson('/r', '/p/0.tfplan');
    await engine.apply('/r', '/p/0.tfplan');
    await engine.destroy('/r', { varFiles: ['/v/stage.tfvars.json'] });
    await engine.forceUnlock('/r', 'abc');
    expect(plan).toEqual({ changes: true, warnings: [] });
    expect(calls.map((call) => [call.command, ...call.args].join(' '))).toEqual([
      'tofu init -input=false -no-color',
      'tofu plan -input=false -no-color -detailed-exitcode -out=/p/0.tfplan -var-file=/v/stage.tfvars.json',
      'tofu show -json -no-color /p/0.tfplan',
      'tofu apply -input=false -no-color /p/0.tfplan',
      'tofu destroy -auto-approve -input=false -no-color -var-file=/v/stage.tfvars.json',
      'tofu force-unlock -force -no-color abc',
    ]);
    expect(calls[1]!.options).toEqual({
      cwd: '/r',
      env: { PATH: '/bin', TF_VAR_x: '1', TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1', TF_PLUGIN_CACHE_DIR: '/cache/plugins', KUBE_HOST: 'h' },
    });
  });

  it('marks the stdout of show -json and output -json as data (it can hold sensitive values), never to stream to a log', async () => {
    const { engine, calls } = fakeEngine((args) => ok(args[0] === 'show' || args[0] === 'output' ? '{}' : ''));
    await engine.plan('/r', '/p/0.tfplan');
    await engine.showJson('/r', '/p/0.tfplan');
    await engine.outputJson('/r');
    expect(calls.map((call) => [call.args[0], call.options.stdoutIsData === true])).toEqual([
      ['plan', false],
      ['show', true],
      ['output', true],
    ]);
  });

  it('reports no changes on exit 0 and lists state and outputs', async () => {
    const { engine, calls } = fakeEngine((args) => {
      if (args[0] === 'state') return ok('a.b\nmodule.m.c.d\n');
      if (args[0] === 'output') return ok('{"cidr":{"value":"10.0.0.0/16","type":"string","sensitive":false}}');
      return ok();
    });
    expect(await engine.plan('/r', 'p')).toEqual({ changes: false, warnings: [] });
    await engine.plan('/r', 'p', { lock: false, destroy: true });
    expect(calls.at(-1)!.args.slice(-2)).toEqual(['-destroy', '-lock=false']);
    expect(await engine.stateList('/r')).toEqual(['a.b', 'module.m.c.d']);
    expect((await engine.outputJson('/r')).cidr?.value).toBe('10.0.0.0/16');
  });

  it('turns a failure into an EngineError with diagnostics and the lock', async () => {
    const { engine } = fakeEngine(() => ({
      code: 1,
      stdout: '',
      stderr: 'Error: Error acquiring the state lock\n\nLock Info:\n  ID:        1234\n  Who:       someone@ci\n',
    }));
    const error = await engine.plan('/r', 'p').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).message).toBe('plan failed in /r: Error: Error acquiring the state lock\nLock Info:\n  ID:        1234\n  Who:       someone@ci');
    expect((error as EngineError).lock).toMatchObject({ id: '1234', unlockCommand: 'tofu force-unlock -force 1234' });
  });

  it('says when the binary cannot be started', async () => {
    const engine = createEngine({
      engine: '/nowhere/tofu',
      env: {},
      runner: async () => {
        throw Object.assign(new Error('spawn /nowhere/tofu ENOENT'), { code: 'ENOENT' });
      },
    });
    const error = (await engine.init('/r').catch((caught: unknown) => caught)) as EngineError;
    expect(error.diagnostics[0]!.detail).toBe("'/nowhere/tofu' was not found (install it or pass --engine PATH)");
  });

  it('knows the engine from its version output', async () => {
    expect(toolFromVersionText('OpenTofu v1.10.7\non linux_amd64\n')).toEqual({ tool: 'opentofu', version: '1.10.7' });
    expect(toolFromVersionText('Terraform v1.11.4\non linux_amd64\n')).toEqual({ tool: 'terraform', version: '1.11.4' });
    expect(resolveEngineCommand('terraform')).toBe('terraform');
    expect(resolveEngineCommand('/opt/tofu')).toBe('/opt/tofu');
    const { engine, calls } = fakeEngine(() => ok('OpenTofu v1.10.7\n'));
    await engine.version();
    await engine.version();
    expect(calls).toHaveLength(1);
  });
});
