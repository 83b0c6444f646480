import type { AlterObjectSchemaStmt, AlterTableStmt, DropStmt, RenameStmt } from 'libpg-query';
import { tableCommands } from '../src/parse/alter-table.ts';
import { qualify, qualifyNameList } from '../src/parse/ast.ts';
import { locateAlterCommand, locateSpan, tableMentionSpan } from '../src/parse/spans.ts';
import type { Location, Rule, Statement, StatementContext } from '../src/types.ts';

// While a migration deploys, the app version already running still queries the old names: a dropped or
// renamed table or column makes those queries fail until the new app is out. Objects this file (or, with
// --since, this change) created are not in production yet, so removing them breaks nobody.
const rule: Rule = {
  meta: {
    id: 'breaking-change',
    description:
      'No table or column that existed before the migration is dropped, renamed or moved to another schema.',
    defaultSeverity: 'warning',
    sources: ['statement'],
    statementKinds: ['DropStmt', 'RenameStmt', 'AlterTableStmt', 'AlterObjectSchemaStmt'],
  },

  checkStatement(statement, context) {
    for (const { what, object, location } of breaksOf(statement, context))
      context.report({
        message: `${what}, which existed before this migration, breaks the app version still running during the deploy; ${ADVICE}`,
        location: location ?? context.locateStatement(statement),
        object,
      });
  },
};

/** The statement kinds that can break, tried in turn: most statements are none of them. */
function breaksOf(statement: Statement, context: StatementContext): readonly Break[] {
  const node = statement.node;
  if (!node) return NONE;
  if ('DropStmt' in node) return droppedTables(statement, node.DropStmt, context);
  if ('AlterTableStmt' in node) return droppedColumns(statement, node.AlterTableStmt, context);
  if ('RenameStmt' in node) return renamed(node.RenameStmt, context);
  if ('AlterObjectSchemaStmt' in node) return moved(node.AlterObjectSchemaStmt, context);
  return NONE;
}

const NONE: readonly Break[] = [];

const ADVICE = 'stop using the old name in the app first, and remove it in a later migration';

interface Break {
  /** E.g. "dropping column `public.clients.email`". */
  what: string;
  object: string;
  /** The clause that breaks (`drop column x`, `drop table t`); the statement when unset. */
  location?: Location;
}

function droppedTables(statement: Statement, drop: DropStmt | undefined, context: StatementContext): Break[] {
  if (drop?.removeType !== 'OBJECT_TABLE') return [];
  return (drop.objects ?? [])
    .map(qualifyNameList)
    .filter((table) => context.history.isExistingTable(table))
    .map((table) => ({
      what: `dropping table \`${table}\``,
      object: table,
      // `drop table public.clients`, or just the name when it is not the first in the list.
      location: locateSpan(context, statement, tableMentionSpan(context.file, statement, table)),
    }));
}

function droppedColumns(
  statement: Statement,
  alter: AlterTableStmt | undefined,
  context: StatementContext,
): Break[] {
  const table = qualify(alter?.relation);
  return tableCommands(alter)
    .filter((command) => command.subtype === 'AT_DropColumn' && command.name)
    .filter((command) => context.history.isExistingColumn(table, command.name!))
    .map((command) => ({
      what: `dropping column \`${table}.${command.name}\``,
      object: `${table}.${command.name}`,
      location: locateAlterCommand(context, statement, alter!, command),
    }));
}

function renamed(rename: RenameStmt | undefined, context: StatementContext): Break[] {
  if (!rename?.newname) return [];
  const table = qualify(rename.relation);
  if (rename.renameType === 'OBJECT_TABLE' && context.history.isExistingTable(table))
    return [{ what: `renaming table \`${table}\` to \`${rename.newname}\``, object: table }];
  const column = rename.subname;
  if (rename.renameType !== 'OBJECT_COLUMN' || rename.relationType !== 'OBJECT_TABLE' || !column) return [];
  if (!context.history.isExistingColumn(table, column)) return [];
  return [
    { what: `renaming column \`${table}.${column}\` to \`${rename.newname}\``, object: `${table}.${column}` },
  ];
}

function moved(move: AlterObjectSchemaStmt | undefined, context: StatementContext): Break[] {
  if (move?.objectType !== 'OBJECT_TABLE' || !move.newschema) return [];
  const table = qualify(move.relation);
  if (!context.history.isExistingTable(table)) return [];
  return [{ what: `moving table \`${table}\` to schema \`${move.newschema}\``, object: table }];
}

export default rule;
