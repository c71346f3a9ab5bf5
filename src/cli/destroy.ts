// `qhub-gitops destroy --yes`: the destroy job, its outcome printed as text or JSON.
import { isDestroyed } from '../deploy/outcome.js';
import { runDestroy } from '../jobs/destroy.js';
import { destroyJson, destroyText } from '../report/destroy.js';
import { ENGINE_USAGE, TARGET_OPTIONS, runTargetOfOptions, withCliPorts, withReadableEnvironments } from './options.js';
import { UsageError, UserFacingError, defineCommand } from './types.js';

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

export const destroyCommand = defineCommand({
  name: 'destroy',
  summary: 'destroy Terraform roots (or a QHub config) in reverse order and list what is left, with cleanup commands',
  usage,
  options: {
    ...TARGET_OPTIONS,
    yes: { type: 'boolean', default: false },
    format: { type: 'string', default: 'text' },
    'clean-cluster': { type: 'boolean', default: false },
  },
  async run(parsed, io) {
    const { values } = parsed;
    const { format, yes } = values;
    if (format !== 'json' && format !== 'text') throw new UsageError(`--format must be text or json, not '${format}'`);
    if (!yes) throw new UsageError('destroy deletes everything it is given: add --yes to confirm');
    // Without --root the config's stages are destroyed, so the config is always read then.
    const target = await runTargetOfOptions(values, io);
    // The stages are planned from the config with its environment files; explicit roots need neither.
    const deployment = target.roots.length === 0 ? withReadableEnvironments(target.deployment) : target.deployment;
    if (values['clean-cluster'] && deployment === null) throw new UsageError('--clean-cluster needs --config (for the namespace)');
    if (deployment && deployment.missing !== null) throw new UserFacingError(`${deployment.configFile}: ${deployment.missing}`);
    if (deployment?.loaded?.document === null) throw new UserFacingError(deployment.loaded.findings.map((finding) => finding.message).join('; '));
    const destroyed = await withCliPorts(values, io, 'qhub-gitops-destroy-', (ports) =>
      runDestroy({ ...target, confirmation: null, cleanCluster: values['clean-cluster'], report: null }, ports),
    );
    if (destroyed.status !== 'done') throw new UserFacingError(`nothing was destroyed: ${destroyed.message}`, 1);
    const { outcome } = destroyed;
    if (format === 'json') io.stdout(`${JSON.stringify(destroyJson(outcome), null, 2)}\n`);
    else io.stdout(`${destroyText(outcome).join('\n')}\n`);
    return isDestroyed(outcome) ? 0 : 1;
  },
});
