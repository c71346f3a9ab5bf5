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
} from "./chunk-SRLZAEJN.js";
import "./chunk-AZGOMFFZ.js";
import "./chunk-LCZ55RCL.js";
import "./chunk-UQTRL474.js";
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
