import { createRequire as __qgCreateRequire } from 'node:module'; const require = __qgCreateRequire(import.meta.url);
import {
  destroyCommand,
  destroyRoots,
  destroyTargets,
  readRootState,
  runDestroyAction,
  runnerCluster
} from "./chunk-H6RTOUCD.js";
import "./chunk-SRLZAEJN.js";
import "./chunk-AZGOMFFZ.js";
import "./chunk-LCZ55RCL.js";
import "./chunk-UQTRL474.js";
import "./chunk-GAM24RVG.js";
import "./chunk-KRETPF2Y.js";
export {
  destroyCommand,
  destroyRoots,
  destroyTargets,
  readRootState,
  runDestroyAction,
  runnerCluster
};
