// The shadow worker: owns the PGlite instance and answers the main thread's requests one at a time
// (protocol.ts). The main thread enforces the time limits by terminating this thread.

import { parentPort } from 'node:worker_threads';
import type { PGlite } from '@electric-sql/pglite';
import type { ExecResult, Reply, Request, WireError } from './protocol.ts';
import { startPGlite } from './start.ts';

let db: PGlite | undefined;

async function answer(request: Request): Promise<unknown> {
  if (request.kind === 'start') {
    const started = await startPGlite(request.plan);
    db = started.db;
    return { warmStart: started.warmStart };
  }
  if (!db) throw new Error('the shadow database is not started');
  if (request.kind === 'exec') {
    const results = await db.exec(request.sql);
    return results.map((result): ExecResult => ({ rows: result.rows }));
  }
  if (request.kind === 'query') return (await db.query(request.sql, request.params)).rows;
  await db.close();
  db = undefined;
  return null;
}

function wireError(error: unknown): WireError {
  const { message, code, position } = error as { message?: unknown; code?: unknown; position?: unknown };
  return {
    message: typeof message === 'string' ? message : String(error),
    code: typeof code === 'string' ? code : undefined,
    position: typeof position === 'string' ? position : undefined,
  };
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
