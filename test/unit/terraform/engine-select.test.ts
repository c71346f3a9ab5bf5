// The engine adapter runs whatever its selector chose for the release, and nothing when selection fails.
import { describe, expect, it } from 'vitest';
import { createEngine, EngineError, supportsImportBlocks, type ProcessRunner } from '../../../src/terraform/engine.js';

function recordingRunner(versionText: string): { runner: ProcessRunner; commands: string[] } {
  const commands: string[] = [];
  const runner: ProcessRunner = async (command, args) => {
    commands.push(`${command} ${args[0]}`);
    return { code: 0, stdout: args[0] === 'version' ? versionText : '', stderr: '' };
  };
  return { runner, commands };
}

describe('engine selection', () => {
  it('runs the command chosen for the release and reports it with its source', async () => {
    const { runner, commands } = recordingRunner('Terraform v0.14.9\n');
    const pins: unknown[] = [];
    const engine = createEngine({
      engine: 'auto',
      runner,
      env: {},
      select: async (pin) => (pins.push(pin), { command: '/cache/terraform/0.14.9/x64/terraform', source: 'auto' }),
    });
    await engine.forRelease({ name: 'terraform', version: '0.14.9' });
    await engine.init('/r');
    expect(pins).toEqual([{ name: 'terraform', version: '0.14.9' }]);
    expect(commands).toEqual(['/cache/terraform/0.14.9/x64/terraform init']);
    expect(engine.command).toBe('/cache/terraform/0.14.9/x64/terraform');
    expect(await engine.identity()).toEqual({ name: 'terraform', version: '0.14.9', source: 'auto' });
  });

  it('without a release, asks the selector with null on first use', async () => {
    const { runner } = recordingRunner('OpenTofu v1.10.7\n');
    const pins: unknown[] = [];
    const engine = createEngine({ engine: 'auto', runner, env: {}, select: async (pin) => (pins.push(pin), { command: 'tofu', source: 'path' }) });
    expect(await engine.identity()).toEqual({ name: 'tofu', version: '1.10.7', source: 'path' });
    expect(pins).toEqual([null]);
  });

  it('a failed selection runs nothing and fails each command with the reason', async () => {
    const { runner, commands } = recordingRunner('');
    const engine = createEngine({ engine: 'auto', runner, env: {}, select: async () => Promise.reject(new Error('checksum mismatch')) });
    await engine.forRelease({ name: 'terraform', version: '1.0.5' });
    const failure = await engine.init('/r').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(EngineError);
    expect(failure).toMatchObject({ step: 'select', diagnostics: [{ summary: 'no engine to run', detail: 'checksum mismatch' }] });
    expect(commands).toEqual([]);
    expect(await engine.identity()).toBeNull();
  });

  it('knows which engines have import blocks', () => {
    expect(supportsImportBlocks({ tool: 'terraform', version: '1.0.5' })).toBe(false);
    expect(supportsImportBlocks({ tool: 'terraform', version: '0.14.9' })).toBe(false);
    expect(supportsImportBlocks({ tool: 'terraform', version: '1.5.7' })).toBe(true);
    expect(supportsImportBlocks({ tool: 'opentofu', version: '1.8.3' })).toBe(true);
  });
});
