import { createRequire as __qgCreateRequire } from 'node:module'; const require = __qgCreateRequire(import.meta.url);
import {
  PlanFormatError,
  buildComment,
  inlineCode,
  parsePlanJson,
  planSummary,
  summarizePlan
} from "./chunk-TED5GYOY.js";
import {
  UsageError,
  UserFacingError,
  parseCommandLine
} from "./chunk-KRETPF2Y.js";

// src/commands/summarize.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
var usage = `usage: qhub-gitops summarize PLAN_JSON [--format json|markdown]

Summarizes a plan printed by 'tofu show -json PLANFILE' or 'terraform show -json PLANFILE'.
  json      counts, to_add/to_change/to_destroy, destructive addresses, plan hash
  markdown  the pull-request comment the action would post (at most 65,536 characters;
            sensitive values are never shown)
Exit codes: 0 summarized, 2 usage error or not a readable plan.`;
var summarizeCommand = {
  name: "summarize",
  summary: "summarize a show -json plan as JSON counts or the PR comment",
  usage,
  async run(argv, io) {
    const parsed = parseCommandLine({ args: argv, allowPositionals: true, options: { format: { type: "string", default: "json" } } });
    const format = parsed.values.format;
    if (format !== "json" && format !== "markdown") throw new UsageError(`--format must be json or markdown, not '${format}'`);
    if (parsed.positionals.length !== 1) throw new UsageError("expected exactly one PLAN_JSON file");
    const file = parsed.positionals[0];
    let text;
    try {
      text = readFileSync(resolve(io.cwd, file), "utf8");
    } catch (error) {
      throw new UserFacingError(`cannot read ${file}: ${error.code === "ENOENT" ? "no such file" : error.message}`);
    }
    let plan;
    try {
      plan = parsePlanJson(text, file);
    } catch (error) {
      if (error instanceof PlanFormatError) throw new UserFacingError(error.message);
      throw error;
    }
    if (format === "markdown") return printComment(file, summarizePlan(plan), io);
    io.stdout(`${JSON.stringify(planSummary(plan), null, 2)}
`);
    return 0;
  }
};
function printComment(file, report, io) {
  const roots = [{ status: "planned", root: file, report, planFile: null, warnings: [] }];
  const hash = report.summary.hash;
  io.stdout(
    buildComment({
      marker: { deployment: null, config: null, planHash: hash, kind: "plan" },
      title: `Plan ${inlineCode(file)}`,
      plan: { roots, hash }
    })
  );
  return 0;
}
export {
  summarizeCommand
};
