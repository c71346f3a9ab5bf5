// Runs QHub itself inside its virtualenv: `qhub render` for 0.3.x, the stage-inputs entry point
// (python/stage_vars.py) for staged versions, and python/engine_pin.py for the engine a release
// pins. The only place this package starts Python.
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EngineName, EnginePin } from '../terraform/provision.js';
import type { StateImport } from './stages.js';
import type { ProcessResult, ProcessRunner } from '../terraform/engine.js';
import type { VenvPaths } from './venv.js';
import { QhubError } from './errors.js';

/** QHub refused the config or could not run; the message is meant for the user. */
export class QhubRunError extends QhubError {
  override name = 'QhubRunError';
}

export type StageStatus = 'ready' | 'pending' | 'not-planned' | 'error';

export interface StageManifestEntry {
  /** e.g. `02-infrastructure`; its outputs go under `stages/<name>`. */
  name: string;
  /** Relative to the render directory. */
  directory: string;
  status: StageStatus;
  reason: string | null;
  /** Written only for ready stages, owner-readable only: they hold secrets. */
  tfvarsFile: string | null;
  envFile: string | null;
  envNames: string[];
  stateImports: StateImport[];
  outputsGiven: boolean;
}

export interface StageManifest {
  package: string;
  version: string;
  api: 'functional' | 'plugin';
  preventDeploy: boolean;
  stages: StageManifestEntry[];
}

/** What a stage's `output -json` looks like, keyed `stages/<name>`, as QHub's deploy keeps them. */
export type StageOutputs = Record<string, Record<string, { value: unknown; sensitive?: boolean }>>;

/** How QHub runs: through the one subprocess seam, with the environment the run decided. */
export interface QhubRunOptions {
  runner: ProcessRunner;
  env: NodeJS.ProcessEnv;
}

/** Entry points ship beside this module: src/qhub/python from source, dist/python in the bundle. */
function pythonEntryPoint(name: string): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'python', name), join(here, '..', 'python', name)];
  return candidates.find((file) => existsSync(file)) ?? candidates[0]!;
}

const TAIL_LINES = 15;

/**
 * What QHub said when it failed: for a Python traceback only its last line (the exception, which
 * is QHub's own message), unless QHUB_GITOPS_DEBUG asks for the whole traceback.
 */
function tail(result: ProcessResult, env: NodeJS.ProcessEnv): string {
  const lines = `${result.stderr}\n${result.stdout}`.split('\n').filter((line) => line.trim() !== '');
  if (!env.QHUB_GITOPS_DEBUG && lines.some((line) => line.startsWith('Traceback (most recent call last):'))) {
    return `${lines[lines.length - 1]!.trim()}\n(set QHUB_GITOPS_DEBUG=1 to see QHub's traceback)`;
  }
  return lines.slice(-TAIL_LINES).join('\n');
}

async function run(options: QhubRunOptions, file: string, args: string[], cwd: string, what: string): Promise<ProcessResult> {
  try {
    return await options.runner(file, args, { cwd, env: options.env });
  } catch (error) {
    throw new QhubRunError(`${what}: could not run ${file}: ${(error as Error).message}`);
  }
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then((info) => info.isDirectory(), () => false);
}

/** QHub 0.3.x: the real `qhub render`, then a check that the roots the planner expects exist. */
export async function renderSingleRoot(venv: VenvPaths, configPath: string, renderDir: string, options: QhubRunOptions): Promise<void> {
  const result = await run(options, venv.cli, ['render', '-c', configPath, '-o', renderDir], dirname(configPath), 'qhub render');
  if (result.code !== 0) throw new QhubRunError(`qhub render failed (exit ${result.code}):\n${tail(result, options.env)}`);
  if (!(await isDirectory(join(renderDir, 'infrastructure')))) {
    throw new QhubRunError(`qhub render wrote no infrastructure/ directory into ${renderDir}`);
  }
}

export interface StageInputsRequest {
  configPath: string;
  renderDir: string;
  /** Private directory for the manifest, tfvars and env files (keep it out of artifacts). */
  outDir: string;
  outputs: StageOutputs;
  /** Render the config first (QHub's own render); later rounds reuse the render directory. */
  render: boolean;
}

/** Runs the entry point in the venv and reads back what it wrote. */
export async function computeStageInputs(venv: VenvPaths, request: StageInputsRequest, options: QhubRunOptions): Promise<StageManifest> {
  await mkdir(request.outDir, { recursive: true, mode: 0o700 });
  const outputsFile = join(request.outDir, 'outputs.json');
  await writeFile(outputsFile, JSON.stringify(request.outputs), { mode: 0o600 });
  const args = [pythonEntryPoint('stage_vars.py'), '--config', request.configPath, '--render-dir', request.renderDir, '--out', request.outDir, '--outputs', outputsFile];
  if (request.render) args.push('--render');
  const result = await run(options, venv.python, args, request.outDir, 'stage inputs');
  if (result.code === 1) throw new QhubRunError(`the config does not pass QHub's own loading and checks:\n${tail(result, options.env)}`);
  if (result.code !== 0) throw new QhubRunError(`computing the stage inputs failed (exit ${result.code}):\n${tail(result, options.env)}`);
  return parseStageManifest(await readFile(join(request.outDir, 'manifest.json'), 'utf8'));
}

const STATUSES: readonly StageStatus[] = ['ready', 'pending', 'not-planned', 'error'];

function field<T>(value: unknown, check: (value: unknown) => value is T, where: string): T {
  if (!check(value)) throw new QhubRunError(`the stage-inputs manifest is malformed at ${where}`);
  return value;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isStringOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isArray = (value: unknown): value is unknown[] => Array.isArray(value);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStatus = (value: unknown): value is StageStatus => STATUSES.includes(value as StageStatus);
const isPair = (value: unknown): value is [string, string] => Array.isArray(value) && value.length === 2 && value.every(isString);

/** Checks the manifest stage_vars.py writes (a contract between the two languages). */
export function parseStageManifest(text: string): StageManifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new QhubRunError('the stage-inputs manifest is not JSON');
  }
  const root = field(data, isRecord, 'the top level');
  const api = field(root.api, (value): value is 'functional' | 'plugin' => value === 'functional' || value === 'plugin', 'api');
  return {
    package: field(root.package, isString, 'package'),
    version: field(root.version, isString, 'version'),
    api,
    preventDeploy: field(root.prevent_deploy, isBoolean, 'prevent_deploy'),
    stages: field(root.stages, isArray, 'stages').map((raw, index) => {
      const stage = field(raw, isRecord, `stages[${index}]`);
      const where = (key: string) => `stages[${index}].${key}`;
      return {
        name: field(stage.name, isString, where('name')),
        directory: field(stage.directory, isString, where('directory')),
        status: field(stage.status, isStatus, where('status')),
        reason: field(stage.reason, isStringOrNull, where('reason')),
        tfvarsFile: field(stage.tfvars_file, isStringOrNull, where('tfvars_file')),
        envFile: field(stage.env_file, isStringOrNull, where('env_file')),
        envNames: field(stage.env_names, (value): value is string[] => isArray(value) && value.every(isString), where('env_names')),
        stateImports: field(stage.state_imports, (value): value is [string, string][] => isArray(value) && value.every(isPair), where('state_imports')).map(
          ([address, id]) => ({ address, id }),
        ),
        outputsGiven: field(stage.outputs_given, isBoolean, where('outputs_given')),
      };
    }),
  };
}

/** The environment file of a ready stage: provider credentials QHub would have set (KUBE_*, KEYCLOAK_*). */
export async function readStageEnv(stage: StageManifestEntry): Promise<Record<string, string>> {
  if (stage.envFile === null) return {};
  const data: unknown = JSON.parse(await readFile(stage.envFile, 'utf8'));
  if (!isRecord(data) || !Object.values(data).every(isString)) throw new QhubRunError(`${stage.envFile} is not a map of strings`);
  return data as Record<string, string>;
}

/** The engine this venv's release deploys with, read from its own constants module. */
export async function readPinnedEngine(venv: VenvPaths, options: QhubRunOptions): Promise<EnginePin> {
  const result = await run(options, venv.python, [pythonEntryPoint('engine_pin.py')], venv.dir, 'reading the pinned engine');
  if (result.code !== 0) throw new QhubRunError(`cannot read the engine pinned by the release in ${venv.dir}:\n${tail(result, options.env)}`);
  const pin = JSON.parse(result.stdout) as { name?: unknown; version?: unknown };
  const names: readonly unknown[] = ['terraform', 'tofu'] satisfies EngineName[];
  if (!names.includes(pin.name) || typeof pin.version !== 'string') throw new QhubRunError(`engine_pin.py printed no engine: ${result.stdout.slice(0, 200)}`);
  return { name: pin.name as EngineName, version: pin.version };
}
