import { describe, expect, it } from 'vitest';
import { daskPin, requiredDaskPins } from '../../../src/rules/dask-pin.js';
import { context, describeWithCorpus, corpusText, edit, lineOf, REAL } from './helpers.js';

describe('dask pin table', () => {
  it('names the pins each release requires', () => {
    expect(requiredDaskPins('0.3.11')).toEqual({ dask: '2.30.0', distributed: '2.30.1', 'dask-gateway': '0.9.0' });
    expect(requiredDaskPins('0.3.12')).toEqual({ 'qhub-dask': '0.3.12' });
    expect(requiredDaskPins('0.3.14')).toEqual({ 'qhub-dask': '0.3.13' });
    expect(requiredDaskPins('0.4.0')).toEqual({ 'qhub-dask': '0.3.13' });
    expect(requiredDaskPins('0.4.2')).toEqual({ 'qhub-dask': '0.4.0' });
    expect(requiredDaskPins('0.4.5')).toEqual({ 'qhub-dask': '0.4.5' });
    expect(requiredDaskPins('2023.7.2.dev23+g53d17964')).toEqual({ 'nebari-dask': '2023.7.2' });
    expect(requiredDaskPins('2025.10.1')).toEqual({ 'nebari-dask': '2025.10.1' });
    expect(requiredDaskPins('0.2.0')).toBeUndefined();
  });
});

describeWithCorpus('dask-pin on real configs', () => {
  const local = corpusText(REAL.local0311);

  it('is silent when the 0.3.11 pins are present', () => {
    expect(daskPin.check(context(local, '0.3.11'))).toEqual([]);
    expect(daskPin.check(context(corpusText(REAL.aws045), '0.4.5'))).toEqual([]);
  });

  it('errors at a wrong pin and at the dependencies of an environment missing one', () => {
    const head = edit(edit(local, '    - dask ==2.30.0\n', '    - dask ==2021.1.0\n'), '    - distributed ==2.30.1\n', '');
    const findings = daskPin.check(context(head, '0.3.11'));
    expect(findings.map((f) => [f.severity, f.path, f.line])).toEqual([
      ['error', 'environments.environment-dask.yaml.dependencies[4]', lineOf(head, 'dask ==2021.1.0')],
      ['error', 'environments.environment-dask.yaml.dependencies', lineOf(head, 'name: dask') + 3],
    ]);
  });

  it('asks for the qhub-dask metapackage after 0.3.11', () => {
    const findings = daskPin.check(context(local, '0.3.12'));
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', path: 'environments.environment-dask.yaml.dependencies' })]);
    expect(findings[0]!.message).toContain('qhub-dask==0.3.12');
  });

  it('catches the Nebari docs example pinning an older nebari-dask', () => {
    const nebari = corpusText(REAL.gcpNebari);
    expect(daskPin.check(context(nebari, '2023.7.2'))).toEqual([
      expect.objectContaining({ severity: 'error', line: lineOf(nebari, 'nebari-dask ==2023.1.1') }),
    ]);
  });

  it('warns when environments pin different dask versions', () => {
    const head = `${local}  environment-other.yaml:\n    name: other\n    dependencies:\n    - dask ==2.30.0\n    - distributed ==2.30.0\n    - dask-gateway ==0.9.0\n`;
    const findings = daskPin.check(context(head, '0.3.11'));
    expect(findings.map((f) => f.severity)).toEqual(['error', 'warning']);
    expect(findings[1]).toMatchObject({ path: 'environments.environment-other.yaml.dependencies[1]', line: lineOf(head, 'distributed ==2.30.0') });
  });
});
