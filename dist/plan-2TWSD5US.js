import { createRequire as __qgCreateRequire } from 'node:module'; const require = __qgCreateRequire(import.meta.url);
import {
  defaultPluginCacheDir,
  engineForCli,
  planCommand,
  planExitCode,
  planRoots,
  planRunJson,
  planRunOf
} from "./chunk-PMQ2AZIE.js";
import "./chunk-44KNBTVK.js";
import "./chunk-E2XWTSB3.js";
import "./chunk-TED5GYOY.js";
import "./chunk-KRETPF2Y.js";
export {
  defaultPluginCacheDir,
  engineForCli,
  planCommand,
  planExitCode,
  planRoots,
  planRunJson,
  planRunOf
};
