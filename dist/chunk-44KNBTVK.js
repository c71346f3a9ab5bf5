import { createRequire as __qgCreateRequire } from 'node:module'; const require = __qgCreateRequire(import.meta.url);
import {
  CLOUD_PROVIDERS,
  PROVIDER_BLOCKS,
  asList,
  asMapping,
  asNumber,
  asString,
  declaresNodeGroups,
  entriesAt,
  hasDefaultedSections,
  loadYaml,
  locate,
  namespaceOf,
  nodeGroupsOf,
  providerOf,
  readEnvironmentFiles,
  readPinnedVersion,
  readSource,
  resolveConfigPath,
  valueAt
} from "./chunk-E2XWTSB3.js";
import {
  UsageError,
  UserFacingError,
  parseCommandLine
} from "./chunk-KRETPF2Y.js";

// src/commands/validate.ts
import { resolve } from "node:path";

// src/config/types.ts
function formatPath(path) {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return out;
}

// src/config/cloud-checks.ts
function isMapping(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function describeValue(value) {
  return typeof value === "string" || typeof value === "number" ? `\`${String(value)}\`` : "the value";
}
function instanceChecks(section, block, describe2) {
  if (!isMapping(block.node_groups)) return [];
  return Object.entries(block.node_groups).flatMap(([name, group]) => {
    if (!isMapping(group) || !("instance" in group)) return [];
    const path = [section, "node_groups", name, "instance"];
    return [{ path: formatPath(path), description: describe2(describeValue(group.instance)) }];
  });
}
function awsChecks(block) {
  const section = "amazon_web_services";
  const region = describeValue(block.region);
  const checks = [
    {
      path: section,
      description: "AWS credentials: Nebari requires AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the environment before any AWS call."
    },
    { path: `${section}.region`, description: `region ${region} must be enabled for the AWS account (EC2 DescribeRegions).` },
    {
      path: `${section}.kubernetes_version`,
      description: block.kubernetes_version === null || block.kubernetes_version === void 0 ? `no version given: Nebari picks the newest EKS version it supports in ${region} (EKS DescribeAddonVersions).` : `Kubernetes ${describeValue(block.kubernetes_version)} must be one of the EKS versions available in ${region} that Nebari supports (EKS DescribeAddonVersions).`
    },
    {
      path: `${section}.availability_zones`,
      description: Array.isArray(block.availability_zones) ? `each availability zone must exist in ${region} (EC2 DescribeAvailabilityZones).` : `no zones given: Nebari picks the first two zones of ${region} (EC2 DescribeAvailabilityZones).`
    },
    ...instanceChecks(section, block, (instance) => `instance type ${instance} must be offered in ${region} (EC2 DescribeInstanceTypes).`)
  ];
  if (typeof block.eks_kms_arn === "string") {
    checks.push({
      path: `${section}.eks_kms_arn`,
      description: `the KMS key must exist in ${region}, be enabled, customer managed and symmetric with key usage ENCRYPT_DECRYPT (KMS ListKeys/DescribeKey).`
    });
  }
  return checks;
}
function gcpChecks(block) {
  const section = "google_cloud_platform";
  const region = describeValue(block.region);
  return [
    {
      path: section,
      description: "GCP credentials: Nebari requires GOOGLE_CREDENTIALS and PROJECT_ID in the environment and lists regions, versions and machine types in the PROJECT_ID project."
    },
    { path: `${section}.region`, description: `region ${region} must be one of the project's Compute Engine regions.` },
    {
      path: `${section}.kubernetes_version`,
      description: `Kubernetes ${describeValue(block.kubernetes_version)} must prefix one of the GKE master versions valid in ${region} that Nebari supports.`
    },
    ...instanceChecks(section, block, (instance) => `machine type ${instance} must be offered in a zone of ${region}.`)
  ];
}
function azureChecks(block) {
  const section = "azure";
  const checks = [
    {
      path: section,
      description: "Azure credentials: Nebari requires ARM_CLIENT_ID, ARM_SUBSCRIPTION_ID and ARM_TENANT_ID in the environment."
    }
  ];
  if ("kubernetes_version" in block) {
    checks.push({
      path: `${section}.kubernetes_version`,
      description: block.kubernetes_version === null ? "null: Nebari picks the newest AKS version it supports (AKS list orchestrators, queried for Central US)." : `Kubernetes ${describeValue(block.kubernetes_version)} must be one of the AKS versions Nebari supports (AKS list orchestrators, queried for Central US whatever the region).`
    });
  }
  return checks;
}
function skippedCloudChecks(config) {
  if (!isMapping(config)) return [];
  const checks = [];
  if (isMapping(config.amazon_web_services)) checks.push(...awsChecks(config.amazon_web_services));
  if (isMapping(config.google_cloud_platform)) checks.push(...gcpChecks(config.google_cloud_platform));
  if (isMapping(config.azure)) checks.push(...azureChecks(config.azure));
  return checks;
}

// src/config/environments.ts
function environmentKey(file) {
  return file.split(/[\\/]/).pop() ?? file;
}
function mergeFinding(path, message, position, file) {
  return {
    rule: "load/duplicate-environment",
    severity: "error",
    message,
    path: formatPath(path),
    line: position?.line ?? null,
    column: position?.column ?? null,
    ...file !== void 0 ? { file } : {}
  };
}
function mergeEnvironments(config, files) {
  const environmentFiles = /* @__PURE__ */ new Map();
  const findings = [];
  if (files.length === 0) return { config, environmentFiles, findings };
  const root = config.data;
  const inline = root.environments;
  if (inline !== void 0 && inline !== null && (typeof inline !== "object" || Array.isArray(inline))) {
    findings.push(
      mergeFinding(["environments"], `\`environments\` in ${config.file} is not a mapping, so the environment files cannot be merged into it`, config.keyPosition(["environments"]))
    );
    return { config, environmentFiles, findings };
  }
  const inlineEnvironments = inline ?? {};
  for (const file of files) {
    const key = environmentKey(file.file);
    const earlier = environmentFiles.get(key);
    if (earlier) {
      findings.push(
        mergeFinding([], `${file.file}: another environment file, ${earlier.file}, has the same name \`${key}\`; QHub keys environments by file name, so one would replace the other`, { line: 1, column: 1 }, file.file)
      );
      continue;
    }
    if (Object.hasOwn(inlineEnvironments, key)) {
      findings.push(
        mergeFinding(
          ["environments", key],
          `environment \`${key}\` is defined both inline in ${config.file} and in the file ${file.file}; keep one of them`,
          config.keyPosition(["environments", key])
        )
      );
      continue;
    }
    environmentFiles.set(key, file);
  }
  const environments = { ...inlineEnvironments };
  for (const [key, file] of environmentFiles) environments[key] = file.data;
  const fileDocumentFor = (path) => {
    if (path[0] !== "environments" || path.length < 2) return void 0;
    const document = environmentFiles.get(String(path[1]));
    return document ? { document, inner: path.slice(2) } : void 0;
  };
  return {
    config: {
      file: config.file,
      data: { ...root, environments },
      keyPosition: (path) => {
        const inFile = fileDocumentFor(path);
        return inFile ? inFile.document.keyPosition(inFile.inner) : config.keyPosition(path);
      },
      valuePosition: (path) => {
        const inFile = fileDocumentFor(path);
        return inFile ? inFile.document.valuePosition(inFile.inner) : config.valuePosition(path);
      },
      fileFor: (path) => fileDocumentFor(path)?.document.file ?? config.fileFor(path)
    },
    environmentFiles,
    findings
  };
}

// src/config/schemas/index.ts
import { createRequire } from "node:module";
var loadFromDist = createRequire(import.meta.url);
var diagnosis;
var full = () => diagnosis ??= loadFromDist("./validators/diagnose.cjs");
var schemaValidator = (family) => full().schemaValidator(family);
var schemaBranchValidator = (family, branch) => full().schemaBranchValidator(family, branch);

// src/config/schemas/precompiled.ts
import { createRequire as createRequire2 } from "node:module";
var loadFromDist2 = createRequire2(import.meta.url);
function loadPrecompiledValidator(family) {
  return loadFromDist2(`./validators/${family}.cjs`).validate;
}

// src/config/schema-check.ts
var SECRET_KEY = /secret|password|token|passwd|private|credential/i;
function productLabel(version) {
  return `${version.family.startsWith("nebari") ? "Nebari" : "QHub"} ${version.value}`;
}
function pointerToPath(pointer, data) {
  if (pointer === "") return [];
  const path = [];
  let current = data;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(current)) {
      const index = Number(segment);
      path.push(index);
      current = current[index];
    } else {
      path.push(segment);
      current = current !== null && typeof current === "object" ? current[segment] : void 0;
    }
  }
  return path;
}
function valueAt2(data, path) {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[segment];
  }
  return current;
}
function describePlace(data, path) {
  if (path.length === 0) return "the top level of the config";
  const [first, second, third] = path;
  if (first === "profiles" && second === "dask_worker" && path.length === 3) return `dask_worker profile \`${String(third)}\``;
  if (first === "profiles" && second === "jupyterlab" && path.length === 3 && typeof third === "number") {
    const name = valueAt2(data, path)?.display_name;
    return typeof name === "string" ? `JupyterLab profile \`${name}\`` : `JupyterLab profile #${third + 1}`;
  }
  if (path.length === 3 && second === "node_groups") return `node group \`${String(third)}\` of \`${String(first)}\``;
  if (first === "environments" && path.length === 2) return `environment \`${String(second)}\``;
  return `\`${formatPath(path)}\``;
}
function describeValue2(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a date (YAML reads an unquoted YYYY-MM-DD as a date, as QHub does: quote it to keep it a string)";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the string '${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`;
  return `${typeof value} ${String(value)}`;
}
function shownValue(path, value) {
  const key = path[path.length - 1];
  if (typeof key === "string" && SECRET_KEY.test(key)) return "its value";
  return describeValue2(value);
}
var TYPE_WORDS = {
  string: "a string",
  integer: "an integer",
  number: "a number",
  boolean: "true or false",
  object: "a mapping",
  array: "a list",
  null: "empty (null)"
};
function levenshtein(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
function closest(name, candidates) {
  let best = null;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = levenshtein(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
var RULE_BY_KEYWORD = {
  additionalProperties: "additional-property",
  unevaluatedProperties: "additional-property",
  const: "enum"
};
function ruleId(keyword) {
  const id = RULE_BY_KEYWORD[keyword] ?? keyword.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return `schema/${id}`;
}
function explain(error, data, version) {
  const at = pointerToPath(error.instancePath, data);
  const place = describePlace(data, at);
  const value = valueAt2(data, at);
  const name = formatPath(at);
  const params = error.params;
  switch (error.keyword) {
    case "required": {
      const missing = String(params.missingProperty);
      return { error, path: [...at, missing], message: `\`${missing}\` is required in ${place} (${productLabel(version)})` };
    }
    case "additionalProperties":
    case "unevaluatedProperties": {
      const extra = String(params.additionalProperty ?? params.unevaluatedProperty);
      const known = Object.keys(error.parentSchema?.properties ?? {});
      const suggestion = closest(extra, known);
      const hint = suggestion ? `; did you mean \`${suggestion}\`?` : "; remove it or check its spelling";
      return { error, path: [...at, extra], message: `\`${extra}\` is not a key ${productLabel(version)} accepts in ${place}${hint}` };
    }
    case "type": {
      const types = String(params.type).split(",").map((type) => TYPE_WORDS[type] ?? type);
      return { error, path: at, message: `\`${name}\` must be ${types.join(" or ")}, but is ${shownValue(at, value)}` };
    }
    case "enum": {
      const allowed = params.allowedValues.map((v) => `\`${String(v)}\``).join(", ");
      return { error, path: at, message: `\`${name}\` must be one of ${allowed}, but is ${shownValue(at, value)}` };
    }
    case "const":
      return { error, path: at, message: `\`${name}\` must be \`${String(params.allowedValue)}\`, but is ${shownValue(at, value)}` };
    case "pattern": {
      const description = error.parentSchema?.description;
      const rule = description ? ` (${description})` : ` (pattern \`${String(params.pattern)}\`)`;
      return { error, path: at, message: `\`${name}\` ${shownValue(at, value)} is not allowed by ${productLabel(version)}${rule}` };
    }
    case "contains": {
      const description = error.parentSchema?.description;
      return { error, path: at, message: `\`${name}\` ${error.message ?? "has the wrong number of matching items"}${description ? `: ${description}` : ""} (${productLabel(version)})` };
    }
    case "not": {
      const description = error.parentSchema?.description;
      return { error, path: at, message: `\`${name}\`: ${description ?? "this value is not allowed here"} (${productLabel(version)})` };
    }
    default:
      return { error, path: at, message: `\`${name || "config"}\` ${error.message ?? "is invalid"}` };
  }
}
function isUnion(error) {
  return error.keyword === "anyOf" || error.keyword === "oneOf";
}
function isWithin(instancePath, ancestor) {
  return instancePath === ancestor || instancePath.startsWith(`${ancestor}/`);
}
function failsDiscriminator(errors, at) {
  const depth = at.split("/").length;
  return errors.some(
    (error) => (error.keyword === "const" || error.keyword === "enum") && error.instancePath.split("/").length <= depth + 1 || error.keyword === "type" && error.instancePath === at
  );
}
function collapseUnions(errors, branchValidator) {
  const result = [];
  for (const error of errors) {
    if (!isUnion(error)) {
      result.push(error);
      continue;
    }
    const siblingPrefix = `${error.schemaPath.replace(/\/(anyOf|oneOf)$/, "")}/`;
    const isSibling = (e) => e.schemaPath.startsWith(siblingPrefix) && !e.schemaPath.startsWith(`${error.schemaPath}/`);
    const popped = [];
    while (result.length > 0 && isWithin(result[result.length - 1].instancePath, error.instancePath)) popped.unshift(result.pop());
    result.push(...popped.filter(isSibling));
    const branches = error.schema.map((branch) => {
      const validate = branchValidator(branch);
      if (validate(error.data)) return [];
      const relocated = (validate.errors ?? []).filter((e) => e.keyword !== "if").map((e) => ({ ...e, instancePath: `${error.instancePath}${e.instancePath}` }));
      return collapseUnions(relocated, branchValidator);
    });
    if (branches.some((branch) => branch.length === 0)) continue;
    const ranked = [...branches].sort(
      (a, b) => Number(failsDiscriminator(a, error.instancePath)) - Number(failsDiscriminator(b, error.instancePath)) || a.length - b.length
    );
    result.push(...ranked[0]);
  }
  return result;
}
function checkSchema(document, version) {
  if (loadPrecompiledValidator(version.family)?.(document.data)) return [];
  const validate = schemaValidator(version.family);
  if (validate(document.data)) return [];
  const errors = collapseUnions((validate.errors ?? []).filter((error) => error.keyword !== "if"), (branch) => schemaBranchValidator(version.family, branch));
  const seen = /* @__PURE__ */ new Set();
  const findings = [];
  for (const error of errors) {
    const { path, message } = explain(error, document.data, version);
    const key = `${error.keyword}|${formatPath(path)}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const position = locate(document, path);
    const file = document.fileFor(path);
    findings.push({
      rule: ruleId(error.keyword),
      severity: "error",
      message,
      path: formatPath(path),
      line: position?.line ?? null,
      column: position?.column ?? null,
      ...file !== document.file ? { file } : {}
    });
  }
  return findings;
}

// src/config/version.ts
var SUPPORTED_VERSIONS_TEXT = "QHub 0.3.11-0.3.14 and 0.4.0-0.4.5, Nebari 2022.10 and later";
function numericParts(value) {
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(value.trim());
  if (!match) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
}
function atLeast(parts, minimum) {
  for (let i = 0; i < minimum.length; i++) {
    const a = parts[i] ?? 0;
    const b = minimum[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}
function familyOf(value) {
  const parts = numericParts(value);
  if (!parts) return { unsupported: `'${value}' is not a version number` };
  const [major] = parts;
  if (major >= 2022) {
    if (!atLeast(parts, [2022, 10])) return { unsupported: `Nebari ${value} predates the first Nebari release (2022.10)` };
    return { family: atLeast(parts, [2023, 10]) ? "nebari-2023.10" : "nebari-2022.10" };
  }
  if (major === 0) {
    if (!atLeast(parts, [0, 3, 11])) return { unsupported: `QHub ${value} is older than 0.3.11, the oldest version qhub-gitops knows` };
    if (atLeast(parts, [0, 5])) return { unsupported: `QHub ${value} was never released (QHub became Nebari after 0.4.5)` };
    if (atLeast(parts, [0, 4])) return { family: "qhub-0.4" };
    return { family: atLeast(parts, [0, 3, 12]) ? "qhub-0.3.12" : "qhub-0.3.11" };
  }
  return { unsupported: `'${value}' is neither a QHub (0.x) nor a Nebari (YYYY.M) version` };
}
function configVersion(data) {
  for (const key of ["qhub_version", "nebari_version"]) {
    const value = data[key];
    if (typeof value === "string" || typeof value === "number") return { key, value: String(value) };
  }
  return null;
}
var NIC_KEYS = ["cluster", "git_repository", "repository"];
function looksOlderThanSupported(data) {
  if (typeof data.ci_cd === "string") return "`ci_cd` is a string (QHub 0.3.x made it a mapping)";
  const text = JSON.stringify(data);
  if (/"(cpu|mem)_guarentee"/.test(text)) return "profiles use the `cpu_guarentee`/`mem_guarentee` spelling of QHub 0.1.x";
  return null;
}
function decideVersion(data, sources) {
  const nicKey = NIC_KEYS.find((key) => key in data);
  if (nicKey && !("provider" in data)) {
    return {
      ok: false,
      rule: "version/nic-format",
      path: nicKey,
      message: `this is a nebari-infrastructure-core (NIC) config (it has \`${nicKey}:\`), not a classic QHub/Nebari config; qhub-gitops validates and deploys classic configs (${SUPPORTED_VERSIONS_TEXT}), so use NIC's own tooling for this file`
    };
  }
  const inConfig = configVersion(data);
  const chosen = sources.requestedVersion?.trim() && { value: sources.requestedVersion.trim(), source: "option" } || inConfig && { value: inConfig.value, source: "config" } || sources.pinnedVersion?.trim() && { value: sources.pinnedVersion.trim(), source: "pin-file" } || null;
  if (!chosen) {
    const old = looksOlderThanSupported(data);
    if (old) {
      return {
        ok: false,
        rule: "version/unsupported",
        path: "",
        message: `this looks like a QHub config older than 0.3.11 (${old}); qhub-gitops supports ${SUPPORTED_VERSIONS_TEXT}. Upgrade it with \`qhub upgrade\` of a supported version`
      };
    }
    return {
      ok: false,
      rule: "version/unknown",
      path: "",
      message: "cannot tell which QHub/Nebari version this config targets. QHub 0.3.x configs carry no version key, so either put the version in a `.qhub-version` file next to the config (one line, e.g. `0.3.14`), pass `--qhub-version` (CLI) or the `qhub-version` input (action); 0.4.x configs need `qhub_version:` and Nebari configs `nebari_version:`"
    };
  }
  const family = familyOf(chosen.value);
  if ("unsupported" in family) {
    return {
      ok: false,
      rule: "version/unsupported",
      path: chosen.source === "config" && inConfig ? inConfig.key : "",
      message: `${family.unsupported}; qhub-gitops supports ${SUPPORTED_VERSIONS_TEXT}`
    };
  }
  return {
    ok: true,
    version: { family: family.family, value: chosen.value, source: chosen.source },
    configValue: inConfig?.value ?? null
  };
}

// src/rules/data/dask-pins.json
var dask_pins_default = {
  description: "Packages an environment that uses Dask must pin so its client matches the Dask scheduler and workers QHub/Nebari deploy. Versions are inclusive ranges of QHub/Nebari releases; `{release}` stands for the release itself (e.g. 2023.7.2).",
  sources: {
    "0.3.11": "qhub/initialize.py (default environment-dask.yaml) at tag v0.3.11 of github.com/nebari-dev/nebari: dask ==2.30.0, distributed ==2.30.1, dask-gateway ==0.9.0",
    "0.3.12": "qhub/initialize.py at v0.3.12: qhub-dask ==0.3.12",
    "0.3.13-0.4.0": "qhub/initialize.py at v0.3.13, v0.3.14 and v0.4.0: qhub-dask ==0.3.13",
    "0.4.1-0.4.2": 'qhub/utils.py at v0.4.1 and v0.4.2: qhub_dask_version = "0.4.0"',
    "0.4.3": 'qhub/utils.py at v0.4.3: qhub_dask_version = "0.4.3"',
    "0.4.4-0.4.5": "qhub/utils.py at v0.4.4 and v0.4.5: DEFAULT_QHUB_DASK_VERSION = the release (0.4.4, 0.4.5)",
    "2022.10.1+": "nebari/utils.py at 2022.10.1 to 2023.5.1: DEFAULT_NEBARI_DASK_VERSION = the release; src/_nebari/constants.py from 2023.7.1: DEFAULT_NEBARI_DASK_VERSION = CURRENT_RELEASE"
  },
  pins: [
    { from: "0.3.11", to: "0.3.11", packages: { dask: "2.30.0", distributed: "2.30.1", "dask-gateway": "0.9.0" } },
    { from: "0.3.12", to: "0.3.12", packages: { "qhub-dask": "0.3.12" } },
    { from: "0.3.13", to: "0.4.0", packages: { "qhub-dask": "0.3.13" } },
    { from: "0.4.1", to: "0.4.2", packages: { "qhub-dask": "0.4.0" } },
    { from: "0.4.3", to: "0.4.3", packages: { "qhub-dask": "0.4.3" } },
    { from: "0.4.4", to: "0.4.4", packages: { "qhub-dask": "0.4.4" } },
    { from: "0.4.5", to: "0.4.5", packages: { "qhub-dask": "0.4.5" } },
    { from: "2022.10.1", to: null, packages: { "nebari-dask": "{release}" } }
  ]
};

// src/rules/shared/finding.ts
function ruleFinding(document, rule, severity, path, message) {
  const position = locate(document, path);
  const file = document.fileFor(path);
  return {
    rule,
    severity,
    message,
    path: formatPath(path),
    line: position?.line ?? null,
    column: position?.column ?? null,
    ...file !== document.file ? { file } : {}
  };
}

// src/rules/shared/packages.ts
function environmentsOf(data) {
  return entriesAt(data, ["environments"]).flatMap(([key, value]) => {
    const environment = asMapping(value);
    return environment ? [{ key, path: ["environments", key], environment }] : [];
  });
}
function dependenciesOf(environment) {
  const found = [];
  const conda = asList(environment.environment.dependencies) ?? [];
  conda.forEach((item, index) => {
    const path = [...environment.path, "dependencies", index];
    const spec = asString(item);
    if (spec !== void 0) {
      const parsed = parseCondaSpec(spec);
      if (parsed) found.push({ path, spec, ...parsed });
      return;
    }
    (asList(asMapping(item)?.pip) ?? []).forEach((pipItem, pipIndex) => {
      const pipSpec = asString(pipItem);
      const parsed = pipSpec === void 0 ? void 0 : parsePipSpec(pipSpec);
      if (parsed) found.push({ path: [...path, "pip", pipIndex], spec: pipSpec, ...parsed });
    });
  });
  return found;
}
var VERSION = /^[0-9][A-Za-z0-9._+!-]*$/;
function parseCondaSpec(spec) {
  const text = spec.trim().replace(/^[^\s:]+::/, "");
  const match = /^([A-Za-z0-9_.-]+)\s*(.*)$/.exec(text);
  if (!match) return void 0;
  const name = match[1].toLowerCase();
  const rest = match[2].trim();
  return { name, exactVersion: exactCondaVersion(rest) };
}
function exactCondaVersion(rest) {
  if (rest === "" || rest.includes("*") || rest.includes(",") || rest.includes("|")) return void 0;
  let match = /^==\s*(\S+)$/.exec(rest);
  if (match) return VERSION.test(match[1]) ? match[1] : void 0;
  match = /^=\s*([^=\s]+)(?:[=\s]\s*(\S+))?$/.exec(rest);
  if (match) {
    const version = match[1];
    const hasBuild = match[2] !== void 0;
    return VERSION.test(version) && (hasBuild || version.split(".").length >= 3) ? version : void 0;
  }
  match = /^([^<>=!~\s]+)(?:\s+\S+)?$/.exec(rest);
  return match && VERSION.test(match[1]) ? match[1] : void 0;
}
function parsePipSpec(spec) {
  const text = spec.split(";")[0].trim();
  if (text.startsWith("-")) return void 0;
  const match = /^([A-Za-z0-9_.-]+)\s*(\[[^\]]*\])?\s*(.*)$/.exec(text);
  if (!match) return void 0;
  const name = match[1].toLowerCase();
  const rest = match[3].trim();
  const exact = /^===?\s*([^\s,*]+)$/.exec(rest);
  const direct = /^@\s*\S+$/.test(rest) ? rest.slice(1).trim() : void 0;
  return { name, exactVersion: exact ? exact[1] : direct };
}

// src/rules/shared/version.ts
function releaseParts(version) {
  const match = /^v?(\d+(?:\.\d+)*)/.exec(version.trim());
  return match ? match[1].split(".").map(Number) : [];
}
function releaseOf(version) {
  const parts = releaseParts(version);
  return parts.length > 0 ? parts.join(".") : void 0;
}
function compareVersions(a, b) {
  const left = releaseParts(a);
  const right = releaseParts(b);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}
function isAtLeast(version, minimum) {
  return compareVersions(version, minimum) >= 0;
}

// src/rules/dask-pin.ts
var ID = "dask-pin";
var DASK_PACKAGES = /* @__PURE__ */ new Set(["dask", "dask-core", "distributed", "dask-gateway", "qhub-dask", "nebari-dask"]);
var SHARED_PINS = ["dask", "distributed"];
function requiredDaskPins(version) {
  const release = releaseOf(version);
  if (release === void 0) return void 0;
  const entry = dask_pins_default.pins.find((pin) => compareVersions(release, pin.from) >= 0 && (pin.to === null || compareVersions(release, pin.to) <= 0));
  if (!entry) return void 0;
  return Object.fromEntries(Object.entries(entry.packages).map(([name, pinned]) => [name, pinned.replace("{release}", release)]));
}
var daskPin = {
  id: ID,
  severity: "error",
  description: "Environments that use Dask must pin the Dask packages the QHub/Nebari version deploys; pins should agree across environments.",
  doc: [
    "Dask clients, schedulers and workers must run the same versions. QHub runs the scheduler and workers from its own images, so a user environment with another `dask`/`distributed`/`dask-gateway` fails to connect or breaks with serialization errors. The required pins per release are kept in `src/rules/data/dask-pins.json` with sources:",
    "",
    "- 0.3.11: `dask==2.30.0`, `distributed==2.30.1`, `dask-gateway==0.9.0`",
    "- 0.3.12: `qhub-dask==0.3.12`",
    "- 0.3.13\u20130.4.0: `qhub-dask==0.3.13`",
    "- 0.4.1\u20130.4.2: `qhub-dask==0.4.0`; 0.4.3, 0.4.4, 0.4.5: `qhub-dask==` the release",
    "- Nebari 2022.10.1+: `nebari-dask==` the release (e.g. `nebari-dask==2023.7.2`)",
    "",
    "An environment counts as a Dask environment when it depends on `dask`, `dask-core`, `distributed`, `dask-gateway`, `qhub-dask` or `nebari-dask`. Different exact `dask`/`distributed` pins across environments are a warning: users switching kernels get a client that does not match the cluster they started.",
    "",
    "What to do instead: add the pins above to every environment that uses Dask (the `qhub-dask`/`nebari-dask` metapackage pins dask, distributed and dask-gateway together) and change them in the same pull request that upgrades QHub."
  ].join("\n"),
  check({ config, version }) {
    const required = requiredDaskPins(version.value);
    const findings = [];
    const sharedPins = /* @__PURE__ */ new Map();
    for (const environment of environmentsOf(config.data)) {
      const dependencies = dependenciesOf(environment);
      if (!dependencies.some((dependency) => DASK_PACKAGES.has(dependency.name))) continue;
      const byName = new Map(dependencies.map((dependency) => [dependency.name, dependency]));
      for (const [name, pinned] of Object.entries(required ?? {})) {
        const dependency = byName.get(name);
        if (dependency?.exactVersion === pinned) continue;
        const path = dependency?.path ?? [...environment.path, "dependencies"];
        const found = dependency ? `has \`${dependency.spec}\`` : `does not list \`${name}\``;
        findings.push(ruleFinding(config, ID, "error", path, `environment \`${environment.key}\` uses Dask but ${found}; ${version.value} deploys its scheduler and workers for \`${name}==${pinned}\`, and a mismatched client cannot work with them. Pin \`${name}==${pinned}\`.`));
      }
      for (const name of SHARED_PINS) {
        const dependency = byName.get(name);
        if (dependency?.exactVersion === void 0) continue;
        const first = sharedPins.get(name);
        if (!first) {
          sharedPins.set(name, { version: dependency.exactVersion, environment: environment.key });
        } else if (first.version !== dependency.exactVersion) {
          findings.push(ruleFinding(config, ID, "warning", dependency.path, `environment \`${environment.key}\` pins \`${name}\` ${dependency.exactVersion}, but \`${first.environment}\` pins ${first.version}; clients from the two environments cannot share a Dask cluster. Use one version everywhere.`));
        }
      }
    }
    return findings;
  }
};

// src/rules/default-profile.ts
var ID2 = "default-profile";
var defaultProfile = {
  id: ID2,
  severity: "error",
  description: "At most one JupyterLab profile may be marked `default: true` (error from QHub 0.3.12, warning on 0.3.11; on 0.3.12-0.4.0 QHub's own check reports it, as `schema/contains`).",
  doc: [
    'KubeSpawner pre-selects the profile marked `default: true` on the spawn page; with several, users silently get whichever KubeSpawner picks. QHub 0.3.12\u20130.4.0 reject such a config when deploying (`Profiles.check_default`, a `pre=True` validator: "Multiple default Jupyterlab profiles may cause unexpected problems"). From 0.4.1 and in Nebari the validator runs on parsed models and tests `"default" in <model>`, which is never true, so the config deploys silently. An error from 0.3.12 on; QHub 0.3.11 has no check at all, so there it is a warning.',
    "",
    "What to do instead: keep `default: true` on exactly one profile, usually the smallest one."
  ].join("\n"),
  check({ config, version }) {
    const defaults = (asList(asMapping(asMapping(config.data)?.profiles)?.jupyterlab) ?? []).flatMap(
      (profile, index) => asMapping(profile)?.default === true ? [index] : []
    );
    if (defaults.length < 2) return [];
    if (version.family === "qhub-0.3.12" || version.family === "qhub-0.4" && compareVersions(version.value, "0.4.0") === 0) return [];
    const severity = version.family === "qhub-0.3.11" ? "warning" : "error";
    const first = defaults[0];
    return defaults.slice(1).map(
      (index) => ruleFinding(config, ID2, severity, ["profiles", "jupyterlab", index, "default"], `JupyterLab profile #${index + 1} is marked \`default: true\`, like profile #${first + 1}; only one profile can be the default. Remove \`default: true\` from all but one.`)
    );
  }
};

// src/rules/deployment-collision.ts
var ID3 = "deployment-collision";
var deploymentCollision = {
  id: ID3,
  severity: "error",
  description: "Another deployment on the same provider uses the same `project_name` and `namespace`, so both would share one Terraform state and one cluster.",
  doc: [
    "QHub names the Terraform state bucket `{project_name}-{namespace}-terraform-state`, the cluster `{project_name}-{namespace}` and the other cloud resources after these two fields. Two deployments on the same provider (for example two `deploy/*` branches of the template repository) with the same pair read and write the same state: each deploy would overwrite or destroy what the other created. Even in different accounts or projects they clash, because S3, GCS and Spaces bucket names are global. Deployments on different providers do not share anything and are not reported.",
    "",
    "What to do instead: give each deployment its own `project_name` (or `namespace`) before its first deploy."
  ].join("\n"),
  check({ config, otherDeployments, version }) {
    const name = asString(asMapping(config.data)?.project_name);
    if (name === void 0) return [];
    const namespace = namespaceOf(config.data);
    const provider = providerOf(config.data, version.family);
    const findings = [];
    for (const other of otherDeployments) {
      const sameNames = asString(asMapping(other.data)?.project_name) === name && namespaceOf(other.data) === namespace;
      if (!sameNames || providerOf(other.data, version.family) !== provider) continue;
      findings.push(
        ruleFinding(config, ID3, "error", ["project_name"], `${other.file} deploys the same \`project_name: ${name}\` and \`namespace: ${namespace}\`: both deployments would use the Terraform state bucket \`${name}-${namespace}-terraform-state\` and cluster \`${name}-${namespace}\` and overwrite each other. Choose a different \`project_name\` or \`namespace\` for one of them.`)
      );
    }
    return findings;
  }
};

// src/rules/duplicate-uid.ts
var ID4 = "duplicate-uid";
var duplicateUid = {
  id: ID4,
  severity: "error",
  description: "Two users in `security.users` (QHub 0.3.x) must not share a `uid`.",
  doc: [
    "QHub 0.3.x creates a POSIX account for every entry of `security.users` and mounts one shared filesystem for everyone. Two users with the same `uid` are the same owner on that filesystem: each can read and overwrite the other's home directory. QHub 0.3.11 accepts such a config silently; 0.3.12\u20130.3.14 reject it when `qhub deploy` validates it (`check_for_duplicates` in `qhub/utils.py`), i.e. only after the pull request is merged. Uids are compared as numbers, so `1000` and `'1000'` are the same uid.",
    "",
    "What to do instead: give every user a distinct `uid` (QHub numbers them from 1000); never reuse the uid of a removed user whose files still exist."
  ].join("\n"),
  check({ config }) {
    const owners = /* @__PURE__ */ new Map();
    const findings = [];
    for (const [user, settings] of entriesAt(config.data, ["security", "users"])) {
      const uid = asNumber(asMapping(settings)?.uid);
      if (uid === void 0) continue;
      const owner = owners.get(uid);
      if (owner === void 0) {
        owners.set(uid, user);
        continue;
      }
      findings.push(ruleFinding(config, ID4, "error", ["security", "users", user, "uid"], `user \`${user}\` has uid ${uid}, already used by \`${owner}\`; both would own the same files on the shared filesystem. Give each user a distinct uid.`));
    }
    return findings;
  }
};

// src/rules/environment-removed.ts
var ID5 = "environment-removed";
var environmentRemoved = {
  id: ID5,
  severity: "notice",
  description: "An environment present on the base branch is removed; QHub does not delete it from conda-store or users' kernels.",
  doc: [
    "Removing an environment from the config (or its file) only stops QHub from building it. The environment that conda-store already built stays on the shared conda volume, and users keep seeing its kernel in JupyterLab and can keep using it with Dask.",
    "",
    "Environments are compared by their `name`, since that is what conda-store builds: renaming an environment file while keeping its `name` removes nothing; changing the `name` leaves the old environment behind. The action reads the base branch's environment files itself; the CLI needs them as `--base-environments DIR`.",
    "",
    "What to do after merging, by hand: on QHub 0.3.x, as an admin, delete the built environment directory `/home/conda/environments/<name>` (and its entries in `/home/conda/store`) from the conda-store volume; on QHub 0.4+ and Nebari, delete the environment in the conda-store web UI (`https://<domain>/conda-store`), which removes `/home/conda/<namespace>/envs/<namespace>-<name>`. Tell users to move notebooks to another kernel first."
  ].join("\n"),
  check({ config, base }) {
    if (!base) return [];
    const current = new Set(environmentsOf(config.data).map(environmentName));
    return environmentsOf(base.data).filter((environment) => !current.has(environmentName(environment))).map((environment) => {
      const name = environmentName(environment);
      const namespace = namespaceOf(base.data);
      const baseFile = base.fileFor(environment.path);
      const origin = baseFile === base.file ? "" : `, from ${baseFile}`;
      return ruleFinding(config, ID5, "notice", environment.path, `environment \`${environment.key}\` (\`${name}\`${origin}) is removed, but QHub will not delete it: it stays built in conda-store and in users' kernel lists. After merging, delete it by hand: on QHub 0.3.x remove \`/home/conda/environments/${name}\` from the conda-store volume; on QHub 0.4+/Nebari delete it in the conda-store UI (\`/home/conda/${namespace}/envs/${namespace}-${name}\`).`);
    });
  }
};
function environmentName(environment) {
  return asString(environment.environment.name) ?? environment.key;
}

// src/rules/immutable-field.ts
var ID6 = "immutable-field";
var NAMING_CONSEQUENCE = "QHub derives the Terraform state bucket (`{project_name}-{namespace}-terraform-state`), the cluster and every cloud resource name from `project_name` and `namespace`, so the next deploy starts from an empty state: it builds a second cluster and leaves the old one, its volumes and the users' home directories orphaned, to be lost when it is cleaned up.";
var RIGHT_PATH = "To move, keep this branch as it is and create a new deployment branch (e.g. `deploy/<new-name>`) with the new value beside the old one; migrate users and data, then destroy the old deployment.";
function storageTypeOf(data, provider) {
  const declared = asString(asMapping(asMapping(data)?.storage)?.type);
  if (declared !== void 0) return declared;
  return provider === void 0 ? void 0 : provider === "aws" ? "efs" : "nfs";
}
var FIELDS = [
  { path: ["project_name"], read: (data) => asString(asMapping(data)?.project_name), consequence: NAMING_CONSEQUENCE },
  { path: ["namespace"], read: (data) => namespaceOf(data), consequence: NAMING_CONSEQUENCE },
  {
    path: ["provider"],
    read: (data, context) => providerOf(data, context.version.family),
    consequence: "A deployment cannot move between providers: the next deploy would try to build a new cluster on the new provider from the old state, and nothing (cluster, volumes, users' data) carries over."
  },
  {
    path: ["storage", "type"],
    read: (data, context) => context.version.family === "nebari-2023.10" && isAtLeast(context.version.value, "2024.9.1") ? storageTypeOf(data, providerOf(data, context.version.family)) : void 0,
    consequence: "Nebari marks `storage.type` immutable: changing the shared filesystem type replaces the volume that holds the users' home directories and shared data."
  }
];
var immutableField = {
  id: ID6,
  severity: "error",
  description: "`project_name`, `namespace`, `provider` and Nebari's `storage.type` must not change on an existing deployment.",
  doc: [
    "Compares the config with the same file on the branch the pull request targets.",
    "",
    "`project_name` and `namespace` (QHub defaults it to `dev` when absent) name the Terraform state bucket `{project_name}-{namespace}-terraform-state`, the cluster and every cloud resource. Changing either makes the next `qhub deploy` start from an empty state: it creates a second cluster beside the old one, whose volumes and users' home directories are orphaned and lost when it is cleaned up. Changing `provider` cannot migrate anything either, and Nebari (2024.9.1+) marks `storage.type` immutable because it replaces the volume with everyone's files.",
    "",
    "What to do instead: leave the existing deployment branch unchanged and create a new deployment branch with the new values beside it; migrate users and data, then destroy the old deployment."
  ].join("\n"),
  check(context) {
    const { config, base } = context;
    if (!base) return [];
    const findings = [];
    for (const field of FIELDS) {
      const before = field.read(base.data, context);
      const after = field.read(config.data, context);
      if (before === void 0 || after === void 0 || before === after) continue;
      findings.push(
        ruleFinding(
          config,
          ID6,
          "error",
          field.path,
          `\`${field.path.join(".")}\` changes from \`${before}\` to \`${after}\` compared with the base branch. ${field.consequence} ${RIGHT_PATH}`
        )
      );
    }
    return findings;
  }
};

// src/rules/lets-encrypt-email.ts
var ID7 = "lets-encrypt-email";
var letsEncryptEmail = {
  id: ID7,
  severity: "error",
  description: "`certificate.type: lets-encrypt` needs `certificate.acme_email`.",
  doc: [
    "Let's Encrypt requires an account email for the ACME registration; without `acme_email` Traefik cannot obtain a certificate, and the deployment comes up serving a self-signed default certificate that browsers and the Dask/JupyterHub clients reject. QHub's schema leaves the field optional, so nothing fails until users try to log in.",
    "",
    "What to do instead: set `certificate.acme_email` to an address that receives expiry notices (and `acme_server: https://acme-v02.api.letsencrypt.org/directory` for production certificates)."
  ].join("\n"),
  check({ config }) {
    const certificate = asMapping(asMapping(config.data)?.certificate);
    if (asString(certificate?.type) !== "lets-encrypt") return [];
    const email = asString(certificate?.acme_email);
    if (email !== void 0 && email.trim() !== "") return [];
    return [
      ruleFinding(config, ID7, "error", ["certificate", "acme_email"], "`certificate.type` is `lets-encrypt` but `certificate.acme_email` is missing or empty; Let's Encrypt will not issue a certificate without an account email. Add `acme_email`.")
    ];
  }
};

// src/rules/node-group-bounds.ts
var ID8 = "node-group-bounds";
var REQUIRED_GROUPS = ["general", "user", "worker"];
var nodeGroupBounds = {
  id: ID8,
  severity: "error",
  description: "Node groups need `min_nodes \u2264 max_nodes`, no negative counts, and the `general`, `user` and `worker` groups with room for at least one node.",
  doc: [
    "QHub pins its pods to three node groups by name: `general` (JupyterHub, conda-store, Keycloak and other services), `user` (JupyterLab servers) and `worker` (Dask workers). A missing group, or one with `max_nodes: 0`, leaves those pods Pending forever; `min_nodes > max_nodes` or a negative count is rejected by the cloud API in the middle of `qhub deploy`, after part of the infrastructure has already changed.",
    "",
    "Only the provider block in use is checked, and only when it declares `node_groups` (Nebari 2023.10+ provides defaults otherwise).",
    "",
    "What to do instead: keep the three groups, each with `0 \u2264 min_nodes \u2264 max_nodes` and `max_nodes \u2265 1`; use `min_nodes: 0` to let `user` and `worker` scale to zero."
  ].join("\n"),
  check({ config, version }) {
    const provider = providerOf(config.data, version.family);
    if (!declaresNodeGroups(config.data, provider)) return [];
    const groups = nodeGroupsOf(config, provider);
    const findings = [];
    const block = PROVIDER_BLOCKS[provider];
    for (const required of REQUIRED_GROUPS) {
      if (!groups.some((group) => group.name === required)) {
        findings.push(ruleFinding(config, ID8, "error", [block, "node_groups", required], `node group \`${required}\` is missing from \`${block}.node_groups\`; QHub schedules ${describeGroup(required)} on it by name, so they would never start. Add it.`));
      }
    }
    for (const { name, path, group } of groups) {
      if (!group) continue;
      const min = asNumber(group.min_nodes);
      const max = asNumber(group.max_nodes);
      for (const [key, count] of [["min_nodes", min], ["max_nodes", max]]) {
        if (count !== void 0 && count < 0) {
          findings.push(ruleFinding(config, ID8, "error", [...path, key], `\`${key}\` of node group \`${name}\` is ${count}; node counts cannot be negative.`));
        }
      }
      if (min !== void 0 && max !== void 0 && min > max) {
        findings.push(ruleFinding(config, ID8, "error", [...path, "min_nodes"], `node group \`${name}\` has \`min_nodes: ${min}\` above \`max_nodes: ${max}\`; the cloud API rejects this during deploy. Make \`min_nodes \u2264 max_nodes\`.`));
      }
      if (max === 0 && REQUIRED_GROUPS.includes(name)) {
        findings.push(ruleFinding(config, ID8, "error", [...path, "max_nodes"], `node group \`${name}\` has \`max_nodes: 0\`, so ${describeGroup(name)} can never be scheduled. Allow at least one node (use \`min_nodes: 0\` to scale to zero).`));
      }
    }
    return findings;
  }
};
function describeGroup(name) {
  switch (name) {
    case "general":
      return "JupyterHub and the core services";
    case "user":
      return "JupyterLab servers";
    default:
      return "Dask workers";
  }
}

// src/rules/plaintext-secret.ts
var ID9 = "plaintext-secret";
var SECRET_KEY2 = /^(?:.*_)?(?:secret|password|token|api_key|private_key|secret_key|access_key)$/i;
var SECRET_PLACEHOLDER = /^(QHUB_SECRET_|NEBARI_SECRET)/;
var BCRYPT_HASH = /^\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}$/;
function substitutionOf({ version }) {
  switch (version.family) {
    case "qhub-0.3.11":
      return { kind: "none" };
    case "qhub-0.3.12":
      return isAtLeast(version.value, "0.3.13") ? { kind: "placeholder", prefix: "QHUB_SECRET_" } : { kind: "none" };
    case "qhub-0.4":
      return { kind: "placeholder", prefix: "QHUB_SECRET_" };
    case "nebari-2022.10":
      return { kind: "placeholder", prefix: "NEBARI_SECRET_" };
    case "nebari-2023.10":
      return { kind: "environment-override" };
  }
}
function pythonLstrip(value, chars) {
  let start = 0;
  while (start < value.length && chars.includes(value[start])) start++;
  return value.slice(start);
}
function suggestedVariable(path, prefix) {
  const key = String(path[path.length - 1]).toUpperCase().replace(/[^A-Z0-9_]/g, "_");
  return prefix.includes(key[0]) ? `DEPLOY_${key}` : key;
}
function secretValues(data) {
  const found = [];
  const visit = (value, path, insideList) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index], true));
      return;
    }
    const mapping = asMapping(value);
    if (!mapping) return;
    for (const [key, child] of Object.entries(mapping)) {
      const childPath = [...path, key];
      if ((typeof child === "string" || typeof child === "number") && SECRET_KEY2.test(key)) {
        const text = String(child);
        if (text.trim() !== "") found.push({ path: childPath, value: text, insideList });
      } else {
        visit(child, childPath, insideList);
      }
    }
  };
  for (const [key, child] of Object.entries(asMapping(data) ?? {})) {
    if (key !== "environments") visit({ [key]: child }, [], false);
  }
  return found;
}
function isPasswordHash(secret) {
  return secret.path[0] === "security" && secret.path[1] === "users" && secret.path[secret.path.length - 1] === "password" && BCRYPT_HASH.test(secret.value);
}
function adviceFor(substitution, path, version) {
  const repositorySecret = "store the value as a repository (or environment) secret and pass it to the deploy workflow as an environment variable";
  switch (substitution.kind) {
    case "placeholder": {
      const variable = suggestedVariable(path, substitution.prefix);
      return `Replace the value with \`${substitution.prefix}${variable}\`, ${repositorySecret} named \`${variable}\`, and rotate the exposed credential.`;
    }
    case "environment-override":
      return `Replace the value with a placeholder such as \`NEBARI_SECRET\`, ${repositorySecret} named \`NEBARI_SECRET__${path.map(String).join("__")}\` (Nebari overrides \`${formatPath(path)}\` from it), and rotate the exposed credential.`;
    case "none":
      return `QHub ${version} cannot read secrets from the environment (\`QHUB_SECRET_\` substitution arrived in 0.3.13): upgrade, or keep the value out of the repository by having the deploy workflow write it into the config from a repository secret just before \`qhub deploy\`; rotate the exposed credential.`;
  }
}
var plaintextSecret = {
  id: ID9,
  severity: "error",
  description: "OAuth client secrets, passwords, Keycloak root passwords and tokens must not be written literally in the config.",
  doc: [
    "The config lives in a Git repository and its values are rendered into Terraform files and CI logs; a literal credential there is readable by everyone with access to the repository and its history. Findings name the key, never the value.",
    "",
    "What to do instead, per version:",
    '- QHub 0.3.13\u20130.4.x: write `QHUB_SECRET_<NAME>` as the value and provide environment variable `<NAME>` from a repository secret. QHub computes the variable name with Python\'s `lstrip("QHUB_SECRET_")`, which strips any leading `Q H U B S E C R T _` characters: `QHUB_SECRET_CLIENT_SECRET` reads variable `LIENT_SECRET`. The rule warns about such names. QHub only substitutes values of mappings, not of list items.',
    "- Nebari 2022.10\u20132023.7: the same with `NEBARI_SECRET_<NAME>` (the stripped characters are `N E B A R I S C T _`).",
    "- Nebari 2023.10+: keep a placeholder value starting with `NEBARI_SECRET` in the file and set `NEBARI_SECRET__<key>__<key>\u2026` (e.g. `NEBARI_SECRET__security__authentication__config__client_secret`), which Nebari applies over the loaded config.",
    "- QHub 0.3.11\u20130.3.12 have no substitution: upgrade, or let the deploy workflow write the value into the config from a repository secret just before deploying.",
    "",
    "bcrypt hashes in `security.users.<name>.password` (QHub 0.3.x password authentication) are what QHub expects and are not reported: a hash is not the password, though a weak password can be guessed from it offline, so keep such repositories private. Any other value there is reported. Rotate every credential that was ever committed: removing it from the file does not remove it from Git history."
  ].join("\n"),
  check(context) {
    const { config, version } = context;
    const substitution = substitutionOf(context);
    const findings = [];
    for (const secret of secretValues(config.data)) {
      if (isPasswordHash(secret)) continue;
      const where = `\`${formatPath(secret.path)}\``;
      const placeholderPrefix = SECRET_PLACEHOLDER.exec(secret.value)?.[1];
      if (placeholderPrefix !== void 0) {
        findings.push(...checkPlaceholder(context, substitution, secret, placeholderPrefix));
        continue;
      }
      findings.push(ruleFinding(config, ID9, "error", secret.path, `${where} holds a literal secret (value not shown). ${adviceFor(substitution, secret.path, version.value)}`));
    }
    return findings;
  }
};
function checkPlaceholder(context, substitution, secret, prefix) {
  const { config, version } = context;
  const where = `\`${formatPath(secret.path)}\``;
  if (substitution.kind === "environment-override") return prefix === "NEBARI_SECRET" ? [] : [ruleFinding(config, ID9, "error", secret.path, `${where} refers to a \`${prefix}\` placeholder, but Nebari ${version.value} does not substitute placeholders: it would use the text literally. Keep a placeholder and set \`NEBARI_SECRET__${secret.path.map(String).join("__")}\` instead.`)];
  if (substitution.kind === "none" || !secret.value.startsWith(substitution.prefix)) {
    return [ruleFinding(config, ID9, "error", secret.path, `${where} is a secret placeholder that ${version.family.startsWith("qhub") ? "QHub" : "Nebari"} ${version.value} does not substitute; it would be used literally. ${adviceFor(substitution, secret.path, version.value)}`)];
  }
  if (secret.insideList) {
    return [ruleFinding(config, ID9, "error", secret.path, `${where} is inside a list, where ${substitution.prefix} placeholders are not substituted (QHub only visits mapping values); it would be used literally.`)];
  }
  const intended = secret.value.slice(substitution.prefix.length);
  const lookedUp = pythonLstrip(secret.value, substitution.prefix);
  if (lookedUp === intended) return [];
  return [
    ruleFinding(config, ID9, "warning", secret.path, `${where}: QHub strips leading characters of \`${substitution.prefix}\` from the placeholder, so it reads environment variable \`${lookedUp}\`, not \`${intended}\`. Rename the variable so it does not start with one of \`${[...new Set(substitution.prefix)].join("")}\` (e.g. \`${substitution.prefix}${suggestedVariable(secret.path, substitution.prefix)}\`).`)
  ];
}

// src/rules/data/instance-types.json
var instance_types_default = {
  description: "vCPU count and memory (GiB) of the instance types QHub/Nebari node groups use, per provider. Memory is as the provider lists it (GCP/AWS/Azure 'GB'/'GiB', DigitalOcean 'GB' sizes) and is read as GiB.",
  sources: {
    gcp: [
      "https://cloud.google.com/compute/docs/general-purpose-machines",
      "https://cloud.google.com/compute/docs/memory-optimized-machines",
      "https://cloud.google.com/compute/docs/gpus#a100-gpus"
    ],
    aws: [
      "https://aws.amazon.com/ec2/instance-types/",
      "https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html"
    ],
    azure: [
      "https://learn.microsoft.com/azure/virtual-machines/dv2-dsv2-series",
      "https://learn.microsoft.com/azure/virtual-machines/dv3-dsv3-series",
      "https://learn.microsoft.com/azure/virtual-machines/ev3-esv3-series",
      "https://learn.microsoft.com/azure/virtual-machines/sizes-general"
    ],
    do: [
      "https://docs.digitalocean.com/products/droplets/details/pricing/",
      "https://slugs.do-api.dev/"
    ]
  },
  providers: {
    gcp: {
      "n1-standard-1": {
        vcpu: 1,
        memoryGiB: 3.75
      },
      "n1-standard-2": {
        vcpu: 2,
        memoryGiB: 7.5
      },
      "n1-standard-4": {
        vcpu: 4,
        memoryGiB: 15
      },
      "n1-standard-8": {
        vcpu: 8,
        memoryGiB: 30
      },
      "n1-standard-16": {
        vcpu: 16,
        memoryGiB: 60
      },
      "n1-standard-32": {
        vcpu: 32,
        memoryGiB: 120
      },
      "n1-standard-64": {
        vcpu: 64,
        memoryGiB: 240
      },
      "n1-standard-96": {
        vcpu: 96,
        memoryGiB: 360
      },
      "n1-highmem-2": {
        vcpu: 2,
        memoryGiB: 13
      },
      "n1-highmem-4": {
        vcpu: 4,
        memoryGiB: 26
      },
      "n1-highmem-8": {
        vcpu: 8,
        memoryGiB: 52
      },
      "n1-highmem-16": {
        vcpu: 16,
        memoryGiB: 104
      },
      "n1-highmem-32": {
        vcpu: 32,
        memoryGiB: 208
      },
      "n1-highmem-64": {
        vcpu: 64,
        memoryGiB: 416
      },
      "n1-highmem-96": {
        vcpu: 96,
        memoryGiB: 624
      },
      "n1-highcpu-2": {
        vcpu: 2,
        memoryGiB: 1.8
      },
      "n1-highcpu-4": {
        vcpu: 4,
        memoryGiB: 3.6
      },
      "n1-highcpu-8": {
        vcpu: 8,
        memoryGiB: 7.2
      },
      "n1-highcpu-16": {
        vcpu: 16,
        memoryGiB: 14.4
      },
      "n1-highcpu-32": {
        vcpu: 32,
        memoryGiB: 28.8
      },
      "n1-highcpu-64": {
        vcpu: 64,
        memoryGiB: 57.6
      },
      "n1-highcpu-96": {
        vcpu: 96,
        memoryGiB: 86.4
      },
      "e2-standard-2": {
        vcpu: 2,
        memoryGiB: 8
      },
      "e2-standard-4": {
        vcpu: 4,
        memoryGiB: 16
      },
      "e2-standard-8": {
        vcpu: 8,
        memoryGiB: 32
      },
      "e2-standard-16": {
        vcpu: 16,
        memoryGiB: 64
      },
      "e2-standard-32": {
        vcpu: 32,
        memoryGiB: 128
      },
      "e2-highmem-2": {
        vcpu: 2,
        memoryGiB: 16
      },
      "e2-highmem-4": {
        vcpu: 4,
        memoryGiB: 32
      },
      "e2-highmem-8": {
        vcpu: 8,
        memoryGiB: 64
      },
      "e2-highmem-16": {
        vcpu: 16,
        memoryGiB: 128
      },
      "e2-highcpu-2": {
        vcpu: 2,
        memoryGiB: 2
      },
      "e2-highcpu-4": {
        vcpu: 4,
        memoryGiB: 4
      },
      "e2-highcpu-8": {
        vcpu: 8,
        memoryGiB: 8
      },
      "e2-highcpu-16": {
        vcpu: 16,
        memoryGiB: 16
      },
      "e2-highcpu-32": {
        vcpu: 32,
        memoryGiB: 32
      },
      "n2-standard-2": {
        vcpu: 2,
        memoryGiB: 8
      },
      "n2-standard-4": {
        vcpu: 4,
        memoryGiB: 16
      },
      "n2-standard-8": {
        vcpu: 8,
        memoryGiB: 32
      },
      "n2-standard-16": {
        vcpu: 16,
        memoryGiB: 64
      },
      "n2-standard-32": {
        vcpu: 32,
        memoryGiB: 128
      },
      "n2-standard-48": {
        vcpu: 48,
        memoryGiB: 192
      },
      "n2-standard-64": {
        vcpu: 64,
        memoryGiB: 256
      },
      "n2-standard-80": {
        vcpu: 80,
        memoryGiB: 320
      },
      "n2-highmem-2": {
        vcpu: 2,
        memoryGiB: 16
      },
      "n2-highmem-4": {
        vcpu: 4,
        memoryGiB: 32
      },
      "n2-highmem-8": {
        vcpu: 8,
        memoryGiB: 64
      },
      "n2-highmem-16": {
        vcpu: 16,
        memoryGiB: 128
      },
      "n2-highmem-32": {
        vcpu: 32,
        memoryGiB: 256
      },
      "a2-highgpu-1g": {
        vcpu: 12,
        memoryGiB: 85
      },
      "a2-highgpu-2g": {
        vcpu: 24,
        memoryGiB: 170
      },
      "a2-highgpu-4g": {
        vcpu: 48,
        memoryGiB: 340
      },
      "a2-highgpu-8g": {
        vcpu: 96,
        memoryGiB: 680
      }
    },
    aws: {
      "m5.large": {
        vcpu: 2,
        memoryGiB: 8
      },
      "m5.xlarge": {
        vcpu: 4,
        memoryGiB: 16
      },
      "m5.2xlarge": {
        vcpu: 8,
        memoryGiB: 32
      },
      "m5.4xlarge": {
        vcpu: 16,
        memoryGiB: 64
      },
      "m5.8xlarge": {
        vcpu: 32,
        memoryGiB: 128
      },
      "m5.12xlarge": {
        vcpu: 48,
        memoryGiB: 192
      },
      "m5.16xlarge": {
        vcpu: 64,
        memoryGiB: 256
      },
      "m5.24xlarge": {
        vcpu: 96,
        memoryGiB: 384
      },
      "m5a.large": {
        vcpu: 2,
        memoryGiB: 8
      },
      "m5a.xlarge": {
        vcpu: 4,
        memoryGiB: 16
      },
      "m5a.2xlarge": {
        vcpu: 8,
        memoryGiB: 32
      },
      "m5a.4xlarge": {
        vcpu: 16,
        memoryGiB: 64
      },
      "m5a.8xlarge": {
        vcpu: 32,
        memoryGiB: 128
      },
      "m5a.12xlarge": {
        vcpu: 48,
        memoryGiB: 192
      },
      "m5a.16xlarge": {
        vcpu: 64,
        memoryGiB: 256
      },
      "m5a.24xlarge": {
        vcpu: 96,
        memoryGiB: 384
      },
      "m6i.large": {
        vcpu: 2,
        memoryGiB: 8
      },
      "m6i.xlarge": {
        vcpu: 4,
        memoryGiB: 16
      },
      "m6i.2xlarge": {
        vcpu: 8,
        memoryGiB: 32
      },
      "m6i.4xlarge": {
        vcpu: 16,
        memoryGiB: 64
      },
      "m6i.8xlarge": {
        vcpu: 32,
        memoryGiB: 128
      },
      "m6i.12xlarge": {
        vcpu: 48,
        memoryGiB: 192
      },
      "m6i.16xlarge": {
        vcpu: 64,
        memoryGiB: 256
      },
      "m6i.24xlarge": {
        vcpu: 96,
        memoryGiB: 384
      },
      "m6a.large": {
        vcpu: 2,
        memoryGiB: 8
      },
      "m6a.xlarge": {
        vcpu: 4,
        memoryGiB: 16
      },
      "m6a.2xlarge": {
        vcpu: 8,
        memoryGiB: 32
      },
      "m6a.4xlarge": {
        vcpu: 16,
        memoryGiB: 64
      },
      "m6a.8xlarge": {
        vcpu: 32,
        memoryGiB: 128
      },
      "m6a.12xlarge": {
        vcpu: 48,
        memoryGiB: 192
      },
      "m6a.16xlarge": {
        vcpu: 64,
        memoryGiB: 256
      },
      "m6a.24xlarge": {
        vcpu: 96,
        memoryGiB: 384
      },
      "m7i.large": {
        vcpu: 2,
        memoryGiB: 8
      },
      "m7i.xlarge": {
        vcpu: 4,
        memoryGiB: 16
      },
      "m7i.2xlarge": {
        vcpu: 8,
        memoryGiB: 32
      },
      "m7i.4xlarge": {
        vcpu: 16,
        memoryGiB: 64
      },
      "m7i.8xlarge": {
        vcpu: 32,
        memoryGiB: 128
      },
      "m7i.12xlarge": {
        vcpu: 48,
        memoryGiB: 192
      },
      "m7i.16xlarge": {
        vcpu: 64,
        memoryGiB: 256
      },
      "m7i.24xlarge": {
        vcpu: 96,
        memoryGiB: 384
      },
      "r5.large": {
        vcpu: 2,
        memoryGiB: 16
      },
      "r5.xlarge": {
        vcpu: 4,
        memoryGiB: 32
      },
      "r5.2xlarge": {
        vcpu: 8,
        memoryGiB: 64
      },
      "r5.4xlarge": {
        vcpu: 16,
        memoryGiB: 128
      },
      "r5.8xlarge": {
        vcpu: 32,
        memoryGiB: 256
      },
      "r6i.large": {
        vcpu: 2,
        memoryGiB: 16
      },
      "r6i.xlarge": {
        vcpu: 4,
        memoryGiB: 32
      },
      "r6i.2xlarge": {
        vcpu: 8,
        memoryGiB: 64
      },
      "r6i.4xlarge": {
        vcpu: 16,
        memoryGiB: 128
      },
      "r6i.8xlarge": {
        vcpu: 32,
        memoryGiB: 256
      },
      "c5.large": {
        vcpu: 2,
        memoryGiB: 4
      },
      "c5.xlarge": {
        vcpu: 4,
        memoryGiB: 8
      },
      "c5.2xlarge": {
        vcpu: 8,
        memoryGiB: 16
      },
      "c5.4xlarge": {
        vcpu: 16,
        memoryGiB: 32
      },
      "c5.9xlarge": {
        vcpu: 36,
        memoryGiB: 72
      },
      "c6i.large": {
        vcpu: 2,
        memoryGiB: 4
      },
      "c6i.xlarge": {
        vcpu: 4,
        memoryGiB: 8
      },
      "c6i.2xlarge": {
        vcpu: 8,
        memoryGiB: 16
      },
      "c6i.4xlarge": {
        vcpu: 16,
        memoryGiB: 32
      },
      "c6i.8xlarge": {
        vcpu: 32,
        memoryGiB: 64
      },
      "t3.medium": {
        vcpu: 2,
        memoryGiB: 4
      },
      "t3.large": {
        vcpu: 2,
        memoryGiB: 8
      },
      "t3.xlarge": {
        vcpu: 4,
        memoryGiB: 16
      },
      "t3.2xlarge": {
        vcpu: 8,
        memoryGiB: 32
      },
      "g4dn.xlarge": {
        vcpu: 4,
        memoryGiB: 16
      },
      "g4dn.2xlarge": {
        vcpu: 8,
        memoryGiB: 32
      },
      "g4dn.4xlarge": {
        vcpu: 16,
        memoryGiB: 64
      },
      "p3.2xlarge": {
        vcpu: 8,
        memoryGiB: 61
      },
      "p3.8xlarge": {
        vcpu: 32,
        memoryGiB: 244
      }
    },
    azure: {
      Standard_D1_v2: {
        vcpu: 1,
        memoryGiB: 3.5
      },
      Standard_D2_v2: {
        vcpu: 2,
        memoryGiB: 7
      },
      Standard_D3_v2: {
        vcpu: 4,
        memoryGiB: 14
      },
      Standard_D4_v2: {
        vcpu: 8,
        memoryGiB: 28
      },
      Standard_D5_v2: {
        vcpu: 16,
        memoryGiB: 56
      },
      Standard_D2_v3: {
        vcpu: 2,
        memoryGiB: 8
      },
      Standard_D4_v3: {
        vcpu: 4,
        memoryGiB: 16
      },
      Standard_D8_v3: {
        vcpu: 8,
        memoryGiB: 32
      },
      Standard_D16_v3: {
        vcpu: 16,
        memoryGiB: 64
      },
      Standard_D32_v3: {
        vcpu: 32,
        memoryGiB: 128
      },
      Standard_D48_v3: {
        vcpu: 48,
        memoryGiB: 192
      },
      Standard_D64_v3: {
        vcpu: 64,
        memoryGiB: 256
      },
      Standard_D2s_v3: {
        vcpu: 2,
        memoryGiB: 8
      },
      Standard_D4s_v3: {
        vcpu: 4,
        memoryGiB: 16
      },
      Standard_D8s_v3: {
        vcpu: 8,
        memoryGiB: 32
      },
      Standard_D16s_v3: {
        vcpu: 16,
        memoryGiB: 64
      },
      Standard_D32s_v3: {
        vcpu: 32,
        memoryGiB: 128
      },
      Standard_D48s_v3: {
        vcpu: 48,
        memoryGiB: 192
      },
      Standard_D64s_v3: {
        vcpu: 64,
        memoryGiB: 256
      },
      Standard_D2_v4: {
        vcpu: 2,
        memoryGiB: 8
      },
      Standard_D4_v4: {
        vcpu: 4,
        memoryGiB: 16
      },
      Standard_D8_v4: {
        vcpu: 8,
        memoryGiB: 32
      },
      Standard_D16_v4: {
        vcpu: 16,
        memoryGiB: 64
      },
      Standard_D32_v4: {
        vcpu: 32,
        memoryGiB: 128
      },
      Standard_D48_v4: {
        vcpu: 48,
        memoryGiB: 192
      },
      Standard_D64_v4: {
        vcpu: 64,
        memoryGiB: 256
      },
      Standard_D2s_v4: {
        vcpu: 2,
        memoryGiB: 8
      },
      Standard_D4s_v4: {
        vcpu: 4,
        memoryGiB: 16
      },
      Standard_D8s_v4: {
        vcpu: 8,
        memoryGiB: 32
      },
      Standard_D16s_v4: {
        vcpu: 16,
        memoryGiB: 64
      },
      Standard_D32s_v4: {
        vcpu: 32,
        memoryGiB: 128
      },
      Standard_D48s_v4: {
        vcpu: 48,
        memoryGiB: 192
      },
      Standard_D64s_v4: {
        vcpu: 64,
        memoryGiB: 256
      },
      Standard_D2_v5: {
        vcpu: 2,
        memoryGiB: 8
      },
      Standard_D4_v5: {
        vcpu: 4,
        memoryGiB: 16
      },
      Standard_D8_v5: {
        vcpu: 8,
        memoryGiB: 32
      },
      Standard_D16_v5: {
        vcpu: 16,
        memoryGiB: 64
      },
      Standard_D32_v5: {
        vcpu: 32,
        memoryGiB: 128
      },
      Standard_D48_v5: {
        vcpu: 48,
        memoryGiB: 192
      },
      Standard_D64_v5: {
        vcpu: 64,
        memoryGiB: 256
      },
      Standard_D2s_v5: {
        vcpu: 2,
        memoryGiB: 8
      },
      Standard_D4s_v5: {
        vcpu: 4,
        memoryGiB: 16
      },
      Standard_D8s_v5: {
        vcpu: 8,
        memoryGiB: 32
      },
      Standard_D16s_v5: {
        vcpu: 16,
        memoryGiB: 64
      },
      Standard_D32s_v5: {
        vcpu: 32,
        memoryGiB: 128
      },
      Standard_D48s_v5: {
        vcpu: 48,
        memoryGiB: 192
      },
      Standard_D64s_v5: {
        vcpu: 64,
        memoryGiB: 256
      },
      Standard_D2as_v5: {
        vcpu: 2,
        memoryGiB: 8
      },
      Standard_D4as_v5: {
        vcpu: 4,
        memoryGiB: 16
      },
      Standard_D8as_v5: {
        vcpu: 8,
        memoryGiB: 32
      },
      Standard_D16as_v5: {
        vcpu: 16,
        memoryGiB: 64
      },
      Standard_D32as_v5: {
        vcpu: 32,
        memoryGiB: 128
      },
      Standard_D48as_v5: {
        vcpu: 48,
        memoryGiB: 192
      },
      Standard_D64as_v5: {
        vcpu: 64,
        memoryGiB: 256
      },
      Standard_E2_v3: {
        vcpu: 2,
        memoryGiB: 16
      },
      Standard_E4_v3: {
        vcpu: 4,
        memoryGiB: 32
      },
      Standard_E8_v3: {
        vcpu: 8,
        memoryGiB: 64
      },
      Standard_E16_v3: {
        vcpu: 16,
        memoryGiB: 128
      },
      Standard_E32_v3: {
        vcpu: 32,
        memoryGiB: 256
      },
      Standard_E2s_v3: {
        vcpu: 2,
        memoryGiB: 16
      },
      Standard_E4s_v3: {
        vcpu: 4,
        memoryGiB: 32
      },
      Standard_E8s_v3: {
        vcpu: 8,
        memoryGiB: 64
      },
      Standard_E16s_v3: {
        vcpu: 16,
        memoryGiB: 128
      },
      Standard_E32s_v3: {
        vcpu: 32,
        memoryGiB: 256
      },
      Standard_E2_v4: {
        vcpu: 2,
        memoryGiB: 16
      },
      Standard_E4_v4: {
        vcpu: 4,
        memoryGiB: 32
      },
      Standard_E8_v4: {
        vcpu: 8,
        memoryGiB: 64
      },
      Standard_E16_v4: {
        vcpu: 16,
        memoryGiB: 128
      },
      Standard_E32_v4: {
        vcpu: 32,
        memoryGiB: 256
      },
      Standard_E2s_v4: {
        vcpu: 2,
        memoryGiB: 16
      },
      Standard_E4s_v4: {
        vcpu: 4,
        memoryGiB: 32
      },
      Standard_E8s_v4: {
        vcpu: 8,
        memoryGiB: 64
      },
      Standard_E16s_v4: {
        vcpu: 16,
        memoryGiB: 128
      },
      Standard_E32s_v4: {
        vcpu: 32,
        memoryGiB: 256
      },
      Standard_E2_v5: {
        vcpu: 2,
        memoryGiB: 16
      },
      Standard_E4_v5: {
        vcpu: 4,
        memoryGiB: 32
      },
      Standard_E8_v5: {
        vcpu: 8,
        memoryGiB: 64
      },
      Standard_E16_v5: {
        vcpu: 16,
        memoryGiB: 128
      },
      Standard_E32_v5: {
        vcpu: 32,
        memoryGiB: 256
      },
      Standard_E2s_v5: {
        vcpu: 2,
        memoryGiB: 16
      },
      Standard_E4s_v5: {
        vcpu: 4,
        memoryGiB: 32
      },
      Standard_E8s_v5: {
        vcpu: 8,
        memoryGiB: 64
      },
      Standard_E16s_v5: {
        vcpu: 16,
        memoryGiB: 128
      },
      Standard_E32s_v5: {
        vcpu: 32,
        memoryGiB: 256
      },
      Standard_NC6: {
        vcpu: 6,
        memoryGiB: 56
      },
      Standard_NC12: {
        vcpu: 12,
        memoryGiB: 112
      },
      Standard_NC24: {
        vcpu: 24,
        memoryGiB: 224
      }
    },
    do: {
      "s-1vcpu-1gb": {
        vcpu: 1,
        memoryGiB: 1
      },
      "s-1vcpu-2gb": {
        vcpu: 1,
        memoryGiB: 2
      },
      "s-2vcpu-2gb": {
        vcpu: 2,
        memoryGiB: 2
      },
      "s-2vcpu-4gb": {
        vcpu: 2,
        memoryGiB: 4
      },
      "s-4vcpu-8gb": {
        vcpu: 4,
        memoryGiB: 8
      },
      "s-6vcpu-16gb": {
        vcpu: 6,
        memoryGiB: 16
      },
      "s-8vcpu-16gb": {
        vcpu: 8,
        memoryGiB: 16
      },
      "s-8vcpu-32gb": {
        vcpu: 8,
        memoryGiB: 32
      },
      "s-12vcpu-48gb": {
        vcpu: 12,
        memoryGiB: 48
      },
      "s-16vcpu-64gb": {
        vcpu: 16,
        memoryGiB: 64
      },
      "s-20vcpu-96gb": {
        vcpu: 20,
        memoryGiB: 96
      },
      "s-24vcpu-128gb": {
        vcpu: 24,
        memoryGiB: 128
      },
      "s-32vcpu-192gb": {
        vcpu: 32,
        memoryGiB: 192
      },
      "g-2vcpu-8gb": {
        vcpu: 2,
        memoryGiB: 8
      },
      "g-4vcpu-16gb": {
        vcpu: 4,
        memoryGiB: 16
      },
      "g-8vcpu-32gb": {
        vcpu: 8,
        memoryGiB: 32
      },
      "g-16vcpu-64gb": {
        vcpu: 16,
        memoryGiB: 64
      },
      "g-32vcpu-128gb": {
        vcpu: 32,
        memoryGiB: 128
      },
      "g-40vcpu-160gb": {
        vcpu: 40,
        memoryGiB: 160
      },
      "gd-2vcpu-8gb": {
        vcpu: 2,
        memoryGiB: 8
      },
      "gd-4vcpu-16gb": {
        vcpu: 4,
        memoryGiB: 16
      },
      "gd-8vcpu-32gb": {
        vcpu: 8,
        memoryGiB: 32
      },
      "gd-16vcpu-64gb": {
        vcpu: 16,
        memoryGiB: 64
      },
      "gd-32vcpu-128gb": {
        vcpu: 32,
        memoryGiB: 128
      },
      "gd-40vcpu-160gb": {
        vcpu: 40,
        memoryGiB: 160
      },
      "c-2": {
        vcpu: 2,
        memoryGiB: 4
      },
      "c-4": {
        vcpu: 4,
        memoryGiB: 8
      },
      "c-8": {
        vcpu: 8,
        memoryGiB: 16
      },
      "c-16": {
        vcpu: 16,
        memoryGiB: 32
      },
      "c-32": {
        vcpu: 32,
        memoryGiB: 64
      },
      "m-2vcpu-16gb": {
        vcpu: 2,
        memoryGiB: 16
      },
      "m-4vcpu-32gb": {
        vcpu: 4,
        memoryGiB: 32
      },
      "m-8vcpu-64gb": {
        vcpu: 8,
        memoryGiB: 64
      },
      "m-16vcpu-128gb": {
        vcpu: 16,
        memoryGiB: 128
      },
      "m-24vcpu-192gb": {
        vcpu: 24,
        memoryGiB: 192
      },
      "m-32vcpu-256gb": {
        vcpu: 32,
        memoryGiB: 256
      },
      "m6-2vcpu-16gb": {
        vcpu: 2,
        memoryGiB: 16
      },
      "m6-4vcpu-32gb": {
        vcpu: 4,
        memoryGiB: 32
      },
      "m6-8vcpu-64gb": {
        vcpu: 8,
        memoryGiB: 64
      },
      "m6-16vcpu-128gb": {
        vcpu: 16,
        memoryGiB: 128
      },
      "m6-24vcpu-192gb": {
        vcpu: 24,
        memoryGiB: 192
      },
      "m6-32vcpu-256gb": {
        vcpu: 32,
        memoryGiB: 256
      }
    }
  }
};

// src/rules/shared/allocatable.ts
var GIB = 2 ** 30;
var EVICTION_THRESHOLD_BYTES = 100 * 2 ** 20;
function reserved(amount, tiers, aboveRate) {
  let remaining = amount;
  let total = 0;
  for (const [size, rate] of tiers) {
    const portion = Math.min(remaining, size);
    total += portion * rate;
    remaining -= portion;
  }
  return total + Math.max(remaining, 0) * aboveRate;
}
function reservedCpu(cores) {
  return reserved(cores, [[1, 0.06], [1, 0.01], [2, 5e-3]], 25e-4);
}
function reservedMemoryBytes(capacityBytes) {
  const gib = capacityBytes / GIB;
  const kubeReserved = gib < 1 ? 255 * 2 ** 20 : reserved(gib, [[4, 0.25], [4, 0.2], [8, 0.1], [112, 0.06]], 0.02) * GIB;
  return kubeReserved + EVICTION_THRESHOLD_BYTES;
}
function allocatableOf(provider, instance) {
  const table = instance_types_default.providers[provider];
  const type = table && Object.hasOwn(table, instance) ? table[instance] : void 0;
  if (!type) return void 0;
  const capacityMemoryBytes = type.memoryGiB * GIB;
  return {
    instance,
    capacityCpu: type.vcpu,
    capacityMemoryBytes,
    cpu: type.vcpu - reservedCpu(type.vcpu),
    memoryBytes: capacityMemoryBytes - reservedMemoryBytes(capacityMemoryBytes)
  };
}

// src/rules/shared/quantity.ts
var KUBERNETES_SUFFIXES = {
  "": 1,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60
};
var JUPYTERHUB_SUFFIXES = { "": 1, K: 2 ** 10, M: 2 ** 20, G: 2 ** 30, T: 2 ** 40 };
var KUBERNETES_PATTERN = /^([+]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E)?$/;
var JUPYTERHUB_PATTERN = /^(\d+\.?\d*|\.\d+)([KMGT])?$/;
function parseQuantity(value, convention) {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : void 0;
  if (typeof value !== "string") return void 0;
  const text = value.trim();
  const match = (convention === "kubernetes" ? KUBERNETES_PATTERN : JUPYTERHUB_PATTERN).exec(text);
  if (!match) return void 0;
  const table = convention === "kubernetes" ? KUBERNETES_SUFFIXES : JUPYTERHUB_SUFFIXES;
  const amount = Number(match[1]);
  const multiplier = table[match[2] ?? ""];
  return multiplier === void 0 || !Number.isFinite(amount) ? void 0 : amount * multiplier;
}
function formatBytes(bytes) {
  if (bytes >= 2 ** 30) return `${round(bytes / 2 ** 30)} GiB`;
  return `${round(bytes / 2 ** 20)} MiB`;
}
function round(value) {
  return String(Math.round(value * 100) / 100);
}

// src/rules/profile-fit.ts
var ID10 = "profile-fit";
var JUPYTERLAB_RESOURCES = [
  { kind: "cpu", guarantee: "cpu_guarantee", limit: "cpu_limit" },
  { kind: "memory", guarantee: "mem_guarantee", limit: "mem_limit" }
];
var DASK_RESOURCES = [
  { kind: "cpu", guarantee: "worker_cores", limit: "worker_cores_limit" },
  { kind: "memory", guarantee: "worker_memory", limit: "worker_memory_limit" }
];
function jupyterlabGroup(settings, groupNames) {
  const selector = asMapping(settings.node_selector);
  if (!selector) return "user";
  return Object.values(selector).find((value) => typeof value === "string" && groupNames.has(value));
}
function profilesOf(data, groupNames) {
  const profiles = [];
  (asList(asMapping(asMapping(data)?.profiles)?.jupyterlab) ?? []).forEach((item, index) => {
    const settings = asMapping(asMapping(item)?.kubespawner_override);
    const name = asString(asMapping(item)?.display_name) ?? `#${index + 1}`;
    if (settings) {
      profiles.push({ label: `JupyterLab profile "${name}"`, path: ["profiles", "jupyterlab", index, "kubespawner_override"], settings, resources: JUPYTERLAB_RESOURCES, group: jupyterlabGroup(settings, groupNames) });
    }
  });
  for (const [name, value] of entriesAt(data, ["profiles", "dask_worker"])) {
    const settings = asMapping(value);
    if (settings) profiles.push({ label: `Dask worker profile "${name}"`, path: ["profiles", "dask_worker", name], settings, resources: DASK_RESOURCES, group: "worker" });
  }
  return profiles;
}
function amountOf(kind, value) {
  return kind === "cpu" ? asNumber(value) : parseQuantity(value, "jupyterhub");
}
function describe(kind, amount) {
  return kind === "cpu" ? `${Math.round(amount * 1e3) / 1e3} CPU` : formatBytes(amount);
}
function checkProfile(config, profile, node, groupLabel) {
  const findings = [];
  for (const resource of profile.resources) {
    const guarantee = amountOf(resource.kind, profile.settings[resource.guarantee]);
    const limit = amountOf(resource.kind, profile.settings[resource.limit]);
    if (guarantee !== void 0 && limit !== void 0 && limit < guarantee) {
      findings.push(ruleFinding(config, ID10, "error", [...profile.path, resource.limit], `${profile.label}: \`${resource.limit}\` (${describe(resource.kind, limit)}) is below \`${resource.guarantee}\` (${describe(resource.kind, guarantee)}); Kubernetes rejects a pod whose limit is lower than its request, so the server or worker never starts.`));
    }
    if (!node) continue;
    const available = resource.kind === "cpu" ? node.cpu : node.memoryBytes;
    const capacity = resource.kind === "cpu" ? node.capacityCpu : node.capacityMemoryBytes;
    const fits = `${groupLabel} (${node.instance}, ${describe(resource.kind, capacity)}) has about ${describe(resource.kind, available)} allocatable after system reservations`;
    if (guarantee !== void 0 && guarantee > available) {
      findings.push(ruleFinding(config, ID10, "error", [...profile.path, resource.guarantee], `${profile.label}: \`${resource.guarantee}\` asks for ${describe(resource.kind, guarantee)}, but ${fits}; the pod can never be scheduled. Lower the guarantee or use a larger instance type.`));
    } else if (limit !== void 0 && limit > available) {
      findings.push(ruleFinding(config, ID10, "warning", [...profile.path, resource.limit], `${profile.label}: \`${resource.limit}\` allows ${describe(resource.kind, limit)}, but ${fits}; the limit can never be reached${resource.kind === "memory" ? " and the node may run out of memory before it is" : ""}. Lower the limit to what the node offers.`));
    }
  }
  return findings;
}
var profileFit = {
  id: ID10,
  severity: "error",
  description: "JupyterLab and Dask worker profiles must fit on the `user` and `worker` node groups' instance types, with limits not below guarantees.",
  doc: [
    "QHub schedules JupyterLab servers on the `user` node group (or the group a profile's `kubespawner_override.node_selector` names) and Dask workers on the `worker` node group. A profile whose `cpu_guarantee`/`mem_guarantee` (or `worker_cores`/`worker_memory`) exceeds what one node of that group can allocate stays Pending forever: the user sees a spawn timeout, and Dask clusters never get workers. A limit above the node's allocatable resources cannot be reached (warning), and a limit below its guarantee is rejected by Kubernetes (error).",
    "",
    "Memory values use JupyterHub's byte specification, where `K`, `M`, `G`, `T` are powers of 1024 (`5G` = 5 GiB). Instance sizes come from `src/rules/data/instance-types.json` (GCP, AWS, Azure, DigitalOcean, with sources). Allocatable resources are estimated with GKE's published formula for all clouds: CPU reserves 6% of the first core, 1% of the second, 0.5% of the next two and 0.25% of the rest; memory reserves 25% of the first 4 GiB, 20% of the next 4, 10% of the next 8, 6% of the next 112 and 2% above 128 GiB (255 MiB below 1 GiB), plus a 100 MiB eviction threshold. DaemonSets are not counted, so a fit is necessary but not sufficient. An instance type missing from the table gives a notice instead of a guess.",
    "",
    "What to do instead: lower the guarantees (leave headroom for DaemonSets), or pick a larger instance type for the node group."
  ].join("\n"),
  check({ config, version }) {
    const provider = providerOf(config.data, version.family);
    const groups = nodeGroupsOf(config, provider);
    const profiles = profilesOf(config.data, new Set(groups.map((group) => group.name)));
    if (profiles.length === 0) return [];
    const findings = [];
    const nodes = /* @__PURE__ */ new Map();
    for (const wanted of new Set(profiles.flatMap((profile) => profile.group === void 0 ? [] : [profile.group]))) {
      const group = groups.find((candidate) => candidate.name === wanted);
      const instance = asString(group?.group?.instance);
      if (!group || instance === void 0 || provider === void 0) continue;
      const node = allocatableOf(provider, instance);
      nodes.set(wanted, node);
      if (!node) {
        findings.push(ruleFinding(config, ID10, "notice", [...group.path, "instance"], `instance type \`${instance}\` of node group \`${wanted}\` is not in qhub-gitops' table of ${provider} instance types, so profiles on it were not checked against its size.`));
      }
    }
    for (const profile of profiles) {
      const node = profile.group === void 0 ? void 0 : nodes.get(profile.group);
      findings.push(...checkProfile(config, profile, node, `a \`${profile.group}\` node`));
    }
    return findings;
  }
};

// src/rules/project-name.ts
var ID11 = "project-name";
var MAX_LENGTH = 16;
var MAX_BUCKET_LENGTH = 63;
var STATE_BUCKET_SUFFIX = "-terraform-state";
function schemaChecksConvention({ version }) {
  return version.family !== "qhub-0.3.11" && version.family !== "qhub-0.3.12" && !(version.family === "qhub-0.4" && !isAtLeast(version.value, "0.4.1"));
}
var BUCKET_PROVIDERS = /* @__PURE__ */ new Set(["aws", "gcp", "do"]);
var NO_UNDERSCORE_PROVIDERS = /* @__PURE__ */ new Set(["aws", "do"]);
var projectName = {
  id: ID11,
  severity: "error",
  description: "`project_name` must meet the constraints a deploy breaks on, where the version's schema does not check them.",
  doc: [
    "QHub builds cloud resource names from `project_name` (and `namespace`): the cluster `{project_name}-{namespace}`, the Terraform state bucket `{project_name}-{namespace}-terraform-state`, IAM roles, Azure resource groups and storage accounts. QHub 0.4.1+ and Nebari document and enforce: at most 16 characters, no `-` on Azure, no leading `aws` on AWS. QHub 0.3.x and 0.4.0 accept such names and fail in the middle of the first deploy; this rule applies those constraints there.",
    "",
    "On every version, with remote Terraform state on AWS, GCP or DigitalOcean, the state bucket name must be lowercase (S3/GCS/Spaces reject capitals), must not contain `_` on S3 and Spaces, and must be at most 63 characters; no QHub schema checks this.",
    "",
    "What to do instead: choose a short, lowercase name of letters (and digits where the version allows them), without `-` on Azure and not starting with `aws` on AWS. `project_name` cannot be changed later (see `immutable-field`), so get it right before the first deploy."
  ].join("\n"),
  check(context) {
    const { config } = context;
    const name = asString(asMapping(config.data)?.project_name);
    if (name === void 0) return [];
    const provider = providerOf(config.data, context.version.family);
    const findings = [];
    const report2 = (message) => findings.push(ruleFinding(config, ID11, "error", ["project_name"], message));
    if (!schemaChecksConvention(context)) {
      if (name.length > MAX_LENGTH) report2(`\`project_name\` has ${name.length} characters; QHub's naming convention (enforced from 0.4.1) allows at most ${MAX_LENGTH}, because cloud resource names built from it have length limits. Use a shorter name.`);
      if (provider === "azure" && name.includes("-")) report2("`project_name` contains `-`, which Azure resource names derived from it (storage accounts) do not allow. Remove the dashes.");
      if (provider === "aws" && name.startsWith("aws")) report2("`project_name` starts with `aws`, a prefix AWS reserves for its own resource names. Choose another name.");
    }
    const stateType = asString(asMapping(asMapping(config.data)?.terraform_state)?.type) ?? "remote";
    if (provider !== void 0 && BUCKET_PROVIDERS.has(provider) && stateType === "remote") {
      const bucket = `${name}-${namespaceOf(config.data)}${STATE_BUCKET_SUFFIX}`;
      if (bucket !== bucket.toLowerCase()) report2(`the Terraform state bucket \`${bucket}\` would contain capital letters, which bucket names do not allow; use a lowercase \`project_name\` and \`namespace\`.`);
      if (NO_UNDERSCORE_PROVIDERS.has(provider) && bucket.includes("_")) report2(`the Terraform state bucket \`${bucket}\` would contain \`_\`, which ${provider === "aws" ? "S3" : "Spaces"} bucket names do not allow; use \`-\` or nothing instead.`);
      if (bucket.length > MAX_BUCKET_LENGTH) report2(`the Terraform state bucket \`${bucket}\` would be ${bucket.length} characters, over the ${MAX_BUCKET_LENGTH} that bucket names allow; shorten \`project_name\` or \`namespace\`.`);
    }
    return findings;
  }
};

// src/rules/provider-block.ts
var ID12 = "provider-block";
var providerBlock = {
  id: ID12,
  severity: "error",
  description: "The settings block for `provider` must be present, and blocks for other providers must not be.",
  doc: [
    "Each `provider` value reads one top-level block: `gcp` \u2192 `google_cloud_platform`, `aws` \u2192 `amazon_web_services`, `azure` \u2192 `azure`, `do` \u2192 `digital_ocean`, `local` \u2192 `local`, `existing` \u2192 `existing`.",
    "",
    "QHub's schema makes every block optional, so a config with `provider: gcp` and no `google_cloud_platform` block (or with the block of the provider it used to run on) passes validation and fails during render or deploy, or silently deploys without the settings the author thinks apply. Nebari 2023.10+ fills in `local`/`existing` defaults itself, so a missing block is only an error there for cloud providers.",
    "",
    "What to do instead: keep exactly one provider block, the one `provider` names; delete leftovers from other providers."
  ].join("\n"),
  check({ config, version }) {
    const data = asMapping(config.data);
    if (!data) return [];
    const provider = providerOf(data, version.family);
    const presentBlocks = Object.entries(PROVIDER_BLOCKS).filter(([, block]) => data[block] !== void 0);
    const findings = [];
    if (provider === void 0) {
      if (hasDefaultedSections(version.family) && presentBlocks.length > 1) {
        for (const [, block] of presentBlocks) {
          findings.push(ruleFinding(config, ID12, "error", [block], `\`provider\` is not set and several provider blocks are present (${presentBlocks.map(([, b]) => `\`${b}\``).join(", ")}); Nebari cannot tell which one to deploy. Set \`provider\` and keep only its block.`));
        }
      }
      return findings;
    }
    const expected = PROVIDER_BLOCKS[provider];
    if (expected === void 0) return findings;
    const blockRequired = CLOUD_PROVIDERS.has(provider) || !hasDefaultedSections(version.family);
    if (blockRequired && data[expected] === void 0) {
      findings.push(
        ruleFinding(config, ID12, "error", ["provider"], `\`provider: ${provider}\` reads its settings from a top-level \`${expected}\` block, which is missing; QHub would fail at render or deploy time. Add the \`${expected}\` block (region, kubernetes_version, node_groups, \u2026).`)
      );
    }
    for (const [other, block] of presentBlocks) {
      if (other === provider) continue;
      findings.push(
        ruleFinding(config, ID12, "error", [block], `\`${block}\` configures provider \`${other}\`, but this deployment uses \`provider: ${provider}\`; the block is ignored and misleads readers (often a leftover from another deployment). Remove it.`)
      );
    }
    return findings;
  }
};

// src/rules/storage-resize.ts
var ID13 = "storage-resize";
var VOLUMES = ["conda_store", "shared_filesystem"];
var NEBARI_DEFAULT_SIZE = "200Gi";
function sizeOf(data, volume, context) {
  const declared = valueAt(data, ["storage", volume]);
  const size = declared === void 0 && context.version.family === "nebari-2023.10" ? NEBARI_DEFAULT_SIZE : declared;
  return parseQuantity(size, "kubernetes");
}
var storageResize = {
  id: ID13,
  severity: "error",
  description: "Changing `storage.conda_store` or `storage.shared_filesystem` on an existing deployment recreates the volume (error when it shrinks, warning when it grows).",
  doc: [
    "Compares the storage sizes (Kubernetes quantities: `Gi`, `G`, `Mi`, `Ti`, plain bytes, \u2026) with the base branch.",
    "",
    "QHub's configuration docs warn that when the storage size changes, most providers delete the previous volume and create a new one, and that resizing on AWS is especially tricky. The shared filesystem holds every user's home directory and the conda-store volume holds the built environments. A shrink can never be done in place (error); a growth may be, depending on the provider and storage class, so it is a warning.",
    "",
    "What to do instead: back up the volume first (QHub's backup guide) and plan a maintenance window; size volumes generously from the start, or create the larger deployment on a new deployment branch and migrate the data."
  ].join("\n"),
  check(context) {
    const { config, base } = context;
    if (!base) return [];
    const findings = [];
    for (const volume of VOLUMES) {
      const before = sizeOf(base.data, volume, context);
      const after = sizeOf(config.data, volume, context);
      if (before === void 0 || after === void 0 || before === after) continue;
      const shrinks = after < before;
      findings.push(
        ruleFinding(
          config,
          ID13,
          shrinks ? "error" : "warning",
          ["storage", volume],
          `\`storage.${volume}\` ${shrinks ? "shrinks" : "grows"} from ${formatBytes(before)} to ${formatBytes(after)} compared with the base branch. On most providers QHub deletes the old volume and creates a new one when the size changes${shrinks ? ", and a volume can never shrink in place" : ""}: back it up first, or size it on a new deployment branch and migrate.`
        )
      );
    }
    return findings;
  }
};

// src/rules/unpinned-package.ts
var ID14 = "unpinned-package";
var NAMES_SHOWN = 8;
var unpinnedPackage = {
  id: ID14,
  severity: "warning",
  description: "Conda and pip dependencies of environments should be pinned to exact versions.",
  doc: [
    "QHub builds every environment with conda-store when it deploys. An unpinned environment is solved from scratch each time: solving can hang for hours or fail, and when it succeeds users silently get different package versions than the ones the pull request was reviewed with.",
    "",
    "Pinned means an exact version: `name==1.2.3` (conda or pip), conda `name=1.2.3` with a full version or `name=1.2.3=build`, or a pip direct reference (`name @ url`). `name=1.2` is a fuzzy `1.2.*` to conda and is not pinned. One warning per environment points at its first unpinned dependency.",
    "",
    "What to do instead: pre-solve the environment and commit the fully pinned result. In the template repository, keep each environment in its own file under `environments/`: the lock-environments workflow (`.github/workflows/lock-environments.yml`) solves every changed environment file of a pull request with micromamba and commits the exact versions to the pull request's branch."
  ].join("\n"),
  check({ config }) {
    const findings = [];
    for (const environment of environmentsOf(config.data)) {
      const dependencies = dependenciesOf(environment);
      const unpinned = dependencies.filter((dependency) => dependency.exactVersion === void 0);
      if (unpinned.length === 0) continue;
      const names = unpinned.slice(0, NAMES_SHOWN).map((dependency) => dependency.name).join(", ");
      const more = unpinned.length > NAMES_SHOWN ? `, and ${unpinned.length - NAMES_SHOWN} more` : "";
      findings.push(
        ruleFinding(config, ID14, "warning", unpinned[0].path, `environment \`${environment.key}\`: ${unpinned.length} of ${dependencies.length} dependencies are not pinned to an exact version (${names}${more}). Solving unpinned environments can hang for hours and changes what users get on every deploy; pre-solve and pin them (the template repository's lock-environments workflow pins files under \`environments/\` in the pull request).`)
      );
    }
    return findings;
  }
};

// src/rules/version-pin.ts
var ID15 = "version-pin";
var OFFICIAL_IMAGE = /(?:^|\/)(?:quansight|nebari)\/(?:qhub|nebari)-[a-z-]+:(.+)$/;
function imagePaths(data) {
  const paths = entriesAt(data, ["default_images"]).map(([key]) => ["default_images", key]);
  const profiles = asMapping(asMapping(data)?.profiles);
  (asList(profiles?.jupyterlab) ?? []).forEach((_, index) => paths.push(["profiles", "jupyterlab", index, "kubespawner_override", "image"]));
  for (const [name] of entriesAt(data, ["profiles", "dask_worker"])) paths.push(["profiles", "dask_worker", name, "image"]);
  return paths;
}
var versionPin = {
  id: ID15,
  severity: "warning",
  description: "Official image tags (`quansight/qhub-jupyterlab:v0.3.11`) should match the QHub/Nebari version that deploys.",
  doc: [
    "The workflow installs the QHub/Nebari version named by the `qhub-version` input (or `--qhub-version`, or the `.qhub-version` pin file). A config whose `qhub_version`/`nebari_version` names another release is reported by the schema check as `schema/version-mismatch`, since QHub 0.4+ and Nebari refuse it. Pinned images of QHub's own (`quansight/qhub-jupyterlab:v0.3.11`, `quay.io/nebari/nebari-jupyterlab:2023.7.2`) that name another release run JupyterHub, JupyterLab or Dask components built for that other release beside the deployed ones (warning): upgrades that forget them leave users on old images.",
    "",
    "What to do instead: upgrade with `qhub upgrade`/`nebari upgrade`, which rewrites the version and the image tags together, and bump the `qhub-version` input in the same pull request."
  ].join("\n"),
  check({ config, version }) {
    const findings = [];
    const data = asMapping(config.data);
    if (!data) return findings;
    const release = releaseOf(version.value);
    if (release === void 0) return findings;
    for (const path of imagePaths(data)) {
      const image = asString(valueAt(data, path));
      const tag = image === void 0 ? void 0 : OFFICIAL_IMAGE.exec(image)?.[1];
      const tagRelease = tag === void 0 ? void 0 : releaseOf(tag);
      if (tagRelease === void 0 || tagRelease === release) continue;
      findings.push(ruleFinding(config, ID15, "warning", path, `image \`${image}\` is tagged for release ${tagRelease}, but this config deploys ${version.value}; the ${tagRelease} image runs beside ${release} components. Use the \`${tag.startsWith("v") ? "v" : ""}${release}\` tag (\`qhub upgrade\`/\`nebari upgrade\` rewrites them).`));
    }
    return findings;
  }
};

// src/rules/index.ts
var rules = [
  immutableField,
  storageResize,
  providerBlock,
  nodeGroupBounds,
  profileFit,
  defaultProfile,
  projectName,
  letsEncryptEmail,
  duplicateUid,
  plaintextSecret,
  unpinnedPackage,
  daskPin,
  environmentRemoved,
  deploymentCollision,
  versionPin
];
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareFindings(a, b) {
  return compareText(a.file ?? "", b.file ?? "") || (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER) || (a.column ?? Number.MAX_SAFE_INTEGER) - (b.column ?? Number.MAX_SAFE_INTEGER) || compareText(a.rule, b.rule) || compareText(a.path, b.path) || compareText(a.message, b.message);
}
function runRules(context) {
  return rules.flatMap((rule) => rule.check(context)).sort(compareFindings);
}

// src/config/validate.ts
var SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
function sortFindings(findings) {
  return [...findings].sort(
    (a, b) => (a.file ?? "").localeCompare(b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message)
  );
}
function report(file, version, findings) {
  const sorted = sortFindings(findings);
  return { file, version, valid: !sorted.some((finding) => finding.severity === "error"), findings: sorted };
}
function loadCompanion(source, role, notices) {
  const loaded = loadYaml(source.bytes, source.file);
  if (loaded.document) return loaded.document;
  notices.push({
    rule: "load/companion",
    severity: "notice",
    message: `${role} ${source.file} could not be read, so the checks that compare with it were skipped: ${loaded.findings[0]?.message ?? "unknown problem"}`,
    path: "",
    line: null,
    column: null
  });
  return void 0;
}
function withBaseEnvironments(base, files, notices) {
  if (!base || files.length === 0) return base;
  const documents = files.map((source) => loadCompanion(source, "base-branch environment file", notices)).filter((document) => document !== void 0);
  return mergeEnvironments(base, documents).config;
}
function versionMismatch(document, version, configValue) {
  if (configValue === null || version.source !== "option" || configValue === version.value) return [];
  const key = "qhub_version" in document.data ? "qhub_version" : "nebari_version";
  const position = locate(document, [key]);
  return [
    {
      rule: "schema/version-mismatch",
      severity: "error",
      message: `\`${key}\` is ${configValue}, but the version that will deploy is ${productLabel(version)}; QHub/Nebari refuse a config whose version differs from the installed one. Run \`${version.family.startsWith("nebari") ? "nebari" : "qhub"} upgrade\` of ${version.value} on this config, or ask for ${configValue}`,
      path: key,
      line: position?.line ?? null,
      column: position?.column ?? null
    }
  ];
}
function validateConfig(input) {
  const file = input.config.file;
  const loaded = loadYaml(input.config.bytes, file);
  if (!loaded.document) return report(file, null, loaded.findings);
  const notices = [];
  const environmentDocuments = [];
  const loadFindings = [];
  for (const source of input.environmentFiles ?? []) {
    const environment = loadYaml(source.bytes, source.file);
    if (environment.document) environmentDocuments.push(environment.document);
    else loadFindings.push(...environment.findings.map((finding) => ({ ...finding, file: source.file })));
  }
  const merged = mergeEnvironments(loaded.document, environmentDocuments);
  const config = merged.config;
  const decision = decideVersion(config.data, input);
  if (!decision.ok) {
    const position = decision.path ? locate(config, [decision.path]) : null;
    return report(file, null, [
      ...loadFindings,
      ...merged.findings,
      { rule: decision.rule, severity: "error", message: decision.message, path: decision.path, line: position?.line ?? null, column: position?.column ?? null }
    ]);
  }
  const { version } = decision;
  const baseConfig = input.base && loadCompanion(input.base, "base-branch config", notices);
  const base = withBaseEnvironments(baseConfig, input.baseEnvironmentFiles ?? [], notices);
  const otherDeployments = (input.otherDeployments ?? []).map((source) => loadCompanion(source, "other deployment", notices)).filter((document) => document !== void 0);
  const cloudNotices = version.family === "nebari-2023.10" ? skippedCloudChecks(config.data).map((check) => {
    const position = locate(config, check.path.split("."));
    return {
      rule: "schema/cloud-check-skipped",
      severity: "notice",
      message: `not checked offline: ${check.description} (Nebari checks this against the cloud API at deploy time)`,
      path: check.path,
      line: position?.line ?? null,
      column: position?.column ?? null
    };
  }) : [];
  const findings = [
    ...loadFindings,
    ...merged.findings,
    ...checkSchema(config, version),
    ...versionMismatch(config, version, decision.configValue),
    ...cloudNotices,
    ...notices,
    ...runRules({
      config,
      version,
      ...base ? { base } : {},
      otherDeployments,
      environmentFiles: merged.environmentFiles,
      ...input.requestedVersion ? { requestedVersion: input.requestedVersion } : {}
    })
  ];
  return report(file, version, findings);
}

// src/report/findings.ts
var ICON = { error: "\u274C", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F" };
function countBySeverity(findings) {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function describeVersion(version) {
  if (!version) return "version unknown";
  const product = version.family.startsWith("nebari") ? "Nebari" : "QHub";
  const source = { config: "from the config", option: "as requested", "pin-file": "from .qhub-version" }[version.source];
  return `${product} ${version.value} (${source})`;
}
function summaryLine(report2) {
  const counts = countBySeverity(report2.findings);
  const verdict = report2.valid ? "valid" : "invalid";
  return `${report2.file}: ${verdict} for ${describeVersion(report2.version)}: ${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.notice, "notice")}`;
}
function location(finding, configFile) {
  const file = finding.file ?? configFile;
  if (finding.line === null) return file;
  return `${file}:${finding.line}:${finding.column ?? 1}`;
}
function renderFindingsText(report2) {
  const lines = report2.findings.map(
    (finding) => `${location(finding, report2.file)}: ${finding.severity} [${finding.rule}] ${finding.message}`
  );
  return [...lines, summaryLine(report2)].join("\n");
}
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function renderFindingsWorkflowCommands(report2, fileForAnnotations = report2.file) {
  return report2.findings.map((finding) => {
    const properties = [`file=${escapeProperty(finding.file ?? fileForAnnotations)}`];
    if (finding.line !== null) properties.push(`line=${finding.line}`, `col=${finding.column ?? 1}`);
    properties.push(`title=${escapeProperty(finding.rule)}`);
    return `::${finding.severity} ${properties.join(",")}::${escapeData(finding.message)}`;
  }).join("\n");
}
function tableCell(text) {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}
function renderFindingsMarkdown(report2) {
  const counts = countBySeverity(report2.findings);
  const status = report2.valid ? "\u2705 valid" : "\u274C invalid";
  const header = `**\`${report2.file}\`: ${status}** for ${describeVersion(report2.version)} \xB7 ${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.notice, "notice")}`;
  if (report2.findings.length === 0) return `${header}
`;
  const rows = report2.findings.map(
    (finding) => `| ${ICON[finding.severity]} ${finding.severity} | \`${tableCell(location(finding, report2.file))}\` | \`${finding.rule}\` | ${tableCell(finding.message)} |`
  );
  return [header, "", "| | where | rule | finding |", "|---|---|---|---|", ...rows, ""].join("\n");
}

// src/commands/validate.ts
var usage = `usage: qhub-gitops validate [CONFIG] [--qhub-version V] [--base BASE_CONFIG]
                            [--base-environments DIR] [--other-deployment CONFIG]...
                            [--environments DIR] [--format text|json|github]

Validates CONFIG (default: qhub-config.yaml, else nebari-config.yaml) offline
against the schema of the QHub/Nebari version it targets, then runs the guard rules.

  --qhub-version V        the version that will deploy (QHub 0.3.x configs carry
                          none: else it is read from .qhub-version next to CONFIG)
  --base FILE             the same config on the branch the PR targets
  --base-environments DIR the environment files of that branch (with --base), so
                          that removing one of them is noticed
  --other-deployment FILE the config of another deployment (repeatable)
  --environments DIR      environment files to merge (default: environments/ next
                          to CONFIG, when it exists)
  --format FORMAT         text (default), json, or github (workflow annotations)

Exit codes: 0 no errors (warnings allowed), 1 error findings, 2 usage or internal error.`;
var FORMATS = ["text", "json", "github"];
function reportToJson(report2) {
  return {
    file: report2.file,
    version: report2.version,
    valid: report2.valid,
    findings: report2.findings
  };
}
function missingConfigReport(file, reason) {
  return {
    file,
    version: null,
    valid: false,
    findings: [
      {
        rule: "load/missing",
        severity: "error",
        message: `${reason}; pass the config's path, or run from the folder that holds qhub-config.yaml / nebari-config.yaml`,
        path: "",
        line: null,
        column: null
      }
    ]
  };
}
async function readCompanion(path, cwd, what) {
  const read = await readSource(path, cwd);
  if ("missing" in read) throw new UserFacingError(`${what} ${path}: ${read.missing}`);
  return read.source;
}
async function readEnvironmentDirectory(configPath, cwd, directory) {
  try {
    return await readEnvironmentFiles(configPath, cwd, directory);
  } catch (error) {
    throw new UserFacingError(error.message);
  }
}
async function validateLocal(options, io) {
  const file = resolveConfigPath(options.config, io.cwd);
  const read = await readSource(file, io.cwd);
  if ("missing" in read) return { report: missingConfigReport(file, read.missing), configPath: null, environmentFiles: [] };
  const base = options.base ? await readCompanion(options.base, io.cwd, "--base") : void 0;
  const baseEnvironmentFiles = options.base && options.baseEnvironments ? await readEnvironmentDirectory(options.base, io.cwd, options.baseEnvironments) : [];
  const otherDeployments = await Promise.all(
    (options.otherDeployments ?? []).map((path) => readCompanion(path, io.cwd, "--other-deployment"))
  );
  const environmentFiles = await readEnvironmentDirectory(file, io.cwd, options.environments);
  const pinnedVersion = await readPinnedVersion(file, io.cwd);
  const report2 = validateConfig({
    config: read.source,
    ...options.qhubVersion ? { requestedVersion: options.qhubVersion } : {},
    ...pinnedVersion ? { pinnedVersion } : {},
    ...base ? { base, baseEnvironmentFiles } : {},
    otherDeployments,
    environmentFiles
  });
  return { report: report2, configPath: resolve(io.cwd, file), environmentFiles };
}
var validateCommand = {
  name: "validate",
  summary: "validate a qhub-config.yaml / nebari-config.yaml offline (schema + guard rules)",
  usage,
  async run(argv, io) {
    const parsed = parseCommandLine({
      args: argv,
      allowPositionals: true,
      options: {
        "qhub-version": { type: "string" },
        base: { type: "string" },
        "base-environments": { type: "string" },
        "other-deployment": { type: "string", multiple: true },
        environments: { type: "string" },
        format: { type: "string", default: "text" }
      }
    });
    const { values, positionals } = parsed;
    if (positionals.length > 1) throw new UsageError(`one config at a time, got ${positionals.length}: ${positionals.join(" ")}`);
    if (values["base-environments"] && !values.base) throw new UsageError("--base-environments needs --base: the base config those environment files belong to");
    const format = values.format;
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not '${values.format}'`);
    const { report: report2 } = await validateLocal(
      {
        ...positionals[0] ? { config: positionals[0] } : {},
        ...values["qhub-version"] ? { qhubVersion: values["qhub-version"] } : {},
        ...values.base ? { base: values.base } : {},
        ...values["base-environments"] ? { baseEnvironments: values["base-environments"] } : {},
        otherDeployments: values["other-deployment"] ?? [],
        ...values.environments ? { environments: values.environments } : {}
      },
      io
    );
    if (format === "json") io.stdout(`${JSON.stringify(reportToJson(report2), null, 2)}
`);
    else if (format === "github") {
      const commands = renderFindingsWorkflowCommands(report2);
      io.stdout(`${commands ? `${commands}
` : ""}${summaryLine(report2)}
`);
    } else io.stdout(`${renderFindingsText(report2)}
`);
    return report2.valid ? 0 : 1;
  }
};

export {
  countBySeverity,
  renderFindingsText,
  renderFindingsMarkdown,
  mergeEnvironments,
  decideVersion,
  SECRET_PLACEHOLDER,
  pythonLstrip,
  secretValues,
  validateConfig,
  reportToJson,
  validateLocal,
  validateCommand
};
