import { createRequire as __qgCreateRequire } from 'node:module'; const require = __qgCreateRequire(import.meta.url);
import {
  defaultPluginCacheDir,
  engineForCli,
  planCommand,
  planExitCode,
  planRoots,
  planRunJson,
  planRunOf
} from "./chunk-AZGOMFFZ.js";
import "./chunk-LCZ55RCL.js";
import "./chunk-UQTRL474.js";
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
