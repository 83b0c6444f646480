// Which statements use CONCURRENTLY in a way PostgreSQL refuses inside a transaction block.
// Shared by concurrent-index (is it used?) and concurrent-in-transaction (can it run where it is?).

import type { Node } from 'libpg-query';
import { hasOption, statementOf } from './ast.ts';

/** A short name for the CONCURRENTLY form the statement uses, or undefined if it uses none. */
export function concurrentForm(node: Node | undefined): string | undefined {
  if (statementOf(node, 'IndexStmt')?.concurrent) return 'CREATE INDEX CONCURRENTLY';
  const drop = statementOf(node, 'DropStmt');
  if (drop?.concurrent && drop.removeType === 'OBJECT_INDEX') return 'DROP INDEX CONCURRENTLY';
  if (hasOption(statementOf(node, 'ReindexStmt')?.params, 'concurrently')) return 'REINDEX CONCURRENTLY';
  const alter = statementOf(node, 'AlterTableStmt');
  const detaches = alter?.cmds?.some((cmd) => {
    const def = (
      cmd as { AlterTableCmd?: { subtype?: string; def?: { PartitionCmd?: { concurrent?: boolean } } } }
    ).AlterTableCmd;
    return def?.subtype === 'AT_DetachPartition' && def.def?.PartitionCmd?.concurrent;
  });
  return detaches ? 'DETACH PARTITION CONCURRENTLY' : undefined;
}
