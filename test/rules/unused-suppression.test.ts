import { describe, expect, it } from 'vitest';
import { lintMigrations } from '../helpers/examples.ts';

const FIRST = '20250101000000_t.sql';
const LATER = '20250102000000_i.sql';
const table = 'create table t (a int, b int);';

async function check(sql: string) {
  const result = await lintMigrations({ [FIRST]: table, [LATER]: sql });
  const unused = result.findings.filter((finding) => finding.ruleId === 'unused-suppression');
  const index = result.findings.filter((finding) => finding.ruleId === 'concurrent-index');
  return { unused: unused.map((f) => `${f.location?.line}:${f.location?.column} ${f.message}`), index };
}

describe('suppressions and unused-suppression', () => {
  it('a next-line suppression with a reason suppresses the next statement only', async () => {
    const sql =
      '-- scribe-lint-disable-next-line concurrent-index -- tiny table\ncreate index i on t (a);\ncreate index j on t (b);';
    const { unused, index } = await check(sql);
    expect(unused).toEqual([]);
    expect(index.map((f) => [f.location?.line, f.suppressed?.reason])).toEqual([
      [2, 'tiny table'],
      [3, undefined],
    ]);
  });

  it('covers a multi-line statement', async () => {
    const sql =
      '-- scribe-lint-disable-next-line concurrent-index -- tiny table\ncreate index i\n  on t (a);';
    const { index } = await check(sql);
    expect(index.map((f) => f.suppressed?.reason)).toEqual(['tiny table']);
  });

  it('a suppression without a reason does not suppress, and the finding says why', async () => {
    const { unused, index } = await check(
      '-- scribe-lint-disable-next-line concurrent-index\ncreate index i on t (a);',
    );
    expect(unused).toEqual([]);
    expect(index[0].suppressed).toBeUndefined();
    expect(index[0].message).toContain('the suppression on line 1 gives no reason');
  });

  it('a file-wide suppression before the first statement covers the file', async () => {
    const sql =
      '-- scribe-lint-disable concurrent-index -- backfill on an empty table\ncreate index i on t (a);\ncreate index j on t (b);';
    const { index } = await check(sql);
    expect(index.map((f) => f.suppressed?.reason)).toEqual([
      'backfill on an empty table',
      'backfill on an empty table',
    ]);
  });

  it('a file-wide suppression after the first statement is reported and does nothing', async () => {
    const sql =
      'create index i on t (a);\n-- scribe-lint-disable concurrent-index -- too late\ncreate index j on t (b);';
    const { unused, index } = await check(sql);
    expect(unused).toEqual([
      '2:1 a file-wide `scribe-lint-disable` must come before the first statement; this one covers nothing',
    ]);
    expect(index.every((f) => !f.suppressed)).toBe(true);
  });

  it('reports a suppression that suppresses nothing, and an unknown rule id', async () => {
    const sql =
      '-- scribe-lint-disable-next-line concurrent-index -- fine\ncreate index concurrently i on t (a);\n-- scribe-lint-disable-next-line no-such-rule -- typo\nselect 1;';
    const { unused } = await check(sql);
    expect(unused).toEqual([
      '1:1 suppression of `concurrent-index` suppressed nothing',
      '3:1 unknown rule id `no-such-rule` in suppression',
    ]);
  });

  it('ignores the marker inside a string literal', async () => {
    const sql = "select '-- scribe-lint-disable-next-line concurrent-index -- no';\ncreate index i on t (a);";
    const { unused, index } = await check(sql);
    expect(unused).toEqual([]);
    expect(index[0].suppressed).toBeUndefined();
  });
});
