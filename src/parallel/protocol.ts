// Messages between the main thread and the statement-linting workers (see ./index.ts for the design).

import type { Config } from '../config.ts';
import type { HistoryEffect } from '../history/model.ts';
import { LineIndex } from '../parse/positions.ts';
import type { Finding, MigrationFile, ParseProblem, Statement } from '../types.ts';

export interface WorkerInput {
  /** This worker's files: a contiguous run of `allPaths`, in runner order. */
  paths: string[];
  firstFileNumber: number;
  allPaths: string[];
  cwd: string;
  config: Config;
  /**
   * The ids of the rules to run, looked up in rules/index.ts by the worker: a rule is code, which cannot
   * cross a thread, so only rules of that list can run in parallel.
   */
  ruleIds: string[];
  /** With `--since`: display paths of the changed files, whose objects are new (HistoryModel.startFile). */
  changedFiles?: string[];
}

/** Per file of a range, the history effects of its statements in order. */
export type RangeEffects = HistoryEffect[][];

/**
 * A worker's messages: its files as soon as they are parsed (with their history effects, which later runs
 * need), then its findings once the earlier history has arrived and the rules have run.
 */
export type WorkerMessage =
  | { type: 'parsed'; effects: RangeEffects; files: PackedFiles }
  | { type: 'done'; findings: Finding[] }
  | { type: 'error'; message: string; usage: boolean };

/** What the main thread sends once every earlier range has parsed: their effects, file by file. */
export interface EarlierHistory {
  effects: RangeEffects;
}

/**
 * Migration files as they cross back to the main thread: no parse trees, and the statements' byte ranges
 * packed into one transferable array, because cloning tens of thousands of small objects costs more than
 * the parse it follows.
 */
export interface PackedFiles {
  headers: Omit<MigrationFile, 'lines' | 'statements'>[];
  /** Statements per file. */
  counts: number[];
  /** start, end, nodeOffset of every statement, file after file. */
  ranges: Int32Array;
  /** Parse problems by global statement number. */
  problems: [number, ParseProblem][];
}

export function packFiles(files: readonly MigrationFile[]): PackedFiles {
  const total = files.reduce((sum, file) => sum + file.statements.length, 0);
  const ranges = new Int32Array(total * 3);
  const problems: [number, ParseProblem][] = [];
  let at = 0;
  for (const file of files) {
    for (const statement of file.statements) {
      ranges[at * 3] = statement.start;
      ranges[at * 3 + 1] = statement.end;
      ranges[at * 3 + 2] = statement.nodeOffset;
      if (statement.parseProblem) problems.push([at, statement.parseProblem]);
      at++;
    }
  }
  const headers = files.map(({ lines: _lines, statements: _statements, ...header }) => header);
  return { headers, counts: files.map((file) => file.statements.length), ranges, problems };
}

export function unpackFiles(packed: PackedFiles): MigrationFile[] {
  const problems = new Map(packed.problems);
  const { ranges } = packed;
  let at = 0;
  return packed.headers.map((header, fileIndex) => {
    const statements: Statement[] = [];
    for (let index = 0; index < packed.counts[fileIndex]; index++, at++) {
      const parseProblem = problems.get(at);
      statements.push({
        index,
        start: ranges[at * 3],
        end: ranges[at * 3 + 1],
        nodeOffset: ranges[at * 3 + 2],
        ...(parseProblem && { parseProblem }),
      });
    }
    return withLazyLines({ ...header, statements });
  });
}

/** The line index is built on first use: most files of a clean run are never located in. */
function withLazyLines(file: Omit<MigrationFile, 'lines'>): MigrationFile {
  let lines: LineIndex | undefined;
  return Object.defineProperty(file, 'lines', {
    get: () => (lines ??= new LineIndex(file.text)),
    enumerable: true,
  }) as MigrationFile;
}
