// The action's validate: the validate job over the checkout and GitHub, reported as outputs,
// annotations, the job summary and the sticky comment.
import type { ValidationReport } from '../config/types.js';
import type { ConfigCheck } from '../jobs/validate.js';
import { runValidate } from '../jobs/validate.js';
import type { ValidatePorts } from '../jobs/ports.js';
import { buildComment } from '../report/comment.js';
import { countBySeverity, renderFindingsMarkdown } from '../report/findings.js';
import { readDeployment, type RunTarget } from '../jobs/deployment.js';
import { deploymentBranch, validationOf } from './deployment.js';
import type { ActionResult } from './result.js';
import type { Settings } from './settings.js';

export function validationFailure(report: ValidationReport, path: string, failOn: Settings['failOn']): string | null {
  const counts = countBySeverity(report.findings);
  const failing = failOn === 'warning' ? counts.error + counts.warning : counts.error;
  if (failing === 0) return null;
  const parts = [`${counts.error} error${counts.error === 1 ? '' : 's'}`];
  if (failOn === 'warning') parts.push(`${counts.warning} warning${counts.warning === 1 ? '' : 's'} (fail-on: warning)`);
  return `${path} did not pass validation: ${parts.join(', ')}. See the annotations and the job summary.`;
}

export function notesMarkdown(notes: readonly string[]): string {
  // Every line quoted, so a multi-line note (a tool's error output) stays inside its callout.
  return notes.map((note) => `> [!NOTE]\n${note.split('\n').map((line) => `> ${line}`).join('\n')}`).join('\n\n');
}

export function validationOutputs(report: ValidationReport): Record<string, string> {
  return { valid: String(report.valid), findings: JSON.stringify(report.findings) };
}

function validateResult(settings: Settings, check: ConfigCheck, notes: readonly string[]): ActionResult {
  const { report, configFile, path } = check;
  const findingsMarkdown = renderFindingsMarkdown(report);
  const intro = notesMarkdown(notes);
  const branch = deploymentBranch(settings);
  const comment =
    settings.event.kind === 'pull_request' && branch
      ? {
          deployment: branch,
          config: path,
          kind: 'validate' as const,
          hasNews: report.findings.length > 0,
          body: buildComment({
            marker: { deployment: branch, config: path, planHash: null, kind: 'validate' },
            title: `QHub config check for \`${branch}\``,
            ...(intro ? { intro } : {}),
            validation: findingsMarkdown,
          }),
        }
      : null;
  return {
    outputs: validationOutputs(report),
    findings: report.findings,
    configFile,
    summary: [`## qhub-gitops validate`, intro, findingsMarkdown].filter(Boolean).join('\n\n'),
    comment,
    notices: [...notes],
    failure: validationFailure(report, path, settings.failOn),
  };
}

/** `preface`: lines to show first (e.g. why a fork PR gets validation only). */
export async function validateAction(settings: Settings, target: RunTarget, ports: ValidatePorts, preface: readonly string[] = []): Promise<ActionResult> {
  // Validation runs without explicit roots, so its target always has the config read.
  const deployment = target.deployment ?? (await readDeployment(target.source));
  const check = await runValidate({ ...validationOf(settings), deployment }, ports);
  return validateResult(settings, check, [...preface, ...check.notes]);
}
