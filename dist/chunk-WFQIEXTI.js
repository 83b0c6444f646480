import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);
import {
  MISSING_TOKEN,
  readPlatform
} from "./chunk-5Q2QHADS.js";
import "./chunk-MHQQPLRE.js";
import "./chunk-P2MRMTSO.js";
import "./chunk-C74ZEOQR.js";
import "./chunk-3A7T3MXJ.js";
import "./chunk-KMD5P3L4.js";
import "./chunk-A56RWH2U.js";
export {
  MISSING_TOKEN,
  readPlatform
};
