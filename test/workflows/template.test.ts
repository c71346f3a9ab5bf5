// The template repository's contract: its workflows pass the action only inputs it
// declares, its README documents every secret and variable they read, and its
// example config and environments validate cleanly from the template's root.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { validateConfig } from '../../src/validation/validate.js';
import { repoRoot, steps, templateRoot, workflowFiles } from './workflow-files.js';

const ACTION = 'qhub-gitops/qhub-gitops';
const templateWorkflows = workflowFiles(templateRoot);

describe('template workflows', () => {
  it('pass qhub-gitops only the inputs action.yml declares', () => {
    const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as { inputs?: Record<string, unknown> };
    const declared = new Set(Object.keys(action.inputs ?? {}));
    const uses = templateWorkflows.flatMap(steps).filter((step) => step.uses?.startsWith(`${ACTION}@`));
    expect(uses.length).toBeGreaterThan(0);
    const undeclared = uses.flatMap((step) =>
      Object.keys(step.with ?? {})
        .filter((input) => !declared.has(input))
        .map((input) => `${step.file}: input '${input}' is not declared in action.yml`),
    );
    expect(undeclared).toEqual([]);
  });

  it('reference the action at one release line', () => {
    const refs = new Set(
      templateWorkflows.flatMap(steps).flatMap((step) => (step.uses?.startsWith(`${ACTION}@`) ? [step.uses] : [])),
    );
    expect([...refs]).toEqual([`${ACTION}@v1`]);
  });

  it('read only secrets and variables the README documents', () => {
    const readme = readFileSync(join(templateRoot, 'README.md'), 'utf8');
    const names = new Set<string>();
    for (const file of templateWorkflows) {
      for (const match of file.text.matchAll(/\b(secrets|vars)\.([A-Za-z_][A-Za-z0-9_]*)/g)) {
        // The workflow token is GitHub's own, not something to set up.
        if (match[2] !== 'GITHUB_TOKEN') names.add(match[2]!);
      }
    }
    expect(names.size).toBeGreaterThan(0);
    const undocumented = [...names].filter((name) => !new RegExp(`\`${name}\``).test(readme));
    expect(undocumented).toEqual([]);
  });
});

describe('workflow hygiene, in both workflow folders', () => {
  const all = [...workflowFiles(repoRoot), ...templateWorkflows];
  const workflows = all.filter((file) => file.path.includes('/workflows/'));

  it('start from top-level permissions and never use pull_request_target', () => {
    expect(workflows.length).toBeGreaterThan(0);
    for (const file of workflows) {
      expect(file.data.permissions, `${file.path}: top-level permissions`).toEqual({});
      expect(Object.keys(file.data.on as object), file.path).not.toContain('pull_request_target');
    }
  });

  it('pass expressions to shell steps only through env', () => {
    const inlined = all.flatMap(steps).filter((step) => typeof step.run === 'string' && step.run.includes('${{'));
    expect(inlined.map((step) => `${step.file}: ${step.run!.split('\n')[0]}`)).toEqual([]);
  });
});

describe('template example config', () => {
  const configBytes = readFileSync(join(templateRoot, 'qhub-config.yaml'));
  const pinnedVersion = readFileSync(join(templateRoot, '.qhub-version'), 'utf8').trim();
  const environmentFiles = readdirSync(join(templateRoot, 'environments'))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({ bytes: readFileSync(join(templateRoot, 'environments', name)), file: `environments/${name}` }));

  it('validates for QHub 0.3.14 with no errors and every package pinned', () => {
    expect(pinnedVersion).toBe('0.3.14');
    expect(environmentFiles.length).toBeGreaterThan(0);
    const report = validateConfig({ config: { bytes: configBytes, file: 'qhub-config.yaml' }, pinnedVersion, environmentFiles });
    expect(report.version?.value).toBe('0.3.14');
    expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(report.findings.filter((finding) => finding.rule === 'unpinned-package')).toEqual([]);
    expect(report.valid).toBe(true);
  });

  it('passes `qhub-gitops validate qhub-config.yaml` from the template root with no flags', async () => {
    let out = '';
    const io = { cwd: templateRoot, env: {}, stdout: (text: string) => void (out += text), stderr: (text: string) => void (out += text) };
    expect(await runCli(['validate', 'qhub-config.yaml'], io), out).toBe(0);
  });
});
