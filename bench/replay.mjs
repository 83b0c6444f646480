#!/usr/bin/env node
// Replay benchmark (issue 14): the shadow's replay against psql, and what a pull request costs once the
// incremental cache is warm. Runs the bundled CLI (built fresh into a temp folder) in one process per
// sample, wall time from spawn to exit, peak memory from /usr/bin/time (maximum resident set size):
//
//   125 files, cold      an empty cache folder (the shipped seed is loaded, every file is replayed)
//   psql                 the same 125 files replayed by `psql -f ... -f ...` in one session into a
//                        throwaway PostgreSQL 15 cluster (initdb as `postgres`, a free port, a temp dir),
//                        each sample into a fresh database cloned from one holding the Supabase stand-in
//   125 + 1 file, warm   the cache a cold run of the 125 files wrote, and one added file (a pull request)
//   1,000 + 1, warm      the same on a generated 1,000-file history
//   example app, warm    examples/clinic-app (9 files), the cache of an earlier run of it
//
// The replay figure is the CLI's own `summary.replay.replayMs` (after the shadow started; its start is
// `startMs`); the ratio replay / psql is computed from medians of the same run.
//
// Usage: node bench/replay.mjs [--runs N] [--skip-1000] [--skip-psql] [--json]

import { execFileSync, spawnSync } from 'node:child_process';
import {
  chownSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleEntry, median, runSample } from './bundle.mjs';
import { generateHistory } from './schema.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;

/** The file a pull request adds: a table on an existing one, its index, RLS and a policy. */
const PR_FILE = `create table public.pr_comments (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  body text not null
);
create index idx_pr_comments_user_id on public.pr_comments (user_id);
alter table public.pr_comments enable row level security;
create policy pr_comments_owner on public.pr_comments for select to authenticated using (user_id = auth.uid());
alter table public.user_roles add column granted_at timestamptz;
`;

// ------------------------------------------------------------------------------------------------
// The CLI

/**
 * A budget no sample reaches: the cold 1,000-file replay on a loaded machine can outlast the default 60 s,
 * and an incomplete replay writes no snapshot, which would leave the warm samples nothing to start from.
 */
const BUDGET = { SCRIBE_LINT_SHADOW_BUDGET_MS: '900000' };

/** One run of the bundled CLI in `project`; wall time, peak RSS and the replay figures of its report. */
function cliSample(cli, project, env) {
  const started = performance.now();
  const run = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      'maxrss-kb %M',
      process.execPath,
      cli,
      '--format',
      'json',
      '--fail-on',
      'never',
      '--now',
      '2025-11-15',
    ],
    { cwd: project, env: { ...process.env, ...BUDGET, ...env }, encoding: 'utf8', maxBuffer: 1 << 27 },
  );
  const totalMs = performance.now() - started;
  if (run.status !== 0) throw new Error(`scribe-lint exited ${run.status}: ${run.stderr}`);
  const rss = /maxrss-kb (\d+)/.exec(run.stderr);
  const { findings, summary } = JSON.parse(run.stdout);
  return {
    totalMs,
    peakMb: rss ? Number(rss[1]) / 1024 : NaN,
    startMs: summary.replay?.startMs ?? NaN,
    replayMs: summary.replay?.replayMs ?? NaN,
    restoredFiles: summary.replay?.restoredFiles ?? 0,
    incomplete: summary.replay?.incomplete === true,
    replayErrors: summary.replay?.errors.length ?? 0,
    findings: findings.length,
  };
}

function summary(samples) {
  const of = (key) => Math.round(median(samples.map((sample) => sample[key])));
  return {
    totalMs: of('totalMs'),
    startMs: of('startMs'),
    replayMs: of('replayMs'),
    peakMb: of('peakMb'),
    restoredFiles: samples[0].restoredFiles,
    incomplete: samples.some((sample) => sample.incomplete),
    findings: samples[0].findings,
    samplesMs: samples.map((sample) => Math.round(sample.totalMs)),
  };
}

/** A project folder holding `count` generated files, plus the pull request's file when `withPr`. */
function project(work, name, count, withPr) {
  const dir = path.join(work, name);
  const migrations = path.join(dir, 'supabase', 'migrations');
  generateHistory(migrations, count);
  if (withPr) writeFileSync(path.join(migrations, '29991231000000_pr_comments.sql'), PR_FILE);
  return dir;
}

/**
 * The base branch's run fills a cache folder; each pull-request sample then starts from a copy of it, so
 * no sample sees a snapshot an earlier sample wrote.
 */
function warmPullRequest(cli, work, name, count) {
  const base = project(work, `${name}-base`, count, false);
  const change = project(work, `${name}-pr`, count, true);
  const cache = path.join(work, `${name}-cache`);
  const cold = cliSample(cli, base, { SCRIBE_LINT_CACHE_DIR: cache });
  if (!existsSync(cache)) return { cold: summary([cold]), note: 'the base run wrote no snapshot' };
  const warm = [];
  for (let run = 0; run < runs; run++) {
    const copy = path.join(work, `${name}-cache-${run}`);
    cpSync(cache, copy, { recursive: true });
    warm.push(cliSample(cli, change, { SCRIBE_LINT_CACHE_DIR: copy }));
    rmSync(copy, { recursive: true, force: true });
  }
  return { cold: summary([cold]), warm: summary(warm), snapshotMb: folderMb(cache) };
}

function folderMb(dir) {
  const bytes = readdirSync(dir).reduce((sum, name) => sum + statSync(path.join(dir, name)).size, 0);
  return Math.round(bytes / 1024 / 1024);
}

// ------------------------------------------------------------------------------------------------
// psql into a throwaway PostgreSQL 15 cluster

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function asPostgres(command, commandArgs, options = {}) {
  const asRoot = process.getuid?.() === 0;
  const [file, list] = asRoot
    ? ['runuser', ['-u', 'postgres', '--', command, ...commandArgs]]
    : [command, commandArgs];
  return execFileSync(file, list, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

// The stand-in's SQL, read from the sources (Node cannot import TypeScript: bundled like the other sections).
const STANDIN_ENTRY = `
import { SUPABASE_STANDIN_SQL } from '../src/shadow/supabase-standin.ts';
console.log(JSON.stringify({ sql: SUPABASE_STANDIN_SQL }));
`;

/**
 * The stand-in for a real server: the extensions that exist only as the shadow's stand-ins are left out
 * (pg_cron gets the one function the history calls), everything else is the shadow's own SQL.
 */
async function realServerStandin() {
  const bundled = await bundleEntry('replay-standin', STANDIN_ENTRY);
  try {
    const { sql } = runSample(bundled, [], { cwd: root });
    return `${sql.replace(/^create extension (pg_graphql|supabase_vault|pg_net|pg_cron) .*$/gm, '')}
create schema if not exists cron;
create function cron.schedule(text, text, text) returns bigint language sql as 'select 1::bigint';`;
  } finally {
    rmSync(bundled, { force: true });
  }
}

export async function benchPsql(migrations) {
  const cluster = mkdtempSync(path.join(tmpdir(), 'scribe-lint-replay-pg-'));
  const port = await freePort();
  const data = path.join(cluster, 'data');
  try {
    if (process.getuid?.() === 0) chownSync(cluster, uidOf('postgres'), gidOf('postgres'));
    asPostgres('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync']);
    // synchronous_commit off, as the shadow's session has it: neither waits for its WAL.
    const options = `-p ${port} -k ${cluster} -c listen_addresses='' -c synchronous_commit=off`;
    asPostgres('pg_ctl', ['-D', data, '-o', options, '-w', '-l', path.join(cluster, 'log'), 'start']);
    const psql = (database, extra, input) =>
      spawnSync(
        'psql',
        ['-X', '-q', '-h', cluster, '-p', String(port), '-U', 'postgres', '-d', database, ...extra],
        {
          encoding: 'utf8',
          input,
          maxBuffer: 1 << 26,
        },
      );
    psql('postgres', ['-c', 'create database standin']);
    const setup = psql('standin', ['-v', 'ON_ERROR_STOP=0'], await realServerStandin());
    const setupErrors = (setup.stderr.match(/ERROR:/g) ?? []).length;
    const files = readdirSync(migrations)
      .filter((name) => name.endsWith('.sql'))
      .sort()
      .flatMap((name) => ['-f', path.join(migrations, name)]);
    const samples = [];
    let replayErrors = 0;
    for (let run = 0; run < runs; run++) {
      psql('postgres', ['-c', `create database replay_${run} template standin`]);
      const started = performance.now();
      const replay = psql(`replay_${run}`, ['-v', 'ON_ERROR_STOP=0', ...files]);
      samples.push(performance.now() - started);
      replayErrors = (replay.stderr.match(/ERROR:/g) ?? []).length;
    }
    return {
      replayMs: Math.round(median(samples)),
      samplesMs: samples.map(Math.round),
      setupErrors,
      replayErrors,
    };
  } finally {
    try {
      asPostgres('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
    } catch {
      // never started
    }
    rmSync(cluster, { recursive: true, force: true });
  }
}

function uidOf(user) {
  return Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
}

function gidOf(user) {
  return Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
}

// ------------------------------------------------------------------------------------------------

async function main() {
  const work = mkdtempSync(path.join(tmpdir(), 'scribe-lint-replay-'));
  const report = { load: loadAverage() };
  try {
    const dist = path.join(work, 'dist');
    execFileSync(process.execPath, ['build.mjs', '--out', dist], { cwd: root, stdio: 'pipe' });
    const cli = path.join(dist, 'cli.js');

    const history = project(work, 'h125', 125, false);
    const cold = [];
    for (let run = 0; run < runs; run++) {
      cold.push(cliSample(cli, history, { SCRIBE_LINT_CACHE_DIR: path.join(work, `cold-cache-${run}`) }));
    }
    report.cold125 = summary(cold);
    if (!args.includes('--skip-psql')) {
      report.psql125 = await benchPsql(path.join(history, 'supabase', 'migrations'));
      report.replayRatio = Number((report.cold125.replayMs / report.psql125.replayMs).toFixed(2));
    }
    report.pr125 = warmPullRequest(cli, work, 'p125', 125);
    if (!args.includes('--skip-1000')) report.pr1000 = warmPullRequest(cli, work, 'p1000', 1000);

    const example = path.join(root, 'examples', 'clinic-app');
    const exampleCache = path.join(work, 'example-cache');
    cliSample(cli, example, { SCRIBE_LINT_CACHE_DIR: exampleCache });
    const warmExample = [];
    for (let run = 0; run < runs; run++)
      warmExample.push(cliSample(cli, example, { SCRIBE_LINT_CACHE_DIR: exampleCache }));
    report.exampleWarm = summary(warmExample);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  report.loadAfter = loadAverage();
  if (args.includes('--json')) {
    console.log(JSON.stringify(report));
    return;
  }
  print(report);
}

function loadAverage() {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

function print(report) {
  const line = (label, m) =>
    m &&
    console.log(
      `  ${label} median ${m.totalMs} ms wall, start ${m.startMs} ms, replay ${m.replayMs} ms, ` +
        `peak ${m.peakMb} MB, ${m.restoredFiles} files restored${m.incomplete ? ', INCOMPLETE' : ''} ` +
        `(samples ${m.samplesMs.join(', ')})`,
    );
  console.log(`replay (load average ${report.load} before, ${report.loadAfter} after)`);
  line('125 files, cold    ', report.cold125);
  if (report.psql125) {
    const p = report.psql125;
    console.log(
      `  psql, 125 files     median ${p.replayMs} ms (samples ${p.samplesMs.join(', ')}; ${p.replayErrors} errors)`,
    );
    console.log(`  replay / psql       ${report.replayRatio}x`);
  }
  line('125 + 1 file, warm ', report.pr125?.warm);
  if (report.pr125) console.log(`  (the 125-file snapshot: ${report.pr125.snapshotMb} MB)`);
  if (report.pr1000) {
    line('1,000 files, cold  ', report.pr1000.cold);
    line('1,000 + 1, warm    ', report.pr1000.warm);
    if (report.pr1000.note) console.log(`  ${report.pr1000.note}`);
  }
  line('example app, warm  ', report.exampleWarm);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
