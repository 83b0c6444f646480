import { count, percent } from '../src/health/format.ts';
import { formatSize } from '../src/health/size.ts';
import { reportUnreadable } from '../src/health/unreadable.ts';
import type { Rule } from '../src/types.ts';

// SPEC-2's alert "Table bloat > 30%", measured as its baseline query does: dead tuples as a share of live
// plus dead (pg_stat_user_tables). Dead tuples make every scan read pages of nothing; small tables are left
// out (`[health] size_floor`), since a few dead rows in a tiny table cost nothing.
const rule: Rule = {
  meta: {
    id: 'table-bloat',
    description: 'Tables above the size floor whose dead tuples are over the bloat target.',
    defaultSeverity: 'warning',
    sources: ['health'],
  },

  checkHealth({ facts, config, report }) {
    reportUnreadable(facts, 'tables', report);
    const { sizeFloorBytes, bloatPct } = config.health;
    for (const table of facts.tables ?? []) {
      const tuples = table.liveTuples + table.deadTuples;
      if (table.sizeBytes <= sizeFloorBytes || tuples === 0) continue;
      if ((100 * table.deadTuples) / tuples <= bloatPct) continue;
      report({
        message: `\`${table.table}\` (${formatSize(table.sizeBytes)}) has ${percent(table.deadTuples, tuples)} dead tuples (${count(table.deadTuples)} dead, ${count(table.liveTuples)} live), above the ${bloatPct} % target: vacuum it, and see why autovacuum has not`,
        object: table.table,
      });
    }
  },
};

export default rule;
