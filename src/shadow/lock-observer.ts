// What each replayed statement does to the relations that existed before its file: the table locks the
// backend holds once it has run (read from pg_locks before its transaction ends) and the tables whose
// storage it replaced (their relfilenode changed: a rewrite). The lock rules (table-rewrite, lock-timeout,
// long-exclusive-lock) and the markdown report read these observations.
//
// "Existing" is decided by a snapshot at each file's start (every user relation then, with its name and
// relfilenode), so a table created earlier in the same file never counts: nobody else can be blocked by it.
// The snapshot is read whole only when the observer may have lost track (at first, after a statement it
// could not watch, after a file rolled back); otherwise only the relations made since are read, since
// every statement that could rename or rewrite an existing relation was watched.
// A statement whose parse tree names every relation it can lock, none of them existing (a CREATE TABLE, a
// policy on a table of the same file), is not observed at all: most of a history is such statements, and
// the lock query costs about as much as a small statement.

import type { Node } from 'libpg-query';
import { isLockMode, lockStrength } from '../locks.ts';
import { unwrap } from '../parse/ast.ts';
import type { ObservedLock, Statement, StatementObservation } from '../types.ts';

/** Tables, partitioned tables, materialized views, views and foreign tables: what users lock and name. */
const RELATION_KINDS = `('r', 'p', 'm', 'v', 'f')`;
const USER_NAMESPACES = `n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')`;

/**
 * Every user relation at a file's start, and every index (`observed` false: only its name is kept, since a
 * statement naming an index locks its table).
 */
export function existingRelationsSql(after: number): string {
  return `
  select c.oid::int8 as oid, c.relfilenode::int8 as filenode, n.nspname || '.' || c.relname as name,
         c.relkind in ${RELATION_KINDS} as observed
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
   where c.oid > ${after}::oid and c.relkind in ('r', 'p', 'm', 'v', 'f', 'i', 'I') and ${USER_NAMESPACES}`;
}

/**
 * Statements that can lock only relations their parse tree names (as RangeVars): no function of the user's
 * runs in them beyond what their own relations' defaults and triggers do.
 */
const NAMES_WHAT_IT_LOCKS = new Set([
  'CreateStmt',
  'AlterTableStmt',
  'IndexStmt',
  'CreatePolicyStmt',
  'AlterPolicyStmt',
  'CreateTrigStmt',
  'GrantStmt',
  'ViewStmt',
  'CreateTableAsStmt',
  'RuleStmt',
  'InsertStmt',
  'UpdateStmt',
  'DeleteStmt',
  'TruncateStmt',
  'LockStmt',
  'ClusterStmt',
  'RefreshMatViewStmt',
]);

/**
 * The relation locks this backend holds, on relations no newer than `watermark`, with their current
 * relfilenode and name (which relations are the user's is decided by the file-start snapshot). Sent in the same round trip as the statement, so its implicit transaction still holds them.
 */
export function heldLocksSql(watermark: number | '$1'): string {
  // pg_class is joined loosely: a relation the statement dropped has no row any more, but its lock is held.
  // The lower bound (PostgreSQL's first OID for user objects) drops the catalogs' locks, and lets the
  // planner look each relation up by index instead of scanning pg_class: a fifth of the cost.
  return `
  select l.relation::int8 as oid, c.relfilenode::int8 as filenode, n.nspname || '.' || c.relname as name, l.mode
    from pg_locks l left join pg_class c on c.oid = l.relation left join pg_namespace n on n.oid = c.relnamespace
   where l.locktype = 'relation' and l.pid = pg_backend_pid() and l.granted
     and l.relation::int8 between 16384 and ${watermark === '$1' ? '$1::int8' : watermark}`;
}

export interface RelationRow {
  oid: number | string | bigint;
  filenode: number | string | bigint;
  name: string;
  /** False for an index: known by name only. */
  observed?: boolean;
}

export interface HeldLockRow {
  oid: number | string | bigint;
  /** Null when the statement dropped the relation. */
  filenode: number | string | bigint | null;
  name: string | null;
  mode: string;
}

interface Relation {
  name: string;
  filenode: number;
}

export class LockObserver {
  private readonly observations = new Map<Statement, StatementObservation>();
  /** The relations of the current file's start, by OID; their filenodes follow each observed rewrite. */
  private relations = new Map<number, Relation>();
  private watermark = 0;
  /** `oid:mode` already held by the open transaction (rollback-file mode), so a statement gets only its own. */
  private held = new Set<string>();
  /** `schema.name` and bare `name` of every relation and index the file started with (renames follow). */
  private names = new Set<string>();

  /** True until the first snapshot, and whenever a statement may have changed relations unwatched. */
  private lostTrack = true;

  /** The snapshot to read at a file's start: whole, or only the relations made since the last one. */
  snapshotSql(): string {
    return existingRelationsSql(this.lostTrack ? 0 : this.watermark);
  }

  /** A statement ran that may have renamed, rewritten or dropped relations without being watched. */
  loseTrack(): void {
    this.lostTrack = true;
  }

  /** Takes the rows of `snapshotSql()` at a file's start. */
  startFile(rows: readonly RelationRow[]): void {
    if (this.lostTrack) {
      this.relations = new Map();
      this.names = new Set();
      this.watermark = 0;
      this.lostTrack = false;
    }
    for (const row of rows) {
      const oid = Number(row.oid);
      if (row.observed !== false) this.relations.set(oid, { name: row.name, filenode: Number(row.filenode) });
      this.addName(row.name);
      if (oid > this.watermark) this.watermark = oid;
    }
    this.transactionEnded();
  }

  /**
   * False when the statement can lock no relation the file started with: its kind locks only what it
   * names, and it names none of them. Anything else (a DO block, a function call, a DROP) is observed.
   */
  mayLockExisting(node: Node): boolean {
    const [kind] = unwrap(node) ?? [''];
    if (!NAMES_WHAT_IT_LOCKS.has(kind)) return true;
    return namedRelations(node).some((name) => this.names.has(name));
  }

  private addName(qualified: string): void {
    this.names.add(qualified);
    this.names.add(qualified.slice(qualified.indexOf('.') + 1));
  }

  /** The SQL to append to the next statement. */
  heldLocksSql(): string {
    return heldLocksSql(this.watermark);
  }

  /** The lock query as a prepared statement, planned once per session (see OriginRecorder). */
  prepareHeldLocksSql(name: string): string {
    return `prepare ${name}(int8) as ${heldLocksSql('$1')}`;
  }

  /** The same as `heldLocksSql()`, by the statement `prepareHeldLocksSql(name)` made. */
  executeHeldLocksSql(name: string): string {
    return `execute ${name}(${this.watermark})`;
  }

  /** Locks end with their transaction: the next statement starts with none held. */
  transactionEnded(): void {
    this.held = new Set();
  }

  /** Records what `statement` did, from the rows of `heldLocksSql()` sent right after it. */
  record(statement: Statement, rows: readonly HeldLockRow[]): void {
    const strongest = new Map<string, ObservedLock>();
    const rewritten = new Set<string>();
    for (const row of rows) {
      const relation = this.relations.get(Number(row.oid));
      if (!relation || !isLockMode(row.mode)) continue;
      // A partitioned table has no storage (filenode 0): its partitions are rewritten, not it.
      if (row.filenode !== null) {
        const filenode = Number(row.filenode);
        if (relation.filenode !== 0 && filenode !== relation.filenode) rewritten.add(relation.name);
        relation.filenode = filenode;
      }
      const key = `${row.oid}:${row.mode}`;
      if (!this.held.has(key)) {
        this.held.add(key);
        // Named as the statement found it: a RENAME is reported under the name it changed.
        const known = strongest.get(relation.name);
        if (!known || lockStrength(row.mode) > lockStrength(known.mode)) {
          strongest.set(relation.name, { relation: relation.name, mode: row.mode });
        }
      }
    }
    // Later statements name the relation as it is now.
    for (const row of rows) {
      const relation = this.relations.get(Number(row.oid));
      if (relation && row.name !== null) {
        relation.name = row.name;
        this.addName(row.name);
      }
    }
    const locks = [...strongest.values()].sort((a, b) => (a.relation < b.relation ? -1 : 1));
    this.observations.set(statement, { locks, rewritten: [...rewritten].sort() });
  }

  /** What the replay saw each statement do; undefined for a statement that was not observed. */
  observed(statement: Statement): StatementObservation | undefined {
    return this.observations.get(statement);
  }

  /**
   * The observer between two files, as plain data (a replay snapshot: snapshot.ts); `keyOf` names a
   * statement so the restoring run finds its own object for it.
   */
  snapshot(keyOf: (statement: Statement) => string): ObserverState {
    return {
      observations: [...this.observations].map(([statement, seen]) => [keyOf(statement), seen]),
      relations: [...this.relations].map(([oid, relation]) => [oid, { ...relation }]),
      names: [...this.names],
      watermark: this.watermark,
      lostTrack: this.lostTrack,
    };
  }

  /** Goes on from a snapshot; false when a statement it names is not in this run's history. */
  restore(state: ObserverState, statementAt: (key: string) => Statement | undefined): boolean {
    for (const [key, seen] of state.observations) {
      const statement = statementAt(key);
      if (!statement) return false;
      this.observations.set(statement, seen);
    }
    this.relations = new Map(state.relations.map(([oid, relation]) => [oid, { ...relation }]));
    this.names = new Set(state.names);
    this.watermark = state.watermark;
    this.lostTrack = state.lostTrack;
    this.held = new Set();
    return true;
  }
}

/** The lock observer's state between files, as a replay snapshot keeps it. */
export interface ObserverState {
  observations: [string, StatementObservation][];
  relations: [number, Relation][];
  names: string[];
  watermark: number;
  lostTrack: boolean;
}

/**
 * The relations a parse tree names: `schema.name` when qualified, else the bare name (which the search
 * path could resolve to any schema, so it is compared with bare names).
 */
function namedRelations(tree: unknown, found: string[] = []): string[] {
  if (Array.isArray(tree)) {
    for (const item of tree) namedRelations(item, found);
  } else if (tree !== null && typeof tree === 'object') {
    const record = tree as Record<string, unknown>;
    if (typeof record.relname === 'string') {
      found.push(
        typeof record.schemaname === 'string' ? `${record.schemaname}.${record.relname}` : record.relname,
      );
    }
    for (const value of Object.values(record)) namedRelations(value, found);
  }
  return found;
}
