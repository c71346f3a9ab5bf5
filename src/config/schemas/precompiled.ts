// A fast yes/no validator per family, generated from the schemas at build time
// (ajv standalone code in dist/validators/<family>.cjs, loaded on demand), so the
// bundled CLI and action skip schema compilation at start-up for a valid config.
// The build replaces this module (scripts/build.mjs); from source there is none,
// and the full validator compiles on first use.
import type { VersionFamily } from '../types.js';

export type QuickValidator = (data: unknown) => boolean;

export function loadPrecompiledValidator(family: VersionFamily): QuickValidator | undefined {
  void family;
  return undefined;
}
