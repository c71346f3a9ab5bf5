import { createRequire as __qgCreateRequire } from 'node:module'; const require = __qgCreateRequire(import.meta.url);
import {
  destroyCommand,
  destroyRoots,
  destroyTargets,
  readRootState,
  runDestroyAction,
  runnerCluster
} from "./chunk-33W5KWIY.js";
import "./chunk-AXDSXNHG.js";
import "./chunk-GTUE46OA.js";
import "./chunk-44KNBTVK.js";
import "./chunk-E2XWTSB3.js";
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
