// Real actionlint (with shellcheck on every `run:` script) and zizmor report nothing
// on this repository's workflows and on the template's. The linters come from
// scripts/setup-lint.sh; without them the tests are skipped and say how to install them.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, templateRoot } from './workflow-files.js';

const lintBin = join(process.env.QHUB_GITOPS_CACHE ?? join(homedir(), '.cache/qhub-gitops'), 'lint-venv/bin');
const actionlint = join(lintBin, 'actionlint');
const shellcheck = join(lintBin, 'shellcheck');
const zizmor = join(lintBin, 'zizmor');
const installed = [actionlint, shellcheck, zizmor].every((tool) => existsSync(tool));
if (!installed) console.warn(`workflow lint tests skipped: run scripts/setup-lint.sh to install actionlint, shellcheck and zizmor into ${lintBin}`);

const folders = [
  { name: 'this repository', root: repoRoot },
  { name: 'the template', root: templateRoot },
];

function workflowPaths(root: string): string[] {
  return execFileSync('bash', ['-c', 'ls .github/workflows/*.yml'], { cwd: root, encoding: 'utf8' }).trim().split('\n');
}

describe.skipIf(!installed).each(folders)('workflows of $name', ({ root }) => {
  it('actionlint reports nothing', () => {
    const result = spawnSync(actionlint, ['-no-color', '-shellcheck', shellcheck, ...workflowPaths(root)], { cwd: root, encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('zizmor reports nothing', () => {
    // --color never: under CI=true zizmor colours its output even when it is not a terminal.
    const result = spawnSync(zizmor, ['--offline', '--no-progress', '--color', 'never', '--format', 'plain', '--config', '.github/zizmor.yml', '.github/'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.stdout.trim()).toMatch(/^No findings to report\. Good job!( \(\d+ suppressed\))?$/);
    expect(result.status).toBe(0);
  });
});
