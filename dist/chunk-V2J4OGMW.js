import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);
import {
  checkDatabaseUrl,
  describeTarget,
  openLive
} from "./chunk-DI7G4GRI.js";
import "./chunk-6SESNV3M.js";
import "./chunk-MHQQPLRE.js";
import "./chunk-KMD5P3L4.js";
import "./chunk-A56RWH2U.js";
export {
  checkDatabaseUrl,
  describeTarget,
  openLive
};
