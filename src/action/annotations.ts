// Findings as workflow annotations. GitHub shows at most 10 annotations per
// severity per step, so the most severe go first and one notice counts the rest.
import * as core from '@actions/core';
import { posix } from 'node:path';
import type { Finding, Severity } from '../config/types.js';
import type { ConfigChange } from '../config/changes.js';
import { configChangeNote, type ConfigLinks, type LinkedResource } from '../report/config-links.js';

export const ANNOTATIONS_PER_SEVERITY = 10;

const order: Severity[] = ['error', 'warning', 'notice'];

export interface Annotation {
  severity: Severity;
  message: string;
  /** Relative to the repository root, with forward slashes. */
  file?: string;
  startLine?: number;
  startColumn?: number;
}

/**
 * `directory` is the config's directory relative to the repository root
 * (working-directory), `configFile` the config path relative to it. `notes` are shown
 * first as plain notices and take notice slots of their own.
 */
export function selectAnnotations(findings: readonly Finding[], directory: string, configFile: string, notes: readonly string[] = []): Annotation[] {
  const limit = (severity: Severity) => (severity === 'notice' ? Math.max(0, ANNOTATIONS_PER_SEVERITY - notes.length) : ANNOTATIONS_PER_SEVERITY);
  const sorted = [...findings].sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity));
  const shown: Annotation[] = [];
  const perSeverity = new Map<Severity, number>();
  let hidden = 0;
  for (const finding of sorted) {
    const count = perSeverity.get(finding.severity) ?? 0;
    if (count >= limit(finding.severity)) {
      hidden++;
      continue;
    }
    perSeverity.set(finding.severity, count + 1);
    shown.push(toAnnotation(finding, directory, configFile));
  }
  if (hidden > 0) {
    // The counting notice needs a notice slot of its own.
    const lastNotice = shown.findLastIndex((annotation) => annotation.severity === 'notice');
    if ((perSeverity.get('notice') ?? 0) >= limit('notice') && lastNotice >= 0) {
      shown.splice(lastNotice, 1);
      hidden++;
    }
    shown.push({
      severity: 'notice',
      message: `${hidden} more finding${hidden === 1 ? '' : 's'} not shown as annotations; see the job summary or the pull request comment.`,
    });
  }
  return [...notes.map((message) => ({ severity: 'notice' as const, message })), ...shown];
}

function toAnnotation(finding: Finding, directory: string, configFile: string): Annotation {
  const file = posix.normalize(posix.join(directory || '.', (finding.file ?? configFile).replaceAll('\\', '/')));
  return {
    severity: finding.severity,
    // The rule goes in the message, not a title: runners print `file=` first that way.
    message: `[${finding.rule}] ${finding.path ? `${finding.path}: ` : ''}${finding.message}`,
    file,
    ...(finding.line !== null ? { startLine: finding.line } : {}),
    ...(finding.column !== null ? { startColumn: finding.column } : {}),
  };
}

/**
 * One notice per config change, at its line in the PR's diff: the resources it changes in the
 * plan, or that none carries it. Secret changes are not linked (their values are never compared).
 */
export function configChangeFindings(links: ConfigLinks): Finding[] {
  const notice = (path: string, change: ConfigChange, linked: readonly LinkedResource[]): Finding => ({
    rule: 'plan/config-change',
    severity: 'notice',
    message: configChangeNote(linked),
    path,
    line: change.line,
    column: change.column,
    file: change.file,
  });
  const subtrees = new Set<string>();
  return links.changes.flatMap((change, index) => {
    if (change.secret) return [];
    if (change.subtree === null) return [notice(change.path, change, links.resources[index]!)];
    // An added or removed subtree (a new environment file) gets one notice, at its first leaf.
    if (subtrees.has(change.subtree)) return [];
    subtrees.add(change.subtree);
    const linked = links.changes.flatMap((other, at) => (other.subtree === change.subtree ? links.resources[at]! : []));
    return [notice(change.subtree, change, [...new Map(linked.map((resource) => [`${resource.root} ${resource.address}`, resource])).values()])];
  });
}

export function emitAnnotations(annotations: readonly Annotation[]): void {
  const emit = { error: core.error, warning: core.warning, notice: core.notice };
  for (const annotation of annotations) {
    const { severity, message, ...properties } = annotation;
    emit[severity](message, properties);
  }
}
