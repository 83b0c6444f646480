import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config.ts';
import { migrationFileFromBytes } from '../../src/history/migration-files.ts';
import { loadParser } from '../../src/parse/parse-file.ts';
import { listAuditPartitions, openShadow } from '../../src/shadow/index.ts';
import type { MigrationFile } from '../../src/types.ts';

const cacheDir = mkdtempSync(path.join(tmpdir(), 'scribe-lint-cache-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

async function files(...texts: string[]): Promise<MigrationFile[]> {
  await loadParser();
  return texts.map((text, index) =>
    migrationFileFromBytes(`/x/2025010100000${index}_m.sql`, `m${index}.sql`, Buffer.from(text)),
  );
}

describe('shadow database', () => {
  it('starts cold, writes the cache, then starts warm from it', async () => {
    const history = await files('create table public.t (id int)');
    const cold = await openShadow(history, undefined, { cacheDir, seedDir: false });
    await cold.close();
    expect(cold.value.replay.warmStart).toBe(false);
    expect(readdirSync(cacheDir).filter(isDataDirCache)).toHaveLength(1);
    const warm = await openShadow(history, undefined, { cacheDir, seedDir: false });
    await warm.close();
    expect(warm.value.replay.warmStart).toBe(true);
    expect(warm.value.replay.startMs).toBeLessThan(cold.value.replay.startMs);
    console.log(
      `shadow start: cold ${cold.value.replay.startMs.toFixed(0)} ms, warm ${warm.value.replay.startMs.toFixed(0)} ms`,
    );
  });

  it('falls back to a cold start when the cache is damaged', async () => {
    const [cached] = readdirSync(cacheDir).filter(isDataDirCache);
    writeFileSync(path.join(cacheDir, cached), 'not a tarball');
    // Another history than the first test's, whose replay snapshot would otherwise be restored.
    const shadow = await openShadow(await files('create table public.u (id int)'), undefined, {
      cacheDir,
      seedDir: false,
    });
    try {
      expect(shadow.value.replay.warmStart).toBe(false);
      expect(await shadow.value.connection.query('select 1 as one')).toEqual([{ one: 1 }]);
    } finally {
      await shadow.close();
    }
  });

  it('keeps host files out of reach of the replayed SQL', async () => {
    const shadow = await openShadow(
      await files(
        "create table public.t (line text);\ncopy public.t from '/etc/passwd';\nselect pg_read_file('/etc/hostname')",
      ),
      undefined,
      { cacheDir },
    );
    try {
      expect(shadow.value.replay.errors.map((error) => error.message)).toEqual([
        'could not open file "/etc/passwd" for reading: No such file or directory',
        'could not open file "/etc/hostname" for reading: No such file or directory',
      ]);
    } finally {
      await shadow.close();
    }
  });

  it('records origins by object and follows renames', async () => {
    const shadow = await openShadow(
      await files(
        'create table public.draft (id int primary key, user_id uuid);\ncreate index draft_user on public.draft (user_id);',
        'alter table public.draft rename to notes;\nalter index public.draft_user rename to notes_user;\ncreate policy own on public.notes using (true);\ngrant select on public.notes to anon;\nalter table public.notes add column body text;',
      ),
      undefined,
      { cacheDir },
    );
    try {
      const { locate } = shadow.value;
      const where = (kind: Parameters<typeof locate>[0], name: string) => {
        const location = locate(kind, name);
        return location && `${location.file}:${location.line}`;
      };
      expect(where('table', 'public.notes')).toBe('m0.sql:1');
      expect(where('constraint', 'public.notes.draft_pkey')).toBe('m0.sql:1');
      expect(where('index', 'public.notes_user')).toBe('m0.sql:2');
      expect(where('policy', 'public.notes.own')).toBe('m1.sql:3');
      expect(where('grant', 'public.notes to anon')).toBe('m1.sql:4');
      expect(where('grant', 'public.notes to authenticated')).toBe('m0.sql:1'); // default privileges
      expect(where('column', 'public.notes.body')).toBe('m1.sql:5');
      expect(where('column', 'public.notes.user_id')).toBe('m0.sql:1');
      expect(where('table', 'public.draft')).toBeUndefined();
      expect(shadow.value.replay).toMatchObject({ filesReplayed: 2, statementsReplayed: 7, errors: [] });
    } finally {
      await shadow.close();
    }
  });

  it('lists the audit partitions for the summary picture', async () => {
    const shadow = await openShadow(
      await files(`create table public.audit_logs (id int, created_at timestamptz not null) partition by range (created_at);
create table public.audit_logs_2025_12 partition of public.audit_logs for values from ('2025-12-01') to ('2026-01-01');
create table public.audit_logs_2025_11 partition of public.audit_logs for values from ('2025-11-01') to ('2025-12-01');
create table public.audit_logs_old partition of public.audit_logs for values from (minvalue) to ('2025-11-01');
create table public.audit_logs_default partition of public.audit_logs default;`),
      undefined,
      { cacheDir },
    );
    try {
      expect(await listAuditPartitions(shadow.value.connection, defaultConfig())).toEqual([
        {
          table: 'public.audit_logs',
          partitions: [
            { name: 'public.audit_logs_old', from: 'MINVALUE', to: '2025-11-01' },
            { name: 'public.audit_logs_2025_11', from: '2025-11-01', to: '2025-12-01' },
            { name: 'public.audit_logs_2025_12', from: '2025-12-01', to: '2026-01-01' },
          ],
          defaultPartition: 'public.audit_logs_default',
        },
      ]);
    } finally {
      await shadow.close();
    }
  });
});

describe('shadow time limits', () => {
  it('skips a statement that does not finish, reports it, and replays the rest', async () => {
    const shadow = await openShadow(
      await files(
        'create table public.before (id int);\nselect pg_sleep(1e9);\ncreate table public.after (id int);',
      ),
      undefined,
      { cacheDir, limits: { statementMs: 1_500 } },
    );
    try {
      const { replay, locate, connection } = shadow.value;
      expect(replay.errors).toEqual([
        {
          location: { file: 'm0.sql', line: 2, column: 1, endLine: 2, endColumn: 21 },
          message: 'did not finish within 1.5 s; it was skipped and the replay went on without it',
          stoppedShadow: true,
        },
      ]);
      expect(replay.incomplete).toBeUndefined();
      expect(locate('table', 'public.after')).toMatchObject({ file: 'm0.sql', line: 3 });
      const tables = await connection.query<{ relname: string }>(
        "select relname from pg_class where relname in ('before', 'after') order by relname",
      );
      expect(tables).toEqual([{ relname: 'after' }, { relname: 'before' }]);
    } finally {
      await shadow.close();
    }
  });

  it('stops at the overall limit and reports the shadow as incomplete', async () => {
    const shadow = await openShadow(
      await files('create table public.before (id int);\ndo $$ begin loop end loop; end $$;'),
      undefined,
      { cacheDir, limits: { statementMs: 60_000, totalMs: 4_000 } },
    );
    try {
      const { replay, connection } = shadow.value;
      expect(replay.incomplete).toBe(true);
      expect(replay.errors).toEqual([
        {
          location: { file: 'm0.sql', line: 2, column: 1, endLine: 2, endColumn: 34 },
          message:
            'the shadow replay did not finish within its overall limit of 4 s: it reached m0.sql, statement 2 (line 2); schema rules were not run on the incomplete shadow',
          endsReplay: true,
        },
      ]);
      expect(await connection.query('select 1')).toEqual([]);
    } finally {
      await shadow.close();
    }
  });
});

/** The bootstrapped data directory (not a replay snapshot, `replay-*.tar`: src/shadow/snapshot.ts). */
function isDataDirCache(name: string): boolean {
  return name.startsWith('shadow-') && name.endsWith('.tar');
}
