"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/cli/summarize.ts
var summarize_exports = {};
__export(summarize_exports, {
  summarizeCommand: () => summarizeCommand
});
module.exports = __toCommonJS(summarize_exports);

// scripts/bundle-url.js
var bundleUrl = require("node:url").pathToFileURL(__filename).href;

// src/cli/summarize.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");

// src/terraform/json-sections.ts
var UnexpectedText = class extends Error {
};
var QUOTE = 34;
var BACKSLASH = 92;
var COMMA = 44;
var COLON = 58;
var OPEN_BRACE = 123;
var CLOSE_BRACE = 125;
var OPEN_BRACKET = 91;
var CLOSE_BRACKET = 93;
function isWhitespace(code) {
  return code === 32 || code === 10 || code === 13 || code === 9;
}
function skipWhitespace(text, index) {
  while (index < text.length && isWhitespace(text.charCodeAt(index))) index++;
  return index;
}
function stringEnd(text, start) {
  let quote = start;
  for (; ; ) {
    quote = text.indexOf('"', quote + 1);
    if (quote === -1) throw new UnexpectedText("unterminated string");
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
  }
}
function valueEnd(text, start) {
  const first = text.charCodeAt(start);
  if (first === QUOTE) return stringEnd(text, start);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    let index2 = start;
    while (index2 < text.length) {
      const code = text.charCodeAt(index2);
      if (code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || isWhitespace(code)) break;
      index2++;
    }
    if (index2 === start) throw new UnexpectedText("missing value");
    return index2;
  }
  let depth = 0;
  let index = start;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) {
      index = stringEnd(text, index);
      continue;
    }
    if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++;
    else if ((code === CLOSE_BRACE || code === CLOSE_BRACKET) && --depth === 0) return index + 1;
    index++;
  }
  throw new UnexpectedText("unterminated value");
}
function selectObject(text, start, selection) {
  if (text.charCodeAt(start) !== OPEN_BRACE) throw new UnexpectedText("expected an object");
  const value = {};
  let index = skipWhitespace(text, start + 1);
  if (text.charCodeAt(index) === CLOSE_BRACE) return { value, end: index + 1 };
  for (; ; ) {
    if (text.charCodeAt(index) !== QUOTE) throw new UnexpectedText("expected a key");
    const keyEnd = stringEnd(text, index);
    const key = JSON.parse(text.slice(index, keyEnd));
    index = skipWhitespace(text, keyEnd);
    if (text.charCodeAt(index) !== COLON) throw new UnexpectedText("expected a colon");
    const valueStart = skipWhitespace(text, index + 1);
    const wanted = Object.hasOwn(selection, key) ? selection[key] : void 0;
    if (wanted !== void 0 && wanted !== true && text.charCodeAt(valueStart) === OPEN_BRACE) {
      const nested = selectObject(text, valueStart, wanted);
      value[key] = nested.value;
      index = nested.end;
    } else {
      index = valueEnd(text, valueStart);
      if (wanted !== void 0) value[key] = JSON.parse(text.slice(valueStart, index));
    }
    index = skipWhitespace(text, index);
    const separator = text.charCodeAt(index);
    if (separator === CLOSE_BRACE) return { value, end: index + 1 };
    if (separator !== COMMA) throw new UnexpectedText("expected a comma");
    index = skipWhitespace(text, index + 1);
  }
}
function parseSelected(text, selection) {
  try {
    const start = skipWhitespace(text, 0);
    const { value, end } = selectObject(text, start, selection);
    if (skipWhitespace(text, end) !== text.length) throw new UnexpectedText("text after the object");
    return value;
  } catch (error) {
    if (error instanceof UnexpectedText || error instanceof SyntaxError) return JSON.parse(text);
    throw error;
  }
}

// src/terraform/plan-json.ts
var PlanFormatError = class extends Error {
  name = "PlanFormatError";
};
var READ_SECTIONS = {
  format_version: true,
  terraform_version: true,
  resource_changes: true,
  resource_drift: true,
  output_changes: true,
  planned_values: { outputs: true },
  configuration: { provider_config: true, root_module: { outputs: true } },
  applyable: true,
  complete: true,
  errored: true
};
var SELECTIVE_PARSE_MIN_CHARS = 4 * 1024 * 1024;
var SUPPORTED_MAJOR_VERSIONS = /* @__PURE__ */ new Set(["0", "1"]);
function parsePlanJson(text, source = "plan") {
  let data;
  try {
    data = text.length >= SELECTIVE_PARSE_MIN_CHARS ? parseSelected(text, READ_SECTIONS) : JSON.parse(text);
  } catch (error) {
    throw new PlanFormatError(`${source} is not JSON (${error.message}); expected the output of 'tofu show -json PLANFILE'`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new PlanFormatError(`${source} is not a plan: expected a JSON object from 'tofu show -json PLANFILE'`);
  }
  const record = data;
  const version = record.format_version;
  if (typeof version !== "string") {
    throw new PlanFormatError(`${source} is not a plan: it has no format_version (is it a state file or another JSON document?)`);
  }
  const match = /^(\d+)\.(\d+)$/.exec(version);
  if (!match || !SUPPORTED_MAJOR_VERSIONS.has(match[1])) {
    throw new PlanFormatError(`${source} has plan format_version ${JSON.stringify(version)}, which this tool does not know (supported: 0.x and 1.x)`);
  }
  const looksLikePlan = "resource_changes" in record || "planned_values" in record || "output_changes" in record || "errored" in record || "resource_drift" in record;
  if (!looksLikePlan) {
    throw new PlanFormatError(`${source} is not a plan: no resource_changes, output_changes or planned_values (a state file?)`);
  }
  for (const key of ["resource_changes", "resource_drift"]) {
    const list = record[key];
    if (list !== void 0 && list !== null && !(Array.isArray(list) && list.every(isResourceChange))) {
      throw new PlanFormatError(`${source} is not a valid plan: ${key} must be a list of changes with address, type and change.actions`);
    }
  }
  const outputs = record.output_changes;
  if (outputs !== void 0 && outputs !== null && (typeof outputs !== "object" || !Object.values(outputs).every(isChange))) {
    throw new PlanFormatError(`${source} is not a valid plan: output_changes must map names to changes with actions`);
  }
  return record;
}
function isChange(value) {
  return typeof value === "object" && value !== null && Array.isArray(value.actions);
}
function isResourceChange(value) {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value;
  return typeof candidate.address === "string" && typeof candidate.type === "string" && isChange(candidate.change);
}

// src/terraform/risk.ts
var CLUSTER_WHY = "the Kubernetes cluster runs JupyterHub, Dask and Keycloak; deleting it takes the platform down and loses in-cluster volumes and Keycloak users";
var NODE_POOL_WHY = "running user servers and Dask workers on these nodes are killed while the pool is recreated";
var VOLUME_WHY = "user home directories and shared files live on this storage; deleting it deletes them";
var BUCKET_WHY = "objects in the bucket (Terraform state, conda-store artifacts, backups) are deleted with it";
var RISK_RULES = [
  { type: "google_container_cluster", kind: "OUTAGE", why: CLUSTER_WHY },
  { type: "aws_eks_cluster", kind: "OUTAGE", why: CLUSTER_WHY },
  { type: "azurerm_kubernetes_cluster", kind: "OUTAGE", why: CLUSTER_WHY },
  { type: "digitalocean_kubernetes_cluster", kind: "OUTAGE", why: CLUSTER_WHY },
  { type: "*_node_pool", kind: "OUTAGE", why: NODE_POOL_WHY },
  { type: "*_node_group", kind: "OUTAGE", why: NODE_POOL_WHY },
  { type: "kubernetes_persistent_volume", kind: "DATA LOSS", why: VOLUME_WHY },
  { type: "kubernetes_persistent_volume_v1", kind: "DATA LOSS", why: VOLUME_WHY },
  { type: "kubernetes_persistent_volume_claim", kind: "DATA LOSS", why: VOLUME_WHY },
  { type: "kubernetes_persistent_volume_claim_v1", kind: "DATA LOSS", why: VOLUME_WHY },
  {
    type: "kubernetes_namespace",
    kind: "DATA LOSS",
    why: "deleting the namespace deletes every volume claim, secret and release in it"
  },
  {
    type: "kubernetes_namespace_v1",
    kind: "DATA LOSS",
    why: "deleting the namespace deletes every volume claim, secret and release in it"
  },
  { type: "google_compute_disk", kind: "DATA LOSS", why: VOLUME_WHY },
  { type: "aws_ebs_volume", kind: "DATA LOSS", why: VOLUME_WHY },
  { type: "azurerm_managed_disk", kind: "DATA LOSS", why: VOLUME_WHY },
  { type: "digitalocean_volume", kind: "DATA LOSS", why: VOLUME_WHY },
  { type: "aws_efs_file_system", kind: "DATA LOSS", why: "the EFS file system holds the shared NFS home directories" },
  { type: "google_filestore_instance", kind: "DATA LOSS", why: "the Filestore instance holds the shared NFS home directories" },
  { type: "azurerm_storage_share", kind: "DATA LOSS", why: "the Azure file share holds the shared home directories" },
  { type: "azurerm_storage_account", kind: "DATA LOSS", why: "every container and share in the storage account is deleted with it" },
  { type: "azurerm_storage_container", kind: "DATA LOSS", why: BUCKET_WHY },
  { type: "google_storage_bucket", kind: "DATA LOSS", why: BUCKET_WHY },
  { type: "aws_s3_bucket", kind: "DATA LOSS", why: BUCKET_WHY },
  { type: "digitalocean_spaces_bucket", kind: "DATA LOSS", why: BUCKET_WHY },
  { type: "aws_dynamodb_table", kind: "OUTAGE", why: "the DynamoDB table holds the Terraform state lock; later deploys cannot lock the state" }
];
function matches(rule, type) {
  return rule.type.startsWith("*") ? type.endsWith(rule.type.slice(1)) : rule.type === type;
}
function riskOfRemoving(type, rules = RISK_RULES) {
  const rule = rules.find((candidate) => matches(candidate, type));
  return rule ? { kind: rule.kind, why: rule.why } : null;
}

// src/terraform/runner-local.ts
var RUNNER_LOCAL_RESOURCES = [
  {
    address: "local_file.kubeconfig",
    stage: "02-infrastructure",
    why: "writes the kubeconfig file into the runner\u2019s temporary directory"
  },
  {
    address: "terraform_data.nebari_config",
    stage: "01-terraform-state",
    why: "records the config in stage 01\u2019s local state, which a fresh runner does not have (Nebari 2024.9.1+)"
  }
];
function resourcePart(address) {
  return address.replace(/\[(?:"(?:[^"\\]|\\.)*"|\d+)\]/g, "").replace(/^(?:module\.[^.]+\.)+/, "");
}
function findRunnerLocal(address, resources = RUNNER_LOCAL_RESOURCES) {
  if (!resources.some((resource) => address.includes(resource.address))) return null;
  const bare = resourcePart(address);
  return resources.find((resource) => resource.address === bare) ?? null;
}

// src/terraform/values.ts
var IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
function childPath(parent, key) {
  if (typeof key === "number") return `${parent}[${key}]`;
  if (IDENTIFIER.test(key)) return parent === "" ? key : `${parent}.${key}`;
  return `${parent}[${JSON.stringify(key)}]`;
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var ABSENT = 0;
var PLAIN = 1;
var SENSITIVE = 2;
var UNKNOWN = 3;
var ARRAY = 4;
var OBJECT = 5;
var LEAF_KINDS = ["absent", "plain", "sensitive", "unknown"];
function kindOf(value, sensitive, unknown) {
  if (sensitive === true) return SENSITIVE;
  if (unknown === true) return UNKNOWN;
  if (typeof value !== "object" && value !== void 0) return PLAIN;
  if (Array.isArray(value)) return value.length > 0 || Array.isArray(unknown) && unknown.length > 0 ? ARRAY : PLAIN;
  if (value == null) {
    if (Array.isArray(unknown)) return unknown.length > 0 ? ARRAY : PLAIN;
    return isPlainObject(unknown) && hasKeys(unknown) ? OBJECT : PLAIN;
  }
  return hasKeys(value) || isPlainObject(unknown) && hasKeys(unknown) ? OBJECT : PLAIN;
}
function hasKeys(value) {
  for (const key in value) if (Object.hasOwn(value, key)) return true;
  return false;
}
function arrayMaskChild(mask, index) {
  return typeof mask === "object" && mask !== null ? mask[index] : void 0;
}
function objectMaskChild(mask, key) {
  return isPlainObject(mask) ? mask[key] : void 0;
}
function member(container, key) {
  return container == null ? void 0 : container[key];
}
function arrayLength(value, unknown) {
  const valueLength = Array.isArray(value) ? value.length : 0;
  const unknownLength = Array.isArray(unknown) ? unknown.length : 0;
  return valueLength > unknownLength ? valueLength : unknownLength;
}
function hasKey(value, unknown, key) {
  return value !== null && Object.hasOwn(value, key) || unknown !== null && Object.hasOwn(unknown, key);
}
var asObject = (value) => isPlainObject(value) ? value : null;
function visitOneSide(visit, path, value, sensitive, unknown, isBefore) {
  const kind = kindOf(value, sensitive, unknown);
  if (kind === ARRAY) {
    const length = arrayLength(value, unknown);
    for (let index = 0; index < length; index++) {
      visitOneSide(visit, childPath(path, index), member(value, index), arrayMaskChild(sensitive, index), arrayMaskChild(unknown, index), isBefore);
    }
  } else if (kind === OBJECT) {
    const valueObject = asObject(value);
    const unknownObject = asObject(unknown);
    if (valueObject !== null) {
      for (const key in valueObject) visitOneSide(visit, childPath(path, key), valueObject[key], objectMaskChild(sensitive, key), objectMaskChild(unknown, key), isBefore);
    }
    if (unknownObject !== null) {
      for (const key in unknownObject) {
        if (valueObject !== null && Object.hasOwn(valueObject, key)) continue;
        visitOneSide(visit, childPath(path, key), void 0, objectMaskChild(sensitive, key), unknownObject[key], isBefore);
      }
    }
  } else if (kind !== PLAIN || !isEmptyValue(value)) {
    const leafKind2 = LEAF_KINDS[kind];
    if (isBefore) visit(path, leafKind2, value, "absent", void 0);
    else visit(path, "absent", void 0, leafKind2, value);
  }
}
function visitBothSides(visit, parent, key, before, beforeSensitive, beforeUnknown, after, afterSensitive, afterUnknown) {
  const unmaskedScalar = typeof before !== "object" && before !== void 0 && beforeSensitive !== true && afterSensitive !== true && beforeUnknown !== true && afterUnknown !== true;
  if (unmaskedScalar && before === after) return;
  const path = key === null ? parent : childPath(parent, key);
  const beforeKind = kindOf(before, beforeSensitive, beforeUnknown);
  const afterKind = kindOf(after, afterSensitive, afterUnknown);
  if (beforeKind === ARRAY && afterKind === ARRAY) {
    const beforeLength = arrayLength(before, beforeUnknown);
    const afterLength = arrayLength(after, afterUnknown);
    const length = beforeLength > afterLength ? beforeLength : afterLength;
    for (let index = 0; index < length; index++) {
      const beforeChild = member(before, index);
      const beforeSensitiveChild = arrayMaskChild(beforeSensitive, index);
      const beforeUnknownChild = arrayMaskChild(beforeUnknown, index);
      const afterChild = member(after, index);
      const afterSensitiveChild = arrayMaskChild(afterSensitive, index);
      const afterUnknownChild = arrayMaskChild(afterUnknown, index);
      if (index >= afterLength) visitOneSide(visit, childPath(path, index), beforeChild, beforeSensitiveChild, beforeUnknownChild, true);
      else if (index >= beforeLength) visitOneSide(visit, childPath(path, index), afterChild, afterSensitiveChild, afterUnknownChild, false);
      else visitBothSides(visit, path, index, beforeChild, beforeSensitiveChild, beforeUnknownChild, afterChild, afterSensitiveChild, afterUnknownChild);
    }
    return;
  }
  if (beforeKind === OBJECT && afterKind === OBJECT) {
    const beforeObject = asObject(before);
    const beforeUnknownObject = asObject(beforeUnknown);
    const afterObject = asObject(after);
    const afterUnknownObject = asObject(afterUnknown);
    const afterSide = { value: after, sensitive: afterSensitive, unknown: afterUnknown, object: afterObject, unknownObject: afterUnknownObject };
    if (beforeObject !== null) {
      for (const key2 in beforeObject) visitBeforeKey(visit, path, key2, before, beforeSensitive, beforeUnknown, afterSide);
    }
    if (beforeUnknownObject !== null) {
      for (const key2 in beforeUnknownObject) {
        if (beforeObject === null || !Object.hasOwn(beforeObject, key2)) visitBeforeKey(visit, path, key2, before, beforeSensitive, beforeUnknown, afterSide);
      }
    }
    if (afterObject !== null) {
      for (const key2 in afterObject) {
        if (!hasKey(beforeObject, beforeUnknownObject, key2)) visitOneSide(visit, childPath(path, key2), afterObject[key2], objectMaskChild(afterSensitive, key2), objectMaskChild(afterUnknown, key2), false);
      }
    }
    if (afterUnknownObject !== null) {
      for (const key2 in afterUnknownObject) {
        if (afterObject !== null && Object.hasOwn(afterObject, key2) || hasKey(beforeObject, beforeUnknownObject, key2)) continue;
        visitOneSide(visit, childPath(path, key2), void 0, objectMaskChild(afterSensitive, key2), afterUnknownObject[key2], false);
      }
    }
    return;
  }
  if (beforeKind === ARRAY || beforeKind === OBJECT) visitOneSide(visit, path, before, beforeSensitive, beforeUnknown, true);
  if (afterKind === ARRAY || afterKind === OBJECT) visitOneSide(visit, path, after, afterSensitive, afterUnknown, false);
  const beforeLeaf = beforeKind === ARRAY || beforeKind === OBJECT ? ABSENT : beforeKind;
  const afterLeaf = afterKind === ARRAY || afterKind === OBJECT ? ABSENT : afterKind;
  if (!isSameLeaf(beforeLeaf, before, afterLeaf, after)) visit(path, LEAF_KINDS[beforeLeaf], before, LEAF_KINDS[afterLeaf], after);
}
function visitBeforeKey(visit, path, key, before, beforeSensitive, beforeUnknown, after) {
  const beforeChild = member(before, key);
  const beforeSensitiveChild = objectMaskChild(beforeSensitive, key);
  const beforeUnknownChild = objectMaskChild(beforeUnknown, key);
  if (hasKey(after.object, after.unknownObject, key)) {
    visitBothSides(visit, path, key, beforeChild, beforeSensitiveChild, beforeUnknownChild, member(after.value, key), objectMaskChild(after.sensitive, key), objectMaskChild(after.unknown, key));
  } else {
    visitOneSide(visit, childPath(path, key), beforeChild, beforeSensitiveChild, beforeUnknownChild, true);
  }
}
function visitChangedLeaves(before, after, visit) {
  if (before !== null && after !== null) visitBothSides(visit, "", null, before.value, before.sensitive, before.unknown, after.value, after.sensitive, after.unknown);
  else if (before !== null) visitOneSide(visit, "", before.value, before.sensitive, before.unknown, true);
  else if (after !== null) visitOneSide(visit, "", after.value, after.sensitive, after.unknown, false);
}
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(",")}]`;
  if (isPlainObject(value)) {
    const entries = Object.keys(value).sort().filter((key) => value[key] !== void 0).map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}
function isScalar(value) {
  return value == null || typeof value !== "object";
}
function isSameLeaf(beforeKind, before, afterKind, after) {
  const beforeEmpty = beforeKind === ABSENT || beforeKind === PLAIN && isEmptyValue(before);
  const afterEmpty = afterKind === ABSENT || afterKind === PLAIN && isEmptyValue(after);
  if (beforeEmpty || afterEmpty) return beforeEmpty && afterEmpty;
  if (beforeKind === UNKNOWN || beforeKind !== afterKind) return false;
  if (isScalar(before) && isScalar(after)) return (before ?? null) === (after ?? null);
  return canonicalJson(before) === canonicalJson(after);
}
function isEmptyValue(raw) {
  return raw == null || typeof raw === "object" && (Array.isArray(raw) ? raw.length === 0 : !hasKeys(raw));
}
function replacePathPrefixes(replacePaths) {
  return (replacePaths ?? []).map(
    (segments) => segments.reduce((path, segment) => childPath(path, segment), "")
  );
}
function isUnder(path, prefix) {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}
function diffAttributes(before, after, replacePaths) {
  const prefixes = replacePathPrefixes(replacePaths);
  const changes = [];
  const leaf = (path, kind, raw) => kind === "absent" ? null : { path, raw, mask: kind === "plain" ? null : kind };
  visitChangedLeaves(before, after, (path, beforeKind, beforeRaw, afterKind, afterRaw) => {
    const forcesReplacement = prefixes.some((prefix) => isUnder(path, prefix) || isUnder(prefix, path));
    changes.push({ path, before: leaf(path, beforeKind, beforeRaw), after: leaf(path, afterKind, afterRaw), forcesReplacement });
  });
  return changes.sort(byPath);
}
function byPath(a, b) {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

// src/terraform/hash.ts
var import_node_crypto = require("node:crypto");
var HASH_FORMAT = "qhub-gitops-plan-hash/1";
var HashWriter = class {
  hash = (0, import_node_crypto.createHash)("sha256");
  pending = "";
  write(text) {
    this.pending += text;
    if (this.pending.length >= 1 << 16) this.flush();
  }
  digest() {
    this.flush();
    return `sha256:${this.hash.digest("hex")}`;
  }
  flush() {
    this.hash.update(this.pending, "utf8");
    this.pending = "";
  }
};
function leafJson(kind, raw) {
  switch (kind) {
    case "absent":
      return "null";
    case "sensitive":
      return '{"masked":"sensitive"}';
    case "unknown":
      return '{"masked":"unknown"}';
    default:
      return typeof raw === "string" ? JSON.stringify(raw) : canonicalJson(raw ?? null);
  }
}
function attributeJson(path, beforeKind, before, afterKind, after) {
  return `[${JSON.stringify(path)},${leafJson(beforeKind, before)},${leafJson(afterKind, after)}]`;
}
var PATH_END = "\0";
function resourceAttributesJson({ before, after }) {
  const attributes = [];
  visitChangedLeaves(
    before,
    after,
    (path, beforeKind, beforeRaw, afterKind, afterRaw) => attributes.push(path + PATH_END + attributeJson(path, beforeKind, beforeRaw, afterKind, afterRaw))
  );
  attributes.sort();
  let json = "";
  for (let index = 0; index < attributes.length; index++) {
    const attribute = attributes[index];
    json += (index === 0 ? "" : ",") + attribute.slice(attribute.indexOf(PATH_END) + 1);
  }
  return json;
}
var leafKind = (leaf) => leaf === null ? "absent" : leaf.mask ?? "plain";
function writeResource(writer, resource, first) {
  const { header } = resource;
  writer.write(
    `${first ? "" : ","}{"action":"${header.action}","address":${JSON.stringify(header.address)},"attributes":[${resourceAttributesJson(resource)}],"deposed":${header.deposed === null ? "null" : JSON.stringify(header.deposed)},"importing":${header.importing},"previous_address":${header.previousAddress === null ? "null" : JSON.stringify(header.previousAddress)},"replace_order":${header.replaceOrder === null ? "null" : `"${header.replaceOrder}"`}}`
  );
}
function outputJson(output) {
  const attributes = output.attributes.map(
    ({ path, before, after }) => attributeJson(path, leafKind(before), before?.raw, leafKind(after), after?.raw)
  );
  return `{"action":"${output.action}","attributes":[${attributes.join(",")}],"name":${JSON.stringify(output.name)}}`;
}
function byHashOrder({ header: a }, { header: b }) {
  const left = a.deposed === null ? a.address : a.address + a.deposed;
  const right = b.deposed === null ? b.address : b.address + b.deposed;
  return left < right ? -1 : left > right ? 1 : 0;
}
function planHash(resources, outputs) {
  const writer = new HashWriter();
  writer.write(`{"format":${JSON.stringify(HASH_FORMAT)},"outputs":[${outputs.map(outputJson).join(",")}],"resources":[`);
  const inHashOrder = [...resources].sort(byHashOrder);
  for (let index = 0; index < inHashOrder.length; index++) writeResource(writer, inHashOrder[index], index === 0);
  writer.write("]}");
  return writer.digest();
}

// src/terraform/summary.ts
function actionBucket(actions) {
  const key = actions.join(",");
  switch (key) {
    case "delete,create":
    case "create,delete":
      return "replace";
    case "create":
    case "update":
    case "delete":
    case "read":
    case "forget":
      return key;
    case "no-op":
    case "":
      return "no-op";
    default:
      if (actions.includes("delete")) return "delete";
      if (actions.includes("create")) return "create";
      return actions.includes("update") ? "update" : "no-op";
  }
}
var OPENTOFU_REGISTRY = "registry.opentofu.org/";
function detectTool(plan) {
  const isOpenTofu = (name) => typeof name === "string" && name.startsWith(OPENTOFU_REGISTRY);
  if ((plan.resource_changes ?? []).some((change) => isOpenTofu(change.provider_name)) || (plan.resource_drift ?? []).some((change) => isOpenTofu(change.provider_name)) || Object.values(plan.configuration?.provider_config ?? {}).some((config) => isOpenTofu(config.full_name))) {
    return "opentofu";
  }
  return typeof plan.terraform_version === "string" ? "terraform" : null;
}
function sidesOf(change) {
  const before = change.before == null ? null : { value: change.before, sensitive: change.before_sensitive, unknown: void 0 };
  const after = change.after == null && change.after_unknown !== true && typeof change.after_unknown !== "object" ? null : { value: change.after, sensitive: change.after_sensitive, unknown: change.after_unknown };
  return { before, after };
}
function attributeChanges(change) {
  const { before, after } = sidesOf(change);
  return diffAttributes(before, after, change.replace_paths);
}
function classify(change, options) {
  const action = actionBucket(change.change.actions);
  const removes = action === "delete" || action === "replace";
  const header = {
    address: change.address,
    previousAddress: change.previous_address ?? null,
    type: change.type,
    mode: change.mode ?? "managed",
    action,
    replaceOrder: action === "replace" ? change.change.actions[0] === "create" ? "create-first" : "delete-first" : null,
    importing: change.change.importing !== void 0 && change.change.importing !== null,
    deposed: change.deposed ?? null,
    reason: change.action_reason ?? null,
    risk: removes && (change.mode ?? "managed") === "managed" ? riskOfRemoving(change.type, options.riskRules) : null,
    runnerLocal: findRunnerLocal(change.address, options.runnerLocal)
  };
  const { before, after } = action === "delete" ? { before: null, after: null } : sidesOf(change.change);
  return { header, before, after, replacePaths: change.change.replace_paths };
}
var LazyResourceEntry = class {
  #change;
  #attributes;
  constructor(change) {
    Object.assign(this, change.header);
    this.#change = change;
  }
  get attributes() {
    const { before, after, replacePaths } = this.#change;
    this.#attributes ??= diffAttributes(before, after, replacePaths);
    return this.#attributes;
  }
};
function resourceEntry(change) {
  return new LazyResourceEntry(change);
}
var DISPLAY_ORDER = {
  delete: 0,
  replace: 1,
  forget: 2,
  update: 3,
  create: 4,
  read: 5,
  "no-op": 6
};
function byDisplayOrder({ header: a }, { header: b }) {
  const riskA = a.risk ? 0 : 1;
  const riskB = b.risk ? 0 : 1;
  if (riskA !== riskB) return riskA - riskB;
  return DISPLAY_ORDER[a.action] - DISPLAY_ORDER[b.action] || (a.address < b.address ? -1 : a.address > b.address ? 1 : 0);
}
function isVisibleChange({ header }) {
  return header.action !== "no-op" || header.importing || header.previousAddress !== null;
}
function isSensitiveOutput(plan, name) {
  return plan.planned_values?.outputs?.[name]?.sensitive === true || plan.configuration?.root_module?.outputs?.[name]?.sensitive === true;
}
function resolveOptions(options) {
  return { runnerLocal: options.runnerLocal ?? RUNNER_LOCAL_RESOURCES, riskRules: options.riskRules ?? RISK_RULES };
}
function classifyPlan(plan, resolved) {
  const counts = {
    create: 0,
    update: 0,
    delete: 0,
    replace: 0,
    read: 0,
    "no-op": 0,
    forget: 0,
    import: 0,
    move: 0
  };
  const visible = [];
  for (const change of plan.resource_changes ?? []) {
    const classified = classify(change, resolved);
    counts[classified.header.action] += 1;
    if (classified.header.importing) counts.import += 1;
    if (classified.header.previousAddress !== null) counts.move += 1;
    if (isVisibleChange(classified)) visible.push(classified);
  }
  const outputs = Object.entries(plan.output_changes ?? {}).map(([name, change]) => ({
    name,
    action: actionBucket(change.actions),
    attributes: attributeChanges(isSensitiveOutput(plan, name) ? { ...change, before_sensitive: true, after_sensitive: true } : change)
  })).filter((output) => output.action !== "no-op").sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return {
    counts,
    resources: visible.filter(({ header }) => header.runnerLocal === null),
    runnerLocal: visible.filter(({ header }) => header.runnerLocal !== null),
    outputs
  };
}
function summaryOf(plan, options, classified) {
  const { counts } = classified;
  return {
    tool: options.tool !== void 0 ? options.tool : detectTool(plan),
    format_version: plan.format_version,
    counts,
    to_add: counts.create + counts.replace,
    to_change: counts.update,
    to_destroy: counts.delete + counts.replace,
    destructive: classified.resources.filter(({ header }) => header.action === "delete" || header.action === "replace").sort(byDisplayOrder).map(({ header }) => header.address),
    output_changes: classified.outputs.length,
    errored: plan.errored === true,
    // Diffed again from the raw values, one resource at a time, so the hash never needs entries.
    hash: planHash(classified.resources, classified.outputs)
  };
}
function planSummary(plan, options = {}) {
  return summaryOf(plan, options, classifyPlan(plan, resolveOptions(options)));
}
function summarizePlan(plan, options = {}) {
  const resolved = resolveOptions(options);
  const classified = classifyPlan(plan, resolved);
  const resources = [...classified.resources].sort(byDisplayOrder).map(resourceEntry);
  const drift = (plan.resource_drift ?? []).map((change) => resourceEntry(classify(change, resolved))).sort((a, b) => a.address < b.address ? -1 : 1);
  return {
    summary: summaryOf(plan, options, classified),
    hasChanges: resources.length > 0 || classified.outputs.length > 0,
    resources,
    runnerLocal: [...classified.runnerLocal].sort(byDisplayOrder).map(resourceEntry),
    outputs: classified.outputs,
    drift
  };
}

// src/cli/summarize.ts
var import_types = require("./cli-types.js");
var usage = `usage: qhub-gitops summarize PLAN_JSON [--format json|markdown]

Summarizes a plan printed by 'tofu show -json PLANFILE' or 'terraform show -json PLANFILE'.
  json      counts, to_add/to_change/to_destroy, destructive addresses, plan hash
  markdown  the pull-request comment the action would post (at most 65,536 characters;
            sensitive values are never shown)
Exit codes: 0 summarized, 2 usage error or not a readable plan.`;
var summarizeCommand = (0, import_types.defineCommand)({
  name: "summarize",
  summary: "summarize a show -json plan as JSON counts or the PR comment",
  usage,
  options: { format: { type: "string", default: "json" } },
  positionals: true,
  async run(parsed, io) {
    const format = parsed.values.format;
    if (format !== "json" && format !== "markdown") throw new import_types.UsageError(`--format must be json or markdown, not '${format}'`);
    if (parsed.positionals.length !== 1) throw new import_types.UsageError("expected exactly one PLAN_JSON file");
    const file = parsed.positionals[0];
    let text;
    try {
      text = (0, import_node_fs.readFileSync)((0, import_node_path.resolve)(io.cwd, file), "utf8");
    } catch (error) {
      throw new import_types.UserFacingError(`cannot read ${file}: ${error.code === "ENOENT" ? "no such file" : error.message}`);
    }
    let plan;
    try {
      plan = parsePlanJson(text, file);
    } catch (error) {
      if (error instanceof PlanFormatError) throw new import_types.UserFacingError(error.message);
      throw error;
    }
    if (format === "markdown") return (await Promise.resolve().then(() => __toESM(require("./cli-summarize-markdown.js"), 1))).printComment(file, summarizePlan(plan), io);
    io.stdout(`${JSON.stringify(planSummary(plan), null, 2)}
`);
    return 0;
  }
});
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  summarizeCommand
});
