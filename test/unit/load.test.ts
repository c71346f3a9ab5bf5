import { describe, expect, it } from 'vitest';
import { loadYaml, locate } from '../../src/config/load.js';

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
