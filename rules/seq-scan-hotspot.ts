import { count, percent } from '../src/health/format.ts';
import { formatSize } from '../src/health/size.ts';
import { reportUnreadable } from '../src/health/unreadable.ts';
import type { Rule } from '../src/types.ts';

// SPEC-2's baseline query "Missing indexes (seq scans on large tables)": a table past the size floor that
// is scanned sequentially over and over, with most of its rows read by those scans rather than fetched
// through an index, is a table some query filters without an index to serve it.
const rule: Rule = {
  meta: {
    id: 'seq-scan-hotspot',
    description: 'Tables above the size floor read mostly by many sequential scans: a missing index.',
    defaultSeverity: 'warning',
    sources: ['health'],
  },

  checkHealth({ facts, config, report }) {
    reportUnreadable(facts, 'tables', report);
    const { sizeFloorBytes, seqScanMin } = config.health;
    for (const table of facts.tables ?? []) {
      if (table.sizeBytes <= sizeFloorBytes || table.seqScan <= seqScanMin) continue;
      const read = table.seqTupRead + table.idxTupFetch;
      if (table.seqTupRead * 2 <= read) continue; // most rows come through indexes already
      report({
        message: `\`${table.table}\` (${formatSize(table.sizeBytes)}) had ${count(table.seqScan)} sequential scans, more than the ${count(seqScanMin)} allowed, reading ${percent(table.seqTupRead, read)} of its rows (${count(table.seqTupRead)} by sequential scans, ${count(table.idxTupFetch)} fetched by ${count(table.idxScan)} index scans): index the columns its queries filter on`,
        object: table.table,
      });
    }
  },
};

export default rule;
