// The Action with the schema sources: the shadow replay (with the audit partition runway drawn in the
// summary), and a live database and Redis given by URL with passwords that must never appear in any output.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GitHubStandIn } from './github-standin.ts';
import { installAction, makeWorkspace, runAction, type ActionRun } from './run-action.ts';

const TOKEN = 'ghs_standInToken0123456789';
const SERVER_URL = process.env.SCRIBE_LINT_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB_PASSWORD = 'Db-pa55word/with?odd&chars';
const REDIS_PASSWORD = 'redis-pa55word-7f3e';

const AUDIT_APP = {
  'supabase/migrations/20250101000000_audit.sql': `create table public.audit_logs (
  id bigint generated always as identity,
  created_at timestamptz not null default now(),
  action text not null
) partition by range (created_at);
alter table public.audit_logs enable row level security;
`,
  'supabase/migrations/20250102000000_audit_partitions.sql': [
    ['2025_12', '2025-12-01', '2026-01-01'],
    ['2026_01', '2026-01-01', '2026-02-01'],
    ['2026_02', '2026-02-01', '2026-03-01'],
  ]
    .map(
      ([month, from, to]) =>
        `create table public.audit_logs_${month} partition of public.audit_logs for values from ('${from}') to ('${to}');\n` +
        `alter table public.audit_logs_${month} enable row level security;\n`,
    )
    .join(''),
};

let actionDir: string;
const api = new GitHubStandIn(TOKEN);
const cleanup: string[] = [];

beforeAll(async () => {
  actionDir = installAction();
  cleanup.push(actionDir);
  await api.start();
});

afterAll(async () => {
  await api.stop();
  for (const folder of cleanup) rmSync(folder, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const root = makeWorkspace(files);
  cleanup.push(root);
  return root;
}

describe('the shadow replay', () => {
  test('replays the migrations and draws the audit partition runway with its gap', async () => {
    const run = await runAction({
      actionDir,
      workspace: workspace(AUDIT_APP),
      apiUrl: api.baseUrl,
      token: TOKEN,
      event: 'schedule',
      inputs: { 'fail-on': 'never' },
    });
    expect(run.stdout).not.toContain('internal error');
    expect(run.status).toBe(0);
    expect(run.summary).toMatch(
      /#### Shadow replay\n\nReplayed 2 files and 8 statements into the embedded database \(complete;/,
    );
    expect(run.summary).toContain('[`partition-runway`]');
    expect(run.summary).toContain('audit table `public.audit_logs` has no partition for 2026-03');
    expect(run.summary).toContain('```mermaid\ngantt\n  title Audit partition runway on 2026-01-15\n');
    expect(run.summary).toContain('  section public.audit_logs\n');
    expect(run.summary).toContain('  public.audit_logs_2026_01 :active, 2026-01-01, 2026-02-01\n');
    expect(run.summary).toContain('  missing :crit, 2026-03-01, 2026-04-01\n');
    expect(run.summary).toContain(
      '- `public.audit_logs`: 3 partitions; required window **not covered**: 2026-03-01 to 2026-04-01',
    );
  });
});

describe('secrets', () => {
  const database = `scribe_action_${process.pid}_${Date.now()}`;
  let redis: ChildProcess;
  let redisPort: number;
  let redisDir: string;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: SERVER_URL });
    await admin.connect();
    await admin.query(`create database ${database}`);
    await admin.end();
    redisDir = mkdtempSync(path.join(tmpdir(), 'scribe-redis-'));
    cleanup.push(redisDir);
    redisPort = await freePort();
    redis = spawn(
      'redis-server',
      [
        '--port',
        String(redisPort),
        '--bind',
        '127.0.0.1',
        '--requirepass',
        REDIS_PASSWORD,
        '--save',
        '',
        '--appendonly',
        'no',
        '--dir',
        redisDir,
      ],
      { stdio: 'ignore' },
    );
    await waitForPort(redisPort);
  });

  afterAll(async () => {
    redis?.kill();
    const admin = new pg.Client({ connectionString: SERVER_URL });
    await admin.connect();
    await admin.query(`drop database if exists ${database} with (force)`);
    await admin.end();
  });

  function databaseUrl(port?: number): string {
    const url = new URL(SERVER_URL);
    url.password = DB_PASSWORD; // the setter percent-encodes it
    url.pathname = `/${database}`;
    if (port) url.port = String(port);
    return url.toString();
  }

  /** Everything the run printed or wrote, except the mask commands that tell the runner what to hide. */
  function visible(run: ActionRun): string {
    return run.everything
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
  }

  test('database-url and redis-url are masked and appear nowhere else', async () => {
    const dbUrl = databaseUrl();
    const redisUrl = `redis://:${REDIS_PASSWORD}@127.0.0.1:${redisPort}/0`;
    const run = await runAction({
      actionDir,
      workspace: workspace(AUDIT_APP),
      apiUrl: api.baseUrl,
      token: TOKEN,
      event: 'schedule',
      inputs: { 'database-url': dbUrl, 'redis-url': redisUrl, 'fail-on': 'never' },
    });
    expect(run.stdout).not.toContain('internal error');
    expect(run.status).toBe(0);
    const masks = run.stdout.split('\n').filter((line) => line.startsWith('::add-mask::'));
    // The runner reads `%` in a command as an escape, so a mask command carries `%25` for each `%`.
    const mask = (secret: string) => `::add-mask::${secret.replace(/%/g, '%25')}`;
    expect(masks).toEqual(
      expect.arrayContaining(
        [dbUrl, DB_PASSWORD, new URL(dbUrl).password, redisUrl, REDIS_PASSWORD, TOKEN].map(mask),
      ),
    );
    expect(run.summary).toContain('Checked against the live database, read-only.');
    expect(run.summary).toContain('#### Redis\n\nScanned 0 keys (the whole keyspace), read-only.');
    for (const secret of [DB_PASSWORD, new URL(dbUrl).password, REDIS_PASSWORD, TOKEN]) {
      expect(visible(run)).not.toContain(secret);
    }
  });

  test('an unreachable database fails with one line that shows no password', async () => {
    const dbUrl = databaseUrl(await freePort());
    const run = await runAction({
      actionDir,
      workspace: workspace(AUDIT_APP),
      apiUrl: api.baseUrl,
      token: TOKEN,
      event: 'schedule',
      inputs: { 'database-url': dbUrl },
    });
    expect(run.status).toBe(2);
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error::scribe-lint: cannot connect to database /);
    expect(visible(run)).not.toContain(DB_PASSWORD);
    expect(visible(run)).not.toContain(new URL(dbUrl).password);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`redis-server did not start on port ${port}`);
}
