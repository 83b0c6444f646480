import { describe, expect, it } from 'vitest';
import { lintMigrations } from '../helpers/examples.ts';

const CREATE = '20250101000000_tables.sql';
const LATER = '20250102000000_change.sql';
const tables =
  'create table public.clients (id uuid, email text);\ncreate index clients_email_plain on public.clients (email);\n';
const builds = (what: string, table = 'public.clients') =>
  `add-unique-constraint \`ADD ${what}\` on existing table \`${table}\` builds its index under an ACCESS EXCLUSIVE lock (blocks reads and writes); build a unique index CONCURRENTLY first, then add the constraint USING INDEX`;

async function linesOf(files: Record<string, string>): Promise<string[]> {
  const { lines } = await lintMigrations(files);
  return lines('add-unique-constraint');
}

describe('add-unique-constraint', () => {
  it.each([
    [
      'ADD UNIQUE, at the constraint',
      'alter table public.clients add constraint clients_email_key unique (email);',
      [`${LATER}:1:32-1:75 ${builds('UNIQUE')}`],
    ],
    [
      'ADD PRIMARY KEY, unqualified table',
      'alter table clients\n  add primary key (id);',
      [`${LATER}:2:7-2:23 ${builds('PRIMARY KEY')}`],
    ],
    [
      'a column added with UNIQUE',
      'alter table clients add column code text unique;',
      [`${LATER}:1:21-1:48 ${builds('UNIQUE')}`],
    ],
    [
      'a constraint over several lines, from CONSTRAINT to the end of its subcommand',
      'alter table clients\n  add column note text,\n  add constraint k\n    unique (email);',
      [`${LATER}:3:7-4:19 ${builds('UNIQUE')}`],
    ],
    [
      'a table unknown to the history',
      'alter table public.elsewhere add unique (x);',
      [`${LATER}:1:34-1:44 ${builds('UNIQUE', 'public.elsewhere')}`],
    ],
    [
      'USING INDEX of an index this file built without CONCURRENTLY',
      'create unique index clients_email_key on clients (email);\nalter table clients add constraint clients_email_key unique using index clients_email_key;',
      [
        `${LATER}:2:25-2:90 add-unique-constraint \`ADD UNIQUE\` on existing table \`public.clients\` uses \`public.clients_email_key\`, built without CONCURRENTLY under a SHARE lock (blocks writes); build it CONCURRENTLY`,
      ],
    ],
  ])('reports %s', async (_name, sql, expected) => {
    expect(await linesOf({ [CREATE]: tables, [LATER]: sql })).toEqual(expected);
  });

  it.each([
    [
      'USING INDEX of an index built CONCURRENTLY in the same file',
      'create unique index concurrently k on clients (email);\nalter table clients add constraint k unique using index k;',
    ],
    [
      'USING INDEX of an index that existed before the file, however it was built',
      'alter table clients add constraint clients_email_plain unique using index clients_email_plain;',
    ],
    ['USING INDEX of an index unknown to the history', 'alter table clients add primary key using index pk;'],
    ['a table created in the same file', 'create table t (a int);\nalter table t add unique (a);'],
    ['other constraints', "alter table clients add constraint c check (email <> '') not valid;"],
  ])('accepts %s', async (_name, sql) => {
    expect(await linesOf({ [CREATE]: tables, [LATER]: sql })).toEqual([]);
  });

  it('accepts the recipe over two files', async () => {
    const lines = await linesOf({
      [CREATE]: tables,
      '20250102000000_index.sql':
        'create unique index concurrently if not exists k on public.clients (email);',
      '20250103000000_constraint.sql': 'alter table public.clients add constraint k unique using index k;',
    });
    expect(lines).toEqual([]);
  });
});
