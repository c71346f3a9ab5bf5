// Engine warnings about the runner, told apart from a root's own, on the texts real engines print.
import { describe, expect, it } from 'vitest';
import { destroyRoots } from '../../../src/jobs/destroy.js';
import { applySavedPlans, planRunOf } from '../../../src/terraform/roots.js';
import { applyCommentBody, applyJobSummary } from '../../../src/report/apply.js';
import { destroySummary } from '../../../src/report/destroy.js';
import { formatDiagnostic, parseDiagnostics, type Diagnostic } from '../../../src/terraform/diagnostics.js';
import { EngineError, type Engine } from '../../../src/terraform/engine.js';
import type { PlanRun, RootOutcome } from '../../../src/terraform/outcome.js';
import { isRunnerDiagnostic, runnerBlockFilter, separateRunnerDiagnostics } from '../../../src/terraform/runner-warnings.js';
import { summarizePlan } from '../../../src/terraform/summary.js';
import { idleEngine } from '../../helpers/fake-engine.js';

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

describe('runnerBlockFilter', () => {
  /** The stderr lines of one process that the log shows. */
  function shown(filter: ReturnType<typeof runnerBlockFilter>, stderr: string): string[] {
    filter.startProcess();
    // Lines as the process runner hands them over: no empty line for the final newline.
    return stderr.replace(/\n$/, '').split('\n').flatMap((line) => filter.lines(line, 'stderr'));
  }
  const planWarning = '╷\n│ Warning: Deprecated attribute\n│\n│ Use name instead.\n╵';

  it('shows the CLI configuration block of the first process, and leaves it out of every later one', () => {
    const filter = runnerBlockFilter();
    expect(shown(filter, TOFU_STDERR)).toEqual(TOFU_STDERR.replace(/\n$/, '').split('\n'));
    // A later process: the block is left out; what follows it (its own lines) is not.
    expect(shown(filter, `${TOFU_STDERR}Error: Unsupported block type\n\n  on main.tf line 2:`)).toEqual(['Error: Unsupported block type', '', '  on main.tf line 2:']);
    expect(shown(filter, `${TERRAFORM_014_STDERR}\n\nInitializing the backend...`)).toEqual(['Initializing the backend...']);
  });

  it('ends a block without a closing line at the first diagnostic that is not about the runner', () => {
    const filter = runnerBlockFilter();
    const warningOnly = 'There are some problems with the CLI configuration:\n╷\n│ Warning: Unable to open CLI configuration file\n│\n│ The CLI configuration file at "/x" does not exist.\n╵\n';
    shown(filter, warningOnly);
    // tofu 1.10.7 plan: the warning-only block (no closing line), then the plan's own warning.
    expect(shown(filter, `${warningOnly}\n${planWarning}`)).toEqual(planWarning.split('\n'));
  });

  it('never hides anything when there is no block, on stdout, or in the next process after a block', () => {
    const filter = runnerBlockFilter();
    shown(filter, TOFU_STDERR);
    expect(shown(filter, planWarning)).toEqual(planWarning.split('\n'));
    expect(filter.lines('There are some problems with the CLI configuration:', 'stdout')).toEqual(['There are some problems with the CLI configuration:']);
    // A block cut short by the end of one process does not swallow the start of the next.
    shown(filter, 'There are some problems with the CLI configuration:\n╷\n│ Warning: Unable to open CLI configuration file');
    expect(shown(filter, planWarning)).toEqual(planWarning.split('\n'));
  });
});

describe('runner warnings of apply and destroy', () => {
  const [cliConfig] = parseDiagnostics(TOFU_STDERR);
  const ownError: Diagnostic = { severity: 'error', summary: 'Error creating bucket', detail: 'BucketAlreadyExists', location: 'main.tf:4' };
  /** Every command prints the runner warning, and the ones named fail with their own error too. */
  function engine(failing: { apply?: boolean; destroy?: boolean }): Engine {
    const fail = (step: 'apply' | 'destroy', root: string) => {
      throw new EngineError(step, root, [cliConfig!, ownError], null);
    };
    return idleEngine({
      apply: async (root) => (failing.apply ? fail('apply', root) : undefined),
      destroy: async (root) => (failing.destroy ? fail('destroy', root) : { warnings: [cliConfig!] }),
    });
  }
  const withPlanFile = (root: string): RootOutcome => ({ ...(planned(root, [cliConfig!]) as Extract<RootOutcome, { status: 'planned' }>), planFile: `/p/${root}.tfplan` });
  const plan: PlanRun = planRunOf([withPlanFile('infra/a'), withPlanFile('infra/b')]);
  const specs = [{ dir: '/w/infra/a', label: 'infra/a' }, { dir: '/w/infra/b', label: 'infra/b' }];
  /** What the apply job does once the new plan passed the gate: each root's saved plan, in order. */
  const applyPlan = async (engine: Engine) => ({ plan, refusal: null, ...(await applySavedPlans(plan, specs, engine)) });

  it('an engine error names the failure, not the runner warning printed before it', () => {
    expect(new EngineError('apply', 'r', [cliConfig!, ownError], null).message).toBe(`apply failed in r: ${formatDiagnostic(ownError)}`);
  });

  it('apply: once for the run (the plan’s and the failure’s), in the job summary and not in the comment, never under a root', async () => {
    const applied = await applyPlan(engine({}));
    expect(applied.roots.map((root) => root.status)).toEqual(['applied', 'applied']);
    expect(applied.runnerWarnings).toEqual([cliConfig]);
    const failed = await applyPlan(engine({ apply: true }));
    expect(failed.roots[0]).toEqual({ root: 'infra/a', status: 'failed', diagnostics: [ownError], lock: null });
    expect(failed.runnerWarnings).toEqual([cliConfig]);
    const report = { marker: { deployment: 'deploy/x', config: null, planHash: null, kind: 'plan' as const }, deployment: 'deploy/x', sha: 'a'.repeat(40), runUrl: null, state: 'failed' as const, outcome: failed, previousBody: null };
    const summary = applyJobSummary(report);
    expect(summary.split('Unable to open CLI configuration file')).toHaveLength(2);
    expect(summary).toContain('The engine warned about this runner');
    expect(summary).toContain('Error creating bucket');
    expect(applyCommentBody(report)).not.toContain('CLI configuration');
  });

  it('destroy: once for the run, from successful destroys and failed ones alike, in the summary and not under a root', async () => {
    const clean = await destroyRoots(specs, engine({}), { facts: null, cluster: null });
    expect(clean.runnerWarnings).toEqual([cliConfig]);
    const failed = await destroyRoots(specs, engine({ destroy: true }), { facts: null, cluster: null });
    expect(failed.roots.map((root) => root.failure?.diagnostics)).toEqual([[ownError], [ownError]]);
    expect(failed.runnerWarnings).toEqual([cliConfig]);
    const summary = destroySummary(failed, { deployment: 'deploy/x', runUrl: null, issueUrl: null });
    expect(summary.split('Unable to open CLI configuration file')).toHaveLength(2);
    expect(destroySummary({ ...failed, runnerWarnings: [] }, { deployment: 'deploy/x', runUrl: null, issueUrl: null })).not.toContain('CLI configuration');
  });
});
