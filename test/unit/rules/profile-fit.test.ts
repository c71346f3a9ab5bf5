import { describe, expect, it } from 'vitest';
import { profileFit } from '../../../src/rules/profile-fit.js';
import { allocatableOf, reservedCpu, reservedMemoryBytes } from '../../../src/rules/shared/allocatable.js';
import { context, describeWithCorpus, corpusText, edit, lineOf, only, REAL } from './helpers.js';

const GIB = 2 ** 30;

describe('allocatable estimate', () => {
  it('follows the GKE reservation tiers', () => {
    expect(reservedCpu(1)).toBeCloseTo(0.06);
    expect(reservedCpu(4)).toBeCloseTo(0.08);
    expect(reservedCpu(8)).toBeCloseTo(0.09);
    // 7.5 GiB: 25% of 4 + 20% of 3.5 = 1.7 GiB, plus the 100 MiB eviction threshold.
    expect(reservedMemoryBytes(7.5 * GIB)).toBeCloseTo(1.7 * GIB + 100 * 2 ** 20, -3);
    expect(reservedMemoryBytes(0.5 * GIB)).toBe(355 * 2 ** 20);
  });

  it('knows instance types per provider and answers undefined for unknown ones', () => {
    expect(allocatableOf('gcp', 'n1-standard-2')).toMatchObject({ capacityCpu: 2, capacityMemoryBytes: 7.5 * GIB });
    expect(allocatableOf('aws', 'm5.xlarge')).toMatchObject({ capacityCpu: 4 });
    expect(allocatableOf('azure', 'Standard_D4_v3')).toMatchObject({ capacityCpu: 4, capacityMemoryBytes: 16 * GIB });
    expect(allocatableOf('do', 'g-2vcpu-8gb')).toMatchObject({ capacityCpu: 2 });
    expect(allocatableOf('gcp', 'm5.xlarge')).toBeUndefined();
    expect(allocatableOf('aws', 'toString')).toBeUndefined();
  });
});

describeWithCorpus('profile-fit on real configs', () => {
  const gcp = corpusText(REAL.gcp0311);

  it('errors when a JupyterLab guarantee cannot fit the user node (n1-standard-2)', () => {
    const head = edit(gcp, 'mem_guarantee: 5G', 'mem_guarantee: 6G');
    const errors = only(profileFit.check(context(head, '0.3.11')), 'profile-fit').filter((f) => f.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({ path: 'profiles.jupyterlab[1].kubespawner_override.mem_guarantee', line: lineOf(head, 'mem_guarantee: 6G'), column: 7 }),
    ]);
    expect(errors[0]!.message).toContain('n1-standard-2');
  });

  it('errors when a Dask worker guarantee cannot fit the worker node, and on limit < guarantee', () => {
    const head = edit(edit(gcp, 'worker_cores: 1.5', 'worker_cores: 2'), 'worker_memory_limit: 4G\n      worker_memory: 3.5G', 'worker_memory_limit: 3G\n      worker_memory: 3.5G');
    const errors = profileFit.check(context(head, '0.3.11')).filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.path, f.line])).toEqual([
      ['profiles.dask_worker.Medium Worker.worker_cores', lineOf(head, 'worker_cores: 2')],
      ['profiles.dask_worker.Medium Worker.worker_memory_limit', lineOf(head, 'worker_memory_limit: 3G')],
    ]);
  });

  it('warns when a limit exceeds the node but the guarantee fits', () => {
    const findings = profileFit.check(context(gcp, '0.3.11'));
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(findings.map((f) => f.path)).toContain('profiles.jupyterlab[1].kubespawner_override.mem_limit');
  });

  it('gives a notice, not a guess, for an unknown instance type', () => {
    const head = edit(gcp, '    user:\n      instance: n1-standard-2', '    user:\n      instance: n9-custom-7');
    const notices = profileFit.check(context(head, '0.3.11')).filter((f) => f.severity === 'notice');
    expect(notices).toEqual([expect.objectContaining({ path: 'google_cloud_platform.node_groups.user.instance', line: lineOf(head, 'n9-custom-7') })]);
    // JupyterLab profiles (on the unknown type) are not sized; Dask profiles (on a known worker type) still are.
    const paths = profileFit.check(context(head, '0.3.11')).map((f) => f.path);
    expect(paths.filter((path) => path.startsWith('profiles.jupyterlab'))).toEqual([]);
    expect(paths.filter((path) => path.startsWith('profiles.dask_worker'))).not.toEqual([]);
  });

  it('checks a profile against the node group its node_selector names', () => {
    const nebari = corpusText(REAL.gcpNebari);
    const findings = profileFit.check(context(nebari, '2023.7.2'));
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.find((f) => f.path === 'profiles.jupyterlab[2].kubespawner_override.mem_limit')?.message).toContain('a2-highgpu-1g');
  });
});

describe('profile-fit', () => {
  it('reads K/M/G/T as powers of 1024, like KubeSpawner', () => {
    const config = (memory: string) =>
      `provider: gcp\ngoogle_cloud_platform:\n  node_groups:\n    user:\n      instance: n1-standard-2\n      min_nodes: 0\n      max_nodes: 1\nprofiles:\n  jupyterlab:\n  - display_name: a\n    kubespawner_override:\n      mem_guarantee: ${memory}\n`;
    // n1-standard-2 leaves about 5.7 GiB; 5.8G is 5.8 GiB (does not fit) while 5800M is 5.66 GiB (fits).
    expect(profileFit.check(context(config('5.8G'), '0.3.11'))).toHaveLength(1);
    expect(profileFit.check(context(config('5800M'), '0.3.11'))).toEqual([]);
  });

  it('checks limit < guarantee even without node groups (local)', () => {
    const text = 'provider: local\nprofiles:\n  jupyterlab:\n  - display_name: a\n    kubespawner_override:\n      cpu_limit: 1\n      cpu_guarantee: 2\n';
    expect(profileFit.check(context(text, '0.3.11'))).toEqual([expect.objectContaining({ severity: 'error', path: 'profiles.jupyterlab[0].kubespawner_override.cpu_limit', line: 6 })]);
  });
});
