"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/cli/types.ts
var types_exports = {};
__export(types_exports, {
  UsageError: () => UsageError,
  UserFacingError: () => UserFacingError,
  defineCommand: () => defineCommand
});
module.exports = __toCommonJS(types_exports);

// scripts/bundle-url.js
var bundleUrl = require("node:url").pathToFileURL(__filename).href;

// src/cli/types.ts
var import_node_util = require("node:util");
var UsageError = class extends Error {
  name = "UsageError";
};
var UserFacingError = class extends Error {
  constructor(message, exitCode = 2) {
    super(message);
    this.exitCode = exitCode;
  }
  exitCode;
  name = "UserFacingError";
};
function parseCommandLine(config) {
  try {
    return (0, import_node_util.parseArgs)(config);
  } catch (error) {
    throw new UsageError(error.message);
  }
}
function defineCommand(spec) {
  return {
    name: spec.name,
    summary: spec.summary,
    usage: spec.usage,
    run: async (argv, io) => spec.run(parseCommandLine({ args: argv, options: spec.options, allowPositionals: spec.positionals ?? false }), io)
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  UsageError,
  UserFacingError,
  defineCommand
});
