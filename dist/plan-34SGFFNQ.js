import { createRequire as __qgCreateRequire } from 'node:module'; const require = __qgCreateRequire(import.meta.url);
import {
  defaultPluginCacheDir,
  engineForCli,
  planCommand,
  planExitCode,
  planRoots,
  planRunJson,
  planRunOf
} from "./chunk-FZ354AIW.js";
import "./chunk-5C5LHE4Y.js";
import "./chunk-DF4LWKFG.js";
import "./chunk-GAM24RVG.js";
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
