// The shared vocabulary of scribe-lint: findings, rules, and the contexts the engine hands to rules.
// Everything a rule needs arrives through one of the contexts below; a rule never reads files or opens
// connections itself, which keeps rules testable and lets the engine decide what runs where.

import type { Node } from 'libpg-query';
import type { Config } from './config.ts';
import type { NodeTypeName } from './parse/ast.ts';
import type { LineIndex } from './parse/positions.ts';
import type { Location } from './location.ts';
import type { RedisKeyGroup } from './redis/facts.ts';
import type { Severity } from './severity.ts';
import type { CacheWrite } from './source/facts.ts';
import type { HealthFacts } from './health/facts.ts';
import type { PlatformFacts } from './platform/facts.ts';

// Defined below this module (so the config and the fact modules need not import it), named here too.
export type { Location } from './location.ts';
export type { FailOn, Severity, SeveritySetting } from './severity.ts';

/** The inputs behind the health and platform sources: each comes from a flag or a file of its own. */
export type FactInput = 'database' | 'redis' | 'management-api' | 'config-toml';

/** Where a rule gets its facts from (docs/rules.md, "Sources"). */
export type SourceKind = 'statement' | 'schema' | 'source' | 'redis' | 'health' | 'platform';

export interface Suppression {
  reason: string;
  /** Where the suppression comment is, so reports can list it. */
  location: Location;
  ruleIds: string[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  location?: Location;
  /** A database or Redis object: `schema.table`, `schema.table.column`, `schema.index`, `redis:prefix`. */
  object?: string;
  /** Set when a suppression comment with a reason covers this finding. */
  suppressed?: { reason: string };
  /** With `--since`: false for findings outside the changed files; they are listed but never fail. */
  isNew?: boolean;
  /** The mechanical fix, when the rule knows one (issue 10): edits to this file, or SQL for a new migration. */
  fix?: Fix;
}

/**
 * A finding's fix. `edits` change the migration file the finding is in (only ever applied to files not yet
 * applied anywhere: `scribe-lint fix`); `sql` is one or more complete statements, each ending in `;`, to add
 * in a new migration file (the fix for a schema the history already produced).
 */
export interface Fix {
  sql?: string;
  edits?: FixEdit[];
}

/** Replace the bytes `start`..`end` (UTF-8 offsets, `end` exclusive) of `file` with `text`; equal = insert. */
export interface FixEdit {
  /** Display path, as in `Location.file`. */
  file: string;
  start: number;
  end: number;
  text: string;
}

/**
 * What a rule hands to `report`: the engine adds the id and the configured severity. A rule may ask for a
 * lower severity for one finding (`severity: 'info'` for "this could not be verified", or for a note that
 * is not a violation); the engine never raises a finding above the configured severity.
 */
export type Report = (
  finding: Omit<Finding, 'ruleId' | 'severity' | 'suppressed' | 'isNew'> & { severity?: Severity },
) => void;

export interface RuleMeta {
  /** The public id: never renamed once shipped. */
  id: string;
  /** One line, shown by `scribe-lint rules`, in SARIF and in annotation titles. */
  description: string;
  defaultSeverity: Severity;
  /**
   * How high a finding may ask to go when the config does not set the rule's severity: the rules whose
   * spec rows have an alert above the target (an alert finding asks `severity: 'error'`). Default: the
   * default severity.
   */
  alertSeverity?: Severity;
  sources: SourceKind[];
  /**
   * For a health or platform rule: the inputs its facts come from (default: the database for health, the
   * Management API for platform). It is listed as not run when the run read none of them: `--redis` alone
   * leaves the database rules nothing to judge, config.toml alone the API rules.
   */
  inputs?: readonly FactInput[];
  /**
   * The parse-tree node types `checkStatement` reads (e.g. `IndexStmt`). A hint that lets a static run drop
   * every other tree as soon as it is parsed; a statement rule without it keeps all trees.
   */
  statementKinds?: readonly NodeTypeName[];
  /**
   * Runs its schema check on a shadow whose replay stopped early (its budget ran out), and so is never
   * listed as not run then: it is the rule that reports the stop. Every other schema rule is skipped on such
   * a shadow, because it would judge a schema that is missing objects. (replay-error)
   */
  runsOnIncompleteShadow?: boolean;
  /**
   * Its findings come from the suppression comments, made by the engine once every other rule has reported
   * (src/suppress.ts), rather than from a check of its own. (unused-suppression)
   */
  reportsSuppressions?: boolean;
  /**
   * The providers whose unexpected faults (a crash of the shadow, of the source analysis, of the Redis scan)
   * are reported under this rule's id, as one error finding naming what was not checked
   * (src/provider-faults.ts). A live database's fault is reported by the schema rule that was checking.
   */
  reportsFaultsOf?: readonly FaultReportingProvider[];
  /**
   * Its findings are lock or rewrite hazards on the table named by the finding's `object` (`schema.table`
   * or `schema.table.column`): with `--db`, a finding on a table below `[locks] small_table_rows` rows in
   * production is lowered to info and says why (src/small-tables.ts).
   */
  lockHazard?: boolean;
  /**
   * Reads `StatementContext.observed`: the shadow reads each statement's locks and rewrites only when such
   * a rule is on (and, with `--db` and migration files, replays them for it: src/lint.ts).
   */
  observesLocks?: boolean;
}

/** The providers whose faults one rule reports for all (`RuleMeta.reportsFaultsOf`). */
export type FaultReportingProvider = 'shadow' | 'source' | 'redis' | 'health' | 'platform';

// ---------------------------------------------------------------------------------------------------------
// Migration files and statements

export interface ParseProblem {
  message: string;
  /** Byte offset in the file where PostgreSQL's parser gave up. */
  offset: number;
  /**
   * Set for text psql understands but a server rejects (a meta-command, `COPY … FROM stdin` with its data
   * rows): what happens under `runner = "psql"`, where parse-error reports this note as info instead.
   */
  underPsql?: string;
}

export interface Statement {
  /** Position of this statement in its file, from 0. */
  index: number;
  /** The parse tree, e.g. `{ IndexStmt: {...} }`; absent when the statement did not parse. */
  node?: Node;
  /** Byte offset that `location` fields inside `node` count from (non-zero when the file was parsed in pieces). */
  nodeOffset: number;
  /** Byte range in the file (UTF-8), first token to last character before the terminating semicolon. */
  start: number;
  end: number;
  parseProblem?: ParseProblem;
}

export interface MigrationFile {
  /** Absolute path. */
  path: string;
  /** Path shown to users and written into reports: relative to the working directory, forward slashes. */
  displayPath: string;
  /** File name, e.g. `20250101120000_create_clients.sql`. */
  name: string;
  /** The text with any UTF-8 BOM removed. */
  text: string;
  lines: LineIndex;
  statements: Statement[];
  /** Leading digits of a runner-conforming name, or undefined when the runner would skip the file. */
  version?: string;
  /** Whether the configured runner would apply this file (and so whether the shadow replays it). */
  applied: boolean;
  suppressions: ParsedSuppression[];
  /** Why the file was not read (a FIFO, a symlink leading outside the project, ...); it is then empty. */
  skipped?: string;
}

export interface ParsedSuppression {
  /** `disable-next-line`, `disable-line` (the statements on the comment's line), file-wide `disable`. */
  scope: 'next-statement' | 'line' | 'file';
  ruleIds: string[];
  /** Byte offset of each rule id in the comment, in the order of `ruleIds`. */
  ruleIdOffsets?: number[];
  /** Set when the comment looks like a directive but is not one: why (it then suppresses nothing). */
  notUnderstood?: string;
  /** Empty when the author gave none; such a suppression does not suppress. */
  reason: string;
  /** Byte range of the comment. */
  start: number;
  end: number;
}

/** What the running history model knows when a statement is checked (see src/history/model.ts). */
export interface HistoryView {
  /** True when the table existed before the current file began (or is unknown to the history). */
  isExistingTable(qualifiedName: string): boolean;
  /** True when the index's table existed before the current file began. */
  isExistingIndex(qualifiedName: string): boolean;
  /** True when the table was created `PARTITION BY ...`. */
  isPartitionedTable(qualifiedName: string): boolean;
  /** The table an index belongs to, when known. */
  tableOfIndex(qualifiedName: string): string | undefined;
  /**
   * True when the column existed before the current file began: its table is existing and no statement of
   * this file (or, with `--since`, of the change) added it.
   */
  isExistingColumn(qualifiedTable: string, column: string): boolean;
  /**
   * True when the table has a valid `CHECK (column IS NOT NULL)` (added without NOT VALID, or validated by
   * an earlier statement), which lets `SET NOT NULL` skip its scan on PostgreSQL 12+.
   */
  hasValidNotNullCheck(qualifiedTable: string, column: string): boolean;
  /** True when the history built this index with CONCURRENTLY. */
  isConcurrentIndex(qualifiedName: string): boolean;
}

export interface StatementContext {
  file: MigrationFile;
  history: HistoryView;
  config: Config;
  /** Location of a byte range in the current file. */
  locate(start: number, end: number): Location;
  /** Location of the whole statement. */
  locateStatement(statement: Statement): Location;
  /** Location from a parse-tree `location` inside the statement to the statement's end. */
  locateNode(statement: Statement, nodeLocation: number | undefined): Location;
  /**
   * What the shadow saw this statement do to relations that existed before its file (issue 13): the locks
   * it held and the tables it rewrote. Undefined when there was no shadow replay, or the statement was not
   * observed (it failed, or runs outside a transaction, as CONCURRENTLY does).
   */
  observed(statement: Statement): StatementObservation | undefined;
  report: Report;
}

/** PostgreSQL's table lock modes, as `pg_locks.mode` names them. */
export type LockMode =
  | 'AccessShareLock'
  | 'RowShareLock'
  | 'RowExclusiveLock'
  | 'ShareUpdateExclusiveLock'
  | 'ShareLock'
  | 'ShareRowExclusiveLock'
  | 'ExclusiveLock'
  | 'AccessExclusiveLock';

/** A lock a statement held on a relation that existed before the statement's file. */
export interface ObservedLock {
  /** `schema.name`. */
  relation: string;
  mode: LockMode;
}

export interface StatementObservation {
  /** The strongest lock per relation, relations in name order. */
  locks: ObservedLock[];
  /** Tables whose storage the statement replaced (`relfilenode` changed): a full rewrite. */
  rewritten: string[];
}

export interface FileContext {
  /** Every migration file in runner order, for cross-file checks such as duplicate versions. */
  allFiles: readonly MigrationFile[];
  config: Config;
  locate(start: number, end: number): Location;
  report: Report;
}

// ---------------------------------------------------------------------------------------------------------
// Schema (shadow or live database), source files and Redis: filled in by their own modules.

/** A read-only SQL connection to the schema under test, the same interface for PGlite and `pg`. */
export interface CatalogConnection {
  query<Row extends object>(sql: string, params?: unknown[]): Promise<Row[]>;
}

export type SchemaMode = 'shadow' | 'live';

/** Kinds of database object the shadow replay records an origin for. */
export type ObjectKind =
  'table' | 'column' | 'constraint' | 'index' | 'policy' | 'grant' | 'matview' | 'extension';

export interface ReplayError {
  location: Location;
  message: string;
  /** Set on the error that ended an incomplete replay (no schema rule ran), not on a failed statement. */
  endsReplay?: boolean;
  /** Set when the statement stopped the shadow (a hang, a crash) rather than failing with an error. */
  stoppedShadow?: boolean;
}

/** What the shadow replay did, for the replay-error rule and the report summary. */
export interface ReplayStatus {
  filesReplayed: number;
  statementsReplayed: number;
  errors: ReplayError[];
  /** Milliseconds spent starting the embedded database, and whether a cached data directory was used. */
  startMs: number;
  warmStart: boolean;
  /** True when the replay stopped early (its time budget ran out): schema rules are then not run. */
  incomplete?: boolean;
}

export interface SchemaContext {
  db: CatalogConnection;
  mode: SchemaMode;
  config: Config;
  now: Date;
  /** On a shadow: where the statement that created the object is. Live: always undefined. */
  locate(kind: ObjectKind, name: string): Location | undefined;
  /** On a shadow: everything the migrations said, for rules that also credit intent (partition maintenance). */
  migrations: readonly MigrationFile[];
  /** On a shadow: what the replay did (replay-error reads it). */
  replay?: ReplayStatus;
  report: Report;
}

/** What the source rules see: the cache writes found in the app's source files (src/source). */
export interface SourceContext {
  cacheWrites: readonly CacheWrite[];
  config: Config;
  report: Report;
}

/** What the redis rules see: the key groups of a live keyspace (src/redis). */
export interface RedisContext {
  groups: readonly RedisKeyGroup[];
  scannedKeys: number;
  /** False when the key budget ran out before SCAN finished. */
  complete: boolean;
  config: Config;
  report: Report;
}

/**
 * What the health rules see: the live statistics read once per run in the audit's read-only session
 * (src/health), and Redis `INFO` with `--redis`.
 */
export interface HealthContext {
  facts: HealthFacts;
  config: Config;
  now: Date;
  report: Report;
}

/** What the platform rules see: one Supabase project's settings (src/platform). */
export interface PlatformContext {
  facts: PlatformFacts;
  config: Config;
  report: Report;
}

export interface Rule {
  meta: RuleMeta;
  /** Called once per migration file, before its statements, in runner order. */
  checkFile?(file: MigrationFile, context: FileContext): void;
  /** Called for each statement, with the history as it stood just before the statement. */
  checkStatement?(statement: Statement, context: StatementContext): void;
  /** Called once with the schema the migrations produce (shadow) or the live database. */
  checkSchema?(context: SchemaContext): Promise<void>;
  /** Called once with the cache writes found in the app's source files (src/source). */
  checkSource?(context: SourceContext): void;
  /** Called once with the key groups of a live Redis keyspace (src/redis). */
  checkRedis?(context: RedisContext): void;
  /** Called once with the live statistics (`--db`, and Redis `INFO` with `--redis`). */
  checkHealth?(context: HealthContext): void;
  /** Called once with the Supabase project's platform settings (`--supabase-project`, config.toml). */
  checkPlatform?(context: PlatformContext): void;
}
