import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSelected, type Selection } from '../../../src/terraform/json-sections.js';

/** What parseSelected must return: JSON.parse's value cut down to the selection. */
function project(value: unknown, selection: Selection): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const kept: Record<string, unknown> = {};
  for (const [key, wanted] of Object.entries(selection)) {
    if (!Object.hasOwn(value, key)) continue;
    const child = (value as Record<string, unknown>)[key];
    kept[key] = wanted === true ? child : project(child, wanted);
  }
  return kept;
}

const selection: Selection = { a: true, 'q"uote': true, nested: { keep: true, deeper: { x: true } } };

describe('parseSelected', () => {
  it('keeps the selected keys, goes into nested selections and skips the rest unbuilt', () => {
    const text = JSON.stringify({
      skipped: { big: [1, { a: '}{][' }], s: 'with "quotes" and \\backslashes\\' },
      a: [1, 2],
      nested: { keep: { k: 'v' }, drop: 'x', deeper: { x: null, y: 2 } },
      'q"uote': 'escaped key',
      tail: '\\',
    });
    expect(parseSelected(text, selection)).toEqual({ a: [1, 2], nested: { keep: { k: 'v' }, deeper: { x: null } }, 'q"uote': 'escaped key' });
  });

  it('takes a value whole when the selection goes into something that is not an object, and the last of duplicate keys', () => {
    expect(parseSelected('{"nested": [1, 2], "a": 1, "a": 2}', selection)).toEqual({ nested: [1, 2], a: 2 });
    expect(parseSelected(' \n{ "nested" : null }\n ', selection)).toEqual({ nested: null });
  });

  it('parses anything but an object whole, and fails on invalid text exactly as JSON.parse does', () => {
    expect(parseSelected('[1, {"a": 2}]', selection)).toEqual([1, { a: 2 }]);
    expect(parseSelected('"text"', selection)).toBe('text');
    for (const invalid of ['{"a": [1, 2}', '{"a": 1', '{"skipped": "unterminated}', '{"a": 1} trailing', '{"a": tru}', '']) {
      expect(() => parseSelected(invalid, selection), invalid).toThrow(SyntaxError);
      expect(() => parseSelected(invalid, selection)).toThrow(((): string => {
        try {
          JSON.parse(invalid);
        } catch (error) {
          return (error as Error).message;
        }
        return 'JSON.parse accepted it';
      })());
    }
  });

  it('equals JSON.parse cut down to the selection, for any JSON object in any layout', () => {
    const keys = fc.constantFrom('a', 'nested', 'keep', 'deeper', 'x', 'q"uote', 'other', '\\');
    const value = fc.letrec((tie) => ({
      json: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 1 }),
        fc.string({ unit: fc.constantFrom('a', '"', '\\', '{', '}', '[', ']', ',', ':', ' ', '\n', 'é') }),
        fc.array(tie('json'), { maxLength: 3 }),
        fc.dictionary(keys, tie('json'), { maxKeys: 4 }),
      ),
    })).json;
    fc.assert(
      fc.property(fc.dictionary(keys, value, { maxKeys: 5 }), fc.constantFrom(undefined, 0, 1, 2, '\t'), (object, indent) => {
        const text = JSON.stringify(object, null, indent);
        expect(parseSelected(text, selection)).toStrictEqual(project(JSON.parse(text), selection));
      }),
      { numRuns: 1000 },
    );
  });
});
