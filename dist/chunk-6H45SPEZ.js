import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);
import {
  prestartWorkers,
  releaseIdleWorkers,
  takeWorkers,
  threadCount,
  workerEntry
} from "./chunk-E3C4FVRS.js";
import "./chunk-A56RWH2U.js";
export {
  prestartWorkers,
  releaseIdleWorkers,
  takeWorkers,
  threadCount,
  workerEntry
};
