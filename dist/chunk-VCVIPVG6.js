import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);
import {
  DEFAULT_LIMITS,
  SEED_SOURCE_DIR,
  ShadowClient,
  ShadowStopped,
  cacheDir,
  cacheKey,
  extensionTarballs,
  isShippedExtension,
  prewarmShadow,
  seedFileName,
  shadowLimits,
  staleSeeds,
  startShadowDatabase
} from "./chunk-B74WCK6R.js";
import "./chunk-D6VQ35G4.js";
import "./chunk-KMD5P3L4.js";
import "./chunk-A56RWH2U.js";
export {
  DEFAULT_LIMITS,
  SEED_SOURCE_DIR,
  ShadowClient,
  ShadowStopped,
  cacheDir,
  cacheKey,
  extensionTarballs,
  isShippedExtension,
  prewarmShadow,
  seedFileName,
  shadowLimits,
  staleSeeds,
  startShadowDatabase
};
