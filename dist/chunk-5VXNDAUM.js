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
} from "./chunk-PVJKLR2C.js";
import "./chunk-AXLB2HKF.js";
import "./chunk-MA2L4SEP.js";
import "./chunk-ID2OFEOQ.js";
import "./chunk-Q3Q7LTTT.js";
import "./chunk-3A7T3MXJ.js";
import "./chunk-KMD5P3L4.js";
import "./chunk-UQJQ7YNX.js";
export {
  render,
  runCli,
  sourceReader
};
