import { describe, expect, it } from 'vitest';
import { unpinnedPackage } from '../../../src/rules/unpinned-package.js';
import { context, describeWithCorpus, corpusText, edit, lineOf, REAL } from './helpers.js';

describeWithCorpus('unpinned-package on real configs', () => {
  const local = corpusText(REAL.local0311);

  it('warns once per environment, at its first unpinned dependency', () => {
    const findings = unpinnedPackage.check(context(local, '0.3.11'));
    expect(findings.map((f) => [f.severity, f.path, f.line])).toEqual([
      ['warning', 'environments.environment-dask.yaml.dependencies[0]', lineOf(local, 'name: dask') + 4],
      ['warning', 'environments.environment-dashboard.yaml.dependencies[0]', lineOf(local, 'name: dashboard') + 4],
    ]);
    expect(findings[1]!.message).toContain('11 of 11');
    expect(findings[1]!.message).toContain('lock-environments');
  });

  it('is silent once an environment is fully pinned', () => {
    const pinned = edit(
      local,
      '    - python\n    - ipykernel\n    - ipywidgets\n    - python-graphviz\n    - dask ==2.30.0',
      '    - python=3.8.6=h852b56e_0_cpython\n    - ipykernel==5.4.3\n    - ipywidgets 7.6.3\n    - python-graphviz=0.16.0\n    - dask ==2.30.0',
    ).replace('    - numpy\n    - numba\n    - pandas\n', '    - numpy==1.19.5\n    - numba==0.52.0\n    - pip:\n      - pandas==1.2.1\n');
    expect(unpinnedPackage.check(context(pinned, '0.3.11')).map((f) => f.path)).toEqual(['environments.environment-dashboard.yaml.dependencies[0]']);
  });
});

describe('unpinned-package', () => {
  it('treats conda =x.y (fuzzy) and pip ranges as unpinned', () => {
    const text = 'environments:\n  e.yaml:\n    dependencies:\n    - numpy==1.2.3\n    - python=3.9\n    - pip:\n      - requests>=2\n';
    const findings = unpinnedPackage.check(context(text, '0.4.5'));
    expect(findings).toEqual([expect.objectContaining({ path: 'environments.e.yaml.dependencies[1]', line: 5 })]);
    expect(findings[0]!.message).toContain('2 of 3');
  });
});
