// The comment marker protocol: the hidden first line that names what a comment is about, and
// which marked comments are ours. The sticky comment, the apply gate and the action all read it here.
import { compareText } from '../config/order.js';

export type CommentKind = 'plan' | 'validate' | 'apply' | 'destroy';

export interface MarkerFields {
  deployment: string | null;
  config: string | null;
  planHash: string | null;
  kind: CommentKind;
  [extra: string]: unknown;
}

export interface MarkerData extends MarkerFields {
  v: 1;
}

const MARKER_PREFIX = '<!-- qhub-gitops ';
const MARKER_SUFFIX = ' -->';

/** The hidden first line. `<`, `>` and `&` are JSON-escaped so no value can end the HTML comment. */
export function renderMarker(data: MarkerData): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
  return `${MARKER_PREFIX}${json}${MARKER_SUFFIX}`;
}

/** The marker of a comment body we wrote, or null when the body has none (or a foreign one). */
export function parseMarker(body: string): MarkerData | null {
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  if (!firstLine.startsWith(MARKER_PREFIX) || !firstLine.endsWith(MARKER_SUFFIX)) return null;
  try {
    const data = JSON.parse(firstLine.slice(MARKER_PREFIX.length, -MARKER_SUFFIX.length)) as unknown;
    if (typeof data !== 'object' || data === null || (data as MarkerData).v !== 1) return null;
    const marker = data as MarkerData;
    if (!['plan', 'validate', 'apply', 'destroy'].includes(marker.kind)) return null;
    return marker;
  } catch {
    return null;
  }
}

/** A GraphQL viewer login is bare (`github-actions`); REST authors of apps end in `[bot]`. */
export function isSameIdentity(commentAuthor: string, viewer: string): boolean {
  return commentAuthor === viewer || commentAuthor === `${viewer}[bot]`;
}

/** Sort order of our marked comments, oldest first: the oldest is the one kept, later twins are races. */
export function oldestFirst(a: { createdAt: string; id: number }, b: { createdAt: string; id: number }): number {
  return compareText(a.createdAt, b.createdAt) || a.id - b.id;
}
