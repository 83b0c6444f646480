import { describe, expect, it } from 'vitest';
import { lintMigrations } from '../helpers/examples.ts';

const FIRST = '20250101000000_t.sql';
const LATER = '20250102000000_i.sql';
const table = 'create table t (a int, b int);';

async function check(sql: string) {
  const { lines } = await lintMigrations({ [FIRST]: table, [LATER]: sql });
  return { unused: lines('unused-suppression'), index: lines('concurrent-index') };
}

/** The concurrent-index finding on `public.t`, at `span` of the later file, with what follows it. */
const indexAt = (span: string, after = '') =>
  `${LATER}:${span} concurrent-index \`CREATE INDEX\` on existing table \`public.t\` without CONCURRENTLY blocks writes for the whole build${after}`;
const unusedAt = (span: string, message: string) => `${LATER}:${span} unused-suppression ${message}`;
const NO_REASON =
  'this suppression gives no reason after `--`, so it suppresses nothing: the reason is required';

describe('suppressions and unused-suppression', () => {
  it('a next-line suppression with a reason suppresses the next statement only', async () => {
    const sql =
      '-- scribe-lint-disable-next-line concurrent-index -- tiny table\ncreate index i on t (a);\ncreate index j on t (b);';
    const { unused, index } = await check(sql);
    expect(unused).toEqual([]);
    expect(index).toEqual([indexAt('2:1-2:13', ' (suppressed: tiny table)'), indexAt('3:1-3:13')]);
  });

  it('covers a multi-line statement', async () => {
    const sql =
      '-- scribe-lint-disable-next-line concurrent-index -- tiny table\ncreate index i\n  on t (a);';
    const { index } = await check(sql);
    expect(index).toEqual([indexAt('2:1-2:13', ' (suppressed: tiny table)')]);
  });

  it('a suppression without a reason does not suppress, and both the finding and a warning say why', async () => {
    const { unused, index } = await check(
      '-- scribe-lint-disable-next-line concurrent-index\ncreate index i on t (a);',
    );
    expect(unused).toEqual([unusedAt('1:1-1:50', NO_REASON)]);
    expect(index).toEqual([
      indexAt('2:1-2:13', ' (the suppression on line 1 gives no reason after `--`, so it does not apply)'),
    ]);
  });

  it('a file-wide suppression before the first statement covers the file', async () => {
    const sql =
      '-- scribe-lint-disable concurrent-index -- backfill on an empty table\ncreate index i on t (a);\ncreate index j on t (b);';
    const { index } = await check(sql);
    expect(index).toEqual([
      indexAt('2:1-2:13', ' (suppressed: backfill on an empty table)'),
      indexAt('3:1-3:13', ' (suppressed: backfill on an empty table)'),
    ]);
  });

  it('a file-wide suppression after the first statement is reported and does nothing', async () => {
    const sql =
      'create index i on t (a);\n-- scribe-lint-disable concurrent-index -- too late\ncreate index j on t (b);';
    const { unused, index } = await check(sql);
    expect(unused).toEqual([
      unusedAt(
        '2:1-2:52',
        'a file-wide `scribe-lint-disable` must come before the first statement; this one covers nothing',
      ),
    ]);
    expect(index).toEqual([indexAt('1:1-1:13'), indexAt('3:1-3:13')]);
  });

  it('reports a suppression that suppresses nothing, and an unknown rule id, at the id', async () => {
    const sql =
      '-- scribe-lint-disable-next-line concurrent-index -- fine\ncreate index concurrently i on t (a);\n-- scribe-lint-disable-next-line no-such-rule -- typo\nselect 1;';
    const { unused } = await check(sql);
    expect(unused).toEqual([
      unusedAt('1:34-1:50', 'suppression of `concurrent-index` suppressed nothing'),
      unusedAt('3:34-3:46', 'unknown rule id `no-such-rule` in suppression'),
    ]);
  });

  it('ignores the marker inside a string literal', async () => {
    const sql = "select '-- scribe-lint-disable-next-line concurrent-index -- no';\ncreate index i on t (a);";
    const { unused, index } = await check(sql);
    expect(unused).toEqual([]);
    expect(index).toEqual([indexAt('2:1-2:13')]);
  });
});

describe('suppression comments in every spelling', () => {
  it('reports only the stale id of a suppression naming two, at its place in the comment', async () => {
    const sql =
      '-- scribe-lint-disable-next-line constraint-not-valid, concurrent-index -- tiny table\ncreate index i on t (a);';
    const { unused, index } = await check(sql);
    expect(unused).toEqual([
      unusedAt('1:34-1:54', 'suppression of `constraint-not-valid` suppressed nothing'),
    ]);
    expect(index).toEqual([indexAt('2:1-2:13', ' (suppressed: tiny table)')]);
  });

  it('disable-line covers a multi-line statement from any of its lines, and nothing else', async () => {
    const sql =
      'create index i\n  on t (a); -- scribe-lint-disable-line concurrent-index -- tiny table\ncreate index j on t (b);';
    const { unused, index } = await check(sql);
    expect(unused).toEqual([]);
    expect(index).toEqual([indexAt('1:1-1:13', ' (suppressed: tiny table)'), indexAt('3:1-3:13')]);
  });

  it('disable-line on a line without a statement is reported', async () => {
    const sql = '-- scribe-lint-disable-line concurrent-index -- tiny table\ncreate index i on t (a);';
    const { unused, index } = await check(sql);
    expect(unused).toEqual([
      unusedAt(
        '1:1-1:59',
        'no statement is on this line: `scribe-lint-disable-line` covers the statements on its own line (use `scribe-lint-disable-next-line` above a statement)',
      ),
    ]);
    expect(index).toEqual([indexAt('2:1-2:13')]);
  });

  it('reads a multi-line block-comment directive, its reason ending before `*/`', async () => {
    const sql =
      '/*\n  scribe-lint-disable-next-line concurrent-index\n  -- backfill on an empty table\n*/\ncreate index i on t (a);';
    const { unused, index } = await check(sql);
    expect(unused).toEqual([]);
    expect(index).toEqual([indexAt('5:1-5:13', ' (suppressed: backfill on an empty table)')]);
  });

  it('reports a stale id of a multi-line block comment on the id’s own line', async () => {
    const sql =
      '/*\n  scribe-lint-disable-next-line concurrent-index\n  -- fine\n*/\ncreate index concurrently i on t (a);';
    const { unused } = await check(sql);
    expect(unused).toEqual([unusedAt('2:33-2:49', 'suppression of `concurrent-index` suppressed nothing')]);
  });

  it('spans the whole multi-line block comment that gives no reason', async () => {
    const sql = '/*\n  scribe-lint-disable-next-line concurrent-index\n*/\ncreate index i on t (a);';
    const { unused, index } = await check(sql);
    expect(unused).toEqual([unusedAt('1:1-3:3', NO_REASON)]);
    expect(index).toEqual([
      indexAt('4:1-4:13', ' (the suppression on line 1 gives no reason after `--`, so it does not apply)'),
    ]);
  });

  it('suggests the known id for a typo and hints at a reason written without `--`', async () => {
    const sql =
      '-- scribe-lint-disable-next-line concurrent-indx -- x\nselect 1;\n-- scribe-lint-disable-next-line concurrent-index because tiny\ncreate index i on t (a);';
    const { unused } = await check(sql);
    expect(unused).toEqual([
      unusedAt(
        '1:34-1:49',
        'unknown rule id `concurrent-indx` in suppression; did you mean `concurrent-index`?',
      ),
      unusedAt('3:1-3:63', NO_REASON),
      unusedAt('3:51-3:58', 'unknown rule id `because` in suppression (is a reason missing its `--`?)'),
      unusedAt('3:59-3:63', 'unknown rule id `tiny` in suppression (is a reason missing its `--`?)'),
    ]);
  });

  it('a comment merely mentioning scribe-lint is not a directive', async () => {
    const sql =
      '-- see the scribe-lint-disable docs\n-- scribe-lint: checked by hand\ncreate index i on t (a);';
    const { unused } = await check(sql);
    expect(unused).toEqual([]);
  });
});
