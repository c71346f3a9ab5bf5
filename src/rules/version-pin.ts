import type { DocPath, Finding } from '../config/types.js';
import type { Rule } from './types.js';
import { ruleFinding } from './shared/finding.js';
import { asList, asMapping, asString, entriesAt, valueAt } from './shared/shape.js';
import { releaseOf } from './shared/version.js';

const ID = 'version-pin';
/** QHub/Nebari's own images, whose tags follow the release (`v0.3.11`, `2023.7.2`). */
const OFFICIAL_IMAGE = /(?:^|\/)(?:quansight|nebari)\/(?:qhub|nebari)-[a-z-]+:(.+)$/;

function imagePaths(data: unknown): DocPath[] {
  const paths: DocPath[] = entriesAt(data, ['default_images']).map(([key]) => ['default_images', key]);
  const profiles = asMapping(asMapping(data)?.profiles);
  (asList(profiles?.jupyterlab) ?? []).forEach((_, index) => paths.push(['profiles', 'jupyterlab', index, 'kubespawner_override', 'image']));
  for (const [name] of entriesAt(data, ['profiles', 'dask_worker'])) paths.push(['profiles', 'dask_worker', name, 'image']);
  return paths;
}

export const versionPin: Rule = {
  id: ID,
  severity: 'warning',
  description: 'Official image tags (`quansight/qhub-jupyterlab:v0.3.11`) should match the QHub/Nebari version that deploys.',
  doc: [
    'The workflow installs the QHub/Nebari version named by the `qhub-version` input (or `--qhub-version`, or the `.qhub-version` pin file). A config whose `qhub_version`/`nebari_version` names another release is reported by the schema check as `schema/version-mismatch`, since QHub 0.4+ and Nebari refuse it. Pinned images of QHub\'s own (`quansight/qhub-jupyterlab:v0.3.11`, `quay.io/nebari/nebari-jupyterlab:2023.7.2`) that name another release run JupyterHub, JupyterLab or Dask components built for that other release beside the deployed ones (warning): upgrades that forget them leave users on old images.',
    '',
    'What to do instead: upgrade with `qhub upgrade`/`nebari upgrade`, which rewrites the version and the image tags together, and bump the `qhub-version` input in the same pull request.',
  ].join('\n'),
  check({ config, version }) {
    const findings: Finding[] = [];
    const data = asMapping(config.data);
    if (!data) return findings;
    const release = releaseOf(version.value);

    if (release === undefined) return findings;
    for (const path of imagePaths(data)) {
      const image = asString(valueAt(data, path));
      const tag = image === undefined ? undefined : OFFICIAL_IMAGE.exec(image)?.[1];
      const tagRelease = tag === undefined ? undefined : releaseOf(tag);
      if (tagRelease === undefined || tagRelease === release) continue;
      findings.push(ruleFinding(config, ID, 'warning', path, `image \`${image}\` is tagged for release ${tagRelease}, but this config deploys ${version.value}; the ${tagRelease} image runs beside ${release} components. Use the \`${tag!.startsWith('v') ? 'v' : ''}${release}\` tag (\`qhub upgrade\`/\`nebari upgrade\` rewrites them).`));
    }
    return findings;
  },
};
