import { describe, expect, it } from 'vitest';
import { lintMigrations } from '../helpers/examples.ts';

const CREATE = '20250101000000_tables.sql';
const LATER = '20250102000000_change.sql';
const tables = 'create table public.clients (id uuid primary key);\n';
const required = (column: string, table = 'public.clients') =>
  `add-column-required \`ADD COLUMN ${column}\` on existing table \`${table}\` is NOT NULL without a DEFAULT: it fails on a table that has rows; give it a DEFAULT, or add it nullable, backfill, then SET NOT NULL`;

async function linesOf(sql: string): Promise<string[]> {
  const { lines } = await lintMigrations({ [CREATE]: tables, [LATER]: sql });
  return lines('add-column-required');
}

describe('add-column-required', () => {
  it.each([
    [
      'NOT NULL without a default, at its ADD COLUMN subcommand',
      'alter table public.clients add column status text not null;',
      [`${LATER}:1:28-1:59 ${required('status')}`],
    ],
    [
      'DEFAULT NULL',
      'alter table clients add column status text default null not null;',
      [`${LATER}:1:21-1:65 ${required('status')}`],
    ],
    [
      'DEFAULT NULL::text',
      'alter table clients add status text not null default null::text;',
      [`${LATER}:1:21-1:64 ${required('status')}`],
    ],
    [
      'a primary key column',
      'alter table clients add column code int primary key;',
      [`${LATER}:1:21-1:52 ${required('code')}`],
    ],
    [
      'each such column of one statement, on a table unknown to the history',
      'alter table public.elsewhere add column a int not null, add column b int not null;',
      [
        `${LATER}:1:30-1:55 ${required('a', 'public.elsewhere')}`,
        `${LATER}:1:57-1:82 ${required('b', 'public.elsewhere')}`,
      ],
    ],
    [
      'the subcommand alone in a statement over several lines',
      'alter table clients\n  add column note text,\n  add column status text\n    not null;',
      [`${LATER}:3:3-4:13 ${required('status')}`],
    ],
  ])('reports %s', async (_name, sql, expected) => {
    expect(await linesOf(sql)).toEqual(expected);
  });

  it.each([
    ['a constant default', "alter table clients add column status text not null default 'active';"],
    ['a nullable column', 'alter table clients add column status text;'],
    ['an identity column', 'alter table clients add column n bigint generated always as identity not null;'],
    ['a generated column', 'alter table clients add column n int not null generated always as (1) stored;'],
    ['a serial column', 'alter table clients add column n bigserial not null;'],
    ['a table created in the same file', 'create table t (a int);\nalter table t add column b int not null;'],
  ])('accepts %s', async (_name, sql) => {
    expect(await linesOf(sql)).toEqual([]);
  });
});
