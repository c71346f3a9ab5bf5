import { createRequire as __qgCreateRequire } from 'node:module'; const require = __qgCreateRequire(import.meta.url);
import {
  reportToJson,
  validateCommand,
  validateLocal
} from "./chunk-LCZ55RCL.js";
import "./chunk-UQTRL474.js";
import "./chunk-KRETPF2Y.js";
export {
  reportToJson,
  validateCommand,
  validateLocal
};
