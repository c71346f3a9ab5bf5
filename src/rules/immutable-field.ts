import type { DocPath } from '../config/types.js';
import type { Rule, RuleContext } from './types.js';
import { changesFromBase } from './shared/base.js';
import { ruleFinding } from './shared/finding.js';
import { namespaceOf, providerOf } from './shared/provider.js';
import { asMapping, asString } from './shared/shape.js';
import { isAtLeast } from './shared/version.js';

const ID = 'immutable-field';

const NAMING_CONSEQUENCE =
  'QHub derives the Terraform state bucket (`{project_name}-{namespace}-terraform-state`), the cluster and every cloud resource name from `project_name` and `namespace`, so the next deploy starts from an empty state: it builds a second cluster and leaves the old one, its volumes and the users\' home directories orphaned, to be lost when it is cleaned up.';
const RIGHT_PATH =
  'To move, keep this branch as it is and create a new deployment branch (e.g. `deploy/<new-name>`) with the new value beside the old one; migrate users and data, then destroy the old deployment.';

/** Nebari 2024.9.1+ resolves an absent `storage.type` to `efs` on AWS and `nfs` elsewhere. */
function storageTypeOf(data: unknown, provider: string | undefined): string | undefined {
  const declared = asString(asMapping(asMapping(data)?.storage)?.type);
  if (declared !== undefined) return declared;
  return provider === undefined ? undefined : provider === 'aws' ? 'efs' : 'nfs';
}

interface ImmutableField {
  path: DocPath;
  read(data: unknown, context: RuleContext): string | undefined;
  consequence: string;
}

const FIELDS: ImmutableField[] = [
  { path: ['project_name'], read: (data) => asString(asMapping(data)?.project_name), consequence: NAMING_CONSEQUENCE },
  { path: ['namespace'], read: (data) => namespaceOf(data), consequence: NAMING_CONSEQUENCE },
  {
    path: ['provider'],
    read: (data, context) => providerOf(data, context.version.family),
    consequence:
      'A deployment cannot move between providers: the next deploy would try to build a new cluster on the new provider from the old state, and nothing (cluster, volumes, users\' data) carries over.',
  },
  {
    path: ['storage', 'type'],
    read: (data, context) =>
      context.version.family === 'nebari-2023.10' && isAtLeast(context.version.value, '2024.9.1')
        ? storageTypeOf(data, providerOf(data, context.version.family))
        : undefined,
    consequence:
      'Nebari marks `storage.type` immutable: changing the shared filesystem type replaces the volume that holds the users\' home directories and shared data.',
  },
];

export const immutableField: Rule = {
  id: ID,
  severity: 'error',
  description: '`project_name`, `namespace`, `provider` and Nebari\'s `storage.type` must not change on an existing deployment.',
  doc: [
    'Compares the config with the same file on the branch the pull request targets.',
    '',
    '`project_name` and `namespace` (QHub defaults it to `dev` when absent) name the Terraform state bucket `{project_name}-{namespace}-terraform-state`, the cluster and every cloud resource. Changing either makes the next `qhub deploy` start from an empty state: it creates a second cluster beside the old one, whose volumes and users\' home directories are orphaned and lost when it is cleaned up. Changing `provider` cannot migrate anything either, and Nebari (2024.9.1+) marks `storage.type` immutable because it replaces the volume with everyone\'s files.',
    '',
    'What to do instead: leave the existing deployment branch unchanged and create a new deployment branch with the new values beside it; migrate users and data, then destroy the old deployment.',
  ].join('\n'),
  check(context) {
    return changesFromBase(context, FIELDS, (data, field) => field.read(data, context)).map(({ item: field, before, after }) =>
      ruleFinding(
        context.config,
        ID,
        'error',
        field.path,
        `\`${field.path.join('.')}\` changes from \`${before}\` to \`${after}\` compared with the base branch. ${field.consequence} ${RIGHT_PATH}`,
      ),
    );
  },
};
