#!/usr/bin/env node
import { createRequire as __qgCreateRequire } from 'node:module'; const require = __qgCreateRequire(import.meta.url);
import {
  UsageError,
  UserFacingError
} from "./chunk-KRETPF2Y.js";

// src/cli.ts
import { pathToFileURL } from "node:url";
import { realpathSync, writeSync } from "node:fs";

// src/commands/registry.ts
var commands = [
  { name: "validate", load: async () => (await import("./validate-KXABY56E.js")).validateCommand },
  { name: "new-deployment", load: async () => (await import("./new-deployment-BQQZ3R24.js")).newDeploymentCommand },
  { name: "summarize", load: async () => (await import("./summarize-EFDWNH5V.js")).summarizeCommand },
  { name: "plan", load: async () => (await import("./plan-2TWSD5US.js")).planCommand },
  { name: "apply", load: async () => (await import("./apply-C5LALL3Q.js")).applyCommand },
  { name: "destroy", load: async () => (await import("./destroy-AJFJM2B7.js")).destroyCommand }
];

// src/cli.ts
async function overview() {
  const loaded = await Promise.all(commands.map((entry) => entry.load()));
  const width = Math.max(...loaded.map((command) => command.name.length));
  return [
    "usage: qhub-gitops <command> [options]",
    "",
    "commands:",
    ...loaded.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    "",
    "Run 'qhub-gitops <command> --help' for a command's options."
  ].join("\n");
}
async function runCli(argv, io) {
  const [name, ...rest] = argv;
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
    if (error instanceof UsageError) {
      io.stderr(`qhub-gitops ${command.name}: ${error.message}

${command.usage}
`);
      return 2;
    }
    if (error instanceof UserFacingError) {
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
    return import.meta.url === pathToFileURL(realpathSync(entry)).href;
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
    while (written < bytes.length) written += writeSync(fd, bytes, written);
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
if (isEntryPoint()) {
  const io = {
    stdout: (text) => writeOutput(1, text),
    stderr: (text) => writeOutput(2, text),
    cwd: process.cwd(),
    env: process.env
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
export {
  runCli
};
