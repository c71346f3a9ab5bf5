import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { environmentKey, mergeEnvironments } from '../../../src/config/environments.js';
import { runRules } from '../../../src/rules/index.js';
import { context, corpusText, describeWithCorpus, edit, lineOf, load, REAL } from '../rules/helpers.js';

const DASK_FILE = 'name: dask\nchannels:\n- conda-forge\ndependencies:\n- python==3.9.7\n- qhub-dask==0.4.4\n';

describe('mergeEnvironments', () => {
  it('keys files by basename beside inline environments, delegating positions into each file', () => {
    const config = load('project_name: demo\nenvironments:\n  environment-inline.yaml:\n    name: inline\n');
    const file = load(DASK_FILE, 'environments/environment-dask.yaml');
    const merged = mergeEnvironments(config, [file]);
    expect(merged.findings).toEqual([]);
    expect(Object.keys((merged.config.data as { environments: object }).environments)).toEqual(['environment-inline.yaml', 'environment-dask.yaml']);
    expect(merged.environmentFiles.get('environment-dask.yaml')).toBe(file);

    const inFile = ['environments', 'environment-dask.yaml', 'dependencies', 1];
    // A list item has no key: its position is the item's.
    expect(merged.config.keyPosition(inFile)).toEqual({ line: 6, column: 3 });
    expect(merged.config.valuePosition(['environments', 'environment-dask.yaml', 'name'])).toEqual({ line: 1, column: 7 });
    expect(merged.config.fileFor(inFile)).toBe('environments/environment-dask.yaml');
    expect(merged.config.keyPosition(['environments', 'environment-inline.yaml', 'name'])).toEqual({ line: 4, column: 5 });
    expect(merged.config.fileFor(['project_name'])).toBe('qhub-config.yaml');
    // The original document is left as it was.
    expect(Object.keys((config.data as { environments: object }).environments)).toEqual(['environment-inline.yaml']);
  });

  it('returns the config itself when there are no files', () => {
    const config = load('project_name: demo\n');
    expect(mergeEnvironments(config, []).config).toBe(config);
  });

  it('reports an environment defined both inline and in a file, keeping the inline one', () => {
    const config = load('project_name: demo\nenvironments:\n  environment-dask.yaml:\n    name: inline\n');
    const merged = mergeEnvironments(config, [load(DASK_FILE, 'envs/environment-dask.yaml')]);
    expect(merged.findings).toEqual([
      expect.objectContaining({ rule: 'load/duplicate-environment', severity: 'error', path: 'environments.environment-dask.yaml', line: 3, column: 3 }),
    ]);
    expect(merged.findings[0]!.file).toBeUndefined();
    expect(merged.environmentFiles.size).toBe(0);
    expect(merged.config.fileFor(['environments', 'environment-dask.yaml'])).toBe('qhub-config.yaml');
  });

  it('reports two files with the same name, in the second file', () => {
    const merged = mergeEnvironments(load('project_name: demo\n'), [load(DASK_FILE, 'a/environment-dask.yaml'), load(DASK_FILE, 'b\\environment-dask.yaml')]);
    expect(merged.findings).toEqual([expect.objectContaining({ file: 'b\\environment-dask.yaml', line: 1 })]);
    expect(merged.environmentFiles.get('environment-dask.yaml')!.file).toBe('a/environment-dask.yaml');
  });

  it('refuses to merge into an environments value that is not a mapping', () => {
    const merged = mergeEnvironments(load('environments:\n- a\n'), [load(DASK_FILE, 'environment-dask.yaml')]);
    expect(merged.findings).toEqual([expect.objectContaining({ path: 'environments', line: 1 })]);
  });

  it('derives keys from either path separator', () => {
    expect(environmentKey('environments/environment-dask.yaml')).toBe('environment-dask.yaml');
    expect(environmentKey('C:\\repo\\environments\\environment-dask.yaml')).toBe('environment-dask.yaml');
  });
});

describe('rules on the template repository environments merged from files', () => {
  const template = (name: string) => readFileSync(join(import.meta.dirname, '../../../template-repo', name), 'utf8');

  it('point a finding into the environment file it comes from, at the line of that file', () => {
    const daskText = edit(template('environments/environment-dask.yaml'), '  - qhub-dask==0.3.13', '  - qhub-dask==0.4.4');
    const files = [load(daskText, 'environments/environment-dask.yaml'), load(template('environments/environment-dashboard.yaml'), 'environments/environment-dashboard.yaml')];
    const merged = mergeEnvironments(load(template('qhub-config.yaml')), files);
    const findings = runRules(context(merged.config, '0.3.14', { environmentFiles: merged.environmentFiles }));

    const line = lineOf(daskText, 'qhub-dask==0.4.4');
    expect(findings.filter((f) => f.rule === 'dask-pin')).toEqual([
      expect.objectContaining({ severity: 'error', file: 'environments/environment-dask.yaml', line, column: daskText.split('\n')[line - 1]!.indexOf('qhub-dask') + 1 }),
    ]);
  });
});

describeWithCorpus('rules on environments merged from files', () => {
  it('point findings into the environment file they come from', () => {
    const full = corpusText(REAL.aws045);
    const configText = full.slice(0, full.indexOf('environments:'));
    const environments = (load(full).data as { environments: Record<string, unknown> }).environments;
    const files = Object.entries(environments).map(([key, value]) => load(stringify(value), `environments/${key}`));
    const merged = mergeEnvironments(load(configText), files);
    const findings = runRules(context(merged.config, '0.4.4', { environmentFiles: merged.environmentFiles }));

    const daskFindings = findings.filter((f) => f.rule === 'dask-pin');
    expect(daskFindings).toHaveLength(3);
    const veda = daskFindings.find((f) => f.file === 'environments/environment-veda.yaml')!;
    const vedaText = stringify(environments['environment-veda.yaml']);
    const line = lineOf(vedaText, 'qhub-dask==0.4.5');
    expect(veda).toMatchObject({ severity: 'error', path: 'environments.environment-veda.yaml.dependencies[3]', line, column: vedaText.split('\n')[line - 1]!.indexOf('qhub-dask') + 1 });
    // Findings about the config itself carry no file.
    expect(findings.find((f) => f.rule === 'plaintext-secret')!.file).toBeUndefined();
  });
});
