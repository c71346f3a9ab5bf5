// The action's destroy (workflow_dispatch only, with the typed confirmation): the destroy job,
// reported as outputs, the job summary and, for what is left, the leftovers issue the job keeps.
import type { RunTarget } from '../jobs/deployment.js';
import { runDestroy } from '../jobs/destroy.js';
import type { JobPorts } from '../jobs/ports.js';
import { isDestroyed } from '../deploy/outcome.js';
import { destroyJson, destroySummary, destroyText } from '../report/destroy.js';
import { runnerWarningNotice } from '../terraform/runner-warnings.js';
import { deploymentBranchOf, requireReadableConfig } from './deployment.js';
import type { ActionResult } from './result.js';
import { SettingsError, type Settings } from './settings.js';

export async function destroyAction(settings: Settings, target: RunTarget, ports: JobPorts, context: { runUrl: string | null; now: Date }): Promise<ActionResult> {
  if (settings.event.kind !== 'workflow_dispatch') {
    throw new SettingsError(`destroy runs only on workflow_dispatch (run the destroy workflow by hand), never on ${settings.event.kind}.`);
  }
  const { branch, name } = deploymentBranchOf(settings, 'destroy');
  requireReadableConfig(target);
  const destroyed = await runDestroy(
    {
      ...target,
      confirmation: { given: settings.confirm, branch },
      cleanCluster: settings.cleanCluster,
      report: { branch, environment: name, runUrl: context.runUrl, now: context.now },
    },
    ports,
  );
  const base = { findings: [], configFile: '', comment: null };
  if (destroyed.status !== 'done') {
    const what = target.roots.length > 0 ? "the engine of the roots' release could not be chosen" : 'the QHub config could not be prepared for destroy';
    const message = destroyed.status === 'refused' ? destroyed.message : `Nothing was destroyed: ${what}. ${destroyed.message}`;
    return { ...base, notices: [], outputs: { destroyed: 'false' }, summary: `## Destroy of \`${branch}\`\n\n${message}\n`, failure: message };
  }
  const { outcome, issueUrl } = destroyed;
  const notices = [...outcome.runnerWarnings.map(runnerWarningNotice)];
  if (!target.deployment?.facts) notices.push('No QHub config beside the roots: the Kubernetes clean-up was skipped and cleanup commands use placeholders for names.');
  else if (!settings.cleanCluster) notices.push("No Kubernetes clean-up (clean-cluster is false): check the load balancer and disks the cluster made, or set clean-cluster: true with a KUBECONFIG for the deployment's cluster.");
  notices.push(...destroyed.notices);
  const done = isDestroyed(outcome);
  return {
    ...base,
    notices,
    outputs: {
      destroyed: String(done),
      leftovers: JSON.stringify(destroyJson(outcome).leftovers),
      engine: JSON.stringify(await ports.engine.identity()),
      ...(issueUrl ? { 'issue-url': issueUrl } : {}),
    },
    summary: destroySummary(outcome, { deployment: branch, runUrl: context.runUrl, issueUrl }),
    failure: done ? null : `${branch} was not fully destroyed: ${outcome.leftovers.length} resource(s) left in state${outcome.roots.some((root) => root.state.addresses === null) ? ', and some states could not be read' : ''}.${issueUrl ? ` Checklist: ${issueUrl}` : ''}\n${destroyText(outcome).join('\n')}`,
  };
}
