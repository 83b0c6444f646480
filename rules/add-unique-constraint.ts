import type { Constraint } from 'libpg-query';
import {
  addedConstraintOf,
  columnConstraints,
  columnDefOf,
  tableCommands,
} from '../src/parse/alter-table.ts';
import { qualify, statementOf } from '../src/parse/ast.ts';
import { alterCommandSpan, commandIndex, locateSpan } from '../src/parse/spans.ts';
import { lockName, lockWords } from '../src/locks.ts';
import type { AlterTableCmd, AlterTableStmt } from 'libpg-query';
import type { HistoryView, Location, Rule, Statement, StatementContext } from '../src/types.ts';

// `ADD UNIQUE` and `ADD PRIMARY KEY` build their index inside the ALTER TABLE, under ACCESS EXCLUSIVE, so
// the table is unreadable for the whole build. Built first with CREATE UNIQUE INDEX CONCURRENTLY, the index
// becomes the constraint with `USING INDEX` in an instant.
const LOCK = 'AccessExclusiveLock';
/** What a CREATE INDEX without CONCURRENTLY holds for its whole build. */
const BUILD_LOCK = 'ShareLock';

const rule: Rule = {
  meta: {
    id: 'add-unique-constraint',
    description:
      'ADD UNIQUE or PRIMARY KEY on an existing table uses an index built CONCURRENTLY (USING INDEX).',
    defaultSeverity: 'error',
    sources: ['statement'],
    statementKinds: ['AlterTableStmt'],
    lockHazard: true,
  },

  checkStatement(statement, context) {
    const alter = statementOf(statement.node, 'AlterTableStmt');
    const commands = tableCommands(alter);
    if (commands.length === 0) return;
    const table = qualify(alter?.relation);
    if (!context.history.isExistingTable(table)) return;
    for (const command of commands) {
      const added = addedConstraintOf(command);
      const column = columnDefOf(command);
      const constraints = added ? [added] : column ? columnConstraints(column) : [];
      for (const constraint of constraints) {
        const message = messageFor(constraint, table, context.history);
        if (!message) continue;
        context.report({
          message,
          location: clauseOf(statement, context, alter!, command, added ? constraint : undefined),
          object: table,
        });
      }
    }
  },
};

/**
 * `constraint name unique (...)` to the end of its ADD subcommand, or the whole `add column x int unique`
 * for a constraint written on a new column (its end is not known apart from the column's).
 */
function clauseOf(
  statement: Statement,
  context: StatementContext,
  alter: AlterTableStmt,
  command: AlterTableCmd,
  added: Constraint | undefined,
): Location {
  const span = alterCommandSpan(context.file, statement, alter, commandIndex(alter, command));
  if (!span || added?.location === undefined) return locateSpan(context, statement, span);
  return context.locate(statement.nodeOffset + added.location, span.end);
}

/** What is wrong with adding the constraint, or undefined when it takes no long lock. */
function messageFor(constraint: Constraint, table: string, history: HistoryView): string | undefined {
  if (constraint.contype !== 'CONSTR_UNIQUE' && constraint.contype !== 'CONSTR_PRIMARY') return undefined;
  const added = `\`ADD ${constraint.contype === 'CONSTR_PRIMARY' ? 'PRIMARY KEY' : 'UNIQUE'}\``;
  if (!constraint.indexname)
    return (
      `${added} on existing table \`${table}\` builds its index under an ${lockName(LOCK)} lock ` +
      `(${lockWords(LOCK)}); build a unique index CONCURRENTLY first, then add the constraint USING INDEX`
    );
  const index = `${table.slice(0, table.indexOf('.'))}.${constraint.indexname}`;
  // An index that was there before this file, however it was built, costs this migration nothing.
  if (history.isConcurrentIndex(index) || history.isExistingIndex(index)) return undefined;
  return (
    `${added} on existing table \`${table}\` uses \`${index}\`, built without CONCURRENTLY under a ` +
    `${lockName(BUILD_LOCK)} lock (${lockWords(BUILD_LOCK)}); build it CONCURRENTLY`
  );
}

export default rule;
