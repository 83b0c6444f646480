import { describe, expect, it } from 'vitest';
import { lintMigrations } from '../helpers/examples.ts';

const CREATE = '20250101000000_tables.sql';
const LATER = '20250102000000_change.sql';
const tables = 'create table public.clients (id uuid primary key, email text, phone text);\n';
const scan = (column: string, table = 'public.clients') =>
  `set-not-null-scan \`SET NOT NULL\` on \`${table}.${column}\` scans the whole table under an ACCESS EXCLUSIVE lock (blocks reads and writes); add \`CHECK (${column} IS NOT NULL) NOT VALID\` and VALIDATE it first`;

async function linesOf(files: Record<string, string>): Promise<string[]> {
  const { lines } = await lintMigrations(files);
  return lines('set-not-null-scan');
}

describe('set-not-null-scan', () => {
  it.each([
    [
      'set not null on an existing column',
      'alter table public.clients alter column email set not null;',
      [`${LATER}:1:28-1:59 ${scan('email')}`],
    ],
    [
      'each column of one statement, unqualified table',
      '\nalter table clients\n  alter column email set not null,\n  alter column phone set not null;',
      [`${LATER}:3:3-3:34 ${scan('email')}`, `${LATER}:4:3-4:34 ${scan('phone')}`],
    ],
    [
      'a check added NOT VALID and never validated',
      'alter table clients add constraint c check (email is not null) not valid;\nalter table clients alter column email set not null;',
      [`${LATER}:2:21-2:52 ${scan('email')}`],
    ],
    [
      'a valid check on another column',
      'alter table clients add constraint c check (phone is not null);\nalter table clients alter column email set not null;',
      [`${LATER}:2:21-2:52 ${scan('email')}`],
    ],
    [
      'a check that was dropped again',
      'alter table clients add constraint c check (email is not null);\nalter table clients drop constraint c;\nalter table clients alter column email set not null;',
      [`${LATER}:3:21-3:52 ${scan('email')}`],
    ],
    [
      'a table unknown to the history',
      'alter table public.elsewhere alter column x set not null;',
      [`${LATER}:1:30-1:57 ${scan('x', 'public.elsewhere')}`],
    ],
  ])('reports %s', async (_name, sql, expected) => {
    expect(await linesOf({ [CREATE]: tables, [LATER]: sql })).toEqual(expected);
  });

  it.each([
    [
      'the recipe: a NOT VALID check, validated, then SET NOT NULL',
      'alter table clients add constraint c check (email is not null) not valid;\nalter table clients validate constraint c;\nalter table clients alter column email set not null;\nalter table clients drop constraint c;',
    ],
    [
      'a check added valid (constraint-not-valid reports its own scan)',
      'alter table clients add check (email is not null);\nalter table clients alter column email set not null;',
    ],
    [
      'a column added in the same file',
      "alter table clients add column status text;\nupdate clients set status = 'a';\nalter table clients alter column status set not null;",
    ],
    [
      'a table created in the same file',
      'create table t (a int);\nalter table t alter column a set not null;',
    ],
    ['DROP NOT NULL', 'alter table clients alter column email drop not null;'],
  ])('accepts %s', async (_name, sql) => {
    expect(await linesOf({ [CREATE]: tables, [LATER]: sql })).toEqual([]);
  });

  it('accepts a check validated in an earlier file', async () => {
    const lines = await linesOf({
      [CREATE]: `${tables}`,
      '20250102000000_check.sql': 'alter table clients add constraint c check (email is not null) not valid;',
      '20250103000000_validate.sql': 'alter table clients validate constraint c;',
      '20250104000000_required.sql': 'alter table clients alter column email set not null;',
    });
    expect(lines).toEqual([]);
  });
});
