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
  namePattern,
  readGuarded,
  readHealth
} from "./chunk-R6I7IWUS.js";
import "./chunk-I6MRVFDA.js";
import "./chunk-GA36ZYBK.js";
import "./chunk-6SESNV3M.js";
import "./chunk-MHQQPLRE.js";
import "./chunk-WEHHNOLE.js";
import {
  appSchema,
  notExtensionMember,
  statStatementsView
} from "./chunk-C6ROTVYX.js";
import "./chunk-KMD5P3L4.js";
import "./chunk-A56RWH2U.js";

// src/baseline/percentile.ts
function estimatedPercentile(samples, quantile) {
  let used = samples.filter((sample) => sample.calls > 0), calls = used.reduce((sum, sample) => sum + sample.calls, 0);
  if (calls === 0) return;
  let share = (ms) => used.reduce((sum, sample) => sum + sample.calls * shareBelow(sample, ms), 0) / calls, low = 0, high = Math.max(...used.map((sample) => Math.max(sample.maxMs, sample.meanMs)));
  for (let step = 0; step < 60 && high - low > 1e-6; step++) {
    let middle = (low + high) / 2;
    share(middle) >= quantile ? high = middle : low = middle;
  }
  return high;
}
function shareBelow(sample, ms) {
  return ms >= sample.maxMs ? 1 : sample.stddevMs <= 0 ? ms >= sample.meanMs ? 1 : 0 : normalCdf((ms - sample.meanMs) / sample.stddevMs);
}
function normalCdf(z) {
  let x = Math.abs(z) / Math.SQRT2, t = 1 / (1 + 0.3275911 * x), erf = 1 - t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

// src/baseline/measure.ts
var LARGEST_TABLES = `
  select n.nspname || '.' || c.relname as table,
         case when exists (select 1 from pg_locks k
                            where k.locktype = 'relation' and k.relation = c.oid
                              and k.mode = 'AccessExclusiveLock' and k.pid <> pg_backend_pid())
              then c.relpages::float8 * current_setting('block_size')::int
              when c.relkind = 'p'
              then (select coalesce(sum(pg_total_relation_size(t.relid)), 0)::float8
                      from pg_partition_tree(c.oid) t where t.isleaf)
              else pg_total_relation_size(c.oid)::float8 end as bytes
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
   where c.relkind in ('r', 'p', 'm') and not c.relispartition and ${appSchema("n")}
     and ${notExtensionMember("c.oid")}
   order by 2 desc, 1 limit 10`, STATEMENTS = (view) => `
  select query, calls::float8 as calls, total_exec_time as "totalMs", mean_exec_time as "meanMs",
         stddev_exec_time as "stddevMs", max_exec_time as "maxMs"
    from ${view}
   where dbid = (select oid from pg_database where datname = current_database()) and calls > 0`, DEAD_TUPLES_FLOOR = 1e3;
async function measureDatabase(db, config, redisUrl) {
  let health = await readHealth(db, { config, redisUrl }), [{ database }] = await db.query("select current_database() as database"), largest = await readGuarded(
    db,
    "tables",
    "table sizes",
    health.unreadable,
    () => db.query(LARGEST_TABLES)
  ), statements = await readAllStatements(db, health), missing = (statistic) => notMeasured(health, statistic), auditPatterns = config.audit.tables.map(namePattern), auditStatements = Array.isArray(statements) ? statements.filter((row) => auditPatterns.some((pattern) => pattern.test(row.query))) : statements;
  return {
    database,
    largestTables: largest?.map((row) => ({ table: row.table, bytes: Number(row.bytes) })) ?? missing("tables"),
    slowestQueries: Array.isArray(statements) ? slowest(statements) : statements,
    seqScans: health.tables ? seqScanned(health.tables, config) : missing("tables"),
    deadTuples: health.tables ? deadTuples(health.tables) : missing("tables"),
    connections: health.connections ? {
      clients: health.connections.clientBackends,
      available: health.connections.maxConnections - health.connections.reserved
    } : missing("connections"),
    p95Ms: p95(statements, "no statement has run yet"),
    auditP95Ms: p95(auditStatements, "no statement on an audit table has run yet"),
    cache: health.redis ? { hits: health.redis.keyspaceHits, misses: health.redis.keyspaceMisses } : redisUrl ? missing("redis") : { notMeasured: "no --redis" }
  };
}
async function readAllStatements(db, health) {
  let view = await statStatementsView(db);
  if (!view) return notMeasured(health, "statements");
  let rows = await readGuarded(
    db,
    "statements",
    "statement latency",
    health.unreadable,
    () => db.query(STATEMENTS(view))
  );
  return rows ? rows.map((row) => ({
    query: row.query,
    calls: Number(row.calls),
    totalMs: Number(row.totalMs),
    meanMs: Number(row.meanMs),
    stddevMs: Number(row.stddevMs),
    maxMs: Number(row.maxMs)
  })) : notMeasured(health, "statements");
}
function notMeasured(health, statistic) {
  let entry = health.unreadable.find((item) => item.statistic === statistic);
  return { notMeasured: entry ? `${entry.what} (${entry.fix})` : "not readable" };
}
function slowest(statements) {
  return [...statements].sort((a, b) => b.meanMs - a.meanMs || b.calls - a.calls).slice(0, 10);
}
function seqScanned(tables, config) {
  return tables.filter(
    (table) => table.seqScan > config.health.seqScanMin && table.sizeBytes > config.health.sizeFloorBytes
  ).sort((a, b) => b.seqScan - a.seqScan || a.table.localeCompare(b.table)).slice(0, 10);
}
function deadTuples(tables) {
  return tables.filter((table) => table.deadTuples > DEAD_TUPLES_FLOOR).sort((a, b) => b.deadTuples - a.deadTuples || a.table.localeCompare(b.table)).slice(0, 10);
}
function p95(statements, none) {
  return Array.isArray(statements) ? estimatedPercentile(statements, 0.95) ?? { notMeasured: none } : statements;
}

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
