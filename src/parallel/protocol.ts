// Messages between the main thread and the statement-linting workers (see ./index.ts for the design).

import type { Config } from '../config.ts';
import type { HistoryEffect } from '../history/model.ts';
import type { Finding, MigrationFile } from '../types.ts';

export interface WorkerInput {
  /** This worker's files: a contiguous run of `allPaths`, in runner order. */
  paths: string[];
  firstFileNumber: number;
  allPaths: string[];
  cwd: string;
  config: Config;
}

/** Per file of a range, the history effects of its statements in order. */
export type RangeEffects = HistoryEffect[][];

export type WorkerMessage =
  | { type: 'effects'; effects: RangeEffects }
  | { type: 'done'; files: TransferredFile[]; findings: Finding[] }
  | { type: 'error'; message: string; usage: boolean };

/** What the main thread sends once every earlier range has parsed: their effects, file by file. */
export interface EarlierHistory {
  effects: RangeEffects;
}

/** A migration file without its parse trees or line index, which the main thread rebuilds cheaply. */
export type TransferredFile = Omit<MigrationFile, 'lines'>;

export function withoutParseTrees(file: MigrationFile): TransferredFile {
  const { lines: _lines, ...rest } = file;
  return { ...rest, statements: file.statements.map(({ node: _node, ...statement }) => statement) };
}
