// esbuild options shared by the bench modules that bundle TypeScript sources in-process.

/** Bundled CommonJS dependencies (yaml) call require(): give the ESM bundle one, as scripts/build.mjs does. */
export const ESM_BUNDLE_OPTIONS = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  mainFields: ['module', 'main'],
  banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
  logLevel: 'error',
};
