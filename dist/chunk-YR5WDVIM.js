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
} from "./chunk-NUK6UH7T.js";
import "./chunk-5Q2QHADS.js";
import "./chunk-MHQQPLRE.js";
import "./chunk-KOGUILDU.js";
import "./chunk-AXLB2HKF.js";
import "./chunk-P2MRMTSO.js";
import "./chunk-JD2MU42I.js";
import "./chunk-6KETGI7Z.js";
import "./chunk-C74ZEOQR.js";
import "./chunk-WEHHNOLE.js";
import "./chunk-ORJKIM7M.js";
import "./chunk-L7IHH2D7.js";
import "./chunk-AFGGDKVR.js";
import "./chunk-BJJ7RUVL.js";
import "./chunk-3A7T3MXJ.js";
import "./chunk-C6ROTVYX.js";
import "./chunk-KMD5P3L4.js";
import "./chunk-CRXCDDBS.js";
import "./chunk-A56RWH2U.js";
export {
  render,
  runCli,
  sourceReader
};
