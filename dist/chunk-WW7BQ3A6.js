import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);
import {
  TOOL_VERSION,
  codeFingerprint
} from "./chunk-ORJKIM7M.js";
import {
  ShadowStopped,
  cacheDir,
  cacheKey,
  shadowLimits,
  startShadowDatabase
} from "./chunk-L7IHH2D7.js";
import {
  EMULATED_EXTENSIONS,
  INSTALLED_BY_STANDIN,
  STANDIN_EXTENSIONS,
  buildsToLoad,
  extensionsInText,
  extensionsNeeded,
  missingLibrary
} from "./chunk-AFGGDKVR.js";
import {
  grantPrivilegesSpan,
  isLockMode,
  listAuditPartitions,
  locationIn,
  lockStrength,
  objectSpan,
  severityOf,
  tableCommands
} from "./chunk-BJJ7RUVL.js";
import {
  codePointOffsetToByte
} from "./chunk-3A7T3MXJ.js";
import {
  MANAGED_SCHEMAS
} from "./chunk-C6ROTVYX.js";
import {
  UsageError
} from "./chunk-KMD5P3L4.js";
import {
  qualify,
  statementOf,
  unwrap
} from "./chunk-CRXCDDBS.js";
import "./chunk-A56RWH2U.js";

// src/shadow/lock-observer.ts
var RELATION_KINDS = "('r', 'p', 'm', 'v', 'f')", USER_NAMESPACES = "n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')";
function existingRelationsSql(after) {
  return `
  select c.oid::int8 as oid, c.relfilenode::int8 as filenode, n.nspname || '.' || c.relname as name,
         c.relkind in ${RELATION_KINDS} as observed
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
   where c.oid > ${after}::oid and c.relkind in ('r', 'p', 'm', 'v', 'f', 'i', 'I') and ${USER_NAMESPACES}`;
}
var NAMES_WHAT_IT_LOCKS = /* @__PURE__ */ new Set([
  "CreateStmt",
  "AlterTableStmt",
  "IndexStmt",
  "CreatePolicyStmt",
  "AlterPolicyStmt",
  "CreateTrigStmt",
  "GrantStmt",
  "ViewStmt",
  "CreateTableAsStmt",
  "RuleStmt",
  "InsertStmt",
  "UpdateStmt",
  "DeleteStmt",
  "TruncateStmt",
  "LockStmt",
  "ClusterStmt",
  "RefreshMatViewStmt"
]);
function heldLocksSql(watermark) {
  return `
  select l.relation::int8 as oid, c.relfilenode::int8 as filenode, n.nspname || '.' || c.relname as name, l.mode
    from pg_locks l left join pg_class c on c.oid = l.relation left join pg_namespace n on n.oid = c.relnamespace
   where l.locktype = 'relation' and l.pid = pg_backend_pid() and l.granted
     and l.relation::int8 between 16384 and ${watermark === "$1" ? "$1::int8" : watermark}`;
}
var LockObserver = class {
  observations = /* @__PURE__ */ new Map();
  /** The relations of the current file's start, by OID; their filenodes follow each observed rewrite. */
  relations = /* @__PURE__ */ new Map();
  watermark = 0;
  /** `oid:mode` already held by the open transaction (rollback-file mode), so a statement gets only its own. */
  held = /* @__PURE__ */ new Set();
  /** `schema.name` and bare `name` of every relation and index the file started with (renames follow). */
  names = /* @__PURE__ */ new Set();
  /** True until the first snapshot, and whenever a statement may have changed relations unwatched. */
  lostTrack = !0;
  /** The snapshot to read at a file's start: whole, or only the relations made since the last one. */
  snapshotSql() {
    return existingRelationsSql(this.lostTrack ? 0 : this.watermark);
  }
  /** A statement ran that may have renamed, rewritten or dropped relations without being watched. */
  loseTrack() {
    this.lostTrack = !0;
  }
  /** Takes the rows of `snapshotSql()` at a file's start. */
  startFile(rows) {
    this.lostTrack && (this.relations = /* @__PURE__ */ new Map(), this.names = /* @__PURE__ */ new Set(), this.watermark = 0, this.lostTrack = !1);
    for (let row of rows) {
      let oid = Number(row.oid);
      row.observed !== !1 && this.relations.set(oid, { name: row.name, filenode: Number(row.filenode) }), this.addName(row.name), oid > this.watermark && (this.watermark = oid);
    }
    this.transactionEnded();
  }
  /**
   * False when the statement can lock no relation the file started with: its kind locks only what it
   * names, and it names none of them. Anything else (a DO block, a function call, a DROP) is observed.
   */
  mayLockExisting(node) {
    let [kind] = unwrap(node) ?? [""];
    return NAMES_WHAT_IT_LOCKS.has(kind) ? namedRelations(node).some((name) => this.names.has(name)) : !0;
  }
  addName(qualified) {
    this.names.add(qualified), this.names.add(qualified.slice(qualified.indexOf(".") + 1));
  }
  /** The SQL to append to the next statement. */
  heldLocksSql() {
    return heldLocksSql(this.watermark);
  }
  /** The lock query as a prepared statement, planned once per session (see OriginRecorder). */
  prepareHeldLocksSql(name) {
    return `prepare ${name}(int8) as ${heldLocksSql("$1")}`;
  }
  /** The same as `heldLocksSql()`, by the statement `prepareHeldLocksSql(name)` made. */
  executeHeldLocksSql(name) {
    return `execute ${name}(${this.watermark})`;
  }
  /** Locks end with their transaction: the next statement starts with none held. */
  transactionEnded() {
    this.held = /* @__PURE__ */ new Set();
  }
  /** Records what `statement` did, from the rows of `heldLocksSql()` sent right after it. */
  record(statement, rows) {
    let strongest = /* @__PURE__ */ new Map(), rewritten = /* @__PURE__ */ new Set();
    for (let row of rows) {
      let relation = this.relations.get(Number(row.oid));
      if (!relation || !isLockMode(row.mode)) continue;
      if (row.filenode !== null) {
        let filenode = Number(row.filenode);
        relation.filenode !== 0 && filenode !== relation.filenode && rewritten.add(relation.name), relation.filenode = filenode;
      }
      let key2 = `${row.oid}:${row.mode}`;
      if (!this.held.has(key2)) {
        this.held.add(key2);
        let known = strongest.get(relation.name);
        (!known || lockStrength(row.mode) > lockStrength(known.mode)) && strongest.set(relation.name, { relation: relation.name, mode: row.mode });
      }
    }
    for (let row of rows) {
      let relation = this.relations.get(Number(row.oid));
      relation && row.name !== null && (relation.name = row.name, this.addName(row.name));
    }
    let locks = [...strongest.values()].sort((a, b) => a.relation < b.relation ? -1 : 1);
    this.observations.set(statement, { locks, rewritten: [...rewritten].sort() });
  }
  /** What the replay saw each statement do; undefined for a statement that was not observed. */
  observed(statement) {
    return this.observations.get(statement);
  }
  /**
   * The observer between two files, as plain data (a replay snapshot: snapshot.ts); `keyOf` names a
   * statement so the restoring run finds its own object for it.
   */
  snapshot(keyOf) {
    return {
      observations: [...this.observations].map(([statement, seen]) => [keyOf(statement), seen]),
      relations: [...this.relations].map(([oid, relation]) => [oid, { ...relation }]),
      names: [...this.names],
      watermark: this.watermark,
      lostTrack: this.lostTrack
    };
  }
  /** Goes on from a snapshot; false when a statement it names is not in this run's history. */
  restore(state, statementAt) {
    for (let [key2, seen] of state.observations) {
      let statement = statementAt(key2);
      if (!statement) return !1;
      this.observations.set(statement, seen);
    }
    return this.relations = new Map(state.relations.map(([oid, relation]) => [oid, { ...relation }])), this.names = new Set(state.names), this.watermark = state.watermark, this.lostTrack = state.lostTrack, this.held = /* @__PURE__ */ new Set(), !0;
  }
};
function namedRelations(tree, found = []) {
  if (Array.isArray(tree))
    for (let item of tree) namedRelations(item, found);
  else if (tree !== null && typeof tree == "object") {
    let record = tree;
    typeof record.relname == "string" && found.push(
      typeof record.schemaname == "string" ? `${record.schemaname}.${record.relname}` : record.relname
    );
    for (let value of Object.values(record)) namedRelations(value, found);
  }
  return found;
}

// src/shadow/origins.ts
var NEW_OBJECTS_SQL = `
  select 'class' as catalog, oid::int8 as oid, relname::text as name, relkind::text as detail
    from pg_class where oid > $1 and relkind in ('r', 'p', 'm', 'i', 'I', 'v', 'f')
  union all select 'constraint', con.oid::int8, con.conname::text, con.contype::text || ':' || coalesce(
      (select string_agg(a.attname, ',' order by k.ord) from unnest(con.conkey) with ordinality as k(attnum, ord)
         join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum), '')
    from pg_constraint con where con.oid > $1
  union all select 'policy', oid::int8, polname::text, null from pg_policy where oid > $1
  union all select 'extension', oid::int8, extname::text, null from pg_extension where oid > $1`, HIGHEST_OID_SQL = `
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
  select e.oid::int8, 'extension', e.extname from pg_extension e where e.oid > $1`, NAMES_AS_JSON_SQL = `select coalesce(json_agg(json_build_array(oid, kind, name)), '[]')::text as names
  from (${NAMES_SQL}) as named`, OriginRecorder = class {
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
  /**
   * Credits every object created since the last call to the statement at `location`; with its `source`,
   * each object to the clause of the statement that made it when the parse tree says which.
   */
  async recordNewObjects(location, source) {
    let { rows } = await this.db.query(NEW_OBJECTS_SQL, [this.watermark]);
    this.credit(rows, location, source);
  }
  /**
   * The watermark query as literal SQL, to send in the same round trip as the statement it follows
   * (each round trip into PGlite costs about as much as a small DDL statement).
   */
  newObjectsSql() {
    return NEW_OBJECTS_SQL.replaceAll("$1", String(this.watermark));
  }
  /** Credits the rows of `newObjectsSql()` to the statement at `location` (see `recordNewObjects`). */
  credit(rows, location, source) {
    for (let row of rows) {
      let oid = Number(row.oid);
      this.byOid.has(oid) || this.byOid.set(oid, source ? clauseLocation(source, row, location) : location), oid > this.watermark && (this.watermark = oid);
    }
  }
  /** Records an object the catalog cannot attribute (a grant, an added column) under its name. */
  recordName(kind, name, location) {
    this.byName.set(key(kind, name), location);
  }
  /** Resolves recorded OIDs to the names the objects have at the end of the replay. */
  async finish() {
    let { rows } = await this.db.query(NAMES_AS_JSON_SQL, [this.firstOid]), names = JSON.parse(rows[0]?.names ?? "[]");
    for (let [oid, kind, name] of names) {
      let location = this.byOid.get(oid);
      location && this.byName.set(key(kind, name), location);
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
  /** What has been recorded so far, as plain data (for a replay snapshot: snapshot.ts). Before `finish`. */
  snapshot() {
    return {
      watermark: this.watermark,
      firstOid: this.firstOid,
      byOid: [...this.byOid],
      byName: [...this.byName]
    };
  }
  /**
   * The watermark query as a prepared statement (for the replay, replay.ts): planning its union cost three
   * times what running it does, and a prepared statement is planned once per session.
   */
  prepareNewObjectsSql(name) {
    return `prepare ${name}(oid) as ${NEW_OBJECTS_SQL}`;
  }
  /** Runs the statement `prepareNewObjectsSql(name)` made, for the rows `credit` takes. */
  executeNewObjectsSql(name) {
    return `execute ${name}(${this.watermark})`;
  }
  /** Takes the place of `start` when the replay goes on from a snapshot: as if its statements had run. */
  restore(state) {
    this.watermark = state.watermark, this.firstOid = state.firstOid;
    for (let [oid, location] of state.byOid) this.byOid.set(oid, location);
    for (let [name, location] of state.byName) this.byName.set(name, location);
  }
};
function clauseLocation(source, row, statement) {
  let object = { catalog: row.catalog ?? "", name: row.name ?? void 0, detail: row.detail ?? void 0 }, span = objectSpan(source, object);
  return span ? locationIn(source.file, span.start, span.end) : statement;
}
function key(kind, name) {
  return `${kind === "matview" ? "table" : kind}:${name}`;
}

// src/shadow/consequences.ts
var MISSING_OBJECT_CODES = /* @__PURE__ */ new Set(["42P01", "42703", "42883", "42704", "3F000", "42P02", "42P38"]), RAISE_EXCEPTION = "P0001", KNOWN_MEMBERS = {
  postgis: [/^st_/, /^(geometry|geography|box2d|box3d|spheroid)$/, /^postgis_/],
  postgis_raster: [/^st_/, /^raster$/],
  postgis_topology: [/^topology$/, /^topogeometry$/],
  pgroonga: [/^pgroonga/, /^&@/],
  rum: [/^rum_/],
  timescaledb: [/^time_bucket/, /^create_hypertable$/, /^add_.*_policy$/]
}, FailureTracker = class {
  missing = [];
  extensions = [];
  /** Remembers what a failed statement (or one rolled back with its file) would have created. */
  failed(node) {
    this.missing.push(...createdNames(node));
    let extension = failedExtension(node);
    extension && this.extensions.push(extension);
  }
  /** What failed so far, as plain data (a replay snapshot: snapshot.ts). */
  snapshot() {
    return { missing: this.missing.map((name) => ({ ...name })), extensions: [...this.extensions] };
  }
  /** Goes on from a snapshot's failures. */
  restore(state) {
    this.missing.push(...state.missing), this.extensions.push(...state.extensions);
  }
  /** True when `error`, raised by the statement `node` (text `sql`), follows from an earlier failure. */
  isConsequence(error, node, sql) {
    return error.code === RAISE_EXCEPTION ? this.raisedAboutFailedExtension(node, sql, error.message) : !error.code || !MISSING_OBJECT_CODES.has(error.code) ? !1 : namesIn(error.message).some((name) => this.isMissing(name));
  }
  isMissing(name) {
    return this.missing.some(
      (item) => item.name === name.name && (item.schema === void 0 || name.schema === void 0 || item.schema === name.schema)
    ) || this.extensions.some((extension) => isMember(name, extension));
  }
  /** A DO block after a failed extension that raised: its consequence only when it is about it. */
  raisedAboutFailedExtension(node, sql, message) {
    if (!statementOf(node, "DoStmt")) return !1;
    let text = `${sql}
${message}`.toLowerCase();
    return this.extensions.some(
      (extension) => mentions(text, extension.name) || wordsOf(text).some((word) => isMember({ name: word }, { name: extension.name }))
    );
  }
};
function isMember(name, extension) {
  return name.name === extension.name || extension.schema !== void 0 && name.schema === extension.schema ? !0 : (KNOWN_MEMBERS[extension.name] ?? []).some((pattern) => pattern.test(name.name));
}
function failedExtension(node) {
  let create = statementOf(node, "CreateExtensionStmt");
  if (!create?.extname) return;
  let schemaOption = (create.options ?? []).map((option) => option.DefElem).find((option) => option?.defname === "schema");
  return { name: create.extname, schema: stringValue(schemaOption?.arg) };
}
function namesIn(message) {
  let found = [];
  for (let match of message.matchAll(/"([^"]+)"/g)) found.push(match[1]);
  let func = /function ([\w$.]+)\(([^)]*)\)/.exec(message);
  func && found.push(func[1], ...func[2].split(",").map((type) => type.trim()));
  let operator = /operator does not exist: (.+)$/.exec(message);
  return operator && found.push(...wordsOf(operator[1])), found.filter((text) => text !== "").map(splitName);
}
function splitName(text) {
  let bare = text.replace(/\[\]$/, "").replaceAll('"', ""), dot = bare.lastIndexOf(".");
  return dot < 0 ? { name: bare } : { schema: bare.slice(0, dot), name: bare.slice(dot + 1) };
}
function wordsOf(text) {
  return text.toLowerCase().match(/[a-z_][\w$]*/g) ?? [];
}
function mentions(text, word) {
  return wordsOf(text).includes(word.toLowerCase());
}
function createdNames(node) {
  let [kind, body] = unwrap(node) ?? ["", {}], names = [], field = (key2) => body[key2];
  switch (kind) {
    case "CreateStmt":
    case "CreateForeignTableStmt":
      names.push(relationName(field("relation")) ?? relationName(nested(field("base"), "relation")));
      break;
    case "CreateSeqStmt":
      names.push(relationName(field("sequence")));
      break;
    case "CreateTableAsStmt":
      names.push(relationName(nested(field("into"), "rel")));
      break;
    case "ViewStmt":
      names.push(relationName(field("view")));
      break;
    case "CompositeTypeStmt":
      names.push(relationName(field("typevar")));
      break;
    case "IndexStmt":
      names.push(plainName(field("idxname")));
      break;
    case "CreateSchemaStmt":
      names.push(plainName(field("schemaname")));
      break;
    case "CreateExtensionStmt":
      names.push(plainName(field("extname")));
      break;
    case "CreateFunctionStmt":
      names.push(listName(field("funcname")));
      break;
    case "CreateEnumStmt":
    case "CreateRangeStmt":
      names.push(listName(field("typeName")));
      break;
    case "CreateDomainStmt":
      names.push(listName(field("domainname")));
      break;
    case "DefineStmt":
      names.push(listName(field("defnames")));
      break;
    case "AlterTableStmt":
      names.push(...addedColumns(field("cmds")));
      break;
  }
  return names.filter((name) => name !== void 0 && name.name !== "");
}
function relationName(value) {
  let relation = value;
  if (typeof relation?.relname == "string")
    return {
      schema: typeof relation.schemaname == "string" ? relation.schemaname : void 0,
      name: relation.relname
    };
}
function plainName(value) {
  return typeof value == "string" ? { name: value } : void 0;
}
function listName(value) {
  if (!Array.isArray(value)) return;
  let parts = value.map(stringValue).filter((part) => part !== void 0), name = parts.at(-1);
  if (name !== void 0)
    return parts.length > 1 ? { schema: parts.at(-2), name } : { name };
}
function addedColumns(commands) {
  return Array.isArray(commands) ? commands.flatMap((command) => {
    let body = command.AlterTableCmd, column = nested(nested(body?.def, "ColumnDef"), "colname");
    return body?.subtype === "AT_AddColumn" && typeof column == "string" ? [{ name: column }] : [];
  }) : [];
}
function nested(value, key2) {
  return typeof value == "object" && value !== null ? value[key2] : void 0;
}
function stringValue(value) {
  let text = nested(nested(value, "String"), "sval");
  return typeof text == "string" ? text : void 0;
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
  "TruncateStmt",
  // Alone, too: DEALLOCATE ALL would take the replay's own prepared statements with it.
  "DeallocateStmt"
]), NEW_OBJECTS = "scribe_lint_new_objects", HELD_LOCKS = "scribe_lint_held_locks", GENERIC_PLANS = "set local plan_cache_mode = force_generic_plan", ALTER_CREATES_NOTHING = /* @__PURE__ */ new Set([
  "AT_EnableRowSecurity",
  "AT_DisableRowSecurity",
  "AT_ForceRowSecurity",
  "AT_NoForceRowSecurity",
  "AT_ColumnDefault",
  "AT_ReplicaIdentity",
  "AT_SetRelOptions",
  "AT_ResetRelOptions",
  "AT_ChangeOwner",
  "AT_EnableTrig",
  "AT_DisableTrig",
  "AT_EnableTrigAll",
  "AT_DisableTrigAll",
  "AT_EnableTrigUser",
  "AT_DisableTrigUser",
  "AT_SetStatistics",
  "AT_SetStorage",
  "AT_DropConstraint",
  "AT_DropColumn"
]);
function createsObjects(kind, node) {
  if (CREATES_NOTHING.has(kind)) return !1;
  if (kind !== "AlterTableStmt") return !0;
  let commands = tableCommands(statementOf(node, "AlterTableStmt"));
  return commands.length === 0 || !commands.every((command) => ALTER_CREATES_NOTHING.has(command.subtype ?? ""));
}
var TRANSACTION_CONTROL = "TransactionStmt", ReplayInterrupted = class extends Error {
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
  constructor(db, origins, options = {}) {
    this.db = db;
    this.origins = origins;
    this.skipped = options.skipped ?? /* @__PURE__ */ new Map(), this.rollbackFiles = options.onError === "rollback-file", this.observer = options.observeLocks ? new LockObserver() : void 0;
  }
  db;
  origins;
  errors = [];
  failures = new FailureTracker();
  skipped;
  rollbackFiles;
  statementsReplayed = 0;
  failedStatements = 0;
  /** The file being replayed: its statements that ran, and the names it recorded, until it commits. */
  pending = { nodes: [], names: [] };
  reached;
  /** Set when the locks are observed: what each statement did to the relations its file started with. */
  observer;
  finalState;
  /** Whether this session has the watermark and lock queries prepared (`maybe`: after a DEALLOCATE). */
  prepared = "no";
  /** The last statement the replay started, for saying where an incomplete replay stopped. */
  get lastReached() {
    return this.reached;
  }
  /** The first failures found so far (kept when the replay is cut short). */
  get errorsSoFar() {
    return this.errors;
  }
  /** The state after the last file, before the names were resolved: what a snapshot keeps. */
  get endState() {
    return this.finalState;
  }
  /**
   * Replays the applied files; with `resume` (the state of a snapshot the shadow was started from), only
   * those after the snapshot's, going on from its state.
   */
  async replay(files, resume) {
    let applied = files.filter((file) => file.applied);
    resume ? this.resume(resume, applied) : await this.origins.start();
    let started = performance.now();
    for (let file of applied.slice(resume?.files ?? 0)) await this.replayFile(file);
    let filesMs = performance.now() - started;
    return this.finalState = this.stateAfter(applied), await this.origins.finish(), {
      filesReplayed: applied.length,
      statementsReplayed: this.statementsReplayed,
      errors: this.errors,
      failedStatements: this.failedStatements,
      filesMs
    };
  }
  /** Prepares the queries that follow statements (once per session, and again after a DEALLOCATE). */
  async prepare() {
    if (this.prepared === "yes") return;
    if (this.prepared === "maybe") {
      let { rows } = await this.db.query(
        `select name from pg_prepared_statements where name in ('${NEW_OBJECTS}', '${HELD_LOCKS}')`
      );
      for (let { name } of rows) await this.db.exec(`deallocate ${name}`);
    }
    let statements = [this.origins.prepareNewObjectsSql(NEW_OBJECTS)];
    this.observer && statements.push(this.observer.prepareHeldLocksSql(HELD_LOCKS)), await this.db.exec(statements.join(`;
`)), this.prepared = "yes";
  }
  resume(state, applied) {
    this.origins.restore(state.origins), this.failures.restore(state.failures), this.errors.push(...state.errors), this.statementsReplayed = state.statementsReplayed, this.failedStatements = state.failedStatements, this.observer && state.observer && this.observer.restore(state.observer, statementIn(applied));
  }
  stateAfter(applied) {
    let keys = /* @__PURE__ */ new Map();
    applied.forEach((file, position) => {
      for (let statement of file.statements) keys.set(statement, `${position}:${statement.index}`);
    });
    let keyOf = (statement) => keys.get(statement) ?? "";
    return {
      files: applied.length,
      statementsReplayed: this.statementsReplayed,
      failedStatements: this.failedStatements,
      errors: [...this.errors],
      failures: this.failures.snapshot(),
      origins: this.origins.snapshot(),
      ...this.observer && { observer: this.observer.snapshot(keyOf) }
    };
  }
  async replayFile(file) {
    this.pending = { nodes: [], names: [] }, this.rollbackFiles && await this.db.exec("begin"), this.observer && this.observer.startFile((await this.db.query(this.observer.snapshotSql())).rows);
    for (let statement of file.statements) {
      if (statement.parseProblem || !statement.node) continue;
      if (this.reached = { file, statement }, !await this.replayStatement(file, statement, statement.node) && this.rollbackFiles) {
        await this.rollBackFile(file.statements.slice(statement.index + 1));
        return;
      }
    }
    this.rollbackFiles && await this.db.exec("commit"), this.commitNames();
  }
  /**
   * The file failed: nothing it made exists, and the deploy would have stopped before the statements left,
   * so what both would have made counts as missing from now on.
   */
  async rollBackFile(notRun) {
    await this.db.exec("rollback"), this.observer?.loseTrack();
    for (let node of this.pending.nodes) this.failures.failed(node);
    for (let statement of notRun) statement.node && this.failures.failed(statement.node);
    this.pending = { nodes: [], names: [] };
  }
  commitNames() {
    for (let [kind, name, location] of this.pending.names) this.origins.recordName(kind, name, location);
    this.pending = { nodes: [], names: [] };
  }
  /** Runs one statement; false when it failed. */
  async replayStatement(file, statement, node) {
    let [kind] = unwrap(node) ?? [""];
    if (kind === TRANSACTION_CONTROL) return !0;
    let location = locationIn(file, statement.start, statement.end), source = { file, statement }, sql = file.lines.slice(statement.start, statement.end);
    this.statementsReplayed++;
    let skippedBecause = this.skipped.get(statement);
    if (skippedBecause !== void 0)
      return this.recordFailure(file, statement, node, sql, { message: skippedBecause }, !0), !1;
    let replacement = emulatedSql(node), track = createsObjects(kind, node), alone = mustRunAlone(node, sql), together = track && replacement === void 0 && !alone, watch = this.observer && replacement === void 0 && !alone ? watchFor(node, this.observer) : "no", observe = watch === "query", parts = [replacement ?? sql];
    (together || observe) && parts.push(GENERIC_PLANS), together && parts.push(this.origins.executeNewObjectsSql(NEW_OBJECTS)), observe && parts.push(this.observer.executeHeldLocksSql(HELD_LOCKS));
    try {
      (together || observe) && await this.prepare(), alone && this.rollbackFiles && await this.db.exec("commit");
      let results = await this.db.exec(parts.join(`;
`));
      alone && this.rollbackFiles && await this.db.exec("begin"), together && this.origins.credit(results.at(observe ? -2 : -1)?.rows ?? [], location, source), watch === "no" ? this.observer?.loseTrack() : this.observer.record(statement, observe ? results.at(-1)?.rows ?? [] : []), (alone || !this.rollbackFiles) && this.observer?.transactionEnded(), track && !together && await this.origins.recordNewObjects(location, source);
    } catch (error) {
      if (error instanceof ShadowStopped) throw new ReplayInterrupted(statement, location, error);
      return alone && this.rollbackFiles && await this.db.exec("begin"), this.observer?.transactionEnded(), this.recordFailure(file, statement, node, sql, error), !1;
    }
    return (kind === "DeallocateStmt" || kind === "DiscardStmt") && (this.prepared = "maybe"), this.pending.nodes.push(node), this.pending.names.push(...namedRecords(node, location, source)), !0;
  }
  recordFailure(file, statement, node, sql, error, stoppedShadow = !1) {
    this.failedStatements++;
    let consequence = this.failures.isConsequence(error, node, sql);
    if (this.failures.failed(node), consequence) return;
    let position = Number(error.position), at = Number.isInteger(position) && position > 0 ? statement.start + codePointOffsetToByte(sql, position - 1) : statement.start, message = oneLine(error.message ?? String(error));
    this.errors.push({
      location: locationIn(file, at, statement.end),
      message: message + standinNote(sql, message),
      ...stoppedShadow && { stoppedShadow }
    });
  }
};
function statementIn(applied) {
  return (key2) => {
    let [file, statement] = key2.split(":").map(Number);
    return applied[file]?.statements?.[statement];
  };
}
function namedRecords(node, location, source) {
  let records = [], grant = statementOf(node, "GrantStmt");
  if (grant?.is_grant) {
    let privileges = grantPrivilegesSpan(source), at = privileges ? locationIn(source.file, privileges.start, privileges.end) : location;
    for (let table of grantedTables(grant))
      for (let role of granteeNames(grant)) records.push(["grant", `${table} to ${role}`, at]);
  }
  let alter = statementOf(node, "AlterTableStmt");
  for (let command of alter?.cmds ?? []) {
    let body = command.AlterTableCmd, column = body?.def?.ColumnDef?.colname;
    body?.subtype === "AT_AddColumn" && column && records.push(["column", `${qualify(alter.relation)}.${column}`, location]);
  }
  return records;
}
var STANDIN_SCHEMAS = MANAGED_SCHEMAS.filter((name) => name !== "information_schema"), STANDIN_EXTENSION_NAMES = /* @__PURE__ */ new Set([
  ...STANDIN_EXTENSIONS.map((extension) => extension.name),
  ...EMULATED_EXTENSIONS.keys()
]);
function standinNote(sql, message) {
  let text = `${sql}
${message}`.toLowerCase(), schema = STANDIN_SCHEMAS.find((name) => new RegExp(`(^|[^\\w$])"?${name}"?\\s*\\.`).test(text)), words = new Set(text.match(/[a-z_][\w$]*/g) ?? []), extension = [...STANDIN_EXTENSION_NAMES].find(
    (name) => words.has(name) && /\bextension\b/.test(text)
  ), subject = schema ? `the ${schema} schema` : extension ? `the ${extension} extension` : void 0;
  return subject ? ` (this involves ${subject}, which the shadow emulates with a stand-in: Supabase may have what it lacks)` : "";
}
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
function watchFor(node, observer) {
  let [kind, body] = unwrap(node) ?? ["", {}];
  return LOCK_NOTHING.has(kind) ? "none" : OUTSIDE_TRANSACTIONS.has(kind) || kind === "ReindexStmt" && body.kind !== "REINDEX_OBJECT_TABLE" && body.kind !== "REINDEX_OBJECT_INDEX" || kind === "ClusterStmt" && body.relation === void 0 ? "no" : observer.mayLockExisting(node) ? "query" : "none";
}
var LOCK_NOTHING = /* @__PURE__ */ new Set(["VariableSetStmt", "VariableShowStmt", "CreateFunctionStmt", "DeallocateStmt"]), OUTSIDE_TRANSACTIONS = /* @__PURE__ */ new Set([
  "DiscardStmt",
  "CheckPointStmt",
  "CreateSubscriptionStmt",
  "AlterSubscriptionStmt",
  "DropSubscriptionStmt",
  "AlterDatabaseStmt"
]);
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
function oneLine(message) {
  return message.split(`
`)[0].trim();
}

// src/shadow/snapshot.ts
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
var FORMAT = 1, DEFAULT_MAX_MB = 512, WORTH_SAVING_MS = 250, WRITTEN_BYTES_PER_MS = 1e5, SnapshotCache = class {
  constructor(dir, files, mode, maxBytes = maxBytesFromEnv()) {
    this.dir = dir;
    this.maxBytes = maxBytes;
    this.applied = files.filter((file) => file.applied), this.keys = chainKeys(this.applied, mode);
  }
  dir;
  maxBytes;
  /** `keys[i]`: the key of the first i + 1 applied files. */
  keys;
  applied;
  /**
   * The snapshot of the longest prefix of the history that has a usable one. Before the files are parsed
   * (no `statements`), the lock observations it holds cannot be checked against them: openShadow looks
   * again once they are, handing over what the first look found (`known`), which is then taken without
   * reading its entry again when the statements it names are there.
   */
  find(known) {
    let knownCount = known ? this.keys.indexOf(known.key) + 1 : 0;
    if (known && knownCount === known.state.files && this.observationsFit(known.state, knownCount))
      return known;
    for (let count = this.keys.length; count > 0; count--) {
      let found = this.read(this.keys[count - 1], count);
      if (found) return found;
    }
  }
  /** Forgets an entry that turned out unusable (its data directory did not load). */
  discard(found) {
    for (let file of this.entryFiles(found.key)) rmSync(file, { force: !0 });
  }
  /**
   * Keeps the shadow's state after a full replay, unless the replay was restored from this very history,
   * or replayed too little past its snapshot to be worth the write, or left state no snapshot can carry (a
   * temporary table, a changed session user). Never fails the run: a snapshot only saves time.
   */
  async save(db, state, restored, replayMs) {
    let restoredFiles = restored?.state.files ?? 0;
    if (state.files === 0 || state.files === restoredFiles) return;
    let writeMs = Math.max(WORTH_SAVING_MS, (restored?.data.bytes ?? 0) / WRITTEN_BYTES_PER_MS);
    if (restored && replayMs < writeMs) return;
    let key2 = this.keys[state.files - 1], [json, tar] = this.entryFiles(key2);
    try {
      let session = await sessionState(db);
      if (!session) return;
      let data = await db.dump(tar), entry = { format: FORMAT, key: key2, state, session, data }, temporary = `${json}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(entry)), renameSync(temporary, json), this.evict(key2);
    } catch {
      rmSync(json, { force: !0 });
    }
  }
  entryFiles(key2) {
    return [path.join(this.dir, `replay-${key2}.json`), path.join(this.dir, `replay-${key2}.tar`)];
  }
  read(key2, count) {
    let [json, tar] = this.entryFiles(key2), entry;
    try {
      entry = JSON.parse(readFileSync(json, "utf8"));
    } catch {
      return;
    }
    if (this.fits(entry, key2, count))
      return touch(json, tar), { key: key2, state: entry.state, session: entry.session, data: { file: tar, ...entry.data } };
  }
  /** The shape checks: an entry written by another version, for another key, or damaged, does not fit. */
  fits(entry, key2, count) {
    if (typeof entry != "object" || entry === null || entry.format !== FORMAT || entry.key !== key2 || entry.state?.files !== count) return !1;
    let { data, session, state } = entry;
    return !Number.isSafeInteger(data?.bytes) || !/^[0-9a-f]{64}$/.test(String(data?.sha256)) || !Array.isArray(session?.settings) || !Array.isArray(state.errors) || !Array.isArray(state.origins?.byOid) || !Array.isArray(state.origins?.byName) || !Array.isArray(state.failures?.missing) || !Array.isArray(state.failures?.extensions) ? !1 : this.observationsFit(state, count);
  }
  /** Whether every statement the lock observations name is in the history (true before the parse). */
  observationsFit(state, count) {
    let files = this.applied.slice(0, count);
    if (files.some((file) => !file.statements)) return !0;
    let statementAt = statementIn(files);
    return (state.observer?.observations ?? []).every(([name]) => statementAt(name) !== void 0);
  }
  /** Removes the entries used least recently while the snapshots take more than `maxBytes`. */
  evict(keep) {
    let entries = /* @__PURE__ */ new Map();
    for (let name of readdirSync(this.dir)) {
      let match = /^replay-([0-9a-f]+)\.(json|tar)$/.exec(name);
      if (!match) continue;
      let stats = statSync(path.join(this.dir, name), { throwIfNoEntry: !1 });
      if (!stats) continue;
      let entry = entries.get(match[1]) ?? { bytes: 0, used: 0 };
      entry.bytes += stats.size, entry.used = Math.max(entry.used, stats.mtimeMs), entries.set(match[1], entry);
    }
    let total = [...entries.values()].reduce((sum, entry) => sum + entry.bytes, 0), oldestFirst = [...entries].filter(([key2]) => key2 !== keep).sort((a, b) => a[1].used - b[1].used);
    for (let [key2, entry] of oldestFirst) {
      if (total <= this.maxBytes) break;
      for (let file of this.entryFiles(key2)) rmSync(file, { force: !0 });
      total -= entry.bytes;
    }
  }
};
async function restoreSession(db, session) {
  let settings = session.settings.map(
    ([name, value]) => `select set_config(${literal(name)}, ${literal(value)}, false)`
  ), role = session.role === void 0 ? [] : [`set role ${identifier(session.role)}`], sql = [...settings, ...role].join(`;
`);
  sql !== "" && await db.exec(sql);
}
async function sessionState(db) {
  let { rows } = await db.query(
    `select (select count(*) from pg_class where relpersistence = 't')::int as temporary,
            current_user::text as current, session_user::text as session`
  ), facts = rows[0];
  return !facts || facts.temporary > 0 ? void 0 : {
    settings: (await db.query(
      `select name, setting from pg_settings where source = 'session' and name <> 'role'
      order by name <> 'session_authorization', name`
    )).rows.map((row) => [row.name, row.setting]),
    ...facts.current !== facts.session && { role: facts.current }
  };
}
function chainKeys(applied, mode) {
  let previous = createHash("sha256").update(
    JSON.stringify([
      FORMAT,
      TOOL_VERSION,
      codeFingerprint(),
      mode.standin,
      mode.onError,
      mode.observeLocks
    ])
  ).digest("hex");
  return applied.map((file) => (previous = createHash("sha256").update(previous).update("\0").update(file.displayPath).update("\0").update(file.text).digest("hex"), previous.slice(0, 32)));
}
function maxBytesFromEnv() {
  let megabytes = Number(process.env.SCRIBE_LINT_CACHE_MAX_MB);
  return (Number.isFinite(megabytes) && megabytes > 0 ? megabytes : DEFAULT_MAX_MB) * 1024 * 1024;
}
function touch(...files) {
  let now = /* @__PURE__ */ new Date();
  for (let file of files)
    try {
      utimesSync(file, now, now);
    } catch {
    }
}
function literal(text) {
  return `'${text.replaceAll("'", "''")}'`;
}
function identifier(name) {
  return `"${name.replaceAll('"', '""')}"`;
}

// src/shadow/index.ts
var MAX_RESTARTS = 25;
function startShadowEarly(texts, options, start = {}) {
  let limits = shadowLimits(start.limits), budgetStart = performance.now(), extensions = extensionsInText(texts), mode = { onError: onErrorFor(options?.config), observeLocks: wantsLocks(options) }, found = snapshotCache(texts, start, mode)?.find(), started = startOrExplain({ ...start, limits, extensions, budgetStart }, found, !1);
  return started.catch(() => {
  }), {
    found,
    builds: new Set(buildsToLoad(extensions)),
    started,
    budgetStart,
    discard: () => {
      started.then(closeStarted, () => {
      });
    }
  };
}
async function closeStarted(shadow) {
  shadow instanceof ShadowStopped || await shadow.db.close();
}
function earlyShadowFits(early, found, extensions) {
  if (early) {
    if (early.found?.key === found?.key && buildsToLoad(extensions).every((name) => early.builds.has(name)))
      return early;
    early.discard();
  }
}
async function openShadow(files, options, start = {}, { early, restored } = {}) {
  let limits = shadowLimits(start.limits), skipped = /* @__PURE__ */ new Map(), requested = extensionsNeeded(files), extensions = requested, onError = onErrorFor(options?.config), observeLocks = wantsLocks(options), snapshots = snapshotCache(files, start, { onError, observeLocks }), found = snapshots?.find(early?.found), first, begun = earlyShadowFits(early, found, extensions), budgetStart = begun?.budgetStart ?? performance.now();
  for (restored?.(found && observeLocks ? restoredObservations(found, files) : void 0); ; ) {
    let shadow = begun ? await begun.started : await startOrExplain({ ...start, limits, extensions, budgetStart }, found, first !== void 0);
    if (begun = void 0, shadow instanceof ShadowStopped) return incompleteShadow(files, { stopped: shadow }, first);
    first ??= shadow;
    let { db } = shadow, resume = await resumeFrom(shadow, found);
    if (found && !resume && (snapshots?.discard(found), found = void 0, shadow.restored)) {
      await db.close();
      continue;
    }
    let origins = new OriginRecorder(db), replayer = new Replayer(db, origins, { skipped, onError, observeLocks });
    try {
      let replayStarted = performance.now(), outcome = await replayer.replay(files, resume?.state), replayMs = performance.now() - replayStarted;
      if (extensions === requested && outcome.errors.some(reachedMissingLibrary)) {
        await db.close(), extensions = [...requested, ...INSTALLED_BY_STANDIN];
        continue;
      }
      await db.readArrayTypes(), db.endBudget();
      let keep = snapshots && skipped.size === 0 ? replayer.endState : void 0;
      return {
        value: {
          mode: "shadow",
          connection: connectionTo(db),
          locate: (k, n) => origins.locate(k, n),
          replay: { ...status(outcome, first), replayMs, restoredFiles: resume?.state.files ?? 0 },
          ...replayer.observer && { observed: (s) => replayer.observer?.observed(s) }
        },
        close: async () => {
          keep && await snapshots?.save(db, keep, resume, outcome.filesMs), await db.close();
        }
      };
    } catch (error) {
      if (await db.close(), !(error instanceof ShadowStopped || error instanceof ReplayInterrupted)) throw error;
      let interrupted = error instanceof ReplayInterrupted ? error : void 0, stopped = interrupted?.stopped ?? error;
      if (interrupted && stopped.reason !== "total-limit" && skipped.size < MAX_RESTARTS) {
        skipped.set(interrupted.statement, skippedMessage(stopped));
        continue;
      }
      let reason = interrupted && stopped.reason !== "total-limit" ? new ShadowStopped("crashed", `the shadow database stopped ${MAX_RESTARTS + 1} times`) : stopped;
      return incompleteShadow(
        files,
        { stopped: reason, reached: replayer.lastReached, errorsSoFar: replayer.errorsSoFar },
        first
      );
    }
  }
}
function restoredObservations(found, files) {
  let observer = new LockObserver(), state = found.state.observer;
  if (!(!state || !observer.restore(state, statementIn(files.filter((file) => file.applied)))))
    return { appliedFiles: found.state.files, observed: (statement) => observer.observed(statement) };
}
function snapshotCache(files, start, mode) {
  let dir = cacheDir(start.cacheDir);
  return dir === void 0 ? void 0 : new SnapshotCache(dir, files, { standin: cacheKey(), ...mode });
}
async function resumeFrom(shadow, found) {
  if (!(!found || !shadow.restored))
    try {
      return await restoreSession(shadow.db, found.session), found;
    } catch {
      return;
    }
}
function wantsLocks(options) {
  if (!options?.rules) return !0;
  let config = options.config;
  return options.rules.some(
    (rule) => rule.meta.observesLocks && (!config || severityOf(rule, config) !== "off")
  );
}
function onErrorFor(config) {
  return !config || config.runner === "psql" ? "skip-statement" : config.shadow?.onError ?? "skip-statement";
}
async function startOrExplain(options, found, restarting) {
  try {
    return await startShadowDatabase({ ...options, ...found && { snapshot: found.data } });
  } catch (error) {
    if (error instanceof ShadowStopped && error.reason === "total-limit") return error;
    let reason = error instanceof Error ? error.message : String(error);
    if (restarting) return new ShadowStopped("crashed", `the shadow database could not restart (${reason})`);
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
function incompleteShadow(files, stop, first) {
  let { reached } = stop, location = reached ? locationIn(reached.file, reached.statement.start, reached.statement.end) : firstFileStart(files), where = reached ? `it reached ${reached.file.displayPath}, statement ${reached.statement.index + 1} (line ${location.line})` : "it stopped before the first statement", stopError = {
    location,
    message: `${stop.stopped.message}: ${where}; schema rules were not run on the incomplete shadow`,
    endsReplay: !0
  }, replay = {
    filesReplayed: 0,
    statementsReplayed: 0,
    errors: [...stop.errorsSoFar ?? [], stopError],
    startMs: first?.startMs ?? 0,
    warmStart: first?.warmStart ?? !1,
    incomplete: !0
  };
  return { value: { mode: "shadow", connection: { query: async () => [] }, locate: () => {
  }, replay }, close: async () => {
  } };
}
function firstFileStart(files) {
  let file = files.find((candidate) => candidate.applied) ?? files[0];
  return locationIn(file, 0, 0);
}
function connectionTo(db) {
  let answers = /* @__PURE__ */ new Map(), ask = async (sql, params) => {
    try {
      return (await db.query(sql, params)).rows;
    } catch (error) {
      throw error instanceof ShadowStopped ? new Error(`the shadow database stopped while the schema rules ran: ${error.message}`) : error;
    }
  };
  return {
    async query(sql, params) {
      if (!/^\s*(select|with)\b/i.test(sql))
        return answers.clear(), await ask(sql, params);
      let key2 = `${sql}\0${JSON.stringify(
        params ?? [],
        (_, value) => typeof value == "bigint" ? { bigint: String(value) } : value
      )}`, answer = answers.get(key2);
      return answer || (answer = ask(sql, params), answers.set(key2, answer), answer.catch(() => answers.delete(key2))), structuredClone(await answer);
    }
  };
}
function reachedMissingLibrary(error) {
  return missingLibrary(error.message) !== void 0;
}
export {
  connectionTo,
  listAuditPartitions,
  openShadow,
  startShadowEarly
};
