import { ms } from '../src/health/format.ts';
import { estimatedP95, latencyFigures, statementObject, statementText } from '../src/health/latency.ts';
import { reportUnreadable } from '../src/health/unreadable.ts';
import type { Rule } from '../src/types.ts';

// SPEC-2's success metric "p95 < 150ms for OLTP reads/writes" and its alert "Queries > 1s (p95)", judged on
// pg_stat_statements of the audited database. Statements with few calls (a migration, a one-off script) are
// not the workload the target is about, so `[health] min_calls` leaves them out (the reader filters them).
// A statement over `p95_ms` is a warning (the default); one over `alert_ms` asks for an error (the rule's
// alertSeverity), and `[rules] slow-query = "warning"` keeps both as warnings.
const rule: Rule = {
  meta: {
    id: 'slow-query',
    description: 'Statements whose estimated p95 latency is over the p95 target (error over the alert).',
    defaultSeverity: 'warning',
    alertSeverity: 'error',
    sources: ['health'],
  },

  checkHealth({ facts, config, report }) {
    reportUnreadable(facts, 'statements', report);
    const { p95Ms, alertMs } = config.health;
    for (const row of facts.statements?.rows ?? []) {
      const p95 = estimatedP95(row);
      if (p95 <= p95Ms) continue;
      const alert = p95 > alertMs;
      const target = alert ? `the ${ms(alertMs)} alert` : `the ${ms(p95Ms)} target`;
      report({
        severity: alert ? 'error' : undefined,
        message: `${statementText(row)} has an estimated p95 of ${ms(p95)}, above ${target} (${latencyFigures(row)})`,
        object: statementObject(row),
      });
    }
  },
};

export default rule;
