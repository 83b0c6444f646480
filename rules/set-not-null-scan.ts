import { tableCommands } from '../src/parse/alter-table.ts';
import { qualify, statementOf } from '../src/parse/ast.ts';
import { locateAlterCommand } from '../src/parse/spans.ts';
import { lockName, lockWords } from '../src/locks.ts';
import type { Rule } from '../src/types.ts';

// `SET NOT NULL` reads every row to prove there is no NULL, and holds ACCESS EXCLUSIVE while it reads. Since
// PostgreSQL 12 it skips the scan when a valid `CHECK (column IS NOT NULL)` already proves it, and that check
// can be added NOT VALID and validated under a lock that lets reads and writes go on.
const LOCK = 'AccessExclusiveLock';

const rule: Rule = {
  meta: {
    id: 'set-not-null-scan',
    description:
      'SET NOT NULL on an existing column is preceded by a validated CHECK (column IS NOT NULL), so it skips its scan.',
    defaultSeverity: 'warning',
    sources: ['statement'],
    statementKinds: ['AlterTableStmt'],
    lockHazard: true,
  },

  checkStatement(statement, context) {
    const alter = statementOf(statement.node, 'AlterTableStmt');
    const commands = tableCommands(alter);
    if (commands.length === 0) return;
    const table = qualify(alter?.relation);
    for (const command of commands) {
      const column = command.subtype === 'AT_SetNotNull' ? command.name : undefined;
      if (!column || !context.history.isExistingColumn(table, column)) continue;
      if (context.history.hasValidNotNullCheck(table, column)) continue;
      context.report({
        message:
          `\`SET NOT NULL\` on \`${table}.${column}\` scans the whole table under an ${lockName(LOCK)} lock ` +
          `(${lockWords(LOCK)}); add \`CHECK (${column} IS NOT NULL) NOT VALID\` and VALIDATE it first`,
        location: locateAlterCommand(context, statement, alter!, command),
        object: `${table}.${column}`,
      });
    }
  },
};

export default rule;
