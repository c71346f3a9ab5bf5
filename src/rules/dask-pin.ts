import type { Finding } from '../config/types.js';
import type { Rule } from './types.js';
import daskPins from './data/dask-pins.json' with { type: 'json' };
import { ruleFinding } from './shared/finding.js';
import { dependenciesOf, environmentsOf, type Dependency } from './shared/packages.js';
import { compareVersions, releaseOf } from './shared/version.js';

const ID = 'dask-pin';
/** A dependency on any of these makes an environment a Dask client environment. */
const DASK_PACKAGES = new Set(['dask', 'dask-core', 'distributed', 'dask-gateway', 'qhub-dask', 'nebari-dask']);
/** Packages whose versions must agree across environments that talk to the same cluster. */
const SHARED_PINS = ['dask', 'distributed'] as const;

/** The pins the release requires (from `data/dask-pins.json`); undefined for releases outside the table. */
export function requiredDaskPins(version: string): Record<string, string> | undefined {
  const release = releaseOf(version);
  if (release === undefined) return undefined;
  const entry = daskPins.pins.find((pin) => compareVersions(release, pin.from) >= 0 && (pin.to === null || compareVersions(release, pin.to) <= 0));
  if (!entry) return undefined;
  return Object.fromEntries(Object.entries(entry.packages).map(([name, pinned]) => [name, pinned.replace('{release}', release)]));
}

export const daskPin: Rule = {
  id: ID,
  severity: 'error',
  description: 'Environments that use Dask must pin the Dask packages the QHub/Nebari version deploys; pins should agree across environments.',
  doc: [
    'Dask clients, schedulers and workers must run the same versions. QHub runs the scheduler and workers from its own images, so a user environment with another `dask`/`distributed`/`dask-gateway` fails to connect or breaks with serialization errors. The required pins per release are kept in `src/rules/data/dask-pins.json` with sources:',
    '',
    '- 0.3.11: `dask==2.30.0`, `distributed==2.30.1`, `dask-gateway==0.9.0`',
    '- 0.3.12: `qhub-dask==0.3.12`',
    '- 0.3.13–0.4.0: `qhub-dask==0.3.13`',
    '- 0.4.1–0.4.2: `qhub-dask==0.4.0`; 0.4.3, 0.4.4, 0.4.5: `qhub-dask==` the release',
    '- Nebari 2022.10.1+: `nebari-dask==` the release (e.g. `nebari-dask==2023.7.2`)',
    '',
    'An environment counts as a Dask environment when it depends on `dask`, `dask-core`, `distributed`, `dask-gateway`, `qhub-dask` or `nebari-dask`. Different exact `dask`/`distributed` pins across environments are a warning: users switching kernels get a client that does not match the cluster they started.',
    '',
    'What to do instead: add the pins above to every environment that uses Dask (the `qhub-dask`/`nebari-dask` metapackage pins dask, distributed and dask-gateway together) and change them in the same pull request that upgrades QHub.',
  ].join('\n'),
  check({ config, version }) {
    const required = requiredDaskPins(version.value);
    const findings: Finding[] = [];
    const sharedPins = new Map<string, { version: string; environment: string }>();

    for (const environment of environmentsOf(config.data)) {
      const dependencies = dependenciesOf(environment);
      if (!dependencies.some((dependency) => DASK_PACKAGES.has(dependency.name))) continue;
      const byName = new Map<string, Dependency>(dependencies.map((dependency) => [dependency.name, dependency]));

      for (const [name, pinned] of Object.entries(required ?? {})) {
        const dependency = byName.get(name);
        if (dependency?.exactVersion === pinned) continue;
        const path = dependency?.path ?? [...environment.path, 'dependencies'];
        const found = dependency ? `has \`${dependency.spec}\`` : `does not list \`${name}\``;
        findings.push(ruleFinding(config, ID, 'error', path, `environment \`${environment.key}\` uses Dask but ${found}; ${version.value} deploys its scheduler and workers for \`${name}==${pinned}\`, and a mismatched client cannot work with them. Pin \`${name}==${pinned}\`.`));
      }

      for (const name of SHARED_PINS) {
        const dependency = byName.get(name);
        if (dependency?.exactVersion === undefined) continue;
        const first = sharedPins.get(name);
        if (!first) {
          sharedPins.set(name, { version: dependency.exactVersion, environment: environment.key });
        } else if (first.version !== dependency.exactVersion) {
          findings.push(ruleFinding(config, ID, 'warning', dependency.path, `environment \`${environment.key}\` pins \`${name}\` ${dependency.exactVersion}, but \`${first.environment}\` pins ${first.version}; clients from the two environments cannot share a Dask cluster. Use one version everywhere.`));
        }
      }
    }
    return findings;
  },
};
