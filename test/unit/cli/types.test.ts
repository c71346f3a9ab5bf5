// defineCommand: a command's options are parsed once, for every command, with the same errors.
import { describe, expect, it } from 'vitest';
import { defineCommand, UsageError, type CliIO } from '../../../src/cli/types.js';

const io: CliIO = { stdout: () => undefined, stderr: () => undefined, cwd: '.', env: {} };

function echo(positionals: boolean) {
  return defineCommand({
    name: 'echo',
    summary: 'prints its arguments',
    usage: 'usage: echo [--twice] [WORD...]',
    options: { twice: { type: 'boolean', default: false } },
    positionals,
    async run(parsed) {
      return (parsed.values.twice ? 2 : 1) * parsed.positionals.length;
    },
  });
}

describe('defineCommand', () => {
  it('hands the parsed options and positionals to run', async () => {
    expect(await echo(true).run(['--twice', 'a', 'b'], io)).toBe(4);
    expect(await echo(true).run(['a'], io)).toBe(1);
  });

  it('refuses positionals unless the command takes them, and unknown options, as usage errors', async () => {
    await expect(echo(false).run(['a'], io)).rejects.toThrow(UsageError);
    await expect(echo(true).run(['--thrice'], io)).rejects.toThrow(/Unknown option '--thrice'/);
  });

  it('keeps the name, summary and usage the CLI lists', () => {
    const command = echo(false);
    expect([command.name, command.summary, command.usage]).toEqual(['echo', 'prints its arguments', 'usage: echo [--twice] [WORD...]']);
  });
});
