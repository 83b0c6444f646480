import { isAppRelation, lockWords, transactionsOf } from '../src/locks.ts';
import { unwrap } from '../src/parse/ast.ts';
import type { MigrationFile, Rule, Statement, StatementContext } from '../src/types.ts';

// A lock is held until its transaction ends. An ALTER that takes ACCESS EXCLUSIVE for a millisecond
// becomes an outage when the same transaction goes on to backfill rows or build an index: the table stays
// closed to reads and writes for all of it. Which statements share a transaction depends on the runner.
const rule: Rule = {
  meta: {
    id: 'long-exclusive-lock',
    description:
      'Statements after an ACCESS EXCLUSIVE lock on an existing table in the same transaction keep it held.',
    defaultSeverity: 'warning',
    sources: ['statement', 'schema'],
    statementKinds: ['TransactionStmt', 'VariableSetStmt', 'VariableShowStmt', 'CommentStmt', 'GrantStmt'],
    lockHazard: true,
    observesLocks: true,
  },

  checkStatement(statement, context) {
    const state = stateOf(context.file, statement);
    const transaction = transactionsOf(context.file.statements, context.config.runner)[statement.index];
    if (transaction !== state.transaction) {
      state.transaction = transaction;
      state.held = new Map();
    }
    if (transaction === undefined) return;
    if (extendsHold(statement)) {
      for (const [table, line] of state.held) {
        if (state.reported.has(table)) continue;
        state.reported.add(table);
        report(statement, context, table, line);
      }
    }
    for (const lock of context.observed(statement)?.locks ?? []) {
      if (lock.mode !== 'AccessExclusiveLock' || !isAppRelation(lock.relation)) continue;
      if (!state.held.has(lock.relation)) {
        state.held.set(lock.relation, context.locateStatement(statement).line);
      }
    }
  },
};

/**
 * Statements that take no time worth counting (transaction control, settings, comments, grants) do not
 * extend the hold in any way a user would notice; everything else may scan, write or wait.
 */
const INSTANT = new Set([
  'TransactionStmt',
  'VariableSetStmt',
  'VariableShowStmt',
  'CommentStmt',
  'GrantStmt',
]);

function extendsHold(statement: Statement): boolean {
  const [kind] = unwrap(statement.node) ?? [''];
  return kind !== '' && !INSTANT.has(kind);
}

interface HoldState {
  transaction: number | undefined;
  /** Tables the current transaction holds ACCESS EXCLUSIVE on, with the line that took the lock. */
  held: Map<string, number>;
  /** Tables already reported in this file: once per file and table. */
  reported: Set<string>;
  /** The last statement seen: a file checked again (another run) starts over. */
  lastIndex: number;
}

const states = new WeakMap<MigrationFile, HoldState>();

function stateOf(file: MigrationFile, statement: Statement): HoldState {
  let state = states.get(file);
  if (!state || statement.index <= state.lastIndex) {
    state = { transaction: -1, held: new Map(), reported: new Set(), lastIndex: -1 };
    states.set(file, state);
  }
  state.lastIndex = statement.index;
  return state;
}

function report(statement: Statement, context: StatementContext, table: string, line: number): void {
  const where =
    context.config.runner === 'psql' ? 'in the same BEGIN … COMMIT block' : 'in the same migration file';
  context.report({
    message:
      `runs ${where} after line ${line} took an ACCESS EXCLUSIVE lock on existing table \`${table}\`, ` +
      `so the lock (which ${lockWords('AccessExclusiveLock')}) stays held until this statement and the ` +
      'transaction finish',
    location: context.locateStatement(statement),
    object: table,
  });
}

export default rule;
