// dist/cli.js run as a user runs it (`qhub-gitops …`): exit codes, messages and output through
// real pipes, for the bundle that ships, not the sources.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDist, repoRoot } from './run-action.js';

const cli = join(repoRoot, 'dist', 'cli.js');
let scratch = '';

function run(args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 << 20 });
}

/** A plan deleting `count` resources: its JSON summary lists every address. */
function deletingPlan(count: number): string {
  const resourceChanges = Array.from({ length: count }, (_, index) => ({
    address: `module.stage.terraform_data.item["${index}"]`,
    type: 'terraform_data',
    change: { actions: ['delete'], before: { input: `value ${index}` }, after: null, after_unknown: false },
  }));
  return JSON.stringify({ format_version: '1.2', terraform_version: '1.10.7', resource_changes: resourceChanges });
}

beforeAll(() => {
  ensureDist();
  scratch = mkdtempSync(join(tmpdir(), 'qhub-gitops-cli-e2e-'));
  writeFileSync(join(scratch, 'plan.json'), deletingPlan(20));
  writeFileSync(join(scratch, 'large-plan.json'), deletingPlan(30_000));
  writeFileSync(join(scratch, 'broken.yaml'), 'project_name: demo\nprovider: gcp\nnamespace: [\n');
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('dist/cli.js', () => {
  it('lists its commands', () => {
    const result = run(['--help']);
    expect(result.status).toBe(0);
    for (const command of ['validate', 'new-deployment', 'summarize', 'plan', 'apply', 'destroy']) expect(result.stdout).toContain(command);
  });

  it('plan prints a progress line with the elapsed time on stderr as each engine command starts, none with --quiet', () => {
    const root = join(scratch, 'root');
    mkdirSync(root, { recursive: true });
    const engine = join(scratch, 'tofu');
    writeFileSync(engine, `#!/bin/sh\ncase "$1" in\n  version) echo 'OpenTofu v1.10.7' ;;\n  show) echo '{"format_version":"1.2","resource_changes":[]}' ;;\nesac\n`);
    chmodSync(engine, 0o755);
    const args = ['plan', '--root', root, '--engine', engine, '--format', 'json'];
    const env = { ...process.env, TF_PLUGIN_CACHE_DIR: join(scratch, 'plugins') };
    const loud = spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, encoding: 'utf8', env });
    expect(loud.status, loud.stderr).toBe(0);
    expect(loud.stderr.split('\n').filter(Boolean).map((line) => line.replace(/^\[\d+\.\d+s\] /, '<t> '))).toEqual([
      '<t> tofu version',
      `<t> tofu init in ${root}`,
      `<t> tofu state pull in ${root}`,
      `<t> tofu plan in ${root}`,
      expect.stringMatching(/^<t> tofu show .*\.tfplan in /),
    ]);
    expect(JSON.parse(loud.stdout)).toMatchObject({ roots: [{ root, status: 'planned' }] });
    const quiet = spawnSync(process.execPath, [cli, ...args, '--quiet'], { cwd: repoRoot, encoding: 'utf8', env });
    expect(quiet.status).toBe(0);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe(loud.stdout);
  });

  it('summarizes a plan as JSON with its hash', () => {
    const result = run(['summarize', join(scratch, 'plan.json')]);
    expect(result.status, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary).toMatchObject({ to_add: 0, to_change: 0, to_destroy: 20, tool: 'terraform' });
    expect(summary.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('writes output larger than a pipe holds completely to a reader that reads slowly', async () => {
    const child = spawn(process.execPath, [cli, 'summarize', join(scratch, 'large-plan.json')], { cwd: repoRoot });
    let output = '';
    child.stdout.setEncoding('utf8');
    // Stop reading after the first chunk for a while, so the child finds the pipe full.
    child.stdout.once('data', () => {
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 300);
    });
    child.stdout.on('data', (text: string) => (output += text));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(output.length).toBeGreaterThan(1024 * 1024);
    expect(JSON.parse(output).destructive).toHaveLength(30_000);
  });

  it('stops quietly when the reader goes away (`| head`)', async () => {
    const child = spawn(process.execPath, [cli, 'summarize', join(scratch, 'large-plan.json')], { cwd: repoRoot });
    let errors = '';
    child.stderr.on('data', (text: Buffer) => (errors += text.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect({ code, errors }).toEqual({ code: 0, errors: '' });
  });

  it('names a missing or unreadable input in one line and exits 2, without an internal error', () => {
    const missing = run(['summarize', join(scratch, 'nope.json')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`qhub-gitops summarize: cannot read ${join(scratch, 'nope.json')}: no such file\n`);
    const usage = run(['summarize']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^qhub-gitops summarize: expected exactly one PLAN_JSON file\n\nusage: qhub-gitops summarize/);
  });

  it('validates the template config and reports a broken one at file:line:column', () => {
    const valid = run(['validate', 'template-repo/qhub-config.yaml']);
    expect(valid.status, valid.stdout + valid.stderr).toBe(0);
    const broken = run(['validate', join(scratch, 'broken.yaml'), '--qhub-version', '0.3.14']);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain(`${join(scratch, 'broken.yaml')}:4:1: error [load/syntax] invalid YAML`);
    expect(broken.stderr).not.toContain('internal error');
  });
});
