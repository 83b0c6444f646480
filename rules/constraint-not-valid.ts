import type { AlterTableStmt, Constraint, Node } from 'libpg-query';
import { indexName, qualifiedIdent, quoteIdent } from '../src/fix/index-names.ts';
import { addedConstraintOf } from '../src/parse/alter-table.ts';
import { qualify, statementOf } from '../src/parse/ast.ts';
import { alterCommandSpan } from '../src/parse/spans.ts';
import type { Fix, Location, Rule, Statement, StatementContext } from '../src/types.ts';

// Adding a FOREIGN KEY or CHECK constraint validates every existing row while holding a lock that blocks
// writes (SHARE ROW EXCLUSIVE for a foreign key, ACCESS EXCLUSIVE for a check). NOT VALID skips the scan;
// a later VALIDATE CONSTRAINT scans with a lock that lets writes continue.
const rule: Rule = {
  meta: {
    id: 'constraint-not-valid',
    description:
      'A FOREIGN KEY or CHECK constraint added to an existing table is added NOT VALID and validated later.',
    defaultSeverity: 'warning',
    sources: ['statement'],
    statementKinds: ['AlterTableStmt'],
  },

  checkStatement(statement, context) {
    const alter = statementOf(statement.node, 'AlterTableStmt');
    if (!alter || alter.objtype !== 'OBJECT_TABLE') return;
    const table = qualify(alter.relation);
    if (!context.history.isExistingTable(table)) return;
    (alter.cmds ?? []).forEach((command, index) => {
      const cmd = (command as { AlterTableCmd?: Parameters<typeof addedConstraintOf>[0] }).AlterTableCmd;
      const constraint = cmd && addedConstraintOf(cmd);
      if (!constraint || constraint.skip_validation) return;
      const kind =
        constraint.contype === 'CONSTR_FOREIGN'
          ? 'FOREIGN KEY'
          : constraint.contype === 'CONSTR_CHECK'
            ? 'CHECK'
            : undefined;
      if (!kind) return;
      const name = constraint.conname ? ` \`${constraint.conname}\`` : '';
      const clause = constraintClause(statement, context, alter, index, constraint);
      context.report({
        message:
          `${kind} constraint${name} on existing table \`${table}\` scans every row under a lock that blocks writes; ` +
          'add it NOT VALID, then VALIDATE CONSTRAINT in a later statement',
        location: clause.location,
        object: table,
        fix:
          clause.end === undefined
            ? undefined
            : notValidFix(statement, context, alter, constraint, clause.end),
      });
    });
  },
};

/**
 * The constraint clause, from `CONSTRAINT name` (or `FOREIGN KEY`/`CHECK` when unnamed) to the end of its
 * subcommand, and that end; from the clause to the statement's end when the subcommand's end is unknown.
 */
function constraintClause(
  statement: Statement,
  context: StatementContext,
  alter: AlterTableStmt,
  index: number,
  constraint: Constraint,
): { location: Location; end?: number } {
  const command = alterCommandSpan(context.file, statement, alter, index);
  if (constraint.location === undefined || !command)
    return { location: context.locateNode(statement, constraint.location) };
  const start = statement.nodeOffset + constraint.location;
  return { location: context.locate(start, command.end), end: command.end };
}

/**
 * `not valid` at the end of the constraint, and `alter table t validate constraint c;` after the statement.
 * An unnamed constraint is named as PostgreSQL would name it, so the VALIDATE finds it.
 */
function notValidFix(
  statement: Statement,
  context: StatementContext,
  alter: AlterTableStmt,
  constraint: Constraint,
  clauseEnd: number,
): Fix | undefined {
  const relation = alter.relation;
  if (!relation?.relname || constraint.location === undefined) return undefined;
  const file = context.file.displayPath;
  const name = constraint.conname ?? defaultName(relation.relname, constraint);
  const table = relation.schemaname
    ? qualifiedIdent(relation.schemaname, relation.relname)
    : quoteIdent(relation.relname);
  const edits = [{ file, start: clauseEnd, end: clauseEnd, text: ' not valid' }];
  if (!constraint.conname) {
    const at = statement.nodeOffset + constraint.location;
    edits.unshift({ file, start: at, end: at, text: `constraint ${quoteIdent(name)} ` });
  }
  // After the statement's semicolon; a last statement written without one gets it first.
  const terminated = context.file.lines.slice(statement.end, statement.end + 1) === ';';
  const after = terminated ? statement.end + 1 : statement.end;
  const validate = `alter table ${table} validate constraint ${quoteIdent(name)};`;
  edits.push({ file, start: after, end: after, text: `${terminated ? '' : ';'}\n${validate}` });
  return { edits };
}

/**
 * PostgreSQL's name for an unnamed constraint: `<table>_<columns>_fkey` for a foreign key,
 * `<table>_<column>_check` for a check on one column and `<table>_check` for any other check, shortened to
 * 63 bytes. (PostgreSQL adds a number when the name is taken; a fix cannot know that, and names it.)
 */
function defaultName(table: string, constraint: Constraint): string {
  if (constraint.contype === 'CONSTR_FOREIGN') return indexName(table, namesOf(constraint.fk_attrs), 'fkey');
  const columns = new Set<string>();
  collectColumns(constraint.raw_expr, columns);
  return indexName(table, columns.size === 1 ? [...columns] : [], 'check');
}

function namesOf(list: Node[] | undefined): string[] {
  return (list ?? []).map((item) => (item as { String?: { sval?: string } }).String?.sval ?? '');
}

/** The columns a check expression reads: the last name of each column reference. */
function collectColumns(node: unknown, into: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) collectColumns(item, into);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const reference = (node as { ColumnRef?: { fields?: Node[] } }).ColumnRef;
  if (reference) {
    const last = namesOf(reference.fields).at(-1);
    if (last) into.add(last);
    return;
  }
  for (const value of Object.values(node)) collectColumns(value, into);
}

export default rule;
