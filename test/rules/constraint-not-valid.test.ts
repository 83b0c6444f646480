import { describe, expect, it } from 'vitest';
import { lintMigrations } from '../helpers/examples.ts';

const FIRST = '20250101000000_tables.sql';
const LATER = '20250102000000_constraints.sql';
const tables =
  'create table programs (id uuid primary key);\ncreate table clients (id uuid primary key, program_id uuid, age int);\n';

async function check(sql: string): Promise<string[]> {
  const { at } = await lintMigrations({ [FIRST]: tables, [LATER]: sql });
  return at('constraint-not-valid');
}

describe('constraint-not-valid', () => {
  it('reports a foreign key added to an existing table, at the constraint', async () => {
    expect(
      await check(
        'alter table clients add constraint c_fk foreign key (program_id) references programs (id);',
      ),
    ).toEqual([`${LATER}:1:25`]);
  });

  it('reports a check constraint, one finding per constraint', async () => {
    const sql =
      'alter table clients\n  add constraint a check (age > 0),\n  add constraint b check (age < 200);';
    expect(await check(sql)).toEqual([`${LATER}:2:7`, `${LATER}:3:7`]);
  });

  it('reports an unnamed foreign key', async () => {
    expect(await check('alter table clients add foreign key (program_id) references programs;')).toEqual([
      `${LATER}:1:25`,
    ]);
  });

  it.each([
    [
      'NOT VALID',
      'alter table clients add constraint c_fk foreign key (program_id) references programs (id) not valid;',
    ],
    ['VALIDATE CONSTRAINT', 'alter table clients validate constraint c_fk;'],
    ['a unique constraint (another rule’s concern)', 'alter table clients add constraint u unique (age);'],
    [
      'a table created earlier in the same file',
      'create table t (a int);\nalter table t add constraint c check (a > 0);',
    ],
  ])('accepts %s', async (_name, sql) => {
    expect(await check(sql)).toEqual([]);
  });

  it('locates correctly in a file that had to be parsed piece by piece', async () => {
    const sql = 'selec 1;\nalter table clients add constraint a check (age > 0);';
    expect(await check(sql)).toEqual([`${LATER}:2:25`]);
  });
});
