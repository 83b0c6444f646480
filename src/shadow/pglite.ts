// The shadow database as the main thread sees it: PGlite running in a worker thread (worker.ts), reached
// by messages, with a time limit on every request. When a request runs past its limit the worker is
// terminated, since nothing else can stop WASM in the middle of a statement, and the request fails with
// ShadowStopped. The replay turns that into a replay-error (index.ts).
//
// This module also finds the files PGlite needs at run time (extension tarballs, the shipped seed), both
// when running from source and from the bundle in dist/, and keys the user's data-directory cache.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UsageError } from '../errors.ts';
import { buildsToLoad, INSTALLED_BY_STANDIN, isRealBuild, tarballSource } from './extensions.ts';
import type {
  ExecResult,
  Reply,
  Request,
  SnapshotData,
  StartPlan,
  StartReply,
  WorkerFiles,
} from './protocol.ts';
import { standinExtensionsKey } from './standin/extensions.ts';
import { SUPABASE_STANDIN_SQL } from './supabase-standin.ts';

/** The part of a database session the replay, the origin recorder and the rules use. */
export interface ShadowSession {
  exec(sql: string): Promise<ExecResult[]>;
  query<Row>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
}

export interface ShadowDatabase {
  db: ShadowClient;
  startMs: number;
  /** True when a saved data directory (the user's cache or the shipped seed) was loaded. */
  warmStart: boolean;
  /** True when `StartOptions.snapshot` was loaded: the shadow holds that replayed prefix of the history. */
  restored: boolean;
}

export interface ShadowLimits {
  /** How long one replayed statement or one rule query may run. */
  statementMs: number;
  /** How long the whole shadow (start, replay, every restart) may take. */
  totalMs: number;
}

export interface StartOptions {
  /** Extensions the migrations create or call that PGlite ships (extensions.ts: which ones load when). */
  extensions?: readonly string[];
  /** Overrides the cache folder; `false` disables the cache. Default: env, then the OS cache dir. */
  cacheDir?: string | false;
  /** Overrides the folder holding the shipped seed; `false` ignores the seed. */
  seedDir?: string | false;
  limits?: Partial<ShadowLimits>;
  /** When the overall budget started counting (a restart keeps the budget of the first start). */
  budgetStart?: number;
  /** A replayed prefix of the history to load first (snapshot.ts). */
  snapshot?: SnapshotData;
}

export const DEFAULT_LIMITS: ShadowLimits = { statementMs: 10_000, totalMs: 60_000 };

/** Why the shadow database stopped answering. */
export class ShadowStopped extends Error {
  override readonly name = 'ShadowStopped';
  constructor(
    readonly reason: 'statement-limit' | 'total-limit' | 'crashed',
    message: string,
  ) {
    super(message);
  }
}

const here = path.dirname(fileURLToPath(import.meta.url));

export function shadowLimits(given: Partial<ShadowLimits> = {}): ShadowLimits {
  return {
    statementMs:
      given.statementMs ?? limitFromEnv('SCRIBE_LINT_SHADOW_TIMEOUT_MS') ?? DEFAULT_LIMITS.statementMs,
    totalMs: given.totalMs ?? limitFromEnv('SCRIBE_LINT_SHADOW_BUDGET_MS') ?? DEFAULT_LIMITS.totalMs,
  };
}

/** A limit set in the environment: unset or empty means the default; anything but a positive whole number is an error. */
function limitFromEnv(name: string): number | undefined {
  const text = process.env[name]?.trim();
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value <= 0) {
    throw new UsageError(`${name} must be a whole number of milliseconds above 0, got "${text}"`);
  }
  return value;
}

export async function startShadowDatabase(options: StartOptions = {}): Promise<ShadowDatabase> {
  const started = performance.now();
  const limits = shadowLimits(options.limits);
  const worker = await (takeSpareWorker() ?? spawnWorker());
  worker.ref();
  const db = new ShadowClient(worker, limits, options.budgetStart ?? started);
  try {
    const plan: StartPlan = {
      extensions: extensionTarballs(options.extensions ?? []),
      bootstrapExtensions: extensionTarballs([...(options.extensions ?? []), ...INSTALLED_BY_STANDIN]),
      cacheFile: cachePath(options.cacheDir),
      seedFile: seedPath(options.seedDir),
      ...(options.snapshot && { snapshot: options.snapshot }),
    };
    const reply = await db.call<StartReply>({ kind: 'start', plan }, limits.totalMs);
    return { db, startMs: performance.now() - started, warmStart: reply.warmStart, restored: reply.restored };
  } catch (error) {
    await db.close();
    throw error;
  }
}

let spare: Promise<Worker> | undefined;

/**
 * Starts a shadow worker ahead of its use, while this thread still reads and parses the history: the
 * worker loads its code and compiles PostgreSQL's WASM meanwhile (worker.ts), and the next
 * `startShadowDatabase` takes it. It does not keep the process alive while nobody has taken it.
 */
export function prewarmShadow(): void {
  if (spare) return;
  const spawning = spawnWorker().then((worker) => {
    worker.unref();
    return worker;
  });
  spawning.catch(() => {
    if (spare === spawning) spare = undefined;
  });
  spare = spawning;
}

function takeSpareWorker(): Promise<Worker> | undefined {
  const taken = spare;
  spare = undefined;
  return taken?.catch(() => spawnWorker());
}

/** A worker, told where PGlite's WASM and file-system bundle are so it can load them before its start. */
async function spawnWorker(): Promise<Worker> {
  const workerData: WorkerFiles = { wasm: runtimeFile('pglite.wasm'), fsBundle: runtimeFile('pglite.data') };
  return new Worker(await workerScript(), { workerData });
}

/** How long writing a snapshot may take: a large history's data directory is tens of megabytes. */
const DUMP_LIMIT_MS = 30_000;

type Pending = { resolve(value: unknown): void; reject(error: Error): void; timer: NodeJS.Timeout };
type Call = Request extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** One worker, one PGlite session, requests answered in order. */
export class ShadowClient implements ShadowSession {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private stopped: ShadowStopped | undefined;

  constructor(
    private readonly worker: Worker,
    private limits: ShadowLimits,
    private readonly budgetStart: number,
  ) {
    worker.on('message', (reply: Reply) => this.settle(reply));
    worker.on('error', (error) => this.stop(new ShadowStopped('crashed', oneLine(error.message))));
    worker.on('exit', () => this.stop(new ShadowStopped('crashed', 'the shadow database stopped')));
  }

  exec(sql: string): Promise<ExecResult[]> {
    return this.call<ExecResult[]>({ kind: 'exec', sql });
  }

  async query<Row>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }> {
    return { rows: await this.call<Row[]>({ kind: 'query', sql, params }) };
  }

  /**
   * Has query results decode arrays of every array type the catalog now holds: once the replay is done,
   * before the rules' queries (the start leaves it out, worker.ts).
   */
  readArrayTypes(): Promise<void> {
    return this.call({ kind: 'array-types' });
  }

  /**
   * Shuts the shadow down cleanly and writes its data directory to `file` as a snapshot's tar; returns
   * what the snapshot's entry records. The session answers nothing after it.
   */
  dump(file: string): Promise<{ bytes: number; sha256: string }> {
    return this.call({ kind: 'dump', file }, DUMP_LIMIT_MS);
  }

  /** The replay is done: from now on only the per-request limit applies (the rules' catalog queries). */
  endBudget(): void {
    this.limits = { ...this.limits, totalMs: Number.POSITIVE_INFINITY };
  }

  /**
   * Ends the worker. PGlite is not shut down first: the shadow is thrown away, and its shutdown checkpoint
   * (writing every dirty page into the in-memory data directory) cost about a second after a long replay.
   */
  async close(): Promise<void> {
    this.stop(new ShadowStopped('crashed', 'the shadow database is closed'));
    await this.worker.terminate();
  }

  call<T>(request: Call, limitMs = this.limits.statementMs): Promise<T> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    const left = this.budgetStart + this.limits.totalMs - performance.now();
    const overall = left <= limitMs;
    const wait = Math.max(0, Math.min(limitMs, left));
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        const seconds = formatSeconds(overall ? this.limits.totalMs : limitMs);
        const message = overall
          ? `the shadow replay did not finish within its overall limit of ${seconds}`
          : `did not finish within ${seconds}`;
        this.stop(new ShadowStopped(overall ? 'total-limit' : 'statement-limit', message));
        void this.worker.terminate();
      }, wait);
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, timer });
      this.worker.postMessage({ ...request, id });
    });
  }

  private settle(reply: Reply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    clearTimeout(pending.timer);
    if (reply.ok) pending.resolve(reply.value);
    else if (reply.error.fatal) pending.reject(this.discard(reply.error.message));
    else pending.reject(Object.assign(new Error(reply.error.message), reply.error));
  }

  /** The server broke (worker.ts): this and every later request fail, and the worker is ended. */
  private discard(message: string): ShadowStopped {
    this.stop(new ShadowStopped('crashed', oneLine(message)));
    void this.worker.terminate();
    return this.stopped!;
  }

  private stop(reason: ShadowStopped): void {
    this.stopped ??= reason;
    for (const pending of this.pending.values()) {
      clearTimeout(pending.timer);
      pending.reject(this.stopped);
    }
    this.pending.clear();
  }
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

function oneLine(message: string): string {
  return message.split('\n')[0].trim();
}

// ---------------------------------------------------------------------------------------------------------
// Files: the worker script, extension tarballs, the seed and the cache.

/**
 * The worker's entry. The bundle has it beside itself (build.mjs: `shadow-worker`). From source (vitest)
 * Node cannot run TypeScript in a worker, so the worker is bundled once with esbuild into node_modules'
 * cache folder, where its package imports resolve; the file name is the hash of its content.
 */
async function workerScript(): Promise<URL> {
  const bundled = new URL('./shadow-worker.js', import.meta.url);
  if (existsSync(bundled)) return bundled;
  sourceWorker ??= bundleSourceWorker();
  return sourceWorker;
}

let sourceWorker: Promise<URL> | undefined;

async function bundleSourceWorker(): Promise<URL> {
  // Not a literal import: the bundle must not pull esbuild in (it never takes this path).
  const esbuildName = 'esbuild';
  const { build } = (await import(esbuildName)) as typeof import('esbuild');
  const root = path.resolve(here, '../..');
  const result = await build({
    entryPoints: [path.join(here, 'worker.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const dir = path.join(root, 'node_modules', '.cache', 'scribe-lint');
  const file = path.join(dir, `shadow-worker-${hash}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, code);
    renameSync(temporary, file);
  }
  return new URL(`file://${file}`);
}

/**
 * Where a runtime file is: beside the bundle (build.mjs copies them into dist/), or in the dist/ folder of
 * the package that ships it when running from source (PGlite's own files, or a companion package's
 * extension tarball).
 */
function runtimeFile(name: string, packageName = '@electric-sql/pglite'): string | undefined {
  const beside = path.join(here, name);
  if (existsSync(beside)) return beside;
  try {
    const entry = createRequire(import.meta.url).resolve(packageName);
    const inPackage = path.join(path.dirname(entry), name);
    return existsSync(inPackage) ? inPackage : undefined;
  } catch {
    return undefined;
  }
}

/** True when the shadow has a real build of the extension (PGlite's contrib or a companion package). */
export function isShippedExtension(name: string): boolean {
  return isRealBuild(name);
}

/**
 * Tarball paths of the real builds to load: those the stand-in installs everywhere, those the history
 * creates, and what they need. Keyed as PGlite keys extensions (`uuid_ossp`); one tarball holding several
 * extensions (contrib's spi) is loaded once.
 */
export function extensionTarballs(requested: readonly string[]): Record<string, string> {
  const tarballs: Record<string, string> = {};
  const seen = new Set<string>();
  for (const name of buildsToLoad(requested)) {
    const source = tarballSource(name);
    const file = source && runtimeFile(source.file, source.packageName);
    if (!file || seen.has(file)) continue;
    seen.add(file);
    tarballs[name.replaceAll('-', '_')] = file;
  }
  return tarballs;
}

/** The cache file for this PGlite build and this stand-in, or undefined when caching is off. */
function cachePath(override: string | false | undefined): string | undefined {
  const dir = cacheDir(override);
  return dir && path.join(dir, `shadow-${cacheKey()}.tar`);
}

/**
 * The cache folder (the bootstrapped data directory and the replay snapshots), or undefined when caching
 * is off (`--no-cache`, SCRIBE_LINT_NO_CACHE=1).
 */
export function cacheDir(override: string | false | undefined): string | undefined {
  if (override === false || process.env.SCRIBE_LINT_NO_CACHE === '1') return undefined;
  return (
    override ??
    (process.env.SCRIBE_LINT_CACHE_DIR ||
      path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'scribe-lint'))
  );
}

/**
 * Keys a saved data directory to what made it: the stand-in SQL, the stand-in extensions' scripts (the
 * seed installs some) and the PGlite build. The build is
 * recognised by the sizes of its WASM and data files (its version is not readable from a bundle), and a
 * saved directory that still does not fit fails to load and falls back to a cold start.
 */
export function cacheKey(): string {
  const sizes = ['pglite.wasm', 'pglite.data'].map((name) => {
    const file = runtimeFile(name);
    return file ? String(statSync(file).size) : 'missing';
  });
  return createHash('sha256')
    .update(sizes.join(','))
    .update('\0')
    .update(SUPABASE_STANDIN_SQL)
    .update('\0')
    .update(standinExtensionsKey())
    .digest('hex')
    .slice(0, 16);
}

export function seedFileName(): string {
  return `shadow-seed-${cacheKey()}.tar.gz`;
}

/** The folder the seed is kept in, in the source tree (build.mjs copies it into dist/). */
export const SEED_SOURCE_DIR = path.join(here, 'seed');

/**
 * The bootstrapped data directory shipped with scribe-lint, so even the first run on a fresh CI runner
 * skips initdb: beside the bundle, or in src/shadow/seed/ from source. Its name carries the key, so a seed
 * made for another stand-in is never used.
 */
function seedPath(override: string | false | undefined): string | undefined {
  if (override === false || process.env.SCRIBE_LINT_NO_SEED === '1') return undefined;
  const dirs = override ? [override] : [here, SEED_SOURCE_DIR];
  for (const dir of dirs) {
    const file = path.join(dir, seedFileName());
    if (existsSync(file)) return file;
  }
  return undefined;
}

/** Seeds in a folder other than the current one: left over from an earlier stand-in. */
export function staleSeeds(dir: string): string[] {
  const current = seedFileName();
  return readdirSync(dir).filter((name) => name.startsWith('shadow-seed-') && name !== current);
}
