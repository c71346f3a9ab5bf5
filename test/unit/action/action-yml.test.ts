// action.yml is the action's public contract (DESIGN.md): every input main.ts reads and every
// output the commands set must be declared and documented there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { planOutputs } from '../../../src/action/plan.js';
import { validationOutputs } from '../../../src/action/validate.js';

const root = join(import.meta.dirname, '..', '..', '..');
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  name: string;
  description: string;
  author: string;
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
};

describe('action.yml', () => {
  it('is marketplace-ready and runs dist/index.js on node24', () => {
    expect(action.name).toBe('qhub-gitops');
    expect(action.description.length).toBeLessThanOrEqual(125);
    expect(action.author).toBeTruthy();
    expect(action.branding).toEqual({ icon: expect.any(String), color: expect.any(String) });
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('declares exactly the inputs main.ts reads, each documented', () => {
    const main = readFileSync(join(root, 'src', 'action', 'main.ts'), 'utf8');
    const read = [...main.matchAll(/core\.getInput\('([^']+)'\)/g)].map((match) => match[1]).sort();
    expect(Object.keys(action.inputs).sort()).toEqual(read);
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description, name).toMatch(/\w{3}/);
      expect(input.required, name).toBe(false);
    }
    expect(action.inputs['github-token']!.default).toBe('${{ github.token }}');
    expect(action.inputs['deployment-branch-prefix']!.default).toBe('deploy/');
    expect(action.inputs['require-reviewed-plan']!.default).toBe('true');
  });

  it('declares every output the commands set, and the contract of DESIGN.md', () => {
    const run = { roots: [], hash: 'sha256:0', hasChanges: false, failed: false, runnerWarnings: [] };
    const report = { file: 'qhub-config.yaml', version: null, valid: true, findings: [] };
    const set = [...Object.keys(planOutputs(run)), ...Object.keys(validationOutputs(report)), 'comment-id', 'comment-url'];
    const design = ['valid', 'findings', 'has-changes', 'to-add', 'to-change', 'to-destroy', 'destructive', 'plan-hash', 'comment-id', 'comment-url'];
    expect(Object.keys(action.outputs)).toEqual(expect.arrayContaining([...new Set([...set, ...design])]));
    for (const [name, output] of Object.entries(action.outputs)) expect(output.description, name).toMatch(/\w{3}/);
  });
});
