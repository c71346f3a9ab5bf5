// The deliberate, explained disagreements with QHub's/Nebari's own validators live in
// docs/differential.md, in the table whose header starts `| version | case | direction |`.
// `case` is a glob over case ids (`*` matches anything); `version` is an exact version or `*`.
import { readFile } from 'node:fs/promises';

export type Direction = 'ours-only-invalid' | 'theirs-only-invalid';

export interface DocumentedDisagreement {
  version: string;
  casePattern: string;
  direction: Direction;
  reason: string;
  matcher: RegExp;
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

function cell(text: string): string {
  return text.trim().replace(/^`(.*)`$/, '$1');
}

export function parseDocumented(markdown: string): DocumentedDisagreement[] {
  const lines = markdown.split('\n');
  const header = lines.findIndex((line) => /^\|\s*version\s*\|\s*case\s*\|\s*direction\s*\|/.test(line));
  if (header === -1) throw new Error('docs/differential.md has no `| version | case | direction | reason |` table');
  const rows: DocumentedDisagreement[] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line.split(/(?<!\\)\|/).slice(1, -1).map(cell);
    const [version, casePattern, direction, reason] = cells;
    if (!version || !casePattern || (direction !== 'ours-only-invalid' && direction !== 'theirs-only-invalid')) {
      throw new Error(`docs/differential.md: malformed row: ${line}`);
    }
    rows.push({ version, casePattern, direction, reason: reason ?? '', matcher: globToRegExp(casePattern.replace(/\\\|/g, '|')) });
  }
  return rows;
}

export async function loadDocumented(file: string): Promise<DocumentedDisagreement[]> {
  return parseDocumented(await readFile(file, 'utf8'));
}

export function findDocumented(
  rows: DocumentedDisagreement[],
  version: string,
  caseId: string,
  direction: Direction,
): DocumentedDisagreement | undefined {
  return rows.find((row) => (row.version === '*' || row.version === version) && row.direction === direction && row.matcher.test(caseId));
}
