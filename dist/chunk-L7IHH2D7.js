import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);
import {
  INSTALLED_BY_STANDIN,
  SUPABASE_STANDIN_SQL,
  buildsToLoad,
  standinExtensionsKey,
  tarballSource
} from "./chunk-AFGGDKVR.js";
import {
  UsageError
} from "./chunk-KMD5P3L4.js";

// src/shadow/pglite.ts
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var DEFAULT_LIMITS = { statementMs: 1e4, totalMs: 6e4 }, ShadowStopped = class extends Error {
  constructor(reason, message) {
    super(message);
    this.reason = reason;
  }
  reason;
  name = "ShadowStopped";
}, here = path.dirname(fileURLToPath(import.meta.url));
function shadowLimits(given = {}) {
  return {
    statementMs: given.statementMs ?? limitFromEnv("SCRIBE_LINT_SHADOW_TIMEOUT_MS") ?? DEFAULT_LIMITS.statementMs,
    totalMs: given.totalMs ?? limitFromEnv("SCRIBE_LINT_SHADOW_BUDGET_MS") ?? DEFAULT_LIMITS.totalMs
  };
}
function limitFromEnv(name) {
  let text = process.env[name]?.trim();
  if (text === void 0 || text === "") return;
  let value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value <= 0)
    throw new UsageError(`${name} must be a whole number of milliseconds above 0, got "${text}"`);
  return value;
}
async function startShadowDatabase(options = {}) {
  let started = performance.now(), limits = shadowLimits(options.limits), worker = await (takeSpareWorker() ?? spawnWorker());
  worker.ref();
  let db = new ShadowClient(worker, limits, options.budgetStart ?? started);
  try {
    let plan = {
      extensions: extensionTarballs(options.extensions ?? []),
      bootstrapExtensions: extensionTarballs([...options.extensions ?? [], ...INSTALLED_BY_STANDIN]),
      cacheFile: cachePath(options.cacheDir),
      seedFile: seedPath(options.seedDir),
      ...options.snapshot && { snapshot: options.snapshot }
    }, reply = await db.call({ kind: "start", plan }, limits.totalMs);
    return { db, startMs: performance.now() - started, warmStart: reply.warmStart, restored: reply.restored };
  } catch (error) {
    throw await db.close(), error;
  }
}
var spare;
function prewarmShadow() {
  if (spare) return;
  let spawning = spawnWorker().then((worker) => (worker.unref(), worker));
  spawning.catch(() => {
    spare === spawning && (spare = void 0);
  }), spare = spawning;
}
function takeSpareWorker() {
  let taken = spare;
  return spare = void 0, taken?.catch(() => spawnWorker());
}
async function spawnWorker() {
  let workerData = { wasm: runtimeFile("pglite.wasm"), fsBundle: runtimeFile("pglite.data") };
  return new Worker(await workerScript(), { workerData });
}
var DUMP_LIMIT_MS = 3e4, ShadowClient = class {
  constructor(worker, limits, budgetStart) {
    this.worker = worker;
    this.limits = limits;
    this.budgetStart = budgetStart;
    worker.on("message", (reply) => this.settle(reply)), worker.on("error", (error) => this.stop(new ShadowStopped("crashed", oneLine(error.message)))), worker.on("exit", () => this.stop(new ShadowStopped("crashed", "the shadow database stopped")));
  }
  worker;
  limits;
  budgetStart;
  nextId = 1;
  pending = /* @__PURE__ */ new Map();
  stopped;
  exec(sql) {
    return this.call({ kind: "exec", sql });
  }
  async query(sql, params) {
    return { rows: await this.call({ kind: "query", sql, params }) };
  }
  /**
   * Has query results decode arrays of every array type the catalog now holds: once the replay is done,
   * before the rules' queries (the start leaves it out, worker.ts).
   */
  readArrayTypes() {
    return this.call({ kind: "array-types" });
  }
  /**
   * Shuts the shadow down cleanly and writes its data directory to `file` as a snapshot's tar; returns
   * what the snapshot's entry records. The session answers nothing after it.
   */
  dump(file) {
    return this.call({ kind: "dump", file }, DUMP_LIMIT_MS);
  }
  /** The replay is done: from now on only the per-request limit applies (the rules' catalog queries). */
  endBudget() {
    this.limits = { ...this.limits, totalMs: Number.POSITIVE_INFINITY };
  }
  /**
   * Ends the worker. PGlite is not shut down first: the shadow is thrown away, and its shutdown checkpoint
   * (writing every dirty page into the in-memory data directory) cost about a second after a long replay.
   */
  async close() {
    this.stop(new ShadowStopped("crashed", "the shadow database is closed")), await this.worker.terminate();
  }
  call(request, limitMs = this.limits.statementMs) {
    if (this.stopped) return Promise.reject(this.stopped);
    let id = this.nextId++, left = this.budgetStart + this.limits.totalMs - performance.now(), overall = left <= limitMs, wait = Math.max(0, Math.min(limitMs, left));
    return new Promise((resolve, reject) => {
      let timer = setTimeout(() => {
        let seconds = formatSeconds(overall ? this.limits.totalMs : limitMs), message = overall ? `the shadow replay did not finish within its overall limit of ${seconds}` : `did not finish within ${seconds}`;
        this.stop(new ShadowStopped(overall ? "total-limit" : "statement-limit", message)), this.worker.terminate();
      }, wait);
      this.pending.set(id, { resolve, reject, timer }), this.worker.postMessage({ ...request, id });
    });
  }
  settle(reply) {
    let pending = this.pending.get(reply.id);
    pending && (this.pending.delete(reply.id), clearTimeout(pending.timer), reply.ok ? pending.resolve(reply.value) : reply.error.fatal ? pending.reject(this.discard(reply.error.message)) : pending.reject(Object.assign(new Error(reply.error.message), reply.error)));
  }
  /** The server broke (worker.ts): this and every later request fail, and the worker is ended. */
  discard(message) {
    return this.stop(new ShadowStopped("crashed", oneLine(message))), this.worker.terminate(), this.stopped;
  }
  stop(reason) {
    this.stopped ??= reason;
    for (let pending of this.pending.values())
      clearTimeout(pending.timer), pending.reject(this.stopped);
    this.pending.clear();
  }
};
function formatSeconds(ms) {
  return ms % 1e3 === 0 ? `${ms / 1e3} s` : `${(ms / 1e3).toFixed(1)} s`;
}
function oneLine(message) {
  return message.split(`
`)[0].trim();
}
async function workerScript() {
  let bundled = new URL("./shadow-worker.js", import.meta.url);
  return existsSync(bundled) ? bundled : (sourceWorker ??= bundleSourceWorker(), sourceWorker);
}
var sourceWorker;
async function bundleSourceWorker() {
  let esbuildName = "esbuild", { build } = await import(esbuildName), root = path.resolve(here, "../.."), code = (await build({
    entryPoints: [path.join(here, "worker.ts")],
    bundle: !0,
    write: !1,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    logLevel: "error"
  })).outputFiles[0].contents, hash = createHash("sha256").update(code).digest("hex").slice(0, 16), dir = path.join(root, "node_modules", ".cache", "scribe-lint"), file = path.join(dir, `shadow-worker-${hash}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: !0 });
    let temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, code), renameSync(temporary, file);
  }
  return new URL(`file://${file}`);
}
function runtimeFile(name, packageName = "@electric-sql/pglite") {
  let beside = path.join(here, name);
  if (existsSync(beside)) return beside;
  try {
    let entry = createRequire(import.meta.url).resolve(packageName), inPackage = path.join(path.dirname(entry), name);
    return existsSync(inPackage) ? inPackage : void 0;
  } catch {
    return;
  }
}
function extensionTarballs(requested) {
  let tarballs = {}, seen = /* @__PURE__ */ new Set();
  for (let name of buildsToLoad(requested)) {
    let source = tarballSource(name), file = source && runtimeFile(source.file, source.packageName);
    !file || seen.has(file) || (seen.add(file), tarballs[name.replaceAll("-", "_")] = file);
  }
  return tarballs;
}
function cachePath(override) {
  let dir = cacheDir(override);
  return dir && path.join(dir, `shadow-${cacheKey()}.tar`);
}
function cacheDir(override) {
  if (!(override === !1 || process.env.SCRIBE_LINT_NO_CACHE === "1"))
    return override ?? (process.env.SCRIBE_LINT_CACHE_DIR || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache"), "scribe-lint"));
}
function cacheKey() {
  let sizes = ["pglite.wasm", "pglite.data"].map((name) => {
    let file = runtimeFile(name);
    return file ? String(statSync(file).size) : "missing";
  });
  return createHash("sha256").update(sizes.join(",")).update("\0").update(SUPABASE_STANDIN_SQL).update("\0").update(standinExtensionsKey()).digest("hex").slice(0, 16);
}
function seedFileName() {
  return `shadow-seed-${cacheKey()}.tar.gz`;
}
var SEED_SOURCE_DIR = path.join(here, "seed");
function seedPath(override) {
  if (override === !1 || process.env.SCRIBE_LINT_NO_SEED === "1") return;
  let dirs = override ? [override] : [here, SEED_SOURCE_DIR];
  for (let dir of dirs) {
    let file = path.join(dir, seedFileName());
    if (existsSync(file)) return file;
  }
}

export {
  ShadowStopped,
  shadowLimits,
  startShadowDatabase,
  prewarmShadow,
  cacheDir,
  cacheKey
};
