import { describe, expect, it } from 'vitest';
import { lintMigrations } from '../helpers/examples.ts';

const FILE = '20250101000000_a.sql';

async function check(sql: string) {
  const { lines } = await lintMigrations({ [FILE]: sql });
  return { errors: lines('parse-error'), index: lines('concurrent-index') };
}

const META_COMMAND =
  'is not SQL: only psql understands it, and a migration runner sends it to the server, which rejects it';
const indexOnElsewhere = `${FILE}:2:1-2:13 concurrent-index \`CREATE INDEX\` on existing table \`public.elsewhere\` without CONCURRENTLY blocks writes for the whole build`;

describe('parse-error', () => {
  it('reports the exact token, to the end of its line, and still lints the other statements', async () => {
    const sql =
      'create table t (a int);\ncreate index i on elsewhere (a);\ncreate tabel x (a int);\ndrop index j;';
    const { errors, index } = await check(sql);
    expect(errors).toEqual([`${FILE}:3:8-3:23 parse-error syntax error at or near "tabel"`]);
    expect(index).toEqual([
      indexOnElsewhere,
      `${FILE}:4:1-4:11 concurrent-index \`DROP INDEX\` of \`public.j\` without CONCURRENTLY locks its table against reads and writes`,
    ]);
  });

  it('spans only the line of the error in a multi-line statement', async () => {
    const { errors } = await check('create table t (\n  a int,\n  b int\n  c int\n);');
    expect(errors).toEqual([`${FILE}:4:3-4:8 parse-error syntax error at or near "c"`]);
  });

  it('counts columns after non-ASCII text in UTF-16 units', async () => {
    const { errors } = await check("-- Überprüfung der Notizen ✓\nselect 'é';  selec 1;");
    expect(errors).toEqual([`${FILE}:2:14-2:21 parse-error syntax error at or near "selec"`]);
  });

  it('spans to the last character of the last line when the file has no final newline', async () => {
    const { errors } = await check('select 1;\nselec 2');
    expect(errors).toEqual([`${FILE}:2:1-2:8 parse-error syntax error at or near "selec"`]);
  });

  it('leaves the carriage return out of the span in a CRLF file', async () => {
    const { errors } = await check('create table t (\r\n  a int\r\n  b int\r\n);');
    expect(errors).toEqual([`${FILE}:3:3-3:8 parse-error syntax error at or near "b"`]);
  });

  it('handles CRLF line endings and a UTF-8 BOM', async () => {
    const { errors } = await check('\uFEFFselect 1;\r\n\r\nselec 2;\r\n');
    expect(errors).toEqual([`${FILE}:3:1-3:8 parse-error syntax error at or near "selec"`]);
  });

  it('reports an unterminated dollar quote at its start and keeps earlier statements', async () => {
    const sql =
      'create table t (a int);\ncreate index i on elsewhere (a);\ncreate function f() returns int as $$ select 1;\n';
    const { errors, index } = await check(sql);
    expect(errors).toEqual([
      `${FILE}:3:36-3:48 parse-error unterminated dollar-quoted string at or near "$$ select 1;\n"`,
    ]);
    expect(index).toEqual([indexOnElsewhere]);
  });

  it('reports an unterminated block comment at its start, to the end of that line', async () => {
    const { errors } = await check('select 1;\n/* never closed\nselect 2;');
    expect(errors).toEqual([
      `${FILE}:2:1-2:16 parse-error unterminated /* comment at or near "/* never closed\nselect 2;"`,
    ]);
  });

  it('names psql meta-commands, one finding each, and lints the SQL between them', async () => {
    const sql = '\\set ON_ERROR_STOP on\ncreate index i on elsewhere (a);\n  \\i other.sql\nselect 1;';
    const { errors, index } = await check(sql);
    expect(errors).toEqual([
      `${FILE}:1:1-1:22 parse-error psql meta-command \`\\set\` ${META_COMMAND}`,
      `${FILE}:3:3-3:15 parse-error psql meta-command \`\\i\` ${META_COMMAND}`,
    ]);
    expect(index).toEqual([indexOnElsewhere]);
  });

  it('splits at semicolons outside quotes, dollar quotes, comments and parentheses only', async () => {
    const sql =
      "select ';' as a, $x$ ; $x$ as b; -- ; comment\nselec 1;\ncreate rule r as on insert to t do also (select 1; select 2);";
    const { errors } = await check(sql);
    expect(errors).toEqual([`${FILE}:2:1-2:8 parse-error syntax error at or near "selec"`]);
  });

  it('reports a binary file once, from the NUL byte to the end of its line, without crashing', async () => {
    const { errors } = await check('select 1;\u0000\u0001\u0002garbage\n');
    expect(errors).toEqual([
      `${FILE}:1:10-1:20 parse-error the file contains a NUL byte: it is binary, not SQL text`,
    ]);
  });

  it('accepts an empty file and a file of comments', async () => {
    expect((await check('')).errors).toEqual([]);
    expect((await check('-- nothing here\n/* at all */\n')).errors).toEqual([]);
  });
});
