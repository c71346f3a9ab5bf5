import type { Finding } from '../config/types.js';
import type { Rule } from './types.js';
import { ruleFinding } from './shared/finding.js';
import { asList, asMapping } from './shared/shape.js';
import { compareVersions } from './shared/version.js';

const ID = 'default-profile';

export const defaultProfile: Rule = {
  id: ID,
  severity: 'error',
  description: 'At most one JupyterLab profile may be marked `default: true` (error from QHub 0.3.12, warning on 0.3.11; on 0.3.12-0.4.0 QHub\'s own check reports it, as `schema/contains`).',
  doc: [
    'KubeSpawner pre-selects the profile marked `default: true` on the spawn page; with several, users silently get whichever KubeSpawner picks. QHub 0.3.12–0.4.0 reject such a config when deploying (`Profiles.check_default`, a `pre=True` validator: "Multiple default Jupyterlab profiles may cause unexpected problems"). From 0.4.1 and in Nebari the validator runs on parsed models and tests `"default" in <model>`, which is never true, so the config deploys silently. An error from 0.3.12 on; QHub 0.3.11 has no check at all, so there it is a warning.',
    '',
    'What to do instead: keep `default: true` on exactly one profile, usually the smallest one.',
  ].join('\n'),
  check({ config, version }) {
    const defaults = (asList(asMapping(asMapping(config.data)?.profiles)?.jupyterlab) ?? []).flatMap((profile, index) =>
      asMapping(profile)?.default === true ? [index] : [],
    );
    if (defaults.length < 2) return [];
    // QHub 0.3.12-0.4.0 reject several defaults themselves: the schema check reports it there.
    if (version.family === 'qhub-0.3.12' || (version.family === 'qhub-0.4' && compareVersions(version.value, '0.4.0') === 0)) return [];
    const severity = version.family === 'qhub-0.3.11' ? 'warning' : 'error';
    const first = defaults[0]!;
    return defaults.slice(1).map(
      (index): Finding =>
        ruleFinding(config, ID, severity, ['profiles', 'jupyterlab', index, 'default'], `JupyterLab profile #${index + 1} is marked \`default: true\`, like profile #${first + 1}; only one profile can be the default. Remove \`default: true\` from all but one.`),
    );
  },
};
