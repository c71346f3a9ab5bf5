// GitHub's published OpenAPI description (api.github.com, from @octokit/openapi)
// as a request/response checker for the emulator. OpenAPI 3.0 `nullable` is
// rewritten to JSON Schema before ajv sees it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

type Json = Record<string, unknown>;

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Json;
}

export interface Operation {
  method: string;
  /** The OpenAPI path template, e.g. `/repos/{owner}/{repo}/issues/{issue_number}/comments`. */
  template: string;
  operationId: string;
  pathParams: Record<string, string>;
}

const SPEC_ID = 'https://api.github.com/openapi.json';

function specPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@octokit/openapi/package.json')), 'generated', 'api.github.com.json');
}

/** `nullable: true` beside `type` becomes a type list; beside anything else, an anyOf with null. */
function rewriteNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteNullable);
  if (typeof node !== 'object' || node === null) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) out[key] = rewriteNullable(value);
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    } else {
      return { anyOf: [{ type: 'null' }, out] };
    }
  }
  return out;
}

function pointer(segments: string[]): string {
  return `#/${segments.map((segment) => segment.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;
}

interface Route {
  method: string;
  template: string;
  regex: RegExp;
  names: string[];
  operation: Json;
}

export class OpenApiChecker {
  private readonly spec: Json;
  private readonly ajv: Ajv;
  private readonly routes: Route[] = [];
  private readonly validators = new Map<string, ValidateFunction>();

  constructor() {
    this.spec = rewriteNullable(JSON.parse(readFileSync(specPath(), 'utf8'))) as Json;
    this.spec.$id = SPEC_ID;
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
    addFormats(this.ajv);
    // GitHub's own format: `owner/name` of a repository.
    this.ajv.addFormat('repo.nwo', /^[^/]+\/[^/]+$/);
    this.ajv.addSchema(this.spec);
    for (const [template, item] of Object.entries(this.spec.paths as Record<string, Json>)) {
      const names: string[] = [];
      // Literal parts escaped: compare's `{base}...{head}` has dots.
      const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_match, name: string) => {
        names.push(name);
        // `path` (contents), `ref` (git refs) and compare's `base`/`head` (branch names) span several segments.
        return ['path', 'ref', 'base', 'head'].includes(name) ? '(.+)' : '([^/]+)';
      });
      for (const method of ['get', 'post', 'patch', 'put', 'delete']) {
        const operation = item[method] as Json | undefined;
        if (operation) this.routes.push({ method, template, regex: new RegExp(`^${source}$`), names, operation });
      }
    }
    // Literal segments beat parameters (e.g. /issues/comments vs /issues/{issue_number}).
    this.routes.sort((a, b) => b.template.replace(/\{[^}]+\}/g, '').length - a.template.replace(/\{[^}]+\}/g, '').length);
  }

  private resolve<T>(node: unknown): T {
    let current = node as Json;
    while (current && typeof current.$ref === 'string') {
      const segments = (current.$ref as string).replace(/^#\//, '').split('/');
      current = segments.reduce<Json>(
        (at, segment) => at[segment.replaceAll('~1', '/').replaceAll('~0', '~')] as Json,
        this.spec,
      );
    }
    return current as T;
  }

  private validator(segments: string[]): ValidateFunction {
    const key = pointer(segments);
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${SPEC_ID}${key}` });
      this.validators.set(key, validate);
    }
    return validate;
  }

  private errors(validate: ValidateFunction): string {
    return this.ajv.errorsText(validate.errors, { separator: '; ', dataVar: '' });
  }

  /** The operation for a request, or null when GitHub has no such route. */
  match(method: string, pathname: string): Operation | null {
    const lower = method.toLowerCase();
    for (const route of this.routes) {
      if (route.method !== lower) continue;
      const found = route.regex.exec(pathname);
      if (!found) continue;
      const pathParams: Record<string, string> = {};
      route.names.forEach((name, index) => {
        pathParams[name] = decodeURIComponent(found[index + 1]!);
      });
      return { method: lower, template: route.template, operationId: String(route.operation.operationId), pathParams };
    }
    return null;
  }

  private operationObject(operation: Operation): Json {
    return (this.spec.paths as Record<string, Json>)[operation.template]![operation.method] as Json;
  }

  /** Problems with a request: unknown or missing parameters, a body that breaks the request schema. */
  checkRequest(operation: Operation, query: URLSearchParams, body: unknown): string[] {
    const problems: string[] = [];
    const object = this.operationObject(operation);
    const parameters = ((object.parameters as unknown[]) ?? []).map((parameter) => this.resolve<Parameter>(parameter));
    for (const parameter of parameters) {
      if (parameter.in === 'path' && !operation.pathParams[parameter.name]) {
        problems.push(`missing path parameter '${parameter.name}'`);
      }
      if (parameter.in === 'query' && parameter.required && !query.has(parameter.name)) {
        problems.push(`missing required query parameter '${parameter.name}'`);
      }
    }
    for (const name of new Set(query.keys())) {
      const parameter = parameters.find((candidate) => candidate.in === 'query' && candidate.name === name);
      if (!parameter) {
        problems.push(`unknown query parameter '${name}'`);
        continue;
      }
      const schema = parameter.schema ?? {};
      const raw = query.get(name)!;
      const value = schema.type === 'integer' || schema.type === 'number' ? Number(raw) : schema.type === 'boolean' ? raw === 'true' : raw;
      const validate = this.ajv.compile(schema);
      if (!validate(value)) problems.push(`query parameter '${name}'=${raw}: ${this.errors(validate)}`);
    }
    const requestBody = this.resolve<Json | undefined>(object.requestBody);
    const content = requestBody?.content as Record<string, Json> | undefined;
    if (content?.['application/json']) {
      if (body === undefined) {
        if (requestBody?.required) problems.push('missing request body');
      } else {
        const segments = ['paths', operation.template, operation.method, 'requestBody', 'content', 'application/json', 'schema'];
        const validate = this.validator(segments);
        if (!validate(body)) problems.push(`request body: ${this.errors(validate)}`);
      }
    } else if (body !== undefined) {
      problems.push('this operation takes no request body');
    }
    return problems;
  }

  /** Whether GitHub documents this status for the operation (faults like 502 are not). */
  documents(operation: Operation, status: number): boolean {
    return String(status) in (this.operationObject(operation).responses as Record<string, unknown>);
  }

  /** Problems with a response the emulator is about to send. */
  checkResponse(operation: Operation, status: number, body: unknown): string[] {
    const object = this.operationObject(operation);
    const responses = object.responses as Record<string, unknown>;
    if (!(String(status) in responses)) return [`status ${status} is not a documented response`];
    const response = this.resolve<Json>(responses[String(status)]);
    const content = response.content as Record<string, Json> | undefined;
    if (!content?.['application/json']?.schema) {
      return body === undefined ? [] : [`status ${status} documents no JSON body`];
    }
    // Follow a $ref'd response object so the pointer addresses the schema itself.
    const ref = (responses[String(status)] as Json).$ref as string | undefined;
    const segments = ref
      ? [...ref.replace(/^#\//, '').split('/').map((s) => s.replaceAll('~1', '/')), 'content', 'application/json', 'schema']
      : ['paths', operation.template, operation.method, 'responses', String(status), 'content', 'application/json', 'schema'];
    const validate = this.validator(segments);
    return validate(body) ? [] : [`response ${status}: ${this.errors(validate)}`];
  }
}
