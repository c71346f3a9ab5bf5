import { describe, expect, it } from 'vitest';
import { changesFromBase } from '../../../src/rules/shared/base.js';
import { parseCondaSpec, parsePipSpec } from '../../../src/rules/shared/packages.js';
import { formatBytes, parseQuantity } from '../../../src/rules/shared/quantity.js';
import { compareVersions, releaseOf } from '../../../src/rules/shared/version.js';
import { context, load } from './helpers.js';

describe('parseQuantity', () => {
  it('reads Kubernetes quantities', () => {
    expect(parseQuantity('200Gi', 'kubernetes')).toBe(200 * 2 ** 30);
    expect(parseQuantity('200G', 'kubernetes')).toBe(200e9);
    expect(parseQuantity('512Mi', 'kubernetes')).toBe(512 * 2 ** 20);
    expect(parseQuantity('1.5Ti', 'kubernetes')).toBe(1.5 * 2 ** 40);
    expect(parseQuantity('100k', 'kubernetes')).toBe(100e3);
    expect(parseQuantity('1e9', 'kubernetes')).toBe(1e9);
    expect(parseQuantity('500m', 'kubernetes')).toBe(0.5);
    expect(parseQuantity(1073741824, 'kubernetes')).toBe(2 ** 30);
    expect(parseQuantity(' 10Gi ', 'kubernetes')).toBe(10 * 2 ** 30);
  });

  it('reads JupyterHub byte specifications with binary K/M/G/T', () => {
    expect(parseQuantity('5G', 'jupyterhub')).toBe(5 * 2 ** 30);
    expect(parseQuantity('2.5G', 'jupyterhub')).toBe(2.5 * 2 ** 30);
    expect(parseQuantity('512M', 'jupyterhub')).toBe(512 * 2 ** 20);
    expect(parseQuantity(1024, 'jupyterhub')).toBe(1024);
  });

  it('rejects what is not a quantity', () => {
    for (const value of ['', 'lots', '5GB', '-1Gi', 'Gi', '1.2.3Gi', null, true, {}, Number.NaN, -5]) {
      expect(parseQuantity(value, 'kubernetes')).toBeUndefined();
    }
    expect(parseQuantity('5Gi', 'jupyterhub')).toBeUndefined();
    expect(parseQuantity('5k', 'jupyterhub')).toBeUndefined();
  });

  it('formats bytes for messages', () => {
    expect(formatBytes(5 * 2 ** 30)).toBe('5 GiB');
    expect(formatBytes(512 * 2 ** 20)).toBe('512 MiB');
  });
});

describe('dependency specs', () => {
  it('knows which conda specs are exact', () => {
    const exact = (spec: string) => parseCondaSpec(spec)?.exactVersion;
    expect(exact('dask ==2.30.0')).toBe('2.30.0');
    expect(exact('dask==2.30.0')).toBe('2.30.0');
    expect(exact('python=3.9.7')).toBe('3.9.7');
    expect(exact('python=3.9=h12345_0')).toBe('3.9');
    expect(exact('numpy 1.19.5 py38_0')).toBe('1.19.5');
    expect(exact('conda-forge::numpy==1.19.5')).toBe('1.19.5');
    for (const spec of ['python', 'python=3.9', 'numpy >=1.19', 'numpy 1.19.*', 'numpy==1.*', 'numpy >=1,<2', 'boto3-stubs[cognito-idp,cognito-identity]']) {
      expect(exact(spec), spec).toBeUndefined();
    }
    expect(parseCondaSpec('conda-forge::Dask-Gateway ==0.9.0')?.name).toBe('dask-gateway');
  });

  it('knows which pip requirements are exact', () => {
    expect(parsePipSpec('kbatch==0.4.1')).toEqual({ name: 'kbatch', exactVersion: '0.4.1' });
    expect(parsePipSpec('Requests[socks] === 2.31.0; python_version > "3"')).toEqual({ name: 'requests', exactVersion: '2.31.0' });
    expect(parsePipSpec('mylib @ git+https://github.com/o/r@0123abc')?.exactVersion).toBe('git+https://github.com/o/r@0123abc');
    expect(parsePipSpec('kbatch')?.exactVersion).toBeUndefined();
    expect(parsePipSpec('kbatch>=0.4')?.exactVersion).toBeUndefined();
    expect(parsePipSpec('-r requirements.txt')).toBeUndefined();
  });
});

describe('versions', () => {
  it('compares releases numerically and strips suffixes', () => {
    expect(compareVersions('0.3.9', '0.3.13')).toBe(-1);
    expect(compareVersions('2023.10.1', '2023.7.2')).toBe(1);
    expect(compareVersions('v0.4.0', '0.4.0.post1')).toBe(0);
    expect(releaseOf('2023.7.2.dev23+g53d17964.d20230824')).toBe('2023.7.2');
    expect(releaseOf('main')).toBeUndefined();
  });
});

describe('changesFromBase', () => {
  const read = (data: unknown, key: string) => (data as Record<string, string | undefined>)[key];
  const keys = ['a', 'b', 'c', 'd'];

  it('lists the items that differ from the base, in the items’ order, leaving out those either side lacks', () => {
    const base = load('a: one\nb: two\nc: three\n');
    expect(changesFromBase(context('a: one\nb: deux\nd: four\n', '0.4.5', { base }), keys, read)).toEqual([{ item: 'b', before: 'two', after: 'deux' }]);
  });

  it('finds nothing without a base', () => {
    expect(changesFromBase(context('a: changed\n', '0.4.5'), keys, read)).toEqual([]);
  });
});
