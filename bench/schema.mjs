#!/usr/bin/env node
// Schema benchmark: (1) shadow replay + all rules on a generated 125-file Supabase-style history, run by
// the bundled CLI: cold (empty cache: the shipped seed is loaded), warm (the cache the cold run wrote), warm
// with the rules that read lock observations off (so the replay reads no pg_locks: the observation's cost)
// and, for reference, with neither cache nor seed (initdb runs); (2) live audit of a generated database with 1,000 tables,
// 2,000 foreign keys and 500 partitions on the PostgreSQL server at SCRIBE_LINT_TEST_PG (default
// postgres://postgres@127.0.0.1:5432/postgres). Prints medians.
//
// The live audit's code is bundled with esbuild into a temporary module beside this file (Node 20 cannot
// import the TypeScript sources; beside this file its bare imports resolve from node_modules).
//
// Usage: node bench/schema.mjs [--runs N] [--skip-live] [--skip-shadow] [--skip-no-seed] [--json]

import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { bundleEntry, median, runSample } from './bundle.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const serverUrl = process.env.SCRIBE_LINT_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

// The measured program, run in a child process per sample so every sample pays module loading.
const ENTRY = `
import { allRules } from '../rules/index.ts';
import { defaultConfig } from '../src/config.ts';
import { runLint } from '../src/engine.ts';
import { openLive } from '../src/catalog/live.ts';

const [, target] = process.argv.slice(2);
const started = performance.now();
const now = new Date('2025-11-15T00:00:00Z');
const schema = await openLive(target);
const opened = performance.now();
const result = await runLint({ files: [], config: defaultConfig(), rules: allRules, now, schema: schema.value });
await schema.close();
const done = performance.now();
console.log(JSON.stringify({ totalMs: done - started, openMs: opened - started, rulesMs: done - opened, findings: result.findings.length }));
`;

function sample(bundled, mode, target, env = {}) {
  return runSample(bundled, [mode, target], { cwd: root, env });
}

// ------------------------------------------------------------------------------------------------
// A 125-file history (or `count` files, bench/replay.mjs) in the style of a Supabase project: tables with uuid keys and FKs to auth.users,
// RLS and policies, indexes, triggers, functions, grants, realtime, storage buckets, a partitioned
// audit_logs with a cron job, a materialized view, and some data fixes.

export function generateHistory(dir, count = 125) {
  mkdirSync(dir, { recursive: true });
  const tables = [];
  const pad = (n) => String(n).padStart(2, '0');
  const version = (i) => `2024${pad(1 + Math.floor(i / 28))}${pad(1 + (i % 28))}${pad(i % 24)}0000`;
  const write = (i, name, sql) => writeFileSync(path.join(dir, `${version(i)}_${name}.sql`), sql);

  write(
    0,
    'extensions',
    `create extension if not exists "uuid-ossp" with schema extensions;
create extension if not exists pgcrypto with schema extensions;
create extension if not exists pg_stat_statements with schema extensions;
create extension if not exists pg_cron;`,
  );
  write(
    1,
    'helpers',
    `create or replace function public.set_updated_at() returns trigger
language plpgsql as $$
begin
  new.updated_at = now();
  return new;
end;
$$;

create or replace function public.is_admin() returns boolean
language sql stable security definer set search_path = public as $$
  select exists (select 1 from public.user_roles where user_id = auth.uid() and role = 'admin')
$$;`.replace(
      'create or replace function public.is_admin',
      'create table public.user_roles (user_id uuid not null references auth.users (id) on delete cascade, role text not null, primary key (user_id, role));\nalter table public.user_roles enable row level security;\ncreate or replace function public.is_admin',
    ),
  );
  write(
    2,
    'audit_logs',
    `create table public.audit_logs (
  id bigint generated always as identity,
  user_id uuid references auth.users (id),
  action text not null,
  details jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  primary key (id, created_at)
) partition by range (created_at);
create index idx_audit_logs_user_id on public.audit_logs (user_id);
alter table public.audit_logs enable row level security;
revoke update, delete, truncate on public.audit_logs from anon, authenticated;
create policy audit_logs_admin_read on public.audit_logs for select to authenticated using (public.is_admin());
create policy audit_logs_insert on public.audit_logs for insert to authenticated with check (user_id = auth.uid());
create or replace function public.create_audit_logs_partition(month date) returns void language plpgsql as $$
declare name text := 'audit_logs_' || to_char(month, 'YYYY_MM');
begin
  execute format('create table if not exists public.%I partition of public.audit_logs for values from (%L) to (%L)',
    name, month, (month + interval '1 month')::date);
  execute format('alter table public.%I enable row level security', name);
end $$;
select public.create_audit_logs_partition(date '2025-11-01');
select public.create_audit_logs_partition(date '2025-12-01');
select public.create_audit_logs_partition(date '2026-01-01');
select cron.schedule('audit-logs-partitions', '0 0 25 * *', $$select public.create_audit_logs_partition((date_trunc('month', now()) + interval '1 month')::date); -- audit_logs$$);`,
  );

  for (let i = 3; i < count; i++) {
    const kind = i % 6;
    if (kind === 5 && tables.length > 2) {
      const t = tables[i % tables.length];
      write(
        i,
        `tune_${t}`,
        `alter table public.${t} add column if not exists archived_at timestamptz;
comment on column public.${t}.archived_at is 'Soft delete marker';
update public.${t} set archived_at = null where archived_at is not null;
create index if not exists idx_${t}_archived on public.${t} (archived_at) where archived_at is not null;`,
      );
      continue;
    }
    if (kind === 4 && tables.length > 2) {
      const t = tables[(i * 7) % tables.length];
      write(
        i,
        `policies_${t}`,
        `drop policy if exists ${t}_owner_update on public.${t};
create policy ${t}_owner_update on public.${t} for update to authenticated
  using (user_id = auth.uid()) with check (user_id = auth.uid());
create policy ${t}_admin_all on public.${t} for all to authenticated using (public.is_admin());
alter publication supabase_realtime add table public.${t};`,
      );
      continue;
    }
    const name = `entity_${i}`;
    const parent = tables.length > 0 ? tables[(i * 13) % tables.length] : undefined;
    const fk = parent ? `,\n  ${parent}_id uuid references public.${parent} (id) on delete cascade` : '';
    const index =
      parent && i % 3 !== 0
        ? `\ncreate index idx_${name}_${parent}_id on public.${name} (${parent}_id);`
        : '';
    write(
      i,
      `create_${name}`,
      `-- ${name}: created by the app team
create table public.${name} (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  title text not null check (char_length(title) <= 200),
  status text not null default 'active',
  payload jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()${fk}
);
create index idx_${name}_user_id on public.${name} (user_id);${index}
alter table public.${name} enable row level security;
create policy ${name}_owner_read on public.${name} for select to authenticated using (user_id = auth.uid());
create policy ${name}_owner_insert on public.${name} for insert to authenticated with check (user_id = auth.uid());
create trigger ${name}_updated_at before update on public.${name}
  for each row execute function public.set_updated_at();
grant select on public.${name} to anon;
insert into public.${name} (user_id, title)
  select gen_random_uuid(), 'seed' where false;`,
    );
    tables.push(name);
  }
  return 125;
}

// ------------------------------------------------------------------------------------------------
// The live database: 1,000 tables, 2,000 FKs (two per table, half of them indexed), 500 partitions
// (audit_logs with 60 monthly partitions, and 11 other range-partitioned tables with 40 each).

export function liveSchemaSql() {
  const parts = [
    'create table public.t0 (id int primary key);',
    'create table public.t1 (id int primary key);',
  ];
  for (let i = 2; i < 1000; i++) {
    const a = (i * 7) % i;
    const b = (i * 13) % i;
    parts.push(
      `create table public.t${i} (id int primary key, a int references public.t${a}, b int references public.t${b});`,
    );
    if (i % 2 === 0) parts.push(`create index on public.t${i} (a);`);
    parts.push(`alter table public.t${i} enable row level security;`);
  }
  // t0 and t1 have no FKs (1,996 so far): four more come from partitioned tables
  parts.push(`create table public.audit_logs (id bigint, user_id int references public.t1, created_at timestamptz not null) partition by range (created_at);
alter table public.audit_logs enable row level security;`);
  for (let m = 0; m < 60; m++) {
    const from = new Date(Date.UTC(2022, m, 1)).toISOString().slice(0, 10);
    const to = new Date(Date.UTC(2022, m + 1, 1)).toISOString().slice(0, 10);
    parts.push(`create table public.audit_logs_p${m} partition of public.audit_logs for values from ('${from}') to ('${to}');
alter table public.audit_logs_p${m} enable row level security;`);
  }
  for (let p = 0; p < 11; p++) {
    parts.push(
      `create table public.events${p} (id bigint, t_id int ${p < 3 ? 'references public.t0' : ''}, at date not null) partition by range (at);`,
    );
    for (let k = 0; k < 40; k++) {
      parts.push(
        `create table public.events${p}_${k} partition of public.events${p} for values from (${1000 + k}) to (${1001 + k});`.replace(
          /from \((\d+)\) to \((\d+)\)/,
          (_, x, y) => `from ('${x}-01-01') to ('${y}-01-01')`,
        ),
      );
    }
  }
  return parts.join('\n');
}

async function withDatabase(fn) {
  const name = `scribe_lint_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    await client.query(liveSchemaSql());
    const counts = await client.query(`select
      (select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind in ('r','p'))::int as tables,
      (select count(*) from pg_constraint where contype = 'f' and conparentid = 0)::int as fks,
      (select count(*) from pg_class where relispartition)::int as partitions`);
    await client.end();
    return await fn(url.toString(), counts.rows[0]);
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

// The shadow is measured as users run it: the bundled CLI (built fresh from the working copy into a temp
// folder, so the worker entry, extension tarballs and seed are beside it), one process per sample.
//   cold:  an empty cache folder (the shipped seed is loaded; this is a first run on a CI runner)
//   warm:  the cache the cold run wrote (the same data directory, uncompressed)
//   no seed: neither cache nor seed, so initdb runs (only if the seed is missing from a build)
async function benchShadow() {
  const work = mkdtempSync(path.join(tmpdir(), 'scribe-lint-bench-'));
  try {
    const dist = path.join(work, 'dist');
    execFileSync(process.execPath, ['build.mjs', '--out', dist], { cwd: root, stdio: 'pipe' });
    const project = path.join(work, 'app');
    generateHistory(path.join(project, 'supabase', 'migrations'));
    const cli = (env, extra) => shadowSample(path.join(dist, 'cli.js'), project, env, extra);
    // The three rules that read the shadow's lock observations off: the replay then reads no pg_locks.
    // (beside the default config's place: the config's folder is what `migrations` is relative to)
    const noLocksConfig = path.join(project, 'scribe-lint.no-locks.toml');
    writeFileSync(
      noLocksConfig,
      '[rules]\ntable-rewrite = "off"\nlock-timeout = "off"\nlong-exclusive-lock = "off"\n',
    );
    const cold = [];
    const warm = [];
    const warmNoLocks = [];
    const noSeed = [];
    for (let run = 0; run < runs; run++) {
      const cache = path.join(work, `cache-${run}`);
      cold.push(cli({ SCRIBE_LINT_CACHE_DIR: cache }));
      warm.push(cli({ SCRIBE_LINT_CACHE_DIR: cache }));
      // Interleaved with the observed runs, so both see the same machine load.
      warmNoLocks.push(cli({ SCRIBE_LINT_CACHE_DIR: cache }, ['--config', noLocksConfig]));
      if (!args.includes('--skip-no-seed'))
        noSeed.push(cli({ SCRIBE_LINT_NO_CACHE: '1', SCRIBE_LINT_NO_SEED: '1' }));
    }
    const summary = (samples) =>
      samples.length === 0
        ? undefined
        : {
            totalMs: Math.round(median(samples.map((s) => s.totalMs))),
            startMs: Math.round(median(samples.map((s) => s.startMs))),
            samplesMs: samples.map((s) => Math.round(s.totalMs)),
          };
    return {
      files: 125,
      statements: cold[0].statements,
      replayErrors: cold[0].replayErrors,
      findings: cold[0].findings,
      cold: summary(cold),
      warm: summary(warm),
      warmNoLocks: summary(warmNoLocks),
      noSeed: summary(noSeed),
      coldUsedSeed: cold.every((s) => s.warmStart),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** One run of the bundled CLI on the project; wall time from spawn to exit, so Node start-up counts. */
function shadowSample(cli, project, env, extra = []) {
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [cli, '--format', 'json', '--fail-on', 'never', '--now', '2025-11-15', ...extra],
    {
      cwd: project,
      env: { ...process.env, ...env },
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    },
  );
  const totalMs = performance.now() - started;
  if (run.status !== 0) throw new Error(`scribe-lint exited ${run.status}: ${run.stderr}`);
  const { findings, summary } = JSON.parse(run.stdout);
  return {
    totalMs,
    startMs: summary.replay.startMs,
    warmStart: summary.replay.warmStart,
    statements: summary.statements,
    replayErrors: summary.replay.errors.length,
    findings: findings.length,
  };
}

async function main() {
  const bundled = await bundleEntry('schema', ENTRY);
  const report = {};
  try {
    if (!args.includes('--skip-shadow')) report.shadow = await benchShadow();
    if (!args.includes('--skip-live')) {
      report.live = await withDatabase(async (url, counts) => {
        const samples = [];
        for (let run = 0; run < Math.max(runs, 3); run++) samples.push(sample(bundled, 'live', url));
        return {
          ...counts,
          findings: samples[0].findings,
          totalMs: Math.round(median(samples.map((s) => s.totalMs))),
          connectMs: Math.round(median(samples.map((s) => s.openMs))),
          rulesMs: Math.round(median(samples.map((s) => s.rulesMs))),
        };
      });
    }
  } finally {
    rmSync(bundled, { force: true });
  }
  if (args.includes('--json')) {
    console.log(JSON.stringify(report));
    return;
  }
  if (report.shadow) {
    const s = report.shadow;
    console.log(
      `shadow: ${s.files} files, ${s.statements} statements, ${s.replayErrors} replay errors, ${s.findings} findings`,
    );
    const line = (label, m) =>
      m &&
      console.log(
        `  ${label} median ${m.totalMs} ms (shadow start ${m.startMs} ms; samples ${m.samplesMs.join(', ')})`,
      );
    line('cold (seed)   ', s.cold);
    line('warm (cache)  ', s.warm);
    line('warm, no locks', s.warmNoLocks);
    line('no seed/cache ', s.noSeed);
    if (!s.coldUsedSeed) console.log('  warning: a cold run did not load the shipped seed');
  }
  if (report.live) {
    const l = report.live;
    console.log(
      `live: ${l.tables} tables, ${l.fks} foreign keys, ${l.partitions} partitions, ${l.findings} findings`,
    );
    console.log(`  audit median ${l.totalMs} ms (connect ${l.connectMs}, rules ${l.rulesMs})`);
  }
}

// bench/health.mjs imports the live schema above; run directly, this file benchmarks.
if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
