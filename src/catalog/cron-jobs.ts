// The pg_cron jobs that refresh materialized views (matview-refresh), read from `cron.job` on the shadow (the
// stand-in table the migrations' `cron.schedule` calls fill) and on a live database alike. A job refreshes a
// view when its command, or the body of a function its command calls, says `REFRESH MATERIALIZED VIEW`.
//
// Live, pg_cron shows each role only its own jobs unless the role owns `cron.job`, bypasses RLS or is a
// superuser: `seesAllJobs` says whether "no job" can be believed.

import type { CatalogConnection } from '../types.ts';
import { identifierName } from './index-spec.ts';

export interface CronJob {
  id: number;
  name: string | null;
  schedule: string;
  command: string;
  active: boolean;
  /** Views the job refreshes, as written (`public.x`, `x`, `"X"`), each with whether CONCURRENTLY. */
  refreshes: { view: string; concurrently: boolean }[];
}

export type CronJobs =
  { readable: true; jobs: CronJob[]; seesAllJobs: boolean } | { readable: false; why: string; fix?: string };

const CRON_TABLE = `
  select c.relrowsecurity and not (r.rolsuper or r.rolbypassrls or pg_has_role(c.relowner, 'USAGE'))
           as filtered,
         has_table_privilege(c.oid, 'SELECT') as can_select
    from pg_class c, pg_roles r
   where c.oid = to_regclass('cron.job') and r.rolname = current_user`;

const JOBS = `
  select jobid::int8 as id, jobname as name, schedule, command, active
    from cron.job
   where database = current_database()
   order by jobid`;

const FUNCTION_BODY = `
  select p.prosrc from pg_proc p join pg_namespace n on n.oid = p.pronamespace
   where p.proname = $1 and ($2::text is null or n.nspname = $2) and p.prolang <> 12`;

/** The jobs of this database, or why they could not be read. */
export async function readCronJobs(db: CatalogConnection): Promise<CronJobs> {
  const [table] = await db.query<{ filtered: boolean; can_select: boolean }>(CRON_TABLE);
  if (!table) return { readable: false, why: 'pg_cron is not installed in this database (no `cron.job`)' };
  if (!table.can_select)
    return {
      readable: false,
      why: 'the audit role cannot read `cron.job`',
      fix: 'grant usage on schema cron and select on cron.job to the audit role',
    };
  const rows = await db.query<Omit<CronJob, 'refreshes'>>(JOBS);
  const jobs: CronJob[] = [];
  for (const row of rows) {
    const refreshes = refreshesIn(row.command);
    for (const call of calledFunctions(row.command)) {
      for (const body of await db.query<{ prosrc: string }>(FUNCTION_BODY, [call.name, call.schema ?? null]))
        refreshes.push(...refreshesIn(body.prosrc));
    }
    jobs.push({ ...row, id: Number(row.id), refreshes });
  }
  return { readable: true, jobs, seesAllJobs: !table.filtered };
}

const IDENTIFIER = String.raw`(?:"(?:[^"]|"")+"|[A-Za-z_][A-Za-z0-9_$]*)`;
const REFRESH = new RegExp(
  String.raw`\brefresh\s+materialized\s+view\s+(concurrently\s+)?(${IDENTIFIER}(?:\s*\.\s*${IDENTIFIER})?)`,
  'gi',
);
const CALL = new RegExp(
  String.raw`\b(?:select|perform|call)\s+(?:(${IDENTIFIER})\s*\.\s*)?(${IDENTIFIER})\s*\(`,
  'gi',
);

/** The views a piece of SQL refreshes. */
export function refreshesIn(sql: string): { view: string; concurrently: boolean }[] {
  return [...sql.matchAll(REFRESH)].map((match) => ({
    view: match[2].replace(/\s+/g, ''),
    concurrently: match[1] !== undefined,
  }));
}

/** The functions a job command calls (`select public.refresh_dashboards()`), one level deep. */
function calledFunctions(sql: string): { schema?: string; name: string }[] {
  return [...sql.matchAll(CALL)].map((match) => ({
    schema: match[1] === undefined ? undefined : identifierName(match[1]),
    name: identifierName(match[2]),
  }));
}

/** Whether a view reference as written (`x`, `public.x`, `"Public"."X"`) names `schema.view`. */
export function namesView(
  reference: string,
  qualifiedView: string,
  searchSchemas: readonly string[],
): boolean {
  const parts = reference.match(new RegExp(IDENTIFIER, 'g')) ?? [];
  const names = parts.map(identifierName);
  if (names.length === 2) return `${names[0]}.${names[1]}` === qualifiedView;
  return searchSchemas.some((schema) => `${schema}.${names[0]}` === qualifiedView);
}
