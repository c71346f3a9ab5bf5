import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { explainFailure, planConfig, plannedOutputs, planRoot } from '../../../src/qhub/plan-config.js';
import { IMPORTS_FILE, LOCAL_BACKEND_OVERRIDE_FILE } from '../../../src/qhub/stages.js';
import { parseDiagnostics } from '../../../src/terraform/diagnostics.js';
import { createEngine, EngineError, type Engine, type ProcessRunner, type RootSettings } from '../../../src/terraform/engine.js';
import type { PlanJson } from '../../../src/terraform/plan-json.js';
import { spawnRunner } from '../../../src/terraform/process.js';
import { idleEngine } from '../../helpers/fake-engine.js';

// Real `tofu init` output when the registry cannot be reached (captured on this machine).
const REGISTRY_UNREACHABLE = `
Error: Failed to resolve provider packages

Could not resolve provider kyma-incubator/kind: could not connect to
registry.opentofu.org: failed to request discovery document: Get
"https://registry.opentofu.org/.well-known/terraform.json": dial tcp: lookup
registry.opentofu.org on 10.255.255.53:53: no such host
`;

describe('explainFailure', () => {
  it('puts the unreachable registry first when init could not fetch providers', () => {
    const outcome = explainFailure({ status: 'failed', root: '02-infrastructure', step: 'init', diagnostics: parseDiagnostics(REGISTRY_UNREACHABLE), lock: null, partial: null });
    expect(outcome.status).toBe('failed');
    if (outcome.status !== 'failed') return;
    expect(outcome.diagnostics[0]!.summary).toMatch(/^not planned: its providers could not be downloaded because the provider registry is unreachable/);
    expect(outcome.diagnostics[1]!.summary).toBe('Failed to resolve provider packages');
  });

  it('leaves other failures as they are', () => {
    const failure = { status: 'failed' as const, root: 'x', step: 'plan', diagnostics: parseDiagnostics(REGISTRY_UNREACHABLE), lock: null, partial: null };
    expect(explainFailure(failure)).toBe(failure);
  });
});

describe('plannedOutputs', () => {
  it('takes known planned values, sensitive ones included, and names the unknown ones', () => {
    const plan: PlanJson = {
      format_version: '1.2',
      planned_values: { outputs: { creds: { sensitive: true, value: { token: 't' } } as never, endpoint: { sensitive: false } } },
      output_changes: { creds: { actions: ['no-op'] }, endpoint: { actions: ['create'], after_unknown: true } },
    };
    expect(plannedOutputs(plan)).toEqual({ outputs: { creds: { value: { token: 't' }, sensitive: true } }, unknown: ['endpoint'] });
  });
});

/** Stands in for stage_vars.py: three stages, 03 ready only once 02's outputs are given. */
function fakeEntryPoint(
  calls: string[][],
  { importTo = 'module.terraform-state.module.gcs.google_storage_bucket.static-site', preventDeploy = false } = {},
): ProcessRunner {
  return async (_file, args) => {
    calls.push([...args]);
    const arg = (name: string) => args[args.indexOf(name) + 1]!;
    const out = arg('--out');
    const renderDir = arg('--render-dir');
    const outputs = JSON.parse(await readFile(arg('--outputs'), 'utf8')) as Record<string, Record<string, { value: any }>>;
    const infra = outputs['stages/02-infrastructure'];
    const stage = async (name: string, directory: string, env: Record<string, string>, imports: string[][] = []) => {
      await mkdir(join(renderDir, directory), { recursive: true });
      await writeFile(join(out, `${name}.tfvars.json`), JSON.stringify({ name }));
      await writeFile(join(out, `${name}.env.json`), JSON.stringify(env));
      return { name, directory, status: 'ready', reason: null, tfvars_file: join(out, `${name}.tfvars.json`), env_file: join(out, `${name}.env.json`), env_names: Object.keys(env), state_imports: imports, outputs_given: false };
    };
    const stages = [
      await stage('01-terraform-state', 'stages/01-terraform-state/gcp', {}, [[importTo, 'demo-dev-terraform-state']]),
      await stage('02-infrastructure', 'stages/02-infrastructure/gcp', {}),
      infra
        ? await stage('03-kubernetes-initialize', 'stages/03-kubernetes-initialize', { KUBE_HOST: infra.kubernetes_credentials!.value.host })
        : { name: '03-kubernetes-initialize', directory: 'stages/03-kubernetes-initialize', status: 'pending', reason: 'needs 02', tfvars_file: null, env_file: null, env_names: [], state_imports: [], outputs_given: false },
    ];
    await writeFile(join(out, 'manifest.json'), JSON.stringify({ package: 'qhub', version: '0.4.5', api: 'functional', prevent_deploy: preventDeploy, stages }));
    return { code: 0, stdout: '', stderr: '' };
  };
}

interface EngineCall {
  step: string;
  stage: string;
  settings?: RootSettings;
  files: string[];
}

/** A fake engine: stage 01's import fails when the bucket is missing; stage 02's outputs are unknown then. */
function fakeEngine(firstDeployment: boolean, calls: EngineCall[]): Engine {
  const stage = (root: string) => basename(root.replace(/\/(gcp|aws)$/, ''));
  const record = (step: string, root: string, settings?: RootSettings) =>
    calls.push({ step, stage: stage(root), settings, files: [IMPORTS_FILE, LOCAL_BACKEND_OVERRIDE_FILE].filter((file) => existsSync(join(root, file))) });
  const plans = new Map<string, object>();
  return idleEngine({
    init: async (root, settings) => {
      record('init', root, settings);
    },
    plan: async (root, planFile, settings) => {
      record('plan', root, settings);
      if (firstDeployment && existsSync(join(root, IMPORTS_FILE))) {
        throw new EngineError('plan', root, [{ severity: 'error', summary: 'Cannot import non-existent remote object', detail: '', location: null }], null);
      }
      const known = !firstDeployment;
      const outputs = stage(root) === '02-infrastructure' ? { kubernetes_credentials: known ? { sensitive: true, value: { host: 'https://k8s' } } : { sensitive: true } } : {};
      plans.set(planFile, {
        format_version: '1.2',
        resource_changes: firstDeployment ? [{ address: 'google_storage_bucket.b', type: 'google_storage_bucket', change: { actions: ['create'] } }] : [],
        planned_values: { outputs },
        output_changes: Object.fromEntries(Object.keys(outputs).map((name) => [name, { actions: ['no-op'], after_unknown: !known }])),
      });
      return { changes: firstDeployment, warnings: [] };
    },
    showJson: async (_root, planFile) => JSON.stringify(plans.get(planFile)),
  });
}

describe('planRoot with import blocks, some objects missing', () => {
  // Terraform 1.5.7's detail for a missing import (OpenTofu's reads the same), captured on this machine.
  const missingDetail = (address: string) =>
    `While attempting to import an existing object to "${address}", the\nprovider detected that no object exists with the given id. Only pre-existing\nobjects can be imported;`;

  it('plans again without only the imports the engine named missing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'qhub-plan-root-'));
    const planned: string[] = [];
    const base = fakeEngine(false, []);
    const engine: Engine = {
      ...base,
      plan: async (root, planFile) => {
        const blocks = await readFile(join(root, IMPORTS_FILE), 'utf8').catch(() => '');
        planned.push(blocks);
        if (blocks.includes('aws_dynamodb_table.lock')) {
          throw new EngineError('plan', root, [{ severity: 'error', summary: 'Cannot import non-existent remote object', detail: missingDetail('aws_dynamodb_table.lock'), location: null }], null);
        }
        return base.plan(root, planFile);
      },
    };
    try {
      const imports = [
        { address: 'aws_s3_bucket.state', id: 'demo-state' },
        { address: 'aws_dynamodb_table.lock', id: 'demo-lock' },
      ];
      const attempt = await planRoot({ dir, label: '01-terraform-state' }, imports, { engine }, join(dir, 'plans'), []);
      expect(attempt.importsMissing).toBe(true);
      expect(attempt.outcome.status).toBe('planned');
      expect(planned).toHaveLength(2);
      expect(planned[1]).toContain('aws_s3_bucket.state');
      expect(planned[1]).not.toContain('aws_dynamodb_table.lock');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/** Planning a QHub 0.4.5 GCP config in `workDir`, its venv's entry point run by `runner`. */
function gcpRequest(workDir: string, engine: Engine, runner: ProcessRunner) {
  return {
    configPath: '/config/qhub-config.yaml',
    config: { provider: 'gcp' },
    version: { family: 'qhub-0.4' as const, value: '0.4.5', source: 'config' as const },
    venv: { dir: '/venv', python: '/venv/bin/python', cli: '/venv/bin/qhub' },
    engine,
    workDir,
    env: {},
    runner,
  };
}

describe('planConfig (staged QHub, fake entry point and engine)', () => {
  let workDir: string;
  beforeEach(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'qhub-plan-config-'));
  });
  afterEach(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  const request = (engine: Engine, runner: ProcessRunner) => gcpRequest(workDir, engine, runner);

  it('feeds the planned outputs of stage 02 into stage 03 (its KUBE_* environment and variables)', async () => {
    const entryCalls: string[][] = [];
    const engineCalls: EngineCall[] = [];
    const { run, notes, specs, previewOnly } = await planConfig(request(fakeEngine(false, engineCalls), fakeEntryPoint(entryCalls)));
    expect(previewOnly).toEqual([]);
    expect(specs.map((spec) => [spec.label, spec.dir])).toEqual([
      ['01-terraform-state', join(workDir, 'render/stages/01-terraform-state/gcp')],
      ['02-infrastructure', join(workDir, 'render/stages/02-infrastructure/gcp')],
      ['03-kubernetes-initialize', join(workDir, 'render/stages/03-kubernetes-initialize')],
    ]);
    expect(run.roots.map((root) => [root.root, root.status])).toEqual([
      ['01-terraform-state', 'planned'],
      ['02-infrastructure', 'planned'],
      ['03-kubernetes-initialize', 'planned'],
    ]);
    expect(notes).toEqual([]);
    expect(entryCalls.map((args) => args.includes('--render'))).toEqual([true, false]);
    const plan03 = engineCalls.find((call) => call.step === 'plan' && call.stage === '03-kubernetes-initialize')!;
    expect(plan03.settings?.env).toMatchObject({ KUBE_HOST: 'https://k8s' });
    expect(plan03.settings?.varFiles).toEqual([join(workDir, 'inputs', '03-kubernetes-initialize.tfvars.json')]);
    expect(engineCalls.find((call) => call.step === 'plan' && call.stage === '01-terraform-state')!.files).toEqual([IMPORTS_FILE]);
  });

  it('on a first deployment plans stage 01 without imports, stage 02 on a local backend, and keeps 03 pending', async () => {
    const engineCalls: EngineCall[] = [];
    const { run, notes, previewOnly } = await planConfig(request(fakeEngine(true, engineCalls), fakeEntryPoint([])));
    expect(run.roots.map((root) => root.status)).toEqual(['planned', 'planned', 'pending']);
    expect(previewOnly).toEqual(['02-infrastructure']);
    const plans01 = engineCalls.filter((call) => call.step === 'plan' && call.stage === '01-terraform-state');
    expect(plans01.map((call) => call.files)).toEqual([[IMPORTS_FILE], []]);
    expect(engineCalls.find((call) => call.step === 'init' && call.stage === '02-infrastructure')!.files).toEqual([LOCAL_BACKEND_OVERRIDE_FILE]);
    expect(notes).toEqual([
      'First deployment: the Terraform state storage does not exist yet; 01-terraform-state plans to create it.',
      'First deployment: 02-infrastructure is planned against an empty local state, since its remote state storage does not exist yet.',
      '02-infrastructure: kubernetes_credentials known only after apply, so the stages that read them are pending.',
    ]);
    expect(run.hasChanges).toBe(true);
  });

  /** The fake engine as Terraform 1.0.5 (no import blocks), importing by command; `existing` says whether the bucket exists. */
  function terraform105(existing: boolean, calls: EngineCall[]): Engine {
    const engine = fakeEngine(false, calls);
    return {
      ...engine,
      version: async () => ({ tool: 'terraform', version: '1.0.5' }),
      identity: async () => ({ name: 'terraform', version: '1.0.5', source: 'auto' }),
      importResource: async (root, address, id) => {
        calls.push({ step: `import ${address} ${id}`, stage: basename(root.replace(/\/(gcp|aws)$/, '')), settings: undefined, files: [] });
        if (!existing) throw new EngineError('import', root, [{ severity: 'error', summary: 'Cannot import non-existent remote object', detail: '', location: null }], null);
      },
    };
  }

  it('before Terraform 1.5, imports stage 01 by command into its scratch local state, then plans without import blocks', async () => {
    const calls: EngineCall[] = [];
    const { run, notes } = await planConfig(request(terraform105(true, calls), fakeEntryPoint([])));
    expect(run.roots.map((root) => [root.root, root.status])).toEqual([
      ['01-terraform-state', 'planned'],
      ['02-infrastructure', 'planned'],
      ['03-kubernetes-initialize', 'planned'],
    ]);
    const stage01 = calls.filter((call) => call.stage === '01-terraform-state').map((call) => call.step);
    expect(stage01).toEqual(['init', 'import module.terraform-state.module.gcs.google_storage_bucket.static-site demo-dev-terraform-state', 'init', 'plan']);
    expect(calls.filter((call) => call.step === 'plan').every((call) => call.files.length === 0)).toBe(true);
    expect(notes).toEqual([]);
  });

  it('before Terraform 1.5, a state storage that does not exist yet is planned for creation (first deployment)', async () => {
    const calls: EngineCall[] = [];
    const { run, notes } = await planConfig(request(terraform105(false, calls), fakeEntryPoint([])));
    expect(run.roots[0]).toMatchObject({ root: '01-terraform-state', status: 'planned' });
    expect(notes[0]).toBe('First deployment: the Terraform state storage does not exist yet; 01-terraform-state plans to create it.');
  });

  it('takes the state lock unless the request says not to (plans only for review)', async () => {
    const locking: EngineCall[] = [];
    await planConfig(request(fakeEngine(false, locking), fakeEntryPoint([])));
    const reviewOnly: EngineCall[] = [];
    await planConfig({ ...request(fakeEngine(false, reviewOnly), fakeEntryPoint([])), lock: false });
    const lockOf = (calls: EngineCall[]) => calls.filter((call) => call.step === 'plan').map((call) => call.settings?.lock);
    expect(lockOf(locking)).toEqual([undefined, undefined, undefined]);
    expect(lockOf(reviewOnly)).toEqual([false, false, false]);
  });

  it('notes that QHub itself would refuse to deploy a config with prevent_deploy', async () => {
    const { notes } = await planConfig(request(fakeEngine(false, []), fakeEntryPoint([], { preventDeploy: true })));
    expect(notes).toEqual(['prevent_deploy is set: `qhub deploy` refuses to apply this config.']);
  });

  it('after a stage fails, later stages are pending because of it, not attempted', async () => {
    const engineCalls: EngineCall[] = [];
    const engine = fakeEngine(false, engineCalls);
    const failingInit: Engine = {
      ...engine,
      init: async (root, settings) => {
        if (root.includes('01-terraform-state')) throw new EngineError('init', root, parseDiagnostics(REGISTRY_UNREACHABLE), null);
        await engine.init(root, settings);
      },
    };
    const { run } = await planConfig(request(failingInit, fakeEntryPoint([])));
    expect(run.roots.map((root) => root.status)).toEqual(['failed', 'pending', 'pending']);
    expect(run.roots[1]).toMatchObject({ reason: 'not planned because 01-terraform-state failed' });
    expect(engineCalls.filter((call) => call.stage === '02-infrastructure')).toEqual([]);
    expect(run.failed).toBe(true);
  });

  it('QHub 0.3.x: renders with qhub render, plans terraform-state with its imports, then infrastructure', async () => {
    const renderCalls: string[][] = [];
    const render: ProcessRunner = async (file, args) => {
      renderCalls.push([file, ...args]);
      const out = args[args.indexOf('-o') + 1]!;
      await mkdir(join(out, 'infrastructure'), { recursive: true });
      await mkdir(join(out, 'terraform-state'), { recursive: true });
      return { code: 0, stdout: '', stderr: '' };
    };
    const engineCalls: EngineCall[] = [];
    const { run, notes } = await planConfig({
      ...request(fakeEngine(true, engineCalls), render),
      config: { provider: 'gcp', project_name: 'demo', namespace: 'dev' },
      version: { family: 'qhub-0.3.11', value: '0.3.11', source: 'option' },
    });
    expect(renderCalls).toEqual([['/venv/bin/qhub', 'render', '-c', '/config/qhub-config.yaml', '-o', join(workDir, 'render')]]);
    expect(run.roots.map((root) => [root.root, root.status])).toEqual([
      ['terraform-state', 'planned'],
      ['infrastructure', 'pending'],
    ]);
    expect(notes).toEqual(['First deployment: the Terraform state storage does not exist yet; terraform-state plans to create it.']);
  });
});

const tofu = process.env.QHUB_GITOPS_TOFU ?? `${process.env.HOME}/.cache/qhub-gitops/tofu/1.10.7/tofu`;
const tofuAvailable = spawnSync(tofu, ['version']).status === 0;
if (!tofuAvailable) console.warn(`skipped: planConfig on real OpenTofu, no tofu at ${tofu}`);

/** Provider-free stand-ins for three rendered stages, shaped like QHub's (variables, outputs, imports). */
const STACKS: Record<string, string> = {
  'stages/01-terraform-state/gcp': 'variable "name" {}\nresource "terraform_data" "bucket" {}\n',
  'stages/02-infrastructure/gcp':
    'variable "name" {}\nresource "terraform_data" "cluster" { input = var.name }\n' +
    'output "kubernetes_credentials" {\n  sensitive = true\n  value     = { host = "https://k8s", token = "fresh-token" }\n}\n',
  'stages/03-kubernetes-initialize': 'variable "name" {}\nresource "terraform_data" "init" { input = var.name }\n',
};

describe('planConfig on real OpenTofu (fake entry point, provider-free stages)', () => {
  it.skipIf(!tofuAvailable)('imports into stage 01, reads stage 02 sensitive planned outputs, and plans stage 03 with its tfvars', async () => {
    const workDir = await mkdtemp(join(tmpdir(), 'qhub-plan-config-tofu-'));
    try {
      const entryCalls: string[][] = [];
      const entry = fakeEntryPoint(entryCalls, { importTo: 'terraform_data.bucket' });
      const withStacks: ProcessRunner = async (file, args, options) => {
        const result = await entry(file, args, options);
        const renderDir = args[args.indexOf('--render-dir') + 1]!;
        for (const [directory, text] of Object.entries(STACKS)) {
          if (existsSync(join(renderDir, directory))) await writeFile(join(renderDir, directory, 'main.tf'), text);
        }
        return result;
      };
      const engine = createEngine({ engine: tofu, runner: spawnRunner, env: { ...process.env } });
      const { run, notes } = await planConfig(gcpRequest(workDir, engine, withStacks));
      expect(run.roots.map((root) => [root.root, root.status]), JSON.stringify(run.roots.filter((root) => root.status === 'failed'))).toEqual([
        ['01-terraform-state', 'planned'],
        ['02-infrastructure', 'planned'],
        ['03-kubernetes-initialize', 'planned'],
      ]);
      expect(notes).toEqual([]);
      const [state, , init] = run.roots;
      if (state?.status === 'planned') expect(state.report.summary.counts.import).toBe(1);
      if (init?.status === 'planned') expect(init.report.summary.to_add).toBe(1);
      // Stage 02's sensitive output reached QHub as planned (what stage 03's env was built from).
      const outputs = JSON.parse(await readFile(entryCalls.at(-1)![entryCalls.at(-1)!.indexOf('--outputs') + 1]!, 'utf8'));
      expect(outputs['stages/02-infrastructure'].kubernetes_credentials).toEqual({ value: { host: 'https://k8s', token: 'fresh-token' }, sensitive: true });
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  });
});
