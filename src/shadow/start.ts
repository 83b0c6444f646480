// Starting PGlite inside the shadow worker. A cold start runs initdb inside WASM and then the Supabase
// stand-in, which costs about two seconds; so a saved, already bootstrapped data directory is loaded when
// there is one: the user's cache first, then the seed shipped beside the bundle. Any problem with a saved
// directory (unreadable, corrupt, from another build) falls back to a cold start: they only save time.
//
// The database lives in PGlite's in-memory file system, never in a host directory, so the untrusted
// migration SQL it replays (COPY ... FROM, pg_read_file, lo_import) cannot reach host files.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { PGlite, type Extension, type PGliteOptions } from '@electric-sql/pglite';
import { PreloadedMemoryFS, readDataDirTar } from './data-dir.ts';
import { PRELOADED_LIBRARIES } from './extensions.ts';
import type { SnapshotData, StartPlan } from './protocol.ts';
import { standinInstaller } from './standin/extensions.ts';
import { SUPABASE_STANDIN_SQL } from './supabase-standin.ts';

/**
 * Session settings for every shadow session: UTC so partition bounds print the same everywhere; no commit
 * waits for its WAL, since the shadow is thrown away (each replayed statement is its own commit).
 */
const SESSION_SETUP = `set time zone 'UTC'; set search_path = "$user", public, extensions; set synchronous_commit = off;`;

/**
 * PostgreSQL's start parameters: PGlite's own, with 16 MB of shared buffers instead of 128 MB. The data
 * directory already lives in memory, so a smaller buffer pool only trades a page copy for a page copy,
 * and it took about 120 MB off every run's peak memory.
 */
const START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

/** A running shadow PostgreSQL and the file system its data directory lives in. */
interface Session {
  db: PGlite;
  fs: PreloadedMemoryFS;
}

export interface Started extends Session {
  warmStart: boolean;
  /** True when the plan's snapshot (a replayed prefix of the history) was loaded. */
  restored: boolean;
}

/** What the worker loaded before the start plan came (worker.ts); PGlite loads whatever is missing. */
export interface Runtime {
  wasmModule?: WebAssembly.Module;
  fsBundle?: Blob;
}

export async function startPGlite(
  plan: StartPlan,
  loading: Runtime | Promise<Runtime> = {},
): Promise<Started> {
  // Read and checked while PostgreSQL's WASM may still be compiling (in V8's own threads).
  const snapshot = plan.snapshot && verifiedSnapshot(plan.snapshot);
  const runtime = await loading;
  const options = pgliteOptions(extensionsAt(plan.extensions), runtime);
  const restored = snapshot && (await restoreSnapshot(snapshot, options));
  if (restored) return { ...restored, warmStart: true, restored: true };
  const saved: [string | undefined, (bytes: Buffer) => Buffer][] = [
    [plan.cacheFile, (bytes) => bytes],
    [plan.seedFile, (bytes) => gunzipSync(bytes)],
  ];
  for (const [file, unpack] of saved) {
    const tar = file ? readQuietly(file, unpack) : undefined;
    if (!tar) continue;
    try {
      const session = await startFrom(tar, options);
      await session.db.exec(SESSION_SETUP);
      return { ...session, warmStart: true, restored: false };
    } catch {
      // A stale or damaged cache: drop it and build a fresh one below. A damaged seed is left alone.
      if (plan.cacheFile && file === plan.cacheFile) removeQuietly(plan.cacheFile);
    }
  }
  const fs = new PreloadedMemoryFS(PGlite.paths.PGDATA, undefined);
  const db = await bootstrap({ ...pgliteOptions(extensionsAt(plan.bootstrapExtensions), runtime), fs });
  if (plan.cacheFile) await writeCache(db, plan.cacheFile);
  await db.exec(SESSION_SETUP);
  return { db, fs, warmStart: false, restored: false };
}

/** Starts on a snapshot's data directory (checked by verifiedSnapshot); undefined when it does not start. */
async function restoreSnapshot(tar: Uint8Array, options: PGliteOptions): Promise<Session | undefined> {
  let session: Session | undefined;
  try {
    session = await startFrom(tar, options);
    await session.db.exec(SESSION_SETUP);
    return session;
  } catch {
    await session?.db.close().catch(() => undefined);
    return undefined;
  }
}

/**
 * The snapshot's tar, only when its bytes are exactly the ones its entry recorded: a truncated or altered
 * tar could load and silently hold another schema.
 */
function verifiedSnapshot(snapshot: SnapshotData): Uint8Array | undefined {
  try {
    const bytes = readFileSync(snapshot.file);
    if (bytes.length !== snapshot.bytes || sha256(bytes) !== snapshot.sha256) return undefined;
    return bytes;
  } catch {
    return undefined;
  }
}

/**
 * Starts PGlite on a saved data directory (data-dir.ts: its files stay views into `tar`). A tar that is
 * not a data directory fails here, before PGlite could mistake an empty directory for a new database.
 */
async function startFrom(tar: Uint8Array, options: PGliteOptions): Promise<Session> {
  const entries = readDataDirTar(tar);
  if (!entries) throw new Error('the saved data directory is not a PGlite data directory');
  const fs = new PreloadedMemoryFS(PGlite.paths.PGDATA, entries);
  return { db: await PGlite.create({ ...options, fs }), fs };
}

/** The options of every shadow PGlite: the extensions, the start parameters, what the worker loaded. */
function pgliteOptions(extensions: Record<string, Extension>, runtime: Runtime): PGliteOptions {
  return {
    extensions,
    startParams: START_PARAMS,
    ...(runtime.wasmModule && { pgliteWasmModule: runtime.wasmModule }),
    ...(runtime.fsBundle && { fsBundle: runtime.fsBundle }),
  };
}

/**
 * Shuts the shadow down and writes its data directory as a snapshot's tar (through a temporary name, so
 * a reader never sees half of it). Returns what the entry records.
 */
export async function dumpSnapshot(
  session: Session,
  file: string,
): Promise<{ bytes: number; sha256: string }> {
  const bytes = await session.fs.closeAndDump(session.db);
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temporary, bytes);
    renameSync(temporary, file);
  } catch (error) {
    removeQuietly(temporary);
    throw error;
  }
  return { bytes: bytes.length, sha256: sha256(bytes) };
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A fresh data directory with the Supabase stand-in applied: what the cache and the seed hold. */
export async function bootstrap(options: PGliteOptions): Promise<PGlite> {
  const db = await PGlite.create({ startParams: START_PARAMS, ...options });
  await db.exec(SUPABASE_STANDIN_SQL);
  return db;
}

/**
 * The extensions PGlite loads at start: the real builds' tarballs the main thread resolved (PGlite's own
 * extension modules find theirs at `../<name>.tar.gz` from the module, which in a bundle points outside
 * dist/, so PGlite is handed exactly those paths), with the libraries that must be preloaded; and the
 * stand-in extensions' files.
 */
export function extensionsAt(tarballs: Record<string, string>): Record<string, Extension> {
  const extensions: Record<string, Extension> = { scribe_lint_standins: standinInstaller() };
  for (const [name, file] of Object.entries(tarballs)) {
    const bundlePath = pathToFileURL(file);
    const sharedPreloadLibraries = PRELOADED_LIBRARIES.has(name) ? [name] : [];
    extensions[name] = { name, setup: async () => ({ bundlePath, sharedPreloadLibraries }) };
  }
  return extensions;
}

function readQuietly(file: string, unpack: (bytes: Buffer) => Buffer): Uint8Array | undefined {
  try {
    return unpack(readFileSync(file));
  } catch {
    return undefined;
  }
}

/** Writes the bootstrapped data directory next to its final name, then renames: readers never see half. */
async function writeCache(db: PGlite, file: string): Promise<void> {
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
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
