import { describe, expect, it } from 'vitest';
import { lintMigrations } from '../helpers/examples.ts';
import { fixAndRelint, ruleIds } from '../helpers/fixes.ts';

const CREATE = '20250101000000_tables.sql';
const LATER = '20250102000000_change.sql';
const tables =
  'create table public.clients (id uuid primary key, user_id uuid);\ncreate table audit_logs (id bigint, created_at timestamptz) partition by range (created_at);\n';

describe('concurrent-index', () => {
  const createOn = (table: string) =>
    `concurrent-index \`CREATE INDEX\` on existing table \`${table}\` without CONCURRENTLY blocks writes for the whole build`;
  const reindexOf = (target: string) =>
    `concurrent-index \`REINDEX\` of \`${target}\` without CONCURRENTLY locks out writes (and reads that use the index) until it finishes`;

  it.each([
    [
      'create index on an existing table',
      'create index i on public.clients (user_id);',
      `${LATER}:1:1-1:13 ${createOn('public.clients')}`,
    ],
    [
      'create unique index, unqualified name',
      '\n  create unique index i on clients (user_id);',
      `${LATER}:2:3-2:22 ${createOn('public.clients')}`,
    ],
    [
      'a create index written over several lines, underlining only its keywords',
      'create\n  unique\n  index i\n  on public.clients\n  (user_id);',
      `${LATER}:1:1-3:8 ${createOn('public.clients')}`,
    ],
    [
      'drop index of an existing index',
      'drop index public.idx_clients_id;',
      `${LATER}:1:1-1:11 concurrent-index \`DROP INDEX\` of \`public.idx_clients_id\` without CONCURRENTLY locks its table against reads and writes`,
    ],
    ['reindex table', 'reindex table public.clients;', `${LATER}:1:1-1:14 ${reindexOf('public.clients')}`],
    [
      'reindex with options, over several lines',
      'reindex (verbose)\n  table\n  public.clients;',
      `${LATER}:1:1-2:8 ${reindexOf('public.clients')}`,
    ],
    [
      'reindex index',
      'reindex index idx_clients_id;',
      `${LATER}:1:1-1:14 ${reindexOf('public.idx_clients_id')}`,
    ],
    [
      'index on a table unknown to the history',
      'create index i on public.elsewhere (x);',
      `${LATER}:1:1-1:13 ${createOn('public.elsewhere')}`,
    ],
    [
      'partitioned parent without ON ONLY',
      'create index i on audit_logs (created_at);',
      `${LATER}:1:1-1:13 ${createOn('public.audit_logs')}`,
    ],
  ])('reports %s', async (_name, sql, expected) => {
    const { lines } = await lintMigrations({
      [CREATE]: `${tables}create index idx_clients_id on public.clients (id);\n`,
      [LATER]: sql,
    });
    expect(lines('concurrent-index')).toEqual([expected]);
  });

  it.each([
    ['a concurrent build', 'create index concurrently i on public.clients (user_id);'],
    ['a concurrent drop', 'drop index concurrently public.idx_clients_id;'],
    ['a concurrent reindex', 'reindex (concurrently) table public.clients;'],
    ['ON ONLY on a partitioned parent', 'create index i on only audit_logs (created_at);'],
    [
      'an index on a table created earlier in the same file',
      'create table t (a int);\ncreate index i on t (a);\ndrop index i;',
    ],
    [
      'a table renamed after being created in the same file',
      'create table t (a int);\nalter table t rename to u;\ncreate index i on u (a);',
    ],
  ])('accepts %s', async (_name, sql) => {
    const { lines } = await lintMigrations({
      [CREATE]: `${tables}create index idx_clients_id on public.clients (id);\n`,
      [LATER]: sql,
    });
    expect(lines('concurrent-index')).toEqual([]);
  });

  it('accepts an index built in the file that creates the table', async () => {
    const { lines } = await lintMigrations({
      [CREATE]: `${tables}create index i on public.clients (user_id);`,
    });
    expect(lines('concurrent-index')).toEqual([]);
  });

  it('treats a table dropped and re-created in the same file as new', async () => {
    const sql =
      'drop table public.clients;\ncreate table public.clients (id uuid);\ncreate index i on public.clients (id);';
    const { lines } = await lintMigrations({ [CREATE]: tables, [LATER]: sql });
    expect(lines('concurrent-index')).toEqual([]);
  });

  describe('fix', () => {
    const earlier = `${tables}create index idx_clients_id on public.clients (id);\n`;

    it.each([
      [
        'create index',
        'create unique\n  index i\n  on public.clients (user_id);',
        'create unique\n  index concurrently i\n  on public.clients (user_id);',
      ],
      [
        'upper-case create index',
        'CREATE INDEX i ON public.clients (user_id);',
        'CREATE INDEX CONCURRENTLY i ON public.clients (user_id);',
      ],
      [
        'create index if not exists',
        'create index if not exists i on public.clients (user_id);',
        'create index concurrently if not exists i on public.clients (user_id);',
      ],
      [
        'drop index',
        'drop index if exists public.idx_clients_id;',
        'drop index concurrently if exists public.idx_clients_id;',
      ],
      [
        'reindex table',
        'reindex (verbose) table public.clients;',
        'reindex (verbose) table concurrently public.clients;',
      ],
      [
        'reindex index',
        '-- rebuild\nreindex index idx_clients_id;',
        '-- rebuild\nreindex index concurrently idx_clients_id;',
      ],
    ])('adds CONCURRENTLY to %s, and the file lints clean', async (_name, sql, expected) => {
      const round = await fixAndRelint({ [CREATE]: earlier, [LATER]: sql }, 'concurrent-index');
      expect(round.before).toHaveLength(1);
      expect(round.fixed[LATER]).toBe(expected);
      expect(ruleIds(round.after)).not.toContain('concurrent-index');
      expect(ruleIds(round.after)).not.toContain('parse-error');
      expect(ruleIds(round.after)).not.toContain('concurrent-in-transaction');
    });

    it.each([
      [
        'a statement that shares its file (Supabase runs the file in one transaction)',
        "set lock_timeout = '5s';\ncreate index i on public.clients (user_id);",
      ],
      ['a drop of two indexes (CONCURRENTLY takes one)', 'drop index public.idx_clients_id, public.other;'],
      ['a drop with CASCADE', 'drop index public.idx_clients_id cascade;'],
      ['a partitioned parent', 'create index i on audit_logs (created_at);'],
    ])('offers no edit for %s', async (_name, sql) => {
      const { findings } = await lintMigrations({ [CREATE]: earlier, [LATER]: sql });
      const found = findings.filter((finding) => finding.ruleId === 'concurrent-index');
      expect(found).toHaveLength(1);
      expect(found[0].fix).toBeUndefined();
    });

    it('offers no edit with runner "transaction", where CONCURRENTLY can never run', async () => {
      const { findings } = await lintMigrations(
        { [CREATE]: earlier, [LATER]: 'create index i on public.clients (user_id);' },
        { configure: (config) => (config.runner = 'transaction') },
      );
      expect(findings.find((finding) => finding.ruleId === 'concurrent-index')?.fix).toBeUndefined();
    });
  });
});
