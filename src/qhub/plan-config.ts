// Plans a QHub/Nebari config: render it with QHub itself, then plan every root in deploy order,
// feeding each stage the input variables QHub computes from the outputs the earlier stages will have.
// Stages that cannot be planned yet are reported as pending with the reason, never skipped silently.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { mergeEnvironments } from '../config/environments.js';
import { loadYaml, type LoadResult } from '../config/load.js';
import type { SourceFile } from '../config/types.js';
import type { VersionInfo } from '../config/types.js';
import { decideVersion, type VersionSources } from '../config/version.js';
import { downloadFailureOf, type Diagnostic } from '../terraform/diagnostics.js';
import { EngineError, supportsImportBlocks, type Engine, type ProcessRunner, type RootSettings } from '../terraform/engine.js';
import { describeEngine } from '../terraform/provision.js';
import type { PlanRun, RootOutcome } from '../terraform/outcome.js';
import { parsePlanJson, type PlanJson } from '../terraform/plan-json.js';
import { failureOf, planRoots, planRunOf, type PlanRootsOptions, type RootSpec } from '../terraform/roots.js';
import { computeStageInputs, QhubRunError, readPinnedEngine, readStageEnv, renderSingleRoot, type StageManifestEntry, type StageOutputs } from './render.js';
import {
  backendEnv,
  importBlocks,
  IMPORTS_FILE,
  INFRASTRUCTURE_STAGE,
  LOCAL_BACKEND_OVERRIDE,
  LOCAL_BACKEND_OVERRIDE_FILE,
  packageOf,
  planningLayout,
  singleRootLayout,
  singleRootMissingVariables,
  STATE_STAGE,
  type StateImport,
} from './stages.js';
import { ensureVenv, type VenvCache, type VenvPaths, type VenvSpec } from './venv.js';

export interface PlanConfigRequest {
  /** Absolute path of qhub-config.yaml / nebari-config.yaml. */
  configPath: string;
  /** The config's parsed YAML (the 0.3.x layout depends on provider and state settings). */
  config: unknown;
  version: VersionInfo;
  /** The virtualenv holding exactly this QHub/Nebari version (see venvSpecFor). */
  venv: VenvPaths;
  engine: Engine;
  /** Private scratch directory (render, tfvars with secrets, plan files): RUNNER_TEMP, never uploaded. */
  workDir: string;
  /** Cloud credentials and the rest of the environment QHub and the engine see. */
  env: Record<string, string | undefined>;
  /** Runs QHub, pip and venv: the same seam as the engine's, so their output is logged alike. */
  runner: ProcessRunner;
  summarize?: PlanRootsOptions['summarize'];
  lock?: PlanRootsOptions['lock'];
}

export interface PlannedConfig {
  run: PlanRun;
  /**
   * Every root that was planned or attempted, with the settings it was planned with, keyed like
   * `run.roots[].root`: applying a planned root's plan file needs the same directory and environment.
   */
  specs: RootSpec[];
  /** Facts the comment should state (first deployment, prevent_deploy, outputs known only after apply). */
  notes: string[];
  /**
   * Roots planned against an empty local state (first deployment): their plan files show what will
   * be created but must never be applied; apply re-plans them once the state storage exists.
   */
  previewOnly: string[];
  renderDir: string;
}

export function venvSpecFor(version: VersionInfo): VenvSpec {
  return { package: packageOf(version.family), version: version.value };
}

export interface DeployablePlanRequest extends VersionSources, Pick<PlanConfigRequest, 'configPath' | 'engine' | 'workDir' | 'env' | 'runner' | 'summarize' | 'lock'> {
  /** Environment files to merge into the config before QHub renders it. */
  environmentFiles?: readonly SourceFile[];
  /** The config at `configPath` as the run already parsed it; read from there when absent. */
  loaded?: LoadResult;
  /** The version validation decided; without it, decided here from the config and the sources. */
  version?: VersionInfo;
  /** One line of progress before slow steps (building the virtualenv). */
  log?: (message: string) => void;
  /** Keeps the virtualenv between runs (the Actions cache), where there is one. */
  venvCache?: VenvCache;
}

/**
 * QHub renders from a file, so it must read the config as it was validated: with the
 * environment files merged in. Returns the file to render and its data (the original
 * file when there are no environment files).
 */
export async function writeDeployableConfig(configPath: string, environmentFiles: readonly SourceFile[], workDir: string, given?: LoadResult): Promise<{ configPath: string; data: unknown }> {
  const loaded = given ?? loadYaml(await readFile(configPath), configPath);
  if (loaded.document === null) throw new QhubRunError(`${configPath}: ${loaded.findings.map((finding) => finding.message).join('; ')}`);
  if (environmentFiles.length === 0) return { configPath, data: loaded.document.data };
  const documents = environmentFiles.flatMap((source) => loadYaml(source.bytes, source.file).document ?? []);
  const data = mergeEnvironments(loaded.document, documents).config.data;
  const mergedDir = join(workDir, 'merged-config');
  await mkdir(mergedDir, { recursive: true });
  const mergedPath = join(mergedDir, basename(configPath));
  await writeFile(mergedPath, stringify(data));
  return { configPath: mergedPath, data };
}

/**
 * The one way a QHub config is planned (CLI plan/apply/destroy and the action): the config as
 * validated, environment files merged in, rendered by its exact QHub/Nebari release (installed
 * once into a cached virtualenv), every stage planned in order. Planning and applying prepare the
 * config identically, so the reviewed plan hash can match.
 * Throws QhubRunError (or VenvError) with a message meant for the user.
 */
export async function planDeployableConfig(request: DeployablePlanRequest): Promise<PlannedConfig & { version: VersionInfo }> {
  const { configPath, data } = await writeDeployableConfig(request.configPath, request.environmentFiles ?? [], request.workDir, request.loaded);
  let version = request.version;
  if (!version) {
    const decision = decideVersion((data ?? {}) as Record<string, unknown>, request);
    if (!decision.ok) throw new QhubRunError(`${request.configPath}: ${decision.message}`);
    version = decision.version;
  }
  const venv = await ensureVenv(venvSpecFor(version), { env: request.env as NodeJS.ProcessEnv, runner: request.runner, log: request.log, ...(request.venvCache ? { cache: request.venvCache } : {}) });
  // The engine this release deploys with, from its own package (what `engine: auto` runs).
  await request.engine.forRelease(await readPinnedEngine(venv, { env: request.env as NodeJS.ProcessEnv, runner: request.runner }));
  const planned = await planConfig({ ...request, configPath, config: data, version, venv });
  return { ...planned, version };
}

export async function planConfig(given: PlanConfigRequest): Promise<PlannedConfig> {
  // Engines resolve -out and -var-file against each root's directory: every path must be absolute.
  const request = { ...given, workDir: resolve(given.workDir), configPath: resolve(given.configPath) };
  const renderDir = join(request.workDir, 'render');
  const layout = planningLayout(request.version.family);
  const planned = layout === 'single-root' ? await planSingleRoot(request, renderDir) : await planStages(request, renderDir);
  return { ...planned, renderDir };
}

/** Like planRoots: after a failure, later roots are not attempted (they would fail the same way or plan on stale inputs). */
function blockedByFailure(roots: readonly RootOutcome[], root: string): RootOutcome | null {
  const failed = roots.find((outcome) => outcome.status === 'failed');
  return failed ? { status: 'pending', root, reason: `not planned because ${failed.root} failed` } : null;
}

export interface RootAttempt {
  outcome: RootOutcome;
  /** The imports named objects that do not exist (yet), so the root was planned without them. */
  importsMissing: boolean;
}

/**
 * Plans one root. QHub imports the state storage into stage 01's fresh local state before each
 * deploy, ignoring failures; here the imports are `import` blocks, and when some objects do not
 * exist yet the root is planned again without their imports, showing their creation while the
 * others are still imported (a half-made first deployment). Engines before Terraform 1.5 have no
 * import blocks: they run `import` as QHub does (importsByCommand), with the same verdicts.
 */
export async function planRoot(
  spec: RootSpec,
  imports: readonly StateImport[],
  request: Pick<PlanConfigRequest, 'engine' | 'summarize' | 'lock'>,
  planDir: string,
  specs: RootSpec[],
): Promise<RootAttempt> {
  specs.push(spec);
  const importsFile = join(spec.dir, IMPORTS_FILE);
  const options = { planDir, summarize: request.summarize, lock: request.lock };
  await mkdir(planDir, { recursive: true, mode: 0o700 });
  if (imports.length > 0 && !supportsImportBlocks(await request.engine.version().catch(() => ({ tool: null, version: null })))) {
    const imported = await importsByCommand(spec, imports, request.engine);
    if (imported.failure) return { outcome: imported.failure, importsMissing: false };
    return { outcome: explainFailure((await planRoots([spec], request.engine, options)).roots[0]!), importsMissing: imported.missing };
  }
  let remaining = [...imports];
  while (remaining.length > 0) {
    await writeFile(importsFile, importBlocks(remaining));
    const withImports = (await planRoots([spec], request.engine, options)).roots[0]!;
    const missing = missingImportsOf(withImports, remaining);
    if (missing.length === 0) return { outcome: explainFailure(withImports), importsMissing: remaining.length < imports.length };
    remaining = remaining.filter((entry) => !missing.includes(entry));
  }
  await rm(importsFile, { force: true });
  const outcome = explainFailure((await planRoots([spec], request.engine, options)).roots[0]!);
  return { outcome, importsMissing: imports.length > 0 };
}

/**
 * The imports whose objects the plan found missing. Engines name the address in the detail
 * (`to "ADDRESS",` from 1.5, `to ADDRESS,` before); should one not, every import is left out.
 */
function missingImportsOf(outcome: RootOutcome, imports: readonly StateImport[]): StateImport[] {
  if (outcome.status !== 'failed') return [];
  const details = outcome.diagnostics.filter(isMissingImport).map((diagnostic) => diagnostic.detail.replace(/\s+/g, ' '));
  if (details.length === 0) return [];
  const named = imports.filter((entry) => details.some((detail) => detail.includes(`"${entry.address}"`) || detail.includes(` ${entry.address},`)));
  return named.length > 0 ? named : [...imports];
}

/** The roots whose state is a local file in the render directory, fresh on every run: importing into it changes nothing real. */
const LOCAL_STATE_ROOTS = new Set([STATE_STAGE, 'terraform-state']);

/**
 * `import ADDRESS ID` into the root's scratch local state, as QHub runs it with its own engine,
 * before planning; objects that do not exist are left out (the plan then shows their creation).
 * `init` failures are left to the plan, which reports them. Anywhere else an import would write
 * to the real remote state during a review plan, so it is refused instead.
 */
async function importsByCommand(spec: RootSpec, imports: readonly StateImport[], engine: Engine): Promise<{ failure: RootOutcome | null; missing: boolean }> {
  const root = spec.label ?? spec.dir;
  const identity = await engine.identity();
  if (!LOCAL_STATE_ROOTS.has(root)) {
    const diagnostic: Diagnostic = {
      severity: 'error',
      summary: `${identity ? describeEngine(identity) : 'this engine'} has no import blocks (Terraform 1.5+), and importing ${imports.map((entry) => entry.address).join(', ')} by command would write to this stage's real state during a review plan`,
      detail: '',
      location: null,
    };
    return { failure: { status: 'failed', root, step: 'import', diagnostics: [diagnostic], lock: null, partial: null, engine: identity, stateVersion: null }, missing: false };
  }
  try {
    await engine.init(spec.dir, spec.settings);
  } catch {
    return { failure: null, missing: false };
  }
  let missing = false;
  for (const entry of imports) {
    try {
      await engine.importResource(spec.dir, entry.address, entry.id, spec.settings);
    } catch (error) {
      if (error instanceof EngineError && error.diagnostics.some(isMissingImport)) {
        missing = true;
        continue;
      }
      return { failure: { ...failureOf(error, root), engine: identity, stateVersion: null }, missing: false };
    }
  }
  return { failure: null, missing };
}

function isMissingImport(diagnostic: Diagnostic): boolean {
  return /non-existent remote object/i.test(`${diagnostic.summary} ${diagnostic.detail}`);
}

/** Puts the environmental cause first when init could not download what the root needs. */
export function explainFailure(outcome: RootOutcome): RootOutcome {
  if (outcome.status !== 'failed' || outcome.step !== 'init') return outcome;
  const failure = downloadFailureOf(outcome.diagnostics);
  let summary: string | null = null;
  if (failure === 'providers') {
    summary =
      'not planned: its providers could not be downloaded because the provider registry is unreachable from this machine ' +
      '(allow registry.opentofu.org / registry.terraform.io, or provide a provider mirror or a filled TF_PLUGIN_CACHE_DIR)';
  } else if (failure === 'modules') {
    summary = 'not planned: its modules could not be downloaded from GitHub (QHub 0.3.11 fetches them at init)';
  }
  if (summary === null) return outcome;
  return { ...outcome, diagnostics: [{ severity: 'error', summary, detail: '', location: null }, ...outcome.diagnostics] };
}

type Planned = Omit<PlannedConfig, 'renderDir'>;

async function planSingleRoot(request: PlanConfigRequest, renderDir: string): Promise<Planned> {
  await renderSingleRoot(request.venv, request.configPath, renderDir, { runner: request.runner, env: request.env as NodeJS.ProcessEnv });
  const config = (request.config ?? {}) as Parameters<typeof singleRootLayout>[0];
  const env = backendEnv(String(config.provider ?? ''), request.env);
  const roots: RootOutcome[] = [];
  const specs: RootSpec[] = [];
  const notes: string[] = [];
  let stateStorageMissing = false;
  for (const entry of singleRootLayout(config, request.env)) {
    const missing = entry.name === 'infrastructure' ? singleRootMissingVariables(config, request.env) : [];
    const blocked = blockedByFailure(roots, entry.name);
    if (blocked) {
      roots.push(blocked);
    } else if (stateStorageMissing) {
      roots.push({
        status: 'pending',
        root: entry.name,
        reason: 'the state bucket it is stored in does not exist yet (terraform-state creates it), and a full plan needs the cluster to exist',
      });
    } else if (missing.length > 0) {
      roots.push({ status: 'pending', root: entry.name, reason: `QHub reads ${missing.join(', ')} from the environment, and it is not set` });
    } else {
      const spec: RootSpec = { dir: join(renderDir, entry.directory), label: entry.name, settings: { env } };
      const attempt = await planRoot(spec, entry.imports, request, join(request.workDir, 'plans', entry.name), specs);
      roots.push(attempt.outcome);
      if (attempt.importsMissing && attempt.outcome.status === 'planned') {
        stateStorageMissing = true;
        notes.push('First deployment: the Terraform state storage does not exist yet; terraform-state plans to create it.');
      }
    }
  }
  return { run: planRunOf(roots), notes, specs, previewOnly: [] };
}

interface PlannedOutputs {
  outputs: StageOutputs[string];
  /** Outputs known only after apply: later stages that read them cannot be planned yet. */
  unknown: string[];
}

/** A stage's outputs as they will be after apply, read from its plan (fresh credentials included). */
export function plannedOutputs(plan: PlanJson): PlannedOutputs {
  const planned = (plan.planned_values?.outputs ?? {}) as Record<string, { sensitive?: boolean; value?: unknown }>;
  const outputs: StageOutputs[string] = {};
  const unknown: string[] = [];
  for (const [name, entry] of Object.entries(planned)) {
    if (plan.output_changes?.[name]?.after_unknown === true || !('value' in entry)) unknown.push(name);
    else outputs[name] = { value: entry.value, sensitive: entry.sensitive ?? false };
  }
  return { outputs, unknown: unknown.sort() };
}

function pendingOutcome(stage: StageManifestEntry): RootOutcome {
  const reason = stage.status === 'not-planned' ? `not planned: ${stage.reason ?? ''}` : (stage.reason ?? 'not ready');
  return { status: 'pending', root: stage.name, reason };
}

function errorOutcome(stage: StageManifestEntry): RootOutcome {
  const diagnostic: Diagnostic = { severity: 'error', summary: `QHub could not compute this stage's input variables: ${stage.reason ?? ''}`, detail: '', location: null };
  return { status: 'failed', root: stage.name, step: 'input variables', diagnostics: [diagnostic], lock: null, partial: null };
}

async function planStages(request: PlanConfigRequest, renderDir: string): Promise<Planned> {
  const inputsDir = join(request.workDir, 'inputs');
  const runOptions = { runner: request.runner, env: request.env as NodeJS.ProcessEnv };
  const ask = (outputs: StageOutputs, render: boolean) =>
    computeStageInputs(request.venv, { configPath: request.configPath, renderDir, outDir: inputsDir, outputs, render }, runOptions);

  let manifest = await ask({}, true);
  const notes: string[] = [];
  if (manifest.preventDeploy) notes.push(`prevent_deploy is set: \`${manifest.package} deploy\` refuses to apply this config.`);
  const provider = String((request.config as { provider?: unknown } | null)?.provider ?? '');
  const outputs: StageOutputs = {};
  const roots: RootOutcome[] = [];
  const specs: RootSpec[] = [];
  const previewOnly: string[] = [];
  let stateStorageMissing = false;
  let outputsAskedFor = 0;

  for (let index = 0; index < manifest.stages.length; index += 1) {
    if (manifest.stages[index]!.status === 'pending' && Object.keys(outputs).length > outputsAskedFor) {
      // Outputs planned since the last call may be what this stage was waiting for.
      manifest = await ask(outputs, false);
      outputsAskedFor = Object.keys(outputs).length;
    }
    const stage = manifest.stages[index]!;
    if (stage.status === 'error') {
      roots.push(errorOutcome(stage));
      continue;
    }
    if (stage.status !== 'ready') {
      roots.push(pendingOutcome(stage));
      continue;
    }
    const blocked = blockedByFailure(roots, stage.name);
    if (blocked) {
      roots.push(blocked);
      continue;
    }
    const dir = join(renderDir, stage.directory);
    const settings: RootSettings = {
      env: { ...backendEnv(provider, request.env), ...(await readStageEnv(stage)) },
      varFiles: stage.tfvarsFile ? [stage.tfvarsFile] : [],
    };
    if (stage.name === INFRASTRUCTURE_STAGE && stateStorageMissing) {
      // Its inputs come from the config alone; against an empty local state it plans the whole cluster.
      await writeFile(join(dir, LOCAL_BACKEND_OVERRIDE_FILE), LOCAL_BACKEND_OVERRIDE);
      previewOnly.push(stage.name);
      notes.push(`First deployment: ${stage.name} is planned against an empty local state, since its remote state storage does not exist yet.`);
    }
    const attempt = await planRoot({ dir, label: stage.name, settings }, stage.stateImports, request, join(request.workDir, 'plans', stage.name), specs);
    roots.push(attempt.outcome);
    if (attempt.outcome.status !== 'planned') continue;
    if (attempt.importsMissing && stage.name === STATE_STAGE) {
      stateStorageMissing = true;
      notes.push(`First deployment: the Terraform state storage does not exist yet; ${stage.name} plans to create it.`);
    } else if (attempt.importsMissing) {
      // Nebari 2023.10+ imports an existing Azure resource group into stage 02; it is not there.
      notes.push(`${stage.name}: ${stage.stateImports.map((entry) => entry.address).join(', ')} does not exist yet, so it is planned for creation instead of imported.`);
    }
    const planFile = attempt.outcome.planFile;
    if (planFile === null) continue;
    const { outputs: stageOutputs, unknown } = plannedOutputs(parsePlanJson(await request.engine.showJson(dir, planFile, settings), `plan of ${stage.name}`));
    if (unknown.length > 0) {
      notes.push(`${stage.name}: ${unknown.join(', ')} known only after apply, so the stages that read them are pending.`);
      continue;
    }
    outputs[`stages/${stage.name}`] = stageOutputs;
  }
  return { run: planRunOf(roots), notes, specs, previewOnly };
}
