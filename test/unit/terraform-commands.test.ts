import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { planCommand } from '../../src/commands/plan.js';
import { summarizeCommand } from '../../src/commands/summarize.js';
import { UsageError, UserFacingError, type CliIO } from '../../src/commands/types.js';
import { parseMarker } from '../../src/report/comment.js';

const dir = mkdtempSync(join(tmpdir(), 'qhub-gitops-summarize-'));
function file(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return name;
}

function io(): CliIO & { out: string; err: string } {
  const captured = { out: '', err: '' };
  return Object.assign(captured, {
    stdout: (text: string) => void (captured.out += text),
    stderr: (text: string) => void (captured.err += text),
    cwd: dir,
    env: {},
  });
}

const plan = JSON.stringify({
  format_version: '1.2',
  terraform_version: '1.9.0',
  resource_changes: [
    { address: 'aws_efs_file_system.home', type: 'aws_efs_file_system', change: { actions: ['delete'], before: { id: 'fs-1' }, after: null } },
    { address: 'aws_s3_bucket.logs', type: 'aws_s3_bucket', change: { actions: ['create'], before: null, after: { bucket: 'logs' }, after_unknown: { arn: true } } },
  ],
});

describe('summarize', () => {
  it('prints exactly the JSON keys of DESIGN.md', async () => {
    const out = io();
    expect(await summarizeCommand.run([file('plan.json', plan), '--format', 'json'], out)).toBe(0);
    const summary = JSON.parse(out.out);
    expect(Object.keys(summary)).toEqual(['tool', 'format_version', 'counts', 'to_add', 'to_change', 'to_destroy', 'destructive', 'output_changes', 'errored', 'hash']);
    expect(Object.keys(summary.counts)).toEqual(['create', 'update', 'delete', 'replace', 'read', 'no-op', 'forget', 'import', 'move']);
    expect(summary).toMatchObject({ tool: 'terraform', to_add: 1, to_change: 0, to_destroy: 1, destructive: ['aws_efs_file_system.home'] });
  });

  it('prints the comment body with the plan hash in its marker', async () => {
    const out = io();
    expect(await summarizeCommand.run([file('plan.json', plan), '--format', 'markdown'], out)).toBe(0);
    expect(parseMarker(out.out)?.planHash).toMatch(/^sha256:/);
    expect(out.out).toContain('**DATA LOSS**: `aws_efs_file_system.home`');
  });

  it.each([
    ['not JSON', 'oops', /not JSON/],
    ['a state file', '{"format_version":"1.0","values":{}}', /not a plan/],
    ['an unknown format', '{"format_version":"9.0","resource_changes":[]}', /does not know/],
  ])('exits 2 with a clear message for %s', async (_name, text, message) => {
    const out = io();
    const code = await runCli(['summarize', file('bad.json', text)], out);
    expect(code).toBe(2);
    expect(out.err).toMatch(message);
    expect(out.err).not.toMatch(/\n\s+at /);
  });

  it('rejects a missing file and bad options', async () => {
    await expect(summarizeCommand.run(['missing.json'], io())).rejects.toThrow(UserFacingError);
    await expect(summarizeCommand.run(['a', 'b'], io())).rejects.toThrow(UsageError);
    await expect(summarizeCommand.run([file('plan.json', plan), '--format', 'yaml'], io())).rejects.toThrow(UsageError);
  });
});

describe('plan', () => {
  it('without --root plans the config, and says so when there is none', async () => {
    const captured = io();
    expect(await planCommand.run([], captured)).toBe(1);
    expect(captured.err).toMatch(/qhub-config\.yaml: file not found/);
    expect(captured.err).toMatch(/not planned/);
  });

  it('needs a known format', async () => {
    await expect(planCommand.run(['--root', '.', '--format', 'text'], io())).rejects.toThrow(UsageError);
  });
});
