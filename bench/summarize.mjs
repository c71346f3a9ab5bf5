// Plan summary speed. In-process: parsing + summarizing + rendering the comment and the job summary
// for the corpus's 300-resource plan and a generated 5,000-resource plan. As processes (the issue's
// measure): `node dist/cli.js summarize FILE --format json` against a process that only reads and
// JSON.parses the same file, for the corpus plan and a generated 20,000-resource plan; medians of
// interleaved runs, and the peak RSS of both.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { ESM_BUNDLE_OPTIONS } from './_bundle.mjs';
import { median, timeIt } from './_timing.mjs';

const root = resolve(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const hundreds = join(root, '..', 'shared', 'corpus', 'tfplans', 'borchero__terraform-plan-comment__tests__fixtures__basic__7-create-hundreds__plan.json');
const PROCESS_RUNS = 15;
const MAX_RATIO = 1.5;

async function loadModules() {
  const outdir = mkdtempSync(join(tmpdir(), 'qhub-gitops-bench-summarize-'));
  const source = [
    `export { parsePlanJson } from ${JSON.stringify(join(root, 'src/terraform/plan-json.ts'))};`,
    `export { summarizePlan } from ${JSON.stringify(join(root, 'src/terraform/summary.ts'))};`,
    `export { buildComment, buildJobSummary } from ${JSON.stringify(join(root, 'src/report/comment.ts'))};`,
  ].join('\n');
  await build({ ...ESM_BUNDLE_OPTIONS, stdin: { contents: source, resolveDir: root, loader: 'ts' }, outfile: join(outdir, 'summarize.mjs') });
  const modules = await import(pathToFileURL(join(outdir, 'summarize.mjs')).href);
  rmSync(outdir, { recursive: true, force: true });
  return modules;
}


/** Helm-style values as QHub writes them (a YAML document in a string); `version` changes two leaves. */
function valuesYaml(index, version) {
  const profiles = [1, 2, 4].map((cpu) => `  - display_name: Profile ${cpu}\n    kubespawner_override:\n      cpu_limit: ${cpu * version}\n      mem_limit: ${cpu * 4}G\n`).join('');
  const settings = Array.from({ length: 20 }, (_, setting) => `    setting${setting}: value ${setting} of release ${index}\n`).join('');
  return `hub:\n  image:\n    name: quay.io/nebari/nebari-jupyterhub\n    tag: 2024.${version}.1\n  extraConfig:\n${settings}singleuser:\n  profileList:\n${profiles}`;
}

/** A manifest as kubernetes_manifest/jsonencode attributes hold it (a JSON document in a string). */
function manifestJson(index, version) {
  return JSON.stringify({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: `app-${index}`, labels: { app: 'bench' } }, spec: { replicas: version, template: { spec: { containers: [{ name: 'app', image: `app:${version}` }] } } } });
}

/** A config file in a config map: a multi-line string that is no document. */
function configFile(version) {
  return Array.from({ length: 30 }, (_, line) => (line === 12 ? `c.Spawner.default_version = ${version}` : `c.Setting.number_${line} = ${line}`)).join('\n');
}

/** One config map in five carries documents and a config file in strings, as QHub's stages do. */
function configMap(index, version) {
  const documents = index % 5 === 0 ? { 'values.yaml': valuesYaml(index, version), 'manifest.json': manifestJson(index, version), 'jupyterhub_config.py': configFile(version) } : {};
  return {
    id: `dev/cm-${index}`,
    metadata: [{ name: `cm-${index}`, namespace: 'dev', labels: { app: 'jupyterhub' } }],
    data: { image: `nebari-jupyterlab:2024.${version}.1`, token: `secret-${index}`, ...documents },
  };
}

const PROVIDER = 'registry.opentofu.org/hashicorp/kubernetes';
const MODULES = 8;

/**
 * One resource of the generated plan: nine in ten change (create, update, replace, delete), one is
 * unchanged; tokens are sensitive, ids unknown until created; one in 97 is a disk, risky to delete.
 */
function generatedResource(index, count) {
  const type = index % 97 === 0 ? 'google_compute_disk' : 'kubernetes_config_map_v1';
  const slot = index % 10;
  const actions = slot < 4 ? ['create'] : slot < 7 ? ['update'] : slot === 7 ? ['delete', 'create'] : slot === 8 ? ['delete'] : ['no-op'];
  const creates = actions.includes('create');
  const before = slot < 4 ? null : configMap(index, 1);
  const after = slot === 8 ? null : slot === 9 ? before : configMap(index, 2);
  if (after && creates) delete after.id;
  const sensitive = { data: { token: true }, metadata: [{ labels: {} }] };
  const module = `module.stage${Math.floor((index * MODULES) / count)}`;
  const key = `cm-${index}`;
  return {
    address: `${module}.${type}.item["${key}"]`,
    module_address: module,
    mode: 'managed',
    type,
    name: 'item',
    index: key,
    provider_name: PROVIDER,
    change: {
      actions,
      before,
      after,
      after_unknown: after === null ? false : creates ? { id: true, metadata: [{ labels: {} }], data: {} } : { metadata: [{ labels: {} }], data: {} },
      before_sensitive: before === null ? false : sensitive,
      after_sensitive: after === null ? false : sensitive,
      ...(slot === 7 ? { replace_paths: [['data', 'image']] } : {}),
    },
    ...(slot === 7 ? { action_reason: 'replace_because_cannot_update' } : {}),
  };
}

/** A module's resources as planned_values / prior_state list them: address order, values and masks. */
function moduleValues(changes, side) {
  const modules = new Map();
  for (const change of changes) {
    const values = change.change[side];
    if (values === null) continue;
    const { address, mode, type, name, index, provider_name: providerName } = change;
    const resources = modules.get(change.module_address) ?? modules.set(change.module_address, []).get(change.module_address);
    resources.push({ address, mode, type, name, index, provider_name: providerName, schema_version: 0, values, sensitive_values: change.change[`${side}_sensitive`] });
  }
  return { child_modules: [...modules].map(([address, resources]) => ({ address, resources })) };
}

/**
 * A `tofu show -json` plan of `count` resources in eight modules, with every section OpenTofu 1.10
 * prints (variables, planned_values, resource_changes in module and address order, prior_state,
 * configuration, timestamp): the file a summarize reads in CI. `resourceChangesOnly` keeps just
 * resource_changes, the part summarize works on: the stress case, where parsing is cheapest.
 */
function generatedPlan(count, { resourceChangesOnly = false } = {}) {
  const changes = Array.from({ length: count }, (_, index) => generatedResource(index, count)).sort((a, b) =>
    a.module_address === b.module_address ? (a.address < b.address ? -1 : 1) : a.module_address < b.module_address ? -1 : 1,
  );
  const configuration = { provider_config: { kubernetes: { name: 'kubernetes', full_name: PROVIDER } } };
  if (resourceChangesOnly) return JSON.stringify({ format_version: '1.2', terraform_version: '1.10.7', resource_changes: changes, configuration });
  const moduleCall = (type) => ({
    address: `${type}.item`,
    mode: 'managed',
    type,
    name: 'item',
    provider_config_key: 'kubernetes',
    expressions: { metadata: [{ name: { references: ['each.key'] }, namespace: { references: ['var.namespace'] } }], data: { references: ['each.value'] } },
    schema_version: 0,
    for_each_expression: { references: ['var.items'] },
  });
  configuration.root_module = {
    module_calls: Object.fromEntries(
      Array.from({ length: MODULES }, (_, stage) => [
        `stage${stage}`,
        { source: `./stage${stage}`, expressions: { namespace: { constant_value: 'dev' } }, module: { resources: [moduleCall('google_compute_disk'), moduleCall('kubernetes_config_map_v1')], variables: { items: {}, namespace: {} } } },
      ]),
    ),
  };
  return JSON.stringify({
    format_version: '1.2',
    terraform_version: '1.10.7',
    variables: { namespace: { value: 'dev' } },
    planned_values: { outputs: {}, root_module: moduleValues(changes, 'after') },
    resource_changes: changes,
    prior_state: { format_version: '1.0', terraform_version: '1.10.7', values: { outputs: {}, root_module: moduleValues(changes, 'before') } },
    configuration,
    timestamp: '2026-11-28T00:00:00Z',
    applyable: true,
    complete: true,
    errored: false,
  });
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
    { name: `${name}: parse + summarize (in-process)`, value: summarizeMs, unit: 'ms', target: `< ${targets.summarize} ms`, ok: summarizeMs < targets.summarize },
    { name: `${name}: sticky comment`, value: commentMs, unit: 'ms', target: `< ${targets.comment} ms`, ok: commentMs < targets.comment },
    { name: `${name}: job summary`, value: summaryMs, unit: 'ms', target: `< ${targets.summary} ms`, ok: summaryMs < targets.summary },
    { name: `${name}: comment size`, value: comment.length, unit: 'chars', target: '<= 65536', ok: comment.length <= 65_536 },
  ];
}

// Each child reports its own peak RSS on stderr (KiB), so no platform tool is needed.
const REPORT_RSS = "process.on('exit', () => process.stderr.write(`maxrss=${process.resourceUsage().maxRSS}\\n`))";
const PARSE_ONLY = "JSON.parse(require('node:fs').readFileSync(process.argv[1], 'utf8'))";

function runChild(args, { rss = false } = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 << 20, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`node ${args.join(' ').slice(0, 200)} failed (${result.status}): ${result.stderr}`);
  return { ms, stdout: result.stdout, maxRssKiB: rss ? Number(/maxrss=(\d+)/.exec(result.stderr)?.[1]) : null };
}

/** The CLI against a process that only reads and parses the same file: interleaved runs, medians. */
function processRows(label, file, { judged = true, format = 'json' } = {}) {
  const summarize = [cli, 'summarize', file, '--format', format];
  const parseOnly = ['-e', PARSE_ONLY, file];
  const printed = runChild(summarize).stdout;
  const hash = format === 'json' ? JSON.parse(printed).hash : /Plan hash `(sha256:[0-9a-f]{64})`/.exec(printed)?.[1];
  if (!/^sha256:[0-9a-f]{64}$/.test(hash ?? '')) throw new Error(`summarize --format ${format} printed no plan hash for ${file}`);
  const cliTimes = [];
  const parseTimes = [];
  const loads = [];
  for (let run = 0; run < PROCESS_RUNS; run++) {
    // Alternate which goes first, so neither always runs on a warmer page cache or a quieter machine.
    const pair = run % 2 === 0 ? [summarize, parseOnly] : [parseOnly, summarize];
    for (const args of pair) (args === summarize ? cliTimes : parseTimes).push(runChild(args).ms);
    loads.push(loadavg()[0]);
  }
  const cliMs = median(cliTimes);
  const parseMs = median(parseTimes);
  const ratio = cliMs / parseMs;
  const cliRss = runChild(['--import', `data:text/javascript,${encodeURIComponent(REPORT_RSS)}`, ...summarize], { rss: true }).maxRssKiB / 1024;
  const parseRss = runChild(['-e', `${REPORT_RSS}; ${PARSE_ONLY}`, file], { rss: true }).maxRssKiB / 1024;
  return [
    { name: `${label}: CLI summarize --format ${format}, median of ${PROCESS_RUNS}`, value: cliMs, unit: 'ms', target: `read + JSON.parse only: ${parseMs.toFixed(0)} ms`, ok: null },
    { name: `${label}: CLI wall / read + JSON.parse wall`, value: ratio, unit: 'x', target: judged ? `<= ${MAX_RATIO}x` : 'informational', ok: judged ? ratio <= MAX_RATIO : null },
    { name: `${label}: CLI peak RSS`, value: cliRss, unit: 'MB', target: `read + JSON.parse only: ${parseRss.toFixed(0)} MB`, ok: null },
    { name: `${label}: machine load while timing`, value: median(loads), unit: `(1-min avg, ${cpus().length} cores)`, target: '', ok: null },
  ];
}

function ensureBuilt() {
  if (existsSync(cli)) return;
  process.stderr.write('bench summarize: dist/cli.js is missing, building it\n');
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
}

export async function run() {
  ensureBuilt();
  const modules = await loadModules();
  const rows = [];
  const scratch = mkdtempSync(join(tmpdir(), 'qhub-gitops-bench-plan-'));
  try {
    if (existsSync(hundreds)) {
      rows.push(...renderRows('300-resource corpus plan', modules, readFileSync(hundreds, 'utf8'), { summarize: 100, comment: 100, summary: 250 }));
      rows.push(...processRows('300-resource corpus plan', hundreds));
    } else {
      rows.push({ name: '300-resource corpus plan (all rows)', value: 0, unit: '', target: `skipped: no corpus at ${hundreds}`, ok: null });
    }
    rows.push(...renderRows('5,000-resource generated plan', modules, generatedPlan(5000), { summarize: 1500, comment: 1500, summary: 3000 }));
    const large = join(scratch, 'plan-20000.json');
    writeFileSync(large, generatedPlan(20_000));
    rows.push(...processRows(`20,000-resource generated plan (${(statSync(large).size / 1e6).toFixed(1)} MB)`, large));
    // The comment: rendering reads only what fits GitHub's limit, so it costs little more than the counts.
    rows.push(...processRows(`20,000-resource generated plan, Markdown`, large, { format: 'markdown' }));
    // Informational: the file without the sections summarize does not read, so parsing is a
    // smaller share of the work than in any plan tofu prints.
    const stress = join(scratch, 'plan-20000-resource-changes.json');
    writeFileSync(stress, generatedPlan(20_000, { resourceChangesOnly: true }));
    rows.push(...processRows(`stress case: its resource_changes alone (${(statSync(stress).size / 1e6).toFixed(1)} MB)`, stress, { judged: false }));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return rows;
}
