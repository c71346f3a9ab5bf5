// Shared Markdown building blocks for every renderer: escaping, code fences, <details>,
// and assembly under a size limit that only ever cuts between whole blocks.

/** Escapes text for Markdown prose (also safe inside inline HTML such as <summary>). */
export function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]#|~!])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

/** Escapes text for inline HTML only (no Markdown is interpreted there). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  let current = 0;
  for (const c of text) {
    current = c === char ? current + 1 : 0;
    if (current > longest) longest = current;
  }
  return longest;
}

/** `code` span that survives backticks in the content. */
export function inlineCode(text: string): string {
  const oneLine = text.replace(/\r?\n/g, ' ');
  const fence = '`'.repeat(longestRun(oneLine, '`') + 1);
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}

/** A fenced block whose fence is longer than any backtick run inside, so content cannot close it. */
export function codeBlock(content: string, language = ''): string {
  const fence = '`'.repeat(Math.max(3, longestRun(content, '`') + 1));
  return `${fence}${language}\n${content.replace(/\n+$/, '')}\n${fence}`;
}

/** A collapsible block; `summaryHtml` is inline HTML (escape text with escapeHtml). */
export function details(summaryHtml: string, body: string, open = false): string {
  return `${detailsOpen(summaryHtml, open)}${body}${DETAILS_CLOSE}`;
}

export function detailsOpen(summaryHtml: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summaryHtml}</summary>\n\n`;
}

export const DETAILS_CLOSE = '\n\n</details>';

/** GitHub's limit for an issue or PR comment body, in characters. */
export const COMMENT_LIMIT_CHARS = 65_536;
/** GitHub's limit for one step's job summary, in UTF-8 bytes. */
export const JOB_SUMMARY_LIMIT_BYTES = 1_048_576;

export type Measure = (text: string) => number;
export const measureChars: Measure = (text) => text.length;
export const measureUtf8Bytes: Measure = (text) => Buffer.byteLength(text, 'utf8');

/**
 * An item's Markdown, or a function that renders it: a large plan's entries are rendered only
 * when they fit (the comment shows a few hundred of 20,000 resources).
 */
export type SectionItem = string | (() => string);

/** A section (e.g. one Terraform root): head and tail always kept together, items cut from the end. */
export interface Section {
  head: string;
  items: readonly SectionItem[];
  tail: string;
  /** The line put where items were left out; receives how many. */
  omitted(count: number): string;
}

export interface Assembly {
  text: string;
  omittedItems: number;
  omittedSections: number;
}

/**
 * Joins `prefix`, sections and `suffix` with blank lines, within `limit` as measured. Items are
 * taken in order and the first one that does not fit stops all later items (so what is shown is
 * always a prefix of the full list: destructive changes come first). Sections whose head does not
 * fit are left out whole. `suffix(omittedItems, omittedSections)` is always included.
 */
export function assembleWithinLimit(
  prefix: string,
  sections: readonly Section[],
  suffix: (omittedItems: number, omittedSections: number) => string,
  limit: number,
  measure: Measure,
): Assembly {
  const separator = '\n\n';
  const sep = measure(separator);
  const totalItems = sections.reduce((sum, section) => sum + section.items.length, 0);
  // Reserve the worst-case suffix and the cut notes so the final text can never overflow.
  const reservedSuffix = measure(suffix(totalItems, sections.length)) + sep;
  let budget = limit - measure(prefix) - reservedSuffix;
  if (budget < 0) throw new Error('the fixed part of the Markdown body is larger than its size limit');

  const keptSections: { section: Section; kept: string[] }[] = [];
  let omittedSections = 0;
  for (const section of sections) {
    const frame = sep + measure(section.head) + measure(section.tail) + sep + measure(section.omitted(section.items.length));
    if (frame <= budget && omittedSections === 0) {
      keptSections.push({ section, kept: [] });
      budget -= frame;
    } else {
      omittedSections += 1;
    }
  }
  let stopped = false;
  for (const entry of keptSections) {
    for (const item of entry.section.items) {
      if (stopped) break;
      const text = typeof item === 'string' ? item : item();
      const cost = measure(text) + sep;
      if (cost > budget) {
        stopped = true;
        break;
      }
      budget -= cost;
      entry.kept.push(text);
    }
  }
  let omittedItems = totalItems;
  const parts = [prefix];
  for (const { section, kept } of keptSections) {
    omittedItems -= kept.length;
    const cut = section.items.length - kept.length;
    const body = cut > 0 ? [...kept, section.omitted(cut)] : kept;
    parts.push(`${section.head}${body.join(separator)}${section.tail}`);
  }
  parts.push(suffix(omittedItems, omittedSections));
  const text = parts.filter((part) => part !== '').join(separator);
  return { text, omittedItems, omittedSections };
}
