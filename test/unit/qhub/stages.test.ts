import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStageManifest, QhubRunError } from '../../../src/qhub/render.js';
import {
  backendEnv,
  importBlocks,
  LOCAL_BACKEND_OVERRIDE,
  LOCAL_BACKEND_OVERRIDE_FILE,
  packageOf,
  planningLayout,
  singleRootLayout,
  singleRootMissingVariables,
} from '../../../src/qhub/stages.js';

describe('planningLayout', () => {
  it('maps each version family to how it is planned', () => {
    expect(planningLayout('qhub-0.3.11')).toBe('single-root');
    expect(planningLayout('qhub-0.3.12')).toBe('single-root');
    expect(planningLayout('qhub-0.4')).toBe('functional');
    expect(planningLayout('nebari-2022.10')).toBe('functional');
    expect(planningLayout('nebari-2023.10')).toBe('plugin');
    expect(packageOf('qhub-0.4')).toBe('qhub');
    expect(packageOf('nebari-2022.10')).toBe('nebari');
  });
});

describe('singleRootLayout (QHub 0.3.x)', () => {
  it('puts terraform-state first, with the bucket import, for a cloud with remote state', () => {
    const roots = singleRootLayout({ provider: 'gcp', project_name: 'demo', namespace: 'dev' }, {});
    expect(roots.map((root) => root.directory)).toEqual(['terraform-state', 'infrastructure']);
    expect(roots[0]!.imports).toEqual([{ address: 'module.terraform-state.module.gcs.google_storage_bucket.static-site', id: 'demo-dev-terraform-state' }]);
  });

  it('has only infrastructure for the local provider or non-remote state', () => {
    expect(singleRootLayout({ provider: 'local', project_name: 'demo' }, {}).map((root) => root.name)).toEqual(['infrastructure']);
    expect(singleRootLayout({ provider: 'aws', project_name: 'demo', terraform_state: { type: 'existing' } }, {}).map((root) => root.name)).toEqual([
      'infrastructure',
    ]);
  });

  it('imports the Azure state objects only when the subscription is known', () => {
    const config = { provider: 'azure', project_name: 'my-proj', namespace: 'dev', azure: { storage_account_postfix: 'abc' } };
    expect(singleRootLayout(config, {})[0]!.imports).toEqual([]);
    const imports = singleRootLayout(config, { ARM_SUBSCRIPTION_ID: 'sub' })[0]!.imports;
    expect(imports.map((entry) => entry.id)).toEqual([
      '/subscriptions/sub/resourceGroups/my-proj-dev',
      '/subscriptions/sub/resourceGroups/my-proj-dev/providers/Microsoft.Storage/storageAccounts/myprojdevabc',
      'https://myprojdevabc.blob.core.windows.net/my-proj-devstate',
    ]);
  });

  it('asks for the Prefect token only when Prefect is enabled and it is not set', () => {
    expect(singleRootMissingVariables({ prefect: { enabled: true } }, {})).toEqual(['TF_VAR_prefect_token']);
    expect(singleRootMissingVariables({ prefect: { enabled: true } }, { TF_VAR_prefect_token: 't' })).toEqual([]);
    expect(singleRootMissingVariables({}, {})).toEqual([]);
  });
});

describe('backendEnv', () => {
  it('gives the DigitalOcean S3 backend the Spaces keys unless AWS keys are set', () => {
    expect(backendEnv('do', { SPACES_ACCESS_KEY_ID: 'a', SPACES_SECRET_ACCESS_KEY: 's' })).toEqual({ AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 's' });
    expect(backendEnv('do', { SPACES_ACCESS_KEY_ID: 'a', AWS_ACCESS_KEY_ID: 'x' })).toEqual({});
    expect(backendEnv('gcp', { SPACES_ACCESS_KEY_ID: 'a' })).toEqual({});
  });
});

const tofu = process.env.QHUB_GITOPS_TOFU ?? `${process.env.HOME}/.cache/qhub-gitops/tofu/1.10.7/tofu`;
const tofuAvailable = spawnSync(tofu, ['version']).status === 0;
if (!tofuAvailable) console.warn(`skipped: real-engine checks, no tofu at ${tofu}`);

/** Runs init and then `args` in a temp dir holding `files`; returns the last command's stdout. */
async function inTempRoot(files: Record<string, string>, args: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'qhub-stages-'));
  try {
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
    const init = spawnSync(tofu, ['init', '-input=false', '-no-color'], { cwd: dir, encoding: 'utf8' });
    expect(init.status, init.stderr).toBe(0);
    return spawnSync(tofu, args, { cwd: dir, encoding: 'utf8' }).stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('LOCAL_BACKEND_OVERRIDE', () => {
  it.skipIf(!tofuAvailable)('replaces the remote backend QHub renders into _qhub.tf.json, so init needs no bucket', async () => {
    const rendered = JSON.stringify({ terraform: { backend: { gcs: { bucket: 'missing-terraform-state', prefix: 'terraform/demo/02' } } }, resource: { terraform_data: { b: {} } } });
    // terraform_data is built in, so init needs no registry either.
    const plan = await inTempRoot({ '_qhub.tf.json': rendered, [LOCAL_BACKEND_OVERRIDE_FILE]: LOCAL_BACKEND_OVERRIDE }, ['plan', '-input=false', '-no-color']);
    expect(plan).toContain('Plan: 1 to add');
  });
});

describe('importBlocks', () => {
  it('writes one import block per QHub state import, ids quoted', () => {
    expect(importBlocks([{ address: 'module.a.aws_s3_bucket.b', id: 'p-dev-"x"' }])).toBe('import {\n  to = module.a.aws_s3_bucket.b\n  id = "p-dev-\\"x\\""\n}\n');
  });

  it.skipIf(!tofuAvailable)('is what a real engine imports', async () => {
    const plan = await inTempRoot(
      { 'main.tf': `resource "terraform_data" "b" {}\n${importBlocks([{ address: 'terraform_data.b', id: 'x' }])}` },
      ['plan', '-input=false', '-no-color'],
    );
    expect(plan).toContain('Plan: 1 to import, 0 to add');
  });
});

const manifest = {
  package: 'qhub',
  version: '0.4.5',
  api: 'functional',
  prevent_deploy: false,
  stages: [
    {
      name: '02-infrastructure',
      directory: 'stages/02-infrastructure/gcp',
      status: 'ready',
      reason: null,
      tfvars_file: '/tmp/x/02-infrastructure.tfvars.json',
      env_file: '/tmp/x/02-infrastructure.env.json',
      env_names: [],
      state_imports: [['module.a', 'id']],
      outputs_given: false,
    },
  ],
};

describe('parseStageManifest', () => {
  it('reads the manifest stage_vars.py writes', () => {
    const parsed = parseStageManifest(JSON.stringify(manifest));
    expect(parsed.api).toBe('functional');
    expect(parsed.stages[0]).toMatchObject({ name: '02-infrastructure', status: 'ready', stateImports: [{ address: 'module.a', id: 'id' }] });
  });

  it('names the malformed place instead of guessing', () => {
    const broken = { ...manifest, stages: [{ ...manifest.stages[0], status: 'done' }] };
    expect(() => parseStageManifest(JSON.stringify(broken))).toThrow(new QhubRunError('the stage-inputs manifest is malformed at stages[0].status'));
    expect(() => parseStageManifest('nope')).toThrow(QhubRunError);
  });
});

describe('stage_inputs.py unit tests', () => {
  it('pass (python3 -m unittest, fake QHub API)', () => {
    const result = spawnSync('python3', ['-m', 'unittest', 'discover', '-s', 'test/qhub/python'], { encoding: 'utf8' });
    expect(result.stderr).toMatch(/\nOK\s*$/);
    expect(result.status).toBe(0);
  });
});
