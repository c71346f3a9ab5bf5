// `qhub-gitops destroy --yes`: its options and the printed outcome, over the destroy job
// (src/jobs/destroy.ts) the action runs too.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDestroyed, type DestroyOutcome } from '../deploy/outcome.js';
import { destroyJson, destroyText } from '../report/destroy.js';
import { factsFromFile } from './apply.js';
import { resolveConfigPath } from '../config/local-sources.js';
import { QhubError } from '../qhub/errors.js';
import { cliRunner, TARGET_OPTIONS, ENGINE_USAGE, engineArgsOf, engineForCli, followReleaseEngine } from './plan.js';
import type { CliCommand, CliIO } from './types.js';
import { UsageError, UserFacingError, parseCommandLine } from './types.js';
import { destroyRoots, destroyTargets, runnerCluster } from '../jobs/destroy.js';
import type { DestroyTarget } from '../terraform/roots.js';
import { configRequest, type ConfigSource } from '../jobs/targets.js';

const usage = `usage: qhub-gitops destroy [--root DIR... | --config CONFIG [--qhub-version V] [--environments DIR]] --yes
                           [--format text|json] [--clean-cluster] [--engine auto|tofu|terraform|PATH]
                           [--engine-version V] [--engine-mirror URL]

Destroys the roots in reverse order (give them in apply order) - without --root, the QHub config's
stages, prepared as 'qhub-gitops plan' prepares them - continuing past failures, then runs
'state list' in each: whatever is still there is a leftover, printed with the command that deletes
it by hand; a stage that cannot be prepared is reported as not destroyed. The config (--config, or
the default one without --root) names the deployment (project_name, namespace, region) in those
commands and adds the objects no state tracks (the state bucket, Kubernetes-made load balancers
and disks). --clean-cluster first deletes the ingress Service and the volume claims with kubectl
(KUBECONFIG). --format json prints {"destroyed": bool, "leftovers": [{"root", "address", "type", ...}]}.
${ENGINE_USAGE}
Exit codes: 0 every state is empty, 1 something is left, 2 usage.`;

export const destroyCommand: CliCommand = {
  name: 'destroy',
  summary: 'destroy Terraform roots (or a QHub config) in reverse order and list what is left, with cleanup commands',
  usage,
  async run(argv: string[], io: CliIO) {
    const parsed = parseCommandLine({
      args: argv,
      options: {
        ...TARGET_OPTIONS,
        yes: { type: 'boolean', default: false },
        format: { type: 'string', default: 'text' },
        'clean-cluster': { type: 'boolean', default: false },
      },
    });
    const { format, yes } = parsed.values;
    if (format !== 'json' && format !== 'text') throw new UsageError(`--format must be text or json, not '${format}'`);
    const dirs = parsed.values.root ?? [];
    if (!yes) throw new UsageError('destroy deletes everything it is given: add --yes to confirm');
    const source: ConfigSource = { cwd: io.cwd, config: parsed.values.config ?? null, environments: parsed.values.environments ?? null, qhubVersion: parsed.values['qhub-version'] ?? null, env: io.env, runner: cliRunner(io) };
    // Without --root the config's stages are destroyed, so the config is always read then.
    const configFile = source.config ?? (dirs.length === 0 ? resolveConfigPath(undefined, io.cwd) : null);
    if (parsed.values['clean-cluster'] && configFile === null) throw new UsageError('--clean-cluster needs --config (for the namespace)');
    const facts = configFile === null ? null : await factsFromFile(configFile, io.cwd);
    const engine = await engineForCli(engineArgsOf(parsed.values), io);
    const workDir = await mkdtemp(join(tmpdir(), 'qhub-gitops-destroy-'));
    let outcome: DestroyOutcome;
    try {
      let targets: DestroyTarget[];
      if (dirs.length > 0 && source.config === null) await followReleaseEngine(engine, engineArgsOf(parsed.values), source.qhubVersion ?? undefined, io);
      try {
        targets = await destroyTargets(configRequest(dirs, source, engine, workDir));
      } catch (error) {
        if (error instanceof QhubError) throw new UserFacingError(`nothing was destroyed: ${error.message}`, 1);
        throw error;
      }
      outcome = await destroyRoots(targets, engine, { facts, cluster: parsed.values['clean-cluster'] ? runnerCluster(io.env, source.runner) : null });
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
    if (format === 'json') io.stdout(`${JSON.stringify(destroyJson(outcome), null, 2)}\n`);
    else io.stdout(`${destroyText(outcome).join('\n')}\n`);
    return isDestroyed(outcome) ? 0 : 1;
  },
};
