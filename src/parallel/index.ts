// Statement linting on every core. Parsing is most of a static lint's time, and files parse independently;
// only the history ("was this table created before the current file?") runs across files. So the files are
// cut into contiguous runs by size, one per thread (the main thread takes the first). Each thread parses its
// run and sends the small history effects of its statements; as soon as every earlier run has reported,
// a thread gets those effects, rebuilds the history up to its first file, and runs the rules. Parse trees
// never cross threads: only effects, findings and the files' text and statement ranges do.
//
// Used only without a schema source (the shadow replay and live rules need the parse trees in the main
// thread) and only from the bundle, where the worker entry exists as dist/lint-worker.js.

import { statSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import type { Config } from '../config.ts';
import { UsageError } from '../errors.ts';
import { loadKeptTreesParser } from '../parse/kept-trees.ts';
import { loadParser } from '../parse/parse-file.ts';
import type { Finding, MigrationFile } from '../types.ts';
import type { EarlierHistory, RangeEffects, WorkerInput, WorkerMessage } from './protocol.ts';
import { releaseIdleWorkers, takeWorkers, threadCount, workerEntry } from './pool.ts';
import { unpackFiles } from './protocol.ts';
import { FileRange } from './range.ts';

/** Below this much SQL, starting a worker costs more than it saves. */
const MIN_PARALLEL_BYTES = 2 << 20;

export interface ParallelResult {
  files: MigrationFile[];
  statementFindings: Finding[];
}

/** Reads and checks the files on several threads, or returns undefined when that would not pay off. */
export async function checkInParallel(
  paths: string[],
  cwd: string,
  config: Config,
  ruleIds: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  changedFiles?: ReadonlySet<string>,
): Promise<ParallelResult | undefined> {
  const entry = workerEntry();
  const threads = threadCount(env);
  const sizes = paths.map((file) => fileSize(file));
  if (threads < 2 || !entry || sizes.reduce((sum, size) => sum + size, 0) < MIN_PARALLEL_BYTES) {
    await releaseIdleWorkers();
    return undefined;
  }
  const runs = cutBySize(paths, sizes, threads);
  const workers = takeWorkers(entry, runs.length - 1);
  const changed = changedFiles && [...changedFiles];
  return new ParallelRun(runs, paths, cwd, config, [...ruleIds], workers, changed).result();
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0; // reading it later reports the problem
  }
}

/**
 * Contiguous runs of about equal byte size, at most `count` of them, none empty. Equal shares, because the
 * workers are started before the CLI loads (src/cli.ts) and begin parsing when the main thread does.
 */
export function cutBySize(paths: string[], sizes: number[], count: number): string[][] {
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const unit = total / count;
  const runs: string[][] = [[]];
  let filled = 0;
  paths.forEach((file, index) => {
    const boundary = unit * runs.length;
    if (filled >= boundary && runs.at(-1)!.length > 0 && runs.length < count) runs.push([]);
    runs.at(-1)!.push(file);
    filled += sizes[index];
  });
  return runs;
}

class ParallelRun {
  /** Effects of each run, by run index, as they arrive. */
  private readonly effects: (RangeEffects | undefined)[];
  private readonly sent = new Set<number>();

  constructor(
    private readonly runs: string[][],
    private readonly allPaths: string[],
    private readonly cwd: string,
    private readonly config: Config,
    private readonly ruleIds: string[],
    /** One worker per run after the first. */
    private readonly workers: Worker[],
    private readonly changedFiles: string[] | undefined,
  ) {
    this.effects = runs.map(() => undefined);
  }

  async result(): Promise<ParallelResult> {
    // Workers first: their start-up overlaps with the main thread loading its own parser.
    const outcomes = this.workers.map((worker, index) => this.employ(worker, index + 1));
    // Failures are collected by Promise.all below; this keeps an early one from counting as unhandled.
    for (const outcome of outcomes) outcome.catch(() => undefined);
    try {
      await Promise.all([loadParser(), loadKeptTreesParser()]);
      const own = this.checkFirstRun();
      const others = await Promise.all(outcomes);
      const files = [...own.files, ...others.flatMap((outcome) => outcome.files)];
      return {
        files,
        statementFindings: [...own.findings, ...others.flatMap((outcome) => outcome.findings)],
      };
    } finally {
      // Not awaited: a worker takes tens of milliseconds to wind down, and its results are already here.
      // Unref'd, it cannot keep the process alive meanwhile.
      for (const worker of this.workers) {
        worker.unref();
        void worker.terminate();
      }
    }
  }

  /** The main thread's share: the first run, which needs no earlier history. */
  private checkFirstRun(): { files: MigrationFile[]; findings: Finding[] } {
    const range = new FileRange(this.input(0));
    this.effectsArrived(0, range.effects());
    return { files: range.files, findings: range.check([], this.config) };
  }

  private input(run: number): WorkerInput {
    const firstFileNumber = this.runs.slice(0, run).reduce((sum, paths) => sum + paths.length, 0);
    return {
      paths: this.runs[run],
      firstFileNumber,
      allPaths: this.allPaths,
      cwd: this.cwd,
      config: this.config,
      ruleIds: this.ruleIds,
      changedFiles: this.changedFiles,
    };
  }

  private employ(worker: Worker, run: number): Promise<{ files: MigrationFile[]; findings: Finding[] }> {
    worker.postMessage(this.input(run));
    let files: MigrationFile[] = [];
    return new Promise((resolve, reject) => {
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'parsed') {
          this.effectsArrived(run, message.effects);
          files = unpackFiles(message.files);
        } else if (message.type === 'done') resolve({ files, findings: message.findings });
        else reject(message.usage ? new UsageError(message.message) : new Error(message.message));
      });
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`lint worker for run ${run} exited with code ${code}`)));
    });
  }

  /** Records a run's effects and releases every worker whose earlier runs have now all reported. */
  private effectsArrived(run: number, effects: RangeEffects): void {
    this.effects[run] = effects;
    for (let next = 1; next < this.runs.length; next++) {
      if (this.sent.has(next) || !this.workers[next - 1]) continue;
      const earlier = this.effects.slice(0, next);
      if (earlier.some((entry) => entry === undefined)) break;
      const message: EarlierHistory = { effects: (earlier as RangeEffects[]).flat() };
      this.workers[next - 1].postMessage(message);
      this.sent.add(next);
    }
  }
}
