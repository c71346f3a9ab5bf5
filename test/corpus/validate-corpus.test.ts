// Every real config of the corpus at the versions its SOURCES.md names, with the verdicts it gives.
import { expect, it } from 'vitest';
import { validateConfig } from '../../src/validation/validate.js';
import type { ValidationReport } from '../../src/config/types.js';
import { corpusConfig, describeWithCorpus } from './corpus.js';

const nebariTest = (name: string) => `nebari-dev__nebari__${name}`;

function check(name: string, version: string, rewriteNebariVersion = false): ValidationReport {
  let text = corpusConfig(name);
  // The upstream test harness rewrites nebari_version to the installed version before validating.
  if (rewriteNebariVersion) text = text.replace(/^nebari_version:.*$/m, `nebari_version: ${version}`);
  return validateConfig({ config: { bytes: text, file: name }, requestedVersion: version });
}

/** SOURCES.md gives schema verdicts; guard rules (e.g. a literal secret in a test fixture) are judged elsewhere. */
function schemaErrors(report: ValidationReport) {
  return report.findings.filter((finding) => finding.severity === 'error' && /^(schema|load|version)\//.test(finding.rule));
}

function errorPaths(report: ValidationReport): string[] {
  return schemaErrors(report).map((finding) => `${finding.rule} ${finding.path}`);
}

const verdicts: [file: string, version: string, valid: boolean][] = [
  ['viniciusdc__qhub-linter-test__a35425f__qhub-config.yaml', '0.3.11', true],
  ['viniciusdc__qhub-linter-test__627f483__qhub-config.yaml', '0.3.11', true],
  ['viniciusdc__qhub-linter-test__a35425f__qhub-config.yaml', '0.3.12', false],
  [nebariTest('v0.4.0__tests__qhub-config-yaml-files-for-upgrade__qhub-config-do-310.yaml'), '0.3.11', true],
  [nebariTest('v0.4.0__tests__qhub-config-yaml-files-for-upgrade__qhub-config-do-310.yaml'), '0.3.14', false],
  [nebariTest('v0.4.0__tests__qhub-config-yaml-files-for-upgrade__qhub-config-do-310.yaml'), '0.4.5', false],
  [nebariTest('v0.4.0__tests__qhub-config-yaml-files-for-upgrade__qhub-config-do-310-customauth.yaml'), '0.3.11', true],
  [nebariTest('v0.4.0__tests__qhub-config-yaml-files-for-upgrade__qhub-config-do-310-customauth.yaml'), '0.3.12', false],
  [nebariTest('v0.1.13__tests__assets__config_aws.yaml'), '0.3.11', false],
  [nebariTest('v0.1.13__tests__assets__config_gcp.yaml'), '0.3.14', false],
  [nebariTest('v0.1.13__tests__assets__config_do.yaml'), '0.3.11', false],
  [nebariTest('v0.2.0__tests__assets__config_gcp_gpu.yaml'), '0.3.11', false],
  [nebariTest('v0.2.0__tests__assets__config_do_auth0_provision.yaml'), '0.3.11', false],
  [nebariTest('v0.2.0__tests__assets__config_do_additional_node_groups.yaml'), '0.3.14', false],
  [nebariTest('v0.3.14__docs__source__installation__configuration.md__full-example.yaml'), '0.3.14', false],
  [nebariTest('v0.4.5__docs__source__installation__configuration.md__full-example.yaml'), '0.4.5', false],
  [nebariTest('2025.10.1__tests__tests_unit__qhub-config-yaml-files-for-upgrade__qhub-config-aws-310.yaml'), '0.3.11', false],
  [nebariTest('2025.10.1__tests__tests_unit__qhub-config-yaml-files-for-upgrade__qhub-config-aws-310-customauth.yaml'), '0.3.11', false],
  [nebariTest('2024.1.1__tests__tests_unit__cli_validate__local.error.authentication-type-called-custom.yaml'), '2025.10.1', false],
  [nebariTest('2025.10.1__tests__tests_unit__cli_validate__local.error.authentication-type-custom.yaml'), '2025.10.1', false],
  [nebariTest('2024.1.1__tests__tests_unit__cli_validate__local.error.extra-fields.yaml'), '2025.10.1', false],
  [nebariTest('2025.10.1__tests__tests_unit__cli_validate__local.error.extra-inputs.yaml'), '2025.10.1', false],
  [nebariTest('2024.1.1__tests__tests_unit__cli_validate__local.error.project_name.ends_with_special.yaml'), '2025.10.1', false],
  [nebariTest('2024.1.1__tests__tests_unit__cli_validate__local.error.project_name.starts_with_number.yaml'), '2025.10.1', false],
  [nebariTest('2024.1.1__tests__tests_unit__cli_validate__local.error.project_name.too_long.yaml'), '2025.10.1', false],
];

const happyNebari = [
  '2024.1.1__tests__tests_unit__cli_validate__aws.happy.yaml',
  '2024.1.1__tests__tests_unit__cli_validate__azure.happy.yaml',
  '2024.1.1__tests__tests_unit__cli_validate__gcp.happy.yaml',
  '2024.1.1__tests__tests_unit__cli_validate__local.happy.yaml',
  '2025.10.1__tests__tests_unit__cli_validate__local.happy.yaml',
  '2024.1.1__tests__tests_unit__cli_validate__local.happy.auth0.yaml',
  '2024.1.1__tests__tests_unit__cli_validate__local.happy.github.yaml',
  '2024.1.1__tests__tests_unit__cli_validate__local.happy.project_name.with_numbers.yaml',
  '2024.1.1__tests__tests_unit__cli_validate__min.happy.yaml',
  '2025.10.1__tests__tests_unit__cli_validate__min.happy.certificate.yaml',
  '2025.10.1__tests__tests_unit__cli_validate__min.happy.jupyterlab.default_settings.yaml',
  '2025.10.1__tests__tests_unit__cli_validate__min.happy.jupyterlab.gallery_settings.yaml',
  '2025.10.1__tests__tests_unit__cli_validate__min.happy.monitoring.overrides.yaml',
  '2024.1.1__tests__tests_unit__cli_validate__aws.error.kubernetes-version.yaml',
].map(nebariTest);

describeWithCorpus('corpus verdicts (SOURCES.md)', () => {
  it.each(verdicts)('%s @ %s is valid: %s', (file, version, valid) => {
    const report = check(file, version);
    expect(schemaErrors(report).length === 0, errorPaths(report).join('\n')).toBe(valid);
  });

  it.each(happyNebari)('%s is valid on the newest Nebari (version rewritten as upstream does)', (file) => {
    const report = check(file, '2025.10.1', true);
    expect(errorPaths(report)).toEqual([]);
  });

  it('reports the missing worker_memory of the deliberate-error commit at its profile', () => {
    const report = check('viniciusdc__qhub-linter-test__0b64a16__qhub-config.yaml', '0.3.11');
    expect(report.valid).toBe(false);
    expect(schemaErrors(report)).toEqual([
      {
        rule: 'schema/required',
        severity: 'error',
        message: '`worker_memory` is required in dask_worker profile `Medium Worker` (QHub 0.3.11)',
        path: 'profiles.dask_worker.Medium Worker.worker_memory',
        line: 93,
        column: 5,
      },
    ]);
  });

  it('names every missing section of the 0.3.14 docs example', () => {
    const report = check(nebariTest('v0.3.14__docs__source__installation__configuration.md__full-example.yaml'), '0.3.14');
    const paths = report.findings.filter((f) => f.rule === 'schema/required').map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['cdsdashboards', 'storage', 'default_images.dask_gateway']));
  });

  it('requires default_images.conda_store from 0.3.12 on', () => {
    const report = check(nebariTest('v0.4.0__tests__qhub-config-yaml-files-for-upgrade__qhub-config-do-310.yaml'), '0.3.12');
    expect(report.findings.map((f) => `${f.rule} ${f.path}`)).toContain('schema/required default_images.conda_store');
  });

  it('reports the cloud-only kubernetes_version check as skipped, not passed', () => {
    const report = check(nebariTest('2024.1.1__tests__tests_unit__cli_validate__aws.error.kubernetes-version.yaml'), '2025.10.1', true);
    expect(report.findings.some((f) => f.rule === 'schema/cloud-check-skipped' && f.path.includes('kubernetes_version'))).toBe(true);
  });

  it.each([
    'jbouder__nebari-local__069700b__nebari-config.yaml',
    'nebari-dev__deploy-nebari-action__204a274__default-config.yaml',
  ])('names %s as a nebari-infrastructure-core config', (file) => {
    const report = validateConfig({ config: { bytes: corpusConfig(file), file } });
    expect(report.findings.map((f) => f.rule)).toEqual(['version/nic-format']);
  });

  it.each([
    ['NASA-IMPACT__veda-qhub__3d04e13__qhub-config.yaml', undefined],
    ['NASA-IMPACT__veda-qhub__fdc28f4__example-config.yaml', undefined],
    ['TheSenya__nebari__7c7636b__nebari-config.yaml', undefined],
    ['nebari-dev__nebari-docs__1b51a4a__docs__classic__explanations__advanced-configuration.md__complete-example.yaml', undefined],
    ['tarundmsharma__qhub__2b7b955__qhub-config.yaml', '0.3.11'],
    ['viniciusdc__qhub-linter-test__ffb98ee__qhub-config.yaml', '0.3.11'],
    ['NCAR__ncar-aws-binder__235af45__qhub-config.yaml', undefined],
    ['Quansight__jupytercon-qhub-demo__49857d3__qhub-config.yaml', undefined],
    ['filippo82__qhub_test_old__0984dff__qhub-config.yaml', undefined],
    ['terminal-labs__qhub-test__0e821a8__qhub-config.yaml', undefined],
  ])('gives a located verdict for %s without crashing', (file, version) => {
    const report = validateConfig({ config: { bytes: corpusConfig(file), file }, ...(version ? { requestedVersion: version } : {}) });
    for (const finding of report.findings) {
      expect(finding.message.length).toBeGreaterThan(10);
      if (finding.rule.startsWith('schema/') && finding.rule !== 'schema/cloud-check-skipped') expect(finding.line).not.toBeNull();
    }
  });

  it('sees the pre-0.3.11 configs as unsupported when no version is given', () => {
    for (const file of ['NCAR__ncar-aws-binder__235af45__qhub-config.yaml', 'Quansight__jupytercon-qhub-demo__49857d3__qhub-config.yaml']) {
      const report = validateConfig({ config: { bytes: corpusConfig(file), file } });
      expect(report.findings.map((f) => f.rule)).toEqual(['version/unsupported']);
    }
  });
});
