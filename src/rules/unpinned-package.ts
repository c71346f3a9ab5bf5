import type { Finding } from '../config/types.js';
import type { Rule } from './types.js';
import { ruleFinding } from './shared/finding.js';
import { dependenciesOf, environmentsOf } from './shared/packages.js';

const ID = 'unpinned-package';
/** Enough names to act on without flooding the annotation. */
const NAMES_SHOWN = 8;

export const unpinnedPackage: Rule = {
  id: ID,
  severity: 'warning',
  description: 'Conda and pip dependencies of environments should be pinned to exact versions.',
  doc: [
    'QHub builds every environment with conda-store when it deploys. An unpinned environment is solved from scratch each time: solving can hang for hours or fail, and when it succeeds users silently get different package versions than the ones the pull request was reviewed with.',
    '',
    'Pinned means an exact version: `name==1.2.3` (conda or pip), conda `name=1.2.3` with a full version or `name=1.2.3=build`, or a pip direct reference (`name @ url`). `name=1.2` is a fuzzy `1.2.*` to conda and is not pinned. One warning per environment points at its first unpinned dependency.',
    '',
    'What to do instead: pre-solve the environment and commit the fully pinned result. In the template repository, keep each environment in its own file under `environments/`: the lock-environments workflow (`.github/workflows/lock-environments.yml`) solves every changed environment file of a pull request with micromamba and commits the exact versions to the pull request\'s branch.',
  ].join('\n'),
  check({ config }) {
    const findings: Finding[] = [];
    for (const environment of environmentsOf(config.data)) {
      const dependencies = dependenciesOf(environment);
      const unpinned = dependencies.filter((dependency) => dependency.exactVersion === undefined);
      if (unpinned.length === 0) continue;
      const names = unpinned.slice(0, NAMES_SHOWN).map((dependency) => dependency.name).join(', ');
      const more = unpinned.length > NAMES_SHOWN ? `, and ${unpinned.length - NAMES_SHOWN} more` : '';
      findings.push(
        ruleFinding(config, ID, 'warning', unpinned[0]!.path, `environment \`${environment.key}\`: ${unpinned.length} of ${dependencies.length} dependencies are not pinned to an exact version (${names}${more}). Solving unpinned environments can hang for hours and changes what users get on every deploy; pre-solve and pin them (the template repository's lock-environments workflow pins files under \`environments/\` in the pull request).`),
      );
    }
    return findings;
  },
};
