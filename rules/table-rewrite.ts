import type { RangeVar } from 'libpg-query';
import { isAppRelation, lockPhrase, lockWords } from '../src/locks.ts';
import { hasOption, qualify, statementOf, unwrap } from '../src/parse/ast.ts';
import type { LockMode, Rule, Statement, StatementContext } from '../src/types.ts';

// A rewrite copies every row into new storage while holding ACCESS EXCLUSIVE: on a large table that is
// minutes in which nothing can read or write it. The shadow sees it happen (the relfilenode changes), so
// the rule needs no list of which ALTERs rewrite on which PostgreSQL version.
const rule: Rule = {
  meta: {
    id: 'table-rewrite',
    description: 'A statement rewrote an existing table (observed: its relfilenode changed).',
    defaultSeverity: 'error',
    sources: ['statement', 'schema'],
    statementKinds: ['VacuumStmt'],
    lockHazard: true,
    observesLocks: true,
  },

  checkStatement(statement, context) {
    const [kind] = unwrap(statement.node) ?? [''];
    // TRUNCATE swaps in empty storage at once, and REFRESH MATERIALIZED VIEW is matview-refresh's business:
    // neither copies a live table's rows.
    if (kind === 'TruncateStmt' || kind === 'RefreshMatViewStmt') return;
    const observation = context.observed(statement);
    for (const table of observation?.rewritten ?? []) {
      if (!isAppRelation(table)) continue;
      const mode = observation?.locks.find((lock) => lock.relation === table)?.mode ?? 'AccessExclusiveLock';
      reportRewrite(statement, context, table, mode);
    }
    for (const table of vacuumFullTables(statement, context)) {
      reportRewrite(statement, context, table, 'AccessExclusiveLock');
    }
  },
};

function reportRewrite(statement: Statement, context: StatementContext, table: string, mode: LockMode): void {
  context.report({
    message:
      `rewrites existing table \`${table}\` (every row copied to new storage) under ${lockPhrase(mode)}, ` +
      `which ${lockWords(mode)} until it finishes`,
    location: context.locateStatement(statement),
    object: table,
  });
}

/**
 * VACUUM FULL cannot run in a transaction, so the shadow cannot watch it; it always rewrites, so the
 * parse tree is enough. A VACUUM FULL of the whole database names no table and is not judged.
 */
function vacuumFullTables(statement: Statement, context: StatementContext): string[] {
  const vacuum = statementOf(statement.node, 'VacuumStmt');
  if (!vacuum?.is_vacuumcmd || !hasOption(vacuum.options, 'full')) return [];
  return (vacuum.rels ?? [])
    .map((item) => qualify((item as { VacuumRelation?: { relation?: RangeVar } }).VacuumRelation?.relation))
    .filter((table) => table !== '' && isAppRelation(table) && context.history.isExistingTable(table));
}

export default rule;
