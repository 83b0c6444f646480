import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);
import {
  FileRange,
  unpackFiles
} from "./chunk-EYQTWA6J.js";
import "./chunk-JD2MU42I.js";
import "./chunk-6KETGI7Z.js";
import {
  loadKeptTreesParser,
  loadParser
} from "./chunk-C74ZEOQR.js";
import "./chunk-WEHHNOLE.js";
import {
  releaseIdleWorkers,
  takeWorkers,
  threadCount,
  workerEntry
} from "./chunk-E3C4FVRS.js";
import "./chunk-BJJ7RUVL.js";
import "./chunk-3A7T3MXJ.js";
import "./chunk-C6ROTVYX.js";
import {
  UsageError
} from "./chunk-KMD5P3L4.js";
import "./chunk-CRXCDDBS.js";
import "./chunk-A56RWH2U.js";

// src/parallel/index.ts
import { statSync } from "node:fs";
var MIN_PARALLEL_BYTES = 2 << 20;
async function checkInParallel(paths, cwd, config, ruleIds, env = process.env, changedFiles) {
  let entry = workerEntry(), threads = threadCount(env), sizes = paths.map((file) => fileSize(file));
  if (threads < 2 || !entry || sizes.reduce((sum, size) => sum + size, 0) < MIN_PARALLEL_BYTES) {
    await releaseIdleWorkers();
    return;
  }
  let runs = cutBySize(paths, sizes, threads), workers = takeWorkers(entry, runs.length - 1), changed = changedFiles && [...changedFiles];
  return new ParallelRun(runs, paths, cwd, config, [...ruleIds], workers, changed).result();
}
function fileSize(file) {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
function cutBySize(paths, sizes, count) {
  let unit = sizes.reduce((sum, size) => sum + size, 0) / count, runs = [[]], filled = 0;
  return paths.forEach((file, index) => {
    let boundary = unit * runs.length;
    filled >= boundary && runs.at(-1).length > 0 && runs.length < count && runs.push([]), runs.at(-1).push(file), filled += sizes[index];
  }), runs;
}
var ParallelRun = class {
  constructor(runs, allPaths, cwd, config, ruleIds, workers, changedFiles) {
    this.runs = runs;
    this.allPaths = allPaths;
    this.cwd = cwd;
    this.config = config;
    this.ruleIds = ruleIds;
    this.workers = workers;
    this.changedFiles = changedFiles;
    this.effects = runs.map(() => {
    });
  }
  runs;
  allPaths;
  cwd;
  config;
  ruleIds;
  workers;
  changedFiles;
  /** Effects of each run, by run index, as they arrive. */
  effects;
  sent = /* @__PURE__ */ new Set();
  async result() {
    let outcomes = this.workers.map((worker, index) => this.employ(worker, index + 1));
    for (let outcome of outcomes) outcome.catch(() => {
    });
    try {
      await Promise.all([loadParser(), loadKeptTreesParser()]);
      let own = this.checkFirstRun(), others = await Promise.all(outcomes);
      return {
        files: [...own.files, ...others.flatMap((outcome) => outcome.files)],
        statementFindings: [...own.findings, ...others.flatMap((outcome) => outcome.findings)]
      };
    } finally {
      for (let worker of this.workers)
        worker.unref(), worker.terminate();
    }
  }
  /** The main thread's share: the first run, which needs no earlier history. */
  checkFirstRun() {
    let range = new FileRange(this.input(0));
    return this.effectsArrived(0, range.effects()), { files: range.files, findings: range.check([], this.config) };
  }
  input(run) {
    let firstFileNumber = this.runs.slice(0, run).reduce((sum, paths) => sum + paths.length, 0);
    return {
      paths: this.runs[run],
      firstFileNumber,
      allPaths: this.allPaths,
      cwd: this.cwd,
      config: this.config,
      ruleIds: this.ruleIds,
      changedFiles: this.changedFiles
    };
  }
  employ(worker, run) {
    worker.postMessage(this.input(run));
    let files = [];
    return new Promise((resolve, reject) => {
      worker.on("message", (message) => {
        message.type === "parsed" ? (this.effectsArrived(run, message.effects), files = unpackFiles(message.files)) : message.type === "done" ? resolve({ files, findings: message.findings }) : reject(message.usage ? new UsageError(message.message) : new Error(message.message));
      }), worker.on("error", reject), worker.on("exit", (code) => reject(new Error(`lint worker for run ${run} exited with code ${code}`)));
    });
  }
  /** Records a run's effects and releases every worker whose earlier runs have now all reported. */
  effectsArrived(run, effects) {
    this.effects[run] = effects;
    for (let next = 1; next < this.runs.length; next++) {
      if (this.sent.has(next) || !this.workers[next - 1]) continue;
      let earlier = this.effects.slice(0, next);
      if (earlier.some((entry) => entry === void 0)) break;
      let message = { effects: earlier.flat() };
      this.workers[next - 1].postMessage(message), this.sent.add(next);
    }
  }
};
export {
  checkInParallel,
  cutBySize
};
