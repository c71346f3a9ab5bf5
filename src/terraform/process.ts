// The one subprocess seam (the edge: node:child_process). The engine, pip and venv, `qhub render`,
// the stage-inputs entry point and kubectl all run through a ProcessRunner, so the action and the
// CLI decide in one place how a run is logged, and tests replace every process at once.
import { spawn } from 'node:child_process';
import { basename } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { ProcessResult, ProcessRunner, RunOptions } from './engine.js';

export type OutputStream = 'stdout' | 'stderr';
/** Called with each complete output line (without its line ending) while the process runs. */
export type LineListener = (line: string, stream: OutputStream) => void;

/** Splits a byte stream into lines as they arrive; `end` hands over a last line without a newline. */
function lineSplitter(emit: (line: string) => void): { write(chunk: Buffer): void; end(): void } {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  const flushComplete = () => {
    let newline = pending.indexOf('\n');
    while (newline !== -1) {
      emit(pending.slice(0, newline).replace(/\r$/, ''));
      pending = pending.slice(newline + 1);
      newline = pending.indexOf('\n');
    }
  };
  return {
    write(chunk) {
      pending += decoder.write(chunk);
      flushComplete();
    },
    end() {
      pending += decoder.end();
      flushComplete();
      if (pending !== '') emit(pending.replace(/\r$/, ''));
      pending = '';
    },
  };
}

/**
 * Runs a command to completion, collecting stdout and stderr for the caller and, when a listener is
 * given, handing it every line as it is printed (stdout only when it is not data: `stdoutIsData`).
 * Rejects only when the command cannot start.
 */
export function createProcessRunner(onLine?: LineListener): ProcessRunner {
  return (command, args, options) =>
    new Promise((resolve, reject) => {
      const child = spawn(command, [...args], {
        cwd: options.cwd,
        env: Object.fromEntries(Object.entries(options.env).filter((entry): entry is [string, string] => entry[1] !== undefined)),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const stdout: Buffer[] = [];
      const stderr: Buffer[] = [];
      const streamOut = onLine && !options.stdoutIsData ? lineSplitter((line) => onLine(line, 'stdout')) : null;
      const streamErr = onLine ? lineSplitter((line) => onLine(line, 'stderr')) : null;
      child.stdout.on('data', (chunk: Buffer) => {
        stdout.push(chunk);
        streamOut?.write(chunk);
      });
      child.stderr.on('data', (chunk: Buffer) => {
        stderr.push(chunk);
        streamErr?.write(chunk);
      });
      child.on('error', reject);
      child.on('close', (code, signal) => {
        streamOut?.end();
        streamErr?.end();
        resolve({
          code: code ?? (signal ? 128 : 1),
          stdout: Buffer.concat(stdout).toString('utf8'),
          stderr: Buffer.concat(stderr).toString('utf8') + (signal ? `\nkilled by signal ${signal}` : ''),
        });
      });
    });
}

/** The runner that only collects (tests, scripts, and the CLI with `--quiet`). */
export const spawnRunner: ProcessRunner = createProcessRunner();

/**
 * A short name for one process in the log: the program and its first words that are not options,
 * and where it runs, e.g. `tofu plan in stages/02-infrastructure` or `python -m pip install`.
 */
export function processTitle(command: string, args: readonly string[], options: Pick<RunOptions, 'cwd'>): string {
  const words = args.filter((arg) => !arg.startsWith('-') || arg === '-m').slice(0, 3);
  const program = [basename(command), ...words.map((word) => (word.includes('/') ? basename(word) : word))].join(' ');
  return options.cwd === '.' ? program : `${program} in ${options.cwd}`;
}

/** Wraps a runner so each process runs inside `around(title, run)` (the action's log groups). */
export function titledRunner(runner: ProcessRunner, around: (title: string, run: () => Promise<ProcessResult>) => Promise<ProcessResult>): ProcessRunner {
  return (command, args, options) => around(processTitle(command, args, options), () => runner(command, args, options));
}
