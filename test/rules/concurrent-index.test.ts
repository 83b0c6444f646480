import { describe, expect, it } from 'vitest';
import { lintMigrations } from '../helpers/examples.ts';

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
      `${LATER}:1:1-1:43 ${createOn('public.clients')}`,
    ],
    [
      'create unique index, unqualified name',
      '\n  create unique index i on clients (user_id);',
      `${LATER}:2:3-2:45 ${createOn('public.clients')}`,
    ],
    [
      'a create index written over several lines, spanning all of them',
      'create index i\n  on public.clients\n  (user_id);',
      `${LATER}:1:1-3:12 ${createOn('public.clients')}`,
    ],
    [
      'drop index of an existing index',
      'drop index public.idx_clients_id;',
      `${LATER}:1:1-1:33 concurrent-index \`DROP INDEX\` of \`public.idx_clients_id\` without CONCURRENTLY locks its table against reads and writes`,
    ],
    ['reindex table', 'reindex table public.clients;', `${LATER}:1:1-1:29 ${reindexOf('public.clients')}`],
    [
      'reindex index',
      'reindex index idx_clients_id;',
      `${LATER}:1:1-1:29 ${reindexOf('public.idx_clients_id')}`,
    ],
    [
      'index on a table unknown to the history',
      'create index i on public.elsewhere (x);',
      `${LATER}:1:1-1:39 ${createOn('public.elsewhere')}`,
    ],
    [
      'partitioned parent without ON ONLY',
      'create index i on audit_logs (created_at);',
      `${LATER}:1:1-1:42 ${createOn('public.audit_logs')}`,
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
});
