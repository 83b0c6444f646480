import { describe, expect, it } from 'vitest';
import { lintMigrations } from '../helpers/examples.ts';

const FILE = '20250101000000_a.sql';

async function check(sql: string) {
  const { findings, at } = await lintMigrations({ [FILE]: sql });
  const messages = findings
    .filter((finding) => finding.ruleId === 'parse-error')
    .map((finding) => finding.message);
  return { at: at('parse-error'), messages, findings };
}

describe('parse-error', () => {
  it('reports the exact token and still lints the other statements', async () => {
    const sql =
      'create table t (a int);\ncreate index i on elsewhere (a);\ncreate tabel x (a int);\ndrop index j;';
    const { at, messages, findings } = await check(sql);
    expect(at).toEqual([`${FILE}:3:8`]);
    expect(messages).toEqual(['syntax error at or near "tabel"']);
    expect(
      findings.filter((finding) => finding.ruleId === 'concurrent-index').map((f) => f.location?.line),
    ).toEqual([2, 4]);
  });

  it('counts columns after non-ASCII text in UTF-16 units', async () => {
    const { at } = await check("-- Überprüfung der Notizen ✓\nselect 'é';  selec 1;");
    expect(at).toEqual([`${FILE}:2:14`]);
  });

  it('handles CRLF line endings and a UTF-8 BOM', async () => {
    const { at } = await check('\uFEFFselect 1;\r\n\r\nselec 2;\r\n');
    expect(at).toEqual([`${FILE}:3:1`]);
  });

  it('reports an unterminated dollar quote at its start and keeps earlier statements', async () => {
    const sql =
      'create table t (a int);\ncreate index i on elsewhere (a);\ncreate function f() returns int as $$ select 1;\n';
    const { at, messages, findings } = await check(sql);
    expect(at).toEqual([`${FILE}:3:36`]);
    expect(messages[0]).toContain('unterminated dollar-quoted string');
    expect(findings.some((finding) => finding.ruleId === 'concurrent-index')).toBe(true);
  });

  it('reports an unterminated block comment', async () => {
    const { at, messages } = await check('select 1;\n/* never closed\nselect 2;');
    expect(at).toEqual([`${FILE}:2:1`]);
    expect(messages[0]).toContain('unterminated /* comment');
  });

  it('names psql meta-commands, one finding each, and lints the SQL between them', async () => {
    const sql = '\\set ON_ERROR_STOP on\ncreate index i on elsewhere (a);\n  \\i other.sql\nselect 1;';
    const { at, messages, findings } = await check(sql);
    expect(at).toEqual([`${FILE}:1:1`, `${FILE}:3:3`]);
    expect(messages[0]).toMatch(/^psql meta-command `\\set` is not SQL/);
    expect(messages[1]).toMatch(/^psql meta-command `\\i` is not SQL/);
    expect(
      findings.filter((finding) => finding.ruleId === 'concurrent-index').map((f) => f.location?.line),
    ).toEqual([2]);
  });

  it('splits at semicolons outside quotes, dollar quotes, comments and parentheses only', async () => {
    const sql =
      "select ';' as a, $x$ ; $x$ as b; -- ; comment\nselec 1;\ncreate rule r as on insert to t do also (select 1; select 2);";
    const { at } = await check(sql);
    expect(at).toEqual([`${FILE}:2:1`]);
  });

  it('reports a binary file once, without crashing', async () => {
    const { at, messages } = await check('select 1;\u0000\u0001\u0002garbage');
    expect(at).toEqual([`${FILE}:1:10`]);
    expect(messages[0]).toContain('NUL byte');
  });

  it('accepts an empty file and a file of comments', async () => {
    expect((await check('')).at).toEqual([]);
    expect((await check('-- nothing here\n/* at all */\n')).at).toEqual([]);
  });
});
