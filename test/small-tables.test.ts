// Size-aware severity against the machine's PostgreSQL server: with --db and migration files, a lock hazard
// on a table with fewer rows than `[locks] small_table_rows` is info and says how big the table is.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import addColumnRequired from '../rules/add-column-required.ts';
import addUniqueConstraint from '../rules/add-unique-constraint.ts';
import setNotNullScan from '../rules/set-not-null-scan.ts';
import { allRules } from '../rules/index.ts';
import { configTemplate } from '../src/cli/init.ts';
import { defaultConfig, parseConfig, type Config } from '../src/config.ts';
import { lint } from '../src/lint.ts';
import { tableOf } from '../src/small-tables.ts';
import { createTestDatabase, type TestDatabase } from './catalog/helpers.ts';
import { EXAMPLE_NOW, findingLines, writeProject } from './helpers/examples.ts';

const MIGRATION = `alter table public.programs alter column name set not null;
alter table public.clients alter column email set not null;
alter table public.fresh alter column x set not null;
alter table public.programs add constraint programs_name_key unique (name);
alter table public.programs add column code text not null;
alter table public.gone alter column x set not null;
`;
const SCAN = 'scans the whole table under an ACCESS EXCLUSIVE lock (blocks reads and writes)';
const notNull = (line: number, start: number, end: number, column: string) =>
  `20250102000000_required.sql:${line}:${start}-${line}:${end} set-not-null-scan \`SET NOT NULL\` on \`${column}\` ${SCAN}; ` +
  `add \`CHECK (${column.split('.')[2]} IS NOT NULL) NOT VALID\` and VALIDATE it first`;
const SMALL = ' (public.programs has about 40 rows, N kB, under `[locks] small_table_rows`)';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await db.exec(`
    create table public.programs (id int primary key, name text);
    insert into public.programs select i, 'p' || i from generate_series(1, 40) i;
    create table public.clients (id int primary key, email text);
    insert into public.clients select i, i || '@example.org' from generate_series(1, 20000) i;
    create table public.fresh (x int);
    analyze public.programs;
    analyze public.clients;`);
}, 60_000);

afterAll(async () => {
  await db?.drop();
});

async function lintWith(databaseUrl: string | undefined, configure?: (config: Config) => void) {
  const project = writeProject([
    { path: 'supabase/migrations/20250102000000_required.sql', text: MIGRATION },
  ]);
  try {
    const config = defaultConfig(project.root);
    configure?.(config);
    const result = await lint({
      cwd: project.root,
      config,
      rules: [setNotNullScan, addUniqueConstraint, addColumnRequired],
      paths: [],
      shadow: false,
      databaseUrl,
      now: EXAMPLE_NOW,
    });
    // The size on disk depends on the server's page layout; the row estimate is what the test is about.
    return findingLines(result.findings, { withSeverity: true }).map((line) =>
      line.replace(/\d+ (bytes|kB),/, 'N kB,'),
    );
  } finally {
    project.remove();
  }
}

describe('[locks] small_table_rows with --db', () => {
  it('lowers a lock hazard on a small table to info and leaves the others as configured', async () => {
    const lines = await lintWith(db.url);
    expect(lines).toEqual([
      notNull(1, 29, 59, 'public.programs.name').replace(' set-not-null-scan', ' info set-not-null-scan') +
        SMALL,
      notNull(2, 28, 59, 'public.clients.email').replace(' set-not-null-scan', ' warning set-not-null-scan'),
      // never analyzed (reltuples -1): its size is unknown, and unknown is not small
      notNull(3, 26, 53, 'public.fresh.x').replace(' set-not-null-scan', ' warning set-not-null-scan'),
      '20250102000000_required.sql:4:33-4:75 info add-unique-constraint `ADD UNIQUE` on existing table ' +
        '`public.programs` builds its index under an ACCESS EXCLUSIVE lock (blocks reads and writes); build a ' +
        'unique index CONCURRENTLY first, then add the constraint USING INDEX' +
        SMALL,
      // not a lock hazard: one row is enough for it to fail
      '20250102000000_required.sql:5:29-5:58 error add-column-required `ADD COLUMN code` on existing table ' +
        '`public.programs` is NOT NULL without a DEFAULT: it fails on a table that has rows; give it a DEFAULT, ' +
        'or add it nullable, backfill, then SET NOT NULL',
      // not in the database at all
      notNull(6, 25, 52, 'public.gone.x').replace(' set-not-null-scan', ' warning set-not-null-scan'),
    ]);
  });

  it('lowers nothing with small_table_rows = 0', async () => {
    const lines = await lintWith(db.url, (config) => (config.locks.smallTableRows = 0));
    expect(lines.filter((line) => line.includes(' info '))).toEqual([]);
  });

  it('keeps the configured severities without --db', async () => {
    const lines = await lintWith(undefined);
    expect(lines.map((line) => line.split(' ').slice(1, 3).join(' '))).toEqual([
      'warning set-not-null-scan',
      'warning set-not-null-scan',
      'warning set-not-null-scan',
      'error add-unique-constraint',
      'error add-column-required',
      'warning set-not-null-scan',
    ]);
  });
});

describe('tableOf', () => {
  it.each([
    ['public.programs', 'public.programs'],
    ['public.programs.name', 'public.programs'],
    ['programs', undefined],
    [undefined, undefined],
  ])('takes the table of %s', (object, table) => {
    expect(tableOf(object)).toBe(table);
  });
});

describe('the [locks] config', () => {
  const parse = (text: string) => parseConfig(text, { file: '/p/scribe-lint.toml', knownRuleIds: [] });

  it('reads small_table_rows, 10,000 by default and in the init template', () => {
    expect(defaultConfig().locks.smallTableRows).toBe(10_000);
    expect(parse('[locks]\nsmall_table_rows = 500').locks.smallTableRows).toBe(500);
    expect(configTemplate(allRules)).toContain('[locks]\n');
    expect(configTemplate(allRules)).toContain('\nsmall_table_rows = 10000\n');
  });

  it.each([
    [
      'a negative number',
      'small_table_rows = -1',
      '"locks.small_table_rows" must be a whole number from 0 to',
    ],
    ['a string', 'small_table_rows = "10k"', '"locks.small_table_rows" must be a whole number from 0 to'],
    ['an unknown key', 'small_tables = 5', 'unknown key "locks.small_tables"'],
  ])('rejects %s', (_name, line, message) => {
    expect(() => parse(`[locks]\n${line}`)).toThrow(message);
  });
});
