import { hasOption, qualify, qualifyNameList, statementOf } from '../src/parse/ast.ts';
import type { Rule, Statement, StatementContext } from '../src/types.ts';

// A plain CREATE INDEX takes a SHARE lock that blocks every write to the table for the whole build; DROP
// INDEX and REINDEX take ACCESS EXCLUSIVE locks. On a table that already has traffic, that is an outage.
const rule: Rule = {
  meta: {
    id: 'concurrent-index',
    description: 'CREATE INDEX, DROP INDEX and REINDEX on an existing table use CONCURRENTLY.',
    defaultSeverity: 'error',
    sources: ['statement'],
    statementKinds: ['IndexStmt', 'DropStmt', 'ReindexStmt'],
  },

  checkStatement(statement, context) {
    checkCreate(statement, context);
    checkDrop(statement, context);
    checkReindex(statement, context);
  },
};

function checkCreate(statement: Statement, context: StatementContext): void {
  const create = statementOf(statement.node, 'IndexStmt');
  if (!create || create.concurrent) return;
  const table = qualify(create.relation);
  if (!context.history.isExistingTable(table)) return;
  // CONCURRENTLY is impossible on a partitioned parent; `ON ONLY parent` creates an empty, invalid index
  // instantly, to be completed by per-partition concurrent builds and ATTACH PARTITION.
  if (!create.relation?.inh && context.history.isPartitionedTable(table)) return;
  context.report({
    message: `\`CREATE INDEX\` on existing table \`${table}\` without CONCURRENTLY blocks writes for the whole build`,
    location: context.locateStatement(statement),
    object: table,
  });
}

function checkDrop(statement: Statement, context: StatementContext): void {
  const drop = statementOf(statement.node, 'DropStmt');
  if (!drop || drop.concurrent || drop.removeType !== 'OBJECT_INDEX') return;
  const existing = (drop.objects ?? [])
    .map(qualifyNameList)
    .filter((name) => context.history.isExistingIndex(name));
  if (existing.length === 0) return;
  context.report({
    message: `\`DROP INDEX\` of \`${existing.join('`, `')}\` without CONCURRENTLY locks its table against reads and writes`,
    location: context.locateStatement(statement),
    object: existing[0],
  });
}

function checkReindex(statement: Statement, context: StatementContext): void {
  const reindex = statementOf(statement.node, 'ReindexStmt');
  if (!reindex || hasOption(reindex.params, 'concurrently')) return;
  const target = qualify(reindex.relation);
  const existing =
    reindex.kind === 'REINDEX_OBJECT_INDEX'
      ? context.history.isExistingIndex(target)
      : reindex.kind !== 'REINDEX_OBJECT_TABLE' || context.history.isExistingTable(target);
  if (!existing) return;
  const what = target ? ` of \`${target}\`` : '';
  context.report({
    message: `\`REINDEX\`${what} without CONCURRENTLY locks out writes (and reads that use the index) until it finishes`,
    location: context.locateStatement(statement),
    object: target || undefined,
  });
}

export default rule;
