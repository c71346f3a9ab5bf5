// `qhub-gitops apply`: its options, the config's checks and the printed outcome, over the apply job
// (src/jobs/apply.ts) the action runs too.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadYaml } from '../config/load.js';
import { resolveConfigPath } from '../config/local-sources.js';
import { refuseBeforePlanning } from '../deploy/gate.js';
import { deploymentFacts, type DeploymentFacts } from '../deploy/facts.js';
import { applyExitCode, type ApplyOutcome } from '../deploy/outcome.js';
import { countBySeverity, renderFindingsText } from '../report/findings.js';
import { cliRunner, TARGET_OPTIONS, ENGINE_USAGE, engineArgsOf, engineForCli, followReleaseEngine } from './plan.js';
import type { CliCommand, CliIO } from './types.js';
import { validateLocal } from './validate.js';
import { UsageError, UserFacingError, parseCommandLine } from './types.js';
import { applyOutcomeText, applyPlanned, applyRoots } from '../jobs/apply.js';
import { configRequest, targetsOf, type ConfigSource } from '../jobs/targets.js';

/** `--config FILE`: the deployment facts of a QHub/Nebari config on disk. */
export async function factsFromFile(file: string, cwd: string): Promise<DeploymentFacts> {
  const bytes = await readFile(resolve(cwd, file)).catch((error: NodeJS.ErrnoException) => {
    throw new UserFacingError(`${file}: cannot be read (${error.code ?? error.message})`);
  });
  const loaded = loadYaml(bytes, file);
  if (!loaded.document) throw new UserFacingError(loaded.findings.map((finding) => finding.message).join('; '));
  return deploymentFacts(loaded.document.data);
}

const usage = `usage: qhub-gitops apply [--root DIR... | --config CONFIG [--qhub-version V] [--environments DIR]]
                         [--expect-hash sha256:HEX] [--engine auto|tofu|terraform|PATH]
                         [--engine-version V] [--engine-mirror URL]

Plans again and applies the plan files it just made, root by root: with --root, each root in the
order given; without, the QHub/Nebari config's stages, rendered by its exact QHub release as
'qhub-gitops plan' does. With --expect-hash (the hash 'qhub-gitops plan' printed for the reviewed
plan), nothing is applied unless the new plan has that same hash. A failure stops the run; the
roots after it are not applied. A state lock held by another run is reported with its
force-unlock command and never retried. A config that does not pass 'qhub-gitops validate' (error
findings) or has prevent_deploy: true is refused before planning, as the action refuses it (with
--root, when --config names it).
${ENGINE_USAGE}
Exit codes: 0 applied, 1 failure (the root and the error are printed), 3 the plan differs from
--expect-hash (nothing changed), 2 usage.`;

export const applyCommand: CliCommand = {
  name: 'apply',
  summary: 'plan again (Terraform roots or a QHub config) and apply that plan, only if it is the reviewed one',
  usage,
  async run(argv: string[], io: CliIO) {
    const parsed = parseCommandLine({
      args: argv,
      options: {
        ...TARGET_OPTIONS,
        'expect-hash': { type: 'string' },
      },
    });
    const dirs = parsed.values.root ?? [];
    const expectHash = parsed.values['expect-hash'] ?? null;
    if (expectHash !== null && !/^sha256:[0-9a-f]{64}$/.test(expectHash)) throw new UsageError(`--expect-hash must look like sha256:<64 hex digits>, not '${expectHash}'`);
    const source: ConfigSource = {
      cwd: io.cwd,
      config: parsed.values.config ?? null,
      environments: parsed.values.environments ?? null,
      qhubVersion: parsed.values['qhub-version'] ?? null,
      env: io.env,
      runner: cliRunner(io),
    };
    // Explicit roots need no config; the stages of one always do.
    if (source.config !== null || dirs.length === 0) {
      const configPath = resolveConfigPath(source.config ?? undefined, io.cwd);
      const validation = await validateLocal(
        { config: configPath, ...(source.qhubVersion ? { qhubVersion: source.qhubVersion } : {}), ...(source.environments ? { environments: source.environments } : {}) },
        io,
      );
      const configErrors = countBySeverity(validation.report.findings).error;
      // A config that does not load is reported by its findings rather than by the facts' read error.
      const facts = await factsFromFile(configPath, io.cwd).catch((error: unknown) => {
        if (configErrors > 0 && error instanceof UserFacingError) return null;
        throw error;
      });
      const preventDeploy = facts?.preventDeploy ?? false;
      const refusal = refuseBeforePlanning({ branch: '', sha: '', pull: null, reviewed: null, requireReviewedPlan: false, preventDeploy, configPath, configErrors });
      if (refusal) {
        if (refusal.reason === 'invalid-config') io.stderr(`${renderFindingsText(validation.report)}\n`);
        io.stderr(`${refusal.message}\n`);
        return 1;
      }
    }
    const engine = await engineForCli(engineArgsOf(parsed.values), io);
    const planDir = await mkdtemp(join(tmpdir(), 'qhub-gitops-apply-'));
    const options = { expectHash, beforeApply: async () => io.stderr(`qhub-gitops apply: plan ${expectHash === null ? 'made' : 'matches the reviewed hash'}; applying\n`) };
    try {
      if (dirs.length > 0) await followReleaseEngine(engine, engineArgsOf(parsed.values), source.qhubVersion ?? undefined, io);
      const targets = await targetsOf(configRequest(dirs, source, engine, planDir));
      const outcome: ApplyOutcome =
        'roots' in targets
          ? await applyRoots(targets.roots, engine, { ...options, planDir })
          : await applyPlanned(targets.config.run, targets.config.specs, engine, { ...options, previewOnly: targets.config.previewOnly });
      const code = applyExitCode(outcome);
      const text = applyOutcomeText(outcome).join('\n');
      (code === 0 ? io.stdout : io.stderr)(`${text}\n`);
      return code;
    } finally {
      await rm(planDir, { recursive: true, force: true });
    }
  },
};
