#!/usr/bin/env node
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/cli/main.ts
var main_exports = {};
__export(main_exports, {
  runCli: () => runCli
});
module.exports = __toCommonJS(main_exports);

// scripts/bundle-url.js
var bundleUrl = require("node:url").pathToFileURL(__filename).href;

// src/cli/main.ts
var import_node_url = require("node:url");
var import_node_fs = require("node:fs");

// src/cli/registry.ts
var commands = [
  { name: "validate", load: async () => (await Promise.resolve().then(() => __toESM(require("./cli-validate.js"), 1))).validateCommand },
  { name: "new-deployment", load: async () => (await Promise.resolve().then(() => __toESM(require("./cli-new-deployment.js"), 1))).newDeploymentCommand },
  { name: "summarize", load: async () => (await Promise.resolve().then(() => __toESM(require("./cli-summarize.js"), 1))).summarizeCommand },
  { name: "plan", load: async () => (await Promise.resolve().then(() => __toESM(require("./cli-plan.js"), 1))).planCommand },
  { name: "apply", load: async () => (await Promise.resolve().then(() => __toESM(require("./cli-apply.js"), 1))).applyCommand },
  { name: "destroy", load: async () => (await Promise.resolve().then(() => __toESM(require("./cli-destroy.js"), 1))).destroyCommand }
];

// src/cli/main.ts
var import_types = require("./cli-types.js");
async function overview() {
  const loaded = await Promise.all(commands.map((entry) => entry.load()));
  const width = Math.max(...loaded.map((command) => command.name.length));
  return [
    "usage: qhub-gitops <command> [options]",
    "",
    "commands:",
    ...loaded.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    "",
    "Run 'qhub-gitops <command> --help' for a command's options. plan, apply and destroy print a",
    "progress line on stderr as each subprocess starts; --quiet leaves stderr to errors."
  ].join("\n");
}
var QUIET = "--quiet";
async function runCli(argv, given) {
  const quiet = argv.includes(QUIET);
  const [name, ...rest] = argv.filter((arg) => arg !== QUIET);
  const { progress: _progress, ...silent } = given;
  const io = quiet ? silent : given;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io.stdout(`${await overview()}
`);
    return name === void 0 ? 2 : 0;
  }
  const entry = commands.find((candidate) => candidate.name === name);
  if (!entry) {
    io.stderr(`qhub-gitops: unknown command '${name}'

${await overview()}
`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(`${command.usage}
`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof import_types.UsageError) {
      io.stderr(`qhub-gitops ${command.name}: ${error.message}

${command.usage}
`);
      return 2;
    }
    if (error instanceof import_types.UserFacingError) {
      io.stderr(`qhub-gitops ${command.name}: ${error.message}
`);
      return error.exitCode;
    }
    const detail = io.env.QHUB_GITOPS_DEBUG ? `
${error.stack}` : "";
    io.stderr(`qhub-gitops ${command.name}: internal error: ${error.message}${detail}
`);
    return 2;
  }
}
function isEntryPoint() {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return bundleUrl === (0, import_node_url.pathToFileURL)((0, import_node_fs.realpathSync)(entry)).href;
  } catch {
    return false;
  }
}
var streamed = /* @__PURE__ */ new Set();
function writeOutput(fd, text) {
  const stream = fd === 1 ? process.stdout : process.stderr;
  if (streamed.has(fd)) {
    stream.write(text);
    return;
  }
  const bytes = Buffer.from(text, "utf8");
  let written = 0;
  try {
    while (written < bytes.length) written += (0, import_node_fs.writeSync)(fd, bytes, written);
  } catch (error) {
    const code = error.code;
    if (code !== "EAGAIN" && code !== "EPIPE") throw error;
    if (code === "EAGAIN") {
      streamed.add(fd);
      stream.on("error", (streamError) => {
        if (streamError.code !== "EPIPE") process.exitCode = 2;
      });
      stream.write(bytes.subarray(written));
    }
  }
}
function progressLine(started, line) {
  return `[${((Date.now() - started) / 1e3).toFixed(1)}s] ${line}
`;
}
if (isEntryPoint()) {
  const started = Date.now();
  const io = {
    stdout: (text) => writeOutput(1, text),
    stderr: (text) => writeOutput(2, text),
    cwd: process.cwd(),
    env: process.env,
    progress: (line) => writeOutput(2, progressLine(started, line))
  };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`qhub-gitops: internal error: ${error.message}
`);
      process.exitCode = 2;
    }
  );
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  runCli
});
