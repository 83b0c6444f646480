import { beforeAll, describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/parse/positions.ts';
import { loadParser, parseStatements } from '../../src/parse/parse-file.ts';
import {
  grantPrivilegesSpan,
  nameSpan,
  objectSpan,
  type ClauseSource,
} from '../../src/shadow/clause-spans.ts';
import type { MigrationFile } from '../../src/types.ts';

beforeAll(() => loadParser());

/** The file's statements as the shadow replays them, and the text each span covers. */
function sourceOf(
  text: string,
  index = 0,
): { source: ClauseSource; covered(span?: { start: number; end: number }): string } {
  const lines = new LineIndex(text);
  const file = {
    displayPath: 'm.sql',
    text,
    lines,
    statements: parseStatements(text),
  } as unknown as MigrationFile;
  return {
    source: { file, statement: file.statements[index] },
    covered: (span) => (span ? lines.slice(span.start, span.end) : '(none)'),
  };
}

describe('clause spans', () => {
  it('ends a column definition at its comma, past strings, comments and dollar quotes that hold one', () => {
    const { source, covered } = sourceOf(
      `select 1;
create table t (
  note text default 'a, b' /* c, d */,
  "Ünï, code" text default $x$ ) , $x$ references p (id) on delete cascade, -- e, f
  other int
)`,
      1,
    );
    const span = objectSpan(source, {
      catalog: 'constraint',
      name: 't_Ünï, code_fkey',
      detail: 'f:Ünï, code',
    });
    expect(covered(span)).toBe('"Ünï, code" text default $x$ ) , $x$ references p (id) on delete cascade');
  });

  it('takes a named constraint by its name and an ALTER TABLE clause from its ADD', () => {
    const { source, covered } = sourceOf(
      `alter table t add column x int, add constraint k foreign key (x) references p (id) not valid`,
    );
    expect(covered(objectSpan(source, { catalog: 'constraint', name: 'k', detail: 'f:x' }))).toBe(
      'add constraint k foreign key (x) references p (id) not valid',
    );
  });

  it('finds no clause for a constraint the statement did not write, so the caller keeps the statement', () => {
    const { source } = sourceOf(`create table t (a int primary key)`);
    expect(objectSpan(source, { catalog: 'constraint', name: 'other', detail: 'f:b' })).toBeUndefined();
    expect(objectSpan(source, { catalog: 'class', name: 't_pkey', detail: 'i' })).toBeUndefined();
  });

  it('covers a qualified, quoted name, an index name and a GRANT privilege list', () => {
    const table = sourceOf(`create table if not exists public . "My ""T""" (a int)`);
    expect(table.covered(objectSpan(table.source, { catalog: 'class', name: 'My "T"', detail: 'r' }))).toBe(
      'public . "My ""T"""',
    );
    const index = sourceOf(`create unique index concurrently if not exists t_a_idx on t (a)`);
    expect(index.covered(objectSpan(index.source, { catalog: 'class', name: 't_a_idx', detail: 'i' }))).toBe(
      't_a_idx',
    );
    const grant = sourceOf(`grant update (a, b), delete on t to anon`);
    expect(grant.covered(grantPrivilegesSpan(grant.source))).toBe('update (a, b), delete');
    expect(nameSpan(grant.source, undefined)).toBeUndefined();
  });
});
