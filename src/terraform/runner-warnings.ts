// Engine diagnostics about the machine the engine runs on rather than the root it plans: the
// engines print their CLI configuration problems before every command, so a runner whose
// TF_CLI_CONFIG_FILE names a missing file would repeat the same warning under every stage.
// They are taken out of the roots and reported once per run.
import { formatDiagnostic, type Diagnostic } from './diagnostics.js';
import type { RootOutcome } from './outcome.js';

/**
 * Summaries as OpenTofu 1.8.3 and 1.10.7 and Terraform 0.14.9 and 1.5.7 print them, under
 * "There are some problems with the CLI configuration:".
 */
const RUNNER_SUMMARIES: readonly RegExp[] = [
  // TF_CLI_CONFIG_FILE (or the default ~/.terraformrc it names) does not exist.
  /^Unable to open CLI configuration file$/,
  // TF_PLUGIN_CACHE_DIR or plugin_cache_dir names a directory that is not there (the engine
  // then downloads providers without the cache).
  /^The specified plugin cache dir .* cannot be opened/,
];

const isRunnerSummary = (summary: string) => RUNNER_SUMMARIES.some((pattern) => pattern.test(summary));

export function isRunnerDiagnostic(diagnostic: Diagnostic): boolean {
  return isRunnerSummary(diagnostic.summary);
}

const keyOf = (diagnostic: Diagnostic) => `${diagnostic.severity}\n${diagnostic.summary}\n${diagnostic.detail}`;

/** Takes the runner's diagnostics out of each list handed to it, and keeps them once each for the run. */
export interface RunnerDiagnostics {
  /** The diagnostics without the runner's. */
  take(diagnostics: readonly Diagnostic[]): Diagnostic[];
  /** The same for a failure, which keeps them when they are all it has, so it never loses its reason. */
  takeFromFailure(diagnostics: Diagnostic[]): Diagnostic[];
  /** Every runner diagnostic taken, once each, in the order first seen. */
  found(): Diagnostic[];
}

export function runnerDiagnostics(found: readonly Diagnostic[] = []): RunnerDiagnostics {
  const runner = new Map<string, Diagnostic>(found.map((diagnostic) => [keyOf(diagnostic), diagnostic]));
  const take = (diagnostics: readonly Diagnostic[]): Diagnostic[] => {
    for (const diagnostic of diagnostics) if (isRunnerDiagnostic(diagnostic)) runner.set(keyOf(diagnostic), diagnostic);
    return diagnostics.filter((diagnostic) => !isRunnerDiagnostic(diagnostic));
  };
  return {
    take,
    takeFromFailure(diagnostics) {
      const own = take(diagnostics);
      return own.length > 0 ? own : diagnostics;
    },
    found: () => [...runner.values()],
  };
}

/** The roots without the runner's diagnostics, and those diagnostics once each. */
export function separateRunnerDiagnostics(roots: readonly RootOutcome[]): { roots: RootOutcome[]; runner: Diagnostic[] } {
  const runner = runnerDiagnostics();
  const kept = roots.map((outcome): RootOutcome => {
    if (outcome.status === 'planned') return { ...outcome, warnings: runner.take(outcome.warnings) };
    if (outcome.status === 'failed') return { ...outcome, diagnostics: runner.takeFromFailure(outcome.diagnostics) };
    return outcome;
  });
  return { roots: kept, runner: runner.found() };
}

/** One line in the log for an engine warning about the runner (printed before every engine command, said once). */
export function runnerWarningNotice(warning: Diagnostic): string {
  return `The engine warned about this runner, for every stage: ${formatDiagnostic(warning).replace(/\s+/g, ' ')}`;
}

const BLOCK_START = 'There are some problems with the CLI configuration:';
const BLOCK_END = /^As a result of the above problems, (OpenTofu|Terraform) may not behave as intended\.$/;
/** A diagnostic's first line, boxed (`│ Warning: …`) or not (Terraform 0.14). */
const HEADLINE = /^(?:│ )?(?:Warning|Error): (.*)$/;

/**
 * For the live log: the CLI configuration block the engine prints on stderr before every command
 * is shown the first time, then left out (the run reports it once). The block holds only runner
 * diagnostics: the first other diagnostic ends it, so a stage's own warnings always show. A box's
 * opening line is held until its headline says whose it is. Call `startProcess` before each
 * process: a block only continues within one process's stderr.
 */
export function runnerBlockFilter(): { startProcess(): void; lines(line: string, stream: 'stdout' | 'stderr'): string[] } {
  let shownOnce = false;
  let hiding = false;
  // Inside the block, or past its closing line where only the blank lines after it still belong.
  let place: 'outside' | 'block' | 'after' = 'outside';
  let held: string[] = [];
  const leave = (line: string): string[] => {
    place = 'outside';
    const out = [...held, line];
    held = [];
    return out;
  };
  const own = (lines: string[]): string[] => (hiding ? [] : lines);
  return {
    startProcess() {
      place = 'outside';
      held = [];
    },
    lines(line, stream) {
      if (stream !== 'stderr') return [line];
      if (line === BLOCK_START) {
        place = 'block';
        hiding = shownOnce;
        shownOnce = true;
        return own([line]);
      }
      if (place === 'after') return line.trim() === '' ? own([line]) : leave(line);
      if (place === 'outside') return [line];
      if (BLOCK_END.test(line)) {
        place = 'after';
        return own([line]);
      }
      if (line.startsWith('╷')) {
        held = [line];
        return [];
      }
      const headline = HEADLINE.exec(line);
      if (headline) {
        if (!isRunnerSummary(headline[1]!)) return leave(line);
        const out = own([...held, line]);
        held = [];
        return out;
      }
      return line.trim() === '' || /^[│╵]/.test(line) ? own([line]) : leave(line);
    },
  };
}
