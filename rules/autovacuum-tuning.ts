import { count } from '../src/health/format.ts';
import type { TableStat } from '../src/health/facts.ts';
import { formatSize } from '../src/health/size.ts';
import { reportUnreadable } from '../src/health/unreadable.ts';
import type { Rule } from '../src/types.ts';

// SPEC-2's "Autovacuum tuning for high-write tables": the server's default thresholds (vacuum once 20 % of
// the rows plus 50 are dead) suit a table of average churn; a table that rewrites itself all day bloats
// between vacuums. The busiest writers are the tables past the size floor whose updates and deletes since
// the statistics were reset (the writes that leave dead tuples) at least equal their live rows, the top
// few of them by that count, plus any `[health] high_write_tables`.
const TOP = 5;
/** Storage parameters that move the table off the server's vacuum and analyze thresholds. */
const TUNING = /^autovacuum_(vacuum|vacuum_insert|analyze)_(scale_factor|threshold)=/;

const rule: Rule = {
  meta: {
    id: 'autovacuum-tuning',
    description: 'The highest-write tables have autovacuum thresholds of their own.',
    defaultSeverity: 'info',
    sources: ['health'],
  },

  checkHealth({ facts, config, report }) {
    reportUnreadable(facts, 'tables', report);
    for (const table of busiestWriters(facts.tables ?? [], config.health)) {
      if (table.autovacuumOptions.some((option) => TUNING.test(option))) continue;
      const off = table.autovacuumOptions.includes('autovacuum_enabled=false');
      const state = off
        ? 'has autovacuum turned off (autovacuum_enabled=false)'
        : "runs on the server's default autovacuum thresholds";
      report({
        message: `\`${table.table}\` (${formatSize(table.sizeBytes)}, ${count(churn(table))} updates and deletes against ${count(table.liveTuples)} live rows) is a high-write table and ${state}: set autovacuum_vacuum_scale_factor and autovacuum_vacuum_threshold for it`,
        object: table.table,
      });
    }
  },
};

function churn(table: TableStat): number {
  return table.updates + table.deletes;
}

function busiestWriters(
  tables: readonly TableStat[],
  health: { sizeFloorBytes: number; highWriteTables: string[] },
): TableStat[] {
  const named = (table: TableStat) =>
    health.highWriteTables.some((name) => name === table.table || table.table.endsWith(`.${name}`));
  const busy = tables
    .filter((table) => table.sizeBytes > health.sizeFloorBytes && churn(table) > 0)
    .filter((table) => churn(table) >= table.liveTuples)
    .sort((a, b) => churn(b) - churn(a))
    .slice(0, TOP);
  return [...new Set([...busy, ...tables.filter(named)])];
}

export default rule;
