// The incremental shadow (src/shadow/snapshot.ts): a run that goes on from a snapshot of an earlier run's
// replay must see exactly what a full replay sees: the same replay errors at the same places, the same
// origin for every object, the same lock observation for every statement. Histories are generated from a
// seeded PRNG, then a file is appended, changed or deleted, and the warm run is compared with a cold one.

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig, type Config } from '../../src/config.ts';
import { migrationFileFromBytes } from '../../src/history/migration-files.ts';
import { loadParser } from '../../src/parse/parse-file.ts';
import { openShadow, type ShadowReplayStatus } from '../../src/shadow/index.ts';
import { cacheKey } from '../../src/shadow/pglite.ts';
import { SnapshotCache } from '../../src/shadow/snapshot.ts';
import type { MigrationFile, ObjectKind } from '../../src/types.ts';

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function freshCacheDir(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'scribe-lint-incremental-'));
  folders.push(folder);
  return folder;
}

async function files(texts: readonly string[]): Promise<MigrationFile[]> {
  await loadParser();
  return texts.map((text, index) => {
    const name = `2025010100${String(index).padStart(4, '0')}_m.sql`;
    return migrationFileFromBytes(`/x/${name}`, `supabase/migrations/${name}`, Buffer.from(text));
  });
}

/** sfc32: a small seeded PRNG, so a failing history can be generated again from its seed. */
function random(seed: number): () => number {
  let [a, b, c, d] = [0x9e3779b9, 0x243f6a88, 0xb7e15162, seed];
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/**
 * A history of `count` files: tables with foreign keys, indexes, policies, grants, added and retyped
 * columns (observed locks and rewrites), renames, a session SET that later files depend on, and failing
 * statements (replay errors, and consequences of them).
 */
function randomHistory(seed: number, count: number): string[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const tables: string[] = [];
  let serial = 0;
  const history: string[] = [
    'create schema app;\nset search_path = app, public, extensions;\ncreate table public.base (id bigint primary key, name text);',
  ];
  tables.push('public.base');
  for (let index = 1; index < count; index++) {
    const statements: string[] = [];
    for (let n = 0; n < 2 + Math.floor(next() * 4); n++) {
      serial++;
      const table = pick(tables);
      const choice = next();
      if (choice < 0.25) {
        // unqualified: lands in `app` only because of the SET in the first file
        const name = `t${serial}`;
        statements.push(
          `create table ${name} (\n  id bigint primary key,\n  ref bigint references ${table} (id),\n  note text\n)`,
        );
        tables.push(`app.${name}`);
      } else if (choice < 0.35) statements.push(`create index i${serial} on ${table} (id)`);
      else if (choice < 0.45) statements.push(`alter table ${table} add column c${serial} int default 0`);
      else if (choice < 0.52) statements.push(`alter table ${table} alter column id type numeric`);
      else if (choice < 0.6) {
        statements.push(`alter table ${table} enable row level security`);
        statements.push(`create policy p${serial} on ${table} using (true)`);
      } else if (choice < 0.67) statements.push(`grant select on ${table} to authenticated`);
      else if (choice < 0.72 && table !== 'public.base') {
        const renamed = `r${serial}`;
        statements.push(`alter table ${table} rename to ${renamed}`);
        tables[tables.indexOf(table)] = `${table.slice(0, table.indexOf('.'))}.${renamed}`;
      } else if (choice < 0.8) statements.push(`insert into public.base (id, name) values (${serial}, 'x')`);
      else if (choice < 0.86) statements.push(`create table public.base (id int)`);
      else if (choice < 0.92) {
        statements.push(`create table public.broken${serial} (id nosuchtype)`);
        statements.push(`create index on public.broken${serial} (id)`);
      } else statements.push(`select public.no_such_function_${serial}()`);
    }
    history.push(`-- file ${index}\n${statements.join(';\n')};\n`);
  }
  return history;
}

interface Seen {
  replay: Pick<ShadowReplayStatus, 'filesReplayed' | 'statementsReplayed' | 'errors' | 'incomplete'>;
  origins: string[];
  observed: string[];
}

/** Everything a run shows the rules: replay status, every object's origin, every statement's locks. */
async function replayOf(
  history: MigrationFile[],
  cacheDir: string | false,
  config?: Config,
): Promise<Seen & { restoredFiles: number }> {
  const shadow = await openShadow(history, config && { config }, { cacheDir });
  try {
    const { value } = shadow;
    const objects = await value.connection.query<{ kind: ObjectKind; name: string }>(OBJECTS_SQL);
    const origins = objects.map(
      ({ kind, name }) => `${kind} ${name} ${JSON.stringify(value.locate(kind, name))}`,
    );
    const observed = history.flatMap((file) =>
      file.statements.map(
        (statement) =>
          `${file.name}#${statement.index} ${JSON.stringify(value.observed?.(statement) ?? null)}`,
      ),
    );
    const { filesReplayed, statementsReplayed, errors, incomplete } = value.replay;
    return {
      replay: { filesReplayed, statementsReplayed, errors, incomplete },
      origins,
      observed,
      restoredFiles: value.replay.restoredFiles ?? 0,
    };
  } finally {
    await shadow.close();
  }
}

const OBJECTS_SQL = `
  select case when c.relkind in ('i', 'I') then 'index' else 'table' end as kind, n.nspname || '.' || c.relname as name
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
   where n.nspname in ('public', 'app') and c.relkind in ('r', 'p', 'i', 'I', 'v', 'm')
  union all
  select 'column', n.nspname || '.' || c.relname || '.' || a.attname
    from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
   where n.nspname in ('public', 'app') and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
  union all
  select 'constraint', n.nspname || '.' || c.relname || '.' || con.conname
    from pg_constraint con join pg_class c on c.oid = con.conrelid join pg_namespace n on n.oid = c.relnamespace
   where n.nspname in ('public', 'app')
  union all
  select 'policy', n.nspname || '.' || c.relname || '.' || p.polname
    from pg_policy p join pg_class c on c.oid = p.polrelid join pg_namespace n on n.oid = c.relnamespace
  union all
  select 'grant', n.nspname || '.' || c.relname || ' to authenticated'
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
   where n.nspname in ('public', 'app') and c.relkind = 'r'
  order by 1, 2`;

/** Runs `before` (which writes the snapshots), then `after` warm and cold, and compares them. */
async function expectSameAsCold(before: string[][], after: string[], config?: Config): Promise<number> {
  const cacheDir = freshCacheDir();
  for (const texts of before) await replayOf(await files(texts), cacheDir, config);
  const history = await files(after);
  const warm = await replayOf(history, cacheDir, config);
  const cold = await replayOf(history, false, config);
  expect(cold.restoredFiles).toBe(0);
  const { restoredFiles, ...seen } = warm;
  const { restoredFiles: _none, ...coldSeen } = cold;
  expect(seen).toEqual(coldSeen);
  return restoredFiles;
}

const TIMEOUT = 240_000;

describe('a warm incremental replay is the cold replay', () => {
  for (const seed of [11, 29]) {
    const history = randomHistory(seed, 9);

    it(
      `seed ${seed}: a file appended replays only that file`,
      async () => {
        expect(await expectSameAsCold([history.slice(0, 8)], history)).toBe(8);
      },
      TIMEOUT,
    );

    it(
      `seed ${seed}: a file changed replays from that file on`,
      async () => {
        const changed = [...history];
        changed[6] = `${changed[6]}\ncreate table public.late (id int references public.base (id));`;
        expect(await expectSameAsCold([history.slice(0, 6), history], changed)).toBe(6);
      },
      TIMEOUT,
    );

    it(
      `seed ${seed}: a file deleted replays the files after it`,
      async () => {
        const deleted = history.filter((_, index) => index !== 5);
        expect(await expectSameAsCold([history.slice(0, 5), history], deleted)).toBe(5);
      },
      TIMEOUT,
    );
  }

  it(
    'with on_error = "rollback-file", a failed file before the snapshot stays rolled back after it',
    async () => {
      const config = defaultConfig('/x');
      config.shadow.onError = 'rollback-file';
      const history = [
        'create table public.a (id int primary key);',
        'create table public.b (id int primary key);\ncreate index on public.nope (id);',
        'create index on public.b (id);\nalter table public.a add column n int;',
        'create table public.c (a int references public.a (id));',
      ];
      expect(await expectSameAsCold([history.slice(0, 3)], history, config)).toBe(3);
    },
    TIMEOUT,
  );

  it(
    'the same history again restores all of it and replays nothing',
    async () => {
      const history = randomHistory(5, 4);
      expect(await expectSameAsCold([history], history)).toBe(4);
    },
    TIMEOUT,
  );
});

describe('a snapshot found before the parse', () => {
  it('is taken again after the parse without reading its entry, and only for its own history', async () => {
    const cacheDir = freshCacheDir();
    const history = await files(randomHistory(7, 4));
    await replayOf(history, cacheDir);
    const mode = { standin: cacheKey(), onError: 'skip-statement' as const, observeLocks: true };
    const texts = history.map(({ displayPath, text, applied }) => ({ displayPath, text, applied }));
    const early = new SnapshotCache(cacheDir, texts, mode).find();
    expect(early?.state.files).toBe(4);
    for (const name of readdirSync(cacheDir).filter((entry) => entry.endsWith('.json')))
      rmSync(path.join(cacheDir, name));
    expect(new SnapshotCache(cacheDir, history, mode).find(early)).toBe(early);
    const other = await files([...randomHistory(7, 3), 'select 1;\n']);
    expect(new SnapshotCache(cacheDir, other, mode).find(early)).toBeUndefined();
  });
});

describe('entries that cannot be trusted', () => {
  const history = randomHistory(3, 5);

  it(
    'a snapshot whose data directory was altered is ignored, rebuilt, and the findings are the cold ones',
    async () => {
      const cacheDir = freshCacheDir();
      await replayOf(await files(history.slice(0, 4)), cacheDir);
      const tar = readdirSync(cacheDir).find((name) => /^replay-.*\.tar$/.test(name))!;
      const bytes = readFileSync(path.join(cacheDir, tar));
      bytes[bytes.length >> 1] ^= 0xff;
      writeFileSync(path.join(cacheDir, tar), bytes);
      const warm = await replayOf(await files(history), cacheDir);
      const cold = await replayOf(await files(history), false);
      expect(warm.restoredFiles).toBe(0);
      expect({ ...warm, restoredFiles: 0 }).toEqual(cold);
      // The full replay wrote a sound entry in its place: the next run restores it.
      expect((await replayOf(await files(history), cacheDir)).restoredFiles).toBe(5);
    },
    TIMEOUT,
  );

  it(
    'a foreign entry (another key under this name, or not JSON) is ignored',
    async () => {
      /** A cache folder whose only entry, of the first four files, has been rewritten by `rewrite`. */
      const withEntry = async (rewrite: (entry: { key: string }) => string) => {
        const cacheDir = freshCacheDir();
        await replayOf(await files(history.slice(0, 4)), cacheDir);
        const json = readdirSync(cacheDir).find((name) => /^replay-.*\.json$/.test(name))!;
        const entry = JSON.parse(readFileSync(path.join(cacheDir, json), 'utf8')) as { key: string };
        writeFileSync(path.join(cacheDir, json), rewrite(entry));
        return cacheDir;
      };
      const foreign = await withEntry((entry) => JSON.stringify({ ...entry, key: 'f'.repeat(32) }));
      expect((await replayOf(await files(history), foreign)).restoredFiles).toBe(0);
      const notJson = await withEntry(() => '{ not json');
      const warm = await replayOf(await files(history), notJson);
      expect(warm.restoredFiles).toBe(0);
      expect({ ...warm, restoredFiles: 0 }).toEqual(await replayOf(await files(history), false));
    },
    TIMEOUT,
  );

  it(
    'SCRIBE_LINT_NO_CACHE=1 neither reads nor writes snapshots',
    async () => {
      const cacheDir = freshCacheDir();
      process.env.SCRIBE_LINT_NO_CACHE = '1';
      try {
        await replayOf(await files(history), cacheDir);
      } finally {
        delete process.env.SCRIBE_LINT_NO_CACHE;
      }
      expect(readdirSync(cacheDir)).toEqual([]);
    },
    TIMEOUT,
  );
});

describe('the replay prepares its own queries', () => {
  it(
    "a migration's DEALLOCATE ALL costs the replay nothing, and the objects after it keep their origin",
    async () => {
      const history = await files([
        'prepare mine as select 1;\ndeallocate all;\ncreate table public.after (id int primary key);',
        'alter table public.after add column note text;',
      ]);
      const seen = await replayOf(history, false);
      expect(seen.replay.errors).toEqual([]);
      const origin = seen.origins.find((line) => line.startsWith('table public.after '));
      expect(JSON.parse(origin!.slice('table public.after '.length))).toMatchObject({
        file: history[0].displayPath,
        line: 3,
      });
    },
    TIMEOUT,
  );
});
