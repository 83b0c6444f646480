import type { Node } from 'libpg-query';
import { isAppRelation, lockPhrase, lockWords, transactionsOf } from '../src/locks.ts';
import { statementOf } from '../src/parse/ast.ts';
import { isWord, statementTokens, tableMentionSpan } from '../src/parse/spans.ts';
import type { FixEdit, LockMode, MigrationFile, Rule, Statement, StatementContext } from '../src/types.ts';

// An ACCESS EXCLUSIVE (or SHARE ROW EXCLUSIVE) lock request waits behind any running query on the table,
// and every query that arrives after it waits behind the request: one slow report turns a millisecond
// ALTER into an outage. `lock_timeout` makes the migration give up (and be retried) instead.
const rule: Rule = {
  meta: {
    id: 'lock-timeout',
    description:
      'A statement takes ACCESS EXCLUSIVE or SHARE ROW EXCLUSIVE on an existing table with no lock_timeout set before it in its file.',
    defaultSeverity: 'warning',
    sources: ['statement', 'schema'],
    statementKinds: ['VariableSetStmt', 'TransactionStmt'],
    lockHazard: true,
    observesLocks: true,
  },

  checkStatement(statement, context) {
    const state = stateOf(context.file, statement);
    const transaction = transactionsOf(context.file.statements, context.config.runner)[statement.index];
    if (transaction !== state.transaction) {
      // A new transaction: what SET LOCAL set and the locks it held are gone.
      state.transaction = transaction;
      state.local = false;
      state.held = new Set();
    }
    if (applySetting(statement.node, state, transaction !== undefined)) return;
    if (state.session || state.local) return;
    for (const lock of context.observed(statement)?.locks ?? []) {
      if (!QUEUING_LOCKS.has(lock.mode) || !isAppRelation(lock.relation)) continue;
      // Already held by this transaction: the statement does not queue for it again.
      if (transaction !== undefined && state.held.has(lock.relation)) continue;
      if (transaction !== undefined) state.held.add(lock.relation);
      report(statement, context, state, lock.relation, lock.mode);
    }
  },
};

const QUEUING_LOCKS: ReadonlySet<LockMode> = new Set(['AccessExclusiveLock', 'ShareRowExclusiveLock']);

interface TimeoutState {
  /** A plain `SET lock_timeout` is in force for the rest of the file. */
  session: boolean;
  /** A `SET LOCAL lock_timeout` is in force until its transaction ends. */
  local: boolean;
  transaction: number | undefined;
  /** The last statement seen: a file checked again (another run) starts over. */
  lastIndex: number;
  /** Tables the current transaction already holds one of the queuing locks on. */
  held: Set<string>;
  /**
   * The `set lock_timeout` line this file's findings share: inserted before the first statement reported,
   * it covers every later one until the file changes the setting again.
   */
  fix?: FixEdit;
}

const states = new WeakMap<MigrationFile, TimeoutState>();

function stateOf(file: MigrationFile, statement: Statement): TimeoutState {
  let state = states.get(file);
  if (!state || statement.index <= state.lastIndex) {
    state = { session: false, local: false, transaction: -1, lastIndex: -1, held: new Set() };
    states.set(file, state);
  }
  state.lastIndex = statement.index;
  return state;
}

/** Applies a `SET`/`RESET` of lock_timeout to the state; true when the statement was one. */
function applySetting(node: Node | undefined, state: TimeoutState, inTransaction: boolean): boolean {
  const set = statementOf(node, 'VariableSetStmt');
  if (!set) return false;
  if (set.kind === 'VAR_RESET_ALL') {
    state.session = state.local = false;
    state.fix = undefined;
    return true;
  }
  if (set.name !== 'lock_timeout') return true;
  // A later statement is no longer covered by a line inserted before this setting.
  state.fix = undefined;
  const on = set.kind === 'VAR_SET_VALUE' && !isZero(set.args?.[0]);
  // SET LOCAL outside a transaction block lasts only for itself (PostgreSQL warns and ignores it).
  if (set.is_local) state.local = on && inTransaction;
  else {
    // A session-wide RESET or zero also ends what SET LOCAL set in this transaction.
    state.session = on;
    if (!on) state.local = false;
  }
  return true;
}

/** `0`, `'0'`, `'0s'`, `'0ms'`: a timeout of zero waits forever. */
function isZero(arg: Node | undefined): boolean {
  const constant = (arg as { A_Const?: { ival?: { ival?: number }; sval?: { sval?: string } } } | undefined)
    ?.A_Const;
  if (constant?.ival) return !constant.ival.ival;
  const text = constant?.sval?.sval;
  return text !== undefined && /^\s*0+(\.0*)?\s*[a-z]*\s*$/i.test(text);
}

function report(
  statement: Statement,
  context: StatementContext,
  state: TimeoutState,
  table: string,
  mode: LockMode,
): void {
  // The statement's head through the table's name (`alter table public.clients`), or the name where a
  // later clause mentions it (`references public.clients`): the statement when the tokens do not name it.
  const mention = tableMentionSpan(context.file, statement, table);
  state.fix ??= becomesConcurrent(statement, context) ? undefined : timeoutLine(statement, context);
  context.report({
    message:
      `takes ${lockPhrase(mode)} on existing table \`${table}\` (${lockWords(mode)}) with no ` +
      '`SET lock_timeout` before it in the file: queued behind one long query, it stalls every query after it',
    location: mention ? context.locate(mention.start, mention.end) : context.locateStatement(statement),
    object: table,
    fix: state.fix && { edits: [state.fix] },
  });
}

/**
 * A DROP INDEX or REINDEX, whose concurrent-index fix adds CONCURRENTLY: a `set lock_timeout` line before it
 * would give it company in its file, where it can no longer run (concurrent-in-transaction).
 */
function becomesConcurrent(statement: Statement, context: StatementContext): boolean {
  const tokens = statementTokens(context.file, statement);
  return isWord(tokens[0], 'reindex') || (isWord(tokens[0], 'drop') && isWord(tokens[1], 'index'));
}

/** What `scribe-lint fix` sets: short enough that a queued migration stalls nobody for long. */
export const FIX_LOCK_TIMEOUT = '5s';

/**
 * `set lock_timeout = '5s';` on a line of its own before the statement (with the statement's indentation),
 * or just before it when another statement ends on the same line.
 */
function timeoutLine(statement: Statement, context: StatementContext): FixEdit {
  const lines = context.file.lines;
  const lineStart = lines.lineStart(lines.position(statement.start).line);
  const indent = lines.slice(lineStart, statement.start);
  const setting = `set lock_timeout = '${FIX_LOCK_TIMEOUT}';`;
  const text = /^[ \t]*$/.test(indent) ? `${setting}\n${indent}` : `${setting} `;
  return { file: context.file.displayPath, start: statement.start, end: statement.start, text };
}

export default rule;
