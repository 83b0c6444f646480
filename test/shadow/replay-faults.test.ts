// Shadow replays that used to lose the report: statements that break the embedded server, a failing
// CREATE DOMAIN, malformed limits, and the overall budget (scribe-lint issues 9 and 16).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { migrationFileFromBytes } from '../../src/history/migration-files.ts';
import { loadParser } from '../../src/parse/parse-file.ts';
import { openShadow } from '../../src/shadow/index.ts';
import { shadowLimits } from '../../src/shadow/pglite.ts';
import { UsageError } from '../../src/errors.ts';
import type { MigrationFile } from '../../src/types.ts';

const cacheDir = mkdtempSync(path.join(tmpdir(), 'scribe-lint-cache-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

async function files(...texts: string[]): Promise<MigrationFile[]> {
  await loadParser();
  return texts.map((text, index) =>
    migrationFileFromBytes(`/x/2025010100000${index}_m.sql`, `m${index}.sql`, Buffer.from(text)),
  );
}

async function replayed(...texts: string[]) {
  const shadow = await openShadow(await files(...texts), undefined, { cacheDir });
  try {
    const { replay, connection } = shadow.value;
    const tables = await connection.query<{ relname: string }>(
      "select relname from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r' order by relname",
    );
    return {
      errors: replay.errors.map(
        (error) => `${error.location.line}:${error.location.column} ${error.message}`,
      ),
      incomplete: replay.incomplete,
      tables: tables.map((row) => row.relname),
    };
  } finally {
    await shadow.close();
  }
}

const SKIPPED = 'it was skipped and the replay went on without it';

describe('statements that break the embedded server', () => {
  it('an encoding conversion PGlite lacks is a replay error, and the replay goes on', async () => {
    const result = await replayed(
      "create table public.before (id int);\nselect convert('ABC'::bytea, 'UTF8', 'EUC_JP');\ncreate table public.after (id int);",
    );
    expect(result).toEqual({
      errors: [
        `2:1 stopped the shadow database (the embedded database stopped returning results); ${SKIPPED}`,
      ],
      incomplete: undefined,
      tables: ['after', 'before'],
    });
  });

  it('an endlessly recursive SQL function is a replay error, and the function itself still exists', async () => {
    const shadow = await openShadow(
      await files(
        "create function public.f() returns int language sql as 'select public.f()';\nselect public.f();\ncreate table public.after (id int);",
      ),
      undefined,
      { cacheDir },
    );
    try {
      const { replay, connection } = shadow.value;
      expect(replay.errors.map((error) => `${error.location.line} ${error.message}`)).toEqual([
        `2 stopped the shadow database (the embedded database broke (ERRORDATA_STACK_SIZE exceeded)); ${SKIPPED}`,
      ]);
      const functions = await connection.query<{ proname: string }>(
        "select proname from pg_proc where proname = 'f' and pronamespace = 'public'::regnamespace",
      );
      expect(functions).toEqual([{ proname: 'f' }]);
      expect(await connection.query("select 1 from pg_class where relname = 'after'")).toHaveLength(1);
    } finally {
      await shadow.close();
    }
  });

  it('COPY ... TO PROGRAM followed by more statements: one replay error, every later statement replayed', async () => {
    const result = await replayed(
      "copy (select 1) to program 'id';\ncreate table public.a (id int primary key);",
      'create table public.b (id int);\ncreate table public.c (id int references public.a (id));',
    );
    expect(result).toEqual({
      errors: [
        `1:1 stopped the shadow database (the embedded database stopped returning results); ${SKIPPED}`,
      ],
      incomplete: undefined,
      tables: ['a', 'b', 'c'],
    });
  });
});

describe('failing statements of every shape', () => {
  it('a CREATE DOMAIN on a missing type, and a duplicate domain, are replay errors, not internal errors', async () => {
    const result = await replayed(
      'create domain public.d as nosuchtype;\ncreate domain public.e as text;\ncreate domain public.e as text;\ncreate table public.t (id int);',
    );
    expect(result).toEqual({
      errors: ['1:27 type "nosuchtype" does not exist', '3:1 type "e" already exists'],
      incomplete: undefined,
      tables: ['t'],
    });
  });

  it('reads the names of every kind of failed CREATE without tripping over its shape', async () => {
    const failing = [
      "create type public.mood as enum ('a', 'a')",
      'create type public.span as range (subtype = nosuchtype)',
      'create type public.pair as (a nosuchtype)',
      'create aggregate public.agg (nosuchtype) (sfunc = nosuchfn, stype = int)',
      'create function nosuchschema.f() returns int language sql as $$ select 1 $$',
      'create foreign table public.ft (id int) server nosuchserver',
      'create sequence public.s as nosuchtype',
      'create view public.v as select * from public.nosuchtable',
      'create materialized view public.mv as select * from public.nosuchtable',
      'create table public.t2 as select * from public.nosuchtable',
      'create index i on public.nosuchtable (id)',
      'alter table public.nosuchtable add column c int',
      'create schema public',
      'create extension nosuch_extension',
      'create trigger tr after insert on public.nosuchtable for each row execute function public.nosuchfn()',
      'create policy p on public.nosuchtable using (true)',
      "comment on table public.nosuchtable is 'x'",
      'create rule r as on insert to public.nosuchtable do nothing',
      'create table public.t (id nosuchtype)',
    ];
    const result = await replayed(`${failing.join(';\n')};\ncreate table public.ok (id int);`);
    expect(result.errors, result.errors.join('\n')).toHaveLength(failing.length);
    expect(result.errors.join('\n')).not.toMatch(/internal error|is not a function/);
    expect(result.tables).toEqual(['ok']);
  });
});

describe('the overall budget', () => {
  it('says which file and statement the replay reached', async () => {
    const shadow = await openShadow(
      await files(
        'create table public.a (id int);',
        'create table public.b (id int);\nselect pg_sleep(1e9);',
      ),
      undefined,
      { cacheDir, limits: { statementMs: 60_000, totalMs: 4_000 } },
    );
    try {
      expect(shadow.value.replay.incomplete).toBe(true);
      expect(shadow.value.replay.errors).toEqual([
        {
          location: { file: 'm1.sql', line: 2, column: 1, endLine: 2, endColumn: 21 },
          message:
            'the shadow replay did not finish within its overall limit of 4 s: it reached m1.sql, statement 2 (line 2); schema rules were not run on the incomplete shadow',
          endsReplay: true,
        },
      ]);
    } finally {
      await shadow.close();
    }
  });
});

describe('limits from the environment', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env.SCRIBE_LINT_SHADOW_TIMEOUT_MS = saved.SCRIBE_LINT_SHADOW_TIMEOUT_MS;
    process.env.SCRIBE_LINT_SHADOW_BUDGET_MS = saved.SCRIBE_LINT_SHADOW_BUDGET_MS;
    if (saved.SCRIBE_LINT_SHADOW_TIMEOUT_MS === undefined) delete process.env.SCRIBE_LINT_SHADOW_TIMEOUT_MS;
    if (saved.SCRIBE_LINT_SHADOW_BUDGET_MS === undefined) delete process.env.SCRIBE_LINT_SHADOW_BUDGET_MS;
  });

  it.each([
    ['SCRIBE_LINT_SHADOW_TIMEOUT_MS', 'abc'],
    ['SCRIBE_LINT_SHADOW_TIMEOUT_MS', '0'],
    ['SCRIBE_LINT_SHADOW_BUDGET_MS', '-5'],
    ['SCRIBE_LINT_SHADOW_BUDGET_MS', '1.5'],
  ])('%s=%s is a usage error naming the variable', (name, value) => {
    process.env[name] = value;
    expect(() => shadowLimits()).toThrowError(
      new UsageError(`${name} must be a whole number of milliseconds above 0, got "${value}"`),
    );
  });

  it('takes a valid value, and an empty one means the default', () => {
    process.env.SCRIBE_LINT_SHADOW_TIMEOUT_MS = '2500';
    process.env.SCRIBE_LINT_SHADOW_BUDGET_MS = '';
    expect(shadowLimits()).toEqual({ statementMs: 2500, totalMs: 60_000 });
  });

  it('is checked before the shadow starts', async () => {
    process.env.SCRIBE_LINT_SHADOW_BUDGET_MS = 'abc';
    await expect(openShadow(await files('select 1'), undefined, { cacheDir })).rejects.toThrowError(
      'SCRIBE_LINT_SHADOW_BUDGET_MS must be a whole number of milliseconds above 0, got "abc"',
    );
  });
});
