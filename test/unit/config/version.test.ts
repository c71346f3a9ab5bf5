import { describe, expect, it } from 'vitest';
import { decideVersion, familyOf } from '../../../src/config/version.js';

describe('familyOf', () => {
  it.each([
    ['0.3.11', 'qhub-0.3.11'],
    ['0.3.12', 'qhub-0.3.12'],
    ['0.3.14', 'qhub-0.3.12'],
    ['0.4.0', 'qhub-0.4'],
    ['0.4.5', 'qhub-0.4'],
    ['2022.10.1', 'nebari-2022.10'],
    ['2023.7.2', 'nebari-2022.10'],
    ['2023.7.2.dev23+g53d17964.d20230824', 'nebari-2022.10'],
    ['2023.10.1', 'nebari-2023.10'],
    ['2025.10.1', 'nebari-2023.10'],
  ])('%s is in family %s', (value, family) => {
    expect(familyOf(value)).toEqual({ family });
  });

  it.each(['0.3.10', '0.1.21', '0.5.0', '2022.9.1', 'latest', '1.2.3'])('%s is unsupported', (value) => {
    expect(familyOf(value)).toHaveProperty('unsupported');
  });
});

describe('decideVersion', () => {
  it('prefers the requested version over the config and the pin file', () => {
    const decision = decideVersion({ qhub_version: '0.4.3' }, { requestedVersion: '0.4.5', pinnedVersion: '0.3.14' });
    expect(decision).toEqual({ ok: true, version: { family: 'qhub-0.4', value: '0.4.5', source: 'option' }, configValue: '0.4.3' });
  });

  it('reads the config, then the pin file', () => {
    expect(decideVersion({ nebari_version: '2023.7.2' }, { pinnedVersion: '0.3.14' })).toMatchObject({
      version: { value: '2023.7.2', source: 'config' },
    });
    expect(decideVersion({ project_name: 'x' }, { pinnedVersion: '0.3.14\n' })).toMatchObject({
      version: { family: 'qhub-0.3.12', value: '0.3.14', source: 'pin-file' },
    });
  });

  it('says how to provide a version when none is known', () => {
    const decision = decideVersion({ project_name: 'x', provider: 'gcp' }, {});
    expect(decision).toMatchObject({ ok: false, rule: 'version/unknown' });
    expect(decision.ok === false && decision.message).toMatch(/\.qhub-version.*--qhub-version.*qhub-version/s);
  });

  it('names pre-0.3.11 and NIC configs', () => {
    expect(decideVersion({ project_name: 'x', ci_cd: 'github-actions' }, {})).toMatchObject({ rule: 'version/unsupported' });
    expect(decideVersion({ project_name: 'x', cluster: { local: {} } }, {})).toMatchObject({ rule: 'version/nic-format', path: 'cluster' });
    expect(decideVersion({ qhub_version: '0.3.10' }, {})).toMatchObject({ rule: 'version/unsupported', path: 'qhub_version' });
  });
});
