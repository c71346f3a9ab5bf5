// `qhub-gitops plan --root … --config head --base base` (dist/cli.js) on a provider-free stack fed by
// the config, with real OpenTofu: the Markdown opens with the config changes, each linked to the
// planned resource that carries it, and the changed leaves inside the helm values link back.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findTofu, noNetworkEnv } from '../helpers/tofu.js';
import { ensureDist, repoRoot } from './run-action.js';

const tofu = findTofu('plan --base e2e');
const work = mkdtempSync(join(tmpdir(), 'qhub-gitops-config-changes-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const env = {
  ...process.env,
  ...noNetworkEnv(),
  TF_PLUGIN_CACHE_DIR: join(work, 'plugins'),
  // The release's engine pin is read offline (a Python that does not exist: the known table's); --engine decides anyway.
  QHUB_GITOPS_CACHE: join(work, 'cache'),
  QHUB_GITOPS_PYTHON: join(work, 'no-python'),
};

/** Points the stage at one branch's config. */
function feed(stage: string, config: string): void {
  writeFileSync(join(stage, 'terraform.tfvars.json'), JSON.stringify({ config_file: join(work, config) }));
}

describe.skipIf(tofu === null)('qhub-gitops plan --base with real OpenTofu', () => {
  it('opens the comment with the config changes, linked both ways to the plan changes that carry them', () => {
    ensureDist();
    const template = readFileSync(join(repoRoot, 'template-repo/qhub-config.yaml'), 'utf8');
    writeFileSync(join(work, '.qhub-version'), '0.3.14\n');
    writeFileSync(join(work, 'base.yaml'), template);
    // Small Instance: a second CPU and more memory (lines 110 and 112), and a description no stage reads (line 107).
    const head = template
      .replace('cpu_limit: 1\n        cpu_guarantee: 1\n        mem_limit: 4G', 'cpu_limit: 2\n        cpu_guarantee: 1\n        mem_limit: 6G')
      .replace('with 1 cpu / 4 GB ram', 'with 2 cpu / 6 GB ram');
    expect(head).not.toBe(template);
    writeFileSync(join(work, 'head.yaml'), head);

    const stage = join(work, 'stage');
    cpSync(join(repoRoot, 'test/fixtures/stacks/config-values'), stage, { recursive: true });
    feed(stage, 'base.yaml');
    for (const args of [['init', '-input=false'], ['apply', '-auto-approve', '-input=false']]) execFileSync(tofu!, args, { cwd: stage, env, stdio: 'pipe' });
    feed(stage, 'head.yaml');

    const result = spawnSync(
      process.execPath,
      [join(repoRoot, 'dist/cli.js'), 'plan', '--quiet', '--root', 'stage', '--config', 'head.yaml', '--base', 'base.yaml', '--engine', tofu!],
      { cwd: work, env, encoding: 'utf8' },
    );
    expect(result.status, result.stderr).toBe(2);
    const comment = result.stdout;
    const configSection = comment.slice(comment.indexOf('### Config changes'), comment.indexOf('### Validation'));
    expect(configSection.split('\n').filter(Boolean)).toEqual([
      '### Config changes',
      '- `profiles.jupyterlab[0].description` (`head.yaml:107`): `"Stable environment with 1 cpu / 4 GB ram"` → `"Stable environment with 2 cpu / 6 GB ram"` — no planned change carries this value (does the deployment use this field?)',
      '- `profiles.jupyterlab[0].kubespawner_override.cpu_limit` (`head.yaml:110`): `1` → `2` — changes `terraform_data.jupyterhub` (`stage`)',
      '- `profiles.jupyterlab[0].kubespawner_override.mem_limit` (`head.yaml:112`): `"4G"` → `"6G"` — changes `terraform_data.jupyterhub` (`stage`)',
    ]);
    // Inside the helm values the engine planned, each changed leaf names the config line that explains it.
    expect(comment).toContain('~     singleuser.profileList[0].kubespawner_override.cpu_limit: 1 → 2   # ← profiles.jupyterlab[0].kubespawner_override.cpu_limit, head.yaml:110');
    expect(comment).toContain('~     singleuser.profileList[0].kubespawner_override.mem_limit: "4G" → "6G"   # ← profiles.jupyterlab[0].kubespawner_override.mem_limit, head.yaml:112');
    expect(comment.indexOf('### Config changes')).toBeLessThan(comment.indexOf('### Plan'));
  }, 120_000);
});
