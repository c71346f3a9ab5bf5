// Engine warnings about the runner, told apart from a root's own, on the texts real engines print.
import { describe, expect, it } from 'vitest';
import { parseDiagnostics, type Diagnostic } from '../../src/terraform/diagnostics.js';
import type { RootOutcome } from '../../src/terraform/outcome.js';
import { isRunnerDiagnostic, separateRunnerDiagnostics } from '../../src/terraform/runner-warnings.js';
import { summarizePlan } from '../../src/terraform/summary.js';

// OpenTofu 1.10.7 (and 1.8.3, Terraform 1.5.7 alike) with TF_CLI_CONFIG_FILE=/nonexistent/rc and
// TF_PLUGIN_CACHE_DIR=/nonexistent/cache, before `init`'s own output.
const TOFU_STDERR = `There are some problems with the CLI configuration:
╷
│ Warning: Unable to open CLI configuration file
│
│ The CLI configuration file at "/nonexistent/rc" does not exist.
╵

╷
│ Error: The specified plugin cache dir /nonexistent/cache cannot be opened: stat /nonexistent/cache: no such file or directory
│
╵

As a result of the above problems, OpenTofu may not behave as intended.
`;

// Terraform 0.14.9 prints the same without the box.
const TERRAFORM_014_STDERR = `There are some problems with the CLI configuration:

Error: The specified plugin cache dir /nonexistent/cache cannot be opened: stat /nonexistent/cache: no such file or directory


As a result of the above problems, Terraform may not behave as intended.
`;

const stageWarning: Diagnostic = { severity: 'warning', summary: 'Deprecated attribute', detail: 'Use name instead.', location: 'main.tf:3' };

function planned(root: string, warnings: Diagnostic[]): RootOutcome {
  return { status: 'planned', root, report: summarizePlan({ format_version: '1.2', resource_changes: [] }), planFile: null, warnings };
}

describe('isRunnerDiagnostic', () => {
  it('recognizes the CLI configuration problems real engines print', () => {
    expect(parseDiagnostics(TOFU_STDERR).map((diagnostic) => [diagnostic.summary.slice(0, 40), isRunnerDiagnostic(diagnostic)])).toEqual([
      ['Unable to open CLI configuration file', true],
      ['The specified plugin cache dir /nonexist', true],
    ]);
    expect(parseDiagnostics(TERRAFORM_014_STDERR).map(isRunnerDiagnostic)).toEqual([true]);
  });

  it('leaves a root’s own diagnostics alone', () => {
    expect(isRunnerDiagnostic(stageWarning)).toBe(false);
    expect(isRunnerDiagnostic({ ...stageWarning, summary: 'Failed to query available provider packages' })).toBe(false);
  });
});

describe('separateRunnerDiagnostics', () => {
  const [cliConfig] = parseDiagnostics(TOFU_STDERR);

  it('takes the runner warnings out of every root and keeps each once', () => {
    const { roots, runner } = separateRunnerDiagnostics([planned('a', [cliConfig!, stageWarning]), planned('b', [cliConfig!]), { status: 'pending', root: 'c', reason: 'x' }]);
    expect(runner).toEqual([cliConfig]);
    expect(roots.map((outcome) => (outcome.status === 'planned' ? outcome.warnings : outcome.status))).toEqual([[stageWarning], [], 'pending']);
  });

  it('keeps the reason of a failed root: its own errors only, or the runner ones when they are all it has', () => {
    const ownError: Diagnostic = { severity: 'error', summary: 'Unsupported block type', detail: '', location: 'main.tf:2' };
    const failed = (diagnostics: Diagnostic[]): RootOutcome => ({ status: 'failed', root: 'r', step: 'init', diagnostics, lock: null, partial: null });
    const [cacheError] = parseDiagnostics(TERRAFORM_014_STDERR);
    expect(separateRunnerDiagnostics([failed([cacheError!, ownError])]).roots).toEqual([failed([ownError])]);
    const alone = separateRunnerDiagnostics([failed([cacheError!])]);
    expect(alone.roots).toEqual([failed([cacheError!])]);
    expect(alone.runner).toEqual([cacheError]);
  });
});
