// `scribe-lint fix [--dry-run] [--since <ref>] [files...]` (issue 10, item 3): lints as the normal run does
// (the shadow included, so the schema rules' SQL fixes are there), then applies the fixes: edits to the
// migrations not yet applied anywhere, SQL as new migration files after the last one. With `--dry-run` it
// prints the unified diff instead and writes nothing. Either way it says what it did and what it left.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describeError } from '../errno.ts';
import { UsageError } from '../errors.ts';
import { displayPathOf, RUNNER_FILE_NAME } from '../history/migration-files.ts';
import { lint, readMigrations } from '../lint.ts';
import type { LintOptions } from '../providers.ts';
import { plural } from '../report/counts.ts';
import { escapeControls } from '../report/text.ts';
import type { Finding, MigrationFile } from '../types.ts';
import { unifiedDiff } from './diff.ts';
import { applyEdits } from './edits.ts';
import {
  isolatesConcurrently,
  nextVersion,
  splitConcurrent,
  sqlMigrations,
  timestampOf,
} from './new-migrations.ts';
import { planFixes, type FixPlan, type LeftFix } from './plan.ts';

export interface FixOptions {
  lint: LintOptions;
  dryRun: boolean;
  /** The `--since` ref, when given (its changed files are `lint.changedFiles`). */
  since?: string;
  /** Migration files named on the command line: they may be edited too. */
  files: string[];
}

/** One file the fix writes: an edited migration (`before` set) or a new one. */
interface Change {
  absolute: string;
  displayPath: string;
  before?: string;
  after: string;
  /** The summary lines: what was done to which file. */
  what: Action[];
}

type Verb = 'edit' | 'split' | 'write';
const PAST: Record<Verb, string> = { edit: 'edited', split: 'split', write: 'wrote' };

interface Action {
  verb: Verb;
  text: string;
}

/** Runs the fix and returns what to print. */
export async function runFix(options: FixOptions): Promise<string> {
  const result = await lint({ ...options.lint, paths: [] });
  const files = readMigrations({ ...options.lint, paths: [] });
  const editable = editableFiles(files, options);
  const plan = planFixes(result.findings, { editable, editableBy: editableBy(options) });
  const left = [...plan.left];
  const taken = new Set(files.flatMap((file) => (file.version ? [file.version] : [])));
  const edited = editedTexts(files, plan, left);
  const changes = [
    ...editChanges(files, edited, plan),
    ...splitChanges(files, edited, editable, options.lint, taken),
  ];
  changes.push(...sqlChanges(files, plan, options.lint, taken));
  const merged = mergeChanges(changes);
  if (!options.dryRun) writeChanges(merged);
  return report(merged, plan, left, options.dryRun, splitFixes(result.findings, merged));
}

/** The concurrent-in-transaction findings of the files split: the split is their fix. */
function splitFixes(findings: readonly Finding[], changes: readonly Change[]): number {
  const split = new Set(
    changes
      .filter((change) => change.what.some(({ verb }) => verb === 'split'))
      .map((change) => change.displayPath),
  );
  return findings.filter(
    (finding) =>
      finding.ruleId === 'concurrent-in-transaction' &&
      !finding.suppressed &&
      finding.location !== undefined &&
      split.has(finding.location.file),
  ).length;
}

/** The files changed since the ref plus the ones named, as display paths; a named file must be linted. */
function editableFiles(files: readonly MigrationFile[], options: FixOptions): Set<string> {
  const known = new Map(files.map((file) => [file.path, file.displayPath]));
  const editable = new Set<string>(options.lint.changedFiles ?? []);
  for (const given of options.files) {
    const shown = known.get(path.resolve(options.lint.cwd, given));
    if (shown === undefined)
      throw new UsageError(`fix: ${given} is not a migration file of ${options.lint.config.migrations}`);
    editable.add(shown);
  }
  return editable;
}

function editableBy(options: FixOptions): string {
  const named = 'named on the command line';
  return options.since === undefined ? named : `changed since ${options.since} nor ${named}`;
}

/** Each edited file's new text; a file whose edits do not apply keeps its text and its fixes are left. */
function editedTexts(files: readonly MigrationFile[], plan: FixPlan, left: LeftFix[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [displayPath, { edits, findings }] of plan.edits) {
    const file = files.find((candidate) => candidate.displayPath === displayPath);
    try {
      if (!file) throw new Error(`${displayPath} is not one of the migration files`);
      texts.set(displayPath, applyEdits(file.text, edits));
    } catch (error) {
      for (const finding of findings) left.push({ finding, reason: (error as Error).message });
    }
  }
  return texts;
}

function editChanges(
  files: readonly MigrationFile[],
  edited: ReadonlyMap<string, string>,
  plan: FixPlan,
): Change[] {
  return files.flatMap((file) => {
    const after = edited.get(file.displayPath);
    if (after === undefined) return [];
    const fixed = plan.edits.get(file.displayPath)?.findings ?? [];
    const text = `${file.displayPath}: ${[...new Set(fixed.map((finding) => `${finding.ruleId}${lineOf(finding)}`))].join(', ')}`;
    return [
      {
        absolute: file.path,
        displayPath: file.displayPath,
        before: file.text,
        after,
        what: [{ verb: 'edit', text }],
      },
    ];
  });
}

function lineOf(finding: Finding): string {
  return finding.location ? ` (line ${finding.location.line})` : '';
}

/**
 * Under the Supabase runner, an editable file that mixes CONCURRENTLY with other statements is split: its
 * first run of statements stays, each later run gets a file with the next free version, which must still sort
 * before the migration that follows.
 */
function splitChanges(
  files: readonly MigrationFile[],
  edited: ReadonlyMap<string, string>,
  editable: ReadonlySet<string>,
  options: LintOptions,
  taken: Set<string>,
): Change[] {
  if (!isolatesConcurrently(options.config.runner)) return [];
  const changes: Change[] = [];
  files.forEach((file, index) => {
    const match = RUNNER_FILE_NAME.exec(file.name);
    if (!editable.has(file.displayPath) || !match || !file.applied) return;
    const text = edited.get(file.displayPath) ?? file.text;
    const runs = splitConcurrent(text);
    if (!runs) return;
    const following = files.slice(index + 1).find((other) => other.applied)?.name;
    const versions = freeVersionsAfter(match[1], runs.length - 1, taken, (version) =>
      following === undefined ? true : `${version}_${match[2]}.sql` < following,
    );
    if (!versions) return;
    const directory = path.dirname(file.path);
    const parts = runs.slice(1).map((run, part) => {
      const absolute = path.join(directory, `${versions[part]}_${match[2]}_${part + 2}.sql`);
      return { absolute, displayPath: displayPathOf(absolute, options.cwd), after: run };
    });
    changes.push({
      absolute: file.path,
      displayPath: file.displayPath,
      before: file.text,
      after: runs[0],
      what: [
        {
          verb: 'split',
          text: `${file.displayPath} so CONCURRENTLY and VALIDATE CONSTRAINT run in files of their own: ${parts.map((part) => part.displayPath).join(', ')}`,
        },
      ],
    });
    for (const part of parts) changes.push({ ...part, what: [] });
  });
  return changes;
}

/** `count` unused versions after `version` that `fits` accepts, marked as taken; undefined if there are not. */
function freeVersionsAfter(
  version: string,
  count: number,
  taken: Set<string>,
  fits: (version: string) => boolean,
): string[] | undefined {
  const found: string[] = [];
  let candidate = version;
  while (found.length < count) {
    candidate = nextVersion(candidate);
    if (!fits(candidate)) return undefined;
    if (!taken.has(candidate)) found.push(candidate);
  }
  for (const chosen of found) taken.add(chosen);
  return found;
}

/** The SQL fixes as new migrations after the last one, in the folder of the last migration. */
function sqlChanges(
  files: readonly MigrationFile[],
  plan: FixPlan,
  options: LintOptions,
  taken: Set<string>,
): Change[] {
  const migrations = sqlMigrations(plan.sql, options.config.runner);
  if (migrations.length === 0) return [];
  const last = files.filter((file) => file.applied).at(-1);
  const directory = last
    ? path.dirname(last.path)
    : path.resolve(options.config.baseDir, options.config.migrations);
  let version = [...taken].sort().at(-1) ?? timestampOf(options.now);
  return migrations.map((migration) => {
    do version = nextVersion(version);
    while (taken.has(version) || existsSync(path.join(directory, `${version}_${migration.name}.sql`)));
    taken.add(version);
    const absolute = path.join(directory, `${version}_${migration.name}.sql`);
    const displayPath = displayPathOf(absolute, options.cwd);
    const fixed = migration.fixes.map(
      ({ finding }) => `${finding.ruleId}${finding.object ? ` (${finding.object})` : ''}`,
    );
    const text = `${displayPath}: ${[...new Set(fixed)].join(', ')}`;
    return { absolute, displayPath, after: migration.text, what: [{ verb: 'write', text }] };
  });
}

/** An edited file that is also split is one change: the split starts from the edited text. */
function mergeChanges(changes: readonly Change[]): Change[] {
  const byPath = new Map<string, Change>();
  for (const change of changes) {
    const earlier = byPath.get(change.absolute);
    byPath.set(
      change.absolute,
      earlier ? { ...change, before: earlier.before, what: [...earlier.what, ...change.what] } : change,
    );
  }
  return [...byPath.values()];
}

function writeChanges(changes: readonly Change[]): void {
  for (const change of changes) {
    try {
      // A byte order mark the file had is kept: the edits counted from after it.
      const bom = change.before !== undefined && readFileSync(change.absolute).subarray(0, 3).toString('hex');
      writeFileSync(change.absolute, (bom === 'efbbbf' ? '\uFEFF' : '') + change.after);
    } catch (error) {
      throw new UsageError(`fix: cannot write ${change.displayPath}: ${describeError(error)}`);
    }
  }
}

function report(
  changes: readonly Change[],
  plan: FixPlan,
  left: readonly LeftFix[],
  dryRun: boolean,
  splitFixed: number,
): string {
  const out: string[] = [];
  if (dryRun)
    for (const change of changes) out.push(unifiedDiff(change.displayPath, change.before, change.after));
  for (const { verb, text } of changes.flatMap((change) => change.what))
    out.push(`${escapeControls(`${dryRun ? `would ${verb}` : PAST[verb]} ${text}`)}\n`);
  for (const { finding, reason } of left) {
    const where = finding.location
      ? `${finding.location.file}:${finding.location.line}`
      : (finding.object ?? '');
    out.push(`${escapeControls(`left ${finding.ruleId} at ${where}: ${reason}`)}\n`);
  }
  if (plan.outsideChange > 0)
    out.push(
      `left ${fixes(plan.outsideChange)} of existing findings outside the change (run \`scribe-lint fix\` without --since for them)\n`,
    );
  out.push(`${totals(changes, plan, left, dryRun, splitFixed)}\n`);
  return out.join('');
}

function totals(
  changes: readonly Change[],
  plan: FixPlan,
  left: readonly LeftFix[],
  dryRun: boolean,
  splitFixed: number,
): string {
  const edited = changes.filter((change) => change.before !== undefined).length;
  const written = changes.length - edited;
  const leftFindings = new Set(left.map((item) => item.finding));
  const editFindings = new Set([...plan.edits.values()].flatMap((entry) => entry.findings));
  const fixed =
    [...editFindings].filter((finding) => !leftFindings.has(finding)).length + plan.sql.length + splitFixed;
  const leftCount = left.length + plan.outsideChange;
  if (fixed === 0 && changes.length === 0)
    return `nothing to fix${leftCount > 0 ? `; ${fixes(leftCount)} left` : ''}`;
  const parts = [`${plural(edited, 'file')} edited`, `${plural(written, 'new migration')}`];
  if (leftCount > 0) parts.push(`${fixes(leftCount)} left`);
  return `${dryRun ? 'would fix' : 'fixed'} ${plural(fixed, 'finding')}: ${parts.join(', ')}${dryRun ? ' (dry run: nothing written)' : ''}`;
}

function fixes(count: number): string {
  return `${count} ${count === 1 ? 'fix' : 'fixes'}`;
}
