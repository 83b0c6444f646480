// Starting the embedded shadow database. A cold start runs initdb inside WASM and then the Supabase
// stand-in, which costs about two seconds; the bootstrapped data directory is therefore cached on disk
// (keyed by the PGlite version and the stand-in SQL) and later starts load it instead. Any problem with the
// cache (unreadable, corrupt, a full disk) falls back to a cold start: the cache only ever saves time.
//
// The database lives in PGlite's in-memory file system, never in a host directory, so the untrusted
// migration SQL it replays (COPY ... FROM, pg_read_file, lo_import) cannot reach host files.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Extension, PGlite } from '@electric-sql/pglite';
import { SUPABASE_STANDIN_SQL } from './supabase-standin.ts';

export interface ShadowDatabase {
  db: PGlite;
  startMs: number;
  /** True when the bootstrapped data directory came from the cache. */
  warmStart: boolean;
}

export interface StartOptions {
  /** Extensions the migrations create that PGlite ships (loaded in addition to pgcrypto and uuid-ossp). */
  extensions?: readonly string[];
  /** Overrides the cache folder; `false` disables the cache. Default: env, then the OS cache dir. */
  cacheDir?: string | false;
}

/**
 * Session settings for every shadow session: UTC so partition bounds print the same everywhere; no commit
 * waits for its WAL, since the shadow is thrown away (each replayed statement is its own commit).
 */
const SESSION_SETUP = `set time zone 'UTC'; set search_path = "$user", public, extensions; set synchronous_commit = off;`;

export async function startShadowDatabase(options: StartOptions = {}): Promise<ShadowDatabase> {
  const started = performance.now();
  const { PGlite } = await import('@electric-sql/pglite');
  const extensions = await loadExtensions(options.extensions ?? []);
  const cacheFile = cachePath(options.cacheDir);
  for (const file of [cacheFile, seedPath()]) {
    const saved = file ? readSaved(file) : undefined;
    if (!saved) continue;
    try {
      const db = await PGlite.create({ loadDataDir: saved, extensions });
      await db.exec(SESSION_SETUP);
      return { db, startMs: performance.now() - started, warmStart: true };
    } catch {
      // A stale or damaged cache: drop it and build a fresh one below. A damaged seed is left alone.
      if (file === cacheFile && file) removeQuietly(file);
    }
  }
  const db = await PGlite.create({ extensions });
  await db.exec(SUPABASE_STANDIN_SQL);
  if (cacheFile) await writeCache(db, cacheFile);
  await db.exec(SESSION_SETUP);
  return { db, startMs: performance.now() - started, warmStart: false };
}

type ExtensionLoader = () => Promise<Extension>;

/**
 * Contrib extensions PGlite ships, by the name CREATE EXTENSION uses. Written out (not a template import)
 * so a bundler can see every module.
 */
const CONTRIB: Record<string, ExtensionLoader> = {
  pgcrypto: async () => (await import('@electric-sql/pglite/contrib/pgcrypto')).pgcrypto,
  'uuid-ossp': async () => (await import('@electric-sql/pglite/contrib/uuid_ossp')).uuid_ossp,
  citext: async () => (await import('@electric-sql/pglite/contrib/citext')).citext,
  pg_trgm: async () => (await import('@electric-sql/pglite/contrib/pg_trgm')).pg_trgm,
  btree_gist: async () => (await import('@electric-sql/pglite/contrib/btree_gist')).btree_gist,
  btree_gin: async () => (await import('@electric-sql/pglite/contrib/btree_gin')).btree_gin,
  hstore: async () => (await import('@electric-sql/pglite/contrib/hstore')).hstore,
  ltree: async () => (await import('@electric-sql/pglite/contrib/ltree')).ltree,
  unaccent: async () => (await import('@electric-sql/pglite/contrib/unaccent')).unaccent,
  fuzzystrmatch: async () => (await import('@electric-sql/pglite/contrib/fuzzystrmatch')).fuzzystrmatch,
  moddatetime: async () => (await import('@electric-sql/pglite/contrib/moddatetime')).moddatetime,
  intarray: async () => (await import('@electric-sql/pglite/contrib/intarray')).intarray,
  cube: async () => (await import('@electric-sql/pglite/contrib/cube')).cube,
  earthdistance: async () => (await import('@electric-sql/pglite/contrib/earthdistance')).earthdistance,
  tablefunc: async () => (await import('@electric-sql/pglite/contrib/tablefunc')).tablefunc,
  isn: async () => (await import('@electric-sql/pglite/contrib/isn')).isn,
  seg: async () => (await import('@electric-sql/pglite/contrib/seg')).seg,
};

export function isShippedExtension(name: string): boolean {
  return Object.hasOwn(CONTRIB, name);
}

async function loadExtensions(requested: readonly string[]): Promise<Record<string, Extension>> {
  const names = new Set(['pgcrypto', 'uuid-ossp', ...requested.filter(isShippedExtension)]);
  const loaded: Record<string, Extension> = {};
  for (const name of names) loaded[name.replace('-', '_')] = await CONTRIB[name]();
  return loaded;
}

/** The cache file for this PGlite build and this stand-in, or undefined when caching is off. */
function cachePath(override: string | false | undefined): string | undefined {
  if (override === false || process.env.SCRIBE_LINT_NO_CACHE === '1') return undefined;
  const dir =
    override ??
    process.env.SCRIBE_LINT_CACHE_DIR ??
    path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'scribe-lint');
  return path.join(dir, `shadow-${cacheKey()}.tar`);
}

function cacheKey(): string {
  return createHash('sha256')
    .update(pgliteVersion())
    .update('\0')
    .update(SUPABASE_STANDIN_SQL)
    .digest('hex')
    .slice(0, 16);
}

/**
 * A bootstrapped data directory shipped beside the bundle (see writeShadowSeed), so even the first run on
 * a fresh CI runner skips initdb. Its name carries the key: a seed from another build is never used.
 */
function seedPath(): string | undefined {
  if (process.env.SCRIBE_LINT_NO_CACHE === '1') return undefined;
  const dir = process.env.SCRIBE_LINT_SEED_DIR ?? path.dirname(fileURLToPath(import.meta.url));
  return path.join(dir, seedFileName());
}

export function seedFileName(): string {
  return `shadow-seed-${cacheKey()}.tar.gz`;
}

/** Builds the seed for the build step: `await writeShadowSeed(path.join('dist', seedFileName()))`. */
export async function writeShadowSeed(file: string): Promise<void> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create({ extensions: await loadExtensions([]) });
  try {
    await db.exec(SUPABASE_STANDIN_SQL);
    const dump = await db.dumpDataDir('gzip');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, new Uint8Array(await dump.arrayBuffer()));
  } finally {
    await db.close();
  }
}

let version: string | undefined;

function pgliteVersion(): string {
  if (version) return version;
  try {
    const require = createRequire(import.meta.url);
    const entry = require.resolve('@electric-sql/pglite');
    const manifest = path.join(path.dirname(entry), '..', 'package.json');
    version = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  } catch {
    // A bundle without the manifest beside it: key on the stand-in alone and let a failed load rebuild.
    version = 'unknown';
  }
  return version;
}

function readSaved(file: string): Blob | undefined {
  try {
    return new Blob([readFileSync(file)]);
  } catch {
    return undefined;
  }
}

/** Writes the bootstrapped data directory next to its final name, then renames: readers never see half. */
async function writeCache(db: PGlite, file: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const dump = await db.dumpDataDir('none');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temporary, new Uint8Array(await dump.arrayBuffer()));
    renameSync(temporary, file);
  } catch {
    removeQuietly(temporary);
  }
}

function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // nothing to do: the next run tries again
  }
}
