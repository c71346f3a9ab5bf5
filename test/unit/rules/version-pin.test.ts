import { describe, expect, it } from 'vitest';
import { versionPin } from '../../../src/rules/version-pin.js';
import { context, describeWithCorpus, corpusText, lineOf, REAL } from './helpers.js';

describeWithCorpus('version-pin on real configs', () => {
  const aws = corpusText(REAL.aws045);

  it('is silent when the requested version and image tags match', () => {
    expect(versionPin.check(context(aws, '0.4.5', { requestedVersion: '0.4.5' }))).toEqual([]);
  });

  it('leaves qhub_version against the requested version to schema/version-mismatch', () => {
    expect(versionPin.check(context(aws, '0.4.4', { requestedVersion: '0.4.4' })).filter((f) => f.path === 'qhub_version')).toEqual([]);
  });

  it('warns at every QHub image pinned to another release', () => {
    const old = corpusText(REAL.do0311);
    const findings = versionPin.check(context(old, '0.3.11'));
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(findings.map((f) => f.path)).toEqual([
      'default_images.jupyterhub',
      'default_images.jupyterlab',
      'default_images.dask_worker',
      'default_images.dask_gateway',
      'profiles.jupyterlab[0].kubespawner_override.image',
      'profiles.jupyterlab[1].kubespawner_override.image',
      'profiles.dask_worker.Small Worker.image',
      'profiles.dask_worker.Medium Worker.image',
    ]);
    expect(findings[0]).toMatchObject({ line: lineOf(old, 'jupyterhub: quansight/qhub-jupyterhub:v0.3.10'), column: 3 });
    expect(findings[0]!.message).toContain('`v0.3.11`');
  });

  it('compares releases, not build suffixes', () => {
    const happy = corpusText(REAL.awsHappy);
    expect(versionPin.check(context(happy, '2023.7.2', { requestedVersion: '2023.7.2' }))).toEqual([]);
  });
});

describe('version-pin', () => {
  it('ignores images that are not QHub\'s own, and non-release tags', () => {
    const text = 'default_images:\n  jupyterlab: myorg/lab:v0.3.10\n  jupyterhub: quansight/qhub-jupyterhub:main\n';
    expect(versionPin.check(context(text, '0.3.11'))).toEqual([]);
  });
});
