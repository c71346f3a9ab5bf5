// template-repo/.github/scripts/lock_environments.py: pins what micromamba solves,
// in place. micromamba itself needs the conda channels, so a stand-in executable
// ($MAMBA_EXE) answers with a solve in micromamba's --json shape and records the
// command line it was given.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { steps, templateRoot, workflowFiles } from './workflow-files.js';

const script = join(templateRoot, '.github/scripts/lock_environments.py');
const hasPyYaml = spawnSync('python3', ['-c', 'import yaml'], { encoding: 'utf8' }).status === 0;
if (!hasPyYaml) console.warn('lock-environments tests skipped: python3 with PyYAML is needed (pip install pyyaml)');

function fakeMicromamba(dir: string, solved: Record<string, string> | null): string {
  const path = join(dir, 'micromamba');
  const answer = solved
    ? JSON.stringify({ actions: { LINK: Object.entries(solved).map(([name, version]) => ({ name, version, build_string: 'x_0' })) }, dry_run: true })
    : JSON.stringify({ success: false });
  writeFileSync(
    path,
    `#!/usr/bin/env bash\nprintf '%s\\n' "$@" > "${join(dir, 'argv')}"\n${solved ? '' : 'echo "error    libmamba Could not solve for environment specs" >&2\n'}cat <<'JSON'\n${answer}\nJSON\n`,
  );
  chmodSync(path, 0o755);
  return path;
}

function run(dir: string, files: string[], solved: Record<string, string> | null) {
  return spawnSync('python3', [script, ...files], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, MAMBA_EXE: fakeMicromamba(dir, solved) },
  });
}

const environment = `# Data tools: keep this comment.
name: tools
channels:
  - conda-forge
dependencies:
  - python=3.11 # the interpreter
  - "numpy>=1.26"
  - conda-forge::pandas
  - qhub-dask==0.3.13
  - pip
  - pip:
      - rich==13.7.1
`;

describe.skipIf(!hasPyYaml)('lock_environments.py', () => {
  it('pins every conda spec to its solved version, keeping comments, quotes and pip entries', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lock-'));
    writeFileSync(join(dir, 'env.yaml'), environment);
    const solved = { python: '3.11.9', numpy: '1.26.4', pandas: '2.2.2', 'qhub-dask': '0.3.13', pip: '24.0', libzlib: '1.3.1' };
    const result = run(dir, ['env.yaml'], solved);
    expect(result.stdout + result.stderr).toBe('env.yaml: pinned\n');
    expect(readFileSync(join(dir, 'env.yaml'), 'utf8')).toBe(`# Data tools: keep this comment.
name: tools
channels:
  - conda-forge
dependencies:
  - python==3.11.9 # the interpreter
  - "numpy==1.26.4"
  - conda-forge::pandas==2.2.2
  - qhub-dask==0.3.13
  - pip==24.0
  - pip:
      - rich==13.7.1
`);
    const argv = readFileSync(join(dir, 'argv'), 'utf8').split('\n');
    expect(argv).toEqual(expect.arrayContaining(['create', '--dry-run', '--json', '--override-channels', '--channel', 'conda-forge', 'numpy>=1.26']));

    // A second run finds nothing to change.
    expect(run(dir, ['env.yaml'], solved).stdout).toBe('env.yaml: already pinned\n');
  });

  it('refuses unpinned pip packages and reports a failed solve as an annotation', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lock-'));
    writeFileSync(join(dir, 'pip.yaml'), 'name: a\ndependencies:\n  - python\n  - pip:\n      - rich\n');
    writeFileSync(join(dir, 'hard.yaml'), 'name: b\nchannels: [conda-forge]\ndependencies:\n  - python\n');
    const result = run(dir, ['pip.yaml', 'hard.yaml'], null);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('::error file=pip.yaml::pip.yaml: pin these pip packages with == by hand: rich');
    expect(result.stdout).toContain('::error file=hard.yaml::hard.yaml: micromamba could not solve the environment:%0A  error    libmamba Could not solve');
    expect(readFileSync(join(dir, 'hard.yaml'), 'utf8')).toBe('name: b\nchannels: [conda-forge]\ndependencies:\n  - python\n');
  });
});

describe('lock-environments.yml', () => {
  const workflow = workflowFiles(templateRoot).find((file) => file.path.endsWith('workflows/lock-environments.yml'))!;
  const all = steps(workflow) as (ReturnType<typeof steps>[number] & { env?: Record<string, string> })[];

  it('runs the pinning script from a checkout of the base commit, not the pull request', () => {
    const solve = all.find((step) => step.run?.includes('lock_environments.py'))!;
    const scriptDir = /python (\S+)\/\.github\/scripts\/lock_environments\.py/.exec(solve.run!)?.[1];
    const checkout = all.find((step) => step.uses?.startsWith('actions/checkout@') && step.with?.path === scriptDir);
    expect(checkout?.with?.ref).toBe('${{ github.event.pull_request.base.sha }}');
  });

  it('runs no git hooks in the step that holds the push token', () => {
    const push = all.find((step) => Object.values(step.env ?? {}).some((value) => value.includes('secrets.GITOPS_BOT_TOKEN')))!;
    const gitCommands = push.run!.split('\n').filter((line) => /^\s*git\b.* (commit|push) /.test(line));
    expect(gitCommands.length).toBe(2);
    for (const line of gitCommands) expect(line).toContain('git -c core.hooksPath=/dev/null ');
  });
});
