// validateConfig end to end on our own config (the template's), edited in memory to break it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../../src/validation/validate.js';
import { repoRoot } from '../../corpus/corpus.js';

const template = readFileSync(join(repoRoot, 'template-repo', 'qhub-config.yaml'), 'utf8');
const environmentDir = join(repoRoot, 'template-repo', 'environments');
const environmentFiles = ['environment-dask.yaml', 'environment-dashboard.yaml'].map((name) => ({
  bytes: readFileSync(join(environmentDir, name)),
  file: `environments/${name}`,
}));

function validate(text: string, extra: Partial<Parameters<typeof validateConfig>[0]> = {}) {
  return validateConfig({ config: { bytes: text, file: 'qhub-config.yaml' }, pinnedVersion: '0.3.14', environmentFiles, ...extra });
}

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

describe('validateConfig on the template config', () => {
  it('accepts it with no findings at all', () => {
    const report = validate(template);
    expect(report.findings).toEqual([]);
    expect(report).toMatchObject({ valid: true, version: { family: 'qhub-0.3.12', value: '0.3.14', source: 'pin-file' } });
  });

  it('names a misspelt key, suggests the right one, and points at it', () => {
    const text = template.replace('  shared_filesystem: 200Gi', '  shared_filesystem: 200Gi\nterraform_stat: {}');
    const broken = text.replace('terraform_state:\n  type: remote\n', '');
    const report = validate(broken);
    const finding = report.findings.find((f) => f.rule === 'schema/additional-property');
    expect(finding).toMatchObject({ path: 'terraform_stat', line: lineOf(broken, 'terraform_stat:'), column: 1 });
    expect(finding?.message).toContain('did you mean `terraform_state`?');
    expect(report.valid).toBe(false);
  });

  it('explains a bad enum value with the allowed ones', () => {
    const broken = template.replace('provider: gcp', 'provider: gke');
    const finding = validate(broken).findings.find((f) => f.rule === 'schema/enum');
    expect(finding).toMatchObject({ path: 'provider', line: lineOf(broken, 'provider: gke') });
    expect(finding?.message).toMatch(/must be one of .*`gcp`.*but is the string 'gke'/);
  });

  it('rejects a qhub_version key in a 0.3.x config', () => {
    const report = validate(`qhub_version: 0.3.14\n${template}`);
    expect(report.findings.map((f) => `${f.rule} ${f.path} ${f.line}`)).toContain('schema/additional-property qhub_version 1');
  });

  it('reports a missing required key at the mapping that should hold it', () => {
    const broken = template.replace(/  conda_store: quansight\/qhub-conda-store:v0.3.14\n/, '');
    const finding = validate(broken).findings.find((f) => f.rule === 'schema/required');
    expect(finding).toMatchObject({ path: 'default_images.conda_store', line: lineOf(broken, 'default_images:'), column: 1 });
    expect(finding?.message).toBe('`conda_store` is required in `default_images` (QHub 0.3.14)');
  });

  it('points findings about an environment file into that file', () => {
    const files = [
      { bytes: 'name: broken\nchannels: [conda-forge]\ndependencies: 5\n', file: 'environments/environment-broken.yaml' },
      ...environmentFiles,
    ];
    const report = validate(template, { environmentFiles: files });
    const finding = report.findings.find((f) => f.rule === 'schema/type');
    expect(finding).toMatchObject({ file: 'environments/environment-broken.yaml', path: 'environments.environment-broken.yaml.dependencies', line: 3, column: 1 });
  });

  it('flags a 0.4 config whose qhub_version differs from the version that will deploy', () => {
    const report = validateConfig({ config: { bytes: 'qhub_version: 0.4.3\nproject_name: x\n', file: 'c.yaml' }, requestedVersion: '0.4.5' });
    expect(report.findings.find((f) => f.rule === 'schema/version-mismatch')).toMatchObject({ path: 'qhub_version', line: 1, column: 1 });
  });

  it('says how to give a version when it cannot tell', () => {
    const report = validateConfig({ config: { bytes: template, file: 'qhub-config.yaml' } });
    expect(report).toMatchObject({ valid: false, version: null, findings: [{ rule: 'version/unknown' }] });
  });

  it('turns unloadable files into one load finding', () => {
    expect(validateConfig({ config: { bytes: '', file: 'c.yaml' } }).findings.map((f) => f.rule)).toEqual(['load/empty']);
    expect(validateConfig({ config: { bytes: 'a: [', file: 'c.yaml' } }).findings[0]).toMatchObject({ rule: 'load/syntax', severity: 'error' });
  });
});

describe("validateConfig with the base branch's environment files", () => {
  const onBase = (file: { bytes: Uint8Array | string; file: string }) => ({ ...file, file: `deploy/blue:${file.file}` });
  const dask = environmentFiles[0]!;
  const dashboard = environmentFiles[1]!;
  const base = { base: onBase({ bytes: template, file: 'qhub-config.yaml' }), baseEnvironmentFiles: environmentFiles.map(onBase) };
  const removedFindings = (report: ReturnType<typeof validateConfig>) => report.findings.filter((f) => f.rule === 'environment-removed');

  it("notices an environment file removed by the PR, at the config's environments key", () => {
    const report = validate(template, { ...base, environmentFiles: [dashboard] });
    expect(report.findings).toEqual([
      expect.objectContaining({ rule: 'environment-removed', severity: 'notice', path: 'environments.environment-dask.yaml', line: lineOf(template, 'environments: {}'), column: 1 }),
    ]);
    expect(report.findings[0]).not.toHaveProperty('file');
    expect(report.findings[0]!.message).toContain('environment `environment-dask.yaml` (`dask`, from deploy/blue:environments/environment-dask.yaml) is removed');
    expect(report.valid).toBe(true);
  });

  it('notices a renamed file that renames its environment, not one that keeps the name', () => {
    const renamed = { bytes: String(dask.bytes).replace(/^name: dask$/m, 'name: analytics'), file: 'environments/environment-analytics.yaml' };
    expect(removedFindings(validate(template, { ...base, environmentFiles: [renamed, dashboard] }))).toEqual([
      expect.objectContaining({ path: 'environments.environment-dask.yaml', message: expect.stringContaining('(`dask`, from deploy/blue:environments/environment-dask.yaml)') }),
    ]);
    const sameName = { bytes: dask.bytes, file: 'environments/environment-dask-2023.yaml' };
    expect(removedFindings(validate(template, { ...base, environmentFiles: [sameName, dashboard] }))).toEqual([]);
  });

  it('says nothing when the PR keeps every environment file', () => {
    expect(validate(template, base).findings).toEqual([]);
  });

  it('leaves an unreadable base environment file out with a notice, never an error of this config', () => {
    const report = validate(template, { ...base, baseEnvironmentFiles: [onBase({ bytes: 'name: [', file: 'environments/environment-dask.yaml' })], environmentFiles: [dashboard] });
    expect(report.valid).toBe(true);
    expect(report.findings).toEqual([
      expect.objectContaining({ rule: 'load/companion', severity: 'notice', message: expect.stringMatching(/^base-branch environment file deploy\/blue:environments\/environment-dask.yaml could not be read/) }),
    ]);
  });
});
