import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);
import {
  openLive
} from "./chunk-DI7G4GRI.js";
import {
  measureDatabase
} from "./chunk-ORIOGZPY.js";
import "./chunk-R6I7IWUS.js";
import "./chunk-I6MRVFDA.js";
import "./chunk-GA36ZYBK.js";
import "./chunk-6SESNV3M.js";
import "./chunk-MHQQPLRE.js";
import "./chunk-WEHHNOLE.js";
import "./chunk-C6ROTVYX.js";
import "./chunk-KMD5P3L4.js";
import "./chunk-A56RWH2U.js";

// src/baseline/index.ts
async function takeBaseline(options) {
  let live = await openLive(options.databaseUrl);
  try {
    let database = await measureDatabase(live.value.connection, options.config, options.redisUrl), health = options.config.health;
    return {
      measuredAt: options.now.toISOString(),
      database,
      targets: {
        p95Ms: health.p95Ms,
        connectionsPct: health.connectionsTarget,
        auditP95Ms: health.auditP95Ms,
        cacheHitPct: health.cacheHitPct
      }
    };
  } finally {
    await live.close();
  }
}
export {
  takeBaseline
};
