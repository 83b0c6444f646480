import type { AlterTableCmd, AlterTableStmt, RangeVar } from 'libpg-query';
import { columnConstraints, columnDefOf, tableCommands } from '../src/parse/alter-table.ts';
import { alterCommandSpans, locateSpan, type Span } from '../src/parse/spans.ts';
import { isAppRelation, lockPhrase, lockWords } from '../src/locks.ts';
import { hasOption, qualify, statementOf, unwrap } from '../src/parse/ast.ts';
import type { Location, LockMode, Rule, Statement, StatementContext } from '../src/types.ts';

// A rewrite copies every row into new storage while holding ACCESS EXCLUSIVE: on a large table that is
// minutes in which nothing can read or write it. The shadow sees it happen (the relfilenode changes), so
// the rule needs no list of which ALTERs rewrite on which PostgreSQL version.
const rule: Rule = {
  meta: {
    id: 'table-rewrite',
    description: 'A statement rewrote an existing table (observed: its relfilenode changed).',
    defaultSeverity: 'error',
    sources: ['statement', 'schema'],
    // ALTER TABLE only for the span: which of its subcommands can rewrite.
    statementKinds: ['VacuumStmt', 'AlterTableStmt'],
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
    location: rewritingClauses(statement, context, table),
    object: table,
  });
}

/**
 * The ALTER TABLE subcommands that can rewrite a table (`alter column x type bigint`, `add column x ...` with
 * a default, an identity or a generated value,
 * `set logged`, `set access method`, `set tablespace`), from the first to the last of them: the shadow sees
 * the statement rewrite, not which subcommand did it. The statement when it is no ALTER TABLE of the table
 * (CLUSTER, VACUUM FULL, a rewrite through a foreign key) or has none of them.
 */
function rewritingClauses(statement: Statement, context: StatementContext, table: string): Location {
  const alter = statementOf(statement.node, 'AlterTableStmt');
  if (!alter || qualify(alter.relation) !== table) return context.locateStatement(statement);
  const spans = alterCommandSpans(context.file, statement, alter);
  const rewriting = rewritingSpans(alter, spans);
  if (rewriting.length === 0) return context.locateStatement(statement);
  return locateSpan(context, statement, { start: rewriting[0].start, end: rewriting.at(-1)!.end });
}

const MAY_REWRITE = new Set([
  'AT_AlterColumnType',
  'AT_SetLogged',
  'AT_SetUnLogged',
  'AT_SetAccessMethod',
  'AT_SetTableSpace',
  'AT_SetExpression',
  'AT_DropExpression',
  'AT_AddIdentity',
]);

function rewritingSpans(alter: AlterTableStmt, spans: readonly Span[] | undefined): Span[] {
  if (!spans) return [];
  const commands = tableCommands(alter);
  return spans.filter((_span, index) => commands[index] && mayRewrite(commands[index]));
}

/** A column added without a value to fill in never rewrites; one with a (volatile) default may. */
function mayRewrite(command: AlterTableCmd): boolean {
  const column = columnDefOf(command);
  if (!column) return MAY_REWRITE.has(command.subtype ?? '');
  return columnConstraints(column).some((constraint) =>
    ['CONSTR_DEFAULT', 'CONSTR_IDENTITY', 'CONSTR_GENERATED'].includes(constraint.contype ?? ''),
  );
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
