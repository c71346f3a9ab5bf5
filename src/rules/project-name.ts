import type { Finding } from '../config/types.js';
import type { Rule, RuleContext } from './types.js';
import { ruleFinding } from './shared/finding.js';
import { namespaceOf, providerOf } from './shared/provider.js';
import { asMapping, asString } from './shared/shape.js';
import { isAtLeast } from './shared/version.js';

const ID = 'project-name';
const MAX_LENGTH = 16;
/** S3, GCS and Spaces bucket names are at most 63 characters. */
const MAX_BUCKET_LENGTH = 63;
const STATE_BUCKET_SUFFIX = '-terraform-state';

/**
 * QHub added the length and per-provider checks to its schema in 0.4.1 (Nebari keeps them);
 * earlier versions accept such names and fail at deploy time.
 */
function schemaChecksConvention({ version }: RuleContext): boolean {
  return version.family !== 'qhub-0.3.11' && version.family !== 'qhub-0.3.12' && !(version.family === 'qhub-0.4' && !isAtLeast(version.value, '0.4.1'));
}

/** Providers whose Terraform state lives in an S3/GCS/Spaces bucket named after the project. */
const BUCKET_PROVIDERS = new Set(['aws', 'gcp', 'do']);
/** S3 and Spaces bucket names forbid underscores; GCS allows them. */
const NO_UNDERSCORE_PROVIDERS = new Set(['aws', 'do']);

export const projectName: Rule = {
  id: ID,
  severity: 'error',
  description: '`project_name` must meet the constraints a deploy breaks on, where the version\'s schema does not check them.',
  doc: [
    'QHub builds cloud resource names from `project_name` (and `namespace`): the cluster `{project_name}-{namespace}`, the Terraform state bucket `{project_name}-{namespace}-terraform-state`, IAM roles, Azure resource groups and storage accounts. QHub 0.4.1+ and Nebari document and enforce: at most 16 characters, no `-` on Azure, no leading `aws` on AWS. QHub 0.3.x and 0.4.0 accept such names and fail in the middle of the first deploy; this rule applies those constraints there.',
    '',
    'On every version, with remote Terraform state on AWS, GCP or DigitalOcean, the state bucket name must be lowercase (S3/GCS/Spaces reject capitals), must not contain `_` on S3 and Spaces, and must be at most 63 characters; no QHub schema checks this.',
    '',
    'What to do instead: choose a short, lowercase name of letters (and digits where the version allows them), without `-` on Azure and not starting with `aws` on AWS. `project_name` cannot be changed later (see `immutable-field`), so get it right before the first deploy.',
  ].join('\n'),
  check(context) {
    const { config } = context;
    const name = asString(asMapping(config.data)?.project_name);
    if (name === undefined) return [];
    const provider = providerOf(config.data, context.version.family);
    const findings: Finding[] = [];
    const report = (message: string) => findings.push(ruleFinding(config, ID, 'error', ['project_name'], message));

    if (!schemaChecksConvention(context)) {
      if (name.length > MAX_LENGTH) report(`\`project_name\` has ${name.length} characters; QHub's naming convention (enforced from 0.4.1) allows at most ${MAX_LENGTH}, because cloud resource names built from it have length limits. Use a shorter name.`);
      if (provider === 'azure' && name.includes('-')) report('`project_name` contains `-`, which Azure resource names derived from it (storage accounts) do not allow. Remove the dashes.');
      if (provider === 'aws' && name.startsWith('aws')) report('`project_name` starts with `aws`, a prefix AWS reserves for its own resource names. Choose another name.');
    }

    const stateType = asString(asMapping(asMapping(config.data)?.terraform_state)?.type) ?? 'remote';
    if (provider !== undefined && BUCKET_PROVIDERS.has(provider) && stateType === 'remote') {
      const bucket = `${name}-${namespaceOf(config.data)}${STATE_BUCKET_SUFFIX}`;
      if (bucket !== bucket.toLowerCase()) report(`the Terraform state bucket \`${bucket}\` would contain capital letters, which bucket names do not allow; use a lowercase \`project_name\` and \`namespace\`.`);
      if (NO_UNDERSCORE_PROVIDERS.has(provider) && bucket.includes('_')) report(`the Terraform state bucket \`${bucket}\` would contain \`_\`, which ${provider === 'aws' ? 'S3' : 'Spaces'} bucket names do not allow; use \`-\` or nothing instead.`);
      if (bucket.length > MAX_BUCKET_LENGTH) report(`the Terraform state bucket \`${bucket}\` would be ${bucket.length} characters, over the ${MAX_BUCKET_LENGTH} that bucket names allow; shorten \`project_name\` or \`namespace\`.`);
    }
    return findings;
  },
};
