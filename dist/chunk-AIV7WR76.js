import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);
import {
  render,
  runCli,
  sourceReader
} from "./chunk-XNT2VEJE.js";
import "./chunk-AXLB2HKF.js";
import "./chunk-FVWDDDCR.js";
import "./chunk-5MDAN6E2.js";
import "./chunk-6KETGI7Z.js";
import "./chunk-FOBXJNOF.js";
import "./chunk-3A7T3MXJ.js";
import "./chunk-CVR6BUHM.js";
import "./chunk-UQJQ7YNX.js";
export {
  render,
  runCli,
  sourceReader
};
