import { describe, expect, it } from 'vitest';
import { lintMigrations } from '../helpers/examples.ts';
import { fixAndRelint, ruleIds } from '../helpers/fixes.ts';

const FIRST = '20250101000000_tables.sql';
const LATER = '20250102000000_constraints.sql';
const tables =
  'create table programs (id uuid primary key);\ncreate table clients (id uuid primary key, program_id uuid, age int);\n';

async function check(sql: string): Promise<string[]> {
  const { lines } = await lintMigrations({ [FIRST]: tables, [LATER]: sql });
  return lines('constraint-not-valid');
}

/** The message, from the constraint's kind and name (empty for an unnamed one). */
const scans = (kind: 'FOREIGN KEY' | 'CHECK', name: string) =>
  `constraint-not-valid ${kind} constraint${name ? ` \`${name}\`` : ''} on existing table \`public.clients\` ` +
  'scans every row under a lock that blocks writes; add it NOT VALID, then VALIDATE CONSTRAINT in a later statement';

describe('constraint-not-valid', () => {
  it('reports a foreign key added to an existing table, from the constraint to the end of its subcommand', async () => {
    expect(
      await check(
        'alter table clients add constraint c_fk foreign key (program_id) references programs (id);',
      ),
    ).toEqual([`${LATER}:1:25-1:90 ${scans('FOREIGN KEY', 'c_fk')}`]);
  });

  it('reports a check constraint, one finding per constraint', async () => {
    const sql =
      'alter table clients\n  add constraint a check (age > 0),\n  add constraint b check (age < 200);';
    expect(await check(sql)).toEqual([
      `${LATER}:2:7-2:35 ${scans('CHECK', 'a')}`,
      `${LATER}:3:7-3:37 ${scans('CHECK', 'b')}`,
    ]);
  });

  it('spans a constraint written over several lines', async () => {
    const sql =
      'alter table clients\n  add constraint c_fk\n  foreign key (program_id) references programs (id);';
    expect(await check(sql)).toEqual([`${LATER}:2:7-3:52 ${scans('FOREIGN KEY', 'c_fk')}`]);
  });

  it('reports an unnamed foreign key', async () => {
    expect(await check('alter table clients add foreign key (program_id) references programs;')).toEqual([
      `${LATER}:1:25-1:69 ${scans('FOREIGN KEY', '')}`,
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
    expect(await check(sql)).toEqual([`${LATER}:2:25-2:53 ${scans('CHECK', 'a')}`]);
  });

  describe('fix', () => {
    it.each([
      [
        'a named foreign key over several lines',
        'alter table clients\n  add constraint c_fk\n  foreign key (program_id) references programs (id);\n',
        'alter table clients\n  add constraint c_fk\n  foreign key (program_id) references programs (id) not valid;\n' +
          'alter table clients validate constraint c_fk;\n',
      ],
      [
        'an unnamed foreign key, named as PostgreSQL would, in a statement without a semicolon',
        'alter table public.clients add foreign key (program_id) references programs',
        'alter table public.clients add constraint clients_program_id_fkey foreign key (program_id) references programs not valid;\n' +
          'alter table public.clients validate constraint clients_program_id_fkey;',
      ],
      [
        'two checks in one statement, one on a column and one on two',
        'alter table clients add check (age > 0), add check (age < program_id::text::int);',
        'alter table clients add constraint clients_age_check check (age > 0) not valid, ' +
          'add constraint clients_check check (age < program_id::text::int) not valid;\n' +
          'alter table clients validate constraint clients_age_check;\n' +
          'alter table clients validate constraint clients_check;',
      ],
    ])('adds NOT VALID and a VALIDATE to %s, and the file lints clean', async (_name, sql, expected) => {
      const round = await fixAndRelint({ [FIRST]: tables, [LATER]: sql }, 'constraint-not-valid');
      expect(round.before.length).toBeGreaterThan(0);
      expect(round.fixed[LATER]).toBe(expected);
      expect(ruleIds(round.after)).not.toContain('constraint-not-valid');
      expect(ruleIds(round.after)).not.toContain('parse-error');
    });

    it('gives a file the shadow replays without error, the VALIDATE finding the constraint it names', async () => {
      const round = await fixAndRelint(
        { [FIRST]: tables, [LATER]: 'alter table clients add check (age > 0);' },
        'constraint-not-valid',
        { shadow: true },
      );
      expect(round.fixed[LATER]).toContain('validate constraint clients_age_check;');
      expect(ruleIds(round.after)).not.toContain('replay-error');
      expect(ruleIds(round.after)).not.toContain('constraint-not-valid');
    });
  });
});
