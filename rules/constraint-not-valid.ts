import type { Constraint } from 'libpg-query';
import { qualify, statementOf } from '../src/parse/ast.ts';
import type { Rule } from '../src/types.ts';

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
    for (const command of alter.cmds ?? []) {
      const cmd = (command as { AlterTableCmd?: { subtype?: string; def?: { Constraint?: Constraint } } })
        .AlterTableCmd;
      const constraint = cmd?.subtype === 'AT_AddConstraint' ? cmd.def?.Constraint : undefined;
      if (!constraint || constraint.skip_validation) continue;
      const kind =
        constraint.contype === 'CONSTR_FOREIGN'
          ? 'FOREIGN KEY'
          : constraint.contype === 'CONSTR_CHECK'
            ? 'CHECK'
            : undefined;
      if (!kind) continue;
      const name = constraint.conname ? ` \`${constraint.conname}\`` : '';
      context.report({
        message:
          `${kind} constraint${name} on existing table \`${table}\` scans every row under a lock that blocks writes; ` +
          'add it NOT VALID, then VALIDATE CONSTRAINT in a later statement',
        location: context.locateNode(statement, constraint.location),
        object: table,
      });
    }
  },
};

export default rule;
