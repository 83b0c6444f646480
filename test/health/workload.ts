// The health rules' test bench: a throwaway PostgreSQL 15 cluster with pg_stat_statements preloaded, a
// small max_connections and every statement logged, a workload driven into one database, a clean database
// beside it, and the lint run the way a user's `--db` run is (lint() with the real providers).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { allRules } from '../../rules/index.ts';
import { defaultConfig, type Config } from '../../src/config.ts';
import type { LintResult } from '../../src/engine.ts';
import { lint } from '../../src/lint.ts';
import type { Finding } from '../../src/types.ts';
import { startCluster, type Cluster } from '../catalog/cluster.ts';
import { withDatabase } from '../catalog/helpers.ts';
import { EXAMPLE_NOW } from '../helpers/examples.ts';

export const HEALTH_RULES = allRules
  .filter((rule) => rule.meta.sources.includes('health'))
  .map((rule) => rule.meta.id);

/** max_connections 20 less the 3 superuser slots PostgreSQL 15 reserves by default. */
export const USABLE_SLOTS = 17;

export async function startHealthCluster(): Promise<Cluster> {
  return startCluster({
    shared_preload_libraries: "'pg_stat_statements'",
    max_connections: '20',
    log_statement: "'all'",
    log_line_prefix: "'@@%a|'",
    // the workload's dead tuples stay where the test put them: no autovacuum run can race the assertions
    autovacuum: 'off',
  });
}

export async function sql(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Runs the statement `times` times, on `parallel` connections at once (each closed afterwards). */
export async function repeat(url: string, text: string, times: number, parallel = 1): Promise<void> {
  const per = Math.ceil(times / parallel);
  await Promise.all(
    Array.from({ length: parallel }, async (_, lane) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        for (let i = lane * per; i < Math.min(times, (lane + 1) * per); i++) await client.query(text);
      } finally {
        await client.end();
      }
    }),
  );
}

/** Opens `count` idle sessions; call the returned function to close them. */
export async function holdConnections(url: string, count: number): Promise<() => Promise<void>> {
  const clients = Array.from({ length: count }, () => new pg.Client({ connectionString: url }));
  await Promise.all(clients.map((client) => client.connect()));
  return async () => {
    await Promise.all(clients.map((client) => client.end()));
  };
}

export function databaseUrl(cluster: Cluster, database: string): string {
  return withDatabase(cluster.adminUrl, database);
}

/** The health findings of a `--db` (and `--redis`) run, as `pageLine`-style lines with the severity. */
export async function healthFindings(options: HealthRunOptions): Promise<Finding[]> {
  return (await healthRun(options)).findings.filter((finding) => HEALTH_RULES.includes(finding.ruleId));
}

export interface HealthRunOptions {
  databaseUrl?: string;
  redisUrl?: string;
  configure?: (config: Config) => void;
}

/** The whole result of a live lint run with no migration files, as the CLI's `--db` / `--redis` runs it. */
export async function healthRun(options: HealthRunOptions): Promise<LintResult> {
  const cwd = mkdtempSync(path.join(tmpdir(), 'scribe-lint-health-'));
  try {
    const config = defaultConfig(cwd);
    options.configure?.(config);
    const result = await lint({
      cwd,
      config,
      rules: allRules,
      paths: [],
      shadow: false,
      databaseUrl: options.databaseUrl,
      redisUrl: options.redisUrl,
      now: EXAMPLE_NOW,
    });
    return result;
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

/** `object severity rule message`: what a user reads of a finding without a place in a file. */
export function lineOf(finding: Finding): string {
  return `${finding.object ?? '-'} ${finding.severity} ${finding.ruleId} ${finding.message}`;
}

/** The statements the session named `scribe-lint` sent, from the server's log. */
export function auditStatements(cluster: Cluster): string[] {
  return cluster
    .log()
    .split(/\n(?=@@)/)
    .filter((entry) => entry.startsWith('@@scribe-lint|'))
    .map((entry) => /LOG:\s+(?:statement|execute [^:]*): ([\s\S]*)/.exec(entry)?.[1].trim())
    .filter((statement): statement is string => statement !== undefined);
}

/**
 * The workload: the SQL that builds it, run once as the superuser into the `health` database, one entry at a
 * time (VACUUM cannot run in the implicit transaction of a multi-statement query).
 */
export const WORKLOAD_SETUP = [
  `
create extension pg_stat_statements;
create function public.report_slow() returns void language sql as $$ select pg_sleep(0.2) $$;
create function public.report_very_slow() returns void language sql as $$ select pg_sleep(1.05) $$;
create table public.audit_logs (id bigint generated always as identity, user_id int, action text,
  created_at timestamptz not null default now());
insert into public.audit_logs (user_id, action) values (1, 'login');
-- about 2.5 MB, autovacuum off for it, then every row updated: half its tuples are dead
create table public.events (id int primary key, payload text) with (autovacuum_enabled = false);
insert into public.events select i, repeat('x', 100) from generate_series(1, 20000) i;
update public.events set payload = repeat('y', 100);
-- a busy table on the server's default thresholds, and one with its own, both vacuumed since
create table public.sessions (id int primary key, seen int not null default 0);
insert into public.sessions (id) select generate_series(1, 40000);
update public.sessions set seen = seen + 1;`,
  'vacuum public.sessions',
  `create table public.jobs (id int primary key, state int not null default 0)
  with (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_threshold = 100);
insert into public.jobs (id) select generate_series(1, 40000);
update public.jobs set state = 1;`,
  'vacuum public.jobs',
  `-- about 1.3 MB, read only by sequential scans
create table public.lookups (id int, code text);
insert into public.lookups select i, md5(i::text) from generate_series(1, 20000) i;
do $$ begin for i in 1..1001 loop perform count(*) from public.lookups where code = 'none'; end loop; end $$;
-- a small table, scanned and rewritten just as often: under the size floor, never reported
create table public.small (id int primary key, n int);
insert into public.small select generate_series(1, 100), 0;
update public.small set n = 1;`,
];

/** The clean counterpart: the same kinds of objects, fast statements, small tables. */
export const CLEAN_SETUP = `
create extension pg_stat_statements;
create table public.audit_logs (id bigint generated always as identity, action text);
insert into public.audit_logs (action) values ('login');
create table public.programs (id int primary key, name text);
insert into public.programs select i, 'p' || i from generate_series(1, 200) i;
update public.programs set name = name || '!' where id <= 10;
`;
