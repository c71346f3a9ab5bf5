// CLI apply checks the config the way validate does before it plans anything.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyCommand } from '../../../src/cli/apply.js';

const repoRoot = join(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'qhub-gitops-cli-apply-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function checkout(config: string): string {
  const dir = mkdtempSync(join(work, 'config-'));
  cpSync(join(repoRoot, 'template-repo/environments'), join(dir, 'environments'), { recursive: true });
  writeFileSync(join(dir, 'qhub-config.yaml'), config);
  writeFileSync(join(dir, '.qhub-version'), readFileSync(join(repoRoot, 'template-repo/.qhub-version'), 'utf8'));
  return dir;
}

describe('apply CLI --config', () => {
  it('refuses a config with error findings before planning (no engine is ever started)', async () => {
    const template = readFileSync(join(repoRoot, 'template-repo/qhub-config.yaml'), 'utf8');
    const config = template.replace('QHUB_SECRET_github_oauth_client_secret', 'hunter2-literal-secret');
    expect(config).not.toBe(template);
    const stderr: string[] = [];
    const io = { stdout: () => {}, stderr: (text: string) => stderr.push(text), cwd: checkout(config), env: {} };
    // A missing engine binary would fail only once planning starts.
    expect(await applyCommand.run(['--config', 'qhub-config.yaml', '--engine', join(work, 'no-such-tofu')], io)).toBe(1);
    const text = stderr.join('');
    expect(text).toContain('plaintext-secret');
    expect(text).toMatch(/qhub-config\.yaml did not pass validation \(1 error, listed with the findings\)/);
    expect(text).not.toContain('hunter2-literal-secret');
  });

  it('reports a config that does not load by its findings, before planning', async () => {
    const stderr: string[] = [];
    const io = { stdout: () => {}, stderr: (text: string) => stderr.push(text), cwd: checkout('project_name: [unclosed\n'), env: {} };
    expect(await applyCommand.run(['--config', 'qhub-config.yaml', '--engine', join(work, 'no-such-tofu')], io)).toBe(1);
    expect(stderr.join('')).toMatch(/did not pass validation/);
  });
});
