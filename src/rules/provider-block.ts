import type { Finding } from '../config/types.js';
import type { Rule } from './types.js';
import { ruleFinding } from './shared/finding.js';
import { CLOUD_PROVIDERS, hasDefaultedSections, PROVIDER_BLOCKS, providerOf } from './shared/provider.js';
import { asMapping } from './shared/shape.js';

const ID = 'provider-block';

export const providerBlock: Rule = {
  id: ID,
  severity: 'error',
  description: 'The settings block for `provider` must be present, and blocks for other providers must not be.',
  doc: [
    'Each `provider` value reads one top-level block: `gcp` → `google_cloud_platform`, `aws` → `amazon_web_services`, `azure` → `azure`, `do` → `digital_ocean`, `local` → `local`, `existing` → `existing`.',
    '',
    'QHub\'s schema makes every block optional, so a config with `provider: gcp` and no `google_cloud_platform` block (or with the block of the provider it used to run on) passes validation and fails during render or deploy, or silently deploys without the settings the author thinks apply. Nebari 2023.10+ fills in `local`/`existing` defaults itself, so a missing block is only an error there for cloud providers.',
    '',
    'What to do instead: keep exactly one provider block, the one `provider` names; delete leftovers from other providers.',
  ].join('\n'),
  check({ config, version }) {
    const data = asMapping(config.data);
    if (!data) return [];
    const provider = providerOf(data, version.family);
    const presentBlocks = Object.entries(PROVIDER_BLOCKS).filter(([, block]) => data[block] !== undefined);
    const findings: Finding[] = [];

    if (provider === undefined) {
      // Only nebari 2023.10+ infers the provider; with several blocks it refuses the config.
      if (hasDefaultedSections(version.family) && presentBlocks.length > 1) {
        for (const [, block] of presentBlocks) {
          findings.push(ruleFinding(config, ID, 'error', [block], `\`provider\` is not set and several provider blocks are present (${presentBlocks.map(([, b]) => `\`${b}\``).join(', ')}); Nebari cannot tell which one to deploy. Set \`provider\` and keep only its block.`));
        }
      }
      return findings;
    }

    const expected = PROVIDER_BLOCKS[provider];
    if (expected === undefined) return findings; // an unknown provider is the schema's finding
    const blockRequired = CLOUD_PROVIDERS.has(provider) || !hasDefaultedSections(version.family);
    if (blockRequired && data[expected] === undefined) {
      findings.push(
        ruleFinding(config, ID, 'error', ['provider'], `\`provider: ${provider}\` reads its settings from a top-level \`${expected}\` block, which is missing; QHub would fail at render or deploy time. Add the \`${expected}\` block (region, kubernetes_version, node_groups, …).`),
      );
    }
    for (const [other, block] of presentBlocks) {
      if (other === provider) continue;
      findings.push(
        ruleFinding(config, ID, 'error', [block], `\`${block}\` configures provider \`${other}\`, but this deployment uses \`provider: ${provider}\`; the block is ignored and misleads readers (often a leftover from another deployment). Remove it.`),
      );
    }
    return findings;
  },
};
