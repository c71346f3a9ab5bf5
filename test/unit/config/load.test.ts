import { describe, expect, it } from 'vitest';
import { loadYaml, locate } from '../../../src/config/load.js';

describe('loadYaml', () => {
  it('locates keys', () => {
    const r = loadYaml('project_name: x\nprofiles:\n  jupyterlab:\n    - display_name: a\n      kubespawner_override:\n        cpu_limit: 1\n', 'c.yaml');
    expect(r.findings).toEqual([]);
    const d = r.document!;
    expect(d.keyPosition(['profiles', 'jupyterlab', 0, 'kubespawner_override', 'cpu_limit'])).toEqual({ line: 6, column: 9 });
    expect(d.keyPosition(['profiles', 'jupyterlab', 0])).toEqual({ line: 4, column: 7 });
    expect(locate(d, ['profiles', 'jupyterlab', 0, 'missing'])).toEqual({ line: 4, column: 7 });
  });
  it('reports problems', () => {
    expect(loadYaml('a: 1\na: 2\n', 'c.yaml').findings[0]).toMatchObject({ rule: 'load/duplicate-key', line: 2, column: 1 });
    expect(loadYaml('', 'c.yaml').findings[0]!.rule).toBe('load/empty');
    expect(loadYaml('- a\n', 'c.yaml').findings[0]!.rule).toBe('load/not-a-mapping');
    expect(loadYaml(Buffer.from([0x61, 0x3a, 0x20, 0xff, 0x0a]), 'c.yaml').findings[0]).toMatchObject({ rule: 'load/encoding', line: 1, column: 4 });
    const bomb = 'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n';
    expect(loadYaml(bomb, 'c.yaml').findings[0]!.rule).toBe('load/alias-bomb');
  });
});

describe('loadYaml: every unusable file is one located finding', () => {
  it.each([
    ['binary', Buffer.from([0x61, 0x3a, 0x20, 0x00, 0x0a]), 'load/binary', 1],
    ['several documents', 'a: 1\n---\nb: 2\n', 'load/syntax', 2],
    ['a comment-only file', '# nothing here\n\n', 'load/empty', 1],
    ['a scalar root', 'just a string\n', 'load/not-a-mapping', 1],
    ['broken flow mapping', 'a: {b: 1\n', 'load/syntax', 2],
  ])('%s', (_name, bytes, rule, line) => {
    const result = loadYaml(bytes, 'qhub-config.yaml');
    expect(result.document).toBeNull();
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ rule, severity: 'error', line });
    expect(result.findings[0]!.message).not.toContain('qhub-config.yaml');
  });

  it('refuses files over 1 MiB without parsing them', () => {
    const result = loadYaml(`a: "${'x'.repeat(1024 * 1024)}"\n`, 'big.yaml');
    expect(result.findings[0]).toMatchObject({ rule: 'load/too-large', line: null });
  });

  it('accepts a UTF-8 byte order mark and non-ASCII text', () => {
    const result = loadYaml(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('project_name: café\n')]), 'c.yaml');
    expect(result.findings).toEqual([]);
    expect(result.document?.data).toEqual({ project_name: 'café' });
  });

  it('follows aliases when locating keys', () => {
    const result = loadYaml('base: &b\n  cpu: 1\nprofile: *b\n', 'c.yaml');
    expect(result.document?.keyPosition(['profile', 'cpu'])).toEqual({ line: 2, column: 3 });
  });
});

describe('loadYaml: aliases', () => {
  it('refuses an alias inside the node it points at, at the alias', () => {
    const result = loadYaml('project_name: x\na: &a\n  b: [*a]\n', 'c.yaml');
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'load/recursive-alias', line: 3, column: 7 })]);
  });

  it('applies merge keys as QHub does', () => {
    const result = loadYaml('base: &base {cpu: 1, mem: 2G}\nprofile:\n  <<: *base\n  mem: 4G\n', 'c.yaml');
    expect(result.document?.data).toEqual({ base: { cpu: 1, mem: '2G' }, profile: { cpu: 1, mem: '4G' } });
  });
});

describe('loadYaml: YAML 1.1 details QHub sees', () => {
  it('reads an unquoted date as a date, and the validator says to quote it', async () => {
    const { validateConfig } = await import('../../../src/validation/validate.js');
    const result = loadYaml('project_name: x\ndomain: 2024-01-01\n', 'c.yaml');
    expect(result.document?.data).toMatchObject({ domain: expect.any(Date) });
    const report = validateConfig({ config: { bytes: 'project_name: test\ndomain: 2024-01-01\n', file: 'c.yaml' }, requestedVersion: '2025.10.1' });
    expect(report.findings.find((f) => f.path === 'domain')?.message).toMatch(/is a date .*quote it/);
  });

  it('names a bad merge source as invalid YAML, not as an alias bomb', () => {
    expect(loadYaml('a: {<<: false}\n', 'c.yaml').findings[0]).toMatchObject({ rule: 'load/syntax' });
  });
});
