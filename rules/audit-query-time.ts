import { ms } from '../src/health/format.ts';
import { estimatedP95, latencyFigures, statementObject, statementText } from '../src/health/latency.ts';
import { reportUnreadable } from '../src/health/unreadable.ts';
import type { Rule } from '../src/types.ts';

// SPEC-2's success metric "Audit log query time < 50ms": the audit log is written on every PHI access, so a
// slow insert or lookup there slows every request that records one. A statement counts as an audit
// statement when its text names a configured audit table (`[audit] tables`).
const rule: Rule = {
  meta: {
    id: 'audit-query-time',
    description: 'Statements on an audit table whose estimated p95 latency is over the audit target.',
    defaultSeverity: 'warning',
    sources: ['health'],
  },

  checkHealth({ facts, config, report }) {
    reportUnreadable(facts, 'statements', report);
    const target = config.health.auditP95Ms;
    for (const row of facts.statements?.rows ?? []) {
      if (row.auditTables.length === 0) continue;
      const p95 = estimatedP95(row);
      if (p95 <= target) continue;
      const tables = row.auditTables.map((table) => `\`${table}\``).join(', ');
      report({
        message: `${statementText(row)} on audit table ${tables} has an estimated p95 of ${ms(p95)}, above the ${ms(target)} audit target (${latencyFigures(row)})`,
        object: statementObject(row),
      });
    }
  },
};

export default rule;
