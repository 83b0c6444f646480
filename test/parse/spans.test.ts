import type { AlterTableStmt } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { statementOf } from '../../src/parse/ast.ts';
import { loadParser } from '../../src/parse/parse-file.ts';
import {
  alterCommandSpans,
  statementTokens,
  tableMentionSpan,
  tokensThroughWord,
  wordIndex,
  type Span,
} from '../../src/parse/spans.ts';
import type { MigrationFile } from '../../src/types.ts';
import { migrationFileOf } from '../helpers/migration-file.ts';

beforeAll(() => loadParser());

/** The text of each span, as a reader sees what is underlined. */
function textsOf(file: MigrationFile, spans: readonly Span[] | undefined): string[] | undefined {
  return spans?.map((span) => file.lines.slice(span.start, span.end));
}

function alterOf(file: MigrationFile, index = 0): AlterTableStmt {
  return statementOf(file.statements[index].node, 'AlterTableStmt')!;
}

describe('statementTokens', () => {
  it('gives byte offsets in the file, after non-ASCII text and in a later statement', () => {
    const file = migrationFileOf("select 'é';\ncreate index i on t (a);");
    const tokens = statementTokens(file, file.statements[1]);
    const index = tokens[wordIndex(tokens, 'index')];
    expect(file.lines.slice(index.start, index.end)).toBe('index');
    expect(index.start).toBe(Buffer.byteLength("select 'é';\ncreate "));
  });

  it('does not take a quoted identifier or a string for a keyword', () => {
    const file = migrationFileOf('select "index", \'index\' from t;');
    expect(wordIndex(statementTokens(file, file.statements[0]), 'index')).toBe(-1);
  });
});

describe('tokensThroughWord', () => {
  /** Where the word is underlined, as text and offset, and the statement's full scan's answer. */
  function found(text: string, word: string, statement = 0) {
    const file = migrationFileOf(text);
    const { tokens, index } = tokensThroughWord(file, file.statements[statement], word);
    const token = tokens[index];
    return token && { text: file.lines.slice(token.start, token.end), start: token.start };
  }

  it('finds the word in the head of a long statement, at its byte offset in the file', () => {
    const text =
      "select 'é';\ncreate index concurrently if not exists notes_user_id_idx on public.notes (user_id);";
    expect(found(text, 'concurrently', 1)).toEqual({
      text: 'concurrently',
      start: Buffer.byteLength("select 'é';\ncreate index "),
    });
  });

  it('scans the rest when the word lies after the head', () => {
    const text =
      'alter table public.measurements_partitioned_by_month detach partition public.m_2024 concurrently;';
    expect(found(text, 'concurrently')).toEqual({
      text: 'concurrently',
      start: text.indexOf('concurrently'),
    });
  });

  it('does not take a word in a quote, a dollar quote or a comment that the head cuts for a keyword', () => {
    const padding = 'x'.repeat(30);
    for (const [open, close] of [
      ["'", "'"],
      ['"', '"'],
      ['$q$', '$q$'],
      ['/* ', ' */'],
    ]) {
      const text = `select ${open}${padding} concurrently ${padding}${close} as a, 1 as concurrently_b, 2 as c from t;`;
      expect(found(text, 'concurrently'), open).toBeUndefined();
    }
    const lineComment = `select 1 -- ${padding} concurrently ${padding}\n, 2 as c, 3 as d, 4 as e from t;`;
    expect(found(lineComment, 'concurrently')).toBeUndefined();
  });
});

describe('alterCommandSpans', () => {
  it('cuts the subcommands at top-level commas only, over several lines', () => {
    const file = migrationFileOf(
      'alter table only "Ünits".t\n  add column a numeric(10, 2) default f(1, 2),\n' +
        '  alter column b type int[] using array[1, 2],\n  add constraint c check (a in (1, 2)) ;',
    );
    expect(textsOf(file, alterCommandSpans(file, file.statements[0], alterOf(file)))).toEqual([
      'add column a numeric(10, 2) default f(1, 2)',
      'alter column b type int[] using array[1, 2]',
      'add constraint c check (a in (1, 2))',
    ]);
  });

  it('finds the subcommands of a statement after the first in a file parsed piece by piece', () => {
    const file = migrationFileOf('selec 1;\nalter table t drop column x, drop column y;');
    const statement = file.statements.find((each) => each.node)!;
    expect(
      textsOf(file, alterCommandSpans(file, statement, statementOf(statement.node, 'AlterTableStmt')!)),
    ).toEqual(['drop column x', 'drop column y']);
  });
});

describe('tableMentionSpan', () => {
  it.each([
    [
      'the head of a long statement, scanned alone',
      "alter table public.notes add column body text not null default '', add column y int;",
      'public.notes',
      'alter table public.notes',
    ],
    [
      'a name the head cuts, found in the whole statement',
      'alter table public.clients_with_a_rather_long_name add column x int not null default 0;',
      'public.clients_with_a_rather_long_name',
      'alter table public.clients_with_a_rather_long_name',
    ],
    [
      'a mention after the head',
      'create table public.visits (id bigint primary key, client_id bigint references public.clients (id));',
      'public.clients',
      'public.clients',
    ],
    [
      'the head through a qualified name',
      'alter table public.clients add column x int;',
      'public.clients',
      'alter table public.clients',
    ],
    [
      'a quoted name',
      'drop table if exists "public"."Clients";',
      'public.Clients',
      'drop table if exists "public"."Clients"',
    ],
    [
      'an unqualified name in the public schema',
      'lock table CLIENTS;',
      'public.clients',
      'lock table CLIENTS',
    ],
    [
      'only the name when a later clause mentions it',
      'alter table notes add foreign key (c) references public.clients (id);',
      'public.clients',
      'public.clients',
    ],
  ])('%s', (_name, sql, table, expected) => {
    const file = migrationFileOf(sql);
    const span = tableMentionSpan(file, file.statements[0], table);
    expect(span && file.lines.slice(span.start, span.end)).toBe(expected);
  });

  it('does not take a column of the same name, or another schema, for the table', () => {
    const file = migrationFileOf('update other.clients set x = notes.clients;');
    expect(tableMentionSpan(file, file.statements[0], 'public.clients')).toBeUndefined();
  });
});
