// pg_stat_statements of the audited database: the statements slow enough for slow-query or
// audit-query-time. The extension keeps no percentiles, so the p95 is estimated here, in SQL, as
// mean + 1.645 × standard deviation (the 95th percentile of a normal distribution), and only the rows over
// the lower of the two targets travel back: a busy server has thousands of statements.

import type { Config } from '../config.ts';
import { statStatementsView } from '../catalog/schemas.ts';
import type { CatalogConnection } from '../types.ts';
import type { StatementFacts, StatementStat, Unreadable } from './facts.ts';
import { P95_Z } from './latency.ts';
import { readGuarded, statsGrant } from './read.ts';

/** What pg_stat_statements shows instead of another role's text to a role without pg_read_all_stats. */
const HIDDEN_TEXT = '<insufficient privilege>';

interface Row {
  queryid: string | null;
  query: string;
  calls: number;
  mean: number;
  stddev: number;
  total: number;
}

export async function readStatements(
  db: CatalogConnection,
  role: string,
  config: Config,
  unreadable: Unreadable[],
): Promise<StatementFacts | undefined> {
  const view = await statStatementsView(db);
  if (!view) {
    unreadable.push({
      statistic: 'statements',
      what: 'statement latency: the pg_stat_statements extension is not installed',
      fix: 'create extension pg_stat_statements',
    });
    return undefined;
  }
  const rows = await readGuarded(
    db,
    'statements',
    'statement latency',
    unreadable,
    () =>
      db.query<Row>(statementsSql(view), [
        config.health.minCalls,
        Math.min(config.health.p95Ms, config.health.auditP95Ms),
      ]),
    role,
  );
  return rows && statementFacts(rows, role, config, unreadable);
}

function statementsSql(view: string): string {
  const p95 = `(s.mean_exec_time + ${P95_Z} * s.stddev_exec_time)`;
  return `select s.queryid::text as queryid, s.query, s.calls::float8 as calls, s.mean_exec_time as mean,
                 s.stddev_exec_time as stddev, s.total_exec_time as total
            from ${view} s
           where s.dbid = (select oid from pg_database where datname = current_database())
             and s.calls >= $1 and ${p95} > $2
           order by ${p95} desc, s.total_exec_time desc`;
}

function statementFacts(rows: Row[], role: string, config: Config, unreadable: Unreadable[]): StatementFacts {
  const hidden = rows.filter((row) => row.query === HIDDEN_TEXT);
  if (hidden.length > 0) {
    unreadable.push({
      statistic: 'statements',
      what: `the text of ${hidden.length} ${hidden.length === 1 ? 'statement' : 'statements'} of other roles whose estimated p95 is over a target`,
      fix: statsGrant(role),
    });
  }
  const matchers = config.audit.tables.map((table) => ({ table, pattern: namePattern(table) }));
  const stats = rows
    .filter((row) => row.query !== HIDDEN_TEXT)
    .map((row): StatementStat => ({
      queryid: row.queryid ?? undefined,
      query: row.query,
      calls: Number(row.calls),
      meanMs: Number(row.mean),
      stddevMs: Number(row.stddev),
      totalMs: Number(row.total),
      auditTables: matchers.filter((m) => m.pattern.test(row.query)).map((m) => m.table),
    }));
  return { rows: stats, hiddenSlow: hidden.length };
}

/** The table's name as an identifier in SQL text, bare or quoted, qualified or not, in any case. */
export function namePattern(table: string): RegExp {
  const escaped = table.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w$])"?${escaped}"?(?![\\w$])`, 'i');
}
