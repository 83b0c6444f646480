// The info finding for a statistic the audit could not read: what was not verified and the grant that
// lets it be, so a missing privilege is never a silent pass. Each rule reports the statistics it needs.

import type { Report } from '../types.ts';
import type { HealthFacts, HealthStatistic } from './facts.ts';

const OBJECT: Record<HealthStatistic, string> = {
  statements: 'pg_stat_statements',
  connections: 'pg_stat_activity',
  tables: 'pg_stat_user_tables',
  database: 'pg_stat_database',
  redis: 'redis',
};

/** Reports each unreadable entry of the statistic; true when there was one. */
export function reportUnreadable(facts: HealthFacts, statistic: HealthStatistic, report: Report): boolean {
  const entries = facts.unreadable.filter((entry) => entry.statistic === statistic);
  for (const entry of entries) {
    report({
      severity: 'info',
      message: `could not verify ${entry.what}; to let the audit read it: ${asCode(entry.fix)}`,
      object: OBJECT[statistic],
    });
  }
  return entries.length > 0;
}

/** A grant or command in backticks, as users copy it; advice in words as it is. */
function asCode(fix: string): string {
  return /^(grant|create|alter|ACL) /i.test(fix) ? `\`${fix}\`` : fix;
}
