// An action run under a runner whose TF_CLI_CONFIG_FILE names a missing file: the engine warns
// about it before every command, and the run says it once in the log and the job summary.
import { expect } from 'vitest';

export const MISSING_CLI_CONFIG = { TF_CLI_CONFIG_FILE: '/nonexistent/qhub-gitops.tfrc' };

export function expectRunnerWarningOnce(result: { summary: string; stdout: string }): void {
  const count = (text: string, needle: string) => text.split(needle).length - 1;
  expect(count(result.summary, 'Unable to open CLI configuration file')).toBe(1);
  expect(result.summary).toContain(MISSING_CLI_CONFIG.TF_CLI_CONFIG_FILE);
  expect(result.stdout.split('\n').filter((line) => line.startsWith('::notice::The engine warned about this runner'))).toHaveLength(1);
  // The live log shows the engine's own block the first time only.
  expect(count(result.stdout, '│ Warning: Unable to open CLI configuration file')).toBe(1);
}
