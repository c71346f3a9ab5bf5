// The one subprocess seam: lines reach the listener while the process runs, the caller still gets
// everything collected, data on stdout never reaches the listener, and each process gets a title.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProcessRunner, processTitle, titledRunner, type OutputStream } from '../../../src/terraform/process.js';

const node = process.execPath;

function recording() {
  const lines: [OutputStream, string][] = [];
  return { lines, runner: createProcessRunner((line, stream) => lines.push([stream, line])) };
}

describe('createProcessRunner', () => {
  it('hands over each line while the process runs: the process waits for its first line to be seen', async () => {
    const { lines, runner } = recording();
    // The child prints a line, then waits for a byte on a file this test writes only after the
    // listener saw that line; a runner that buffered until exit would leave it waiting forever.
    const release = join(mkdtempSync(join(tmpdir(), 'qhub-gitops-process-')), 'release');
    const waiting = recordingUntil(lines, 'first', () => writeFileSync(release, ''));
    const script = `console.log('first'); const fs = require('fs'); const started = Date.now();
      const t = setInterval(() => {
        const released = fs.existsSync(${JSON.stringify(release)});
        if (released || Date.now() - started > 30000) { clearInterval(t); console.log(released ? 'second' : 'gave up waiting'); }
      }, 20);`;
    const result = await runner(node, ['-e', script], { cwd: '.', env: { PATH: process.env.PATH } });
    await waiting;
    expect(existsSync(release)).toBe(true);
    expect(lines).toEqual([
      ['stdout', 'first'],
      ['stdout', 'second'],
    ]);
    expect(result).toEqual({ code: 0, stdout: 'first\nsecond\n', stderr: '' });
  });

  it('joins lines split across chunks, drops CR of CRLF, passes a last line without newline and multi-byte text whole', async () => {
    const { lines, runner } = recording();
    const script = `process.stdout.write('a'); setTimeout(() => { process.stdout.write('b\\r\\nc\\u00e9'); process.stderr.write('warn\\n'); setTimeout(() => process.stdout.write('\\u00e9d'), 20); }, 20);`;
    const result = await runner(node, ['-e', script], { cwd: '.', env: { PATH: process.env.PATH } });
    expect(lines.filter(([stream]) => stream === 'stdout').map(([, line]) => line)).toEqual(['ab', 'cééd']);
    expect(lines.filter(([stream]) => stream === 'stderr').map(([, line]) => line)).toEqual(['warn']);
    expect(result.stdout).toBe('ab\r\ncééd');
  });

  it('keeps stdout that is data (plan JSON, outputs) from the listener, but still streams stderr', async () => {
    const { lines, runner } = recording();
    const result = await runner(node, ['-e', `console.log('{"secret":"s3cr3t"}'); console.error('progress')`], {
      cwd: '.',
      env: { PATH: process.env.PATH },
      stdoutIsData: true,
    });
    expect(lines).toEqual([['stderr', 'progress']]);
    expect(result.stdout).toBe('{"secret":"s3cr3t"}\n');
  });

  it('rejects when the program cannot start, and reports a signal as exit 128', async () => {
    const runner = createProcessRunner();
    await expect(runner('/no/such/program', [], { cwd: '.', env: {} })).rejects.toMatchObject({ code: 'ENOENT' });
    const killed = await runner(node, ['-e', `process.kill(process.pid, 'SIGTERM')`], { cwd: '.', env: {} });
    expect(killed.code).toBe(128);
    expect(killed.stderr).toContain('killed by signal SIGTERM');
  });
});

describe('processTitle and titledRunner', () => {
  it('names the program, its first words that are not options, and where it runs', () => {
    expect(processTitle('/opt/tofu/tofu', ['plan', '-input=false', '-out=/p/0.tfplan'], { cwd: '/w/stages/02-infrastructure' })).toBe(
      'tofu plan in /w/stages/02-infrastructure',
    );
    expect(processTitle('tofu', ['version'], { cwd: '.' })).toBe('tofu version');
    expect(processTitle('/v/bin/python', ['-m', 'pip', 'install', '--quiet', 'qhub==0.4.5'], { cwd: '/c/venvs' })).toBe('python -m pip install in /c/venvs');
    expect(processTitle('/v/bin/qhub', ['render', '-c', '/w/qhub-config.yaml'], { cwd: '/w' })).toBe('qhub render qhub-config.yaml in /w');
  });

  it('runs each process inside the wrapper with its title, returning its result', async () => {
    const seen: string[] = [];
    const runner = titledRunner(
      async () => ({ code: 0, stdout: 'x', stderr: '' }),
      async (title, run) => {
        seen.push(`open ${title}`);
        const result = await run();
        seen.push(`close ${title}`);
        return result;
      },
    );
    expect(await runner('kubectl', ['get', 'pods', '-n', 'dev'], { cwd: '.', env: {} })).toEqual({ code: 0, stdout: 'x', stderr: '' });
    expect(seen).toEqual(['open kubectl get pods dev', 'close kubectl get pods dev']);
  });
});

/** Resolves once `line` was recorded, after calling `then` (polling: the listener is synchronous). */
function recordingUntil(lines: [OutputStream, string][], line: string, then: () => void): Promise<void> {
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      if (lines.some(([, seen]) => seen === line)) {
        clearInterval(timer);
        then();
        resolve();
      }
    }, 5);
  });
}
