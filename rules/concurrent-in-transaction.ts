import { statementOf } from '../src/parse/ast.ts';
import { concurrentForm } from '../src/parse/concurrent.ts';
import { tokensThroughWord } from '../src/parse/spans.ts';
import type { Location, Rule, Statement, StatementContext } from '../src/types.ts';

// PostgreSQL refuses CONCURRENTLY inside a transaction block ("cannot run inside a transaction block"), so
// whether such a statement works depends on how the runner sends the file (config `runner`).
const rule: Rule = {
  meta: {
    id: 'concurrent-in-transaction',
    description:
      'A CONCURRENTLY statement is placed where the migration runner can run it outside a transaction.',
    defaultSeverity: 'error',
    sources: ['statement'],
    statementKinds: ['IndexStmt', 'DropStmt', 'ReindexStmt', 'AlterTableStmt', 'TransactionStmt'],
  },

  checkStatement(statement, context) {
    const form = concurrentForm(statement.node);
    if (!form) return;
    const problem = placementProblem(statement, context, form);
    if (problem) context.report({ message: problem, location: concurrentlyWord(statement, context) });
  },
};

/** The CONCURRENTLY keyword, the one word PostgreSQL refuses there; the statement if the tokens lack it. */
function concurrentlyWord(statement: Statement, context: StatementContext): Location {
  const { tokens, index: at } = tokensThroughWord(context.file, statement, 'concurrently');
  return at === -1 ? context.locateStatement(statement) : context.locate(tokens[at].start, tokens[at].end);
}

/**
 * Whether a CONCURRENTLY form of the statement could run where it is with the configured runner: what the
 * concurrent-index fix checks before it offers to add CONCURRENTLY.
 */
export function concurrentlyAllowed(statement: Statement, context: StatementContext): boolean {
  return placementProblem(statement, context, 'CONCURRENTLY') === undefined;
}

function placementProblem(statement: Statement, context: StatementContext, form: string): string | undefined {
  switch (context.config.runner) {
    case 'supabase': {
      const others = context.file.statements.length - 1;
      if (others === 0) return undefined;
      return (
        `\`${form}\` shares its file with ${others} other statement${others === 1 ? '' : 's'}: the Supabase CLI ` +
        'sends a file as one implicit transaction, where PostgreSQL refuses CONCURRENTLY; move it to a file of its own'
      );
    }
    case 'psql':
      if (!insideExplicitTransaction(statement, context.file.statements)) return undefined;
      return `\`${form}\` is inside an explicit BEGIN … COMMIT block, where PostgreSQL refuses it; move it outside`;
    case 'transaction':
      return (
        `\`${form}\` cannot run with runner "transaction": every file runs in one transaction, ` +
        'where PostgreSQL refuses CONCURRENTLY'
      );
  }
}

/** Replays BEGIN/COMMIT/ROLLBACK up to the statement, as psql in autocommit mode would. */
function insideExplicitTransaction(target: Statement, statements: readonly Statement[]): boolean {
  let open = false;
  for (const statement of statements) {
    if (statement === target) return open;
    const kind = statementOf(statement.node, 'TransactionStmt')?.kind;
    if (kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START') open = true;
    else if (kind === 'TRANS_STMT_COMMIT' || kind === 'TRANS_STMT_ROLLBACK' || kind === 'TRANS_STMT_PREPARE')
      open = false;
  }
  return open;
}

export default rule;
