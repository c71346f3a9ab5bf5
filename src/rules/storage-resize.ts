import type { Rule, RuleContext } from './types.js';
import { changesFromBase } from './shared/base.js';
import { ruleFinding } from './shared/finding.js';
import { formatBytes, parseQuantity } from './shared/quantity.js';
import { valueAt } from './shared/shape.js';

const ID = 'storage-resize';
const VOLUMES = ['conda_store', 'shared_filesystem'] as const;
/** Nebari 2023.10+ default for both volumes when the key is absent. */
const NEBARI_DEFAULT_SIZE = '200Gi';

function sizeOf(data: unknown, volume: string, context: RuleContext): number | undefined {
  const declared = valueAt(data, ['storage', volume]);
  const size = declared === undefined && context.version.family === 'nebari-2023.10' ? NEBARI_DEFAULT_SIZE : declared;
  return parseQuantity(size, 'kubernetes');
}

export const storageResize: Rule = {
  id: ID,
  severity: 'error',
  description: 'Changing `storage.conda_store` or `storage.shared_filesystem` on an existing deployment recreates the volume (error when it shrinks, warning when it grows).',
  doc: [
    'Compares the storage sizes (Kubernetes quantities: `Gi`, `G`, `Mi`, `Ti`, plain bytes, …) with the base branch.',
    '',
    'QHub\'s configuration docs warn that when the storage size changes, most providers delete the previous volume and create a new one, and that resizing on AWS is especially tricky. The shared filesystem holds every user\'s home directory and the conda-store volume holds the built environments. A shrink can never be done in place (error); a growth may be, depending on the provider and storage class, so it is a warning.',
    '',
    'What to do instead: back up the volume first (QHub\'s backup guide) and plan a maintenance window; size volumes generously from the start, or create the larger deployment on a new deployment branch and migrate the data.',
  ].join('\n'),
  check(context) {
    return changesFromBase(context, VOLUMES, (data, volume) => sizeOf(data, volume, context)).map(({ item: volume, before, after }) => {
      const shrinks = after < before;
      return ruleFinding(
        context.config,
        ID,
        shrinks ? 'error' : 'warning',
        ['storage', volume],
        `\`storage.${volume}\` ${shrinks ? 'shrinks' : 'grows'} from ${formatBytes(before)} to ${formatBytes(after)} compared with the base branch. On most providers QHub deletes the old volume and creates a new one when the size changes${shrinks ? ', and a volume can never shrink in place' : ''}: back it up first, or size it on a new deployment branch and migrate.`,
      );
    });
  },
};
