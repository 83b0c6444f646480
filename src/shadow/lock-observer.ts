// What each replayed statement does to the relations that existed before its file: the table locks the
// backend holds once it has run (read from pg_locks before its transaction ends) and the tables whose
// storage it replaced (their relfilenode changed: a rewrite). The lock rules (table-rewrite, lock-timeout,
// long-exclusive-lock) and the markdown report read these observations.
//
// "Existing" is decided by a snapshot at each file's start (every user relation then, with its name and
// relfilenode), so a table created earlier in the same file never counts: nobody else can be blocked by it.

import { isLockMode, lockStrength } from '../locks.ts';
import type { ObservedLock, Statement, StatementObservation } from '../types.ts';

/** Tables, partitioned tables, materialized views, views and foreign tables: what users lock and name. */
const RELATION_KINDS = `('r', 'p', 'm', 'v', 'f')`;
const USER_NAMESPACES = `n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')`;

/** Every user relation at a file's start. */
export const EXISTING_RELATIONS_SQL = `
  select c.oid::int8 as oid, c.relfilenode::int8 as filenode, n.nspname || '.' || c.relname as name
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
   where c.relkind in ${RELATION_KINDS} and ${USER_NAMESPACES}`;

/**
 * The relation locks this backend holds, on relations no newer than `watermark`, with their current
 * relfilenode and name (which relations are the user's is decided by the file-start snapshot). Sent in the same round trip as the statement, so its implicit transaction still holds them.
 */
export function heldLocksSql(watermark: number): string {
  // pg_class is joined loosely: a relation the statement dropped has no row any more, but its lock is held.
  return `
  select l.relation::int8 as oid, c.relfilenode::int8 as filenode, n.nspname || '.' || c.relname as name, l.mode
    from pg_locks l left join pg_class c on c.oid = l.relation left join pg_namespace n on n.oid = c.relnamespace
   where l.locktype = 'relation' and l.pid = pg_backend_pid() and l.granted and l.relation::int8 <= ${watermark}`;
}

export interface RelationRow {
  oid: number | string | bigint;
  filenode: number | string | bigint;
  name: string;
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

  /** Takes the rows of `EXISTING_RELATIONS_SQL` at a file's start. */
  startFile(rows: readonly RelationRow[]): void {
    this.relations = new Map();
    this.watermark = 0;
    for (const row of rows) {
      const oid = Number(row.oid);
      this.relations.set(oid, { name: row.name, filenode: Number(row.filenode) });
      if (oid > this.watermark) this.watermark = oid;
    }
    this.transactionEnded();
  }

  /** The SQL to append to the next statement. */
  heldLocksSql(): string {
    return heldLocksSql(this.watermark);
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
      if (relation && row.name !== null) relation.name = row.name;
    }
    const locks = [...strongest.values()].sort((a, b) => (a.relation < b.relation ? -1 : 1));
    this.observations.set(statement, { locks, rewritten: [...rewritten].sort() });
  }

  /** What the replay saw each statement do; undefined for a statement that was not observed. */
  observed(statement: Statement): StatementObservation | undefined {
    return this.observations.get(statement);
  }
}
