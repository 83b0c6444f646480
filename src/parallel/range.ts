// The work one thread does on its run of files: parse, then (once the history before the run is known)
// check. Shared by the main thread and the workers so both do exactly the same thing.

import { allRules } from '../../rules/index.ts';
import type { Config } from '../config.ts';
import { checkMigrations } from '../engine.ts';
import { severityOf } from '../severity.ts';
import { displayPathOf, migrationFileHeader, readMigrationFile } from '../history/migration-files.ts';
import { HISTORY_TREES, HistoryModel, historyEffectOf, type HistoryEffect } from '../history/model.ts';
import type { TreeNeeds } from '../parse/kept-trees.ts';
import type { Finding, MigrationFile, Rule } from '../types.ts';
import type { RangeEffects, WorkerInput } from './protocol.ts';

export class FileRange {
  readonly files: MigrationFile[] = [];
  private readonly fileEffects: RangeEffects = [];
  /** Each statement's effect (or undefined), by file then statement: the check applies them again. */
  private readonly statementEffects: (HistoryEffect | undefined)[][] = [];
  private readonly rules: Rule[];

  constructor(private readonly input: WorkerInput) {
    this.rules = rulesWithIds(input.ruleIds);
    const keep = treeNeedsOf(this.rules, input.config);
    for (const path of input.paths) {
      const file = readMigrationFile(path, input.cwd, keep);
      const effects = file.statements.map(historyEffectOf);
      this.statementEffects.push(effects);
      this.fileEffects.push(effects.filter((effect): effect is HistoryEffect => effect !== undefined));
      this.files.push(file);
    }
  }

  effects(): RangeEffects {
    return this.fileEffects;
  }

  /** Runs the statement and file rules, given the history effects of every file before this range. */
  check(earlier: RangeEffects, config: Config): Finding[] {
    const history = new HistoryModel();
    const changed = this.input.changedFiles && new Set(this.input.changedFiles);
    earlier.forEach((effects, fileNumber) => {
      const displayPath = displayPathOf(this.input.allPaths[fileNumber], this.input.cwd);
      history.startFile(fileNumber, changed?.has(displayPath) ?? false);
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
      rules: this.rules,
      config,
      changedFiles: changed,
      effects: this.statementEffects,
    });
  }
}

/** The bundled rules with these ids, in the given order; an id of no bundled rule is a bug of the caller. */
export function rulesWithIds(ids: readonly string[]): Rule[] {
  return ids.map((id) => {
    const rule = allRules.find((candidate) => candidate.meta.id === id);
    if (!rule) throw new Error(`no bundled rule has the id \`${id}\`, so it cannot run in a worker`);
    return rule;
  });
}

/**
 * The trees the history and the active statement rules read: the history's in part, a rule's whole.
 * Undefined when a rule gives no hint of the node types it reads (then every tree is kept).
 */
export function treeNeedsOf(rules: readonly Rule[], config: Config): TreeNeeds | undefined {
  const needs = new Map(HISTORY_TREES);
  for (const rule of rules) {
    if (!rule.checkStatement || severityOf(rule, config) === 'off') continue;
    if (!rule.meta.statementKinds) return undefined;
    for (const kind of rule.meta.statementKinds) needs.set(kind, []);
  }
  return needs;
}
