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

  it('a suppression without a reason does not suppress, and both the finding and a warning say why', async () => {
    const { unused, index } = await check(
      '-- scribe-lint-disable-next-line concurrent-index\ncreate index i on t (a);',
    );
    expect(unused).toEqual([
      '1:1 this suppression gives no reason after `--`, so it suppresses nothing: the reason is required',
    ]);
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
      '1:34 suppression of `concurrent-index` suppressed nothing',
      '3:34 unknown rule id `no-such-rule` in suppression',
    ]);
  });

  it('ignores the marker inside a string literal', async () => {
    const sql = "select '-- scribe-lint-disable-next-line concurrent-index -- no';\ncreate index i on t (a);";
    const { unused, index } = await check(sql);
    expect(unused).toEqual([]);
    expect(index[0].suppressed).toBeUndefined();
  });
});

describe('suppression comments in every spelling', () => {
  it('reports only the stale id of a suppression naming two, at its place in the comment', async () => {
    const sql =
      '-- scribe-lint-disable-next-line constraint-not-valid, concurrent-index -- tiny table\ncreate index i on t (a);';
    const { unused, index } = await check(sql);
    expect(unused).toEqual(['1:34 suppression of `constraint-not-valid` suppressed nothing']);
    expect(index[0].suppressed).toEqual({ reason: 'tiny table' });
  });

  it('disable-line covers a multi-line statement from any of its lines, and nothing else', async () => {
    const sql =
      'create index i\n  on t (a); -- scribe-lint-disable-line concurrent-index -- tiny table\ncreate index j on t (b);';
    const { unused, index } = await check(sql);
    expect(unused).toEqual([]);
    expect(index.map((f) => [f.location?.line, f.suppressed?.reason])).toEqual([
      [1, 'tiny table'],
      [3, undefined],
    ]);
  });

  it('disable-line on a line without a statement is reported', async () => {
    const sql = '-- scribe-lint-disable-line concurrent-index -- tiny table\ncreate index i on t (a);';
    const { unused, index } = await check(sql);
    expect(unused).toEqual([
      '1:1 no statement is on this line: `scribe-lint-disable-line` covers the statements on its own line (use `scribe-lint-disable-next-line` above a statement)',
    ]);
    expect(index[0].suppressed).toBeUndefined();
  });

  it('reads a multi-line block-comment directive, its reason ending before `*/`', async () => {
    const sql =
      '/*\n  scribe-lint-disable-next-line concurrent-index\n  -- backfill on an empty table\n*/\ncreate index i on t (a);';
    const { unused, index } = await check(sql);
    expect(unused).toEqual([]);
    expect(index[0].suppressed).toEqual({ reason: 'backfill on an empty table' });
  });

  it('suggests the known id for a typo and hints at a reason written without `--`', async () => {
    const sql =
      '-- scribe-lint-disable-next-line concurrent-indx -- x\nselect 1;\n-- scribe-lint-disable-next-line concurrent-index because tiny\ncreate index i on t (a);';
    const { unused } = await check(sql);
    expect(unused).toEqual([
      '1:34 unknown rule id `concurrent-indx` in suppression; did you mean `concurrent-index`?',
      '3:1 this suppression gives no reason after `--`, so it suppresses nothing: the reason is required',
      '3:51 unknown rule id `because` in suppression (is a reason missing its `--`?)',
      '3:59 unknown rule id `tiny` in suppression (is a reason missing its `--`?)',
    ]);
  });

  it('a comment merely mentioning scribe-lint is not a directive', async () => {
    const sql =
      '-- see the scribe-lint-disable docs\n-- scribe-lint: checked by hand\ncreate index i on t (a);';
    const { unused } = await check(sql);
    expect(unused).toEqual([]);
  });
});
