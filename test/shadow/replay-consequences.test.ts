// What a failure hides and what it leaves behind: consequences judged by what failed, the runner's
// rollback of a failing file (`[shadow] on_error = "rollback-file"`), and the word about stand-ins.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig, type Config } from '../../src/config.ts';
import { migrationFileFromBytes } from '../../src/history/migration-files.ts';
import { loadParser } from '../../src/parse/parse-file.ts';
import { openShadow } from '../../src/shadow/index.ts';
import type { MigrationFile } from '../../src/types.ts';

const cacheDir = mkdtempSync(path.join(tmpdir(), 'scribe-lint-cache-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

async function files(...texts: string[]): Promise<MigrationFile[]> {
  await loadParser();
  return texts.map((text, index) =>
    migrationFileFromBytes(`/x/2025010100000${index}_m.sql`, `m${index}.sql`, Buffer.from(text)),
  );
}

async function errorsOf(texts: string[], config?: Config): Promise<string[]> {
  const shadow = await openShadow(await files(...texts), config && { config }, { cacheDir });
  try {
    return shadow.value.replay.errors.map(
      (error) => `${error.location.file}:${error.location.line} ${error.message}`,
    );
  } finally {
    await shadow.close();
  }
}

describe('consequences, by what failed', () => {
  it('a typo after an unrelated failed extension is still reported', async () => {
    expect(
      await errorsOf([
        'create extension if not exists nosuch_ext with schema extensions;',
        'select public.no_such_function();',
      ]),
    ).toEqual([
      'm0.sql:1 extension "nosuch_ext" is not available',
      'm1.sql:1 function public.no_such_function() does not exist',
    ]);
  });

  it('hides what the failed extension would have made (its type, functions in its schema), not the rest', async () => {
    expect(
      await errorsOf([
        'create extension nosuch_ext with schema extensions;\ncreate table public.items (id int, v nosuch_ext);',
        'select extensions.nosuch_helper(1);\ncreate table public.places (id int, at geometry(point));',
      ]),
    ).toEqual([
      'm0.sql:1 extension "nosuch_ext" is not available',
      'm1.sql:2 type "geometry" does not exist',
    ]);
  });

  it('hides what a failed CREATE would have made, by name, and nothing else', async () => {
    expect(
      await errorsOf([
        'create table public.notes (id int references public.clinets (id));\ncreate index on public.notes (id);\nselect * from public.other_missing;',
      ]),
    ).toEqual([
      'm0.sql:1 relation "public.clinets" does not exist',
      'm0.sql:3 relation "public.other_missing" does not exist',
    ]);
  });

  it('a DO block that raises after a failed extension: a consequence only when it is about that extension', async () => {
    expect(
      await errorsOf([
        'create extension nosuch_ext;',
        "do $$ begin if not exists (select 1 from pg_extension where extname = 'nosuch_ext') then raise exception 'missing'; end if; end $$;",
        "do $$ begin raise exception 'unrelated check failed'; end $$;",
      ]),
    ).toEqual(['m0.sql:1 extension "nosuch_ext" is not available', 'm2.sql:1 unrelated check failed']);
  });
});

describe('[shadow] on_error', () => {
  const history = [
    'create table public.a (id int primary key);\ncreate table public.b (id int references public.nope (id));\ncreate table public.c (id int primary key);',
    'create index concurrently a_id on public.a (id);',
    'create table public.d (id int);\ncreate table public.e (id int references public.c (id));',
    'create table public.f (id int);',
  ];

  async function tablesAfter(onError: Config['shadow']['onError']) {
    const config = { ...defaultConfig(), shadow: { onError } };
    const shadow = await openShadow(await files(...history), { config }, { cacheDir });
    try {
      const rows = await shadow.value.connection.query<{ relname: string }>(
        "select relname from pg_class where relnamespace = 'public'::regnamespace and relkind in ('r', 'i') order by relname",
      );
      return {
        tables: rows.map((row) => row.relname),
        errors: shadow.value.replay.errors.map(
          (error) => `${error.location.file}:${error.location.line} ${error.message}`,
        ),
      };
    } finally {
      await shadow.close();
    }
  }

  it('rollback-file leaves nothing of a file with a failing statement; later files replay on that state', async () => {
    expect(await tablesAfter('rollback-file')).toEqual({
      // Nothing of m0 exists (a rolled back, c never ran: the deploy stops there); the index on a and
      // the reference to c then fail as consequences, not reported, and take m2 (d) with them; m3 replays.
      tables: ['f'],
      errors: ['m0.sql:2 relation "public.nope" does not exist'],
    });
  });

  it('skip-statement (the default) keeps the rest of the file, so it is still judged', async () => {
    expect(await tablesAfter('skip-statement')).toEqual({
      tables: ['a', 'a_id', 'a_pkey', 'c', 'c_pkey', 'd', 'e', 'f'],
      errors: ['m0.sql:2 relation "public.nope" does not exist'],
    });
  });

  it('rollback-file keeps a file that succeeds, CONCURRENTLY included', async () => {
    const config = { ...defaultConfig(), shadow: { onError: 'rollback-file' as const } };
    const shadow = await openShadow(
      await files('create table public.a (id int);', 'create index concurrently a_id on public.a (id);'),
      { config },
      { cacheDir },
    );
    try {
      expect(shadow.value.replay.errors).toEqual([]);
      const rows = await shadow.value.connection.query<{ relname: string }>(
        "select relname from pg_class where relname in ('a', 'a_id') order by relname",
      );
      expect(rows).toEqual([{ relname: 'a' }, { relname: 'a_id' }]);
    } finally {
      await shadow.close();
    }
  });

  it('under runner = "psql" every statement stands alone, whatever on_error says', async () => {
    const config: Config = { ...defaultConfig(), runner: 'psql', shadow: { onError: 'rollback-file' } };
    const shadow = await openShadow(await files(history[0]), { config }, { cacheDir });
    try {
      const rows = await shadow.value.connection.query<{ relname: string }>(
        "select relname from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r' order by relname",
      );
      expect(rows.map((row) => row.relname)).toEqual(['a', 'c']);
    } finally {
      await shadow.close();
    }
  });
});

describe('failures that involve a stand-in', () => {
  it('say that the shadow only emulates the object', async () => {
    expect(await errorsOf(['select auth.no_such_helper();', 'select public.no_such_helper();'])).toEqual([
      'm0.sql:1 function auth.no_such_helper() does not exist (this involves the auth schema, which the shadow emulates with a stand-in: Supabase may have what it lacks)',
      'm1.sql:1 function public.no_such_helper() does not exist',
    ]);
  });
});
