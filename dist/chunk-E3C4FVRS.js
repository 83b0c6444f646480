import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);

// src/parallel/pool.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var idle = [];
function workerEntry() {
  let file = fileURLToPath(new URL("./lint-worker.js", import.meta.url));
  return existsSync(file) ? file : void 0;
}
function threadCount(env = process.env) {
  return Math.max(1, Math.min(Number(env.SCRIBE_LINT_THREADS) || availableParallelism(), 8));
}
function prestartWorkers(env = process.env) {
  let entry = workerEntry();
  if (!(!entry || idle.length > 0))
    for (let i = 1; i < threadCount(env); i++) {
      let worker = new Worker(entry);
      worker.unref(), idle.push(worker);
    }
}
function takeWorkers(entry, count) {
  let taken = idle.splice(0, count);
  for (; taken.length < count; ) taken.push(new Worker(entry));
  for (let worker of taken) worker.ref();
  return taken;
}
async function releaseIdleWorkers() {
  await Promise.all(idle.splice(0).map((worker) => worker.terminate()));
}

export {
  workerEntry,
  threadCount,
  prestartWorkers,
  takeWorkers,
  releaseIdleWorkers
};
