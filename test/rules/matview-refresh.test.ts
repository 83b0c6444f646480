import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type Cluster } from '../catalog/cluster.ts';
import { createTestDatabase, liveFindings, shadowFindings, type TestDatabase } from '../catalog/helpers.ts';
import { findingLines } from '../helpers/examples.ts';
import pg from 'pg';

const RULE = ['matview-refresh'];
const STEP = '20250101000000_step.sql';
const VIEWS = ['fresh', 'plain', 'no_unique', 'via_function', 'paused', 'forgotten'];

const SCHEMA = `create extension if not exists pg_cron;
create table public.notes (id int primary key, program_id int);
${VIEWS.map(
  (view) =>
    `create materialized view public.${view} as select program_id, count(*) from public.notes group by 1;`,
)
  .join('\n')
  .replace(
    'public.notes group by 1;\n',
    'public.notes group by 1;\ncreate unique index on public.fresh (program_id);\n',
  )
  .replace(
    'by 1;\ncreate materialized view public.no_unique',
    'by 1;\ncreate unique index on public.plain (program_id);\ncreate materialized view public.no_unique',
  )}
create function public.refresh_dashboards() returns void language plpgsql as $$ begin refresh materialized view public.via_function; end $$;
select cron.schedule('refresh-fresh', '0 * * * *', 'refresh materialized view concurrently public.fresh');
select cron.schedule('refresh-plain', '0 * * * *', 'refresh materialized view plain');
select cron.schedule('refresh-no-unique', '0 * * * *', 'refresh materialized view public.no_unique');
select cron.schedule('refresh-dashboards', '5 * * * *', 'select public.refresh_dashboards()');
select cron.alter_job(cron.schedule('refresh-paused', '0 * * * *', 'refresh materialized view concurrently public.paused'), active := false)`;

const NOT_REFRESHED = (view: string, why = '', unique = false) =>
  `materialized view \`public.${view}\` is not refreshed by any active pg_cron job${why}, so it serves the data ` +
  `of its last refresh: schedule \`refresh materialized view ${unique ? 'concurrently ' : ''}public.${view}\`` +
  `${unique ? '' : ' (concurrently once it has a unique index)'} with cron.schedule`;
const PLAIN =
  'pg_cron job `refresh-plain` refreshes `public.plain` without CONCURRENTLY, which locks out every reader of ' +
  'the view while it runs; it has the unique index that CONCURRENTLY needs';

describe('matview-refresh', () => {
  it('has the schema the cases below count lines in', () => {
    expect(SCHEMA.split('\n').slice(2, 10)).toEqual([
      'create materialized view public.fresh as select program_id, count(*) from public.notes group by 1;',
      'create unique index on public.fresh (program_id);',
      'create materialized view public.plain as select program_id, count(*) from public.notes group by 1;',
      'create unique index on public.plain (program_id);',
      'create materialized view public.no_unique as select program_id, count(*) from public.notes group by 1;',
      'create materialized view public.via_function as select program_id, count(*) from public.notes group by 1;',
      'create materialized view public.paused as select program_id, count(*) from public.notes group by 1;',
      'create materialized view public.forgotten as select program_id, count(*) from public.notes group by 1;',
    ]);
  });

  it('reports unrefreshed views at their CREATE and a plain refresh at its cron.schedule (shadow)', async () => {
    const findings = await shadowFindings(SCHEMA, RULE);
    expect(findingLines(findings)).toEqual([
      `${STEP}:9:26-9:39 matview-refresh ${NOT_REFRESHED('paused', ' (its job `refresh-paused` is inactive)')}`,
      `${STEP}:10:26-10:42 matview-refresh ${NOT_REFRESHED('forgotten')}`,
      `${STEP}:13:1-13:86 matview-refresh ${PLAIN}`,
    ]);
  });

  it('reports a view no migration schedules (the shadow has pg_cron, as every Supabase project)', async () => {
    const findings = await shadowFindings(
      'create materialized view public.totals as select 1 as n;\ncreate unique index on public.totals (n)',
      RULE,
    );
    expect(findingLines(findings)).toEqual([
      `${STEP}:1:26-1:39 matview-refresh ${NOT_REFRESHED('totals', '', true)}`,
    ]);
  });

  it('is silent once every view has an active job, CONCURRENTLY where it can be', async () => {
    const findings = await shadowFindings(
      `create extension pg_cron;
create materialized view public.totals as select 1 as n;
create unique index on public.totals (n);
select cron.schedule('totals', '0 * * * *', $$refresh materialized view concurrently public.totals$$)`,
      RULE,
    );
    expect(findingLines(findings)).toEqual([]);
  });

  describe('live, without pg_cron', () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase();
      await database.exec('create materialized view public.totals as select 1 as n');
    });
    afterAll(() => database?.drop());

    it('could not verify, as info', async () => {
      expect(findingLines(await liveFindings(database.url, RULE), { withSeverity: true })).toEqual([
        'public.totals info matview-refresh could not verify that `public.totals` is refreshed on a schedule: ' +
          'pg_cron is not installed in this database (no `cron.job`)',
      ]);
    });
  });

  describe('live, with pg_cron preloaded', () => {
    let cluster: Cluster;
    beforeAll(async () => {
      cluster = await startCluster({
        shared_preload_libraries: "'pg_cron'",
        'cron.database_name': "'postgres'",
      });
      const client = new pg.Client({ connectionString: cluster.adminUrl });
      await client.connect();
      try {
        await client.query(SCHEMA);
        await client.query(`create role auditor login password 'audit-pw';
          grant usage on schema cron to auditor; grant select on cron.job to auditor`);
      } finally {
        await client.end();
      }
    }, 60_000);
    afterAll(() => cluster?.stop());

    it('names the same views as the shadow, read from the real cron.job', async () => {
      expect(findingLines(await liveFindings(cluster.adminUrl, RULE))).toEqual([
        `public.forgotten matview-refresh ${NOT_REFRESHED('forgotten')}`,
        `public.paused matview-refresh ${NOT_REFRESHED('paused', ' (its job `refresh-paused` is inactive)')}`,
        `public.plain matview-refresh ${PLAIN}`,
      ]);
    });

    it('does not take the jobs it cannot see for missing ones: pg_cron shows a role only its own', async () => {
      const findings = await liveFindings(cluster.tcpUrl('auditor', 'audit-pw'), RULE);
      expect(findingLines(findings, { withSeverity: true })).toEqual(
        [...VIEWS]
          .sort()
          .map(
            (view) =>
              `public.${view} info matview-refresh could not verify that \`public.${view}\` is refreshed on a ` +
              'schedule: pg_cron shows the audit role only its own jobs; audit as the role that schedules them, ' +
              'or one that owns cron.job',
          ),
      );
    });
  });
});
