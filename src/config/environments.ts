// Merges environment files (`environments/*.yaml`, the `environments` input, `--environments DIR`)
// into the config's `environments` mapping, keyed by file name, the shape QHub reads; the merged
// document answers positions under `environments.<file name>` from that file, so findings land
// in the file the environment came from.
import { formatPath, type DocPath, type Finding, type LoadedDocument, type Position } from './types.js';

export interface MergedEnvironments {
  config: LoadedDocument;
  /** Environment documents by key (file name). */
  environmentFiles: Map<string, LoadedDocument>;
  findings: Finding[];
}

/** `dir/environment-dask.yaml` -> `environment-dask.yaml` (either separator, no fs access). */
export function environmentKey(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/** Findings point into the config unless `file` names an environment file. */
function mergeFinding(path: DocPath, message: string, position: Position | null, file?: string): Finding {
  return {
    rule: 'load/duplicate-environment',
    severity: 'error',
    message,
    path: formatPath(path),
    line: position?.line ?? null,
    column: position?.column ?? null,
    ...(file !== undefined ? { file } : {}),
  };
}

export function mergeEnvironments(config: LoadedDocument, files: LoadedDocument[]): MergedEnvironments {
  const environmentFiles = new Map<string, LoadedDocument>();
  const findings: Finding[] = [];
  if (files.length === 0) return { config, environmentFiles, findings };

  const root = config.data as Record<string, unknown>;
  const inline = root.environments;
  if (inline !== undefined && inline !== null && (typeof inline !== 'object' || Array.isArray(inline))) {
    findings.push(
      mergeFinding(['environments'], `\`environments\` in ${config.file} is not a mapping, so the environment files cannot be merged into it`, config.keyPosition(['environments'])),
    );
    return { config, environmentFiles, findings };
  }
  const inlineEnvironments = (inline ?? {}) as Record<string, unknown>;

  for (const file of files) {
    const key = environmentKey(file.file);
    const earlier = environmentFiles.get(key);
    if (earlier) {
      findings.push(
        mergeFinding([], `${file.file}: another environment file, ${earlier.file}, has the same name \`${key}\`; QHub keys environments by file name, so one would replace the other`, { line: 1, column: 1 }, file.file),
      );
      continue;
    }
    if (Object.hasOwn(inlineEnvironments, key)) {
      findings.push(
        mergeFinding(
          ['environments', key],
          `environment \`${key}\` is defined both inline in ${config.file} and in the file ${file.file}; keep one of them`,
          config.keyPosition(['environments', key]),
        ),
      );
      continue;
    }
    environmentFiles.set(key, file);
  }

  const environments: Record<string, unknown> = { ...inlineEnvironments };
  for (const [key, file] of environmentFiles) environments[key] = file.data;

  const fileDocumentFor = (path: DocPath): { document: LoadedDocument; inner: DocPath } | undefined => {
    if (path[0] !== 'environments' || path.length < 2) return undefined;
    const document = environmentFiles.get(String(path[1]));
    return document ? { document, inner: path.slice(2) } : undefined;
  };

  return {
    config: {
      file: config.file,
      data: { ...root, environments },
      keyPosition: (path) => {
        const inFile = fileDocumentFor(path);
        return inFile ? inFile.document.keyPosition(inFile.inner) : config.keyPosition(path);
      },
      valuePosition: (path) => {
        const inFile = fileDocumentFor(path);
        return inFile ? inFile.document.valuePosition(inFile.inner) : config.valuePosition(path);
      },
      fileFor: (path) => fileDocumentFor(path)?.document.file ?? config.fileFor(path),
    },
    environmentFiles,
    findings,
  };
}
