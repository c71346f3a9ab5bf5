// Shared by the action's unit tests: the inputs as the runner fills them from action.yml's
// defaults, and temporary checkouts removed after the file's tests.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import type { ActionInputs } from '../../src/action/settings.js';

export function actionInputs(overrides: Partial<ActionInputs> = {}): ActionInputs {
  return {
    command: '',
    config: '',
    qhubVersion: '',
    environments: '',
    workingDirectory: '.',
    githubToken: 'ghs_x',
    comment: 'always',
    engine: 'auto',
    engineVersion: '',
    engineMirror: '',
    deploymentBranchPrefix: 'deploy/',
    confirm: '',
    failOn: 'error',
    requireReviewedPlan: 'true',
    cleanCluster: '',
    roots: '',
    ...overrides,
  };
}

/** Returns a function that writes `files` into a new temporary directory; all are removed after the file's tests. */
export function temporaryCheckouts(prefix: string): { checkout(files: Record<string, string>): string; track(dir: string): string } {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const track = (dir: string) => (dirs.push(dir), dir);
  return {
    track,
    checkout(files) {
      const dir = track(mkdtempSync(join(tmpdir(), prefix)));
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      return dir;
    },
  };
}
