// `qhub-gitops summarize PLAN_JSON`: counts and hash (json) or the PR comment (markdown) of one plan.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parsePlanJson, PlanFormatError } from '../terraform/plan-json.js';
import { planSummary, summarizePlan } from '../terraform/summary.js';
import { UsageError, UserFacingError, defineCommand } from './types.js';

const usage = `usage: qhub-gitops summarize PLAN_JSON [--format json|markdown]

Summarizes a plan printed by 'tofu show -json PLANFILE' or 'terraform show -json PLANFILE'.
  json      counts, to_add/to_change/to_destroy, destructive addresses, plan hash
  markdown  the pull-request comment the action would post (at most 65,536 characters;
            sensitive values are never shown)
Exit codes: 0 summarized, 2 usage error or not a readable plan.`;

export const summarizeCommand = defineCommand({
  name: 'summarize',
  summary: 'summarize a show -json plan as JSON counts or the PR comment',
  usage,
  options: { format: { type: 'string', default: 'json' } },
  positionals: true,
  async run(parsed, io) {
    const format = parsed.values.format;
    if (format !== 'json' && format !== 'markdown') throw new UsageError(`--format must be json or markdown, not '${format}'`);
    if (parsed.positionals.length !== 1) throw new UsageError('expected exactly one PLAN_JSON file');
    const file = parsed.positionals[0]!;
    let text: string;
    try {
      // One synchronous read: nothing else runs meanwhile, and fs/promises would cost a module load.
      text = readFileSync(resolve(io.cwd, file), 'utf8');
    } catch (error) {
      throw new UserFacingError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
    }
    let plan;
    try {
      plan = parsePlanJson(text, file);
    } catch (error) {
      if (error instanceof PlanFormatError) throw new UserFacingError(error.message);
      throw error;
    }
    // The renderers bring the YAML parser (documents inside strings, config changes): the JSON
    // summary does not load them (in dist they are a file of their own, cli-summarize-markdown.js).
    if (format === 'markdown') return (await import('./summarize-markdown.js')).printComment(file, summarizePlan(plan), io);
    // The JSON needs neither drift nor rendering: the cheaper planSummary is enough.
    io.stdout(`${JSON.stringify(planSummary(plan), null, 2)}\n`);
    return 0;
  },
});
