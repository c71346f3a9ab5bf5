// The one builder of rule findings: path formatting, position and file of the key at fault.
import { locate } from '../../config/load.js';
import { formatPath, type DocPath, type Finding, type LoadedDocument, type Severity } from '../../config/types.js';

export function ruleFinding(
  document: LoadedDocument,
  rule: string,
  severity: Severity,
  path: DocPath,
  message: string,
): Finding {
  const position = locate(document, path);
  const file = document.fileFor(path);
  return {
    rule,
    severity,
    message,
    path: formatPath(path),
    line: position?.line ?? null,
    column: position?.column ?? null,
    ...(file !== document.file ? { file } : {}),
  };
}
