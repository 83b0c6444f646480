// The live statistics the health rules judge (issue 11): read once per run, in the live audit's read-only
// session, by src/health. Plain data, so a rule is a pure function of it and a page can show it as JSON.
// A statistic that is absent was not read: there was no --db (or no --redis), or the role could not read
// it, in which case `unreadable` says so and the rule that needed it reports one info finding.

/** The groups of statistics, one reader each; what an `unreadable` entry is about. */
export type HealthStatistic = 'statements' | 'connections' | 'tables' | 'database' | 'redis';

export interface Unreadable {
  statistic: HealthStatistic;
  /** What could not be verified, as a finding says it. */
  what: string;
  /** The grant or setting that lets the audit read it. */
  fix: string;
}

/** One row of `pg_stat_statements` of the audited database (times in milliseconds). */
export interface StatementStat {
  /** pg_stat_statements' `queryid`: the finding's object, stable across runs. */
  queryid?: string;
  /** The normalised query text, as the extension stores it. */
  query: string;
  calls: number;
  meanMs: number;
  stddevMs: number;
  totalMs: number;
  /** The configured audit tables the text names (audit-query-time). */
  auditTables: string[];
}

export interface StatementFacts {
  /** Statements with at least `[health] min_calls` calls, slowest estimated p95 first. */
  rows: StatementStat[];
  /** Statements of other roles over a target whose text the role may not see (no pg_read_all_stats). */
  hiddenSlow: number;
}

/** Client backends against the slots clients may use. */
export interface ConnectionFacts {
  clientBackends: number;
  maxConnections: number;
  /** `superuser_reserved_connections` plus `reserved_connections` (PostgreSQL 16+). */
  reserved: number;
}

/** One app table's counters from `pg_stat_user_tables`, with its heap size and autovacuum options. */
export interface TableStat {
  /** `schema.table`. */
  table: string;
  /** `pg_relation_size`: the main fork, as SPEC-2's baseline queries measure it. */
  sizeBytes: number;
  liveTuples: number;
  deadTuples: number;
  seqScan: number;
  seqTupRead: number;
  idxScan: number;
  idxTupFetch: number;
  /** Rows inserted, updated and deleted since the statistics were last reset. */
  inserts: number;
  updates: number;
  deletes: number;
  /** The table's own `autovacuum_*` storage parameters (`name=value`); empty means the server defaults. */
  autovacuumOptions: string[];
}

/** The audited database's buffer cache counters (`pg_stat_database`). */
export interface DatabaseCacheFacts {
  /** The audited database's name. */
  name: string;
  blocksHit: number;
  blocksRead: number;
}

/** Redis `INFO stats`. */
export interface RedisStatsFacts {
  keyspaceHits: number;
  keyspaceMisses: number;
}

/** The live connections health facts come from. */
export type HealthSource = 'database' | 'redis';

export interface HealthFacts {
  /** Which connections this run read (`--db`, `--redis`); absent: both (facts built by hand, in tests). */
  read?: Record<HealthSource, boolean>;
  unreadable: Unreadable[];
  statements?: StatementFacts;
  connections?: ConnectionFacts;
  /** App tables (the managed and system schemas and extension members left out). */
  tables?: TableStat[];
  database?: DatabaseCacheFacts;
  redis?: RedisStatsFacts;
}
