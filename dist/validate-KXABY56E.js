import { createRequire as __qgCreateRequire } from 'node:module'; const require = __qgCreateRequire(import.meta.url);
import {
  reportToJson,
  validateCommand,
  validateLocal
} from "./chunk-44KNBTVK.js";
import "./chunk-E2XWTSB3.js";
import "./chunk-KRETPF2Y.js";
export {
  reportToJson,
  validateCommand,
  validateLocal
};
