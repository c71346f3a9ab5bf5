import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findDocumented, parseDocumented } from './documented.js';
import { mutantsOf } from './mutants.js';

const seed = `project_name: demo
provider: local
certificate:
  type: self-signed
security:
  users:
    alice: {uid: 1000, primary_group: admin}
    bob: {uid: 1001, primary_group: users}
profiles:
  jupyterlab:
    - display_name: Small
      kubespawner_override: {cpu_limit: 1, mem_limit: 1G}
    - display_name: Large
      kubespawner_override: {cpu_limit: 4, mem_limit: 8G}
cdsdashboards:
  enabled: true
`;

describe('mutantsOf', () => {
  const mutants = mutantsOf('seed', seed, '0.3.14', 500);

  it('is deterministic for the same seed and version, and differs between versions', () => {
    expect(mutantsOf('seed', seed, '0.3.14', 500)).toEqual(mutants);
    expect(mutantsOf('seed', seed, '0.4.5', 40).map((m) => m.id)).not.toEqual(mutants.slice(0, 40).map((m) => m.id));
  });

  it('gives each mutant a distinct text that differs from the seed', () => {
    expect(new Set(mutants.map((m) => m.text)).size).toBe(mutants.length);
    expect(mutants.some((m) => m.text === seed)).toBe(false);
  });

  it('respects the budget', () => {
    expect(mutantsOf('seed', seed, '0.3.14', 7)).toHaveLength(7);
  });

  it('writes the intended YAML for the subtle cases', () => {
    const byKind = (kind: string, path: string) => mutants.find((m) => m.id === `mutant:seed:${kind}:${path}`)!;
    expect(byKind('float-in-int', 'security.users.alice.uid').text).toContain('uid: 1000.5');
    expect(byKind('integral-float-in-int', 'security.users.bob.uid').text).toContain('uid: 1001.0');
    expect(byKind('underscore-int', 'security.users.alice.uid').text).toContain('uid: 1000_000');
    expect(byKind('on-in-bool', 'cdsdashboards.enabled').text).toContain('enabled: on');
    expect(byKind('project-name-trailing-newline', 'project_name').text).toMatch(/project_name: \|\n\s+project\n/);
    expect(parse(byKind('missing-key', 'certificate.type').text).certificate).toEqual({});
    expect(byKind('duplicate-key', 'security.users.alice').text.match(/alice:/g)).toHaveLength(2);
    const merged = byKind('merge-key', 'security.users.bob').text;
    expect(merged).toMatch(/alice: &shared/);
    expect(parse(merged, { merge: true }).security.users.bob).toEqual({ uid: 1001, primary_group: 'users' });
    expect(byKind('merge-key', 'profiles.jupyterlab[1]').text).toContain('<<: *shared');
    expect(parse(byKind('duplicate-uid', 'security.users.bob.uid').text).security.users.bob.uid).toBe(1000);
    const lonely = seed.replace(/\n    bob: .*\n/, '\n');
    const twin = mutantsOf('lonely', lonely, '0.3.14', 500).find((m) => m.kind === 'duplicate-uid')!;
    expect(twin.id).toBe('mutant:lonely:duplicate-uid:security.users.twin-user');
    expect(parse(twin.text).security.users['twin-user']).toEqual({ uid: 1000, primary_group: 'admin' });
  });

  it('covers the targeted cases: project names, enums and version keys', () => {
    const kinds = new Set(mutants.map((m) => m.kind));
    for (const kind of ['project-name-starts-with-digit', 'project-name-length-41', 'bad-enum', 'enum-case', 'version-key-added', 'extra-key', 'null-value']) {
      expect(kinds).toContain(kind);
    }
  });
});

describe('documented disagreements', () => {
  const table = `# x

| version | case | direction | reason |
|---|---|---|---|
| 0.3.11 | \`mutant:*:float-in-int:*\` | ours-only-invalid | pydantic 1 truncates |
| * | \`corpus:a.yaml\` | theirs-only-invalid | cloud check |
`;
  const rows = parseDocumented(table);

  it('matches case ids by glob, version and direction', () => {
    expect(findDocumented(rows, '0.3.11', 'mutant:seed:float-in-int:security.users.alice.uid', 'ours-only-invalid')?.reason).toBe('pydantic 1 truncates');
    expect(findDocumented(rows, '0.3.14', 'mutant:seed:float-in-int:x', 'ours-only-invalid')).toBeUndefined();
    expect(findDocumented(rows, '0.3.11', 'mutant:seed:float-in-int:x', 'theirs-only-invalid')).toBeUndefined();
    expect(findDocumented(rows, '2025.10.1', 'corpus:a.yaml', 'theirs-only-invalid')).toBeDefined();
    expect(findDocumented(rows, '2025.10.1', 'corpus:a_yaml', 'theirs-only-invalid')).toBeUndefined();
  });

  it('rejects a malformed row instead of silently documenting nothing', () => {
    expect(() => parseDocumented(table.replace('ours-only-invalid', 'ours-invalid'))).toThrow(/malformed row/);
    expect(() => parseDocumented('# nothing here')).toThrow(/no `\| version \| case \| direction/);
  });
});
