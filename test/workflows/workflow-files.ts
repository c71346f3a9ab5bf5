// Reads the workflow and composite-action files of this repository and of the
// template, for the workflow tests.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

export const repoRoot = join(import.meta.dirname, '../..');
export const templateRoot = join(repoRoot, 'template-repo');

export interface WorkflowFile {
  /** Path relative to the repository root, for messages. */
  path: string;
  text: string;
  data: Record<string, unknown>;
}

export interface Step {
  file: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}

/** Workflows and local composite actions under `<root>/.github`. */
export function workflowFiles(root: string): WorkflowFile[] {
  const github = join(root, '.github');
  return [...yamlFiles(join(github, 'workflows')), ...yamlFiles(join(github, 'actions'))].map((path) => {
    const text = readFileSync(path, 'utf8');
    return { path: relative(repoRoot, path), text, data: parse(text) as Record<string, unknown> };
  });
}

/** Every step of every job (workflows) and of `runs.steps` (composite actions). */
export function steps(file: WorkflowFile): Step[] {
  const jobs = (file.data.jobs ?? {}) as Record<string, { steps?: Step[] }>;
  const runs = file.data.runs as { steps?: Step[] } | undefined;
  const all = [...Object.values(jobs).flatMap((job) => job.steps ?? []), ...(runs?.steps ?? [])];
  return all.map((step) => ({ ...step, file: file.path }));
}
