#!/usr/bin/env node
// The qhub-gitops CLI: the action's commands, runnable on a laptop.
import { pathToFileURL } from 'node:url';
import { realpathSync } from 'node:fs';
import { commands } from './commands/registry.js';
import { UsageError, UserFacingError, type CliIO } from './commands/types.js';

async function overview(): Promise<string> {
  const loaded = await Promise.all(commands.map((entry) => entry.load()));
  const width = Math.max(...loaded.map((command) => command.name.length));
  return [
    'usage: qhub-gitops <command> [options]',
    '',
    'commands:',
    ...loaded.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    "Run 'qhub-gitops <command> --help' for a command's options.",
  ].join('\n');
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${await overview()}\n`);
    return name === undefined ? 2 : 0;
  }
  const entry = commands.find((candidate) => candidate.name === name);
  if (!entry) {
    io.stderr(`qhub-gitops: unknown command '${name}'\n\n${await overview()}\n`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`qhub-gitops ${command.name}: ${error.message}\n\n${command.usage}\n`);
      return 2;
    }
    if (error instanceof UserFacingError) {
      io.stderr(`qhub-gitops ${command.name}: ${error.message}\n`);
      return error.exitCode;
    }
    // An unexpected bug: one line for the user, the stack only when asked for.
    const detail = io.env.QHUB_GITOPS_DEBUG ? `\n${(error as Error).stack}` : '';
    io.stderr(`qhub-gitops ${command.name}: internal error: ${(error as Error).message}${detail}\n`);
    return 2;
  }
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(entry)).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  const io: CliIO = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
  };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`qhub-gitops: internal error: ${(error as Error).message}\n`);
      process.exitCode = 2;
    },
  );
}
