// The benchmark's corpus shapes (bench/corpus.mjs): each is 200 files / 80,000 statements, the same bytes
// on every run, and weighted as its name says, so `npm run bench` compares like with like on each.

import { createHash } from 'node:crypto';
import { loadModule, parseSync } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';

interface CorpusFile {
  name: string;
  text: string;
  statements: number;
}
interface CorpusModule {
  SHAPE_NAMES: string[];
  FILE_COUNT: number;
  STATEMENT_COUNT: number;
  generateCorpus(shape: string): CorpusFile[];
}

const corpus = (await import('../../bench/corpus.mjs' as string)) as CorpusModule;
const generated = new Map(corpus.SHAPE_NAMES.map((shape) => [shape, corpus.generateCorpus(shape)]));

interface ParsedStatement {
  file: string;
  kind: string;
  /** The statement's text without its semicolon, as the parser cuts it. */
  sql: string;
}
const parsed = new Map<string, ParsedStatement[]>();

/** Every top-level statement of a shape, with its node type (parsed once per shape: it takes seconds). */
function statementsOf(shape: string): ParsedStatement[] {
  if (!parsed.has(shape)) {
    const all = generated.get(shape)!.flatMap((file) => {
      const bytes = Buffer.from(file.text);
      return (parseSync(file.text).stmts ?? []).map((raw) => {
        const start = raw.stmt_location ?? 0;
        const sql = bytes.toString('utf8', start, raw.stmt_len ? start + raw.stmt_len : bytes.length);
        return { file: file.name, kind: Object.keys(raw.stmt ?? {})[0], sql };
      });
    });
    parsed.set(shape, all);
  }
  return parsed.get(shape)!;
}

beforeAll(() => loadModule());

it('has the shapes the benchmark reports on', () => {
  expect(corpus.SHAPE_NAMES).toEqual(['static', 'tables', 'alter']);
});

describe.each(['static', 'tables', 'alter'])('shape %s', (shape) => {
  it('is 200 files and 80,000 statements as the parser counts them, in runner order', () => {
    const files = generated.get(shape)!;
    expect(files).toHaveLength(corpus.FILE_COUNT);
    const names = files.map((file) => file.name);
    expect([...names].sort()).toEqual(names);
    expect(new Set(names.map((name) => name.slice(0, 14))).size).toBe(files.length);
    const counted = new Map<string, number>();
    for (const statement of statementsOf(shape))
      counted.set(statement.file, (counted.get(statement.file) ?? 0) + 1);
    for (const file of files) expect(counted.get(file.name), file.name).toBe(file.statements);
    expect(statementsOf(shape)).toHaveLength(corpus.STATEMENT_COUNT);
  });

  it('is the same bytes every time it is generated', () => {
    const hash = (files: CorpusFile[]) =>
      createHash('sha256')
        .update(files.map((file) => `${file.name}\0${file.text}`).join('\0'))
        .digest('hex');
    expect(hash(corpus.generateCorpus(shape))).toBe(hash(generated.get(shape)!));
  });
});

it('weights the statements differently in each shape', () => {
  const share = (shape: string, kind: string) => {
    const all = statementsOf(shape);
    return all.filter((statement) => statement.kind === kind).length / all.length;
  };
  // The mixed history has a bit of everything; `alter` is mostly ALTER TABLE; `tables` mostly what a
  // hand-written table migration holds (its grants and policies outnumber its ALTER TABLEs).
  expect(share('alter', 'AlterTableStmt')).toBeGreaterThan(0.6);
  expect(share('static', 'AlterTableStmt')).toBeLessThan(0.4);
  expect(share('tables', 'AlterTableStmt')).toBeLessThan(0.2);
  expect(share('tables', 'CreateStmt')).toBeGreaterThan(share('static', 'CreateStmt'));
  expect(share('tables', 'CreateTrigStmt')).toBeGreaterThan(share('static', 'CreateTrigStmt'));
});

it('gives every table of `tables` inline references, RLS, a policy, a concurrent index, a comment, a trigger function, its trigger and a grant', () => {
  const statements = statementsOf('tables');
  const tables = statements
    .filter((statement) => statement.kind === 'CreateStmt')
    .map((statement) => /create table if not exists (public\.\w+)/.exec(statement.sql)![1]);
  expect(tables.length).toBeGreaterThan(1000);
  const byTable = new Map(tables.map((table) => [table, [] as string[]]));
  for (const { sql } of statements) {
    // The first table a statement names (`public.x_12_touch()` names public.x_12).
    const table = /(public\.[a-z_]+_\d+)(?!\d)/.exec(sql)?.[1];
    if (table) byTable.get(table)?.push(sql);
  }
  tables.forEach((table, index) => {
    const sql = byTable.get(table)!.join('\n');
    expect(sql, table).toMatch(/references auth\.users \(id\)/);
    if (index > 0) expect(sql, table).toMatch(/references public\.\w+ \(id\)/);
    expect(sql, table).toContain(`alter table ${table} enable row level security`);
    expect(sql, table).toMatch(new RegExp(`create policy "[^"]+" on ${table}\\b`));
    expect(sql, table).toMatch(new RegExp(`create index concurrently if not exists \\w+ on ${table}\\b`));
    expect(sql, table).toContain(`comment on table ${table} is`);
    expect(sql, table).toContain(`create or replace function ${table}_touch()`);
    expect(sql, table).toMatch(new RegExp(`create trigger \\w+\\s+before update on ${table}\\b`));
    expect(sql, table).toMatch(new RegExp(`grant [a-z, ]+ on table ${table} to authenticated`));
  });
});

it('gives `alter` large security definer functions', () => {
  // Besides the trigger functions of the few tables it starts with.
  const functions = statementsOf('alter').filter(
    (statement) => statement.kind === 'CreateFunctionStmt' && !statement.sql.includes('returns trigger'),
  );
  expect(functions.length).toBeGreaterThan(1000);
  for (const { sql } of functions) {
    expect(sql).toContain('security definer');
    expect(sql.split('\n').length).toBeGreaterThanOrEqual(50);
  }
});
