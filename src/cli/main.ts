#!/usr/bin/env node
// The qhub-gitops CLI: the action's commands, runnable on a laptop.
import { pathToFileURL } from 'node:url';
import { realpathSync, writeSync } from 'node:fs';
import { commands } from './registry.js';
import { UsageError, UserFacingError, type CliIO } from './types.js';

async function overview(): Promise<string> {
  const loaded = await Promise.all(commands.map((entry) => entry.load()));
  const width = Math.max(...loaded.map((command) => command.name.length));
  return [
    'usage: qhub-gitops <command> [options]',
    '',
    'commands:',
    ...loaded.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    "Run 'qhub-gitops <command> --help' for a command's options. plan, apply and destroy print a",
    'progress line on stderr as each subprocess starts; --quiet leaves stderr to errors.',
  ].join('\n');
}

/** `--quiet`, anywhere on the command line: no progress lines on stderr. */
const QUIET = '--quiet';

export async function runCli(argv: string[], given: CliIO): Promise<number> {
  const quiet = argv.includes(QUIET);
  const [name, ...rest] = argv.filter((arg) => arg !== QUIET);
  const { progress: _progress, ...silent } = given;
  const io: CliIO = quiet ? silent : given;
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

/** Descriptors whose output went to the stream once: everything after it must queue behind. */
const streamed = new Set<1 | 2>();

/**
 * Writes straight to the file descriptor: process.stdout/stderr would first build a stream (and
 * load node:stream) for what is usually one write. A non-blocking pipe that is full hands the rest
 * to the stream, which waits for it; a closed one (`| head`) ends the output quietly.
 */
function writeOutput(fd: 1 | 2, text: string): void {
  const stream = fd === 1 ? process.stdout : process.stderr;
  if (streamed.has(fd)) {
    stream.write(text);
    return;
  }
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(fd, bytes, written);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EAGAIN' && code !== 'EPIPE') throw error;
    if (code === 'EAGAIN') {
      streamed.add(fd);
      // The reader may still go away: that ends the output quietly too, anything else fails the run.
      stream.on('error', (streamError: NodeJS.ErrnoException) => {
        if (streamError.code !== 'EPIPE') process.exitCode = 2;
      });
      stream.write(bytes.subarray(written));
    }
  }
}

/** `[12.3s] tofu plan in …`: each subprocess as it starts, with the time since the command began. */
function progressLine(started: number, line: string): string {
  return `[${((Date.now() - started) / 1000).toFixed(1)}s] ${line}\n`;
}

if (isEntryPoint()) {
  const started = Date.now();
  const io: CliIO = {
    stdout: (text) => writeOutput(1, text),
    stderr: (text) => writeOutput(2, text),
    cwd: process.cwd(),
    env: process.env,
    progress: (line) => writeOutput(2, progressLine(started, line)),
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
