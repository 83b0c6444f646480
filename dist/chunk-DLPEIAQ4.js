import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);
import {
  sourceFoldersExist
} from "./chunk-AXLB2HKF.js";
import "./chunk-A56RWH2U.js";

// src/source/index.ts
import path from "node:path";
async function analyzeSources(options) {
  return analyzeSourceFiles({ baseDir: options.config.baseDir, cwd: options.cwd, phi: options.config.phi });
}
async function analyzeSourceFiles(options) {
  let paths = await findSourceFiles(options.phi.source, options.baseDir);
  if (paths.length === 0) return;
  let { analyzePaths } = await import("./chunk-LYTAKI2G.js");
  return analyzePaths(paths, options);
}
async function findSourceFiles(patterns, baseDir) {
  if (patterns.length === 0) return [];
  if (!sourceFoldersExist(patterns, baseDir)) return [];
  let { glob } = await import("./chunk-OBQFLQ3V.js");
  return (await glob([...patterns], {
    cwd: baseDir,
    absolute: !0,
    onlyFiles: !0,
    ignore: ["**/node_modules/**"]
  })).map((file) => path.normalize(file)).filter((file) => !/\.d\.[cm]?ts$/.test(file)).sort();
}
export {
  analyzeSourceFiles,
  analyzeSources,
  findSourceFiles
};
