import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.ts';
import { defaultConfig } from '../../src/config.ts';
import { lint } from '../../src/lint.ts';
import { EXAMPLE_NOW, findingLines, lintMigrations, writeProject } from '../helpers/examples.ts';

const CREATE = '20250101000000_tables.sql';
const LATER = '20250102000000_change.sql';
const tables =
  'create table public.clients (id uuid primary key, phone text);\ncreate table public.notes (id uuid);\n';
const breaks = (what: string) =>
  `breaking-change ${what}, which existed before this migration, breaks the app version still running during the deploy; stop using the old name in the app first, and remove it in a later migration`;

async function linesOf(sql: string): Promise<string[]> {
  const { lines } = await lintMigrations({ [CREATE]: tables, [LATER]: sql });
  return lines('breaking-change');
}

describe('breaking-change', () => {
  it.each([
    [
      'dropping a column',
      'alter table public.clients drop column phone;',
      [`${LATER}:1:28-1:45 ${breaks('dropping column `public.clients.phone`')}`],
    ],
    [
      'renaming a column',
      'alter table clients rename column phone to mobile;',
      [`${LATER}:1:1-1:50 ${breaks('renaming column `public.clients.phone` to `mobile`')}`],
    ],
    [
      'renaming a table',
      'alter table clients rename to customers;',
      [`${LATER}:1:1-1:40 ${breaks('renaming table `public.clients` to `customers`')}`],
    ],
    [
      'moving a table to another schema',
      'create schema archive;\nalter table public.notes set schema archive;',
      [`${LATER}:2:1-2:44 ${breaks('moving table `public.notes` to schema `archive`')}`],
    ],
    [
      'dropping two tables, each named',
      'drop table public.clients, notes;',
      [
        `${LATER}:1:1-1:26 ${breaks('dropping table `public.clients`')}`,
        `${LATER}:1:28-1:33 ${breaks('dropping table `public.notes`')}`,
      ],
    ],
    [
      'a column of a table unknown to the history',
      'alter table public.elsewhere drop column x;',
      [`${LATER}:1:30-1:43 ${breaks('dropping column `public.elsewhere.x`')}`],
    ],
    [
      'a dropped column in a statement over several lines, at its subcommand',
      'alter table clients\n  add column note text,\n  drop column\n    phone;',
      [`${LATER}:3:3-4:10 ${breaks('dropping column `public.clients.phone`')}`],
    ],
    [
      'a table dropped over several lines, from DROP TABLE through its name',
      'drop table if exists\n  "public".clients\n  cascade;',
      [`${LATER}:1:1-2:19 ${breaks('dropping table `public.clients`')}`],
    ],
  ])('reports %s', async (_name, sql, expected) => {
    expect(await linesOf(sql)).toEqual(expected);
  });

  it.each([
    ['adding a column', 'alter table clients add column mobile text;'],
    [
      'a column added in the same file',
      'alter table clients add column x text;\nalter table clients drop column x;',
    ],
    [
      'a column added in the same file, renamed',
      'alter table clients add column x text;\nalter table clients rename column x to y;\nalter table clients drop column y;',
    ],
    [
      'a table created in the same file',
      'create table t (a int);\nalter table t rename to u;\ndrop table u;',
    ],
    ['dropping an index or a view', 'drop index concurrently public.i;\ndrop view if exists v;'],
  ])('accepts %s', async (_name, sql) => {
    expect(await linesOf(sql)).toEqual([]);
  });

  it('treats what a file of the change under review created as new (--since)', async () => {
    const files = {
      [CREATE]: tables,
      '20250102000000_add.sql': 'alter table clients add column x text;\ncreate table t (a int);',
      '20250103000000_drop.sql': 'alter table clients drop column x;\ndrop table t;\ndrop table notes;',
    };
    const project = writeProject(
      Object.entries(files).map(([name, text]) => ({ path: `supabase/migrations/${name}`, text })),
    );
    try {
      const result = await lint({
        cwd: project.root,
        config: defaultConfig(project.root),
        rules: allRules,
        paths: [],
        shadow: false,
        now: EXAMPLE_NOW,
        changedFiles: new Set([
          'supabase/migrations/20250102000000_add.sql',
          'supabase/migrations/20250103000000_drop.sql',
        ]),
      });
      expect(findingLines(result.findings, { ruleId: 'breaking-change' })).toEqual([
        `20250103000000_drop.sql:3:1-3:17 ${breaks('dropping table `public.notes`')}`,
      ]);
    } finally {
      project.remove();
    }
  });
});
