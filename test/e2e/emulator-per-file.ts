// The GitHub emulator of one e2e test file: dist built first, state reset before each test,
// and after each test no request or response outside GitHub's API description.
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { GitHubEmulator } from '../emulator/server.js';
import { ensureDist } from './run-action.js';

/** The token identity of the Actions token: `github-actions[bot]`, which GraphQL does not answer for. */
export const ACTIONS_BOT = { login: 'github-actions[bot]', type: 'Bot', graphqlViewer: false } as const;

/** Registers the file's hooks; `github.emulator` is the running emulator inside tests and hooks. */
export function useEmulator(): { emulator: GitHubEmulator } {
  const github = {} as { emulator: GitHubEmulator };
  beforeAll(async () => {
    ensureDist();
    github.emulator = await GitHubEmulator.start();
  });
  afterAll(async () => {
    await github.emulator?.close();
  });
  beforeEach(() => {
    github.emulator.reset();
  });
  afterEach(() => {
    expect(github.emulator.violations).toEqual([]);
  });
  return github;
}
