// The jobs' ports for tests: an engine (real or fake), no other processes, and explicit roots
// without a QHub config (validation has nothing to compare with).
import type { ApplyOutcome } from '../../src/deploy/outcome.js';
import { runApply } from '../../src/jobs/apply.js';
import type { SourceFile } from '../../src/config/types.js';
import type { DeploymentSource } from '../../src/jobs/deployment.js';
import type { JobPorts } from '../../src/jobs/ports.js';
import type { ValidateRequest } from '../../src/jobs/validate.js';
import type { DeployablePlanRequest, PlannedConfig } from '../../src/qhub/plan-config.js';
import type { Engine, ProcessRunner } from '../../src/terraform/engine.js';
import { planRunOf, type RootSpec } from '../../src/terraform/roots.js';

export const noProcesses: ProcessRunner = async (command) => {
  throw new Error(`explicit roots run no ${command}`);
};

/** No QHub here: a test that plans a config's stages passes its own planner. */
const noQhub: JobPorts['planConfig'] = async () => {
  throw new Error('this test renders no QHub config');
};

export function jobPorts(engine: Engine, workDir: string, overrides: Partial<JobPorts> = {}): JobPorts {
  return { engine, runner: noProcesses, env: {}, log: () => undefined, notice: () => undefined, workDir, planConfig: noQhub, ...overrides };
}

/** Where explicit roots with no config beside them come from. */
export function rootsOnly(cwd: string): DeploymentSource {
  return { cwd, config: null, environments: null, qhubVersion: null };
}

/** A file as a front door reads it (a base config, another deployment's, an environment file). */
export function sourceFile(file: string, text: string): SourceFile {
  return { file, bytes: new TextEncoder().encode(text) };
}

/** Validation with nothing to compare with (unused without a config). */
export const NO_COMPARISON: Omit<ValidateRequest, 'deployment'> = {
  compare: { from: 'files', base: null, otherDeployments: [] },
  advice: { missingConfig: (file, why) => `${file}: ${why}`, environments: '' },
};

/** The apply job on explicit roots, with the plan hash given (null: whatever the plan is now). */
export async function applyRoots(roots: readonly RootSpec[], engine: Engine, options: { workDir: string; expectHash: string | null }): Promise<ApplyOutcome> {
  const applied = await runApply({ source: rootsOnly(options.workDir), deployment: null, roots, validate: NO_COMPARISON, review: { from: 'hash', expectHash: options.expectHash } }, jobPorts(engine, options.workDir));
  return applied.outcome;
}

/** `engine` with each call recorded by its method's name, in order: shows what a job did or never reached. */
export function watchedEngine(engine: Engine): { engine: Engine; calls: string[] } {
  const calls: string[] = [];
  const watched = Object.fromEntries(
    Object.entries(engine).map(([name, value]) => [name, typeof value === 'function' ? (...args: unknown[]) => (calls.push(name), value(...args)) : value]),
  );
  return { engine: watched as unknown as Engine, calls };
}

/** A QHub planner (ports.planConfig) that records its requests and plans what `planned` says (by default: no stages). */
export function fakePlanner(planned: Partial<PlannedConfig> = {}): { planConfig: (request: DeployablePlanRequest) => Promise<PlannedConfig>; requests: DeployablePlanRequest[] } {
  const requests: DeployablePlanRequest[] = [];
  const planConfig = async (request: DeployablePlanRequest): Promise<PlannedConfig> => {
    requests.push(request);
    return { run: planRunOf([]), specs: [], notes: [], previewOnly: [], renderDir: request.workDir, ...planned };
  };
  return { planConfig, requests };
}
