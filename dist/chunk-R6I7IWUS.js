import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);
import {
  parseRedisUrl,
  require_built
} from "./chunk-I6MRVFDA.js";
import {
  maskSecrets
} from "./chunk-MHQQPLRE.js";
import {
  P95_Z
} from "./chunk-WEHHNOLE.js";
import {
  appSchema,
  notExtensionMember,
  statStatementsView
} from "./chunk-C6ROTVYX.js";
import {
  __toESM
} from "./chunk-A56RWH2U.js";

// src/health/read.ts
var SAVEPOINT = "scribe_lint_health", INSUFFICIENT_PRIVILEGE = "42501";
function statsGrant(role) {
  return `grant pg_read_all_stats to ${role}`;
}
async function readGuarded(db, statistic, what, unreadable, read, role = "<the audit role>") {
  await db.query(`savepoint ${SAVEPOINT}`);
  try {
    let value = await read();
    return await db.query(`release savepoint ${SAVEPOINT}`), value;
  } catch (error) {
    await db.query(`rollback to savepoint ${SAVEPOINT}`), unreadable.push({ statistic, what: `${what}: ${firstLine(error)}`, fix: fixFor(error, role) });
    return;
  }
}
function fixFor(error, role) {
  return error.code === INSUFFICIENT_PRIVILEGE ? statsGrant(role) : "check that the audit role can read the statistics views";
}
function firstLine(error) {
  return (error.message ?? String(error)).split(`
`)[0].trim();
}

// src/health/connections.ts
async function readConnections(db, role, unreadable) {
  let row = (await readGuarded(
    db,
    "connections",
    "connection usage",
    unreadable,
    () => db.query(
      `select (select count(*) from pg_stat_activity where backend_type = 'client backend')::int as clients,
              current_setting('max_connections')::int as max,
              current_setting('superuser_reserved_connections')::int
                + coalesce(nullif(current_setting('reserved_connections', true), '')::int, 0) as reserved`
    ),
    role
  ))?.[0];
  if (row)
    return {
      clientBackends: Number(row.clients),
      maxConnections: Number(row.max),
      reserved: Number(row.reserved)
    };
}

// src/health/database.ts
async function readDatabaseCache(db, role, unreadable) {
  let row = (await readGuarded(
    db,
    "database",
    "the buffer cache hit ratio",
    unreadable,
    () => db.query(
      `select datname as name, blks_hit::float8 as hit, blks_read::float8 as read
         from pg_stat_database where datname = current_database()`
    ),
    role
  ))?.[0];
  return row && { name: row.name, blocksHit: Number(row.hit), blocksRead: Number(row.read) };
}

// src/health/redis-info.ts
var import_ioredis = __toESM(require_built(), 1);
async function readRedisStats(url, unreadable) {
  let target = parseRedisUrl(url), client = new import_ioredis.Redis(url, {
    lazyConnect: !0,
    connectTimeout: 3e3,
    commandTimeout: 3e3,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableReadyCheck: !1,
    disableClientInfo: !0,
    autoResubscribe: !1
  }), lastError;
  client.on("error", (error) => lastError = error);
  try {
    return await client.connect(), parseStats(await client.info("stats"));
  } catch (error) {
    let message = (lastError ?? error).message ?? String(error);
    if (/NOPERM/.test(message)) {
      unreadable.push({
        statistic: "redis",
        what: "the Redis cache hit rate: the user may not run INFO",
        fix: "ACL SETUSER <the audit user> +info"
      });
      return;
    }
    let reason = maskSecrets(message.split(`
`)[0].trim(), target.password ? [target.password] : []);
    unreadable.push({
      statistic: "redis",
      what: `the Redis cache hit rate: INFO failed at ${target.shown} (${reason})`,
      fix: "check that the Redis user may run INFO"
    });
    return;
  } finally {
    client.disconnect();
  }
}
function parseStats(info) {
  let field = (name) => {
    let match = new RegExp(`^${name}:(\\d+)\\s*$`, "m").exec(info);
    if (!match) throw new Error(`INFO stats has no ${name}`);
    return Number(match[1]);
  };
  return { keyspaceHits: field("keyspace_hits"), keyspaceMisses: field("keyspace_misses") };
}

// src/health/statements.ts
var HIDDEN_TEXT = "<insufficient privilege>";
async function readStatements(db, role, config, unreadable) {
  let view = await statStatementsView(db);
  if (!view) {
    unreadable.push({
      statistic: "statements",
      what: "statement latency: the pg_stat_statements extension is not installed",
      fix: "create extension pg_stat_statements"
    });
    return;
  }
  let rows = await readGuarded(
    db,
    "statements",
    "statement latency",
    unreadable,
    () => db.query(statementsSql(view), [
      config.health.minCalls,
      Math.min(config.health.p95Ms, config.health.auditP95Ms)
    ]),
    role
  );
  return rows && statementFacts(rows, role, config, unreadable);
}
function statementsSql(view) {
  let p95 = `(s.mean_exec_time + ${P95_Z} * s.stddev_exec_time)`;
  return `select s.queryid::text as queryid, s.query, s.calls::float8 as calls, s.mean_exec_time as mean,
                 s.stddev_exec_time as stddev, s.total_exec_time as total
            from ${view} s
           where s.dbid = (select oid from pg_database where datname = current_database())
             and s.calls >= $1 and ${p95} > $2
           order by ${p95} desc, s.total_exec_time desc`;
}
function statementFacts(rows, role, config, unreadable) {
  let hidden = rows.filter((row) => row.query === HIDDEN_TEXT);
  hidden.length > 0 && unreadable.push({
    statistic: "statements",
    what: `the text of ${hidden.length} ${hidden.length === 1 ? "statement" : "statements"} of other roles whose estimated p95 is over a target`,
    fix: statsGrant(role)
  });
  let matchers = config.audit.tables.map((table) => ({ table, pattern: namePattern(table) }));
  return { rows: rows.filter((row) => row.query !== HIDDEN_TEXT).map((row) => ({
    queryid: row.queryid ?? void 0,
    query: row.query,
    calls: Number(row.calls),
    meanMs: Number(row.mean),
    stddevMs: Number(row.stddev),
    totalMs: Number(row.total),
    auditTables: matchers.filter((m) => m.pattern.test(row.query)).map((m) => m.table)
  })), hiddenSlow: hidden.length };
}
function namePattern(table) {
  let escaped = table.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\w$])"?${escaped}"?(?![\\w$])`, "i");
}

// src/health/tables.ts
var TABLES_SQL = `
select n.nspname || '.' || c.relname as "table",
       case when x.relation is not null then c.relpages::float8 * current_setting('block_size')::int
            else pg_relation_size(c.oid)::float8 end as size,
       x.relation is not null as locked,
       s.n_live_tup::float8 as live, s.n_dead_tup::float8 as dead,
       coalesce(s.seq_scan, 0)::float8 as seq_scan, coalesce(s.seq_tup_read, 0)::float8 as seq_tup_read,
       coalesce(s.idx_scan, 0)::float8 as idx_scan, coalesce(s.idx_tup_fetch, 0)::float8 as idx_tup_fetch,
       s.n_tup_ins::float8 as ins, s.n_tup_upd::float8 as upd, s.n_tup_del::float8 as del,
       array(select o from unnest(coalesce(c.reloptions, '{}')) o where o like 'autovacuum%') as options
  from pg_stat_user_tables s
  join pg_class c on c.oid = s.relid
  join pg_namespace n on n.oid = c.relnamespace
 left join (select distinct k.relation from pg_locks k
             where k.locktype = 'relation' and k.mode = 'AccessExclusiveLock' and k.pid <> pg_backend_pid()
               and k.database = (select oid from pg_database where datname = current_database())
           ) x on x.relation = c.oid
 where c.relkind in ('r', 'm') and ${appSchema("n")} and ${notExtensionMember("c.oid")}
 order by 1`;
async function readTables(db, role, unreadable) {
  let rows = await readGuarded(
    db,
    "tables",
    "table statistics",
    unreadable,
    () => db.query(TABLES_SQL),
    role
  ), locked = rows?.filter((row) => row.locked).map((row) => `\`${row.table}\``) ?? [];
  return locked.length > 0 && unreadable.push({
    statistic: "tables",
    what: `the exact size of ${locked.join(", ")}: another session holds or awaits ACCESS EXCLUSIVE on it, so the planner's estimate from the last VACUUM or ANALYZE stands in`,
    fix: "run the audit again once that session (a migration?) is done"
  }), rows?.map((row) => ({
    table: row.table,
    sizeBytes: Number(row.size),
    liveTuples: Number(row.live),
    deadTuples: Number(row.dead),
    seqScan: Number(row.seq_scan),
    seqTupRead: Number(row.seq_tup_read),
    idxScan: Number(row.idx_scan),
    idxTupFetch: Number(row.idx_tup_fetch),
    inserts: Number(row.ins),
    updates: Number(row.upd),
    deletes: Number(row.del),
    autovacuumOptions: row.options
  }));
}

// src/health/index.ts
async function readHealth(db, options) {
  let facts = {
    read: { database: db !== void 0, redis: !!options.redisUrl },
    unreadable: []
  };
  if (db) {
    let [{ role }] = await db.query("select quote_ident(current_user) as role");
    facts.statements = await readStatements(db, role, options.config, facts.unreadable), facts.connections = await readConnections(db, role, facts.unreadable), facts.tables = await readTables(db, role, facts.unreadable), facts.database = await readDatabaseCache(db, role, facts.unreadable);
  }
  return options.redisUrl && (facts.redis = await readRedisStats(options.redisUrl, facts.unreadable)), facts;
}

export {
  readGuarded,
  namePattern,
  readHealth
};
