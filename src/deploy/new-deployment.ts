// Derives the config of a new deployment from an existing one, so it can be built
// beside the stable deployment and users migrate before the old one is destroyed.
// A deployment is identified by project_name + namespace: together they name the
// cluster and the state bucket `{project_name}-{namespace}-terraform-state`. The new
// deployment keeps project_name and takes its name as namespace, gets its own host
// name, and must not share its identity or host name with any existing deployment.
// The values are found with the yaml Document API and replaced in the source text at
// their ranges, so comments, quoting and layout survive byte for byte (re-stringifying
// the document would re-indent lists and re-quote strings of hand-written configs).
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, parseDocument, visit, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { loadYaml } from '../config/load.js';
import { namespaceOf } from '../rules/shared/provider.js';

/** QHub/Nebari's default namespace when a config has none. */
/** GCS and S3 bucket names are at most 63 characters. */
const MAX_BUCKET_NAME_LENGTH = 63;
/**
 * A name valid as a namespace in every QHub/Nebari version (0.3.x allows only letters,
 * hyphens and underscores) that is also a valid Kubernetes namespace and bucket-name part
 * (lowercase, no underscores).
 */
const DEPLOYMENT_NAME = /^[a-z][a-z-]*[a-z]$/;

export interface ConfigSource {
  text: string;
  file: string;
}

export interface NewDeploymentRequest {
  /** The deployment's name: its namespace and the suffix of its `deploy/<name>` branch. */
  name: string;
  /** The config the new deployment starts from (usually the stable deployment's). */
  source: ConfigSource;
  /** Configs of every existing deployment, to refuse collisions. */
  otherDeployments: ConfigSource[];
  /** The new deployment's host name; derived from the source's when absent. */
  domain?: string;
}

export interface DeploymentIdentity {
  projectName: string;
  namespace: string;
  domain: string | null;
}

export interface NewDeployment extends DeploymentIdentity {
  /** The new config, with the source's comments and layout. */
  text: string;
  stateBucket: string;
}

/** A request that cannot produce a safe new deployment; the message says why. */
export class NewDeploymentError extends Error {
  override name = 'NewDeploymentError';
}

function stateBucketName(identity: Pick<DeploymentIdentity, 'projectName' | 'namespace'>): string {
  return `${identity.projectName}-${identity.namespace}-terraform-state`;
}

function parseConfig(source: ConfigSource): Record<string, unknown> {
  const loaded = loadYaml(source.text, source.file);
  if (!loaded.document) {
    throw new NewDeploymentError(loaded.findings.map((finding) => finding.message).join('; '));
  }
  return loaded.document.data as Record<string, unknown>;
}

function identityOf(data: Record<string, unknown>, file: string): DeploymentIdentity {
  const projectName = data.project_name;
  if (typeof projectName !== 'string' || projectName === '') {
    throw new NewDeploymentError(`${file}: has no \`project_name\`, so it does not name a deployment`);
  }
  // The same identity the deployment-collision rule compares: project_name and namespace (default `dev`).
  const namespace = namespaceOf(data);
  const domain = typeof data.domain === 'string' && data.domain !== '' ? data.domain : null;
  return { projectName, namespace, domain };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Matches the host name where it stands alone, not inside a longer host name. */
function hostPattern(domain: string): RegExp {
  return new RegExp(`(?<![A-Za-z0-9.-])${escapeRegExp(domain)}(?![A-Za-z0-9-]|\\.[A-Za-z0-9])`, 'g');
}

/**
 * The new host name: the source's with its first label swapped when that label is the
 * source's namespace (blue.example.org -> green.example.org), else the name prefixed.
 */
export function deriveDomain(sourceDomain: string, sourceNamespace: string, name: string): string {
  const [first, ...rest] = sourceDomain.split('.');
  if (first === sourceNamespace && rest.length > 0) return [name, ...rest].join('.');
  return `${name}.${sourceDomain}`;
}

/** A replacement of source[start, end): edits to the text keep everything else byte for byte. */
interface TextEdit {
  start: number;
  end: number;
  replacement: string;
}

function applyEdits(text: string, edits: TextEdit[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((out, edit) => out.slice(0, edit.start) + edit.replacement + out.slice(edit.end), text);
}

function topLevelPair(root: YAMLMap, key: string): Pair<Scalar, Node> | undefined {
  return root.items.find((item) => isScalar(item.key) && item.key.value === key) as Pair<Scalar, Node> | undefined;
}

/** Sets a top-level scalar: in place, keeping its quotes, or as a new line after the first `after` key present. */
function setTopLevelScalar(text: string, root: YAMLMap, key: string, value: string, after: string[]): TextEdit {
  const node = topLevelPair(root, key)?.value;
  if (isScalar(node) && node.range) {
    // Deployment names and host names need no escaping in any quoting style.
    const quote = node.type === 'QUOTE_SINGLE' ? "'" : node.type === 'QUOTE_DOUBLE' ? '"' : '';
    return { start: node.range[0], end: node.range[1], replacement: `${quote}${value}${quote}` };
  }
  const anchor = after.map((candidate) => topLevelPair(root, candidate)).find((pair) => pair?.value?.range);
  if (!anchor?.value?.range || !anchor.key.range) throw new NewDeploymentError(`cannot place \`${key}\`: the config has no ${after.join(' or ')}`);
  const lineStart = text.lastIndexOf('\n', anchor.key.range[0]) + 1;
  const indent = text.slice(lineStart, anchor.key.range[0]);
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const lineEnd = text.indexOf('\n', anchor.value.range[1]);
  const line = `${indent}${key}: ${value}`;
  return lineEnd === -1
    ? { start: text.length, end: text.length, replacement: `${newline}${line}` }
    : { start: lineEnd + 1, end: lineEnd + 1, replacement: `${line}${newline}` };
}

/** Every string value (not key) that mentions the host name, with the mention replaced in its source text. */
function replaceHostName(text: string, document: Document, from: string, to: string): TextEdit[] {
  const edits: TextEdit[] = [];
  visit(document, {
    Scalar(key, node) {
      if (key === 'key' || typeof node.value !== 'string' || !node.range) return;
      const source = text.slice(node.range[0], node.range[1]);
      const replaced = source.replace(hostPattern(from), to);
      if (replaced !== source) edits.push({ start: node.range[0], end: node.range[1], replacement: replaced });
    },
  });
  return edits;
}

/** The data the edited text must load as: the source's, with the host name replaced in string values. */
function expectedData(value: unknown, from: string | null, to: string | null): unknown {
  if (typeof value === 'string') return from !== null && to !== null ? value.replace(hostPattern(from), to) : value;
  if (Array.isArray(value)) return value.map((item) => expectedData(item, from, to));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, expectedData(item, from, to)]));
  }
  return value;
}

function describe(identity: DeploymentIdentity): string {
  return `project_name ${identity.projectName}, namespace ${identity.namespace}`;
}

function collisions(candidate: DeploymentIdentity, existing: { identity: DeploymentIdentity; file: string }[]): string[] {
  const problems: string[] = [];
  for (const { identity, file } of existing) {
    if (identity.projectName === candidate.projectName && identity.namespace === candidate.namespace) {
      problems.push(
        `${file} is already the deployment with ${describe(candidate)} (state bucket ${stateBucketName(candidate)}); choose another name`,
      );
    } else if (candidate.domain !== null && identity.domain?.toLowerCase() === candidate.domain.toLowerCase()) {
      problems.push(`${file} already serves ${candidate.domain}; give the new deployment its own host name with --domain`);
    }
  }
  return problems;
}

export function createNewDeployment(request: NewDeploymentRequest): NewDeployment {
  const { name, source } = request;
  if (!DEPLOYMENT_NAME.test(name)) {
    throw new NewDeploymentError(
      `deployment name '${name}' must be at least two lowercase letters and hyphens, starting and ending with a letter: it becomes the namespace, which QHub 0.3.x allows no digits in and Kubernetes and bucket names allow no capitals or underscores`,
    );
  }
  const sourceData = parseConfig(source);
  const sourceIdentity = identityOf(sourceData, source.file);
  const terraformState = sourceData.terraform_state as { type?: unknown } | undefined;
  if (terraformState?.type === 'existing') {
    throw new NewDeploymentError(
      `${source.file}: terraform_state.type is 'existing', so its backend settings name one state location that both deployments would share; give the new config its own terraform_state by hand`,
    );
  }

  const candidate: DeploymentIdentity = {
    projectName: sourceIdentity.projectName,
    namespace: name,
    domain: request.domain ?? (sourceIdentity.domain === null ? null : deriveDomain(sourceIdentity.domain, sourceIdentity.namespace, name)),
  };
  const stateBucket = stateBucketName(candidate);
  if (stateBucket.length > MAX_BUCKET_NAME_LENGTH) {
    throw new NewDeploymentError(
      `the state bucket ${stateBucket} would be ${stateBucket.length} characters, over the ${MAX_BUCKET_NAME_LENGTH} that cloud storage allows; choose a shorter name`,
    );
  }
  const existing = [
    { identity: sourceIdentity, file: source.file },
    ...request.otherDeployments.map((other) => ({ identity: identityOf(parseConfig(other), other.file), file: other.file })),
  ];
  const problems = collisions(candidate, existing);
  if (problems.length > 0) {
    throw new NewDeploymentError(`refusing to create deployment '${name}': ${problems.join('; ')}`);
  }

  const document = parseDocument(source.text);
  const root = document.contents;
  if (!isMap(root) || root.flow) {
    throw new NewDeploymentError(`${source.file}: the top level is a flow mapping ({...}); write it in block style to derive a new deployment`);
  }
  const edits = [setTopLevelScalar(source.text, root, 'namespace', name, ['project_name'])];
  if (sourceIdentity.domain !== null && candidate.domain !== null) {
    // The host name also appears in OAuth callback URLs and theme texts.
    edits.push(...replaceHostName(source.text, document, sourceIdentity.domain, candidate.domain));
  } else if (candidate.domain !== null) {
    edits.push(setTopLevelScalar(source.text, root, 'domain', candidate.domain, ['provider', 'namespace', 'project_name']));
  }
  const text = applyEdits(source.text, edits);

  // The edits are textual; check that they changed exactly the intended values.
  const expected = expectedData(sourceData, sourceIdentity.domain, candidate.domain) as Record<string, unknown>;
  expected.namespace = name;
  if (candidate.domain !== null) expected.domain = candidate.domain;
  if (!isDeepStrictEqual(parseConfig({ text, file: source.file }), expected)) {
    throw new NewDeploymentError(`editing ${source.file} in place would not change exactly the namespace and the host name (escaped characters?); change them by hand`);
  }
  return { ...candidate, text, stateBucket };
}
