// Engine diagnostics about the machine the engine runs on rather than the root it plans: the
// engines print their CLI configuration problems before every command, so a runner whose
// TF_CLI_CONFIG_FILE names a missing file would repeat the same warning under every stage.
// They are taken out of the roots and reported once per run.
import type { Diagnostic } from './diagnostics.js';
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

export function isRunnerDiagnostic(diagnostic: Diagnostic): boolean {
  return RUNNER_SUMMARIES.some((pattern) => pattern.test(diagnostic.summary));
}

const keyOf = (diagnostic: Diagnostic) => `${diagnostic.severity}\n${diagnostic.summary}\n${diagnostic.detail}`;

/**
 * The roots without the runner's diagnostics, and those diagnostics once each. A failed root
 * keeps them when they are all it has, so a failure never loses its reason.
 */
export function separateRunnerDiagnostics(roots: readonly RootOutcome[]): { roots: RootOutcome[]; runner: Diagnostic[] } {
  const runner = new Map<string, Diagnostic>();
  const take = (diagnostics: readonly Diagnostic[]): Diagnostic[] => {
    const own = diagnostics.filter((diagnostic) => !isRunnerDiagnostic(diagnostic));
    for (const diagnostic of diagnostics) if (isRunnerDiagnostic(diagnostic)) runner.set(keyOf(diagnostic), diagnostic);
    return own;
  };
  const kept = roots.map((outcome): RootOutcome => {
    if (outcome.status === 'planned') return { ...outcome, warnings: take(outcome.warnings) };
    if (outcome.status === 'failed') {
      const own = take(outcome.diagnostics);
      return own.length > 0 ? { ...outcome, diagnostics: own } : outcome;
    }
    return outcome;
  });
  return { roots: kept, runner: [...runner.values()] };
}
