// Real OpenTofu: apply only the reviewed plan, root by root, from the plan files just made.
// Provider-free stacks (terraform_data, local-exec, local backend) written into temp dirs.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/cli/apply.js';
import { applyRoots } from '../helpers/job-ports.js';
import { planRoots, readRootState, type RootSpec } from '../../src/terraform/roots.js';
import { applyExitCode } from '../../src/deploy/outcome.js';
import { applyCommentBody } from '../../src/report/apply.js';
import { defaultCacheRoot } from '../../src/qhub/venv.js';
import { findTofu, tofuWork } from '../helpers/tofu.js';

const repoRoot = join(import.meta.dirname, '../..');

const tofu = findTofu('apply engine tests');
const { dir: work, pluginCacheDir, engine, root, stack, planDir } = tofuWork(tofu, 'qhub-gitops-apply-');
const stateOf = async (dir: string) => (await readRootState(engine(), { dir })).addresses;

const NETWORK = `
resource "terraform_data" "network" {
  input = "10.0.0.0/16"
}
output "cidr" {
  value = terraform_data.network.output
}
output "token" {
  value     = "s3cr3t-token"
  sensitive = true
}
`;

/** `marker` of the comment the plan step wrote. */
const marker = (planHash: string) => ({ deployment: 'deploy/blue', config: null, planHash, kind: 'plan' as const });

describe.skipIf(tofu === null)('applyRoots with real OpenTofu', () => {
  it('applies the reviewed plan root by root and reports outputs with sensitive ones hidden', async () => {
    const specs: RootSpec[] = [
      { dir: root(NETWORK), label: 'network' },
      { dir: root('resource "terraform_data" "app" {\n  input = "v1"\n}\n'), label: 'app' },
    ];
    const reviewed = await planRoots(specs, engine(), { planDir: planDir() });
    const outcome = await applyRoots(specs, engine(), { workDir: planDir(), expectHash: reviewed.hash });

    expect(outcome.refusal).toBeNull();
    expect(outcome.plan!.hash).toBe(reviewed.hash);
    expect(outcome.roots.map((entry) => [entry.root, entry.status])).toEqual([['network', 'applied'], ['app', 'applied']]);
    expect(applyExitCode(outcome)).toBe(0);
    expect(await stateOf(specs[0]!.dir)).toEqual(['terraform_data.network']);
    expect(await stateOf(specs[1]!.dir)).toEqual(['terraform_data.app']);
    const network = outcome.roots[0]!;
    expect(network.status === 'applied' && network.outputs).toMatchObject({ cidr: { value: '10.0.0.0/16' }, token: { sensitive: true } });

    const body = applyCommentBody({ marker: marker(reviewed.hash), deployment: 'deploy/blue', sha: 'c'.repeat(40), runUrl: null, state: 'applied', outcome, previousBody: null });
    expect(body).toContain('✅ Applied the reviewed plan.');
    expect(body).toContain('`cidr` = `"10.0.0.0/16"`');
    expect(body).toContain('`token` = _(sensitive, hidden)_');
    expect(body).not.toContain('s3cr3t-token');
  });

  it('refuses when the stack changed between review and merge, and leaves the state untouched', async () => {
    const dir = root(NETWORK);
    const reviewed = await planRoots([{ dir }], engine(), { planDir: planDir() });
    writeFileSync(join(dir, 'main.tf'), `${NETWORK}\nresource "terraform_data" "sneaked_in" {\n  input = "x"\n}\n`);

    const outcome = await applyRoots([{ dir, label: 'network' }], engine(), { workDir: planDir(), expectHash: reviewed.hash });
    expect(outcome.refusal).toMatchObject({ reason: 'plan-changed', reviewedHash: reviewed.hash, newHash: outcome.plan!.hash });
    expect(outcome.roots).toEqual([]);
    expect(applyExitCode(outcome)).toBe(3);
    expect(await stateOf(dir)).toEqual([]);
    const body = applyCommentBody({ marker: marker(reviewed.hash), deployment: 'deploy/blue', sha: 'c'.repeat(40), runUrl: null, state: 'refused', outcome, previousBody: null });
    expect(body).toContain('The plan changed since it was reviewed');
    expect(body).toContain('- `network`: 2 to add, 0 to change, 0 to destroy — `terraform_data.network`, `terraform_data.sneaked_in`');

    // The CLI: exit 3 and nothing changed.
    const stderr: string[] = [];
    const io = { stdout: () => {}, stderr: (text: string) => stderr.push(text), cwd: work, env: { ...process.env, TF_PLUGIN_CACHE_DIR: pluginCacheDir } };
    expect(await applyCommand.run(['--root', dir, '--expect-hash', reviewed.hash, '--engine', tofu!], io)).toBe(3);
    expect(stderr.join('')).toContain('The plan changed since it was reviewed');
    expect(await stateOf(dir)).toEqual([]);
  });

  it('stops at a root whose apply fails, names it, and applies nothing after it', async () => {
    const specs: RootSpec[] = [
      { dir: root(NETWORK), label: '02-infrastructure' },
      {
        dir: root(`
resource "terraform_data" "breaks" {
  provisioner "local-exec" {
    command = "echo 'helm release failed' >&2; exit 1"
  }
}
resource "terraform_data" "after_break" {
  depends_on = [terraform_data.breaks]
}
`),
        label: '03-kubernetes-initialize',
      },
      { dir: root('resource "terraform_data" "later" {}\n'), label: '04-kubernetes-ingress' },
    ];
    const reviewed = await planRoots(specs, engine(), { planDir: planDir() });
    const outcome = await applyRoots(specs, engine(), { workDir: planDir(), expectHash: reviewed.hash });

    expect(outcome.roots.map((entry) => entry.status)).toEqual(['applied', 'failed', 'not-applied']);
    const failed = outcome.roots[1]!;
    expect(failed.status === 'failed' && failed.diagnostics[0]!.summary).toMatch(/local-exec provisioner error/);
    expect(outcome.roots[2]).toMatchObject({ why: '03-kubernetes-initialize before it failed' });
    expect(applyExitCode(outcome)).toBe(1);
    expect(await stateOf(specs[0]!.dir)).toEqual(['terraform_data.network']);
    // A failed provisioner taints its resource; what depends on it is never created.
    expect(await stateOf(specs[1]!.dir)).toEqual(['terraform_data.breaks']);
    expect(await stateOf(specs[2]!.dir)).toEqual([]);

    const body = applyCommentBody({ marker: marker(reviewed.hash), deployment: 'deploy/blue', sha: 'c'.repeat(40), runUrl: null, state: 'failed', outcome, previousBody: null });
    expect(body).toContain('❌ `03-kubernetes-initialize` failed while applying');
    expect(body).toContain('helm release failed');
    expect(body).toContain('Applied before the failure: `02-infrastructure`. Not applied: `04-kubernetes-ingress`.');
  });

  it('reports a state lock held by a concurrent tofu with its ID and force-unlock command, and applies nothing', async () => {
    const dir = root('resource "terraform_data" "slow" {\n  provisioner "local-exec" {\n    command = "sleep 6"\n  }\n}\n');
    const other = root('resource "terraform_data" "other" {}\n');
    await engine().init(dir);
    const holder = spawn(tofu!, ['apply', '-auto-approve', '-input=false', '-no-color'], { cwd: dir, stdio: 'ignore' });
    const exited = new Promise((resolve) => holder.on('close', resolve));
    try {
      for (let waited = 0; !existsSync(join(dir, '.terraform.tfstate.lock.info')) && waited < 100; waited++) await new Promise((resolve) => setTimeout(resolve, 100));
      const outcome = await applyRoots(
        [
          { dir: other, label: 'other' },
          { dir, label: 'locked' },
        ],
        engine(),
        { workDir: planDir(), expectHash: null },
      );
      expect(outcome.refusal?.reason).toBe('plan-failed');
      const lock = outcome.plan!.roots[1]!.status === 'failed' ? outcome.plan!.roots[1]!.lock : null;
      expect(lock?.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(outcome.refusal!.message).toContain(`The state of locked is locked: lock ID ${lock!.id}`);
      expect(outcome.refusal!.message).toContain(`release the lock from the root directory locked: ${tofu} force-unlock -force ${lock!.id}`);
      expect(outcome.refusal!.message).toContain('A cancelled or timed-out run leaves its lock behind');
      expect(applyExitCode(outcome)).toBe(1);
      // The root before the locked one was planned but not applied: nothing is applied after a refusal.
      expect(await stateOf(other)).toEqual([]);
    } finally {
      await exited;
    }
  });

  it('does not apply a root that was pending at review: its changes were never shown', async () => {
    const stages = stack('two-stage');
    const stage2 = join(stages, 'stage2');
    const specs: RootSpec[] = [
      { dir: join(stages, 'stage1'), label: 'stage1' },
      { dir: stage2, label: 'stage2' },
    ];
    const reviewed = await planRoots(specs, engine(), { planDir: planDir() });
    expect(reviewed.roots.map((outcome) => outcome.status)).toEqual(['planned', 'pending']);
    const outcome = await applyRoots(specs, engine(), { workDir: planDir(), expectHash: reviewed.hash });
    expect(outcome.roots.map((entry) => entry.status)).toEqual(['applied', 'not-applied']);
    expect(outcome.roots[1]).toMatchObject({ why: expect.stringContaining('open a pull request now to plan and review it') });
    expect(await stateOf(stage2)).toEqual([]);
    expect(applyExitCode(outcome)).toBe(1);
  });
});

// The CLI without --root: the template's QHub 0.3.14 config, rendered by the real QHub in its cached
// virtualenv, planned again stage by stage; nothing is applied when a stage cannot be planned.
const qhubCache = defaultCacheRoot(process.env);
const qhubReady = existsSync(join(qhubCache, 'venvs', 'qhub-0.3.14', 'bin', 'qhub'));

describe.skipIf(tofu === null || !qhubReady)('apply CLI on a QHub config', () => {
  function checkout(extra = ''): string {
    const dir = mkdtempSync(join(work, 'config-'));
    cpSync(join(repoRoot, 'template-repo/environments'), join(dir, 'environments'), { recursive: true });
    writeFileSync(join(dir, 'qhub-config.yaml'), readFileSync(join(repoRoot, 'template-repo/qhub-config.yaml'), 'utf8') + extra);
    writeFileSync(join(dir, '.qhub-version'), readFileSync(join(repoRoot, 'template-repo/.qhub-version'), 'utf8'));
    return dir;
  }
  const io = (cwd: string, stderr: string[]) => ({
    stdout: () => {},
    stderr: (text: string) => stderr.push(text),
    cwd,
    env: { ...process.env, QHUB_GITOPS_CACHE: qhubCache, TF_PLUGIN_CACHE_DIR: pluginCacheDir, github_oauth_client_id: 'id', github_oauth_client_secret: 'secret' },
  });

  it('plans the stages again and applies nothing when the first stage cannot be planned', async () => {
    const stderr: string[] = [];
    expect(await applyCommand.run(['--engine', tofu!], io(checkout(), stderr))).toBe(1);
    expect(stderr.join('')).toMatch(/The plan could not be made again, so nothing was applied\.\nterraform-state: init failed/);
  });

  it('refuses a config with prevent_deploy: true before planning', async () => {
    const stderr: string[] = [];
    expect(await applyCommand.run(['--engine', tofu!], io(checkout('prevent_deploy: true\n'), stderr))).toBe(1);
    expect(stderr.join('')).toMatch(/^qhub-config\.yaml has `prevent_deploy: true`/);
  });
});
