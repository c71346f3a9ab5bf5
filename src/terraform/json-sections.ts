// Parses only the parts of a large JSON object that a reader needs. A plan printed by
// `tofu show -json` repeats every resource in planned_values and prior_state, which summarizing
// never reads; finding where those sections end costs a fraction of building them as objects.

/** Which keys of an object to parse: `true` for the whole value, a nested selection for an object's keys. */
export interface Selection {
  readonly [key: string]: true | Selection;
}

/** The text is not the JSON object the scan expects: the caller parses it whole instead. */
class UnexpectedText extends Error {}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

function skipWhitespace(text: string, index: number): number {
  while (index < text.length && isWhitespace(text.charCodeAt(index))) index++;
  return index;
}

/** The index just past the string that starts at `start` (a quote). */
function stringEnd(text: string, start: number): number {
  let quote = start;
  for (;;) {
    quote = text.indexOf('"', quote + 1);
    if (quote === -1) throw new UnexpectedText('unterminated string');
    // A quote ends the string unless an odd number of backslashes escape it.
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
  }
}

/** The index just past the value that starts at `start`, without building it. */
function valueEnd(text: string, start: number): number {
  const first = text.charCodeAt(start);
  if (first === QUOTE) return stringEnd(text, start);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    let index = start;
    while (index < text.length) {
      const code = text.charCodeAt(index);
      if (code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || isWhitespace(code)) break;
      index++;
    }
    if (index === start) throw new UnexpectedText('missing value');
    return index;
  }
  let depth = 0;
  let index = start;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) {
      index = stringEnd(text, index);
      continue;
    }
    if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++;
    else if ((code === CLOSE_BRACE || code === CLOSE_BRACKET) && --depth === 0) return index + 1;
    index++;
  }
  throw new UnexpectedText('unterminated value');
}

/** The object at `start` with only the selected keys, and the index just past it. */
function selectObject(text: string, start: number, selection: Selection): { value: Record<string, unknown>; end: number } {
  if (text.charCodeAt(start) !== OPEN_BRACE) throw new UnexpectedText('expected an object');
  const value: Record<string, unknown> = {};
  let index = skipWhitespace(text, start + 1);
  if (text.charCodeAt(index) === CLOSE_BRACE) return { value, end: index + 1 };
  for (;;) {
    if (text.charCodeAt(index) !== QUOTE) throw new UnexpectedText('expected a key');
    const keyEnd = stringEnd(text, index);
    const key = JSON.parse(text.slice(index, keyEnd)) as string;
    index = skipWhitespace(text, keyEnd);
    if (text.charCodeAt(index) !== COLON) throw new UnexpectedText('expected a colon');
    const valueStart = skipWhitespace(text, index + 1);
    const wanted = Object.hasOwn(selection, key) ? selection[key] : undefined;
    if (wanted !== undefined && wanted !== true && text.charCodeAt(valueStart) === OPEN_BRACE) {
      const nested = selectObject(text, valueStart, wanted);
      value[key] = nested.value;
      index = nested.end;
    } else {
      index = valueEnd(text, valueStart);
      // A selection of keys inside a value that is not an object takes the value whole.
      if (wanted !== undefined) value[key] = JSON.parse(text.slice(valueStart, index));
    }
    index = skipWhitespace(text, index);
    const separator = text.charCodeAt(index);
    if (separator === CLOSE_BRACE) return { value, end: index + 1 };
    if (separator !== COMMA) throw new UnexpectedText('expected a comma');
    index = skipWhitespace(text, index + 1);
  }
}

/**
 * The JSON text parsed with only the selected keys of its top-level object (and of nested objects
 * the selection goes into). Anything else, including text that is not a JSON object or is not
 * valid where it is read, is parsed whole by JSON.parse, which also gives the usual errors.
 * Skipped values are only checked for balanced brackets and strings, never built.
 */
export function parseSelected(text: string, selection: Selection): unknown {
  try {
    const start = skipWhitespace(text, 0);
    const { value, end } = selectObject(text, start, selection);
    if (skipWhitespace(text, end) !== text.length) throw new UnexpectedText('text after the object');
    return value;
  } catch (error) {
    if (error instanceof UnexpectedText || error instanceof SyntaxError) return JSON.parse(text);
    throw error;
  }
}
