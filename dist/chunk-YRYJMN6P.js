import { createRequire as __qgCreateRequire } from 'node:module'; const require = __qgCreateRequire(import.meta.url);
import {
  EngineError,
  QhubRunError,
  VenvError,
  engineForCli,
  formatDiagnostic,
  planDeployableConfig,
  planRoots
} from "./chunk-PMQ2AZIE.js";
import {
  countBySeverity,
  renderFindingsMarkdown,
  renderFindingsText,
  validateConfig,
  validateLocal
} from "./chunk-44KNBTVK.js";
import {
  CLOUD_PROVIDERS,
  DEFAULT_CONFIG_NAMES,
  DEFAULT_ENVIRONMENTS_DIR,
  ENVIRONMENT_FILE_NAME,
  PROVIDER_BLOCKS,
  asMapping,
  asString,
  loadYaml,
  namespaceOf,
  readEnvironmentFiles,
  readPinnedVersion,
  readSource,
  resolveConfigPath
} from "./chunk-E2XWTSB3.js";
import {
  buildComment,
  buildJobSummary,
  codeBlock,
  escapeText,
  inlineCode,
  parseMarker,
  planLine
} from "./chunk-TED5GYOY.js";
import {
  UsageError,
  UserFacingError,
  parseCommandLine
} from "./chunk-KRETPF2Y.js";

// src/commands/apply.ts
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join2, resolve as resolve3 } from "node:path";

// src/github/sticky-comment.ts
function isSameIdentity(commentAuthor, viewer) {
  return commentAuthor === viewer || commentAuthor === `${viewer}[bot]`;
}
async function upsertStickyComment(api, request) {
  if (request.mode === "never") return { action: "skipped", reason: "comment: never" };
  const ours = [];
  let viewer;
  let pagesAfterOurs = -1;
  await api.scanComments(request.issueNumber, async (page) => {
    const marked = page.filter((comment) => request.isSticky(comment.body));
    if (marked.length > 0) {
      const login = viewer ??= await api.viewerLogin();
      ours.push(...marked.filter((comment) => isSameIdentity(comment.authorLogin, login)));
    }
    if (pagesAfterOurs >= 0) pagesAfterOurs++;
    else if (ours.length > 0) pagesAfterOurs = 0;
    return pagesAfterOurs < 1;
  });
  ours.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
  const [kept, ...duplicates] = ours;
  for (const duplicate of duplicates) await api.deleteComment(duplicate.id);
  const deletedDuplicates = duplicates.map((comment) => comment.id);
  if (!kept) {
    if (request.mode === "on-change" && !request.hasNews) {
      return { action: "skipped", reason: "comment: on-change and nothing to report" };
    }
    return { action: "created", comment: await api.createComment(request.issueNumber, request.body), deletedDuplicates };
  }
  if (kept.body === request.body) return { action: "unchanged", comment: kept, deletedDuplicates };
  return { action: "updated", comment: await api.updateComment(kept.id, request.body), deletedDuplicates };
}

// src/deploy/lock.ts
function lockMessage(lock, root) {
  const holder = [
    lock.who ? `held by ${lock.who}` : null,
    lock.operation ? `for ${lock.operation.replace(/^OperationType/, "").toLowerCase()}` : null,
    lock.created ? `since ${lock.created}` : null
  ].filter((part) => part !== null);
  return [
    `The state of ${root} is locked: lock ID ${lock.id}${holder.length > 0 ? `, ${holder.join(" ")}` : ""}.`,
    "Another run may still be working on it: wait for that run to finish, then re-run this one.",
    "A cancelled or timed-out run leaves its lock behind (the runner kills the engine before it can release it).",
    `Once no run is using this state, release the lock from the root directory ${root}: ${lock.unlockCommand}`,
    "Nothing was retried: qhub-gitops never applies over a lock it did not take."
  ].join("\n");
}

// src/deploy/gate.ts
function mergedPullFor(pulls, branch) {
  return pulls.find((pull) => pull.baseRef === branch && pull.merged) ?? null;
}
function reviewedPlanIn(comments, viewer, deployment, pullNumber) {
  const candidates = comments.filter((comment) => isSameIdentity(comment.authorLogin, viewer)).map((comment) => ({ comment, marker: parseMarker(comment.body) })).filter((entry) => entry.marker !== null).filter(({ marker }) => marker.deployment === deployment && typeof marker.planHash === "string" && (marker.kind === "plan" || marker.kind === "apply")).sort((a, b) => a.comment.createdAt.localeCompare(b.comment.createdAt) || a.comment.id - b.comment.id);
  const kept = candidates[0];
  return kept ? { pullNumber, commentId: kept.comment.id, planHash: kept.marker.planHash, marker: kept.marker, body: kept.comment.body } : null;
}
function refuseBeforePlanning(input) {
  if (input.preventDeploy) {
    return {
      reason: "prevent-deploy",
      message: `${input.configPath ?? "The config"} has \`prevent_deploy: true\`: \`qhub upgrade\` set it because a manual step is needed before the next deploy (see the upgrade notes of your QHub/Nebari version). Do that step, remove the line in a pull request, and merge it. Nothing was applied.`
    };
  }
  if (input.configErrors > 0) {
    return {
      reason: "invalid-config",
      message: `${input.configPath ?? "The config"} did not pass validation (${input.configErrors} error${input.configErrors === 1 ? "" : "s"}, listed with the findings): fix it in a pull request and merge it. Nothing was planned or applied.`
    };
  }
  if (input.reviewed !== null || !input.requireReviewedPlan) return null;
  const where = input.pull ? `pull request #${input.pull.number} has no plan comment from qhub-gitops for ${input.branch} (was the plan job skipped, or its comment deleted?)` : `commit ${input.sha.slice(0, 12)} on ${input.branch} did not come from a merged pull request (a direct push, or a run on a commit no pull request merged)`;
  return {
    reason: "no-reviewed-plan",
    message: `No reviewed plan: ${where}. Open a pull request into ${input.branch} so the plan is reviewed, then merge it; or set \`require-reviewed-plan: false\` to apply whatever the plan is now. Nothing was applied.`
  };
}
function refuseAfterPlanning(run, expectHash) {
  const failed = run.roots.filter((outcome) => outcome.status === "failed");
  if (failed.length > 0) {
    const lines = failed.map((outcome) => {
      if (outcome.lock) return lockMessage(outcome.lock, outcome.root);
      const first = outcome.diagnostics[0];
      return `${outcome.root}: ${outcome.step} failed${first ? `: ${first.summary}` : ""}`;
    });
    return { reason: "plan-failed", message: `The plan could not be made again, so nothing was applied.
${lines.join("\n")}` };
  }
  const errored = run.roots.filter((outcome) => outcome.status === "planned" && outcome.report.summary.errored);
  if (errored.length > 0) {
    return { reason: "plan-failed", message: `The plan of ${errored.map((outcome) => outcome.root).join(", ")} reported errors, so nothing was applied.` };
  }
  if (expectHash !== null && expectHash !== run.hash) {
    return {
      reason: "plan-changed",
      reviewedHash: expectHash,
      newHash: run.hash,
      message: `The plan changed since it was reviewed (reviewed ${expectHash}, now ${run.hash}): the state, the code or a provider moved between review and merge. Nothing was applied. Open a pull request (an empty commit is enough) to review the new plan.`
    };
  }
  return null;
}
function newPlanChanges(run) {
  return run.roots.map((outcome) => {
    if (outcome.status !== "planned") return { root: outcome.root, status: outcome.status, counts: null, addresses: [] };
    const { summary, resources } = outcome.report;
    return {
      root: outcome.root,
      status: "planned",
      counts: { add: summary.to_add, change: summary.to_change, destroy: summary.to_destroy },
      addresses: resources.filter((entry) => entry.action !== "no-op").map((entry) => entry.address)
    };
  });
}
function hasNothingToApply(run) {
  return !run.failed && !run.hasChanges && run.roots.every((outcome) => outcome.status === "planned");
}

// src/deploy/facts.ts
function providerFrom(data) {
  const declared = asString(data.provider);
  if (declared !== void 0) return declared;
  const present = Object.entries(PROVIDER_BLOCKS).filter(([, block]) => data[block] !== void 0);
  return present.length === 1 ? present[0][0] : null;
}
function deploymentFacts(config) {
  const data = asMapping(config) ?? {};
  const provider = providerFrom(data);
  const block = provider && CLOUD_PROVIDERS.has(provider) ? asMapping(data[PROVIDER_BLOCKS[provider]]) : void 0;
  const domain = asString(data.domain)?.trim() || null;
  return {
    projectName: asString(data.project_name) ?? (typeof data.project_name === "number" ? String(data.project_name) : null),
    namespace: namespaceOf(data),
    provider,
    region: asString(block?.region) ?? null,
    gcpProject: provider === "gcp" ? asString(block?.project) ?? null : null,
    domain,
    preventDeploy: data.prevent_deploy === true
  };
}
function resourcePrefix(facts) {
  return `${facts.projectName ?? "<project_name>"}-${facts.namespace}`;
}
function environmentUrl(facts) {
  if (!facts.domain) return null;
  return /^https?:\/\//.test(facts.domain) ? facts.domain : `https://${facts.domain}`;
}

// src/deploy/outcome.ts
function applyExitCode(outcome) {
  if (outcome.refusal?.reason === "plan-changed") return 3;
  if (outcome.refusal) return 1;
  return outcome.roots.every((root) => root.status === "applied") ? 0 : 1;
}
function isDestroyed(outcome) {
  return outcome.leftovers.length === 0 && outcome.roots.every((root) => root.state.addresses !== null);
}

// src/github/api.ts
var GitHubApiError = class extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
  status;
  name = "GitHubApiError";
};

// src/github/settings.ts
import { isAbsolute, relative, resolve, sep } from "node:path";
var commandNames = ["validate", "plan", "apply", "destroy"];
var SettingsError = class extends Error {
  name = "SettingsError";
};
var pullRequestActions = ["opened", "synchronize", "reopened", "edited"];
function commandToRun(settings) {
  if (settings.event.kind !== "pull_request" || !settings.event.fromFork || settings.command === "validate") {
    return { command: settings.command, preface: [] };
  }
  return {
    command: "validate",
    preface: [
      "This pull request comes from a fork, so only validation ran: GitHub gives workflows of fork pull requests no secrets and a read-only token, and qhub-gitops never plans fork code with cloud credentials. A maintainer can push the branch to this repository to get a plan."
    ]
  };
}
function idleReason(settings) {
  const event = settings.event;
  if (event.kind !== "pull_request") return null;
  if (!pullRequestActions.includes(event.action)) {
    return `Nothing to do on pull_request '${event.action}': qhub-gitops reacts to ${pullRequestActions.join(", ")}.`;
  }
  if (event.action === "edited" && !event.baseChanged) return "Nothing to do: only the title or description of the pull request changed.";
  return null;
}
function oneOf(input, value, allowed, fallback) {
  if (value === "") return fallback;
  if (allowed.includes(value)) return value;
  throw new SettingsError(`Input '${input}' must be one of ${allowed.join(", ")} (got '${value}').`);
}
function booleanInput(input, value, fallback) {
  if (value === "") return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new SettingsError(`Input '${input}' must be true or false (got '${value}').`);
}
function record(value) {
  return typeof value === "object" && value !== null ? value : {};
}
function text(value) {
  return typeof value === "string" ? value : "";
}
function branchOf(ref) {
  return ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : null;
}
function parseEvent(context) {
  const payload = record(context.payload);
  switch (context.eventName) {
    case "pull_request": {
      const pull = record(payload.pull_request);
      const base = record(pull.base);
      const head = record(pull.head);
      const number = pull.number;
      if (typeof number !== "number") {
        throw new SettingsError("The pull_request event payload has no pull request number (GITHUB_EVENT_PATH is missing or unreadable).");
      }
      const baseRepo = text(record(base.repo).full_name);
      const headRepo = text(record(head.repo).full_name);
      return {
        kind: "pull_request",
        number,
        action: text(payload.action),
        baseRef: text(base.ref),
        headRef: text(head.ref),
        headSha: text(head.sha),
        fromFork: headRepo.toLowerCase() !== baseRepo.toLowerCase(),
        baseChanged: record(payload.changes).base !== void 0
      };
    }
    case "push":
      return { kind: "push", branch: branchOf(context.ref), sha: context.sha };
    case "workflow_dispatch":
      return { kind: "workflow_dispatch", branch: branchOf(context.ref), sha: context.sha };
    case "pull_request_target":
      throw new SettingsError(
        "qhub-gitops does not run on pull_request_target: it would plan untrusted fork code with secrets. Use the pull_request event."
      );
    default:
      throw new SettingsError(
        `qhub-gitops runs on pull_request, push and workflow_dispatch events, not '${context.eventName || "(none)"}'.`
      );
  }
}
function defaultCommand(event) {
  switch (event.kind) {
    case "pull_request":
      return "plan";
    case "push":
      return "apply";
    case "workflow_dispatch":
      throw new SettingsError(
        "Input 'command' is required on workflow_dispatch: pass the dispatch input, e.g. `command: ${{ inputs.command }}`."
      );
  }
}
function buildSettings(inputs, context) {
  const [owner, repo, ...rest] = context.repository.split("/");
  if (!owner || !repo || rest.length > 0) {
    throw new SettingsError(`GITHUB_REPOSITORY must look like owner/name (got '${context.repository}').`);
  }
  if (!inputs.githubToken) {
    throw new SettingsError("Input 'github-token' is empty: leave it at its default (${{ github.token }}) or pass a token.");
  }
  if (!context.workspace) throw new SettingsError("GITHUB_WORKSPACE is not set: run qhub-gitops as a step of a GitHub Actions job.");
  const event = parseEvent(context);
  const command = inputs.command === "" ? defaultCommand(event) : oneOf("command", inputs.command, commandNames, "validate");
  const workingDirectory = resolve(context.workspace, inputs.workingDirectory || ".");
  const repositoryDirectory = relative(context.workspace, workingDirectory);
  if (repositoryDirectory.startsWith("..") || isAbsolute(repositoryDirectory)) {
    throw new SettingsError(`Input 'working-directory' must be inside the repository (got '${inputs.workingDirectory}').`);
  }
  const prefix = inputs.deploymentBranchPrefix || "deploy/";
  return {
    command,
    event,
    repository: { owner, repo },
    token: inputs.githubToken,
    workingDirectory,
    repositoryDirectory: repositoryDirectory.split(sep).join("/"),
    config: inputs.config || null,
    qhubVersion: inputs.qhubVersion || null,
    environments: inputs.environments || null,
    comment: oneOf("comment", inputs.comment, ["always", "on-change", "never"], "always"),
    engine: inputs.engine || "tofu",
    deploymentBranchPrefix: prefix,
    confirm: inputs.confirm,
    failOn: oneOf("fail-on", inputs.failOn, ["error", "warning"], "error"),
    requireReviewedPlan: booleanInput("require-reviewed-plan", inputs.requireReviewedPlan, true),
    cleanCluster: booleanInput("clean-cluster", inputs.cleanCluster, false),
    roots: inputs.roots.split("\n").map((line) => line.trim()).filter((line) => line !== "")
  };
}

// src/github/validate-action.ts
import { dirname, join, posix, relative as relative2, resolve as resolve2 } from "node:path";
function repositoryPath(settings, file) {
  return posix.normalize(posix.join(settings.repositoryDirectory || ".", file.replaceAll("\\", "/")));
}
function deploymentBranch(settings) {
  return settings.event.kind === "pull_request" ? settings.event.baseRef : settings.event.branch;
}
function unreadable(file, rule, message) {
  return { file, version: null, valid: false, findings: [{ rule, severity: "error", message, path: "", line: null, column: null }] };
}
function reason(error) {
  if (error instanceof GitHubApiError) return error.message;
  throw error;
}
async function baseConfig(api, settings, path, notes) {
  if (settings.event.kind !== "pull_request") return void 0;
  const ref = settings.event.baseRef;
  const skipped = "the checks that compare with it (immutable fields, storage resizes, removed environments) were skipped";
  try {
    const bytes = await api.getContent(path, ref);
    if (bytes) return { bytes, file: `${ref}:${path}` };
    notes.push(`\`${path}\` does not exist on \`${ref}\` yet (a new deployment), so ${skipped}.`);
  } catch (error) {
    notes.push(`Could not read \`${path}\` from \`${ref}\`, so ${skipped}: ${reason(error)}`);
  }
  return void 0;
}
async function baseEnvironmentFiles(api, settings, configFile, notes) {
  if (settings.event.kind !== "pull_request") return [];
  const ref = settings.event.baseRef;
  const directory = settings.environments ?? join(dirname(configFile), DEFAULT_ENVIRONMENTS_DIR);
  const path = repositoryPath(settings, relative2(settings.workingDirectory, resolve2(settings.workingDirectory, directory)));
  if (path === ".." || path.startsWith("../")) {
    notes.push(`The environments directory \`${directory}\` is outside the repository, so there is no version of it on \`${ref}\` to compare with.`);
    return [];
  }
  try {
    const files = (await api.listDirectoryFiles(path, ref)).filter((file) => ENVIRONMENT_FILE_NAME.test(file)).sort();
    const sources = [];
    for (const file of files) {
      const bytes = await api.getContent(file, ref);
      if (bytes) sources.push({ bytes, file: `${ref}:${file}` });
    }
    return sources;
  } catch (error) {
    notes.push(`Could not read the environment files in \`${path}\` on \`${ref}\`, so environments removed from there were not checked: ${reason(error)}`);
    return [];
  }
}
async function otherDeployments(api, settings, path, notes) {
  const own = deploymentBranch(settings);
  const skipped = "the deployment-collision check was skipped";
  let branches;
  try {
    branches = await api.listBranches(settings.deploymentBranchPrefix);
  } catch (error) {
    notes.push(`Could not list the \`${settings.deploymentBranchPrefix}*\` branches, so ${skipped}: ${reason(error)}`);
    return [];
  }
  const sources = [];
  for (const branch of branches.filter((candidate) => candidate !== own)) {
    try {
      const bytes = await api.getContent(path, branch);
      if (bytes) sources.push({ bytes, file: `${branch}:${path}` });
    } catch (error) {
      notes.push(`Could not read \`${path}\` from \`${branch}\`, so it was left out of the deployment-collision check: ${reason(error)}`);
    }
  }
  return sources;
}
function validationFailure(report, path, failOn) {
  const counts = countBySeverity(report.findings);
  const failing = failOn === "warning" ? counts.error + counts.warning : counts.error;
  if (failing === 0) return null;
  const parts = [`${counts.error} error${counts.error === 1 ? "" : "s"}`];
  if (failOn === "warning") parts.push(`${counts.warning} warning${counts.warning === 1 ? "" : "s"} (fail-on: warning)`);
  return `${path} did not pass validation: ${parts.join(", ")}. See the annotations and the job summary.`;
}
async function checkConfig(settings, api, notes) {
  const cwd = settings.workingDirectory;
  const configFile = resolveConfigPath(settings.config ?? void 0, cwd);
  const path = repositoryPath(settings, configFile);
  const read = await readSource(configFile, cwd);
  let environmentFiles = [];
  if (!("missing" in read)) {
    environmentFiles = await readEnvironmentFiles(configFile, cwd, settings.environments ?? void 0).catch((error) => error);
  }
  let report;
  let sources = null;
  if ("missing" in read) {
    report = unreadable(
      configFile,
      "load/missing",
      `${configFile}: ${read.missing}. Set the action's \`config\` (and \`working-directory\`) inputs to where qhub-config.yaml / nebari-config.yaml is, and check out the repository first.`
    );
  } else if (environmentFiles instanceof Error) {
    report = unreadable(configFile, "load/environments", `${environmentFiles.message} Check the \`environments\` input.`);
  } else {
    const pinnedVersion = await readPinnedVersion(configFile, cwd);
    const base = await baseConfig(api, settings, path, notes);
    const baseEnvironments = base ? await baseEnvironmentFiles(api, settings, configFile, notes) : [];
    const others = await otherDeployments(api, settings, path, notes);
    sources = { config: read.source, environmentFiles };
    report = validateConfig({
      config: read.source,
      ...settings.qhubVersion ? { requestedVersion: settings.qhubVersion } : {},
      ...pinnedVersion ? { pinnedVersion } : {},
      ...base ? { base, baseEnvironmentFiles: baseEnvironments } : {},
      otherDeployments: others,
      environmentFiles
    });
  }
  return { report, configFile, path, findingsMarkdown: renderFindingsMarkdown(report), sources };
}
function notesMarkdown(notes) {
  return notes.map((note) => `> [!NOTE]
${note.split("\n").map((line) => `> ${line}`).join("\n")}`).join("\n\n");
}
function validationOutputs(report) {
  return { valid: String(report.valid), findings: JSON.stringify(report.findings) };
}
async function runValidate(settings, api, options = {}) {
  const notes = [...options.preface ?? []];
  const { report, configFile, path, findingsMarkdown } = await checkConfig(settings, api, notes);
  const intro = notesMarkdown(notes);
  const deployment = deploymentBranch(settings);
  const comment = settings.event.kind === "pull_request" && deployment ? {
    deployment,
    config: path,
    kind: "validate",
    hasNews: report.findings.length > 0,
    body: buildComment({
      marker: { deployment, config: path, planHash: null, kind: "validate" },
      title: `QHub config check for \`${deployment}\``,
      ...intro ? { intro } : {},
      validation: findingsMarkdown
    })
  } : null;
  return {
    outputs: validationOutputs(report),
    findings: report.findings,
    configFile,
    summary: [`## qhub-gitops validate`, intro, findingsMarkdown].filter(Boolean).join("\n\n"),
    comment,
    notices: notes,
    failure: validationFailure(report, path, settings.failOn)
  };
}

// src/report/apply.ts
var HEADLINES = {
  applying: "\u23F3 Applying the reviewed plan\u2026",
  applied: "\u2705 Applied the reviewed plan.",
  unchanged: "\u2705 Nothing to apply: the plan has no changes.",
  failed: "\u274C The apply failed.",
  refused: "\u26D4 Nothing was applied."
};
function outputLine(name, output) {
  if (output.sensitive) return `- ${inlineCode(name)} = _(sensitive, hidden)_`;
  const text2 = JSON.stringify(output.value) ?? "null";
  return `- ${inlineCode(name)} = ${inlineCode(text2.length > 200 ? `${text2.slice(0, 200)}\u2026` : text2)}`;
}
var MAX_DIAGNOSTICS = 3;
var MAX_DETAIL = 2e3;
function rootBlock(root, outcome) {
  const planned = outcome.plan?.roots.find((candidate) => candidate.root === root.root);
  const counts = planned?.status === "planned" ? ` (${planLine(planned.report.summary)})` : "";
  switch (root.status) {
    case "applied": {
      const outputs = root.outputs ? Object.entries(root.outputs).map(([name, value]) => outputLine(name, value)) : [];
      const outputText = root.outputsError ? `

_Outputs could not be read: ${escapeText(root.outputsError)}_` : outputs.length > 0 ? `

Outputs:
${outputs.join("\n")}` : "";
      return `- \u2705 ${inlineCode(root.root)} applied${counts}${outputText}`;
    }
    case "failed": {
      const text2 = root.lock ? lockMessage(root.lock, root.root) : root.diagnostics.slice(0, MAX_DIAGNOSTICS).map((diagnostic) => formatDiagnostic({ ...diagnostic, detail: diagnostic.detail.slice(0, MAX_DETAIL) })).join("\n\n");
      return `- \u274C ${inlineCode(root.root)} failed while applying${counts}: Terraform keeps what it created before the error, so this root may be partly applied.

${codeBlock(text2, "text")}`;
    }
    case "not-applied":
      return `- \u23ED\uFE0F ${inlineCode(root.root)} not applied: ${escapeText(root.why)}`;
  }
}
var MAX_ADDRESSES = 50;
function refusalBlock(refusal, outcome) {
  const parts = [refusal.message.split("\n")[0]];
  const rest = refusal.message.split("\n").slice(1).join("\n");
  if (rest) parts.push(codeBlock(rest, "text"));
  if (refusal.reason === "plan-changed" && outcome.plan) {
    const lines = newPlanChanges(outcome.plan).map((root) => {
      if (root.counts === null) return `- ${inlineCode(root.root)}: ${root.status}`;
      const shown = root.addresses.slice(0, MAX_ADDRESSES).map(inlineCode).join(", ");
      const more = root.addresses.length > MAX_ADDRESSES ? ` and ${root.addresses.length - MAX_ADDRESSES} more` : "";
      return `- ${inlineCode(root.root)}: ${root.counts.add} to add, ${root.counts.change} to change, ${root.counts.destroy} to destroy${shown ? ` \u2014 ${shown}${more}` : ""}`;
    });
    parts.push(`What the plan would do now (new hash ${inlineCode(refusal.newHash)}, reviewed ${inlineCode(refusal.reviewedHash)}):

${lines.join("\n")}`);
  }
  return parts.join("\n\n");
}
var REVIEWED_START = "<!-- qhub-gitops reviewed plan -->";
var REVIEWED_END = "<!-- /qhub-gitops reviewed plan -->";
var MAX_REVIEWED_CHARS = 4e4;
function reviewedPlanMarkdown(previousBody) {
  const start = previousBody.indexOf(REVIEWED_START);
  const end = previousBody.indexOf(REVIEWED_END);
  const text2 = start >= 0 && end > start ? previousBody.slice(start + REVIEWED_START.length, end) : previousBody.split("\n").slice(1).join("\n");
  const trimmed = text2.trim();
  if (trimmed.length <= MAX_REVIEWED_CHARS) return trimmed;
  const cut = trimmed.lastIndexOf("\n", MAX_REVIEWED_CHARS);
  return `${trimmed.slice(0, cut > 0 ? cut : MAX_REVIEWED_CHARS)}

_\u2026 the rest of the reviewed plan is in the plan run's job summary._`;
}
function reviewedPlanFooter(previousBody) {
  if (previousBody === null) return "";
  return `<details><summary>The reviewed plan</summary>

${REVIEWED_START}
${reviewedPlanMarkdown(previousBody)}
${REVIEWED_END}

</details>`;
}
function reportInput(input) {
  const run = input.runUrl ? ` ([run](${input.runUrl}))` : "";
  const intro = [`**${HEADLINES[input.state]}** Commit ${inlineCode(input.sha.slice(0, 12))} on ${inlineCode(input.deployment)}${run}.`];
  const outcome = input.outcome;
  if (outcome?.refusal) intro.push(refusalBlock(outcome.refusal, outcome));
  if (outcome && outcome.roots.length > 0) intro.push(outcome.roots.map((root) => rootBlock(root, outcome)).join("\n"));
  const failed = outcome?.roots.find((root) => root.status === "failed");
  if (failed) {
    const applied = outcome.roots.filter((root) => root.status === "applied").map((root) => inlineCode(root.root));
    const notApplied = outcome.roots.filter((root) => root.status === "not-applied").map((root) => inlineCode(root.root));
    intro.push(
      `Applied before the failure: ${applied.length > 0 ? applied.join(", ") : "nothing"}. Not applied: ${notApplied.length > 0 ? notApplied.join(", ") : "nothing"}. Fix the cause and open a new pull request: its plan starts from what is applied now.`
    );
  }
  const reviewedHash = typeof input.marker.planHash === "string" ? `<sub>Reviewed plan hash ${inlineCode(input.marker.planHash)}.</sub>` : "";
  const footer = [reviewedPlanFooter(input.previousBody), reviewedHash].filter((part) => part !== "").join("\n\n");
  return {
    marker: { ...input.marker, kind: "apply", state: input.state },
    title: `Apply of \`${input.deployment}\``,
    intro: intro.join("\n\n"),
    ...footer ? { footer } : {}
  };
}
function applyCommentBody(input) {
  return buildComment(reportInput(input));
}
function applyJobSummary(input) {
  return buildJobSummary(reportInput(input));
}

// src/commands/apply.ts
async function applyPlanned(plan, specs, engine, options) {
  const refusal = refuseAfterPlanning(plan, options.expectHash);
  if (refusal) return { plan, refusal, roots: [] };
  await options.beforeApply?.();
  const roots = [];
  let stopReason = null;
  for (const outcome of plan.roots) {
    const spec = specs.find((candidate) => (candidate.label ?? candidate.dir) === outcome.root);
    if (stopReason !== null) {
      roots.push({ root: outcome.root, status: "not-applied", why: stopReason });
      continue;
    }
    if (outcome.status !== "planned" || !spec || outcome.planFile === null || options.previewOnly?.includes(outcome.root)) {
      const why = outcome.status === "pending" ? outcome.reason : options.previewOnly?.includes(outcome.root) ? "it was planned against an empty local state, as a preview of a first deployment" : "its plan cannot be applied";
      roots.push({ root: outcome.root, status: "not-applied", why: `it had no applicable plan to review (${why}); open a pull request now to plan and review it` });
      stopReason = `${outcome.root} before it was not applied`;
      continue;
    }
    try {
      await engine.apply(spec.dir, outcome.planFile, spec.settings);
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      roots.push({ root: outcome.root, status: "failed", diagnostics: error.diagnostics, lock: error.lock });
      stopReason = `${outcome.root} before it failed`;
      continue;
    }
    try {
      roots.push({ root: outcome.root, status: "applied", outputs: await engine.outputJson(spec.dir, spec.settings), outputsError: null });
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      roots.push({ root: outcome.root, status: "applied", outputs: null, outputsError: error.message });
    }
  }
  return { plan, refusal: null, roots };
}
async function applyRoots(specs, engine, options) {
  const plan = await planRoots(specs, engine, { planDir: options.planDir });
  return applyPlanned(plan, specs, engine, options);
}
function applyOutcomeText(outcome) {
  const lines = [];
  if (outcome.refusal) lines.push(outcome.refusal.message);
  for (const root of outcome.roots) {
    switch (root.status) {
      case "applied":
        lines.push(`${root.root}: applied`);
        break;
      case "failed":
        lines.push(`${root.root}: apply failed`);
        lines.push(root.lock ? lockMessage(root.lock, root.root) : root.diagnostics.map(formatDiagnostic).join("\n"));
        break;
      case "not-applied":
        lines.push(`${root.root}: not applied: ${root.why}`);
        break;
    }
  }
  return lines;
}
async function readConfigFacts(settings) {
  const cwd = settings.workingDirectory;
  const named = settings.config !== null || DEFAULT_CONFIG_NAMES.some((name) => existsSync(resolve3(cwd, name)));
  if (!named) return null;
  const configFile = resolveConfigPath(settings.config ?? void 0, cwd);
  const read = await readSource(configFile, cwd);
  if ("missing" in read) throw new SettingsError(`${configFile}: ${read.missing}. Set the action's \`config\` and \`working-directory\` inputs.`);
  const loaded = loadYaml(read.source.bytes, configFile);
  if (!loaded.document) throw new SettingsError(`${configFile} cannot be read: ${loaded.findings.map((finding) => finding.message).join("; ")}`);
  return { facts: deploymentFacts(loaded.document.data), path: repositoryPath(settings, configFile) };
}
function deploymentOf(settings, command) {
  const event = settings.event;
  if (event.kind === "pull_request") throw new SettingsError(`${command} does not run on pull_request: it runs on a push to (or a dispatch on) a ${settings.deploymentBranchPrefix}<name> branch.`);
  const branch = event.branch;
  if (!branch || !branch.startsWith(settings.deploymentBranchPrefix) || branch === settings.deploymentBranchPrefix) {
    throw new SettingsError(
      `${command} runs only on ${settings.deploymentBranchPrefix}<name> branches, not on '${branch ?? "a tag or detached ref"}': restrict the workflow's branches to '${settings.deploymentBranchPrefix}**'.`
    );
  }
  return { branch, name: branch.slice(settings.deploymentBranchPrefix.length), sha: event.sha };
}
function configSourceOf(settings, env) {
  return { cwd: settings.workingDirectory, config: settings.config, environments: settings.environments, qhubVersion: settings.qhubVersion, env };
}
async function planQhubConfig(source, engine, workDir) {
  const configFile = resolveConfigPath(source.config ?? void 0, source.cwd);
  const environmentFiles = await readEnvironmentFiles(configFile, source.cwd, source.environments ?? void 0);
  const pinnedVersion = await readPinnedVersion(configFile, source.cwd);
  return planDeployableConfig({
    configPath: resolve3(source.cwd, configFile),
    environmentFiles,
    engine,
    workDir,
    env: source.env,
    ...source.qhubVersion ? { requestedVersion: source.qhubVersion } : {},
    ...pinnedVersion ? { pinnedVersion } : {}
  });
}
async function planForApply(settings, dependencies) {
  if (settings.roots.length > 0) {
    const specs = settings.roots.map((dir) => ({ dir: resolve3(settings.workingDirectory, dir), label: dir }));
    return { plan: await planRoots(specs, dependencies.engine, { planDir: dependencies.planDir }), specs, previewOnly: [] };
  }
  try {
    const planned = await planQhubConfig(configSourceOf(settings, dependencies.env), dependencies.engine, dependencies.planDir);
    return { plan: planned.run, specs: planned.specs, previewOnly: planned.previewOnly };
  } catch (error) {
    if (error instanceof QhubRunError || error instanceof VenvError) return { error: error.message };
    throw error;
  }
}
async function reviewedPlanOf(api, sha, branch) {
  const pull = mergedPullFor(await api.pullsForCommit(sha), branch);
  if (!pull) return { pull, reviewed: null };
  const comments = [];
  await api.scanComments(pull.number, (page) => {
    comments.push(...page);
    return true;
  });
  const viewer = comments.length > 0 ? await api.viewerLogin() : "";
  return { pull, reviewed: reviewedPlanIn(comments, viewer, branch, pull.number) };
}
async function bestEffort(notices, what, call) {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    notices.push(`Could not ${what}: ${error.message}`);
    return null;
  }
}
async function runApplyAction(settings, api, dependencies) {
  const { branch, name, sha } = deploymentOf(settings, "apply");
  const config = await readConfigFacts(settings);
  const notices = [];
  const check = config ? await checkConfig(settings, api, notices) : null;
  const { pull, reviewed } = await reviewedPlanOf(api, sha, branch);
  const marker = reviewed?.marker ?? { deployment: branch, config: config?.path ?? null, planHash: null, kind: "apply" };
  const report = (state2, outcome2) => ({
    marker,
    deployment: branch,
    sha,
    runUrl: dependencies.runUrl,
    state: state2,
    outcome: outcome2,
    previousBody: reviewed?.body ?? null
  });
  const updateComment = async (state2, outcome2) => {
    if (reviewed) await api.updateComment(reviewed.commentId, applyCommentBody(report(state2, outcome2)));
  };
  const early = refuseBeforePlanning({
    branch,
    sha,
    pull,
    reviewed,
    requireReviewedPlan: settings.requireReviewedPlan,
    preventDeploy: config?.facts.preventDeploy ?? false,
    configPath: config?.path ?? null,
    configErrors: check ? countBySeverity(check.report.findings).error : 0
  });
  const result = (outcome2, state2) => ({
    outputs: { "plan-hash": outcome2.plan?.hash ?? "", applied: String(state2 === "applied"), "apply-result": outcome2.refusal?.reason ?? state2 },
    findings: check?.report.findings ?? [],
    configFile: check?.configFile ?? "",
    summary: [applyJobSummary(report(state2, outcome2)), outcome2.refusal?.reason === "invalid-config" ? check?.findingsMarkdown : ""].filter(Boolean).join("\n\n"),
    comment: null,
    notices,
    failure: state2 === "applied" || state2 === "unchanged" ? null : `${outcome2.refusal ? `${outcome2.refusal.reason}: ` : ""}${applyOutcomeText(outcome2).join("\n")}`
  });
  if (early?.reason === "no-reviewed-plan") {
    const planned = await planForApply(settings, dependencies);
    if (!("error" in planned) && hasNothingToApply(planned.plan)) return result({ plan: planned.plan, refusal: null, roots: [] }, "unchanged");
  }
  if (early) {
    const outcome2 = { plan: null, refusal: early, roots: [] };
    await bestEffort(notices, "update the pull request comment", () => updateComment("refused", outcome2));
    return result(outcome2, "refused");
  }
  const url = config ? environmentUrl(config.facts) : null;
  const deployment = await api.createDeployment({ ref: branch, environment: name, description: `qhub-gitops apply of ${sha.slice(0, 12)}`, payload: { reviewedPlanHash: reviewed?.planHash ?? null } });
  const status = (state2, description) => api.createDeploymentStatus(deployment.id, { state: state2, description, ...dependencies.runUrl ? { logUrl: dependencies.runUrl } : {}, ...url ? { environmentUrl: url } : {} });
  await status("in_progress", "Planning again and applying the reviewed plan");
  let outcome;
  try {
    const planned = await planForApply(settings, dependencies);
    outcome = "error" in planned ? { plan: null, refusal: { reason: "plan-failed", message: `The plan could not be made again, so nothing was applied.
${planned.error}` }, roots: [] } : await applyPlanned(planned.plan, planned.specs, dependencies.engine, {
      expectHash: reviewed?.planHash ?? null,
      previewOnly: planned.previewOnly,
      // The comment reports; the reviewed hash already gated. A token that cannot write it does not block the apply.
      beforeApply: async () => {
        await bestEffort(notices, "update the pull request comment", () => updateComment("applying", null));
      }
    });
  } catch (error) {
    await bestEffort(notices, "update the deployment status", () => status("failure", "qhub-gitops stopped: see the run"));
    throw error;
  }
  const state = outcome.refusal ? "refused" : applyExitCode(outcome) === 0 ? "applied" : "failed";
  await bestEffort(notices, "update the pull request comment", () => updateComment(state, outcome));
  const describe = state === "applied" ? "Applied the reviewed plan" : outcome.refusal ? `Not applied: ${outcome.refusal.reason}` : "Apply failed: see the run";
  await bestEffort(notices, "update the deployment status", () => status(state === "applied" ? "success" : "failure", describe));
  if (!reviewed) notices.push(`No reviewed plan to compare with (${pull ? `pull request #${pull.number} has no plan comment` : `commit ${sha.slice(0, 12)} did not come from a merged pull request`}): require-reviewed-plan is false, so the plan made in this run was used.`);
  return result(outcome, state);
}
async function factsFromFile(file, cwd) {
  const bytes = await readFile(resolve3(cwd, file)).catch((error) => {
    throw new UserFacingError(`${file}: cannot be read (${error.code ?? error.message})`);
  });
  const loaded = loadYaml(bytes, file);
  if (!loaded.document) throw new UserFacingError(loaded.findings.map((finding) => finding.message).join("; "));
  return deploymentFacts(loaded.document.data);
}
var usage = `usage: qhub-gitops apply [--root DIR... | --config CONFIG [--qhub-version V] [--environments DIR]]
                         [--expect-hash sha256:HEX] [--engine tofu|terraform|PATH]

Plans again and applies the plan files it just made, root by root: with --root, each root in the
order given; without, the QHub/Nebari config's stages, rendered by its exact QHub release as
'qhub-gitops plan' does. With --expect-hash (the hash 'qhub-gitops plan' printed for the reviewed
plan), nothing is applied unless the new plan has that same hash. A failure stops the run; the
roots after it are not applied. A state lock held by another run is reported with its
force-unlock command and never retried. A config that does not pass 'qhub-gitops validate' (error
findings) or has prevent_deploy: true is refused before planning, as the action refuses it (with
--root, when --config names it).
Exit codes: 0 applied, 1 failure (the root and the error are printed), 3 the plan differs from
--expect-hash (nothing changed), 2 usage.`;
var applyCommand = {
  name: "apply",
  summary: "plan again (Terraform roots or a QHub config) and apply that plan, only if it is the reviewed one",
  usage,
  async run(argv, io) {
    const parsed = parseCommandLine({
      args: argv,
      options: {
        root: { type: "string", multiple: true },
        "expect-hash": { type: "string" },
        config: { type: "string" },
        "qhub-version": { type: "string" },
        environments: { type: "string" },
        engine: { type: "string", default: "tofu" }
      }
    });
    const dirs = parsed.values.root ?? [];
    const expectHash = parsed.values["expect-hash"] ?? null;
    if (expectHash !== null && !/^sha256:[0-9a-f]{64}$/.test(expectHash)) throw new UsageError(`--expect-hash must look like sha256:<64 hex digits>, not '${expectHash}'`);
    const source = {
      cwd: io.cwd,
      config: parsed.values.config ?? null,
      environments: parsed.values.environments ?? null,
      qhubVersion: parsed.values["qhub-version"] ?? null,
      env: io.env
    };
    if (source.config !== null || dirs.length === 0) {
      const configPath = resolveConfigPath(source.config ?? void 0, io.cwd);
      const validation = await validateLocal(
        { config: configPath, ...source.qhubVersion ? { qhubVersion: source.qhubVersion } : {}, ...source.environments ? { environments: source.environments } : {} },
        io
      );
      const configErrors = countBySeverity(validation.report.findings).error;
      const facts = await factsFromFile(configPath, io.cwd).catch((error) => {
        if (configErrors > 0 && error instanceof UserFacingError) return null;
        throw error;
      });
      const preventDeploy = facts?.preventDeploy ?? false;
      const refusal = refuseBeforePlanning({ branch: "", sha: "", pull: null, reviewed: null, requireReviewedPlan: false, preventDeploy, configPath, configErrors });
      if (refusal) {
        if (refusal.reason === "invalid-config") io.stderr(`${renderFindingsText(validation.report)}
`);
        io.stderr(`${refusal.message}
`);
        return 1;
      }
    }
    const engine = await engineForCli(parsed.values.engine, io);
    const planDir = await mkdtemp(join2(tmpdir(), "qhub-gitops-apply-"));
    const options = { expectHash, beforeApply: async () => io.stderr(`qhub-gitops apply: plan ${expectHash === null ? "made" : "matches the reviewed hash"}; applying
`) };
    try {
      let outcome;
      if (dirs.length > 0) {
        outcome = await applyRoots(
          dirs.map((dir) => ({ dir: resolve3(io.cwd, dir), label: dir })),
          engine,
          { ...options, planDir }
        );
      } else {
        let planned;
        try {
          planned = await planQhubConfig(source, engine, planDir);
        } catch (error) {
          if (error instanceof QhubRunError || error instanceof VenvError) throw new UserFacingError(error.message, 1);
          throw error;
        }
        outcome = await applyPlanned(planned.run, planned.specs, engine, { ...options, previewOnly: planned.previewOnly });
      }
      const code = applyExitCode(outcome);
      const text2 = applyOutcomeText(outcome).join("\n");
      (code === 0 ? io.stdout : io.stderr)(`${text2}
`);
      return code;
    } finally {
      await rm(planDir, { recursive: true, force: true });
    }
  }
};

export {
  upsertStickyComment,
  lockMessage,
  resourcePrefix,
  isDestroyed,
  GitHubApiError,
  SettingsError,
  commandToRun,
  idleReason,
  buildSettings,
  deploymentBranch,
  validationFailure,
  checkConfig,
  notesMarkdown,
  validationOutputs,
  runValidate,
  applyPlanned,
  applyRoots,
  applyOutcomeText,
  readConfigFacts,
  deploymentOf,
  configSourceOf,
  planQhubConfig,
  bestEffort,
  runApplyAction,
  factsFromFile,
  applyCommand
};
