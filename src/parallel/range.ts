// The work one thread does on its run of files: parse, then (once the history before the run is known)
// check. Shared by the main thread and the workers so both do exactly the same thing.

import { allRules } from '../../rules/index.ts';
import type { Config } from '../config.ts';
import { checkMigrations } from '../engine.ts';
import { migrationFileHeader, readMigrationFile } from '../history/migration-files.ts';
import { HistoryModel, historyEffectOf, type HistoryEffect } from '../history/model.ts';
import type { Finding, MigrationFile } from '../types.ts';
import type { RangeEffects, WorkerInput } from './protocol.ts';

export class FileRange {
  readonly files: MigrationFile[];

  constructor(private readonly input: WorkerInput) {
    this.files = input.paths.map((file) => readMigrationFile(file, input.cwd));
  }

  effects(): RangeEffects {
    return this.files.map((file) =>
      file.statements.map(historyEffectOf).filter((effect): effect is HistoryEffect => effect !== undefined),
    );
  }

  /** Runs the statement and file rules, given the history effects of every file before this range. */
  check(earlier: RangeEffects, config: Config): Finding[] {
    const history = new HistoryModel();
    earlier.forEach((effects, fileNumber) => {
      history.startFile(fileNumber);
      for (const effect of effects) history.applyEffect(effect);
    });
    const own = new Map(this.files.map((file) => [file.path, file]));
    const allFiles = this.input.allPaths.map(
      (file) => own.get(file) ?? migrationFileHeader(file, this.input.cwd),
    );
    return checkMigrations({
      files: this.files,
      allFiles,
      firstFileNumber: this.input.firstFileNumber,
      history,
      rules: allRules,
      config,
    });
  }
}
