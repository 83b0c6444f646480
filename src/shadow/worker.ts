// The shadow worker: owns the PGlite instance and answers the main thread's requests one at a time
// (protocol.ts). The main thread enforces the time limits by terminating this thread.
//
// Some statements break the embedded server without an ordinary error (an encoding conversion PGlite
// lacks, an endlessly recursive SQL function, COPY ... TO PROGRAM): from then on every statement comes
// back as an empty result with no command tag, queries hang or fail with ERRORDATA_STACK_SIZE exceeded.
// The worker recognises that state, and any error that is not an ordinary PostgreSQL error, and answers
// `fatal`: the main thread then discards this worker, since nothing PGlite says afterwards can be trusted.

import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, type Results } from '@electric-sql/pglite';
import type { ExecResult, Reply, Request, WireError, WorkerFiles } from './protocol.ts';
import { dumpSnapshot, startPGlite, type Runtime, type Started } from './start.ts';

/**
 * PostgreSQL's WASM, compiled, and PGlite's file-system bundle, read as soon as the worker exists: the
 * main thread creates it before the start plan is known (pglite.ts `prewarmShadow`). Either may be
 * missing, and PGlite then finds and loads its own.
 */
const runtime: Promise<Runtime> = loadRuntime((workerData ?? {}) as WorkerFiles);

async function loadRuntime(files: WorkerFiles): Promise<Runtime> {
  const [wasmModule, fsBundle] = await Promise.all([
    files.wasm ? readFile(files.wasm).then((bytes) => WebAssembly.compile(bytes)) : undefined,
    files.fsBundle ? readFile(files.fsBundle) : undefined,
  ]).catch(() => [undefined, undefined]);
  return { wasmModule, fsBundle: fsBundle && new Blob([fsBundle as Uint8Array<ArrayBuffer>]) };
}

let shadow: Started | undefined;

/**
 * PGlite reads the catalog's array types as it starts, to decode array values in query results: on cold
 * catalog caches, about 0.1 s of every start. Nothing before the rules' queries reads an array (the
 * replay's own queries return none), so the start skips it and `array-types` reads them after the replay,
 * on warm caches and with the types the history made: a restored and a full replay then decode alike.
 */
function readArrayTypesOnRequest(): void {
  type ArrayTypes = { _initArrayTypes(options?: { force?: boolean }): Promise<void> };
  const prototype = PGlite.prototype as unknown as ArrayTypes;
  const read = prototype._initArrayTypes;
  prototype._initArrayTypes = async function (this: ArrayTypes, options) {
    if (options?.force) await read.call(this, options);
  };
}
readArrayTypesOnRequest();

/** How long the health probe after a suspicious result may take: a broken server never answers it. */
const PROBE_MS = 2_000;

/** An answer that means the server is broken, whatever the statement was. */
class BrokenServer extends Error {}

async function answer(request: Request): Promise<unknown> {
  if (request.kind === 'start') {
    shadow = await startPGlite(request.plan, runtime);
    return { warmStart: shadow.warmStart, restored: shadow.restored };
  }
  const session = shadow;
  if (!session) throw new Error('the shadow database is not started');
  const { db } = session;
  if (request.kind === 'exec') {
    const results = await db.exec(request.sql);
    if (results.some(lacksCommand)) await probe(db);
    return results.map((result): ExecResult => ({ rows: result.rows }));
  }
  if (request.kind === 'query') return (await db.query(request.sql, request.params)).rows;
  if (request.kind === 'array-types') return db.refreshArrayTypes();
  // The dump shuts the server down (a cleanly shut down data directory starts sooner), as does close.
  shadow = undefined;
  if (request.kind === 'dump') return dumpSnapshot(session, request.file);
  await db.close();
  return null;
}

/** A statement that ran always ends with a command tag; only an empty query legitimately has none. */
function lacksCommand(result: Results): boolean {
  return (result as Results & { command?: string }).command === undefined;
}

/** Asks the server a trivial question; no answer, or a wrong one, means it is broken. */
async function probe(session: PGlite): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const silence = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BrokenServer('the embedded database stopped answering')), PROBE_MS);
  });
  try {
    const { rows } = await Promise.race([session.query<{ alive: number }>('select 1 as alive'), silence]);
    if (rows[0]?.alive !== 1) throw new BrokenServer('the embedded database stopped returning results');
  } catch (error) {
    if (error instanceof BrokenServer) throw error;
    throw new BrokenServer(`the embedded database broke (${messageOf(error)})`);
  } finally {
    clearTimeout(timer);
  }
}

function wireError(error: unknown): WireError {
  const { code, position, severity } = error as { code?: unknown; position?: unknown; severity?: unknown };
  return {
    message: messageOf(error),
    code: typeof code === 'string' ? code : undefined,
    position: typeof position === 'string' ? position : undefined,
    fatal: isFatal(error, code, severity),
  };
}

/**
 * An ordinary PostgreSQL error (a missing table, a syntax error) leaves the session usable. Anything else
 * does not: a broken server, a WASM trap or out-of-memory (no SQLSTATE), an internal error (class XX, as
 * ERRORDATA_STACK_SIZE exceeded is), a FATAL or PANIC.
 */
function isFatal(error: unknown, code: unknown, severity: unknown): boolean {
  if (error instanceof BrokenServer) return true;
  if (typeof code !== 'string' || code.length !== 5 || code.startsWith('XX')) return true;
  return severity === 'FATAL' || severity === 'PANIC';
}

function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' && message !== '' ? message : String(error);
}

// Requests are answered strictly in order: PGlite has one session, and the replay depends on the order.
let queue: Promise<void> = Promise.resolve();
parentPort?.on('message', (request: Request) => {
  queue = queue.then(async () => {
    let reply: Reply;
    try {
      reply = { id: request.id, ok: true, value: await answer(request) };
    } catch (error) {
      reply = { id: request.id, ok: false, error: wireError(error) };
    }
    parentPort?.postMessage(reply);
  });
});
