import { namesView, readCronJobs, type CronJob } from '../src/catalog/cron-jobs.ts';
import { notExtensionMember } from '../src/catalog/schemas.ts';
import { locationIn } from '../src/location.ts';
import { statementOf } from '../src/parse/ast.ts';
import type { Location, MigrationFile, Rule, SchemaContext } from '../src/types.ts';

// SPEC-2 §9 keeps its dashboard views fresh with an hourly pg_cron job. A materialized view nobody
// refreshes shows the numbers of the day it was created; one refreshed without CONCURRENTLY locks every
// reader out while the refresh runs, which is needless when the view has the unique index CONCURRENTLY needs.
const MATVIEWS = `
  select n.nspname || '.' || c.relname as view_name,
         exists (select 1 from pg_index i
                  where i.indrelid = c.oid and i.indisunique and i.indisvalid
                    and i.indpred is null and i.indexprs is null) as has_unique_index
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
   where c.relkind = 'm'
     and n.nspname = any($1::text[])
     and ${notExtensionMember('c.oid')}
   order by 1`;

interface Matview {
  view_name: string;
  has_unique_index: boolean;
}

const rule: Rule = {
  meta: {
    id: 'matview-refresh',
    description:
      'Every materialized view is refreshed by a scheduled pg_cron job, CONCURRENTLY when its unique index allows it.',
    defaultSeverity: 'warning',
    sources: ['schema'],
  },

  async checkSchema(context) {
    const views = await context.db.query<Matview>(MATVIEWS, [context.config.exposedSchemas]);
    if (views.length === 0) return;
    const cron = await readJobsSafely(context);
    if (!cron.readable) {
      const fix = cron.fix ? `: ${cron.fix}` : '';
      for (const view of views)
        context.report({
          message: `could not verify that \`${view.view_name}\` is refreshed on a schedule: ${cron.why}${fix}`,
          severity: 'info',
          location: context.locate('matview', view.view_name),
          object: view.view_name,
        });
      return;
    }
    for (const view of views) checkView(context, view, cron.jobs, cron.seesAllJobs);
  },
};

function checkView(context: SchemaContext, view: Matview, jobs: CronJob[], seesAllJobs: boolean): void {
  const schemas = context.config.exposedSchemas;
  const refreshing = jobs.filter((job) =>
    job.refreshes.some((refresh) => namesView(refresh.view, view.view_name, schemas)),
  );
  const active = refreshing.filter((job) => job.active);
  const where = context.locate('matview', view.view_name);
  if (active.length === 0) {
    const inactive = refreshing.length > 0 ? ` (its job ${jobName(refreshing[0])} is inactive)` : '';
    context.report({
      message: seesAllJobs
        ? `materialized view \`${view.view_name}\` is not refreshed by any active pg_cron job${inactive}, so it ` +
          `serves the data of its last refresh: schedule ${refreshStatement(view)} with cron.schedule`
        : `could not verify that \`${view.view_name}\` is refreshed on a schedule: pg_cron shows the audit role ` +
          'only its own jobs; audit as the role that schedules them, or one that owns cron.job',
      severity: seesAllJobs ? undefined : 'info',
      location: where,
      object: view.view_name,
    });
    return;
  }
  if (!view.has_unique_index) return; // a plain REFRESH is the only one possible: matview-unique-index says why
  for (const job of active) {
    const plain = job.refreshes.some(
      (refresh) => !refresh.concurrently && namesView(refresh.view, view.view_name, schemas),
    );
    if (!plain) continue;
    context.report({
      message:
        `pg_cron job ${jobName(job)} refreshes \`${view.view_name}\` without CONCURRENTLY, which locks out every ` +
        'reader of the view while it runs; it has the unique index that CONCURRENTLY needs',
      location: (context.mode === 'shadow' ? scheduleStatement(context.migrations, job) : undefined) ?? where,
      object: view.view_name,
    });
  }
}

/** On a live database a role may lack the rights to read `cron.job`; that is "not verified", not a crash. */
async function readJobsSafely(context: SchemaContext): ReturnType<typeof readCronJobs> {
  if (context.mode === 'shadow') return readCronJobs(context.db);
  await context.db.query('savepoint scribe_lint_cron');
  try {
    const jobs = await readCronJobs(context.db);
    await context.db.query('release savepoint scribe_lint_cron');
    return jobs;
  } catch (error) {
    await context.db.query('rollback to savepoint scribe_lint_cron');
    const message = ((error as { message?: string }).message ?? String(error)).split('\n')[0];
    return { readable: false, why: `reading cron.job failed: ${message}` };
  }
}

/** The refresh to schedule: concurrently when the view's unique index allows it. */
function refreshStatement(view: Matview): string {
  if (view.has_unique_index) return `\`refresh materialized view concurrently ${view.view_name}\``;
  return `\`refresh materialized view ${view.view_name}\` (concurrently once it has a unique index)`;
}

function jobName(job: CronJob): string {
  return job.name ? `\`${job.name}\`` : `#${job.id}`;
}

const SCHEDULERS = new Set(['schedule', 'schedule_in_database', 'alter_job']);

/** The migration statement that scheduled the job: the last `select cron.schedule(...)` passing its command. */
function scheduleStatement(files: readonly MigrationFile[], job: CronJob): Location | undefined {
  let found: Location | undefined;
  for (const file of files) {
    if (!file.applied) continue;
    for (const statement of file.statements) {
      const targets = statementOf(statement.node, 'SelectStmt')?.targetList ?? [];
      if (targets.some((target) => schedulesCommand(target, job.command)))
        found = locationIn(file, statement.start, statement.end);
    }
  }
  return found;
}

interface ScheduleCall {
  ResTarget?: {
    val?: {
      FuncCall?: {
        funcname?: { String?: { sval?: string } }[];
        args?: { A_Const?: { sval?: { sval?: string } } }[];
      };
    };
  };
}

function schedulesCommand(target: unknown, command: string): boolean {
  const call = (target as ScheduleCall).ResTarget?.val?.FuncCall;
  const [schema, name] = (call?.funcname ?? []).map((part) => part.String?.sval);
  if (schema !== 'cron' || !name || !SCHEDULERS.has(name)) return false;
  return (call?.args ?? []).some((arg) => arg.A_Const?.sval?.sval === command);
}

export default rule;
