// The Terraform/OpenTofu engine adapter. Every process goes through an injected runner, so the
// orchestration is testable without binaries and the action can add logging or grouping.
import { errorsFrom, formatDiagnostic, parseDiagnostics, parseStateLock, type Diagnostic, type StateLock } from './diagnostics.js';
import { engineNameOf, isAuto, type EngineIdentity, type EnginePin, type EngineSource } from './provision.js';
import type { Tool } from './summary.js';
import { isRunnerDiagnostic } from './runner-warnings.js';

export interface ProcessResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env: Record<string, string | undefined>;
  /** Stdout is data to parse (plan JSON, outputs: it can hold sensitive values), never streamed to a log. */
  stdoutIsData?: boolean;
}

export type ProcessRunner = (command: string, args: readonly string[], options: RunOptions) => Promise<ProcessResult>;

/** The command an engine runs, and how it was chosen. */
export interface SelectedEngine {
  command: string;
  source: EngineSource;
}

/**
 * Decides (and provisions) the binary once the target release's pinned engine is known, or with
 * null when none is (explicit roots without a QHub version). See provision-store.ts.
 */
export type EngineSelector = (releasePin: EnginePin | null) => Promise<SelectedEngine>;

export interface EngineOptions {
  /** `tofu`, `terraform`, or a path to either binary: what runs when no selector is given. */
  engine: string;
  select?: EngineSelector;
  runner: ProcessRunner;
  /** The environment every command starts from (credentials, TF_VAR_*, ...). */
  env: Record<string, string | undefined>;
  /** Shared provider download cache (TF_PLUGIN_CACHE_DIR); the caller creates the directory. */
  pluginCacheDir?: string;
}

/** Per-root settings: extra environment (provider credentials) and variable files. */
export interface RootSettings {
  env?: Record<string, string | undefined>;
  varFiles?: readonly string[];
  /** `false` plans without taking the state lock (a plan only for review must not hold up an apply). */
  lock?: boolean;
}

export type EngineStep = 'select' | 'version' | 'init' | 'import' | 'plan' | 'show' | 'apply' | 'destroy' | 'state list' | 'state pull' | 'output' | 'force-unlock';

/** A failed engine command, with its diagnostics and (when that was the problem) the state lock. */
export class EngineError extends Error {
  override name = 'EngineError';
  constructor(
    readonly step: EngineStep,
    readonly root: string,
    readonly diagnostics: Diagnostic[],
    readonly lock: StateLock | null,
  ) {
    // The engine's warnings about the runner come first on its stderr; the message names the failure.
    const first = diagnostics.find((diagnostic) => !isRunnerDiagnostic(diagnostic)) ?? diagnostics[0];
    super(`${step} failed in ${root}${first ? `: ${formatDiagnostic(first)}` : ''}`);
  }
}

export interface EngineVersion {
  tool: Tool | null;
  version: string | null;
}

export interface PlanCommandResult {
  /** -detailed-exitcode said the plan has changes (resources or outputs). */
  changes: boolean;
  warnings: Diagnostic[];
}

export interface Engine {
  /** The command that runs (before selection: the name asked for). */
  readonly command: string;
  /**
   * `engine: auto`: forRelease picks the engine a release pins. Otherwise it changes nothing, so
   * callers need not look the pin up (that may install the release).
   */
  readonly followsRelease: boolean;
  /** Runs the engine the target release pins (per `select`) from now on; never throws (see `run`). */
  forRelease(pin: EnginePin): Promise<void>;
  version(): Promise<EngineVersion>;
  /** Which engine and version runs, and how it was chosen; null when its version cannot be read. */
  identity(): Promise<EngineIdentity | null>;
  /** `terraform_version` of the root's current state (after init); null when it has none. */
  stateVersion(root: string, settings?: RootSettings): Promise<string | null>;
  /** `import ADDRESS ID` into the root's state (engines before 1.5 have no import blocks). */
  importResource(root: string, address: string, id: string, settings?: RootSettings): Promise<void>;
  init(root: string, settings?: RootSettings): Promise<void>;
  plan(root: string, planFile: string, settings?: RootSettings & { destroy?: boolean }): Promise<PlanCommandResult>;
  showJson(root: string, planFile: string, settings?: RootSettings): Promise<string>;
  apply(root: string, planFile: string, settings?: RootSettings): Promise<void>;
  /** `warnings`: every diagnostic it printed (it succeeded, so none stopped it: e.g. a plugin cache it could not open). */
  destroy(root: string, settings?: RootSettings): Promise<{ warnings: Diagnostic[] }>;
  stateList(root: string, settings?: RootSettings): Promise<string[]>;
  outputJson(root: string, settings?: RootSettings): Promise<Record<string, { value?: unknown; type?: unknown; sensitive?: boolean }>>;
  forceUnlock(root: string, lockId: string, settings?: RootSettings): Promise<void>;
}

/** `tofu`/`opentofu`/`terraform` run from PATH; anything else is a path to a binary. */
export function resolveEngineCommand(engine: string): string {
  return engineNameOf(engine) ?? engine;
}

/** `import` blocks exist from Terraform 1.5 (every OpenTofu has them); an unknown version is assumed recent. */
export function supportsImportBlocks(version: EngineVersion): boolean {
  if (version.tool !== 'terraform' || version.version === null) return true;
  const [major = 0, minor = 0] = version.version.split('.').map(Number);
  return major > 1 || (major === 1 && minor >= 5);
}

export function toolFromVersionText(text: string): EngineVersion {
  const match = /^(OpenTofu|Terraform) v(\S+)/m.exec(text);
  if (!match) return { tool: null, version: null };
  return { tool: match[1] === 'OpenTofu' ? 'opentofu' : 'terraform', version: match[2]! };
}

export function createEngine(options: EngineOptions): Engine {
  const fixed: SelectedEngine = { command: resolveEngineCommand(options.engine), source: 'path' };
  let selected: Promise<SelectedEngine> | undefined;
  let command = fixed.command;
  let cachedVersion: Promise<EngineVersion> | undefined;

  function select(pin: EnginePin | null): Promise<SelectedEngine> {
    cachedVersion = undefined;
    selected = (options.select ? options.select(pin) : Promise.resolve(fixed)).then((choice) => {
      command = choice.command;
      return choice;
    });
    return selected;
  }

  function environment(settings: RootSettings | undefined): Record<string, string | undefined> {
    return {
      ...options.env,
      // Engines shorten their advice for automation (no "run terraform apply" hints).
      TF_IN_AUTOMATION: '1',
      // No update check: air-gapped runners have nowhere to ask, and the version is chosen on purpose.
      CHECKPOINT_DISABLE: '1',
      ...(options.pluginCacheDir ? { TF_PLUGIN_CACHE_DIR: options.pluginCacheDir } : {}),
      ...settings?.env,
    };
  }

  async function run(step: EngineStep, root: string, args: string[], settings?: RootSettings, okCodes = [0], stdoutIsData = false): Promise<ProcessResult> {
    try {
      await (selected ?? select(null));
    } catch (error) {
      throw new EngineError('select', root, [{ severity: 'error', summary: 'no engine to run', detail: (error as Error).message, location: null }], null);
    }
    let result: ProcessResult;
    try {
      result = await options.runner(command, args, { cwd: root, env: environment(settings), ...(stdoutIsData ? { stdoutIsData } : {}) });
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? `'${command}' was not found (install it or pass --engine PATH)` : (error as Error).message;
      throw new EngineError(step, root, [{ severity: 'error', summary: `could not run ${command} ${step}`, detail: reason, location: null }], null);
    }
    if (!okCodes.includes(result.code)) {
      const diagnostics = errorsFrom(result.stderr, result.stdout, `${command} ${step} exited with code ${result.code}`);
      throw new EngineError(step, root, diagnostics, parseStateLock(`${result.stderr}\n${result.stdout}`, command));
    }
    return result;
  }

  const varFileArgs = (settings?: RootSettings) => (settings?.varFiles ?? []).map((file) => `-var-file=${file}`);

  return {
    get command() {
      return command;
    },
    followsRelease: options.select !== undefined && isAuto(options.engine),
    async forRelease(pin) {
      // A failed selection (e.g. a checksum mismatch) is reported by the first command, as that root's failure.
      await select(pin).catch(() => undefined);
    },
    version() {
      cachedVersion ??= run('version', '.', ['version']).then((result) => toolFromVersionText(result.stdout));
      return cachedVersion;
    },
    async identity() {
      const { tool, version } = await this.version().catch(() => ({ tool: null, version: null }));
      if (tool === null || version === null) return null;
      return { name: tool === 'opentofu' ? 'tofu' : 'terraform', version, source: (await selected!).source };
    },
    async stateVersion(root, settings) {
      const pulled = (await run('state pull', root, ['state', 'pull'], settings)).stdout.trim();
      if (pulled === '') return null;
      try {
        const version = (JSON.parse(pulled) as { terraform_version?: unknown }).terraform_version;
        return typeof version === 'string' ? version : null;
      } catch {
        return null;
      }
    },
    async importResource(root, address, id, settings) {
      await run('import', root, ['import', '-input=false', '-no-color', ...varFileArgs(settings), address, id], settings);
    },
    async init(root, settings) {
      await run('init', root, ['init', '-input=false', '-no-color'], settings);
    },
    async plan(root, planFile, settings) {
      const args = ['plan', '-input=false', '-no-color', '-detailed-exitcode', `-out=${planFile}`, ...varFileArgs(settings)];
      if (settings?.destroy) args.push('-destroy');
      if (settings?.lock === false) args.push('-lock=false');
      const result = await run('plan', root, args, settings, [0, 2]);
      const warnings = parseDiagnostics(result.stderr).filter((diagnostic) => diagnostic.severity === 'warning');
      return { changes: result.code === 2, warnings };
    },
    async showJson(root, planFile, settings) {
      return (await run('show', root, ['show', '-json', '-no-color', planFile], settings, [0], true)).stdout;
    },
    async apply(root, planFile, settings) {
      await run('apply', root, ['apply', '-input=false', '-no-color', planFile], settings);
    },
    async destroy(root, settings) {
      const result = await run('destroy', root, ['destroy', '-auto-approve', '-input=false', '-no-color', ...varFileArgs(settings)], settings);
      return { warnings: parseDiagnostics(result.stderr) };
    },
    async stateList(root, settings) {
      const result = await run('state list', root, ['state', 'list'], settings);
      return result.stdout.split('\n').map((line) => line.trim()).filter((line) => line !== '');
    },
    async outputJson(root, settings) {
      const result = await run('output', root, ['output', '-json', '-no-color'], settings, [0], true);
      try {
        return JSON.parse(result.stdout || '{}');
      } catch {
        throw new EngineError('output', root, [{ severity: 'error', summary: 'output -json did not print JSON', detail: result.stdout.slice(0, 2000), location: null }], null);
      }
    },
    async forceUnlock(root, lockId, settings) {
      await run('force-unlock', root, ['force-unlock', '-force', '-no-color', lockId], settings);
    },
  };
}
