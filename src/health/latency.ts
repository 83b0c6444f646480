// The p95 estimate slow-query and audit-query-time judge, and the figures their findings show.
// pg_stat_statements keeps the mean and the (population) standard deviation of each statement's execution
// time but no percentiles; for a normal distribution the 95th percentile lies 1.645 standard deviations
// above the mean. Latencies are skewed to the right, so this is an estimate, and every finding says so.

import type { StatementStat } from './facts.ts';
import { count, ms, oneLine } from './format.ts';

/** The z-score of the 95th percentile of a normal distribution. */
export const P95_Z = 1.645;

export function estimatedP95(row: Pick<StatementStat, 'meanMs' | 'stddevMs'>): number {
  return row.meanMs + P95_Z * row.stddevMs;
}

/** `select … from t where id = $1`: the statement as one line, cut to fit a message. */
export function statementText(row: StatementStat): string {
  return `\`${oneLine(row.query)}\``;
}

/** What the estimate is made of, and the statement's load: calls, mean, total. */
export function latencyFigures(row: StatementStat): string {
  return `estimated as mean + ${P95_Z} × standard deviation; ${count(row.calls)} calls, mean ${ms(row.meanMs)}, total ${ms(row.totalMs)}`;
}

/** The finding's object: the statement's queryid, which stays the same across runs on one server. */
export function statementObject(row: StatementStat): string {
  return row.queryid ? `pg_stat_statements:${row.queryid}` : 'pg_stat_statements';
}
