// `scribe-lint baseline`: SPEC-2's "Performance Baseline (Run Now)" queries (largest tables, slowest
// queries, sequential scans on large tables, dead tuples) and its Success Metrics, measured on a live
// database in the audit's read-only session. The statistics the health rules read (src/health) are read
// the same way here; the baseline adds what only it shows: every table's total size and every statement of
// pg_stat_statements (the rules fetch only the ones over a target). A statistic the role may not read is
// "not measured" with the grant that fixes it, never a hole in the report.

import type { Config } from '../config.ts';
import { appSchema, notExtensionMember, statStatementsView } from '../catalog/schemas.ts';
import type { HealthFacts, HealthStatistic, TableStat } from '../health/facts.ts';
import { readHealth } from '../health/index.ts';
import { readGuarded } from '../health/read.ts';
import { namePattern } from '../health/statements.ts';
import type { CatalogConnection } from '../types.ts';
import { estimatedPercentile, type LatencySample } from './percentile.ts';

export interface NotMeasured {
  notMeasured: string;
}

export interface TableSize {
  table: string;
  bytes: number;
}

export interface StatementRow extends LatencySample {
  query: string;
  totalMs: number;
}

export interface DatabaseBaseline {
  database: string;
  largestTables: TableSize[] | NotMeasured;
  slowestQueries: StatementRow[] | NotMeasured;
  seqScans: TableStat[] | NotMeasured;
  deadTuples: TableStat[] | NotMeasured;
  connections: { clients: number; available: number } | NotMeasured;
  /** Estimated p95 over every statement's executions, and over those that name an audit table. */
  p95Ms: number | NotMeasured;
  auditP95Ms: number | NotMeasured;
  /** Redis `INFO stats` (with --redis). */
  cache: { hits: number; misses: number } | NotMeasured;
}

// pg_total_relation_size waits for a lock: a table another session holds ACCESS EXCLUSIVE on (a migration
// under way) is sized from the planner's relpages instead, as src/health/tables.ts does, so the baseline
// never queues behind DDL. A partitioned table is the sum of its partitions, which the list leaves out.
const LARGEST_TABLES = `
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
   where c.relkind in ('r', 'p', 'm') and not c.relispartition and ${appSchema('n')}
     and ${notExtensionMember('c.oid')}
   order by 2 desc, 1 limit 10`;

const STATEMENTS = (view: string) => `
  select query, calls::float8 as calls, total_exec_time as "totalMs", mean_exec_time as "meanMs",
         stddev_exec_time as "stddevMs", max_exec_time as "maxMs"
    from ${view}
   where dbid = (select oid from pg_database where datname = current_database()) and calls > 0`;

/** SPEC-2's thresholds in its baseline queries 3 and 4 (scan count and size come from `[health]`). */
const DEAD_TUPLES_FLOOR = 1000;

export async function measureDatabase(
  db: CatalogConnection,
  config: Config,
  redisUrl: string | undefined,
): Promise<DatabaseBaseline> {
  const health = await readHealth(db, { config, redisUrl });
  const [{ database }] = await db.query<{ database: string }>('select current_database() as database');
  const largest = await readGuarded(db, 'tables', 'table sizes', health.unreadable, () =>
    db.query<TableSize>(LARGEST_TABLES),
  );
  const statements = await readAllStatements(db, health);
  const missing = (statistic: HealthStatistic) => notMeasured(health, statistic);
  const auditPatterns = config.audit.tables.map(namePattern);
  const auditStatements = Array.isArray(statements)
    ? statements.filter((row) => auditPatterns.some((pattern) => pattern.test(row.query)))
    : statements;
  return {
    database,
    largestTables:
      largest?.map((row) => ({ table: row.table, bytes: Number(row.bytes) })) ?? missing('tables'),
    slowestQueries: Array.isArray(statements) ? slowest(statements) : statements,
    seqScans: health.tables ? seqScanned(health.tables, config) : missing('tables'),
    deadTuples: health.tables ? deadTuples(health.tables) : missing('tables'),
    connections: health.connections
      ? {
          clients: health.connections.clientBackends,
          available: health.connections.maxConnections - health.connections.reserved,
        }
      : missing('connections'),
    p95Ms: p95(statements, 'no statement has run yet'),
    auditP95Ms: p95(auditStatements, 'no statement on an audit table has run yet'),
    cache: health.redis
      ? { hits: health.redis.keyspaceHits, misses: health.redis.keyspaceMisses }
      : redisUrl
        ? missing('redis')
        : { notMeasured: 'no --redis' },
  };
}

/** Every statement of this database in pg_stat_statements, or why they could not be read. */
async function readAllStatements(
  db: CatalogConnection,
  health: HealthFacts,
): Promise<StatementRow[] | NotMeasured> {
  const view = await statStatementsView(db);
  if (!view) return notMeasured(health, 'statements');
  const rows = await readGuarded(db, 'statements', 'statement latency', health.unreadable, () =>
    db.query<StatementRow>(STATEMENTS(view)),
  );
  if (!rows) return notMeasured(health, 'statements');
  return rows.map((row) => ({
    query: row.query,
    calls: Number(row.calls),
    totalMs: Number(row.totalMs),
    meanMs: Number(row.meanMs),
    stddevMs: Number(row.stddevMs),
    maxMs: Number(row.maxMs),
  }));
}

/** The first reason the health readers gave for a statistic, as the baseline says it. */
function notMeasured(health: HealthFacts, statistic: HealthStatistic): NotMeasured {
  const entry = health.unreadable.find((item) => item.statistic === statistic);
  return { notMeasured: entry ? `${entry.what} (${entry.fix})` : 'not readable' };
}

function slowest(statements: StatementRow[]): StatementRow[] {
  return [...statements].sort((a, b) => b.meanMs - a.meanMs || b.calls - a.calls).slice(0, 10);
}

function seqScanned(tables: TableStat[], config: Config): TableStat[] {
  return tables
    .filter(
      (table) => table.seqScan > config.health.seqScanMin && table.sizeBytes > config.health.sizeFloorBytes,
    )
    .sort((a, b) => b.seqScan - a.seqScan || a.table.localeCompare(b.table))
    .slice(0, 10);
}

function deadTuples(tables: TableStat[]): TableStat[] {
  return tables
    .filter((table) => table.deadTuples > DEAD_TUPLES_FLOOR)
    .sort((a, b) => b.deadTuples - a.deadTuples || a.table.localeCompare(b.table))
    .slice(0, 10);
}

function p95(statements: StatementRow[] | NotMeasured, none: string): number | NotMeasured {
  if (!Array.isArray(statements)) return statements;
  return estimatedPercentile(statements, 0.95) ?? { notMeasured: none };
}
