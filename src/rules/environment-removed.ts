import type { Rule } from './types.js';
import { ruleFinding } from './shared/finding.js';
import { environmentsOf, type Environment } from './shared/packages.js';
import { asString } from './shared/shape.js';
import { namespaceOf } from './shared/provider.js';

const ID = 'environment-removed';

export const environmentRemoved: Rule = {
  id: ID,
  severity: 'notice',
  description: 'An environment present on the base branch is removed; QHub does not delete it from conda-store or users\' kernels.',
  doc: [
    'Removing an environment from the config (or its file) only stops QHub from building it. The environment that conda-store already built stays on the shared conda volume, and users keep seeing its kernel in JupyterLab and can keep using it with Dask.',
    '',
    'Environments are compared by their `name`, since that is what conda-store builds: renaming an environment file while keeping its `name` removes nothing; changing the `name` leaves the old environment behind. The action reads the base branch\'s environment files itself; the CLI needs them as `--base-environments DIR`.',
    '',
    'What to do after merging, by hand: on QHub 0.3.x, as an admin, delete the built environment directory `/home/conda/environments/<name>` (and its entries in `/home/conda/store`) from the conda-store volume; on QHub 0.4+ and Nebari, delete the environment in the conda-store web UI (`https://<domain>/conda-store`), which removes `/home/conda/<namespace>/envs/<namespace>-<name>`. Tell users to move notebooks to another kernel first.',
  ].join('\n'),
  check({ config, base }) {
    if (!base) return [];
    // conda-store builds an environment by its `name`, so renaming its file alone removes nothing.
    const current = new Set(environmentsOf(config.data).map(environmentName));
    return environmentsOf(base.data)
      .filter((environment) => !current.has(environmentName(environment)))
      .map((environment) => {
        const name = environmentName(environment);
        const namespace = namespaceOf(base.data);
        const baseFile = base.fileFor(environment.path);
        const origin = baseFile === base.file ? '' : `, from ${baseFile}`;
        return ruleFinding(config, ID, 'notice', environment.path, `environment \`${environment.key}\` (\`${name}\`${origin}) is removed, but QHub will not delete it: it stays built in conda-store and in users' kernel lists. After merging, delete it by hand: on QHub 0.3.x remove \`/home/conda/environments/${name}\` from the conda-store volume; on QHub 0.4+/Nebari delete it in the conda-store UI (\`/home/conda/${namespace}/envs/${namespace}-${name}\`).`);
      });
  },
};

function environmentName(environment: Environment): string {
  return asString(environment.environment.name) ?? environment.key;
}
