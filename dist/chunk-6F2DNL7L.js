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
} from "./chunk-YZSKYGKY.js";
import "./chunk-AXLB2HKF.js";
import "./chunk-DPGUPOSQ.js";
import "./chunk-D6MHLYS2.js";
import "./chunk-FJUC3QGV.js";
import "./chunk-HWSSG3PQ.js";
import "./chunk-6SESNV3M.js";
import "./chunk-MHQQPLRE.js";
import "./chunk-RX4TJJLM.js";
import "./chunk-6KETGI7Z.js";
import "./chunk-T47LOJ3L.js";
import "./chunk-WEHHNOLE.js";
import "./chunk-EJNVVOKB.js";
import "./chunk-3A7T3MXJ.js";
import "./chunk-C6ROTVYX.js";
import "./chunk-KMD5P3L4.js";
import "./chunk-UQJQ7YNX.js";
export {
  render,
  runCli,
  sourceReader
};
