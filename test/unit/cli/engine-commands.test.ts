import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.js';
import { applyCommand } from '../../../src/cli/apply.js';
import { planCommand } from '../../../src/cli/plan.js';
import { summarizeCommand } from '../../../src/cli/summarize.js';
import { UsageError, UserFacingError, type CliIO } from '../../../src/cli/types.js';
import { parseMarker } from '../../../src/deploy/marker.js';

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
    expect(captured.err).toMatch(/qhub-config\.yaml: error \[load\/missing\] file not found/);
    expect(captured.err).toMatch(/not planned/);
  });

  it('needs a known format', async () => {
    await expect(planCommand.run(['--root', '.', '--format', 'text'], io())).rejects.toThrow(UsageError);
  });

  it('reads the environment files from --environments DIR, as apply does', async () => {
    file('qhub-config.yaml', 'project_name: demo\n');
    await expect(planCommand.run(['--config', 'qhub-config.yaml', '--environments', 'no-such-dir'], io())).rejects.toThrow(
      /environments directory no-such-dir cannot be read/,
    );
  });
});

describe('plan --base', () => {
  const template = readFileSync(join(import.meta.dirname, '../../../template-repo/qhub-config.yaml'), 'utf8');
  const smallInstance = 'cpu_limit: 1\n        cpu_guarantee: 1';
  mkdirSync(join(dir, 'configs'), { recursive: true });
  file('configs/.qhub-version', '0.3.14\n');
  file('configs/base.yaml', template);
  // Small Instance gets a second CPU (its line 110) and a new description (line 107) that no resource uses.
  file('configs/head.yaml', template.replace(smallInstance, 'cpu_limit: 2\n        cpu_guarantee: 1').replace('with 1 cpu / 4 GB ram', 'with 2 cpu / 4 GB ram'));
  /** A plan whose only change carries the new CPU limit, as a QHub stage's profile values would. */
  const cpuPlan = JSON.stringify({
    format_version: '1.2',
    resource_changes: [
      { address: 'terraform_data.profile', type: 'terraform_data', change: { actions: ['update'], before: { input: { cpu_limit: 1 } }, after: { input: { cpu_limit: 2 } }, after_unknown: {} } },
    ],
  });
  // The release's engine pin is read offline: a Python that does not exist makes it the known table's.
  const offline = () => Object.assign(io(), { env: { PATH: process.env.PATH, TF_PLUGIN_CACHE_DIR: join(dir, 'plugins'), QHUB_GITOPS_CACHE: join(dir, 'cache'), QHUB_GITOPS_PYTHON: join(dir, 'no-python') } });

  it('opens the comment with the config changes, each linked to the planned resources that carry it', async () => {
    mkdirSync(join(dir, 'root'), { recursive: true });
    const engine = fakeEngine(cpuPlan);
    const out = offline();
    expect(await planCommand.run(['--root', 'root', '--config', 'configs/head.yaml', '--base', 'configs/base.yaml', '--engine', engine.path], out)).toBe(2);
    const configSection = out.out.slice(out.out.indexOf('### Config changes'), out.out.indexOf('### Validation'));
    expect(configSection.split('\n').filter(Boolean)).toEqual([
      '### Config changes',
      '- `profiles.jupyterlab[0].description` (`configs/head.yaml:107`): `"Stable environment with 1 cpu / 4 GB ram"` → `"Stable environment with 2 cpu / 4 GB ram"` — no planned change carries this value (does the deployment use this field?)',
      '- `profiles.jupyterlab[0].kubespawner_override.cpu_limit` (`configs/head.yaml:110`): `1` → `2` — changes `terraform_data.profile` (`root`)',
    ]);
    expect(out.out).toContain('← profiles.jupyterlab[0].kubespawner_override.cpu_limit, configs/head.yaml:110');
  });

  it('shows the config changes beside the findings of an invalid config, which is not planned', async () => {
    file('configs/invalid.yaml', template.replace(smallInstance, 'cpu_limit: 2\n        cpu_guarantee: 1').replace(/^namespace: .*$/m, '$&\nnot_a_qhub_key: true'));
    const out = offline();
    expect(await planCommand.run(['--config', 'configs/invalid.yaml', '--base', 'configs/base.yaml'], out)).toBe(1);
    expect(out.out).toContain('- `profiles.jupyterlab[0].kubespawner_override.cpu_limit` (`configs/invalid.yaml:111`): `1` → `2`\n');
    expect(out.out).toMatch(/### Validation[^]*schema\/additional-property/);
    expect(out.out).not.toContain('### Plan');
  });

  it('needs the base for its environments, and the config to compare with', async () => {
    await expect(planCommand.run(['--config', 'configs/head.yaml', '--base-environments', 'environments'], io())).rejects.toThrow(/--base-environments needs --base/);
    await expect(planCommand.run(['--root', 'root', '--base', 'configs/base.yaml'], io())).rejects.toThrow(/--base needs --config with --root/);
    await expect(planCommand.run(['--config', 'configs/head.yaml', '--base', 'configs/missing.yaml'], io())).rejects.toThrow(/--base configs\/missing.yaml: file not found/);
  });
});

/**
 * A stand-in `tofu` that logs each command line and answers like an engine with nothing to
 * change, so plan and apply run end to end through real processes.
 */
function fakeEngine(showJson = '{"format_version":"1.2","resource_changes":[]}'): { path: string; commands: () => string[] } {
  const engineDir = mkdtempSync(join(tmpdir(), 'qhub-gitops-fake-tofu-'));
  const log = join(engineDir, 'commands.log');
  const path = join(engineDir, 'tofu');
  writeFileSync(
    path,
    `#!/usr/bin/env bash
echo "$*" >> '${log}'
case "$1" in
  version) echo 'OpenTofu v1.10.7' ;;
  show) echo '${showJson}' ;;
  output) echo '{}' ;;
esac
`,
  );
  chmodSync(path, 0o755);
  return { path, commands: () => readFileSync(log, 'utf8').trim().split('\n') };
}

describe('the state lock', () => {
  it('plan does not take it (the plan is only for review); apply plans again with it', async () => {
    mkdirSync(join(dir, 'root'), { recursive: true });
    const engine = fakeEngine();
    const withCache = () => Object.assign(io(), { env: { PATH: process.env.PATH, TF_PLUGIN_CACHE_DIR: join(dir, 'plugins') } });
    expect(await planCommand.run(['--root', 'root', '--engine', engine.path, '--format', 'json'], withCache())).toBe(0);
    const planned = engine.commands().filter((command) => command.startsWith('plan '));
    expect(planned).toHaveLength(1);
    expect(planned[0]).toMatch(/ -lock=false$/);

    expect(await applyCommand.run(['--root', 'root', '--engine', engine.path], withCache())).toBe(0);
    const replanned = engine.commands().filter((command) => command.startsWith('plan '));
    expect(replanned).toHaveLength(2);
    expect(replanned[1]).not.toContain('-lock=false');
    expect(engine.commands().filter((command) => command.startsWith('apply '))).toHaveLength(1);
  });
});

describe('progress on stderr', () => {
  it('names each subprocess as it starts, and --quiet anywhere on the command line silences it', async () => {
    mkdirSync(join(dir, 'root'), { recursive: true });
    const engine = fakeEngine();
    const progressed = (lines: string[]) =>
      Object.assign(io(), { env: { PATH: process.env.PATH, TF_PLUGIN_CACHE_DIR: join(dir, 'plugins') }, progress: (line: string) => void lines.push(line) });

    const lines: string[] = [];
    expect(await runCli(['plan', '--root', 'root', '--engine', engine.path, '--format', 'json'], progressed(lines))).toBe(0);
    expect(lines).toEqual(['tofu version', `tofu init in ${join(dir, 'root')}`, `tofu state pull in ${join(dir, 'root')}`, `tofu plan in ${join(dir, 'root')}`, expect.stringMatching(/^tofu show .*\.tfplan in /)]);

    const quiet: string[] = [];
    expect(await runCli(['plan', '--quiet', '--root', 'root', '--engine', engine.path, '--format', 'json'], progressed(quiet))).toBe(0);
    expect(quiet).toEqual([]);
  });
});
