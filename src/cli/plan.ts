// `qhub-gitops plan`: the plan job (the QHub config's stages or explicit `--root`s), printed as the
// PR comment's Markdown or as JSON.
import { buildComment } from '../report/comment.js';
import { renderFindingsMarkdown, renderFindingsText } from '../report/findings.js';
import { formatDiagnostic } from '../terraform/diagnostics.js';
import type { PlanRun, RootEngine } from '../terraform/outcome.js';
import type { EngineIdentity } from '../terraform/provision.js';
import { runPlan } from '../jobs/plan.js';
import { ENGINE_USAGE, localValidation, readBase, TARGET_OPTIONS, runTargetOfOptions, withCliPorts, withReadableEnvironments } from './options.js';
import type { CliIO } from './types.js';
import { UsageError, defineCommand } from './types.js';

/** 1 failure, 2 changes (or roots still pending), 0 nothing to do. */
export function planExitCode(run: PlanRun): number {
  if (run.failed) return 1;
  return run.hasChanges || run.roots.some((outcome) => outcome.status === 'pending') ? 2 : 0;
}

/**
 * `plan --format json`: the shape in docs/architecture.md, plus `status` (and `reason`/`errors` when
 * not planned), the engine that planned (top level and per root) and each root's `state_terraform_version`.
 */
export function planRunJson(run: PlanRun): unknown {
  return {
    engine: run.engine ?? null,
    roots: run.roots.map((outcome) => {
      switch (outcome.status) {
        case 'planned':
          return { root: outcome.root, summary: outcome.report.summary, status: 'planned', ...engineJson(outcome) };
        case 'pending':
          return { root: outcome.root, summary: null, status: 'pending', reason: outcome.reason, engine: null, state_terraform_version: null };
        case 'failed':
          return { root: outcome.root, summary: null, status: 'failed', errors: outcome.diagnostics.map(formatDiagnostic), ...engineJson(outcome) };
      }
    }),
    hash: run.hash,
  };
}

function engineJson(outcome: RootEngine): { engine: EngineIdentity | null; state_terraform_version: string | null } {
  return { engine: outcome.engine ?? null, state_terraform_version: outcome.stateVersion ?? null };
}

function reportFailures(run: PlanRun, io: CliIO): void {
  for (const outcome of run.roots) {
    if (outcome.status !== 'failed') continue;
    io.stderr(`qhub-gitops plan: ${outcome.root}: ${outcome.step} failed\n`);
    for (const diagnostic of outcome.diagnostics) io.stderr(`${formatDiagnostic(diagnostic)}\n`);
    if (outcome.lock) io.stderr(`The state is locked by ${outcome.lock.who ?? 'another run'}; if that run is gone: ${outcome.lock.unlockCommand}\n`);
  }
}

const usage = `usage: qhub-gitops plan [CONFIG options] [--root DIR...]
                        [--engine auto|tofu|terraform|PATH]
                        [--engine-version V] [--engine-mirror URL] [--format json|markdown]
  --config CONFIG     the QHub/Nebari config (default: qhub-config.yaml, else nebari-config.yaml)
  --qhub-version V    the version that will deploy (else the config's, else .qhub-version)
  --environments DIR  environment files to merge (default: environments/ next to the config);
                      pass the same to 'apply' so its plan can match this one's hash
  --base BASE_CONFIG  the same config on the branch the PR targets: the guard rules compare
                      with it, and the Markdown opens with the config changes, each linked
                      to the planned resources that carry it
  --base-environments DIR
                      the environment files of that branch (with --base; else the
                      environment files are taken as unchanged)
  --root DIR          an explicit Terraform root, planned in the order given (repeatable)
${ENGINE_USAGE}

Without --root, plans the config as 'qhub deploy' would apply it: the config is validated,
its exact QHub/Nebari release (installed once into a cached virtualenv) renders it and computes
each stage's inputs, and every stage is planned in order. With --root, runs init, plan and
show -json in each root. Either way one summary with a plan hash is printed ('apply
--expect-hash' applies only that plan); a root that cannot be planned until an earlier root's
changes are applied is reported as pending. The engine is the one the QHub/Nebari release pins
(for --root: the release --qhub-version names, else --config's, else .qhub-version in the working
directory; without one, tofu from PATH).
The plan does not take the state lock (it is only for review; apply plans again with the lock). An invalid config is never planned; with --config
the Markdown output is the whole PR comment, findings included.
Exit codes: 0 no changes, 2 changes (or pending roots), 1 failure or an invalid config.`;

export const planCommand = defineCommand({
  name: 'plan',
  summary: 'plan Terraform roots in order and summarize them (json or the PR comment)',
  usage,
  options: {
    ...TARGET_OPTIONS,
    base: { type: 'string' },
    'base-environments': { type: 'string' },
    format: { type: 'string', default: 'markdown' },
  },
  async run(parsed, io) {
    const { values } = parsed;
    const { format } = values;
    if (format !== 'json' && format !== 'markdown') throw new UsageError(`--format must be json or markdown, not '${format}'`);
    const roots = values.root ?? [];
    if (values['base-environments'] && !values.base) throw new UsageError('--base-environments needs --base: the base config those environment files belong to');
    if (values.base && roots.length > 0 && !values.config) throw new UsageError('--base needs --config with --root: the config the base is compared with');
    // Without --root the config itself is planned, as `qhub deploy` would apply it: it is always validated.
    const target = await runTargetOfOptions(values, io);
    const base = withReadableEnvironments(target.deployment)?.config ? await readBase(values.base, values['base-environments'], io) : null;
    const planned = await withCliPorts(values, io, 'qhub-gitops-plan-', (ports) => runPlan({ ...target, validate: localValidation(base) }, ports));
    const { check, run, noPlan } = planned;
    const validation = check?.report;
    const marker = { deployment: null, config: validation?.file ?? null, kind: 'plan' as const };
    const title = validation ? `Plan for \`${validation.file}\`` : 'Plan';
    const configChanges = planned.configChanges && planned.configChanges.length > 0 ? { configChanges: planned.configChanges } : {};
    if (noPlan?.reason === 'invalid-config' && validation) {
      io.stderr(`${renderFindingsText(validation)}\nqhub-gitops plan: not planned: ${validation.file} is invalid\n`);
      if (format === 'markdown') {
        io.stdout(buildComment({ marker: { ...marker, planHash: null }, title, ...configChanges, validation: renderFindingsMarkdown(validation) }));
      }
      return 1;
    }
    if (noPlan?.reason === 'qhub' || run === null) {
      // QHub could not be installed or refused the config: a failure of the run, not of its use.
      io.stderr(`qhub-gitops plan: ${noPlan?.reason === 'qhub' ? noPlan.message : 'not planned'}\n`);
      return 1;
    }
    reportFailures(run, io);
    if (format === 'json') {
      io.stdout(`${JSON.stringify(planRunJson(run), null, 2)}\n`);
    } else {
      const notes = planned.notes;
      io.stdout(
        buildComment({
          marker: { ...marker, planHash: run.hash },
          title,
          ...(notes.length > 0 ? { intro: notes.map((note) => `- ${note}`).join('\n') } : {}),
          ...configChanges,
          ...(validation ? { validation: renderFindingsMarkdown(validation) } : {}),
          plan: run,
        }),
      );
    }
    return planExitCode(run);
  },
});
