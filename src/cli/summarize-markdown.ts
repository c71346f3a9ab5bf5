// `summarize --format markdown`: the pull-request comment of one plan. Loaded on demand by
// summarize.ts, so the JSON summary never loads the renderers.
import { buildComment } from '../report/comment.js';
import { inlineCode } from '../report/markdown.js';
import type { PlanReport } from '../terraform/summary.js';
import type { CliIO } from './types.js';

export function printComment(file: string, report: PlanReport, io: CliIO): number {
  const roots = [{ status: 'planned' as const, root: file, report, planFile: null, warnings: [] }];
  const hash = report.summary.hash;
  io.stdout(
    buildComment({
      marker: { deployment: null, config: null, planHash: hash, kind: 'plan' },
      title: `Plan ${inlineCode(file)}`,
      plan: { roots, hash },
    }),
  );
  return 0;
}
