import { describe, expect, it } from 'vitest';
import { lintMigrations } from '../helpers/examples.ts';

const CREATE = '20250101000000_tables.sql';
const tables =
  'create table public.clients (id int primary key, name varchar(50), score int);\n' +
  'create table public.notes (id int primary key, body text);\n' +
  'create index notes_body on public.notes (body);\n' +
  'create materialized view public.note_counts as select count(*) from public.notes;\n';

const rewrites = (table: string) =>
  `table-rewrite rewrites existing table \`${table}\` (every row copied to new storage) under an ACCESS EXCLUSIVE lock, which blocks reads and writes until it finishes`;

describe('table-rewrite', () => {
  it('reports each statement the shadow saw rewrite an existing table, at the subcommand that can rewrite (else the statement)', async () => {
    const { lines } = await lintMigrations(
      {
        [CREATE]: tables,
        '20250102000000_volatile_default.sql':
          "set lock_timeout = '5s';\nalter table public.clients\n  add column created_at timestamptz default clock_timestamp();",
        '20250103000000_type_change.sql':
          'alter table public.clients\n  add column note text,\n  alter column score type bigint;',
        '20250104000000_logged.sql': 'alter table public.notes set unlogged;',
        '20250105000000_cluster.sql': 'cluster public.notes using notes_body;',
        '20250106000000_vacuum_full.sql': 'vacuum full public.clients;',
      },
      { shadow: true },
    );
    expect(lines('table-rewrite')).toEqual([
      `20250102000000_volatile_default.sql:3:3-3:62 ${rewrites('public.clients')}`,
      `20250103000000_type_change.sql:3:3-3:33 ${rewrites('public.clients')}`,
      `20250104000000_logged.sql:1:26-1:38 ${rewrites('public.notes')}`,
      `20250105000000_cluster.sql:1:1-1:38 ${rewrites('public.notes')}`,
      `20250106000000_vacuum_full.sql:1:1-1:27 ${rewrites('public.clients')}`,
    ]);
  });

  it('is silent on the safe recipe, on new tables, on TRUNCATE and on a matview refresh', async () => {
    const { lines } = await lintMigrations(
      {
        [CREATE]: tables,
        '20250102000000_recipe.sql':
          "set lock_timeout = '5s';\nalter table public.clients add column created_at timestamptz default now();\n" +
          'alter table public.clients add column source text;\n' +
          "alter table public.clients alter column source set default 'web';\n" +
          'alter table public.clients alter column name type varchar(200);\n' +
          'alter table public.clients alter column name type text;',
        '20250103000000_backfill.sql':
          "update public.clients set source = 'web' where id in (select id from public.clients where source is null limit 1000);",
        '20250104000000_new_table.sql':
          'create table public.drafts (id int, body text);\nalter table public.drafts alter column id type bigint;',
        '20250105000000_truncate.sql':
          'truncate public.notes;\nrefresh materialized view public.note_counts;',
      },
      { shadow: true },
    );
    expect(lines('table-rewrite')).toEqual([]);
  });

  it('reports nothing without the shadow (nothing observed), except VACUUM FULL', async () => {
    const { lines } = await lintMigrations({
      [CREATE]: tables,
      '20250102000000_change.sql':
        'alter table public.clients alter column score type bigint;\nvacuum full public.notes;',
    });
    expect(lines('table-rewrite')).toEqual([
      `20250102000000_change.sql:2:1-2:25 ${rewrites('public.notes')}`,
    ]);
  });
});
