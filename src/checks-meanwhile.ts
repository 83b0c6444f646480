// The statement and file rules checked while the shadow starts and replays (lint.ts): all of them but
// those judged on observed locks, and those too over the files a replay snapshot restores, whose
// observations come with the snapshot. Every check runs a few files at a time, since the shadow's start
// and replay wait on this thread for each next step.

import { checkMigrations, type MigrationCheck, type ObservingChecked } from './engine.ts';
import { HistoryModel } from './history/model.ts';
import type { LintOptions, RestoredObservations } from './providers.ts';
import type { Finding, MigrationFile, Statement, StatementObservation } from './types.ts';

/**
 * The file and statement rules, but for those judged on observed locks when a shadow may observe them
 * (`leaveObserving`: engine.ts checks those after the replay, or checkRestoredFiles before).
 */
export async function checkStatementsMeanwhile(
  files: readonly MigrationFile[],
  options: LintOptions,
  leaveObserving: boolean,
): Promise<Finding[]> {
  return checkInSlices(files, files.length, {
    rules: options.rules.filter((rule) => !(leaveObserving && rule.meta.observesLocks)),
    config: options.config,
    changedFiles: options.changedFiles,
  });
}

/** The rules judged on observed locks, over the files a snapshot restored, with their restored observations. */
export interface RestoredCheck extends ObservingChecked {
  /** Every statement whose observation a rule read, and what it was. */
  read: Map<Statement, StatementObservation | undefined>;
}

/**
 * Checks the rules judged on observed locks over the files the shadow's snapshot restores (their
 * observations came with it), while the shadow starts and replays the files after them: on a long
 * history, a pull request then waits after the replay only for its own files' checks.
 */
export async function checkRestoredFiles(
  files: readonly MigrationFile[],
  options: LintOptions,
  restored: RestoredObservations | undefined,
): Promise<RestoredCheck | undefined> {
  if (!restored) return undefined;
  const fileCount = filesThroughApplied(files, restored.appliedFiles);
  const read = new Map<Statement, StatementObservation | undefined>();
  const observed = (statement: Statement) => {
    const seen = restored.observed(statement);
    read.set(statement, seen);
    return seen;
  };
  const history = new HistoryModel();
  const rules = options.rules.filter((rule) => rule.meta.observesLocks);
  const { config, changedFiles } = options;
  try {
    const check = { rules, config, changedFiles, observed };
    return { fileCount, history, findings: await checkInSlices(files, fileCount, check, history), read };
  } catch {
    return undefined; // engine.ts checks every file again, and reports the failure there
  }
}

/**
 * Runs the file and statement rules over the history's first `fileCount` files, a few files at a time:
 * the shadow's start and replay wait on this thread for each next step, and are let through between.
 */
async function checkInSlices(
  files: readonly MigrationFile[],
  fileCount: number,
  check: Pick<MigrationCheck, 'rules' | 'config' | 'changedFiles' | 'observed'>,
  history = new HistoryModel(),
): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (let from = 0; from < fileCount; from += FILES_PER_SLICE) {
    await new Promise((resolve) => setImmediate(resolve));
    const slice = files.slice(from, Math.min(from + FILES_PER_SLICE, fileCount));
    findings.push(
      ...checkMigrations({ ...check, files: slice, allFiles: files, firstFileNumber: from, history }),
    );
  }
  return findings;
}

/** About 5 ms of checks on a generated history: the replay waits at most that long for this thread. */
const FILES_PER_SLICE = 16;

/** How many of the files come before the (applied + 1)-th applied one. */
function filesThroughApplied(files: readonly MigrationFile[], applied: number): number {
  let seen = 0;
  for (let index = 0; index < files.length; index++) {
    if (files[index].applied && ++seen > applied) return index;
  }
  return files.length;
}

/**
 * The check of the restored files, when every observation it read is the one the replay ended with (the
 * snapshot may not have loaded, and the shadow then replayed from the start): else it is checked again.
 */
export function agreeingCheck(
  check: RestoredCheck | undefined,
  observed: ((statement: Statement) => StatementObservation | undefined) | undefined,
): ObservingChecked | undefined {
  if (!check || !observed) return undefined;
  for (const [statement, seen] of check.read) if (observed(statement) !== seen) return undefined;
  return check;
}
