// The statement-linting workers, startable before the work is known. A worker needs ~100 ms to boot and
// compile the parser's WASM; started first thing, that overlaps with the main thread loading the CLI.
// Started workers are unref'd, so an unused one never keeps the process alive.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const idle: Worker[] = [];

/** The bundled worker entry, or undefined when running from source (tests), where there is none. */
export function workerEntry(): string | undefined {
  const file = fileURLToPath(new URL('./lint-worker.js', import.meta.url));
  return existsSync(file) ? file : undefined;
}

/** Threads to use in all, the main thread included: `SCRIBE_LINT_THREADS`, else one per core (at most 8). */
export function threadCount(env: NodeJS.ProcessEnv = process.env): number {
  return Math.max(1, Math.min(Number(env.SCRIBE_LINT_THREADS) || availableParallelism(), 8));
}

export function prestartWorkers(env: NodeJS.ProcessEnv = process.env): void {
  const entry = workerEntry();
  if (!entry || idle.length > 0) return;
  for (let i = 1; i < threadCount(env); i++) {
    const worker = new Worker(entry);
    worker.unref();
    idle.push(worker);
  }
}

/** `count` workers: prestarted ones first, new ones for the rest. */
export function takeWorkers(entry: string, count: number): Worker[] {
  const taken = idle.splice(0, count);
  while (taken.length < count) taken.push(new Worker(entry));
  for (const worker of taken) worker.ref();
  return taken;
}

/** Stops prestarted workers that found no work. */
export async function releaseIdleWorkers(): Promise<void> {
  await Promise.all(idle.splice(0).map((worker) => worker.terminate()));
}
