import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);
import {
  EMULATED_EXTENSIONS,
  SUPABASE_STANDIN_SQL
} from "./chunk-E4NX55NA.js";
import {
  listAuditPartitions,
  locationIn,
  qualify,
  statementOf,
  unwrap
} from "./chunk-FOBXJNOF.js";
import {
  codePointOffsetToByte
} from "./chunk-3A7T3MXJ.js";
import {
  UsageError
} from "./chunk-CVR6BUHM.js";
import "./chunk-UQJQ7YNX.js";

// src/shadow/origins.ts
var NEW_OBJECTS_SQL = `
  select 'class' as catalog, oid::int8 as oid from pg_class where oid > $1 and relkind in ('r', 'p', 'm', 'i', 'I', 'v', 'f')
  union all select 'constraint', oid::int8 from pg_constraint where oid > $1
  union all select 'policy', oid::int8 from pg_policy where oid > $1
  union all select 'extension', oid::int8 from pg_extension where oid > $1`, HIGHEST_OID_SQL = `
  select greatest(
    (select max(oid::int8) from pg_class), (select max(oid::int8) from pg_constraint),
    (select max(oid::int8) from pg_policy), (select max(oid::int8) from pg_extension)
  ) as oid`, NAMES_SQL = `
  select c.oid::int8 as oid,
         case when c.relkind = 'i' or c.relkind = 'I' then 'index' when c.relkind = 'm' then 'matview' else 'table' end as kind,
         n.nspname || '.' || c.relname as name
    from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.oid > $1
  union all
  select con.oid::int8, 'constraint', n.nspname || '.' || coalesce(c.relname, t.typname) || '.' || con.conname
    from pg_constraint con join pg_namespace n on n.oid = con.connamespace
    left join pg_class c on c.oid = con.conrelid left join pg_type t on t.oid = con.contypid
   where con.oid > $1
  union all
  select p.oid::int8, 'policy', n.nspname || '.' || c.relname || '.' || p.polname
    from pg_policy p join pg_class c on c.oid = p.polrelid join pg_namespace n on n.oid = c.relnamespace
   where p.oid > $1
  union all
  select e.oid::int8, 'extension', e.extname from pg_extension e where e.oid > $1`, OriginRecorder = class {
  constructor(db) {
    this.db = db;
  }
  db;
  watermark = 0;
  firstOid = 0;
  byOid = /* @__PURE__ */ new Map();
  /** Names recorded from parse trees (grants, added columns), and the resolved catalog names. */
  byName = /* @__PURE__ */ new Map();
  /** Call once before the first statement: everything at or below this OID belongs to the stand-in. */
  async start() {
    let { rows } = await this.db.query(HIGHEST_OID_SQL);
    this.watermark = this.firstOid = Number(rows[0]?.oid ?? 0);
  }
  /** Credits every object created since the last call to the statement at `location`. */
  async recordNewObjects(location) {
    let { rows } = await this.db.query(NEW_OBJECTS_SQL, [this.watermark]);
    this.credit(rows, location);
  }
  /**
   * The watermark query as literal SQL, to send in the same round trip as the statement it follows
   * (each round trip into PGlite costs about as much as a small DDL statement).
   */
  newObjectsSql() {
    return NEW_OBJECTS_SQL.replaceAll("$1", String(this.watermark));
  }
  /** Credits the rows of `newObjectsSql()` to the statement at `location`. */
  credit(rows, location) {
    for (let row of rows) {
      let oid = Number(row.oid);
      this.byOid.has(oid) || this.byOid.set(oid, location), oid > this.watermark && (this.watermark = oid);
    }
  }
  /** Records an object the catalog cannot attribute (a grant, an added column) under its name. */
  recordName(kind, name, location) {
    this.byName.set(key(kind, name), location);
  }
  /** Resolves recorded OIDs to the names the objects have at the end of the replay. */
  async finish() {
    let { rows } = await this.db.query(NAMES_SQL, [
      this.firstOid
    ]);
    for (let row of rows) {
      let location = this.byOid.get(Number(row.oid));
      location && this.byName.set(key(row.kind, row.name), location);
    }
  }
  /**
   * Where an object came from. Names: `schema.table`, `schema.index`, `schema.table.constraint`,
   * `schema.table.policy`, `schema.table.column`, `schema.table to role` (grants; `public` for PUBLIC),
   * `extension`. A column or grant without its own record falls back to its table's creation.
   */
  locate(kind, name) {
    let exact = this.byName.get(key(kind, name));
    if (exact) return exact;
    if (kind === "column") return this.locate("table", name.slice(0, name.lastIndexOf(".")));
    if (kind === "grant") {
      let [table, role] = name.split(" to "), schema = table.slice(0, table.indexOf("."));
      return this.byName.get(key("grant", `${schema}.* to ${role}`)) ?? this.locate("table", table);
    }
  }
};
function key(kind, name) {
  return `${kind === "matview" ? "table" : kind}:${name}`;
}

// src/shadow/pglite.ts
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

// src/shadow/contrib.json
var contrib_default = {
  pgcrypto: "pgcrypto",
  "uuid-ossp": "uuid-ossp",
  citext: "citext",
  pg_trgm: "pg_trgm",
  btree_gist: "btree_gist",
  btree_gin: "btree_gin",
  hstore: "hstore",
  ltree: "ltree",
  unaccent: "unaccent",
  fuzzystrmatch: "fuzzystrmatch",
  moddatetime: "spi",
  intarray: "intarray",
  cube: "cube",
  earthdistance: "earthdistance",
  tablefunc: "tablefunc",
  isn: "isn",
  seg: "seg"
};

// src/shadow/pglite.ts
var DEFAULT_LIMITS = { statementMs: 1e4, totalMs: 6e4 }, ShadowStopped = class extends Error {
  constructor(reason, message) {
    super(message);
    this.reason = reason;
  }
  reason;
  name = "ShadowStopped";
}, here = path.dirname(fileURLToPath(import.meta.url));
function shadowLimits(given = {}) {
  let fromEnv = (name) => {
    let value = Number(process.env[name]);
    return Number.isFinite(value) && value > 0 ? value : void 0;
  };
  return {
    statementMs: given.statementMs ?? fromEnv("SCRIBE_LINT_SHADOW_TIMEOUT_MS") ?? DEFAULT_LIMITS.statementMs,
    totalMs: given.totalMs ?? fromEnv("SCRIBE_LINT_SHADOW_BUDGET_MS") ?? DEFAULT_LIMITS.totalMs
  };
}
async function startShadowDatabase(options = {}) {
  let started = performance.now(), limits = shadowLimits(options.limits), worker = new Worker(await workerScript()), db = new ShadowClient(worker, limits, options.budgetStart ?? started);
  try {
    let plan = {
      extensions: extensionTarballs(options.extensions ?? []),
      cacheFile: cachePath(options.cacheDir),
      seedFile: seedPath(options.seedDir)
    }, reply = await db.call({ kind: "start", plan }, limits.totalMs);
    return { db, startMs: performance.now() - started, warmStart: reply.warmStart };
  } catch (error) {
    throw await db.close(), error;
  }
}
var ShadowClient = class {
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
  /** The replay is done: from now on only the per-request limit applies (the rules' catalog queries). */
  endBudget() {
    this.limits = { ...this.limits, totalMs: Number.POSITIVE_INFINITY };
  }
  /** Closes PGlite (briefly, since a hung worker never answers) and ends the worker. */
  async close() {
    this.stopped || (await this.call({ kind: "close" }, 2e3).catch(() => {
    }), this.stop(new ShadowStopped("crashed", "the shadow database is closed"))), await this.worker.terminate();
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
    pending && (this.pending.delete(reply.id), clearTimeout(pending.timer), reply.ok ? pending.resolve(reply.value) : pending.reject(Object.assign(new Error(reply.error.message), reply.error)));
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
function runtimeFile(name) {
  let beside = path.join(here, name);
  if (existsSync(beside)) return beside;
  try {
    let entry = createRequire(import.meta.url).resolve("@electric-sql/pglite"), inPackage = path.join(path.dirname(entry), name);
    return existsSync(inPackage) ? inPackage : void 0;
  } catch {
    return;
  }
}
var CONTRIB_TARBALLS = contrib_default;
function isShippedExtension(name) {
  return Object.hasOwn(CONTRIB_TARBALLS, name);
}
function extensionTarballs(requested) {
  let names = /* @__PURE__ */ new Set(["pgcrypto", "uuid-ossp", ...requested.filter(isShippedExtension)]), tarballs = {};
  for (let name of names) {
    let file = runtimeFile(`${CONTRIB_TARBALLS[name]}.tar.gz`);
    file && (tarballs[name.replace("-", "_")] = file);
  }
  return tarballs;
}
function cachePath(override) {
  if (override === !1 || process.env.SCRIBE_LINT_NO_CACHE === "1") return;
  let dir = override ?? (process.env.SCRIBE_LINT_CACHE_DIR || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache"), "scribe-lint"));
  return path.join(dir, `shadow-${cacheKey()}.tar`);
}
function cacheKey() {
  let sizes = ["pglite.wasm", "pglite.data"].map((name) => {
    let file = runtimeFile(name);
    return file ? String(statSync(file).size) : "missing";
  });
  return createHash("sha256").update(sizes.join(",")).update("\0").update(SUPABASE_STANDIN_SQL).digest("hex").slice(0, 16);
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

// src/shadow/replay.ts
var CREATES_NOTHING = /* @__PURE__ */ new Set([
  "InsertStmt",
  "UpdateStmt",
  "DeleteStmt",
  "MergeStmt",
  "TransactionStmt",
  "VariableSetStmt",
  "VariableShowStmt",
  "CommentStmt",
  "GrantStmt",
  "GrantRoleStmt",
  "AlterDefaultPrivilegesStmt",
  "NotifyStmt",
  "ListenStmt",
  "VacuumStmt",
  "CopyStmt",
  "AlterOwnerStmt",
  "AlterRoleStmt",
  "AlterRoleSetStmt",
  "CreateRoleStmt",
  "DropRoleStmt",
  "CreatePublicationStmt",
  "AlterPublicationStmt",
  "CreateFunctionStmt",
  "AlterFunctionStmt",
  "CreateTrigStmt",
  "CreateEnumStmt",
  "AlterEnumStmt",
  "CreateDomainStmt",
  "CompositeTypeStmt",
  "DropStmt",
  "RenameStmt",
  "AlterObjectSchemaStmt",
  "CreateSeqStmt",
  "AlterSeqStmt",
  "RefreshMatViewStmt",
  "ReindexStmt",
  "ClusterStmt",
  "LockStmt",
  "TruncateStmt"
]), MISSING_OBJECT_CODES = /* @__PURE__ */ new Set(["42P01", "42703", "42883", "42704", "3F000", "42P02", "42P38"]), TRANSACTION_CONTROL = "TransactionStmt", ReplayInterrupted = class extends Error {
  constructor(statement, location, stopped) {
    super(stopped.message);
    this.statement = statement;
    this.location = location;
    this.stopped = stopped;
  }
  statement;
  location;
  stopped;
  name = "ReplayInterrupted";
}, Replayer = class {
  /**
   * @param skipped statements that stopped an earlier attempt (a hang, a crash), with why: they are not
   *   run again, and count as failed statements.
   */
  constructor(db, origins, skipped = /* @__PURE__ */ new Map()) {
    this.db = db;
    this.origins = origins;
    this.skipped = skipped;
  }
  db;
  origins;
  skipped;
  errors = [];
  /** Names of objects whose creating statement failed, to recognise the failures they cause later. */
  missingNames = /* @__PURE__ */ new Set();
  extensionMissing = !1;
  statementsReplayed = 0;
  failedStatements = 0;
  async replay(files) {
    await this.origins.start();
    let filesReplayed = 0;
    for (let file of files)
      if (file.applied) {
        filesReplayed++;
        for (let statement of file.statements)
          statement.parseProblem || !statement.node || await this.replayStatement(file, statement, statement.node);
      }
    return await this.origins.finish(), {
      filesReplayed,
      statementsReplayed: this.statementsReplayed,
      errors: this.errors,
      failedStatements: this.failedStatements
    };
  }
  async replayStatement(file, statement, node) {
    let [kind] = unwrap(node) ?? [""];
    if (kind === TRANSACTION_CONTROL) return;
    let location = locationIn(file, statement.start, statement.end), sql = file.lines.slice(statement.start, statement.end);
    this.statementsReplayed++;
    let skippedBecause = this.skipped.get(statement);
    if (skippedBecause !== void 0) {
      this.recordFailure(file, statement, node, sql, { message: skippedBecause });
      return;
    }
    let replacement = emulatedSql(node), track = !CREATES_NOTHING.has(kind), together = track && replacement === void 0 && !mustRunAlone(node, sql);
    try {
      let results = await this.db.exec(
        together ? `${sql};
${this.origins.newObjectsSql()}` : replacement ?? sql
      );
      together && this.origins.credit(results.at(-1)?.rows ?? [], location);
    } catch (error) {
      if (error instanceof ShadowStopped) throw new ReplayInterrupted(statement, location, error);
      this.recordFailure(file, statement, node, sql, error);
      return;
    }
    track && !together && await this.origins.recordNewObjects(location), this.recordByName(node, location);
  }
  recordFailure(file, statement, node, sql, error) {
    this.failedStatements++;
    let consequence = this.isConsequence(error);
    for (let name of createdNames(node)) this.missingNames.add(name);
    if (statementOf(node, "CreateExtensionStmt") && (this.extensionMissing = !0), consequence) return;
    let position = Number(error.position), at = Number.isInteger(position) && position > 0 ? statement.start + codePointOffsetToByte(sql, position - 1) : statement.start;
    this.errors.push({
      location: locationIn(file, at, statement.end),
      message: oneLine2(error.message ?? String(error))
    });
  }
  isConsequence(error) {
    if (!error.code || !MISSING_OBJECT_CODES.has(error.code)) return !1;
    if (this.extensionMissing && (error.code === "42704" || error.code === "42883")) return !0;
    let named = /"([^"]+)"/.exec(error.message)?.[1] ?? /function ([\w.]+)\(/.exec(error.message)?.[1];
    return named !== void 0 && this.missingNames.has(lastPart(named));
  }
  /** Grants and added columns: the catalog gives them no OID, so the parse tree says what they are. */
  recordByName(node, location) {
    let grant = statementOf(node, "GrantStmt");
    if (grant?.is_grant)
      for (let table of grantedTables(grant))
        for (let role of granteeNames(grant))
          this.origins.recordName("grant", `${table} to ${role}`, location);
    let alter = statementOf(node, "AlterTableStmt");
    for (let command of alter?.cmds ?? []) {
      let body = command.AlterTableCmd, column = body?.def?.ColumnDef?.colname;
      body?.subtype === "AT_AddColumn" && column && this.origins.recordName("column", `${qualify(alter.relation)}.${column}`, location);
    }
  }
};
function emulatedSql(node) {
  let drop = statementOf(node, "DropStmt");
  if (drop?.removeType === "OBJECT_EXTENSION") {
    let names = (drop.objects ?? []).map(
      (item) => item.String?.sval ?? ""
    );
    if (names.length > 0 && names.every((name) => EMULATED_EXTENSIONS.has(name))) return "select";
  }
  let create = statementOf(node, "CreateExtensionStmt"), stub = create?.extname ? EMULATED_EXTENSIONS.get(create.extname) : void 0;
  if (!create || !stub) return;
  let schema = (create.options ?? []).map((option) => option.DefElem).find((option) => option?.defname === "schema")?.arg?.String?.sval;
  return stub(schema ?? "public") || "select";
}
function mustRunAlone(node, sql) {
  let [kind, body] = unwrap(node) ?? ["", {}];
  return kind === "IndexStmt" || kind === "DropStmt" || kind === "ReindexStmt" ? body.concurrent === !0 || /\bconcurrently\b/i.test(sql) : [
    "VacuumStmt",
    "CreatedbStmt",
    "DropdbStmt",
    "AlterSystemStmt",
    "CreateTableSpaceStmt",
    "DropTableSpaceStmt"
  ].includes(kind) || kind === "AlterEnumStmt";
}
function grantedTables(grant) {
  return grant.objtype !== "OBJECT_TABLE" ? [] : grant.targtype === "ACL_TARGET_ALL_IN_SCHEMA" ? (grant.objects ?? []).map((item) => `${item.String?.sval}.*`) : (grant.objects ?? []).map((item) => qualify(item.RangeVar));
}
function granteeNames(grant) {
  return (grant.grantees ?? []).map((item) => {
    let spec = item.RoleSpec;
    return spec?.roletype === "ROLESPEC_PUBLIC" ? "public" : spec?.rolename ?? "";
  });
}
function createdNames(node) {
  let [kind, body] = unwrap(node) ?? ["", {}], relation = (value) => value?.relname, lastOf = (list) => (list ?? []).at(-1)?.String?.sval, names = [];
  return (kind === "CreateStmt" || kind === "CreateSeqStmt") && names.push(relation(body.relation ?? body.sequence)), kind === "CreateTableAsStmt" && names.push(relation(body.into?.rel)), kind === "ViewStmt" && names.push(relation(body.view)), kind === "IndexStmt" && names.push(body.idxname), kind === "CreateSchemaStmt" && names.push(body.schemaname), kind === "CreateExtensionStmt" && names.push(body.extname), kind === "CreateFunctionStmt" && names.push(lastOf(body.funcname)), (kind === "CreateEnumStmt" || kind === "CreateDomainStmt") && names.push(lastOf(body.typeName ?? body.domainname)), kind === "CompositeTypeStmt" && names.push(relation(body.typevar)), names.filter((name) => typeof name == "string" && name !== "");
}
function lastPart(name) {
  return name.slice(name.lastIndexOf(".") + 1);
}
function oneLine2(message) {
  return message.split(`
`)[0].trim();
}

// src/shadow/index.ts
async function openShadow(files, _options, start = {}) {
  let budgetStart = performance.now(), skipped = /* @__PURE__ */ new Map(), extensions = requestedExtensions(files), first;
  for (; ; ) {
    let shadow = await startOrExplain({ ...start, extensions, budgetStart });
    first ??= shadow;
    let { db } = shadow;
    try {
      let origins = new OriginRecorder(db), outcome = await new Replayer(db, origins, skipped).replay(files);
      db.endBudget();
      let replay = status(outcome, first);
      return {
        value: {
          mode: "shadow",
          connection: connectionTo(db),
          locate: (k, n) => origins.locate(k, n),
          replay
        },
        close: () => db.close()
      };
    } catch (error) {
      if (await db.close(), !(error instanceof ShadowStopped || error instanceof ReplayInterrupted)) throw error;
      let stopped = error instanceof ReplayInterrupted ? error.stopped : error;
      if (error instanceof ReplayInterrupted && stopped.reason !== "total-limit") {
        skipped.set(error.statement, skippedMessage(stopped));
        continue;
      }
      return incompleteShadow(files, error instanceof ReplayInterrupted ? error : void 0, stopped, first);
    }
  }
}
async function startOrExplain(options) {
  try {
    return await startShadowDatabase(options);
  } catch (error) {
    let reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`the shadow database could not start: ${reason} (use --no-shadow to skip it)`);
  }
}
function skippedMessage(stopped) {
  return `${stopped.reason === "crashed" ? `stopped the shadow database (${stopped.message})` : stopped.message}; it was skipped and the replay went on without it`;
}
function status(outcome, first) {
  return {
    filesReplayed: outcome.filesReplayed,
    statementsReplayed: outcome.statementsReplayed,
    errors: outcome.errors,
    startMs: first.startMs,
    warmStart: first.warmStart
  };
}
function incompleteShadow(files, interrupted, stopped, first) {
  let location = interrupted?.location ?? lastStatementLocation(files), replay = {
    filesReplayed: 0,
    statementsReplayed: 0,
    errors: location ? [{ location, message: `${stopped.message}; schema rules were not run on the incomplete shadow` }] : [],
    startMs: first.startMs,
    warmStart: first.warmStart,
    incomplete: !0
  };
  return { value: { mode: "shadow", connection: { query: async () => [] }, locate: () => {
  }, replay }, close: async () => {
  } };
}
function lastStatementLocation(files) {
  let file = [...files].reverse().find((candidate) => candidate.applied && candidate.statements.length > 0), statement = file?.statements.at(-1);
  return file && statement && locationIn(file, statement.start, statement.end);
}
function connectionTo(db) {
  return {
    async query(sql, params) {
      try {
        return (await db.query(sql, params)).rows;
      } catch (error) {
        throw error instanceof ShadowStopped ? new UsageError(`the shadow database stopped while the schema rules ran: ${error.message}`) : error;
      }
    }
  };
}
function requestedExtensions(files) {
  let names = /* @__PURE__ */ new Set();
  for (let file of files)
    for (let statement of file.statements) {
      let create = statementOf(statement.node, "CreateExtensionStmt");
      create?.extname && names.add(create.extname);
    }
  return [...names];
}
export {
  listAuditPartitions,
  openShadow
};
