import { createRequire as __qgCreateRequire } from 'node:module'; const require = __qgCreateRequire(import.meta.url);
import {
  reportToJson,
  validateCommand,
  validateLocal
} from "./chunk-5C5LHE4Y.js";
import "./chunk-DF4LWKFG.js";
import "./chunk-KRETPF2Y.js";
export {
  reportToJson,
  validateCommand,
  validateLocal
};
