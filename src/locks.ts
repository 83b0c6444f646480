// PostgreSQL's table lock modes in the words a reviewer needs: what each one blocks. One table, shared by
// the lock rules, the size-aware severity and the markdown report, so every message says the same thing.

import { MANAGED_SCHEMAS } from './catalog/schemas.ts';
import { statementOf } from './parse/ast.ts';
import type { LockMode, MigrationFile, Statement, StatementObservation } from './types.ts';

/** The modes that block other sessions' writes (or reads too): the ones worth a reviewer's attention. */
export const STRONG_LOCKS: readonly LockMode[] = [
  'ShareLock',
  'ShareRowExclusiveLock',
  'ExclusiveLock',
  'AccessExclusiveLock',
];

/** Weakest first, as PostgreSQL's conflict table orders them. */
const LOCK_ORDER: readonly LockMode[] = [
  'AccessShareLock',
  'RowShareLock',
  'RowExclusiveLock',
  'ShareUpdateExclusiveLock',
  'ShareLock',
  'ShareRowExclusiveLock',
  'ExclusiveLock',
  'AccessExclusiveLock',
];

/** "ACCESS EXCLUSIVE" for `AccessExclusiveLock`: the name the SQL `LOCK` command and the docs use. */
export function lockName(mode: LockMode): string {
  return mode
    .replace(/Lock$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toUpperCase();
}

/** "an ACCESS EXCLUSIVE lock", "a SHARE lock": the lock as a message names it. */
export function lockPhrase(mode: LockMode): string {
  const name = lockName(mode);
  return `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name} lock`;
}

/** What other sessions cannot do while the lock is held. */
export function lockWords(mode: LockMode): string {
  switch (mode) {
    case 'AccessExclusiveLock':
      return 'blocks reads and writes';
    case 'ExclusiveLock':
    case 'ShareRowExclusiveLock':
    case 'ShareLock':
      return 'blocks writes';
    case 'ShareUpdateExclusiveLock':
      return 'blocks schema changes and VACUUM';
    case 'RowExclusiveLock':
    case 'RowShareLock':
      return 'blocks only table-wide locks';
    case 'AccessShareLock':
      return 'blocks only ACCESS EXCLUSIVE';
  }
}

/** Position in the strength order: a higher number conflicts with more. */
export function lockStrength(mode: LockMode): number {
  return LOCK_ORDER.indexOf(mode);
}

/** Whether `text` is one of PostgreSQL's table lock mode names. */
export function isLockMode(text: string): text is LockMode {
  return (LOCK_ORDER as readonly string[]).includes(text);
}

/** The runners as config.ts names them (kept as a string union here so this module needs no config). */
type RunnerName = 'supabase' | 'psql' | 'transaction';

const transactionsByFile = new WeakMap<
  readonly Statement[],
  { runner: string; numbers: (number | undefined)[] }
>();

/**
 * The transaction each statement of a file runs in, as its runner applies the file: the same number for
 * statements that share one, undefined for a statement that commits alone. The Supabase CLI sends a file
 * as one implicit transaction and `transaction` wraps it in one; psql autocommits each statement except
 * inside an explicit BEGIN … COMMIT.
 */
export function transactionsOf(statements: readonly Statement[], runner: RunnerName): (number | undefined)[] {
  const known = transactionsByFile.get(statements);
  if (known?.runner === runner) return known.numbers;
  const numbers = runner === 'psql' ? explicitBlocks(statements) : statements.map(() => 0);
  transactionsByFile.set(statements, { runner, numbers });
  return numbers;
}

/** Replays BEGIN/COMMIT/ROLLBACK as psql in autocommit mode would: each block gets its own number. */
function explicitBlocks(statements: readonly Statement[]): (number | undefined)[] {
  let open: number | undefined;
  let blocks = 0;
  return statements.map((statement) => {
    const kind = statementOf(statement.node, 'TransactionStmt')?.kind;
    if (kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START') open ??= blocks++;
    const current = open;
    if (kind === 'TRANS_STMT_COMMIT' || kind === 'TRANS_STMT_ROLLBACK' || kind === 'TRANS_STMT_PREPARE') {
      open = undefined;
    }
    return current;
  });
}

/** Whether a `schema.name` relation belongs to the app team (not a Supabase-managed or system schema). */
export function isAppRelation(relation: string): boolean {
  return !MANAGED_SCHEMAS.includes(relation.slice(0, relation.indexOf('.')));
}

/** One lock a migration statement took on an existing relation, as the report lists it. */
export interface StatementLock {
  /** Display path of the migration file. */
  file: string;
  line: number;
  relation: string;
  mode: LockMode;
}

/**
 * The locks worth a reviewer's eye that the files' statements took on existing app relations: SHARE UPDATE
 * EXCLUSIVE and stronger (the weaker ones are what every INSERT or SELECT takes, and block no ordinary
 * query). In runner order, statements in file order, relations in name order.
 */
export function locksTaken(
  files: readonly MigrationFile[],
  observed: (statement: Statement) => StatementObservation | undefined,
): StatementLock[] {
  const floor = lockStrength('ShareUpdateExclusiveLock');
  const taken: StatementLock[] = [];
  for (const file of files) {
    for (const statement of file.statements) {
      for (const lock of observed(statement)?.locks ?? []) {
        if (lockStrength(lock.mode) < floor || !isAppRelation(lock.relation)) continue;
        const line = file.lines.position(statement.start).line;
        taken.push({ file: file.displayPath, line, relation: lock.relation, mode: lock.mode });
      }
    }
  }
  return taken;
}
