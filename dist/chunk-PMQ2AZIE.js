import { createRequire as __qgCreateRequire } from 'node:module'; const require = __qgCreateRequire(import.meta.url);
import {
  decideVersion,
  mergeEnvironments,
  renderFindingsMarkdown,
  renderFindingsText,
  validateLocal
} from "./chunk-44KNBTVK.js";
import {
  loadYaml,
  require_dist
} from "./chunk-E2XWTSB3.js";
import {
  PlanFormatError,
  buildComment,
  combinedHash,
  parsePlanJson,
  summarizePlan
} from "./chunk-TED5GYOY.js";
import {
  UsageError,
  UserFacingError,
  __toESM,
  parseCommandLine
} from "./chunk-KRETPF2Y.js";

// src/commands/plan.ts
import { mkdir as mkdir4, mkdtemp, rm as rm3 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join4, resolve as resolve2 } from "node:path";

// src/terraform/diagnostics.ts
var ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
var BOX_PREFIX = /^[│╷╵]\s?/;
function fromJsonLine(line) {
  let message;
  try {
    message = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof message !== "object" || message === null) return null;
  const diagnostic = message.diagnostic;
  if (message.type !== "diagnostic" || !diagnostic) return null;
  const range = diagnostic.range;
  return {
    severity: diagnostic.severity === "warning" ? "warning" : "error",
    summary: String(diagnostic.summary ?? ""),
    detail: String(diagnostic.detail ?? "").trim(),
    location: range?.filename ? `${range.filename}${range.start?.line ? `:${range.start.line}` : ""}` : null
  };
}
var HEADLINE = /^(Error|Warning): (.*)$/;
var LOCATION = /^\s*on (\S+) line (\d+)/;
var SNIPPET = /^\s*\d+:\s/;
function parseDiagnostics(output) {
  const lines = output.replace(ANSI, "").split(/\r?\n/);
  const diagnostics = [];
  let current = null;
  const finish = () => {
    if (!current) return;
    current.detail = current.body.join("\n").replace(/^\n+|\n+$/g, "").replace(/\n{3,}/g, "\n\n");
    const { body: _body, ...diagnostic } = current;
    diagnostics.push(diagnostic);
    current = null;
  };
  for (const rawLine of lines) {
    if (rawLine.startsWith("{")) {
      const parsed = fromJsonLine(rawLine);
      if (parsed) {
        finish();
        diagnostics.push(parsed);
        continue;
      }
    }
    const boxEdge = /^[╷╵]/.test(rawLine);
    const line = rawLine.replace(BOX_PREFIX, "");
    const headline = HEADLINE.exec(line);
    if (headline) {
      finish();
      current = { severity: headline[1] === "Warning" ? "warning" : "error", summary: headline[2].trim(), detail: "", location: null, body: [] };
      continue;
    }
    if (!current) continue;
    if (boxEdge) {
      finish();
      continue;
    }
    const location = LOCATION.exec(line);
    if (location && current.location === null && current.body.every((text) => text.trim() === "")) {
      current.location = `${location[1]}:${location[2]}`;
      continue;
    }
    if (current.location !== null && SNIPPET.test(line) && current.body.every((text) => text.trim() === "" || SNIPPET.test(text))) {
      continue;
    }
    current.body.push(line);
  }
  finish();
  return diagnostics;
}
function errorsFrom(stderr, stdout, fallbackSummary) {
  for (const output of [stderr, stdout]) {
    const errors = parseDiagnostics(output).filter((diagnostic) => diagnostic.severity === "error");
    if (errors.length > 0) return errors;
  }
  const text = `${stderr}
${stdout}`.replace(ANSI, "").trim();
  const tail2 = text.length > 4e3 ? `\u2026${text.slice(-4e3)}` : text;
  return [{ severity: "error", summary: fallbackSummary, detail: tail2, location: null }];
}
function formatDiagnostic(diagnostic) {
  const where = diagnostic.location ? ` (${diagnostic.location})` : "";
  const head = `${diagnostic.severity === "warning" ? "Warning" : "Error"}: ${diagnostic.summary}${where}`;
  return diagnostic.detail ? `${head}
${diagnostic.detail}` : head;
}
function lockField(text, name) {
  const match = new RegExp(`^\\s*${name}:[ \\t]*(.*)$`, "m").exec(text);
  const value = match?.[1]?.trim();
  return value ? value : null;
}
function parseStateLock(output, engineCommand = "tofu") {
  const text = output.replace(ANSI, "").split(/\r?\n/).map((line) => line.replace(BOX_PREFIX, "")).join("\n");
  const diagnostics = parseDiagnostics(text);
  const lockError = diagnostics.find((diagnostic) => /state lock/i.test(diagnostic.summary));
  const source = lockError ? lockError.detail : /Lock Info:/.test(text) ? text : null;
  if (source === null) return null;
  const id = lockField(source, "ID");
  if (!id) return null;
  return {
    id,
    path: lockField(source, "Path"),
    operation: lockField(source, "Operation"),
    who: lockField(source, "Who"),
    created: lockField(source, "Created"),
    unlockCommand: `${engineCommand} force-unlock -force ${id}`
  };
}

// src/terraform/engine.ts
var EngineError = class extends Error {
  constructor(step, root, diagnostics, lock) {
    const first = diagnostics[0];
    super(`${step} failed in ${root}${first ? `: ${formatDiagnostic(first)}` : ""}`);
    this.step = step;
    this.root = root;
    this.diagnostics = diagnostics;
    this.lock = lock;
  }
  step;
  root;
  diagnostics;
  lock;
  name = "EngineError";
};
var ENGINE_NAMES = { tofu: "tofu", opentofu: "tofu", terraform: "terraform" };
function resolveEngineCommand(engine) {
  return ENGINE_NAMES[engine] ?? engine;
}
function toolFromVersionText(text) {
  const match = /^(OpenTofu|Terraform) v(\S+)/m.exec(text);
  if (!match) return { tool: null, version: null };
  return { tool: match[1] === "OpenTofu" ? "opentofu" : "terraform", version: match[2] };
}
function createEngine(options) {
  const command = resolveEngineCommand(options.engine);
  let cachedVersion;
  function environment(settings) {
    return {
      ...options.env,
      // Engines shorten their advice for automation (no "run terraform apply" hints).
      TF_IN_AUTOMATION: "1",
      ...options.pluginCacheDir ? { TF_PLUGIN_CACHE_DIR: options.pluginCacheDir } : {},
      ...settings?.env
    };
  }
  async function run3(step, root, args, settings, okCodes = [0]) {
    let result;
    try {
      result = await options.runner(command, args, { cwd: root, env: environment(settings) });
    } catch (error) {
      const reason = error.code === "ENOENT" ? `'${command}' was not found (install it or pass --engine PATH)` : error.message;
      throw new EngineError(step, root, [{ severity: "error", summary: `could not run ${command} ${step}`, detail: reason, location: null }], null);
    }
    if (!okCodes.includes(result.code)) {
      const diagnostics = errorsFrom(result.stderr, result.stdout, `${command} ${step} exited with code ${result.code}`);
      throw new EngineError(step, root, diagnostics, parseStateLock(`${result.stderr}
${result.stdout}`, command));
    }
    return result;
  }
  const varFileArgs = (settings) => (settings?.varFiles ?? []).map((file) => `-var-file=${file}`);
  return {
    command,
    version() {
      cachedVersion ??= run3("version", ".", ["version"]).then((result) => toolFromVersionText(result.stdout));
      return cachedVersion;
    },
    async init(root, settings) {
      await run3("init", root, ["init", "-input=false", "-no-color"], settings);
    },
    async plan(root, planFile, settings) {
      const args = ["plan", "-input=false", "-no-color", "-detailed-exitcode", `-out=${planFile}`, ...varFileArgs(settings)];
      if (settings?.destroy) args.push("-destroy");
      if (settings?.lock === false) args.push("-lock=false");
      const result = await run3("plan", root, args, settings, [0, 2]);
      const warnings = parseDiagnostics(result.stderr).filter((diagnostic) => diagnostic.severity === "warning");
      return { changes: result.code === 2, warnings };
    },
    async showJson(root, planFile, settings) {
      return (await run3("show", root, ["show", "-json", "-no-color", planFile], settings)).stdout;
    },
    async apply(root, planFile, settings) {
      await run3("apply", root, ["apply", "-input=false", "-no-color", planFile], settings);
    },
    async destroy(root, settings) {
      await run3("destroy", root, ["destroy", "-auto-approve", "-input=false", "-no-color", ...varFileArgs(settings)], settings);
    },
    async stateList(root, settings) {
      const result = await run3("state list", root, ["state", "list"], settings);
      return result.stdout.split("\n").map((line) => line.trim()).filter((line) => line !== "");
    },
    async outputJson(root, settings) {
      const result = await run3("output", root, ["output", "-json", "-no-color"], settings);
      try {
        return JSON.parse(result.stdout || "{}");
      } catch {
        throw new EngineError("output", root, [{ severity: "error", summary: "output -json did not print JSON", detail: result.stdout.slice(0, 2e3), location: null }], null);
      }
    },
    async forceUnlock(root, lockId, settings) {
      await run3("force-unlock", root, ["force-unlock", "-force", "-no-color", lockId], settings);
    }
  };
}

// src/terraform/process.ts
import { spawn } from "node:child_process";
var spawnRunner = (command, args, options) => new Promise((resolve3, reject) => {
  const child = spawn(command, [...args], {
    cwd: options.cwd,
    env: Object.fromEntries(Object.entries(options.env).filter((entry) => entry[1] !== void 0)),
    stdio: ["ignore", "pipe", "pipe"]
  });
  const stdout = [];
  const stderr = [];
  child.stdout.on("data", (chunk) => stdout.push(chunk));
  child.stderr.on("data", (chunk) => stderr.push(chunk));
  child.on("error", reject);
  child.on(
    "close",
    (code, signal) => resolve3({
      code: code ?? (signal ? 128 : 1),
      stdout: Buffer.concat(stdout).toString("utf8"),
      stderr: Buffer.concat(stderr).toString("utf8") + (signal ? `
killed by signal ${signal}` : "")
    })
  );
});

// src/qhub/plan-config.ts
var import_yaml = __toESM(require_dist(), 1);
import { mkdir as mkdir3, readFile as readFile3, rm as rm2, writeFile as writeFile3 } from "node:fs/promises";
import { basename, join as join3, resolve } from "node:path";

// src/qhub/render.ts
import { existsSync as existsSync2 } from "node:fs";
import { mkdir as mkdir2, readFile as readFile2, stat, writeFile as writeFile2 } from "node:fs/promises";
import { dirname as dirname2, join as join2 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// src/qhub/venv.ts
import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var VenvError = class extends Error {
  name = "VenvError";
};
var MARKER = ".qhub-gitops-venv.json";
var PIP_TAIL_LINES = 20;
var VERSION_PATTERN = /^\d+(\.\d+)*(\.?(post|dev|rc|a|b)\d+)?$/;
function checkSpec(spec) {
  if (spec.package !== "qhub" && spec.package !== "nebari") {
    throw new VenvError(`unknown package "${String(spec.package)}": expected qhub or nebari`);
  }
  if (!VERSION_PATTERN.test(spec.version)) {
    throw new VenvError(`"${spec.version}" is not a ${spec.package} version (expected e.g. 0.4.5 or 2023.7.2)`);
  }
}
function defaultCacheRoot(env = process.env) {
  return env.QHUB_GITOPS_CACHE || join(env.HOME || homedir(), ".cache", "qhub-gitops");
}
function venvPaths(spec, cacheRoot = defaultCacheRoot()) {
  checkSpec(spec);
  const dir = join(cacheRoot, "venvs", `${spec.package}-${spec.version}`);
  return { dir, python: join(dir, "bin", "python"), cli: join(dir, "bin", spec.package) };
}
function defaultConstraintsDir() {
  return join(dirname(fileURLToPath(import.meta.url)), "python", "constraints");
}
function constraintsFileFor(spec, constraintsDir = defaultConstraintsDir()) {
  checkSpec(spec);
  const exact = join(constraintsDir, `${spec.package}-${spec.version}.txt`);
  if (existsSync(exact)) return exact;
  const fallback = join(constraintsDir, `${spec.package}-other.txt`);
  if (existsSync(fallback)) return fallback;
  throw new VenvError(`no constraints file for ${spec.package}==${spec.version} in ${constraintsDir}`);
}
function sha256(text) {
  return createHash("sha256").update(text).digest("hex");
}
async function readMarker(dir) {
  try {
    return JSON.parse(await readFile(join(dir, MARKER), "utf8"));
  } catch {
    return null;
  }
}
function markerMatches(marker, spec, constraintsSha256) {
  return marker !== null && marker.package === spec.package && marker.version === spec.version && marker.constraintsSha256 === constraintsSha256;
}
var spawnExec = (file, args, options) => spawnRunner(file, args, { cwd: process.cwd(), env: options.env });
function lastLines(result, count) {
  const lines = `${result.stdout}
${result.stderr}`.split("\n").filter((line) => line.trim() !== "");
  return lines.slice(-count).join("\n");
}
async function run(exec, file, args, env, what) {
  try {
    return await exec(file, args, { env });
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") throw new VenvError(`${what}: "${file}" was not found`);
    throw new VenvError(`${what}: could not run "${file}": ${error.message}`);
  }
}
async function rewriteShebangs(binDir, from, to) {
  for (const name of await readdir(binDir)) {
    const file = join(binDir, name);
    let text;
    try {
      text = await readFile(file, "utf8");
    } catch {
      continue;
    }
    if (text.startsWith("#!") && text.includes(from)) await writeFile(file, text.split(from).join(to));
  }
}
async function ensureVenv(spec, options = {}) {
  const env = options.env ?? process.env;
  const cacheRoot = options.cacheRoot ?? defaultCacheRoot(env);
  const paths = venvPaths(spec, cacheRoot);
  const constraints = constraintsFileFor(spec, options.constraintsDir);
  const constraintsSha256 = sha256(await readFile(constraints, "utf8"));
  if (markerMatches(await readMarker(paths.dir), spec, constraintsSha256)) return paths;
  const exec = options.exec ?? spawnExec;
  const python = options.python ?? env.QHUB_GITOPS_PYTHON ?? "python3";
  const requirement = `${spec.package}==${spec.version}`;
  const pipEnv = { ...env, PIP_DISABLE_PIP_VERSION_CHECK: "1", PIP_NO_INPUT: "1" };
  const venvsDir = dirname(paths.dir);
  await mkdir(venvsDir, { recursive: true });
  const buildDir = join(venvsDir, `.build-${spec.package}-${spec.version}-${process.pid}-${randomBytes(4).toString("hex")}`);
  try {
    options.log?.(`creating a virtualenv for ${requirement} with ${python}`);
    const created = await run(exec, python, ["-m", "venv", buildDir], pipEnv, `cannot create a virtualenv for ${requirement}`);
    if (created.code !== 0) {
      const hint = /ensurepip|venv/.test(created.stdout + created.stderr) ? " (on Debian/Ubuntu, install the python3-venv package)" : "";
      throw new VenvError(`\`${python} -m venv\` failed for ${requirement}${hint}:
${lastLines(created, PIP_TAIL_LINES)}`);
    }
    const buildPython = join(buildDir, "bin", "python");
    options.log?.(`installing ${requirement} with constraints ${constraints}`);
    const installed = await run(
      exec,
      buildPython,
      // setuptools too: old dependencies import pkg_resources, which Python 3.12 venvs lack.
      ["-m", "pip", "install", "--quiet", requirement, "setuptools", "-c", constraints],
      pipEnv,
      `cannot install ${requirement}`
    );
    if (installed.code !== 0) {
      throw new VenvError(
        `pip could not install ${requirement} (constraints ${constraints}); last lines of pip's output:
${lastLines(installed, PIP_TAIL_LINES)}`
      );
    }
    const buildCli = join(buildDir, "bin", spec.package);
    const started = await run(exec, buildCli, ["--help"], pipEnv, `cannot run ${spec.package} after installing ${requirement}`);
    if (started.code !== 0) {
      throw new VenvError(
        `${requirement} installed, but \`${spec.package} --help\` fails (a dependency too new for it? pin it in ${constraints}):
${lastLines(started, PIP_TAIL_LINES)}`
      );
    }
    const version = await run(exec, buildPython, ["-c", "import sys; print(sys.version.split()[0])"], pipEnv, "cannot query Python");
    await rewriteShebangs(join(buildDir, "bin"), buildDir, paths.dir);
    const marker = { package: spec.package, version: spec.version, constraints, constraintsSha256, python: version.stdout.trim() };
    await writeFile(join(buildDir, MARKER), `${JSON.stringify(marker, null, 2)}
`);
    if (markerMatches(await readMarker(paths.dir), spec, constraintsSha256)) return paths;
    await rm(paths.dir, { recursive: true, force: true });
    try {
      await rename(buildDir, paths.dir);
    } catch (error) {
      if (markerMatches(await readMarker(paths.dir), spec, constraintsSha256)) return paths;
      throw new VenvError(`cannot move the new virtualenv into ${paths.dir}: ${error.message}`);
    }
    return paths;
  } finally {
    await rm(buildDir, { recursive: true, force: true });
  }
}

// src/qhub/render.ts
var QhubRunError = class extends Error {
  name = "QhubRunError";
};
function stageVarsScript() {
  const here = dirname2(fileURLToPath2(import.meta.url));
  const candidates = [join2(here, "python", "stage_vars.py"), join2(here, "..", "python", "stage_vars.py")];
  return candidates.find((file) => existsSync2(file)) ?? candidates[0];
}
var TAIL_LINES = 15;
function tail(result, env = process.env) {
  const lines = `${result.stderr}
${result.stdout}`.split("\n").filter((line) => line.trim() !== "");
  if (!env.QHUB_GITOPS_DEBUG && lines.some((line) => line.startsWith("Traceback (most recent call last):"))) {
    return `${lines[lines.length - 1].trim()}
(set QHUB_GITOPS_DEBUG=1 to see QHub's traceback)`;
  }
  return lines.slice(-TAIL_LINES).join("\n");
}
async function run2(exec, file, args, env, what) {
  try {
    return await exec(file, args, { env });
  } catch (error) {
    throw new QhubRunError(`${what}: could not run ${file}: ${error.message}`);
  }
}
async function isDirectory(path) {
  return stat(path).then((info) => info.isDirectory(), () => false);
}
async function renderSingleRoot(venv, configPath, renderDir, options = {}) {
  const exec = options.exec ?? spawnExec;
  const result = await run2(exec, venv.cli, ["render", "-c", configPath, "-o", renderDir], options.env ?? process.env, "qhub render");
  if (result.code !== 0) throw new QhubRunError(`qhub render failed (exit ${result.code}):
${tail(result, options.env)}`);
  if (!await isDirectory(join2(renderDir, "infrastructure"))) {
    throw new QhubRunError(`qhub render wrote no infrastructure/ directory into ${renderDir}`);
  }
}
async function computeStageInputs(venv, request, options = {}) {
  const exec = options.exec ?? spawnExec;
  await mkdir2(request.outDir, { recursive: true, mode: 448 });
  const outputsFile = join2(request.outDir, "outputs.json");
  await writeFile2(outputsFile, JSON.stringify(request.outputs), { mode: 384 });
  const args = [stageVarsScript(), "--config", request.configPath, "--render-dir", request.renderDir, "--out", request.outDir, "--outputs", outputsFile];
  if (request.render) args.push("--render");
  const result = await run2(exec, venv.python, args, options.env ?? process.env, "stage inputs");
  if (result.code === 1) throw new QhubRunError(`the config does not pass QHub's own loading and checks:
${tail(result, options.env)}`);
  if (result.code !== 0) throw new QhubRunError(`computing the stage inputs failed (exit ${result.code}):
${tail(result, options.env)}`);
  return parseStageManifest(await readFile2(join2(request.outDir, "manifest.json"), "utf8"));
}
var STATUSES = ["ready", "pending", "not-planned", "error"];
function field(value, check, where) {
  if (!check(value)) throw new QhubRunError(`the stage-inputs manifest is malformed at ${where}`);
  return value;
}
var isString = (value) => typeof value === "string";
var isStringOrNull = (value) => value === null || typeof value === "string";
var isBoolean = (value) => typeof value === "boolean";
var isArray = (value) => Array.isArray(value);
var isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var isStatus = (value) => STATUSES.includes(value);
var isPair = (value) => Array.isArray(value) && value.length === 2 && value.every(isString);
function parseStageManifest(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new QhubRunError("the stage-inputs manifest is not JSON");
  }
  const root = field(data, isRecord, "the top level");
  const api = field(root.api, (value) => value === "functional" || value === "plugin", "api");
  return {
    package: field(root.package, isString, "package"),
    version: field(root.version, isString, "version"),
    api,
    preventDeploy: field(root.prevent_deploy, isBoolean, "prevent_deploy"),
    stages: field(root.stages, isArray, "stages").map((raw, index) => {
      const stage = field(raw, isRecord, `stages[${index}]`);
      const where = (key) => `stages[${index}].${key}`;
      return {
        name: field(stage.name, isString, where("name")),
        directory: field(stage.directory, isString, where("directory")),
        status: field(stage.status, isStatus, where("status")),
        reason: field(stage.reason, isStringOrNull, where("reason")),
        tfvarsFile: field(stage.tfvars_file, isStringOrNull, where("tfvars_file")),
        envFile: field(stage.env_file, isStringOrNull, where("env_file")),
        envNames: field(stage.env_names, (value) => isArray(value) && value.every(isString), where("env_names")),
        stateImports: field(stage.state_imports, (value) => isArray(value) && value.every(isPair), where("state_imports")).map(
          ([address, id]) => ({ address, id })
        ),
        outputsGiven: field(stage.outputs_given, isBoolean, where("outputs_given"))
      };
    })
  };
}
async function readStageEnv(stage) {
  if (stage.envFile === null) return {};
  const data = JSON.parse(await readFile2(stage.envFile, "utf8"));
  if (!isRecord(data) || !Object.values(data).every(isString)) throw new QhubRunError(`${stage.envFile} is not a map of strings`);
  return data;
}

// src/qhub/stages.ts
function planningLayout(family) {
  switch (family) {
    case "qhub-0.3.11":
    case "qhub-0.3.12":
      return "single-root";
    case "qhub-0.4":
    case "nebari-2022.10":
      return "functional";
    case "nebari-2023.10":
      return "plugin";
  }
}
function packageOf(family) {
  return family.startsWith("qhub-") ? "qhub" : "nebari";
}
var STATE_STAGE = "01-terraform-state";
var INFRASTRUCTURE_STAGE = "02-infrastructure";
var CLOUDS = /* @__PURE__ */ new Set(["aws", "gcp", "do", "azure"]);
function singleRootLayout(config, env) {
  const provider = String(config.provider ?? "");
  const stateType = config.terraform_state?.type ?? "remote";
  const roots = [];
  if (CLOUDS.has(provider) && stateType === "remote") {
    roots.push({ name: "terraform-state", directory: "terraform-state", imports: singleRootStateImports(config, env) });
  }
  roots.push({ name: "infrastructure", directory: "infrastructure", imports: [] });
  return roots;
}
function singleRootStateImports(config, env) {
  const prefix = `${String(config.project_name)}-${String(config.namespace ?? "dev")}`;
  switch (config.provider) {
    case "aws":
      return [
        { address: "module.terraform-state.aws_s3_bucket.terraform-state", id: `${prefix}-terraform-state` },
        { address: "module.terraform-state.aws_dynamodb_table.terraform-state-lock", id: `${prefix}-terraform-state-lock` }
      ];
    case "gcp":
      return [{ address: "module.terraform-state.module.gcs.google_storage_bucket.static-site", id: `${prefix}-terraform-state` }];
    case "do":
      return [
        {
          address: "module.terraform-state.module.spaces.digitalocean_spaces_bucket.main",
          id: `${String(config.digital_ocean?.region ?? "nyc3")},${prefix}-terraform-state`
        }
      ];
    case "azure": {
      const postfix = config.azure?.storage_account_postfix;
      const subscription = env.ARM_SUBSCRIPTION_ID;
      if (typeof postfix !== "string" || postfix === "" || !subscription) return [];
      const group = `/subscriptions/${subscription}/resourceGroups/${prefix}`;
      const account = `${prefix.replaceAll("-", "")}${postfix}`;
      return [
        { address: "module.terraform-state.azurerm_resource_group.terraform-resource-group", id: group },
        { address: "module.terraform-state.azurerm_storage_account.terraform-storage-account", id: `${group}/providers/Microsoft.Storage/storageAccounts/${account}` },
        { address: "module.terraform-state.azurerm_storage_container.storage_container", id: `https://${account}.blob.core.windows.net/${prefix}state` }
      ];
    }
    default:
      return [];
  }
}
function singleRootMissingVariables(config, env) {
  return config.prefect?.enabled === true && !env.TF_VAR_prefect_token ? ["TF_VAR_prefect_token"] : [];
}
function backendEnv(provider, env) {
  if (provider !== "do") return {};
  const mapped = {};
  if (!env.AWS_ACCESS_KEY_ID && env.SPACES_ACCESS_KEY_ID) mapped.AWS_ACCESS_KEY_ID = env.SPACES_ACCESS_KEY_ID;
  if (!env.AWS_SECRET_ACCESS_KEY && env.SPACES_SECRET_ACCESS_KEY) mapped.AWS_SECRET_ACCESS_KEY = env.SPACES_SECRET_ACCESS_KEY;
  return mapped;
}
var LOCAL_BACKEND_OVERRIDE_FILE = "qhub_gitops_backend_override.tf";
var LOCAL_BACKEND_OVERRIDE = 'terraform {\n  backend "local" {}\n}\n';
var IMPORTS_FILE = "qhub_gitops_imports.tf";
function importBlocks(imports) {
  return imports.map((entry) => `import {
  to = ${entry.address}
  id = ${JSON.stringify(entry.id)}
}
`).join("\n");
}

// src/qhub/plan-config.ts
function venvSpecFor(version) {
  return { package: packageOf(version.family), version: version.value };
}
async function writeDeployableConfig(configPath, environmentFiles, workDir) {
  const loaded = loadYaml(await readFile3(configPath), configPath);
  if (loaded.document === null) throw new QhubRunError(`${configPath}: ${loaded.findings.map((finding) => finding.message).join("; ")}`);
  if (environmentFiles.length === 0) return { configPath, data: loaded.document.data };
  const documents = environmentFiles.flatMap((source) => loadYaml(source.bytes, source.file).document ?? []);
  const data = mergeEnvironments(loaded.document, documents).config.data;
  const mergedDir = join3(workDir, "merged-config");
  await mkdir3(mergedDir, { recursive: true });
  const mergedPath = join3(mergedDir, basename(configPath));
  await writeFile3(mergedPath, (0, import_yaml.stringify)(data));
  return { configPath: mergedPath, data };
}
async function planDeployableConfig(request) {
  const { configPath, data } = await writeDeployableConfig(request.configPath, request.environmentFiles ?? [], request.workDir);
  let version = request.version;
  if (!version) {
    const decision = decideVersion(data ?? {}, request);
    if (!decision.ok) throw new QhubRunError(`${request.configPath}: ${decision.message}`);
    version = decision.version;
  }
  const venv = await ensureVenv(venvSpecFor(version), { env: request.env, log: request.log });
  const planned = await planConfig({ ...request, configPath, config: data, version, venv });
  return { ...planned, version };
}
async function planConfig(given) {
  const request = { ...given, workDir: resolve(given.workDir), configPath: resolve(given.configPath) };
  const renderDir = join3(request.workDir, "render");
  const layout = planningLayout(request.version.family);
  const planned = layout === "single-root" ? await planSingleRoot(request, renderDir) : await planStages(request, renderDir);
  return { ...planned, renderDir };
}
function blockedByFailure(roots, root) {
  const failed = roots.find((outcome) => outcome.status === "failed");
  return failed ? { status: "pending", root, reason: `not planned because ${failed.root} failed` } : null;
}
async function planRoot(spec, imports, request, planDir, specs) {
  specs.push(spec);
  const importsFile = join3(spec.dir, IMPORTS_FILE);
  const options = { planDir, summarize: request.summarize, lock: request.lock };
  await mkdir3(planDir, { recursive: true, mode: 448 });
  if (imports.length > 0) {
    await writeFile3(importsFile, importBlocks(imports));
    const withImports = (await planRoots([spec], request.engine, options)).roots[0];
    if (!(withImports.status === "failed" && withImports.diagnostics.some(isMissingImport))) {
      return { outcome: explainFailure(withImports), importsMissing: false };
    }
    await rm2(importsFile, { force: true });
  }
  const outcome = explainFailure((await planRoots([spec], request.engine, options)).roots[0]);
  return { outcome, importsMissing: imports.length > 0 };
}
function isMissingImport(diagnostic) {
  return /non-existent remote object/i.test(`${diagnostic.summary} ${diagnostic.detail}`);
}
var REGISTRY_FAILURE = /Failed to (query available provider packages|resolve provider packages|install provider)|could not connect to registry/i;
var MODULE_FAILURE = /Failed to download module|error downloading 'https:\/\/github\.com/i;
function explainFailure(outcome) {
  if (outcome.status !== "failed" || outcome.step !== "init") return outcome;
  const text = outcome.diagnostics.map((diagnostic) => `${diagnostic.summary}
${diagnostic.detail}`).join("\n");
  let summary = null;
  if (REGISTRY_FAILURE.test(text)) {
    summary = "not planned: its providers could not be downloaded because the provider registry is unreachable from this machine (allow registry.opentofu.org / registry.terraform.io, or provide a provider mirror or a filled TF_PLUGIN_CACHE_DIR)";
  } else if (MODULE_FAILURE.test(text)) {
    summary = "not planned: its modules could not be downloaded from GitHub (QHub 0.3.11 fetches them at init)";
  }
  if (summary === null) return outcome;
  return { ...outcome, diagnostics: [{ severity: "error", summary, detail: "", location: null }, ...outcome.diagnostics] };
}
async function planSingleRoot(request, renderDir) {
  await renderSingleRoot(request.venv, request.configPath, renderDir, { exec: request.exec, env: request.env });
  const config = request.config ?? {};
  const env = backendEnv(String(config.provider ?? ""), request.env);
  const roots = [];
  const specs = [];
  const notes = [];
  let stateStorageMissing = false;
  for (const entry of singleRootLayout(config, request.env)) {
    const missing = entry.name === "infrastructure" ? singleRootMissingVariables(config, request.env) : [];
    const blocked = blockedByFailure(roots, entry.name);
    if (blocked) {
      roots.push(blocked);
    } else if (stateStorageMissing) {
      roots.push({
        status: "pending",
        root: entry.name,
        reason: "the state bucket it is stored in does not exist yet (terraform-state creates it), and a full plan needs the cluster to exist"
      });
    } else if (missing.length > 0) {
      roots.push({ status: "pending", root: entry.name, reason: `QHub reads ${missing.join(", ")} from the environment, and it is not set` });
    } else {
      const spec = { dir: join3(renderDir, entry.directory), label: entry.name, settings: { env } };
      const attempt = await planRoot(spec, entry.imports, request, join3(request.workDir, "plans", entry.name), specs);
      roots.push(attempt.outcome);
      if (attempt.importsMissing && attempt.outcome.status === "planned") {
        stateStorageMissing = true;
        notes.push("First deployment: the Terraform state storage does not exist yet; terraform-state plans to create it.");
      }
    }
  }
  return { run: planRunOf(roots), notes, specs, previewOnly: [] };
}
function plannedOutputs(plan) {
  const planned = plan.planned_values?.outputs ?? {};
  const outputs = {};
  const unknown = [];
  for (const [name, entry] of Object.entries(planned)) {
    if (plan.output_changes?.[name]?.after_unknown === true || !("value" in entry)) unknown.push(name);
    else outputs[name] = { value: entry.value, sensitive: entry.sensitive ?? false };
  }
  return { outputs, unknown: unknown.sort() };
}
function pendingOutcome(stage) {
  const reason = stage.status === "not-planned" ? `not planned: ${stage.reason ?? ""}` : stage.reason ?? "not ready";
  return { status: "pending", root: stage.name, reason };
}
function errorOutcome(stage) {
  const diagnostic = { severity: "error", summary: `QHub could not compute this stage's input variables: ${stage.reason ?? ""}`, detail: "", location: null };
  return { status: "failed", root: stage.name, step: "input variables", diagnostics: [diagnostic], lock: null, partial: null };
}
async function planStages(request, renderDir) {
  const inputsDir = join3(request.workDir, "inputs");
  const runOptions = { exec: request.exec, env: request.env };
  const ask = (outputs2, render) => computeStageInputs(request.venv, { configPath: request.configPath, renderDir, outDir: inputsDir, outputs: outputs2, render }, runOptions);
  let manifest = await ask({}, true);
  const notes = [];
  if (manifest.preventDeploy) notes.push(`prevent_deploy is set: \`${manifest.package} deploy\` refuses to apply this config.`);
  const provider = String(request.config?.provider ?? "");
  const outputs = {};
  const roots = [];
  const specs = [];
  const previewOnly = [];
  let stateStorageMissing = false;
  let outputsAskedFor = 0;
  for (let index = 0; index < manifest.stages.length; index += 1) {
    if (manifest.stages[index].status === "pending" && Object.keys(outputs).length > outputsAskedFor) {
      manifest = await ask(outputs, false);
      outputsAskedFor = Object.keys(outputs).length;
    }
    const stage = manifest.stages[index];
    if (stage.status === "error") {
      roots.push(errorOutcome(stage));
      continue;
    }
    if (stage.status !== "ready") {
      roots.push(pendingOutcome(stage));
      continue;
    }
    const blocked = blockedByFailure(roots, stage.name);
    if (blocked) {
      roots.push(blocked);
      continue;
    }
    const dir = join3(renderDir, stage.directory);
    const settings = {
      env: { ...backendEnv(provider, request.env), ...await readStageEnv(stage) },
      varFiles: stage.tfvarsFile ? [stage.tfvarsFile] : []
    };
    if (stage.name === INFRASTRUCTURE_STAGE && stateStorageMissing) {
      await writeFile3(join3(dir, LOCAL_BACKEND_OVERRIDE_FILE), LOCAL_BACKEND_OVERRIDE);
      previewOnly.push(stage.name);
      notes.push(`First deployment: ${stage.name} is planned against an empty local state, since its remote state storage does not exist yet.`);
    }
    const attempt = await planRoot({ dir, label: stage.name, settings }, stage.stateImports, request, join3(request.workDir, "plans", stage.name), specs);
    roots.push(attempt.outcome);
    if (attempt.outcome.status !== "planned") continue;
    if (attempt.importsMissing && stage.name === STATE_STAGE) {
      stateStorageMissing = true;
      notes.push(`First deployment: the Terraform state storage does not exist yet; ${stage.name} plans to create it.`);
    } else if (attempt.importsMissing) {
      notes.push(`${stage.name}: ${stage.stateImports.map((entry) => entry.address).join(", ")} does not exist yet, so it is planned for creation instead of imported.`);
    }
    const planFile = attempt.outcome.planFile;
    if (planFile === null) continue;
    const { outputs: stageOutputs, unknown } = plannedOutputs(parsePlanJson(await request.engine.showJson(dir, planFile, settings), `plan of ${stage.name}`));
    if (unknown.length > 0) {
      notes.push(`${stage.name}: ${unknown.join(", ")} known only after apply, so the stages that read them are pending.`);
      continue;
    }
    outputs[`stages/${stage.name}`] = stageOutputs;
  }
  return { run: planRunOf(roots), notes, specs, previewOnly };
}

// src/commands/plan.ts
function failureOf(error, root) {
  if (error instanceof EngineError) {
    return { status: "failed", root, step: error.step, diagnostics: error.diagnostics, lock: error.lock, partial: null };
  }
  if (error instanceof PlanFormatError) {
    const diagnostic = { severity: "error", summary: error.message, detail: "", location: null };
    return { status: "failed", root, step: "show", diagnostics: [diagnostic], lock: null, partial: null };
  }
  throw error;
}
async function erroredPlan(engine, spec, planFile, summarize) {
  try {
    return summarizePlan(parsePlanJson(await engine.showJson(spec.dir, planFile, spec.settings)), summarize);
  } catch {
    return null;
  }
}
async function planRoots(specs, engine, options) {
  const { tool } = await engine.version().catch(() => ({ tool: null }));
  const roots = [];
  for (const [index, spec] of specs.entries()) {
    const root = spec.label ?? spec.dir;
    if (spec.pending !== void 0) {
      roots.push({ status: "pending", root, reason: spec.pending });
      continue;
    }
    const failedEarlier = roots.find((outcome) => outcome.status === "failed");
    if (failedEarlier) {
      roots.push({ status: "pending", root, reason: `not planned because ${failedEarlier.root} failed` });
      continue;
    }
    const changedEarlier = roots.filter((outcome) => outcome.status === "pending" || outcome.status === "planned" && outcome.report.hasChanges);
    const planFile = join4(options.planDir, `${index}.tfplan`);
    const summarize = { ...options.summarize, tool };
    try {
      await engine.init(spec.dir, spec.settings);
      const planned = await engine.plan(spec.dir, planFile, options.lock === false ? { ...spec.settings, lock: false } : spec.settings);
      const report = summarizePlan(parsePlanJson(await engine.showJson(spec.dir, planFile, spec.settings), `plan of ${root}`), summarize);
      roots.push({ status: "planned", root, report, planFile, warnings: planned.warnings });
    } catch (error) {
      const failure = failureOf(error, root);
      if (failure.lock === null && changedEarlier.length > 0) {
        const first = failure.diagnostics[0];
        const earlier = changedEarlier.map((outcome) => outcome.root).join(", ");
        roots.push({ status: "pending", root, reason: `cannot be planned until the changes to ${earlier} are applied${first ? ` (${first.summary})` : ""}` });
      } else {
        if (failure.step === "plan") failure.partial = await erroredPlan(engine, spec, planFile, summarize);
        roots.push(failure);
      }
    }
  }
  return planRunOf(roots);
}
function planRunOf(roots) {
  return {
    roots,
    hash: combinedHash(roots.map((outcome) => outcome.status === "planned" ? outcome.report.summary.hash : outcome.status)),
    hasChanges: roots.some((outcome) => outcome.status === "planned" && outcome.report.hasChanges),
    failed: roots.some((outcome) => outcome.status === "failed" || outcome.status === "planned" && outcome.report.summary.errored)
  };
}
function planExitCode(run3) {
  if (run3.failed) return 1;
  return run3.hasChanges || run3.roots.some((outcome) => outcome.status === "pending") ? 2 : 0;
}
function planRunJson(run3) {
  return {
    roots: run3.roots.map((outcome) => {
      switch (outcome.status) {
        case "planned":
          return { root: outcome.root, summary: outcome.report.summary, status: "planned" };
        case "pending":
          return { root: outcome.root, summary: null, status: "pending", reason: outcome.reason };
        case "failed":
          return { root: outcome.root, summary: null, status: "failed", errors: outcome.diagnostics.map(formatDiagnostic) };
      }
    }),
    hash: run3.hash
  };
}
function defaultPluginCacheDir(env) {
  return env.TF_PLUGIN_CACHE_DIR ?? join4(defaultCacheRoot(env), "plugins");
}
async function engineForCli(engineName, io) {
  const pluginCacheDir = defaultPluginCacheDir(io.env);
  await mkdir4(pluginCacheDir, { recursive: true });
  return createEngine({ engine: engineName, runner: spawnRunner, env: io.env, pluginCacheDir });
}
function reportFailures(run3, io) {
  for (const outcome of run3.roots) {
    if (outcome.status !== "failed") continue;
    io.stderr(`qhub-gitops plan: ${outcome.root}: ${outcome.step} failed
`);
    for (const diagnostic of outcome.diagnostics) io.stderr(`${formatDiagnostic(diagnostic)}
`);
    if (outcome.lock) io.stderr(`The state is locked by ${outcome.lock.who ?? "another run"}; if that run is gone: ${outcome.lock.unlockCommand}
`);
  }
}
async function planValidatedConfig(validated, engine, workDir, io) {
  try {
    return await planDeployableConfig({
      configPath: validated.configPath,
      environmentFiles: validated.environmentFiles,
      version: validated.report.version,
      engine,
      workDir,
      env: io.env,
      lock: false,
      log: (message) => io.stderr(`${message}
`)
    });
  } catch (error) {
    if (error instanceof VenvError || error instanceof QhubRunError) throw new UserFacingError(error.message, 1);
    throw error;
  }
}
var usage = `usage: qhub-gitops plan [CONFIG options] [--root DIR...]
                        [--engine tofu|terraform|PATH] [--format json|markdown]
  --config CONFIG     the QHub/Nebari config (default: qhub-config.yaml, else nebari-config.yaml)
  --qhub-version V    the version that will deploy (else the config's, else .qhub-version)
  --environments DIR  environment files to merge (default: environments/ next to the config);
                      pass the same to 'apply' so its plan can match this one's hash
  --root DIR          an explicit Terraform root, planned in the order given (repeatable)

Without --root, plans the config as 'qhub deploy' would apply it: the config is validated,
its exact QHub/Nebari release (installed once into a cached virtualenv) renders it and computes
each stage's inputs, and every stage is planned in order. With --root, runs init, plan and
show -json in each root. Either way one summary with a plan hash is printed ('apply
--expect-hash' applies only that plan); a root that cannot be planned until an earlier root's
changes are applied is reported as pending. The plan does not take the state lock (it is only
for review; apply plans again with the lock). An invalid config is never planned; with --config
the Markdown output is the whole PR comment, findings included.
Exit codes: 0 no changes, 2 changes (or pending roots), 1 failure or an invalid config.`;
var planCommand = {
  name: "plan",
  summary: "plan Terraform roots in order and summarize them (json or the PR comment)",
  usage,
  async run(argv, io) {
    const parsed = parseCommandLine({
      args: argv,
      options: {
        root: { type: "string", multiple: true },
        config: { type: "string" },
        "qhub-version": { type: "string" },
        environments: { type: "string" },
        engine: { type: "string", default: "tofu" },
        format: { type: "string", default: "markdown" }
      }
    });
    const { format, engine: engineName } = parsed.values;
    if (format !== "json" && format !== "markdown") throw new UsageError(`--format must be json or markdown, not '${format}'`);
    const dirs = parsed.values.root ?? [];
    const { config, "qhub-version": qhubVersion, environments } = parsed.values;
    const validated = config || dirs.length === 0 ? await validateLocal({ ...config ? { config } : {}, ...qhubVersion ? { qhubVersion } : {}, ...environments ? { environments } : {} }, io) : void 0;
    const validation = validated?.report;
    const marker = { deployment: null, config: validation?.file ?? null, kind: "plan" };
    const title = validation ? `Plan for \`${validation.file}\`` : "Plan";
    if (validation && (!validation.valid || !validation.version || !validated.configPath)) {
      io.stderr(`${renderFindingsText(validation)}
qhub-gitops plan: not planned: ${validation.file} is invalid
`);
      if (format === "markdown") {
        io.stdout(buildComment({ marker: { ...marker, planHash: null }, title, validation: renderFindingsMarkdown(validation) }));
      }
      return 1;
    }
    const engine = await engineForCli(engineName, io);
    const planDir = await mkdtemp(join4(tmpdir(), "qhub-gitops-plan-"));
    try {
      let run3;
      let notes = [];
      if (dirs.length > 0) {
        run3 = await planRoots(
          dirs.map((dir) => ({ dir: resolve2(io.cwd, dir), label: dir })),
          engine,
          { planDir, lock: false }
        );
      } else {
        const planned = await planValidatedConfig(validated, engine, planDir, io);
        run3 = planned.run;
        notes = planned.notes;
      }
      reportFailures(run3, io);
      if (format === "json") {
        io.stdout(`${JSON.stringify(planRunJson(run3), null, 2)}
`);
      } else {
        io.stdout(
          buildComment({
            marker: { ...marker, planHash: run3.hash },
            title,
            ...notes.length > 0 ? { intro: notes.map((note) => `- ${note}`).join("\n") } : {},
            ...validation ? { validation: renderFindingsMarkdown(validation) } : {},
            plan: run3
          })
        );
      }
      return planExitCode(run3);
    } finally {
      await rm3(planDir, { recursive: true, force: true });
    }
  }
};

export {
  formatDiagnostic,
  EngineError,
  spawnRunner,
  VenvError,
  QhubRunError,
  planDeployableConfig,
  planRoots,
  planRunOf,
  planExitCode,
  planRunJson,
  defaultPluginCacheDir,
  engineForCli,
  planCommand
};
