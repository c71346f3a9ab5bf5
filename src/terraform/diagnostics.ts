// Engine errors and warnings as data, from either of the two forms the engines print:
// the human form (`Error: <summary>` blocks, boxed with │ when colour is on) and `-json` UI lines.

export interface Diagnostic {
  severity: 'error' | 'warning';
  summary: string;
  detail: string;
  /** `main.tf:12` when the engine pointed at a place in the configuration. */
  location: string | null;
}

const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
const BOX_PREFIX = /^[│╷╵]\s?/;

function fromJsonLine(line: string): Diagnostic | null {
  let message: unknown;
  try {
    message = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof message !== 'object' || message === null) return null;
  const diagnostic = (message as { type?: string; diagnostic?: Record<string, unknown> }).diagnostic;
  if ((message as { type?: string }).type !== 'diagnostic' || !diagnostic) return null;
  const range = diagnostic.range as { filename?: string; start?: { line?: number } } | undefined;
  return {
    severity: diagnostic.severity === 'warning' ? 'warning' : 'error',
    summary: String(diagnostic.summary ?? ''),
    detail: String(diagnostic.detail ?? '').trim(),
    location: range?.filename ? `${range.filename}${range.start?.line ? `:${range.start.line}` : ''}` : null,
  };
}

const HEADLINE = /^(Error|Warning): (.*)$/;
const LOCATION = /^\s*on (\S+) line (\d+)/;
// Source excerpt lines the engine prints under `on FILE line N`: `  12:   code`.
const SNIPPET = /^\s*\d+:\s/;

/** Parses engine stderr (and -json stdout) into diagnostics; unknown text becomes one error. */
export function parseDiagnostics(output: string): Diagnostic[] {
  const lines = output.replace(ANSI, '').split(/\r?\n/);
  const diagnostics: Diagnostic[] = [];
  let current: (Diagnostic & { body: string[] }) | null = null;
  const finish = () => {
    if (!current) return;
    current.detail = current.body.join('\n').replace(/^\n+|\n+$/g, '').replace(/\n{3,}/g, '\n\n');
    const { body: _body, ...diagnostic } = current;
    diagnostics.push(diagnostic);
    current = null;
  };
  for (const rawLine of lines) {
    if (rawLine.startsWith('{')) {
      const parsed = fromJsonLine(rawLine);
      if (parsed) {
        finish();
        diagnostics.push(parsed);
        continue;
      }
    }
    const boxEdge = /^[╷╵]/.test(rawLine);
    const line = rawLine.replace(BOX_PREFIX, '');
    const headline = HEADLINE.exec(line);
    if (headline) {
      finish();
      current = { severity: headline[1] === 'Warning' ? 'warning' : 'error', summary: headline[2]!.trim(), detail: '', location: null, body: [] };
      continue;
    }
    if (!current) continue;
    if (boxEdge) {
      finish();
      continue;
    }
    const location = LOCATION.exec(line);
    if (location && current.location === null && current.body.every((text) => text.trim() === '')) {
      current.location = `${location[1]}:${location[2]}`;
      continue;
    }
    if (current.location !== null && SNIPPET.test(line) && current.body.every((text) => text.trim() === '' || SNIPPET.test(text))) {
      continue;
    }
    current.body.push(line);
  }
  finish();
  return diagnostics;
}

/**
 * The errors a failed command reported: from stderr (human form), else stdout (`-json` form),
 * else one error holding the end of the output so nothing is lost.
 */
export function errorsFrom(stderr: string, stdout: string, fallbackSummary: string): Diagnostic[] {
  for (const output of [stderr, stdout]) {
    const errors = parseDiagnostics(output).filter((diagnostic) => diagnostic.severity === 'error');
    if (errors.length > 0) return errors;
  }
  const text = `${stderr}\n${stdout}`.replace(ANSI, '').trim();
  const tail = text.length > 4000 ? `…${text.slice(-4000)}` : text;
  return [{ severity: 'error', summary: fallbackSummary, detail: tail, location: null }];
}

export function formatDiagnostic(diagnostic: Diagnostic): string {
  const where = diagnostic.location ? ` (${diagnostic.location})` : '';
  const head = `${diagnostic.severity === 'warning' ? 'Warning' : 'Error'}: ${diagnostic.summary}${where}`;
  return diagnostic.detail ? `${head}\n${diagnostic.detail}` : head;
}

export interface StateLock {
  id: string;
  path: string | null;
  operation: string | null;
  who: string | null;
  created: string | null;
  /** What to run, in the root, once the holder is known to be gone. */
  unlockCommand: string;
}

function lockField(text: string, name: string): string | null {
  const match = new RegExp(`^\\s*${name}:[ \\t]*(.*)$`, 'm').exec(text);
  const value = match?.[1]?.trim();
  return value ? value : null;
}

/** The lock held on the state when `output` is the engine's "Error acquiring the state lock". */
export function parseStateLock(output: string, engineCommand = 'tofu'): StateLock | null {
  const text = output.replace(ANSI, '').split(/\r?\n/).map((line) => line.replace(BOX_PREFIX, '')).join('\n');
  const diagnostics = parseDiagnostics(text);
  const lockError = diagnostics.find((diagnostic) => /state lock/i.test(diagnostic.summary));
  const source = lockError ? lockError.detail : /Lock Info:/.test(text) ? text : null;
  if (source === null) return null;
  const id = lockField(source, 'ID');
  if (!id) return null;
  return {
    id,
    path: lockField(source, 'Path'),
    operation: lockField(source, 'Operation'),
    who: lockField(source, 'Who'),
    created: lockField(source, 'Created'),
    unlockCommand: `${engineCommand} force-unlock -force ${id}`,
  };
}

/** What `init` could not download, recognised in its errors: providers (registry), modules (GitHub), or neither. */
export type DownloadFailure = 'providers' | 'modules' | null;

const PROVIDER_DOWNLOAD_FAILURE = /Failed to (query available provider packages|resolve provider packages|install provider)|could not connect to registry/i;
const MODULE_DOWNLOAD_FAILURE = /Failed to download module|error downloading 'https:\/\/github\.com/i;

export function downloadFailureOf(diagnostics: readonly Diagnostic[]): DownloadFailure {
  const text = diagnostics.map((diagnostic) => `${diagnostic.summary}\n${diagnostic.detail}`).join('\n');
  if (PROVIDER_DOWNLOAD_FAILURE.test(text)) return 'providers';
  if (MODULE_DOWNLOAD_FAILURE.test(text)) return 'modules';
  return null;
}
