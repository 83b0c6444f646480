// The live audit when the database side misbehaves or is asked for oddly: a URL of another kind, a password
// of one letter, TLS asked for in each of libpq's sslmodes, and another session holding a lock the catalog
// queries need. Each ends in a finding or one line, never a stack trace, a hang or a garbled message.

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.ts';
import { openLive, type LiveOptions } from '../../src/catalog/live.ts';
import { maskSecrets } from '../../src/catalog/secrets.ts';
import { defaultConfig } from '../../src/config.ts';
import { runLint } from '../../src/engine.ts';
import { UsageError } from '../../src/errors.ts';
import { runBuiltCli } from '../helpers/cli.ts';
import { EXAMPLE_NOW } from '../helpers/examples.ts';
import { selfSignedCertificate, startCluster, type Cluster } from './cluster.ts';
import { createTestDatabase, type TestDatabase } from './helpers.ts';
import { pageLine } from '../helpers/examples.ts';

async function audit(url: string, options: LiveOptions = {}) {
  const opened = await openLive(url, { connectTimeoutMs: 5_000, ...options });
  try {
    return await runLint({
      files: [],
      config: defaultConfig(),
      rules: allRules,
      now: EXAMPLE_NOW,
      schema: opened.value,
    });
  } finally {
    await opened.close();
  }
}

async function failure(url: string): Promise<string> {
  const error = await openLive(url, { connectTimeoutMs: 5_000 }).then(
    async (opened) => {
      await opened.close();
      return undefined;
    },
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UsageError);
  return (error as Error).message;
}

describe('the URL', () => {
  it('must be postgres:// or postgresql://', async () => {
    expect(await failure('mysql://u:p@db.example/app')).toBe(
      '--db must be a postgres:// or postgresql:// URL, not mysql://…',
    );
    expect(await failure('http://db.example/app')).toBe(
      '--db must be a postgres:// or postgresql:// URL, not http://…',
    );
    expect(await failure('production')).toBe('--db must be a postgres:// or postgresql:// URL');
  });

  it('of another kind is one line on stderr and exit 2 from the CLI', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'scribe-lint-db-url-'));
    try {
      const run = runBuiltCli(['--db', 'mysql://u:p@db.example/app'], { cwd });
      expect(run.status).toBe(2);
      expect(run.stderr.trim().split('\n')).toEqual([
        expect.stringContaining('--db must be a postgres:// or postgresql:// URL, not mysql://…'),
      ]);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('an unknown sslmode or an unreadable sslrootcert is a usage error', async () => {
    expect(await failure('postgres://u@127.0.0.1:1/db?sslmode=on')).toBe(
      '--db: sslmode must be one of disable, allow, prefer, require, verify-ca, verify-full; got "on"',
    );
    expect(await failure('postgres://u@127.0.0.1:1/db?sslmode=verify-full&sslrootcert=/no/such/ca.crt')).toBe(
      '--db: cannot read sslrootcert /no/such/ca.crt: ENOENT',
    );
  });
});

describe('masking a password', () => {
  it('replaces a short password only where it stands whole, and any URL password', () => {
    expect(maskSecrets('password authentication failed for user "a"', ['a'])).toBe(
      'password authentication failed for user "***"',
    );
    expect(maskSecrets('at postgres://u:a@h:5432/db: refused', ['a'])).toBe(
      'at postgres://u:***@h:5432/db: refused',
    );
    expect(maskSecrets('token xy-hunter22-z and hunter22', ['hunter22'])).toBe('token xy-***-z and ***');
    expect(maskSecrets('long secrets go even insideWordsLongSecret99x', ['LongSecret99'])).toBe(
      'long secrets go even insideWords***x',
    );
  });
});

describe('on a server with TLS (self-signed certificate)', () => {
  let cluster: Cluster;
  let otherCa: string;
  let certDir: string;
  const password = 'tls-test-pw-7c1d';

  beforeAll(async () => {
    cluster = await startCluster({}, { tls: true });
    certDir = mkdtempSync(path.join(tmpdir(), 'scribe-lint-other-ca-'));
    otherCa = selfSignedCertificate(certDir, 'other-ca').cert;
    const admin = new pg.Client({ connectionString: cluster.adminUrl });
    await admin.connect();
    await admin.query(`create role auditor login password '${password}'`);
    await admin.end();
  });
  afterAll(() => {
    cluster?.stop();
    if (certDir) rmSync(certDir, { recursive: true, force: true });
  });

  const url = (query: string) => `${cluster.tcpUrl('auditor', password)}?${query}`;

  async function sessionUsesTls(query: string): Promise<boolean> {
    const opened = await openLive(url(query), { connectTimeoutMs: 5_000 });
    try {
      const [row] = await opened.value.connection.query<{ ssl: boolean }>(
        'select ssl from pg_stat_ssl where pid = pg_backend_pid()',
      );
      return row.ssl;
    } finally {
      await opened.close();
    }
  }

  it('sslmode=require encrypts without verifying, and prints nothing', async () => {
    expect(await sessionUsesTls('sslmode=require')).toBe(true);
    const cwd = mkdtempSync(path.join(tmpdir(), 'scribe-lint-tls-'));
    try {
      const run = runBuiltCli(['--db', url('sslmode=require'), '--format', 'json'], { cwd });
      expect(run.stderr).toBe('');
      expect([0, 1]).toContain(run.status);
      expect(JSON.parse(run.stdout).findings).toBeInstanceOf(Array);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('verify-full with the right CA connects; with the wrong CA it fails in one line', async () => {
    expect(await sessionUsesTls(`sslmode=verify-full&sslrootcert=${cluster.caFile}`)).toBe(true);
    expect(await failure(url(`sslmode=verify-full&sslrootcert=${otherCa}`))).toMatch(
      new RegExp(
        `^cannot connect to database auditor@127\\.0\\.0\\.1:${cluster.port}/postgres: the server's certificate ` +
          'is not signed by a trusted CA \\([A-Z_]+\\): check sslrootcert$',
      ),
    );
  });

  it('require with an sslrootcert verifies the chain against it, as libpq does', async () => {
    expect(await failure(url(`sslmode=require&sslrootcert=${otherCa}`))).toMatch(
      /the server's certificate is not signed by a trusted CA/,
    );
    expect(await sessionUsesTls(`sslmode=verify-ca&sslrootcert=${cluster.caFile}`)).toBe(true);
  });

  it('disable stays plain', async () => {
    expect(await sessionUsesTls('sslmode=disable')).toBe(false);
  });
});

describe('on a server without TLS', () => {
  let cluster: Cluster;
  const password = 'plain-test-pw-3e9a';

  beforeAll(async () => {
    cluster = await startCluster({});
    const admin = new pg.Client({ connectionString: cluster.adminUrl });
    await admin.connect();
    await admin.query(`create role auditor login password '${password}'`);
    await admin.end();
  });
  afterAll(() => cluster?.stop());

  it('require fails in one line; prefer falls back to a plain session', async () => {
    expect(await failure(`${cluster.tcpUrl('auditor', password)}?sslmode=require`)).toBe(
      `cannot connect to database auditor@127.0.0.1:${cluster.port}/postgres: the server does not accept TLS connections`,
    );
    const result = await audit(`${cluster.tcpUrl('auditor', password)}?sslmode=prefer`);
    expect(result.schemaMode).toBe('live');
  });

  it('a one-letter password does not turn the message into stars', async () => {
    expect(await failure(cluster.tcpUrl('auditor', 'a'))).toBe(
      `cannot connect to database auditor@127.0.0.1:${cluster.port}/postgres: password authentication failed`,
    );
  });
});

describe('a lock held by another session', () => {
  let database: TestDatabase;
  let holder: pg.Client;
  let holderPid: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    await database.exec(`
      create table public.audit_logs (id bigint, created_at timestamptz not null) partition by range (created_at);
      alter table public.audit_logs enable row level security;
      create table public.audit_logs_2026_01 partition of public.audit_logs
        for values from ('2026-01-01') to ('2026-02-01');
      alter table public.audit_logs_2026_01 enable row level security;
      create table public.notes (id bigint primary key);`);
    holder = new pg.Client({ connectionString: database.url });
    await holder.connect();
    holderPid = (await holder.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0].pid;
    // As a migration's ALTER TABLE would: ACCESS EXCLUSIVE on the audit table (and so its partitions).
    await holder.query('begin');
    await holder.query('lock table public.audit_logs in access exclusive mode');
  });
  afterAll(async () => {
    await holder?.query('rollback').catch(() => {});
    await holder?.end();
    await database?.drop();
  });

  it('names the relation, retries once, reports the checks it blocked as not verified, and runs the rest', async () => {
    const started = performance.now();
    const result = await audit(database.url, { lockTimeoutMs: 200 });
    const elapsed = performance.now() - started;

    const locked =
      `not verified: another session (pid ${holderPid}) holds ACCESS EXCLUSIVE on \`public.audit_logs\`, ` +
      '`public.audit_logs_2026_01`: waited twice for lock_timeout (0.2 s)';
    const notVerified = result.findings.filter((finding) => finding.message.startsWith('not verified'));
    expect(notVerified.map((finding) => `${finding.ruleId} ${finding.severity} ${finding.message}`)).toEqual([
      `audit-immutable info ${locked}`,
      `audit-partitioned info ${locked}`,
      `partition-runway info ${locked}`,
    ]);
    // The other checks ran: RLS is off on public.notes.
    expect(result.findings.map(pageLine)).toContain(
      'public.notes rls-enabled table `public.notes` does not have row level security enabled',
    );
    expect(elapsed).toBeLessThan(10_000);
  });
});

/**
 * A server that completes the startup handshake like PostgreSQL (trust authentication), answers the first
 * `answered` simple queries with an empty command result, and then never answers again.
 */
async function stallingServer(answered: number): Promise<{ port: number; close(): void }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    let buffer = Buffer.alloc(0);
    let started = false;
    let queries = 0;
    socket.on('error', () => {});
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (!started && buffer.length >= 4 && buffer.length >= buffer.readInt32BE(0)) {
        buffer = buffer.subarray(buffer.readInt32BE(0));
        started = true;
        socket.write(Buffer.concat([message('R', int32(0)), message('Z', Buffer.from('I'))]));
      }
      while (started && buffer.length >= 5 && buffer.length >= 1 + buffer.readInt32BE(1)) {
        const type = String.fromCharCode(buffer[0]);
        buffer = buffer.subarray(1 + buffer.readInt32BE(1));
        if (type !== 'Q' || ++queries > answered) continue;
        socket.write(Buffer.concat([message('C', Buffer.from('BEGIN\0')), message('Z', Buffer.from('T'))]));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}

function int32(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeInt32BE(value);
  return bytes;
}

function message(type: string, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from(type), int32(body.length + 4), body]);
}

describe('a database that accepts and then never answers', () => {
  it('during BEGIN: one line within the query timeout', async () => {
    const silent = await stallingServer(0);
    try {
      const started = performance.now();
      const error = await openLive(`postgres://u:pw-5f1c@127.0.0.1:${silent.port}/db`, {
        statementTimeoutMs: 300,
      }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UsageError);
      expect((error as Error).message).toBe(
        `cannot connect to database u@127.0.0.1:${silent.port}/db: no answer to a query within 5.3 s`,
      );
      expect(performance.now() - started).toBeLessThan(8_000);
    } finally {
      silent.close();
    }
  });

  it('mid-audit: one line within the query timeout, and closing does not hang', async () => {
    const silent = await stallingServer(1);
    try {
      const opened = await openLive(`postgres://u@127.0.0.1:${silent.port}/db`, { statementTimeoutMs: 300 });
      const started = performance.now();
      const error = await opened.value.connection.query('select 1').catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UsageError);
      expect((error as Error).message).toBe(
        `database u@127.0.0.1:${silent.port}/db stopped answering: no answer to a query within 5.3 s`,
      );
      await opened.close();
      expect(performance.now() - started).toBeLessThan(8_000);
    } finally {
      silent.close();
    }
  });
});
