// Plan summary speed: parsing + summarizing + rendering the comment and the job summary for the
// corpus's 300-resource plan, and for a synthetic 5,000-resource plan (a large QHub stage set).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const hundreds = join(root, '..', 'shared', 'corpus', 'tfplans', 'borchero__terraform-plan-comment__tests__fixtures__basic__7-create-hundreds__plan.json');

async function loadModules() {
  const outdir = mkdtempSync(join(tmpdir(), 'qhub-gitops-bench-summarize-'));
  const source = [
    `export { parsePlanJson } from ${JSON.stringify(join(root, 'src/terraform/plan-json.ts'))};`,
    `export { summarizePlan } from ${JSON.stringify(join(root, 'src/terraform/summary.ts'))};`,
    `export { buildComment, buildJobSummary } from ${JSON.stringify(join(root, 'src/report/comment.ts'))};`,
  ].join('\n');
  await build({ stdin: { contents: source, resolveDir: root, loader: 'ts' }, outfile: join(outdir, 'summarize.mjs'), bundle: true, platform: 'node', format: 'esm', logLevel: 'error' });
  const modules = await import(pathToFileURL(join(outdir, 'summarize.mjs')).href);
  rmSync(outdir, { recursive: true, force: true });
  return modules;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeIt(runs, work) {
  const times = [];
  for (let index = 0; index < runs; index++) {
    const start = process.hrtime.bigint();
    work();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

function syntheticPlan(count) {
  const resource_changes = [];
  for (let index = 0; index < count; index++) {
    const kind = index % 4;
    const actions = [['create'], ['update'], ['delete', 'create'], ['delete']][kind];
    resource_changes.push({
      address: `module.stage${index % 8}.kubernetes_config_map.item["${index}"]`,
      type: index % 97 === 0 ? 'google_compute_disk' : 'kubernetes_config_map',
      change: {
        actions,
        before: kind === 0 ? null : { data: { key: `old-${index}`, other: 'same' }, id: `id-${index}` },
        after: kind === 3 ? null : { data: { key: `new-${index}`, other: 'same', token: `secret-${index}` } },
        after_unknown: kind === 3 ? false : { id: true },
        before_sensitive: false,
        after_sensitive: kind === 3 ? false : { data: { token: true } },
      },
    });
  }
  return JSON.stringify({ format_version: '1.2', terraform_version: '1.10.7', resource_changes });
}

function renderRows(name, modules, text, targets) {
  const { parsePlanJson, summarizePlan, buildComment, buildJobSummary } = modules;
  let report;
  const summarizeMs = timeIt(5, () => {
    report = summarizePlan(parsePlanJson(text));
  });
  const input = () => ({
    marker: { deployment: 'deploy/bench', config: 'qhub-config.yaml', planHash: report.summary.hash, kind: 'plan' },
    title: 'Plan',
    plan: { roots: [{ status: 'planned', root: 'bench', report, planFile: null, warnings: [] }], hash: report.summary.hash },
  });
  let comment = '';
  const commentMs = timeIt(5, () => {
    comment = buildComment(input());
  });
  const summaryMs = timeIt(3, () => buildJobSummary(input()));
  return [
    { name: `${name}: parse + summarize`, value: summarizeMs, unit: 'ms', target: `< ${targets.summarize} ms`, ok: summarizeMs < targets.summarize },
    { name: `${name}: sticky comment`, value: commentMs, unit: 'ms', target: `< ${targets.comment} ms`, ok: commentMs < targets.comment },
    { name: `${name}: job summary`, value: summaryMs, unit: 'ms', target: `< ${targets.summary} ms`, ok: summaryMs < targets.summary },
    { name: `${name}: comment size`, value: comment.length, unit: 'chars', target: '<= 65536', ok: comment.length <= 65_536 },
  ];
}

export async function run() {
  const modules = await loadModules();
  const rows = [];
  if (existsSync(hundreds)) {
    rows.push(...renderRows('300-resource corpus plan', modules, readFileSync(hundreds, 'utf8'), { summarize: 100, comment: 100, summary: 250 }));
  } else {
    rows.push({ name: '300-resource corpus plan', value: 0, unit: 'ms', target: 'corpus absent', ok: null });
  }
  rows.push(...renderRows('5,000-resource synthetic plan', modules, syntheticPlan(5000), { summarize: 1500, comment: 1500, summary: 3000 }));
  return rows;
}
