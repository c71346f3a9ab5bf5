import { describe, expect, it } from 'vitest';
import { defaultProfile } from '../../../src/rules/default-profile.js';
import { context, describeWithCorpus, corpusText, edit, lineOf, REAL } from './helpers.js';

describeWithCorpus('default-profile on real configs', () => {
  const aws = corpusText(REAL.aws045);
  const twoDefaults = edit(aws, '  - display_name: Medium Instance\n', '  - display_name: Medium Instance\n    default: true\n');

  it('is silent with one default', () => {
    expect(defaultProfile.check(context(aws, '0.4.5'))).toEqual([]);
  });

  it('errors on a second default from 0.3.12, at the second profile\'s key', () => {
    const findings = defaultProfile.check(context(twoDefaults, '0.4.5'));
    const secondDefaultLine = lineOf(twoDefaults, 'display_name: Medium Instance') + 1;
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'default-profile', severity: 'error', path: 'profiles.jupyterlab[1].default', line: secondDefaultLine, column: 5 }),
    ]);
    expect(defaultProfile.check(context(twoDefaults, '2023.7.2'))[0]!.severity).toBe('error');
  });

  it('leaves 0.3.12-0.4.0 to the schema check, where QHub itself rejects several defaults', () => {
    expect(defaultProfile.check(context(twoDefaults, '0.3.12'))).toEqual([]);
    expect(defaultProfile.check(context(twoDefaults, '0.4.0'))).toEqual([]);
  });

  it('only warns on 0.3.11', () => {
    expect(defaultProfile.check(context(twoDefaults, '0.3.11'))).toEqual([expect.objectContaining({ severity: 'warning' })]);
  });
});

describe('default-profile', () => {
  it('ignores default: false and non-list profiles', () => {
    expect(defaultProfile.check(context('profiles:\n  jupyterlab:\n  - default: true\n  - default: false\n', '0.4.5'))).toEqual([]);
    expect(defaultProfile.check(context('profiles:\n  jupyterlab: {a: {default: true}}\n', '0.4.5'))).toEqual([]);
  });
});
