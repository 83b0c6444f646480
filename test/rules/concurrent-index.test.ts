import { describe, expect, it } from 'vitest';
import { lintMigrations } from '../helpers/examples.ts';

const CREATE = '20250101000000_tables.sql';
const LATER = '20250102000000_change.sql';
const tables =
  'create table public.clients (id uuid primary key, user_id uuid);\ncreate table audit_logs (id bigint, created_at timestamptz) partition by range (created_at);\n';

describe('concurrent-index', () => {
  it.each([
    ['create index on an existing table', 'create index i on public.clients (user_id);', `${LATER}:1:1`],
    [
      'create unique index, unqualified name',
      '\n  create unique index i on clients (user_id);',
      `${LATER}:2:3`,
    ],
    ['drop index of an existing index', 'drop index public.idx_clients_id;', `${LATER}:1:1`],
    ['reindex table', 'reindex table public.clients;', `${LATER}:1:1`],
    ['reindex index', 'reindex index idx_clients_id;', `${LATER}:1:1`],
    ['index on a table unknown to the history', 'create index i on public.elsewhere (x);', `${LATER}:1:1`],
    ['partitioned parent without ON ONLY', 'create index i on audit_logs (created_at);', `${LATER}:1:1`],
  ])('reports %s', async (_name, sql, expected) => {
    const { at } = await lintMigrations({
      [CREATE]: `${tables}create index idx_clients_id on public.clients (id);\n`,
      [LATER]: sql,
    });
    expect(at('concurrent-index')).toEqual([expected]);
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
    const { at } = await lintMigrations({
      [CREATE]: `${tables}create index idx_clients_id on public.clients (id);\n`,
      [LATER]: sql,
    });
    expect(at('concurrent-index')).toEqual([]);
  });

  it('accepts an index built in the file that creates the table', async () => {
    const { at } = await lintMigrations({ [CREATE]: `${tables}create index i on public.clients (user_id);` });
    expect(at('concurrent-index')).toEqual([]);
  });

  it('treats a table dropped and re-created in the same file as new', async () => {
    const sql =
      'drop table public.clients;\ncreate table public.clients (id uuid);\ncreate index i on public.clients (id);';
    const { at } = await lintMigrations({ [CREATE]: tables, [LATER]: sql });
    expect(at('concurrent-index')).toEqual([]);
  });
});
