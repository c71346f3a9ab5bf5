import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assembleWithinLimit, codeBlock, details, escapeText, inlineCode, measureChars, measureUtf8Bytes, type Section } from '../../../src/report/markdown.js';

describe('escaping and code', () => {
  it('escapes Markdown and HTML in prose', () => {
    expect(escapeText('a *b* <img> [x](y) `c`\nnext')).toBe('a \\*b\\* &lt;img&gt; \\[x\\](y) \\`c\\` next');
  });

  it('makes fences and spans longer than any backtick run inside', () => {
    expect(codeBlock('a\n```\nb', 'text')).toBe('````text\na\n```\nb\n````');
    expect(codeBlock('plain')).toBe('```\nplain\n```');
    expect(inlineCode('a`b')).toBe('``a`b``');
    expect(inlineCode('`x')).toBe('`` `x ``');
  });

  it('wraps a collapsible block', () => {
    expect(details('<b>s</b>', 'body', true)).toBe('<details open><summary><b>s</b></summary>\n\nbody\n\n</details>');
  });
});

function section(name: string, items: string[]): Section {
  return {
    head: `<details><summary>${name}</summary>\n\n`,
    items,
    tail: '\n\n</details>',
    omitted: (count) => `_${count} more not shown_`,
  };
}

describe('assembleWithinLimit', () => {
  it('keeps everything when it fits', () => {
    const result = assembleWithinLimit('# T', [section('a', ['x', 'y'])], () => 'end', 1000, measureChars);
    expect(result).toEqual({ text: '# T\n\n<details><summary>a</summary>\n\nx\n\ny\n\n</details>\n\nend', omittedItems: 0, omittedSections: 0 });
  });

  it('cuts whole items, keeps the section closed and says how many were left out', () => {
    const items = Array.from({ length: 50 }, (_, index) => `item ${index} ${'x'.repeat(40)}`);
    const result = assembleWithinLimit('# T', [section('a', items), section('b', ['last'])], (left) => `left out: ${left}`, 600, measureChars);
    expect(result.text.length).toBeLessThanOrEqual(600);
    expect(result.omittedItems).toBeGreaterThan(0);
    expect(result.text).toContain(`_${result.omittedItems - 1} more not shown_`);
    expect(result.text).toContain('<details><summary>b</summary>');
    expect(result.text.match(/<details>/g)).toHaveLength(2);
    expect(result.text.match(/<\/details>/g)).toHaveLength(2);
    expect(result.text.endsWith(`left out: ${result.omittedItems}`)).toBe(true);
  });

  it('never exceeds the limit, shows a prefix of the items, and is deterministic', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme', maxLength: 80 }), { maxLength: 12 }), { maxLength: 6 }),
        fc.integer({ min: 400, max: 3000 }),
        fc.boolean(),
        (sectionItems, limit, bytes) => {
          const measure = bytes ? measureUtf8Bytes : measureChars;
          const sections = sectionItems.map((items, index) => section(`s${index}`, items.map((item) => `<${index}>${item}`)));
          const build = () => assembleWithinLimit('# Title', sections, (items, dropped) => `omitted ${items}/${dropped}`, limit, measure);
          const result = build();
          expect(measure(result.text)).toBeLessThanOrEqual(limit);
          expect(build()).toEqual(result);
          const shown = sectionItems.flatMap((items, index) => items.map((item) => `<${index}>${item}`)).filter((item) => result.text.includes(item));
          const all = sectionItems.flatMap((items, index) => items.map((item) => `<${index}>${item}`));
          expect(all.length - result.omittedItems).toBeLessThanOrEqual(shown.length);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses a fixed part larger than the limit instead of overflowing', () => {
    expect(() => assembleWithinLimit('x'.repeat(100), [], () => '', 50, measureChars)).toThrow(/larger than its size limit/);
  });
});
