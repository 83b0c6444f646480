import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);
import {
  readHealth
} from "./chunk-R6I7IWUS.js";
import "./chunk-I6MRVFDA.js";
import "./chunk-GA36ZYBK.js";
import "./chunk-6SESNV3M.js";
import "./chunk-MHQQPLRE.js";
import "./chunk-WEHHNOLE.js";
import "./chunk-C6ROTVYX.js";
import "./chunk-KMD5P3L4.js";
import "./chunk-A56RWH2U.js";
export {
  readHealth
};
