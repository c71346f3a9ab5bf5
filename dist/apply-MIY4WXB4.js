import { createRequire as __qgCreateRequire } from 'node:module'; const require = __qgCreateRequire(import.meta.url);
import {
  applyCommand,
  applyOutcomeText,
  applyPlanned,
  applyRoots,
  bestEffort,
  configSourceOf,
  deploymentOf,
  factsFromFile,
  planQhubConfig,
  readConfigFacts,
  runApplyAction
} from "./chunk-IGH2OVJY.js";
import "./chunk-FZ354AIW.js";
import "./chunk-5C5LHE4Y.js";
import "./chunk-DF4LWKFG.js";
import "./chunk-GAM24RVG.js";
import "./chunk-KRETPF2Y.js";
export {
  applyCommand,
  applyOutcomeText,
  applyPlanned,
  applyRoots,
  bestEffort,
  configSourceOf,
  deploymentOf,
  factsFromFile,
  planQhubConfig,
  readConfigFacts,
  runApplyAction
};
