import type { Finding } from '../config/types.js';
import type { Rule } from './types.js';
import { ruleFinding } from './shared/finding.js';
import { namespaceOf, providerOf } from './shared/provider.js';
import { asMapping, asString } from './shared/shape.js';

const ID = 'deployment-collision';

export const deploymentCollision: Rule = {
  id: ID,
  severity: 'error',
  description: 'Another deployment on the same provider uses the same `project_name` and `namespace`, so both would share one Terraform state and one cluster.',
  doc: [
    'QHub names the Terraform state bucket `{project_name}-{namespace}-terraform-state`, the cluster `{project_name}-{namespace}` and the other cloud resources after these two fields. Two deployments on the same provider (for example two `deploy/*` branches of the template repository) with the same pair read and write the same state: each deploy would overwrite or destroy what the other created. Even in different accounts or projects they clash, because S3, GCS and Spaces bucket names are global. Deployments on different providers do not share anything and are not reported.',
    '',
    'What to do instead: give each deployment its own `project_name` (or `namespace`) before its first deploy.',
  ].join('\n'),
  check({ config, otherDeployments, version }) {
    const name = asString(asMapping(config.data)?.project_name);
    if (name === undefined) return [];
    const namespace = namespaceOf(config.data);
    const provider = providerOf(config.data, version.family);
    const findings: Finding[] = [];
    for (const other of otherDeployments) {
      const sameNames = asString(asMapping(other.data)?.project_name) === name && namespaceOf(other.data) === namespace;
      if (!sameNames || providerOf(other.data, version.family) !== provider) continue;
      findings.push(
        ruleFinding(config, ID, 'error', ['project_name'], `${other.file} deploys the same \`project_name: ${name}\` and \`namespace: ${namespace}\`: both deployments would use the Terraform state bucket \`${name}-${namespace}-terraform-state\` and cluster \`${name}-${namespace}\` and overwrite each other. Choose a different \`project_name\` or \`namespace\` for one of them.`),
      );
    }
    return findings;
  },
};
