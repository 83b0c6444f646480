import { createServer, type Server } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.ts';
import { openLive } from '../../src/catalog/live.ts';
import { defaultConfig } from '../../src/config.ts';
import { runLint } from '../../src/engine.ts';
import { UsageError } from '../../src/errors.ts';
import { EXAMPLE_NOW } from '../helpers/examples.ts';
import { createTestDatabase, SUPABASE_ROLES_SQL } from './helpers.ts';
import { pageLine } from '../helpers/examples.ts';
import { freePort, startCluster, type Cluster } from './cluster.ts';

const PASSWORD = 'not-in-any-output-7f3a';

async function audit(url: string) {
  const opened = await openLive(url, { connectTimeoutMs: 3_000 });
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

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('live audit on a throwaway cluster', () => {
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await startCluster({
      shared_preload_libraries: "'pg_stat_statements'",
      log_statement: "'all'",
      log_line_prefix: "'@@%a|'",
    });
    await admin(
      cluster.adminUrl,
      `${SUPABASE_ROLES_SQL}
       create extension pg_stat_statements;
       create role auditor login password '${PASSWORD}';
       create table public.programs (id int primary key);
       alter table public.programs enable row level security;
       create table public.clients (id int primary key, program_id int references public.programs);
       alter table public.clients enable row level security;
       create table public.audit_logs (id bigint, created_at timestamptz not null) partition by range (created_at);
       alter table public.audit_logs enable row level security;
       create table public.audit_logs_2025_11 partition of public.audit_logs for values from ('2025-11-01') to ('2025-12-01');
       alter table public.audit_logs_2025_11 enable row level security;
       create table public.audit_logs_2025_12 partition of public.audit_logs for values from ('2025-12-01') to ('2026-01-01');
       alter table public.audit_logs_2025_12 enable row level security;
       create table public.audit_logs_2026_01 partition of public.audit_logs for values from ('2026-01-01') to ('2026-02-01');
       alter table public.audit_logs_2026_01 enable row level security;
       create policy open_delete on public.audit_logs for delete to authenticated using (true);`,
    );
  });
  afterAll(() => cluster?.stop());

  it('works as a role with no privileges beyond CONNECT, and sends only reads', async () => {
    const result = await audit(cluster.tcpUrl('auditor', PASSWORD));
    expect(result.findings.map(pageLine)).toEqual([
      'public.audit_logs required-index the `[indexes] required` entry `audit_logs(user_id, action, created_at desc)` was not checked: `public.audit_logs` has no column `user_id`',
      'public.audit_logs.open_delete audit-immutable policy `open_delete` lets `authenticated` DELETE rows of audit table `public.audit_logs` and no restrictive policy denies it',
      'public.clients.clients_program_id_fkey fk-index foreign key `clients_program_id_fkey` on `public.clients` (program_id) referencing `public.programs` has no covering index',
    ]);
    // one log entry per statement, simple ("statement: ...") or extended protocol ("execute <unnamed>: ...")
    const sent = cluster
      .log()
      .split(/\n(?=@@)/)
      .filter((entry) => entry.startsWith('@@scribe-lint|'))
      .map((entry) => /LOG:\s+(?:statement|execute [^:]*): ([\s\S]*)/.exec(entry)?.[1].trim())
      .filter((statement): statement is string => statement !== undefined);
    expect(sent.length).toBeGreaterThan(5);
    const notReads = sent.filter(
      (statement) =>
        !/^(begin read only|rollback|select|with|(?:release |rollback to )?savepoint scribe_lint_\w+)\b/i.test(
          statement,
        ),
    );
    expect(notReads).toEqual([]);
    expect(sent.join('\n')).not.toContain(PASSWORD);
  });

  it('says what it could not verify when the role cannot read pg_stat_statements', async () => {
    await admin(cluster.adminUrl, 'revoke select on pg_stat_statements from public');
    try {
      const result = await audit(cluster.tcpUrl('auditor', PASSWORD));
      expect(
        result.findings.filter((finding) => finding.ruleId === 'pg-stat-statements').map(pageLine),
      ).toEqual([
        'pg_stat_statements pg-stat-statements could not verify that pg_stat_statements works: permission denied for view pg_stat_statements',
      ]);
    } finally {
      await admin(cluster.adminUrl, 'grant select on pg_stat_statements to public');
    }
  });

  it('turns a wrong password into a one-line UsageError without the password', async () => {
    const error = await openLive(cluster.tcpUrl('auditor', 'wrong-secret-91x')).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(UsageError);
    const message = (error as Error).message;
    expect(message).toBe(
      `cannot connect to database auditor@127.0.0.1:${cluster.port}/postgres: password authentication failed`,
    );
    expect(message).not.toContain('wrong-secret-91x');
  });
});

describe('pg-stat-statements on the shared server', () => {
  it('reports the extension missing, then installed but not loaded', async () => {
    const database = await createTestDatabase();
    try {
      const rule = async () =>
        (await audit(database.url)).findings
          .filter((finding) => finding.ruleId === 'pg-stat-statements')
          .map(pageLine);
      expect(await rule()).toEqual([
        'pg_stat_statements pg-stat-statements the pg_stat_statements extension is not installed, so slow queries cannot be found',
      ]);
      await database.exec('create extension pg_stat_statements');
      expect(await rule()).toEqual([
        'pg_stat_statements pg-stat-statements pg_stat_statements is installed but not loaded: add it to shared_preload_libraries',
      ]);
    } finally {
      await database.drop();
    }
  });
});

describe('connection failures', () => {
  it('reports a refused connection at once', async () => {
    const port = await freePort();
    const started = performance.now();
    const error = await openLive(`postgres://someone:pw-123@127.0.0.1:${port}/app`).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(
      `cannot connect to database someone@127.0.0.1:${port}/app: connection refused`,
    );
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('gives up on a server that never answers within the connect timeout', async () => {
    const silent: Server = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    try {
      const started = performance.now();
      const error = await openLive(`postgres://u:secret-pw@127.0.0.1:${port}/db`, {
        connectTimeoutMs: 500,
      }).catch((caught: unknown) => caught);
      const elapsed = performance.now() - started;
      expect(error).toBeInstanceOf(UsageError);
      expect((error as Error).message).toBe(
        `cannot connect to database u@127.0.0.1:${port}/db: no answer within 0.5 s (connect timeout)`,
      );
      expect(elapsed).toBeLessThan(1_500);
    } finally {
      silent.close();
    }
  });

  it('reports an unknown host', async () => {
    const error = await openLive('postgres://u:pw@no-such-host.invalid:5432/db', {
      connectTimeoutMs: 3_000,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(
      'cannot connect to database u@no-such-host.invalid:5432/db: host not found',
    );
  });
});
