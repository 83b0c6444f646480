// The messages between the main thread and the shadow worker (worker.ts). PGlite runs in the worker so a
// replayed statement that never ends (`pg_sleep(1e9)`, an endless DO loop) can be stopped by terminating
// the worker: WASM running inside a thread cannot be interrupted any other way, and PGlite ignores
// statement_timeout.

/** Everything the worker needs to start PGlite, resolved by the main thread (which knows where it lives). */
export interface StartPlan {
  /**
   * The builds to load on a start from a saved data directory: extension name as PGlite keys it
   * (`uuid_ossp`) to the absolute path of its `.tar.gz`.
   */
  extensions: Record<string, string>;
  /** The builds to load when there is none and the stand-in is installed afresh: those and the stand-in's. */
  bootstrapExtensions: Record<string, string>;
  /** The user's cached data directory (a plain tar), read first and written after a cold start. */
  cacheFile?: string;
  /** The bootstrapped data directory shipped with scribe-lint (gzip tar), read when there is no cache. */
  seedFile?: string;
  /**
   * A replayed history's data directory (snapshot.ts), loaded before anything else when its bytes match
   * what its entry recorded; anything else about it falls back to the cache or the seed.
   */
  snapshot?: SnapshotData;
}

/** PGlite's own files, handed to the worker as it is created so it can read and compile them at once. */
export interface WorkerFiles {
  wasm?: string;
  fsBundle?: string;
}

/** A snapshot's data directory: a plain tar, with the size and SHA-256 its entry recorded. */
export interface SnapshotData {
  file: string;
  bytes: number;
  sha256: string;
}

export interface StartReply {
  /** True when a saved data directory (cache or seed) was loaded instead of running initdb. */
  warmStart: boolean;
  /** True when `plan.snapshot` was loaded: the shadow holds the replayed prefix. */
  restored: boolean;
}

export type Request =
  | { id: number; kind: 'start'; plan: StartPlan }
  | { id: number; kind: 'exec'; sql: string }
  | { id: number; kind: 'query'; sql: string; params?: unknown[] }
  /** Reads the catalog's array types, so query results decode arrays of every type the replay made. */
  | { id: number; kind: 'array-types' }
  /** Writes the data directory to `file` (through a temporary name): a snapshot's tar. */
  | { id: number; kind: 'dump'; file: string }
  | { id: number; kind: 'close' };

/** A PostgreSQL error as the replay needs it (message, SQLSTATE, 1-based character position). */
export interface WireError {
  message: string;
  code?: string;
  position?: string;
  /** True when the server can no longer be trusted (worker.ts): the main thread discards the worker. */
  fatal?: boolean;
}

export type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WireError };

/** The result of one statement of an `exec`: only the rows cross the thread boundary. */
export interface ExecResult {
  rows: unknown[];
}
