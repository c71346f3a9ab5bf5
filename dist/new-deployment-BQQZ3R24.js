import { createRequire as __qgCreateRequire } from 'node:module'; const require = __qgCreateRequire(import.meta.url);
import {
  loadYaml,
  namespaceOf,
  require_dist,
  resolveConfigPath
} from "./chunk-E2XWTSB3.js";
import {
  UsageError,
  UserFacingError,
  __toESM,
  parseCommandLine
} from "./chunk-KRETPF2Y.js";

// src/commands/new-deployment.ts
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";

// src/deployments/new-deployment.ts
var import_yaml = __toESM(require_dist(), 1);
import { isDeepStrictEqual } from "node:util";
var MAX_BUCKET_NAME_LENGTH = 63;
var DEPLOYMENT_NAME = /^[a-z][a-z-]*[a-z]$/;
var NewDeploymentError = class extends Error {
  name = "NewDeploymentError";
};
function stateBucketName(identity) {
  return `${identity.projectName}-${identity.namespace}-terraform-state`;
}
function parseConfig(source) {
  const loaded = loadYaml(source.text, source.file);
  if (!loaded.document) {
    throw new NewDeploymentError(loaded.findings.map((finding) => finding.message).join("; "));
  }
  return loaded.document.data;
}
function identityOf(data, file) {
  const projectName = data.project_name;
  if (typeof projectName !== "string" || projectName === "") {
    throw new NewDeploymentError(`${file}: has no \`project_name\`, so it does not name a deployment`);
  }
  const namespace = namespaceOf(data);
  const domain = typeof data.domain === "string" && data.domain !== "" ? data.domain : null;
  return { projectName, namespace, domain };
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function hostPattern(domain) {
  return new RegExp(`(?<![A-Za-z0-9.-])${escapeRegExp(domain)}(?![A-Za-z0-9-]|\\.[A-Za-z0-9])`, "g");
}
function deriveDomain(sourceDomain, sourceNamespace, name) {
  const [first, ...rest] = sourceDomain.split(".");
  if (first === sourceNamespace && rest.length > 0) return [name, ...rest].join(".");
  return `${name}.${sourceDomain}`;
}
function applyEdits(text, edits) {
  return [...edits].sort((a, b) => b.start - a.start).reduce((out, edit) => out.slice(0, edit.start) + edit.replacement + out.slice(edit.end), text);
}
function topLevelPair(root, key) {
  return root.items.find((item) => (0, import_yaml.isScalar)(item.key) && item.key.value === key);
}
function setTopLevelScalar(text, root, key, value, after) {
  const node = topLevelPair(root, key)?.value;
  if ((0, import_yaml.isScalar)(node) && node.range) {
    const quote = node.type === "QUOTE_SINGLE" ? "'" : node.type === "QUOTE_DOUBLE" ? '"' : "";
    return { start: node.range[0], end: node.range[1], replacement: `${quote}${value}${quote}` };
  }
  const anchor = after.map((candidate) => topLevelPair(root, candidate)).find((pair) => pair?.value?.range);
  if (!anchor?.value?.range || !anchor.key.range) throw new NewDeploymentError(`cannot place \`${key}\`: the config has no ${after.join(" or ")}`);
  const lineStart = text.lastIndexOf("\n", anchor.key.range[0]) + 1;
  const indent = text.slice(lineStart, anchor.key.range[0]);
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  const lineEnd = text.indexOf("\n", anchor.value.range[1]);
  const line = `${indent}${key}: ${value}`;
  return lineEnd === -1 ? { start: text.length, end: text.length, replacement: `${newline}${line}` } : { start: lineEnd + 1, end: lineEnd + 1, replacement: `${line}${newline}` };
}
function replaceHostName(text, document, from, to) {
  const edits = [];
  (0, import_yaml.visit)(document, {
    Scalar(key, node) {
      if (key === "key" || typeof node.value !== "string" || !node.range) return;
      const source = text.slice(node.range[0], node.range[1]);
      const replaced = source.replace(hostPattern(from), to);
      if (replaced !== source) edits.push({ start: node.range[0], end: node.range[1], replacement: replaced });
    }
  });
  return edits;
}
function expectedData(value, from, to) {
  if (typeof value === "string") return from !== null && to !== null ? value.replace(hostPattern(from), to) : value;
  if (Array.isArray(value)) return value.map((item) => expectedData(item, from, to));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, expectedData(item, from, to)]));
  }
  return value;
}
function describe(identity) {
  return `project_name ${identity.projectName}, namespace ${identity.namespace}`;
}
function collisions(candidate, existing) {
  const problems = [];
  for (const { identity, file } of existing) {
    if (identity.projectName === candidate.projectName && identity.namespace === candidate.namespace) {
      problems.push(
        `${file} is already the deployment with ${describe(candidate)} (state bucket ${stateBucketName(candidate)}); choose another name`
      );
    } else if (candidate.domain !== null && identity.domain?.toLowerCase() === candidate.domain.toLowerCase()) {
      problems.push(`${file} already serves ${candidate.domain}; give the new deployment its own host name with --domain`);
    }
  }
  return problems;
}
function createNewDeployment(request) {
  const { name, source } = request;
  if (!DEPLOYMENT_NAME.test(name)) {
    throw new NewDeploymentError(
      `deployment name '${name}' must be at least two lowercase letters and hyphens, starting and ending with a letter: it becomes the namespace, which QHub 0.3.x allows no digits in and Kubernetes and bucket names allow no capitals or underscores`
    );
  }
  const sourceData = parseConfig(source);
  const sourceIdentity = identityOf(sourceData, source.file);
  const terraformState = sourceData.terraform_state;
  if (terraformState?.type === "existing") {
    throw new NewDeploymentError(
      `${source.file}: terraform_state.type is 'existing', so its backend settings name one state location that both deployments would share; give the new config its own terraform_state by hand`
    );
  }
  const candidate = {
    projectName: sourceIdentity.projectName,
    namespace: name,
    domain: request.domain ?? (sourceIdentity.domain === null ? null : deriveDomain(sourceIdentity.domain, sourceIdentity.namespace, name))
  };
  const stateBucket = stateBucketName(candidate);
  if (stateBucket.length > MAX_BUCKET_NAME_LENGTH) {
    throw new NewDeploymentError(
      `the state bucket ${stateBucket} would be ${stateBucket.length} characters, over the ${MAX_BUCKET_NAME_LENGTH} that cloud storage allows; choose a shorter name`
    );
  }
  const existing = [
    { identity: sourceIdentity, file: source.file },
    ...request.otherDeployments.map((other) => ({ identity: identityOf(parseConfig(other), other.file), file: other.file }))
  ];
  const problems = collisions(candidate, existing);
  if (problems.length > 0) {
    throw new NewDeploymentError(`refusing to create deployment '${name}': ${problems.join("; ")}`);
  }
  const document = (0, import_yaml.parseDocument)(source.text);
  const root = document.contents;
  if (!(0, import_yaml.isMap)(root) || root.flow) {
    throw new NewDeploymentError(`${source.file}: the top level is a flow mapping ({...}); write it in block style to derive a new deployment`);
  }
  const edits = [setTopLevelScalar(source.text, root, "namespace", name, ["project_name"])];
  if (sourceIdentity.domain !== null && candidate.domain !== null) {
    edits.push(...replaceHostName(source.text, document, sourceIdentity.domain, candidate.domain));
  } else if (candidate.domain !== null) {
    edits.push(setTopLevelScalar(source.text, root, "domain", candidate.domain, ["provider", "namespace", "project_name"]));
  }
  const text = applyEdits(source.text, edits);
  const expected = expectedData(sourceData, sourceIdentity.domain, candidate.domain);
  expected.namespace = name;
  if (candidate.domain !== null) expected.domain = candidate.domain;
  if (!isDeepStrictEqual(parseConfig({ text, file: source.file }), expected)) {
    throw new NewDeploymentError(`editing ${source.file} in place would not change exactly the namespace and the host name (escaped characters?); change them by hand`);
  }
  return { ...candidate, text, stateBucket };
}

// src/commands/new-deployment.ts
var usage = `usage: qhub-gitops new-deployment NAME [--config CONFIG] [--other-deployment CONFIG]...
                                  [--domain HOST] [--output FILE]

Writes the config of a new deployment NAME, derived from CONFIG (default:
qhub-config.yaml, else nebari-config.yaml) with comments and layout kept:
  namespace  becomes NAME (project_name stays), so the cluster and the state bucket
             {project_name}-NAME-terraform-state are new;
  domain     becomes HOST, else the first label is swapped when it is the old
             namespace (blue.example.org -> NAME.example.org), else NAME. is prefixed;
             every occurrence of the old host name (OAuth callback URL, theme) follows.
Refuses (exit 1) when NAME is already the namespace of CONFIG or of any
--other-deployment config with the same project_name, or the host name is taken.
NAME: lowercase letters and hyphens, starting and ending with a letter.
Writes to FILE, or to standard output. Exit codes: 0 written, 1 refused, 2 usage error.`;
async function readConfig(path, cwd) {
  try {
    return { text: await readFile(resolve(cwd, path), "utf8"), file: path };
  } catch (error) {
    const code = error.code;
    throw new UserFacingError(code === "ENOENT" ? `${path}: file not found` : `${path}: cannot be read (${code ?? error.message})`);
  }
}
var newDeploymentCommand = {
  name: "new-deployment",
  summary: "derive the config of a new deployment with its own namespace and host name",
  usage,
  async run(argv, io) {
    const parsed = parseCommandLine({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: "string" },
        "other-deployment": { type: "string", multiple: true, default: [] },
        domain: { type: "string" },
        output: { type: "string" }
      }
    });
    const [name, ...extra] = parsed.positionals;
    if (name === void 0) throw new UsageError("the new deployment NAME is required");
    if (extra.length > 0) throw new UsageError(`unexpected arguments: ${extra.join(" ")}`);
    const source = await readConfig(resolveConfigPath(parsed.values.config, io.cwd), io.cwd);
    const otherDeployments = await Promise.all(parsed.values["other-deployment"].map((path) => readConfig(path, io.cwd)));
    let created;
    try {
      created = createNewDeployment({
        name,
        source,
        otherDeployments,
        ...parsed.values.domain ? { domain: parsed.values.domain } : {}
      });
    } catch (error) {
      if (error instanceof NewDeploymentError) throw new UserFacingError(error.message, 1);
      throw error;
    }
    if (parsed.values.output) {
      await writeFile(resolve(io.cwd, parsed.values.output), created.text);
    } else {
      io.stdout(created.text);
    }
    io.stderr(
      `new deployment '${name}': project_name ${created.projectName}, namespace ${created.namespace}, domain ${created.domain ?? "(none)"}, state bucket ${created.stateBucket}
`
    );
    return 0;
  }
};
export {
  newDeploymentCommand
};
