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
} from "./chunk-FI6V4YNZ.js";
import "./chunk-AXLB2HKF.js";
import "./chunk-UTHG63VE.js";
import "./chunk-6KNOSW3Y.js";
import "./chunk-N6XOFPL5.js";
import "./chunk-HWSSG3PQ.js";
import "./chunk-6SESNV3M.js";
import "./chunk-MHQQPLRE.js";
import "./chunk-NMWFUMTG.js";
import "./chunk-6KETGI7Z.js";
import "./chunk-T47LOJ3L.js";
import "./chunk-WEHHNOLE.js";
import "./chunk-J65NSZO2.js";
import "./chunk-3A7T3MXJ.js";
import "./chunk-IM7CCCQK.js";
import "./chunk-KMD5P3L4.js";
import "./chunk-UQJQ7YNX.js";
export {
  render,
  runCli,
  sourceReader
};
