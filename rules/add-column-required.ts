import type { ColumnDef, Constraint } from 'libpg-query';
import { columnConstraints, columnDefOf, tableCommands } from '../src/parse/alter-table.ts';
import { qualify, statementOf } from '../src/parse/ast.ts';
import { locateAlterCommand } from '../src/parse/spans.ts';
import type { Rule } from '../src/types.ts';

// A NOT NULL column with no default gives every existing row a NULL it forbids: on a table that has rows the
// ALTER TABLE fails ("column ... contains null values") and the deploy stops half-way. Whether the table has
// rows in production is unknown here, and any row at all is enough, so the table's size never lowers it.
const rule: Rule = {
  meta: {
    id: 'add-column-required',
    description: 'A NOT NULL column added to an existing table has a DEFAULT.',
    defaultSeverity: 'error',
    sources: ['statement'],
    statementKinds: ['AlterTableStmt'],
  },

  checkStatement(statement, context) {
    const alter = statementOf(statement.node, 'AlterTableStmt');
    const commands = tableCommands(alter);
    if (commands.length === 0) return;
    const table = qualify(alter?.relation);
    if (!context.history.isExistingTable(table)) return;
    for (const command of commands) {
      const column = columnDefOf(command);
      if (!column?.colname || !requiresValue(column)) continue;
      context.report({
        message:
          `\`ADD COLUMN ${column.colname}\` on existing table \`${table}\` is NOT NULL without a DEFAULT: it fails ` +
          'on a table that has rows; give it a DEFAULT, or add it nullable, backfill, then SET NOT NULL',
        // The whole `add column x int not null`: its type and constraints together are the problem.
        location: locateAlterCommand(context, statement, alter!, command),
        object: `${table}.${column.colname}`,
      });
    }
  },
};

/** Serial types carry their own default (nextval of their sequence). */
const SERIAL_TYPES = new Set(['smallserial', 'serial', 'bigserial', 'serial2', 'serial4', 'serial8']);

/** NOT NULL (or PRIMARY KEY) with nothing that fills the existing rows. */
function requiresValue(column: ColumnDef): boolean {
  const constraints = columnConstraints(column);
  const notNull = constraints.some((c) => c.contype === 'CONSTR_NOTNULL' || c.contype === 'CONSTR_PRIMARY');
  if (!notNull) return false;
  const type = column.typeName?.names?.at(-1) as { String?: { sval?: string } } | undefined;
  if (SERIAL_TYPES.has(type?.String?.sval ?? '')) return false;
  return !constraints.some(fillsRows);
}

/** A default that is not NULL, an identity, or a generated column: each gives every row a value. */
function fillsRows(constraint: Constraint): boolean {
  if (constraint.contype === 'CONSTR_IDENTITY' || constraint.contype === 'CONSTR_GENERATED') return true;
  if (constraint.contype !== 'CONSTR_DEFAULT') return false;
  return !isNullConstant(constraint.raw_expr);
}

/** `NULL`, or `NULL::type`: a default that leaves the column NULL. */
function isNullConstant(expression: unknown): boolean {
  const node = expression as { A_Const?: { isnull?: boolean }; TypeCast?: { arg?: unknown } } | undefined;
  if (node?.TypeCast) return isNullConstant(node.TypeCast.arg);
  return node?.A_Const?.isnull === true;
}

export default rule;
