// Every valid corpus config through runRules with the version SOURCES.md names: each rule stays
// silent unless listed here, and every listed finding is explained.
import { expect, it } from 'vitest';
import { runRules } from '../../../src/rules/index.js';
import { context, describeWithCorpus, corpusText, load } from './helpers.js';

const NEBARI_2024 = 'nebari-dev__nebari__2024.1.1__tests__tests_unit__cli_validate__';
const NEBARI_2025 = 'nebari-dev__nebari__2025.10.1__tests__tests_unit__cli_validate__';

/** file, version it is valid at (SOURCES.md), rule ids expected to fire, and why. */
const VALID: [file: string, version: string, expected: string[], why: string][] = [
  ['viniciusdc__qhub-linter-test__a35425f__qhub-config.yaml', '0.3.11', ['plaintext-secret', 'unpinned-package'], 'the corpus redacted the bcrypt hash to `REDACTED`; default environments are unpinned'],
  ['viniciusdc__qhub-linter-test__627f483__qhub-config.yaml', '0.3.11', ['plaintext-secret', 'unpinned-package'], 'as above'],
  ['nebari-dev__nebari__v0.4.0__tests__qhub-config-yaml-files-for-upgrade__qhub-config-do-310.yaml', '0.3.11', ['profile-fit', 'unpinned-package', 'version-pin'], '0.3.10 image tags; 8G limits on 8 GB droplets (warnings)'],
  ['nebari-dev__nebari__v0.4.0__tests__qhub-config-yaml-files-for-upgrade__qhub-config-do-310-customauth.yaml', '0.3.11', ['profile-fit', 'unpinned-package', 'version-pin'], 'as above'],
  ...['aws.happy', 'azure.happy', 'gcp.happy', 'do.happy', 'local.happy', 'local.happy.auth0', 'local.happy.github'].map(
    (name): [string, string, string[], string] => [`${NEBARI_2024}${name}.yaml`, '2024.1.1', ['plaintext-secret'], 'fixtures carry a literal Keycloak root password or OAuth secret'],
  ),
  ...['local.happy.project_name.with_numbers', 'min.happy'].map((name): [string, string, string[], string] => [`${NEBARI_2024}${name}.yaml`, '2024.1.1', [], 'clean']),
  [`${NEBARI_2025}local.happy.yaml`, '2025.10.1', ['plaintext-secret'], 'literal Keycloak root password'],
  ...['min.happy.certificate', 'min.happy.jupyterlab.default_settings', 'min.happy.jupyterlab.gallery_settings', 'min.happy.monitoring.overrides'].map(
    (name): [string, string, string[], string] => [`${NEBARI_2025}${name}.yaml`, '2025.10.1', [], 'clean'],
  ),
];

describeWithCorpus('guard rules on every valid corpus config', () => {
  it.each(VALID)('%s at %s', (file, version, expected) => {
    const findings = runRules(context(load(corpusText(file), file), version));
    expect([...new Set(findings.map((finding) => finding.rule))].sort()).toEqual([...expected].sort());
    // Findings on valid configs are advice, except the secrets the fixtures really contain.
    expect(findings.filter((f) => f.severity === 'error' && f.rule !== 'plaintext-secret')).toEqual([]);
    for (const finding of findings) expect(finding.line).toBeGreaterThan(0);
  });

  it.each(VALID)('%s compared with itself as base and other deployment adds nothing but the collision', (file, version) => {
    const document = load(corpusText(file), file);
    const alone = runRules(context(document, version));
    const compared = runRules(context(document, version, { base: document, otherDeployments: [load(corpusText(file), `other/${file}`)] }));
    const hasName = typeof (document.data as { project_name?: unknown }).project_name === 'string';
    expect(compared.filter((f) => f.rule !== 'deployment-collision')).toEqual(alone);
    expect(compared.filter((f) => f.rule === 'deployment-collision')).toHaveLength(hasName ? 1 : 0);
  });
});
