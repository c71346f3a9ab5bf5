// The plan hash: what would change, in a canonical form. No timestamps, no refreshed-but-unchanged
// attributes, no runner-local resources, and sensitive values only as "masked" (a published hash
// of a short secret could be brute-forced). Planning twice against the same state gives the same hash.
import { createHash, type Hash } from 'node:crypto';
import type { OutputEntry, ResourceEntry } from './types.js';
import { canonicalJson, visitChangedLeaves, type Leaf, type LeafKind, type MaskedValue } from './values.js';

const HASH_FORMAT = 'qhub-gitops-plan-hash/1';

export function sha256(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

/** One resource as the hash sees it: what happens to it, and the two sides its attributes are diffed from. */
export interface HashedResource {
  header: Pick<ResourceEntry, 'address' | 'previousAddress' | 'deposed' | 'action' | 'replaceOrder' | 'importing'>;
  before: MaskedValue | null;
  after: MaskedValue | null;
}

/** Feeds the hash in large pieces: hashing many tiny strings one call each costs more than the hashing. */
class HashWriter {
  private readonly hash: Hash = createHash('sha256');
  private pending = '';

  write(text: string): void {
    this.pending += text;
    if (this.pending.length >= 1 << 16) this.flush();
  }

  digest(): string {
    this.flush();
    return `sha256:${this.hash.digest('hex')}`;
  }

  private flush(): void {
    this.hash.update(this.pending, 'utf8');
    this.pending = '';
  }
}

// The canonical form is the canonicalJson (sorted keys, no spaces) of
//   {format, outputs: [{action, attributes, name}], resources: [{action, address, attributes, deposed,
//    importing, previous_address, replace_order}]}
// with resources sorted by address then deposed key, and each attribute [path, before, after] in path
// order. It is written here piece by piece in exactly that text, one resource at a time, so neither
// the whole form nor a resource's attribute objects are ever built. Changing a byte of it changes
// every plan's hash (and un-reviews every open plan).

/** A leaf in the hash: masked values are hashed as their mask, never as their content. */
function leafJson(kind: LeafKind, raw: unknown): string {
  switch (kind) {
    case 'absent':
      return 'null';
    case 'sensitive':
      return '{"masked":"sensitive"}';
    case 'unknown':
      return '{"masked":"unknown"}';
    default:
      // Most leaves are strings: their canonical text without canonicalJson's checks.
      return typeof raw === 'string' ? JSON.stringify(raw) : canonicalJson(raw ?? null);
  }
}

function attributeJson(path: string, beforeKind: LeafKind, before: unknown, afterKind: LeafKind, after: unknown): string {
  return `[${JSON.stringify(path)},${leafJson(beforeKind, before)},${leafJson(afterKind, after)}]`;
}

/**
 * Between a path and its attribute's text: below every character a path can hold (keys that need
 * it are JSON-quoted, so a path never contains a raw NUL), so sorting the joined strings with the
 * engine's own string order sorts them by path, without a comparator called from JavaScript.
 */
const PATH_END = '\u0000';

/** A resource's changed attributes, each `[path,before,after]`, in path order, comma-separated. */
function resourceAttributesJson({ before, after }: HashedResource): string {
  const attributes: string[] = [];
  visitChangedLeaves(before, after, (path, beforeKind, beforeRaw, afterKind, afterRaw) =>
    attributes.push(path + PATH_END + attributeJson(path, beforeKind, beforeRaw, afterKind, afterRaw)),
  );
  attributes.sort();
  let json = '';
  for (let index = 0; index < attributes.length; index++) {
    const attribute = attributes[index]!;
    json += (index === 0 ? '' : ',') + attribute.slice(attribute.indexOf(PATH_END) + 1);
  }
  return json;
}

const leafKind = (leaf: Leaf | null): LeafKind => (leaf === null ? 'absent' : (leaf.mask ?? 'plain'));

function writeResource(writer: HashWriter, resource: HashedResource, first: boolean): void {
  const { header } = resource;
  writer.write(
    `${first ? '' : ','}{"action":"${header.action}","address":${JSON.stringify(header.address)},"attributes":[${resourceAttributesJson(resource)}],` +
      `"deposed":${header.deposed === null ? 'null' : JSON.stringify(header.deposed)},"importing":${header.importing},` +
      `"previous_address":${header.previousAddress === null ? 'null' : JSON.stringify(header.previousAddress)},` +
      `"replace_order":${header.replaceOrder === null ? 'null' : `"${header.replaceOrder}"`}}`,
  );
}

function outputJson(output: OutputEntry): string {
  const attributes = output.attributes.map(({ path, before, after }) =>
    attributeJson(path, leafKind(before), before?.raw, leafKind(after), after?.raw),
  );
  return `{"action":"${output.action}","attributes":[${attributes.join(',')}],"name":${JSON.stringify(output.name)}}`;
}

/**
 * Hash order: by address, then deposed key (compared as the two joined, as the canonical form
 * defines it). Plans list resources by address already, so this is usually one pass.
 */
function byHashOrder({ header: a }: HashedResource, { header: b }: HashedResource): number {
  const left = a.deposed === null ? a.address : a.address + a.deposed;
  const right = b.deposed === null ? b.address : b.address + b.deposed;
  return left < right ? -1 : left > right ? 1 : 0;
}

export function planHash(resources: readonly HashedResource[], outputs: readonly OutputEntry[]): string {
  const writer = new HashWriter();
  writer.write(`{"format":${JSON.stringify(HASH_FORMAT)},"outputs":[${outputs.map(outputJson).join(',')}],"resources":[`);
  const inHashOrder = [...resources].sort(byHashOrder);
  for (let index = 0; index < inHashOrder.length; index++) writeResource(writer, inHashOrder[index]!, index === 0);
  writer.write(']}');
  return writer.digest();
}

/** One hash over several roots in order; a root that could not be planned is hashed as pending. */
export function combinedHash(rootHashes: readonly (string | null)[]): string {
  return sha256(canonicalJson({ format: HASH_FORMAT, roots: rootHashes.map((hash) => hash ?? 'pending') }));
}
