// Renders a validation report for people: terminal text, GitHub workflow
// commands (annotations) and Markdown (job summary and the sticky comment).
import type { ValidationReport } from '../config/types.js';
import type { Finding, Severity, VersionInfo } from '../config/types.js';

const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function describeVersion(version: VersionInfo | null): string {
  if (!version) return 'version unknown';
  const product = version.family.startsWith('nebari') ? 'Nebari' : 'QHub';
  const source = { config: 'from the config', option: 'as requested', 'pin-file': 'from .qhub-version' }[version.source];
  return `${product} ${version.value} (${source})`;
}

export function summaryLine(report: ValidationReport): string {
  const counts = countBySeverity(report.findings);
  const verdict = report.valid ? 'valid' : 'invalid';
  return `${report.file}: ${verdict} for ${describeVersion(report.version)}: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')}`;
}

function location(finding: Finding, configFile: string): string {
  const file = finding.file ?? configFile;
  if (finding.line === null) return file;
  return `${file}:${finding.line}:${finding.column ?? 1}`;
}

export function renderFindingsText(report: ValidationReport): string {
  const lines = report.findings.map(
    (finding) => `${location(finding, report.file)}: ${finding.severity} [${finding.rule}] ${finding.message}`,
  );
  return [...lines, summaryLine(report)].join('\n');
}

/** GitHub workflow-command escaping: data and property values differ. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::error file=…,line=…,col=…,title=…::message` lines, as a runner turns them into annotations. */
export function renderFindingsWorkflowCommands(report: ValidationReport, fileForAnnotations = report.file): string {
  return report.findings
    .map((finding) => {
      const properties = [`file=${escapeProperty(finding.file ?? fileForAnnotations)}`];
      if (finding.line !== null) properties.push(`line=${finding.line}`, `col=${finding.column ?? 1}`);
      properties.push(`title=${escapeProperty(finding.rule)}`);
      return `::${finding.severity} ${properties.join(',')}::${escapeData(finding.message)}`;
    })
    .join('\n');
}

function tableCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** The validation section of the job summary and the sticky comment. */
export function renderFindingsMarkdown(report: ValidationReport): string {
  const counts = countBySeverity(report.findings);
  const status = report.valid ? '✅ valid' : '❌ invalid';
  // No heading of its own: the comment and the job summary put it under theirs.
  const header = `**\`${report.file}\`: ${status}** for ${describeVersion(report.version)} · ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')}`;
  if (report.findings.length === 0) return `${header}\n`;
  const rows = report.findings.map(
    (finding) =>
      `| ${ICON[finding.severity]} ${finding.severity} | \`${tableCell(location(finding, report.file))}\` | \`${finding.rule}\` | ${tableCell(finding.message)} |`,
  );
  return [header, '', '| | where | rule | finding |', '|---|---|---|---|', ...rows, ''].join('\n');
}
