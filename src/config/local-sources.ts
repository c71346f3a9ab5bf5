// Filesystem edge of validation: finds the config, its `.qhub-version` pin file
// and its environment files on disk and returns them as ValidateInput parts.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { SourceFile } from './types.js';

export const DEFAULT_CONFIG_NAMES = ['qhub-config.yaml', 'nebari-config.yaml'];
export const PIN_FILE_NAME = '.qhub-version';
export const DEFAULT_ENVIRONMENTS_DIR = 'environments';
/** The files of an environments directory that are environments. */
export const ENVIRONMENT_FILE_NAME = /\.ya?ml$/i;

/** The config to validate: the one given, else qhub-config.yaml, else nebari-config.yaml. */
export function resolveConfigPath(given: string | undefined, cwd: string): string {
  if (given) return given;
  return DEFAULT_CONFIG_NAMES.find((name) => existsSync(resolve(cwd, name))) ?? DEFAULT_CONFIG_NAMES[0]!;
}

/** Reads a file as a SourceFile; a missing or unreadable file becomes a reason (without the path). */
export async function readSource(path: string, cwd: string): Promise<{ source: SourceFile } | { missing: string }> {
  try {
    return { source: { bytes: await readFile(resolve(cwd, path)), file: path } };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { missing: `file not found (looked in ${resolve(cwd)})` };
    if (code === 'EISDIR') return { missing: 'is a directory, not a config file' };
    return { missing: `cannot be read (${code ?? (error as Error).message})` };
  }
}

/** The version pinned in `.qhub-version` next to the config, if that file exists. */
export async function readPinnedVersion(configPath: string, cwd: string): Promise<string | undefined> {
  const pinPath = join(dirname(resolve(cwd, configPath)), PIN_FILE_NAME);
  try {
    const text = (await readFile(pinPath, 'utf8')).split('\n').map((line) => line.trim()).find((line) => line && !line.startsWith('#'));
    return text || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The environment files to merge: `*.yaml`/`*.yml` in the given directory, or in
 * `environments/` next to the config when none is given and it exists.
 */
export async function readEnvironmentFiles(configPath: string, cwd: string, directory?: string): Promise<SourceFile[]> {
  const configDir = dirname(resolve(cwd, configPath));
  const dir = directory ? resolve(cwd, directory) : join(configDir, DEFAULT_ENVIRONMENTS_DIR);
  if (!directory && !existsSync(dir)) return [];
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    throw new Error(`environments directory ${directory ?? dir} cannot be read: does it exist?`);
  }
  const files = names.filter((name) => ENVIRONMENT_FILE_NAME.test(name)).sort();
  return Promise.all(
    files.map(async (name) => ({ bytes: await readFile(join(dir, name)), file: relative(cwd, join(dir, name)) || basename(name) })),
  );
}
