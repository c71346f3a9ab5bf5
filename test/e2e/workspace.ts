// What the e2e scenarios check out and run with: the template repository's example
// deployment, provider-free Terraform stacks, and an OpenTofu binary.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findTofu as findTofuFor } from '../helpers/tofu.js';
import { repoRoot } from './run-action.js';

/** The template repository's example deployment: a valid QHub 0.3.14 config, its pin and environments. */
export function templateFiles(): Record<string, string> {
  const template = join(repoRoot, 'template-repo');
  const files: Record<string, string> = {
    'qhub-config.yaml': readFileSync(join(template, 'qhub-config.yaml'), 'utf8'),
    '.qhub-version': readFileSync(join(template, '.qhub-version'), 'utf8'),
  };
  for (const name of readdirSync(join(template, 'environments'))) {
    files[`environments/${name}`] = readFileSync(join(template, 'environments', name), 'utf8');
  }
  return files;
}

/** A provider-free stack from test/fixtures/stacks. */
export function stack(name: string): string {
  return readFileSync(join(repoRoot, 'test/fixtures/stacks', name, 'main.tf'), 'utf8');
}

/** The OpenTofu binary the scenarios run, or null with a visible skip reason. */
export const findTofu = (): string | null => findTofuFor('e2e OpenTofu scenarios');
