// Injected into every bundle (scripts/build.mjs): the URL of the bundle file, standing in for
// import.meta.url, which CommonJS output does not have.
export const bundleUrl = require('node:url').pathToFileURL(__filename).href;
