// parseKeepingTrees reads libpg-query's JSON below its public API. Whatever it returns must be what
// parseSync says: the same statements, the same byte ranges, the same trees for the kinds kept (less the
// fields asked to be left out), and no answer at all (so the ordinary path reports the error) for text
// the parser rejects.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSync, type Node } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKeptTreesParser, parseKeepingTrees } from '../../src/parse/kept-trees.ts';
import { loadParser, parseStatements } from '../../src/parse/parse-file.ts';

const NEEDS = new Map<string, string[]>([
  ['IndexStmt', []],
  ['AlterTableStmt', []],
  ['TransactionStmt', []],
  ['CreateStmt', ['tableElts', 'constraints']],
  ['CreateTableAsStmt', ['query']],
]);

beforeAll(async () => {
  await Promise.all([loadParser(), loadKeptTreesParser()]);
});

/** What parseSync gives, reduced to what parseKeepingTrees promises. */
function expected(text: string) {
  const byteLength = Buffer.byteLength(text);
  return (parseSync(text).stmts ?? []).map((raw, index) => {
    const start = raw.stmt_location ?? 0;
    const node = raw.stmt as Node | undefined;
    const kind = node && Object.keys(node)[0];
    const omitted = kind ? NEEDS.get(kind) : undefined;
    if (node && kind && omitted) {
      const body = (node as unknown as Record<string, Record<string, unknown>>)[kind];
      for (const field of omitted) delete body[field];
    }
    return {
      index,
      node: omitted ? node : undefined,
      nodeOffset: 0,
      start,
      end: raw.stmt_len ? start + raw.stmt_len : byteLength,
    };
  });
}

const TRICKY = [
  // A string holding the very bytes that mark a statement in the JSON.
  `select '{"stmt":{"IndexStmt":{}}}' as x;\ncreate index i on t (a);`,
  `comment on table t is $$ {"stmt":{"CreateStmt" $$; alter table t add column b int`,
  // Non-ASCII before and inside statements: ranges are bytes, not characters.
  `-- Übersicht 日本語 🎉\ncreate table "tâble" (ß int);\ngrant select on "tâble" to anon;\ncreate index on "tâble" (ß);\n`,
  // No trailing semicolon, trailing comment, empty statements.
  `begin;;\ncreate index concurrently i on t (a) ;\ncommit -- done\n  `,
  `/* only a comment */`,
  `create function f() returns int language sql as $f$ select 1; $f$; create table t (a int); drop table t`,
  // Left-out fields whose values hold brackets, quotes and backslashes inside strings.
  `create table "a}b" (x text default '}{"\\', check (x <> ']'), constraint "c]" unique (x)) with (fillfactor = 70);`,
  `create table if not exists p (a int, b text) partition by range (a);\ncreate table p1 partition of p for values from (1) to (9);`,
  `create table e ();\ncreate table l (like e including all);\ncreate unlogged table u as select '"{' as q with no data;`,
];

describe('parseKeepingTrees', () => {
  it.each(TRICKY.map((text) => [text.slice(0, 40), text]))('agrees with parseSync on %s', (_, text) => {
    expect(parseKeepingTrees(text, NEEDS)).toEqual(expected(text));
  });

  it('agrees with parseSync on every example migration of the repository', () => {
    const folder = path.resolve(import.meta.dirname, '../../examples/clinic-app/supabase/migrations');
    const texts = readdirSync(folder).map((name) => readFileSync(path.join(folder, name), 'utf8'));
    expect(texts.length).toBeGreaterThan(3);
    for (const text of texts) {
      let parses = true;
      try {
        parseSync(text);
      } catch {
        parses = false;
      }
      if (parses) expect(parseKeepingTrees(text, NEEDS)).toEqual(expected(text));
      else expect(parseKeepingTrees(text, NEEDS)).toBeUndefined();
    }
  });

  it('gives no answer for text the parser rejects', () => {
    expect(parseKeepingTrees('create index on t (a);\nselect from where;', NEEDS)).toBeUndefined();
  });

  it('leaves the parse error to the ordinary path, which still locates it', () => {
    const statements = parseStatements('create index i on t (a);\nselect from where;\n', NEEDS);
    expect(statements).toHaveLength(2);
    expect(statements[0].node).toHaveProperty('IndexStmt');
    expect(statements[1].parseProblem?.message).toMatch(/syntax error at or near "where"/);
  });
});
