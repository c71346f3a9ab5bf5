// Loads a YAML config with positions, turning every way a file can be unusable
// (missing, empty, binary, not UTF-8, too large, duplicate keys, alias bombs,
// a root that is not a mapping, several documents) into one clear finding.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { DocPath, Finding, LoadedDocument, Position } from './types.js';

/** QHub configs are a few kilobytes; anything over this is not a config. */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/** Far above what a real config uses, far below what an alias bomb needs. */
const MAX_ALIAS_COUNT = 1000;

export type LoadResult = { document: LoadedDocument; findings: Finding[] } | { document: null; findings: Finding[] };

function loadFinding(rule: string, message: string, position: Position | null, path = ''): Finding {
  return {
    rule: `load/${rule}`,
    severity: 'error',
    message,
    path,
    line: position?.line ?? null,
    column: position?.column ?? null,
  };
}

/** Byte offset of the first byte that is not part of a valid UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let extra: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      extra = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      extra = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      extra = 3;
      min = 0x10000;
    } else return i;
    let codePoint = b & (0xff >> (extra + 2));
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (c & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return i;
    i += extra + 1;
  }
  return -1;
}

/** 1-based line/column of a byte offset, counting columns in characters. */
function positionOfByte(bytes: Uint8Array, offset: number): Position {
  const before = Buffer.from(bytes.subarray(0, offset)).toString('utf8');
  const lines = before.split('\n');
  return { line: lines.length, column: [...lines[lines.length - 1]!].length + 1 };
}

/** Strips the position suffix and code excerpt that the yaml package appends to messages. */
function plainYamlMessage(message: string): string {
  return message.replace(/ at line \d+, column \d+:[\s\S]*$/, '').trim();
}

function describeYamlError(code: string, message: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'duplicate key: a mapping names the same key twice, and QHub would reject the file. Remove or rename one of them';
    case 'MULTIPLE_DOCS':
      return 'the file holds several YAML documents (`---`); a QHub config is exactly one mapping';
    default:
      return `invalid YAML: ${plainYamlMessage(message)}`;
  }
}

/** Loads and checks a config from bytes; never throws. */
export function loadYaml(bytes: Uint8Array | string, file: string): LoadResult {
  const raw = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  if (raw.length > MAX_CONFIG_BYTES) {
    return fail(loadFinding('too-large', `the file is ${raw.length} bytes, over the 1 MiB limit for a config; is this the right file?`, null));
  }
  const nul = raw.indexOf(0);
  if (nul !== -1) {
    return fail(loadFinding('binary', 'the file contains NUL bytes: it is binary, not a YAML config', positionOfByte(raw, nul)));
  }
  const invalid = firstInvalidUtf8(raw);
  if (invalid !== -1) {
    return fail(
      loadFinding('encoding', 'the file is not valid UTF-8; save it as UTF-8 (YAML requires Unicode)', positionOfByte(raw, invalid)),
    );
  }
  let text = Buffer.from(raw).toString('utf8');
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (text.trim() === '' || /^(\s*#[^\n]*\n?)*\s*$/.test(text)) {
    return fail(loadFinding('empty', 'the file is empty: a QHub config is a YAML mapping (at least `project_name`)', { line: 1, column: 1 }));
  }

  const lineCounter = new LineCounter();
  let document: Document.Parsed;
  try {
    // merge: `<<: *anchor` keys, which QHub's YAML loader (ruamel, YAML 1.1) applies too.
    // timestamp: QHub's loader (ruamel) reads an unquoted 2024-01-01 as a date, not a string.
    // logLevel: the yaml package's warnings would otherwise go to stderr, into the action's log.
    document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, merge: true, customTags: ['timestamp'], logLevel: 'error' });
  } catch (error) {
    return fail(loadFinding('syntax', `invalid YAML: ${(error as Error).message}`, null));
  }
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (document.errors.length > 0) {
    return {
      document: null,
      findings: document.errors.map((error) =>
        loadFinding(error.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'syntax', describeYamlError(error.code, error.message), at(error.pos[0])),
      ),
    };
  }

  const recursive = recursiveAlias(document);
  if (recursive) {
    return fail(
      loadFinding('recursive-alias', `the alias \`*${recursive.source}\` refers to the node that contains it, so the config would be infinitely deep; use a plain value instead`, at(recursive.range?.[0] ?? 0)),
    );
  }

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = (error as Error).message;
    if (/excessive alias count/i.test(message)) {
      return fail(
        loadFinding('alias-bomb', `YAML aliases expand to too many nodes (over ${MAX_ALIAS_COUNT}); this looks like an alias expansion bomb`, null),
      );
    }
    return fail(loadFinding('syntax', `invalid YAML: ${plainYamlMessage(message)}`, null));
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data) || !isMap(document.contents)) {
    const kind = data === null ? 'empty' : Array.isArray(data) ? 'a list' : `a ${typeof data}`;
    const start = document.contents?.range?.[0] ?? 0;
    return fail(loadFinding('not-a-mapping', `the top level of the file is ${kind}, but a QHub config must be a mapping of keys such as \`project_name\` and \`provider\``, at(start)));
  }

  const root = document.contents as Node;
  const resolve = (path: DocPath) => resolveNode(document, root, path);
  return {
    document: {
      file,
      data,
      fileFor: () => file,
      keyPosition: (path) => {
        const found = resolve(path);
        if (!found) return null;
        return at(found.key?.range?.[0] ?? found.node.range?.[0] ?? 0);
      },
      valuePosition: (path) => {
        const found = resolve(path);
        if (!found) return null;
        return at(found.node.range?.[0] ?? found.key?.range?.[0] ?? 0);
      },
    },
    findings: [],
  };
}

/** An alias inside the very node it points at (`a: &a [*a]`), which no config can mean. */
function recursiveAlias(document: Document.Parsed): { source: string; range?: [number, number, number] | null } | null {
  let found: { source: string; range?: [number, number, number] | null } | null = null;
  visit(document, {
    Alias(_key, alias) {
      const target = alias.resolve(document) as Node | undefined;
      const start = alias.range?.[0];
      if (target?.range && start !== undefined && start >= target.range[0] && start < target.range[2]) {
        found = alias;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

interface Resolved {
  node: Node;
  key?: Node;
}

function fail(finding: Finding): LoadResult {
  return { document: null, findings: [finding] };
}


/** Walks the YAML AST along a path of mapping keys and list indexes, following aliases. */
function resolveNode(document: Document.Parsed, root: Node, path: DocPath): Resolved | null {
  let current: Resolved = { node: root };
  for (const segment of path) {
    const node = isAlias(current.node) ? (current.node.resolve(document) as Node | undefined) : current.node;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return null;
      const key = pair.key as Node;
      current = { node: (pair.value as Node | null) ?? key, key };
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) return null;
      current = { node: item };
    } else {
      return null;
    }
  }
  return current;
}

/**
 * Position of the key at `path`, or of the nearest ancestor that exists
 * (a missing key is reported at the mapping that should hold it).
 */
export function locate(document: LoadedDocument, path: DocPath): Position | null {
  for (let length = path.length; length >= 0; length--) {
    const position = document.keyPosition(path.slice(0, length));
    if (position) return position;
  }
  return null;
}
