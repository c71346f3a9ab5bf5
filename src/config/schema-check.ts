// Checks a loaded config against the JSON Schema of its version family and turns
// ajv's errors into findings in plain words, at the line of the key at fault.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { locate } from './load.js';
import { schemaBranchValidator, schemaValidator } from './schemas/index.js';
import { loadPrecompiledValidator } from './schemas/precompiled.js';
import { formatPath, type DocPath, type Finding, type LoadedDocument, type VersionInfo } from './types.js';

const SECRET_KEY = /secret|password|token|passwd|private|credential/i;

export function productLabel(version: VersionInfo): string {
  return `${version.family.startsWith('nebari') ? 'Nebari' : 'QHub'} ${version.value}`;
}

/** JSON pointer → path segments, with list indexes as numbers (decided by the data). */
function pointerToPath(pointer: string, data: unknown): DocPath {
  if (pointer === '') return [];
  const path: (string | number)[] = [];
  let current: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current)) {
      const index = Number(segment);
      path.push(index);
      current = current[index];
    } else {
      path.push(segment);
      current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[segment] : undefined;
    }
  }
  return path;
}

function valueAt(data: unknown, path: DocPath): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** Human words for the mapping at `path`: "dask_worker profile `Medium Worker`". */
export function describePlace(data: unknown, path: DocPath): string {
  if (path.length === 0) return 'the top level of the config';
  const [first, second, third] = path;
  if (first === 'profiles' && second === 'dask_worker' && path.length === 3) return `dask_worker profile \`${String(third)}\``;
  if (first === 'profiles' && second === 'jupyterlab' && path.length === 3 && typeof third === 'number') {
    const name = (valueAt(data, path) as { display_name?: unknown } | undefined)?.display_name;
    return typeof name === 'string' ? `JupyterLab profile \`${name}\`` : `JupyterLab profile #${third + 1}`;
  }
  if (path.length === 3 && second === 'node_groups') return `node group \`${String(third)}\` of \`${String(first)}\``;
  if (first === 'environments' && path.length === 2) return `environment \`${String(second)}\``;
  return `\`${formatPath(path)}\``;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date (YAML reads an unquoted YYYY-MM-DD as a date, as QHub does: quote it to keep it a string)';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the string '${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`;
  return `${typeof value} ${String(value)}`;
}

function shownValue(path: DocPath, value: unknown): string {
  const key = path[path.length - 1];
  if (typeof key === 'string' && SECRET_KEY.test(key)) return 'its value';
  return describeValue(value);
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
  null: 'empty (null)',
};

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

function closest(name: string, candidates: string[]): string | null {
  let best: string | null = null;
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

const RULE_BY_KEYWORD: Record<string, string> = {
  additionalProperties: 'additional-property',
  unevaluatedProperties: 'additional-property',
  const: 'enum',
};

function ruleId(keyword: string): string {
  const id = RULE_BY_KEYWORD[keyword] ?? keyword.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return `schema/${id}`;
}

interface Located {
  error: ErrorObject;
  /** Path of the key the finding is about. */
  path: DocPath;
  message: string;
}

function explain(error: ErrorObject, data: unknown, version: VersionInfo): Located {
  const at = pointerToPath(error.instancePath, data);
  const place = describePlace(data, at);
  const value = valueAt(data, at);
  const name = formatPath(at);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      return { error, path: [...at, missing], message: `\`${missing}\` is required in ${place} (${productLabel(version)})` };
    }
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const extra = String(params.additionalProperty ?? params.unevaluatedProperty);
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const suggestion = closest(extra, known);
      const hint = suggestion ? `; did you mean \`${suggestion}\`?` : '; remove it or check its spelling';
      return { error, path: [...at, extra], message: `\`${extra}\` is not a key ${productLabel(version)} accepts in ${place}${hint}` };
    }
    case 'type': {
      const types = String(params.type)
        .split(',')
        .map((type) => TYPE_WORDS[type] ?? type);
      return { error, path: at, message: `\`${name}\` must be ${types.join(' or ')}, but is ${shownValue(at, value)}` };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((v) => `\`${String(v)}\``).join(', ');
      return { error, path: at, message: `\`${name}\` must be one of ${allowed}, but is ${shownValue(at, value)}` };
    }
    case 'const':
      return { error, path: at, message: `\`${name}\` must be \`${String(params.allowedValue)}\`, but is ${shownValue(at, value)}` };
    case 'pattern': {
      const description = (error.parentSchema as { description?: string } | undefined)?.description;
      const rule = description ? ` (${description})` : ` (pattern \`${String(params.pattern)}\`)`;
      return { error, path: at, message: `\`${name}\` ${shownValue(at, value)} is not allowed by ${productLabel(version)}${rule}` };
    }
    case 'contains': {
      const description = (error.parentSchema as { description?: string } | undefined)?.description;
      return { error, path: at, message: `\`${name}\` ${error.message ?? 'has the wrong number of matching items'}${description ? `: ${description}` : ''} (${productLabel(version)})` };
    }
    case 'not': {
      // Every `not` in the schemas carries a description of the rule it enforces.
      const description = (error.parentSchema as { description?: string } | undefined)?.description;
      return { error, path: at, message: `\`${name}\`: ${description ?? 'this value is not allowed here'} (${productLabel(version)})` };
    }
    default:
      return { error, path: at, message: `\`${name || 'config'}\` ${error.message ?? 'is invalid'}` };
  }
}

function isUnion(error: ErrorObject): boolean {
  return error.keyword === 'anyOf' || error.keyword === 'oneOf';
}

function isWithin(instancePath: string, ancestor: string): boolean {
  return instancePath === ancestor || instancePath.startsWith(`${ancestor}/`);
}

/** A union branch fails "on its discriminator" when the value itself, or a key right under it, has the wrong const/enum/type. */
function failsDiscriminator(errors: ErrorObject[], at: string): boolean {
  const depth = at.split('/').length;
  return errors.some(
    (error) =>
      ((error.keyword === 'const' || error.keyword === 'enum') && error.instancePath.split('/').length <= depth + 1) ||
      (error.keyword === 'type' && error.instancePath === at),
  );
}

/**
 * ajv reports every failed branch of a union (pydantic's `Union[...]`) and then
 * the union itself. Replace that block with the errors of the branch that came
 * closest: one that does not fail on a discriminator, then the one with fewest
 * errors. Branches are re-validated one by one, because errors that come
 * through a `$ref` do not say which branch they belong to.
 */
function collapseUnions(errors: ErrorObject[], branchValidator: (branch: object) => ValidateFunction): ErrorObject[] {
  const result: ErrorObject[] = [];
  for (const error of errors) {
    if (!isUnion(error)) {
      result.push(error);
      continue;
    }
    const siblingPrefix = `${error.schemaPath.replace(/\/(anyOf|oneOf)$/, '')}/`;
    const isSibling = (e: ErrorObject) => e.schemaPath.startsWith(siblingPrefix) && !e.schemaPath.startsWith(`${error.schemaPath}/`);
    const popped: ErrorObject[] = [];
    while (result.length > 0 && isWithin(result[result.length - 1]!.instancePath, error.instancePath)) popped.unshift(result.pop()!);
    result.push(...popped.filter(isSibling));
    const branches = (error.schema as object[]).map((branch) => {
      const validate = branchValidator(branch);
      if (validate(error.data)) return [];
      const relocated = (validate.errors ?? []).filter((e) => e.keyword !== 'if').map((e) => ({ ...e, instancePath: `${error.instancePath}${e.instancePath}` }));
      return collapseUnions(relocated, branchValidator);
    });
    if (branches.some((branch) => branch.length === 0)) continue;
    const ranked = [...branches].sort(
      (a, b) => Number(failsDiscriminator(a, error.instancePath)) - Number(failsDiscriminator(b, error.instancePath)) || a.length - b.length,
    );
    result.push(...ranked[0]!);
  }
  return result;
}

export function checkSchema(document: LoadedDocument, version: VersionInfo): Finding[] {
  // Most configs under review are valid: answer those without compiling the schema.
  if (loadPrecompiledValidator(version.family)?.(document.data)) return [];
  const validate: ValidateFunction = schemaValidator(version.family);
  if (validate(document.data)) return [];
  // An `if`/`then` failure is reported twice by ajv: keep the `then` errors, drop "must match then schema".
  const errors = collapseUnions((validate.errors ?? []).filter((error) => error.keyword !== 'if'), (branch) => schemaBranchValidator(version.family, branch));
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const error of errors) {
    const { path, message } = explain(error, document.data, version);
    const key = `${error.keyword}|${formatPath(path)}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const position = locate(document, path);
    const file = document.fileFor(path);
    findings.push({
      rule: ruleId(error.keyword),
      severity: 'error',
      message,
      path: formatPath(path),
      line: position?.line ?? null,
      column: position?.column ?? null,
      ...(file !== document.file ? { file } : {}),
    });
  }
  return findings;
}
