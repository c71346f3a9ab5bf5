// The plan hash: what would change, in a canonical form. No timestamps, no refreshed-but-unchanged
// attributes, no runner-local resources, and sensitive values only as "masked" (a published hash
// of a short secret could be brute-forced). Planning twice against the same state gives the same hash.
import { createHash } from 'node:crypto';
import type { OutputEntry, ResourceEntry } from './summary.js';
import { canonicalJson, hashableLeaf, type AttributeChange } from './values.js';

const HASH_FORMAT = 'qhub-gitops-plan-hash/1';

function hashableAttributes(attributes: readonly AttributeChange[]): unknown[] {
  return attributes.map((attribute) => [attribute.path, hashableLeaf(attribute.before), hashableLeaf(attribute.after)]);
}

export function sha256(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

export function planHash(resources: readonly ResourceEntry[], outputs: readonly OutputEntry[]): string {
  const canonical = {
    format: HASH_FORMAT,
    resources: resources
      .map((entry) => ({
        address: entry.address,
        previous_address: entry.previousAddress,
        deposed: entry.deposed,
        action: entry.action,
        replace_order: entry.replaceOrder,
        importing: entry.importing,
        attributes: hashableAttributes(entry.attributes),
      }))
      .sort((a, b) => (a.address + (a.deposed ?? '') < b.address + (b.deposed ?? '') ? -1 : 1)),
    outputs: outputs.map((output) => ({ name: output.name, action: output.action, attributes: hashableAttributes(output.attributes) })),
  };
  return sha256(canonicalJson(canonical));
}

/** One hash over several roots in order; a root that could not be planned is hashed as pending. */
export function combinedHash(rootHashes: readonly (string | null)[]): string {
  return sha256(canonicalJson({ format: HASH_FORMAT, roots: rootHashes.map((hash) => hash ?? 'pending') }));
}
