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
} from "./chunk-YRYJMN6P.js";
import "./chunk-PMQ2AZIE.js";
import "./chunk-44KNBTVK.js";
import "./chunk-E2XWTSB3.js";
import "./chunk-TED5GYOY.js";
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
