import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type Cluster } from '../catalog/cluster.ts';
import { runBuiltCli } from '../helpers/cli.ts';
import { startRedis, type TestRedis } from '../redis/server.ts';

// `scribe-lint baseline` end to end on the built CLI: a throwaway PostgreSQL 15 cluster with
// pg_stat_statements preloaded and a workload this test drives, a real redis-server driven to a 90 % hit
// rate, and a role that can read the statistics (pg_read_all_stats) but nothing else.
const PASSWORD = 'baseline-pw';

const WORKLOAD_SETUP = `
create extension pg_stat_statements;
create table public.audit_logs (id bigint generated always as identity primary key, user_id int, action text);
create table public.notes (id int primary key, body text) with (autovacuum_enabled = false);
insert into public.notes select g, repeat('x', 200) from generate_series(1, 20000) g;
create function public.slow_report() returns void language sql as $$ select pg_sleep(0.02) $$;
create role auditor login password '${PASSWORD}' in role pg_read_all_stats;`;

async function driveWorkload(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(WORKLOAD_SETUP);
    for (let call = 0; call < 12; call++) await client.query('select public.slow_report()');
    for (let call = 0; call < 30; call++)
      await client.query(`insert into public.audit_logs (user_id, action) values ($1, 'view')`, [call]);
    // 5,000 dead tuples autovacuum will not clear, and 120 sequential scans of a 4 MB table.
    await client.query(`update public.notes set body = body || 'y' where id <= 5000`);
    for (let scan = 0; scan < 120; scan++)
      await client.query(`select count(*) from public.notes where body = 'none'`);
  } finally {
    await client.end(); // a backend's statistics are flushed when it ends
  }
}

describe('scribe-lint baseline', () => {
  let cluster: Cluster;
  let redis: TestRedis;
  let project: string;
  let dbUrl: string;

  beforeAll(async () => {
    cluster = await startCluster({
      shared_preload_libraries: "'pg_stat_statements'",
      max_connections: '20',
      log_statement: "'all'",
      log_line_prefix: "'[%a] '",
    });
    await driveWorkload(cluster.adminUrl);
    dbUrl = cluster.tcpUrl('auditor', PASSWORD);
    redis = await startRedis();
    const client = new Redis(redis.url);
    await client.set('programs:1', 'x');
    for (let read = 0; read < 9; read++) await client.get('programs:1');
    await client.get('programs:missing');
    client.disconnect();
    project = mkdtempSync(path.join(tmpdir(), 'scribe-lint-baseline-'));
    writeFileSync(path.join(project, 'scribe-lint.toml'), '[health]\nseq_scan_min = 100\n');
  }, 120_000);
  afterAll(async () => {
    cluster?.stop();
    await redis?.stop();
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it('pretty: the success metrics beside their targets and the four baseline tables', () => {
    const run = runBuiltCli(
      ['baseline', '--db', dbUrl, '--redis', redis.url, '--now', '2026-12-03T09:00:00Z'],
      {
        cwd: project,
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('scribe-lint baseline of postgres at 2026-12-03T09:00:00.000Z');
    expect(run.stdout).toMatch(/^ {2}p95 query latency +\d+\.\d+ ms \(p95 estimate\) +< 150 ms +met$/m);
    expect(run.stdout).toMatch(
      /^ {2}Connection pool usage +\d+\.\d % \(\d+ of 17 connections\) +< 70 % +met$/m,
    );
    expect(run.stdout).toMatch(/^ {2}Audit log query time +\d+\.\d+ ms \(p95 estimate\) +< 50 ms +met$/m);
    expect(run.stdout).toMatch(/^ {2}Cache hit rate +90\.0 % \(9 hits, 1 misses\) +> 80 % +met$/m);
    expect(run.stdout).toMatch(/^ {2}public\.notes +\d\.\d MB$/m);
    expect(run.stdout).toMatch(
      /^ {2}q\d+ +select public\.slow_report\(\) +12 +\d+\.\d ms +2\d\.\d ms +\d+\.\d ms$/m,
    );
    expect(run.stdout).toMatch(/^ {2}public\.notes +12[0-9] +\d+ +\d+ +\d+ +\d\.\d MB$/m);
    expect(run.stdout).toMatch(/^ {2}public\.notes +5000 +20000 +20\.00$/m);
    expect(run.stdout).toContain('p95 figures are estimates');
  });

  it('json: the same figures as data, with the success metrics judged', () => {
    const run = runBuiltCli(['baseline', '--db', dbUrl, '--format', 'json'], { cwd: project });
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.database.deadTuples).toEqual([
      expect.objectContaining({ table: 'public.notes', deadTuples: 5000, liveTuples: 20000 }),
    ]);
    expect(report.database.slowestQueries).toContainEqual(
      expect.objectContaining({ query: 'select public.slow_report()', calls: 12 }),
    );
    expect(
      report.successMetrics.map((row: { metric: string; met?: boolean }) => [row.metric, row.met]),
    ).toEqual([
      ['p95 query latency', true],
      ['Connection pool usage', true],
      ['Audit log query time', true],
      ['Cache hit rate', undefined],
      ['Analytics query impact', undefined],
    ]);
    expect(report.successMetrics[3].measured).toBe('not measured: no --redis');
  });

  it('markdown: tables to paste, with Mermaid charts of the largest tables and the slowest queries', () => {
    const run = runBuiltCli(['baseline', '--db', dbUrl, '--redis', redis.url, '-f', 'markdown'], {
      cwd: project,
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('| Cache hit rate | 90.0 % (9 hits, 1 misses) | > 80 % | met |');
    expect(run.stdout).toContain('### Largest tables');
    expect(run.stdout).toMatch(
      /```mermaid\nxychart-beta\n {2}title "Largest tables \(MB\)"\n {2}x-axis \["public\.notes", /,
    );
    expect(run.stdout).toMatch(
      /```mermaid\nxychart-beta\n {2}title "Slowest queries, mean \(ms\)"\n {2}x-axis \["q1", /,
    );
  });

  it('sent the server nothing but reads', () => {
    // A logged statement's later lines follow it, each starting with a tab.
    const statements = cluster
      .log()
      .replace(/\n\t/g, ' ')
      .split('\n')
      .filter((line) => line.startsWith('[scribe-lint]') && line.includes('statement: '))
      .map((line) =>
        line
          .slice(line.indexOf('statement: ') + 11)
          .trim()
          .toLowerCase(),
      );
    expect(statements.length).toBeGreaterThan(5);
    const writes = statements.filter(
      (sql) =>
        !/^(begin read only|select|savepoint|release savepoint|rollback to savepoint|rollback)\b/.test(sql),
    );
    expect(writes).toEqual([]);
  });

  it('without --db, or with a report format it does not have, is one line and exit 2', () => {
    const noDb = runBuiltCli(['baseline'], { cwd: project });
    expect([noDb.status, noDb.stderr]).toEqual([
      2,
      'scribe-lint: `scribe-lint baseline` needs --db <url> (and takes --redis <url>)\n',
    ]);
    const sarif = runBuiltCli(['baseline', '--db', dbUrl, '--format', 'sarif'], { cwd: project });
    expect([sarif.status, sarif.stderr]).toEqual([
      2,
      'scribe-lint: `scribe-lint baseline` --format must be one of pretty, markdown, json; got "sarif"\n',
    ]);
  });
});
