// The files `scribe-lint fix` writes: new migrations for the fixes' SQL, with fresh versions after the last
// migration, and the pieces an edited file is split into. The Supabase CLI sends each file as one implicit
// transaction, in which PostgreSQL refuses CONCURRENTLY, so under that runner every CONCURRENTLY statement
// gets a file of its own (concurrent-in-transaction).

import type { Runner } from '../config.ts';
import { statementOf } from '../parse/ast.ts';
import { concurrentForm } from '../parse/concurrent.ts';
import { parseStatements } from '../parse/parse-file.ts';
import { LineIndex } from '../parse/positions.ts';
import type { Statement } from '../types.ts';
import { FIX_LOCK_TIMEOUT } from '../../rules/lock-timeout.ts';
import type { SqlFix } from './plan.ts';

/** Versions as the Supabase CLI makes them: a UTC timestamp, `YYYYMMDDHHMMSS`. */
const TIMESTAMP = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;

/**
 * The version one second after `version` when it is a timestamp, else the next number of the same width:
 * what sorts right after it, as the runner orders file names.
 */
export function nextVersion(version: string): string {
  const match = TIMESTAMP.exec(version);
  if (match) {
    const [, year, month, day, hour, minute, second] = match.map(Number);
    const time = Date.UTC(year, month - 1, day, hour, minute, second);
    // Only a real moment counts as a timestamp: `20251399...` is just a number.
    if (timestampOf(new Date(time)) === version) return timestampOf(new Date(time + 1000));
  }
  return (BigInt(version) + 1n).toString().padStart(version.length, '0');
}

export function timestampOf(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/** Whether the runner needs each CONCURRENTLY statement alone in its file. */
export function isolatesConcurrently(runner: Runner): boolean {
  return runner === 'supabase';
}

/** One statement's text, through its terminating semicolon, with the comments just above it. */
interface Piece {
  text: string;
  concurrent: boolean;
  buildsIndex: boolean;
  /** A GRANT or REVOKE, which takes no lock that blocks the table's readers or writers. */
  grants: boolean;
  statement?: Statement;
}

/**
 * The text cut into runs of statements, every CONCURRENTLY statement alone in its run and every VALIDATE
 * CONSTRAINT starting a run: validated in the transaction that added the constraint NOT VALID, it would scan
 * the table under the ADD's ACCESS EXCLUSIVE lock, the very thing NOT VALID avoids (long-exclusive-lock). A
 * cut goes right after a statement's semicolon (and the rest of that line when it is blank), so a comment
 * above a statement, a suppression comment included, stays with it. Undefined when nothing needs cutting.
 */
export function splitConcurrent(text: string): string[] | undefined {
  const statements = parseStatements(text);
  if (statements.some((statement) => statement.parseProblem)) return undefined;
  const concurrent = statements.map((statement) => concurrentForm(statement.node) !== undefined);
  const validates = statements.map((statement, index) => index > 0 && onlyValidates(statement));
  if (statements.length < 2 || !(concurrent.includes(true) || validates.includes(true))) return undefined;
  const lines = new LineIndex(text);
  const cuts = statements.slice(0, -1).map((statement) => cutAfter(lines, statement.end));
  const runs: string[] = [];
  let from = 0;
  let current = '';
  statements.forEach((_, index) => {
    const to = index < cuts.length ? cuts[index] : lines.byteLength;
    const piece = lines.slice(from, to);
    from = to;
    const ends =
      concurrent[index] ||
      concurrent[index + 1] === true ||
      validates[index + 1] === true ||
      index === statements.length - 1;
    current += piece;
    if (ends) {
      runs.push(current);
      current = '';
    }
  });
  return runs;
}

/** `ALTER TABLE … VALIDATE CONSTRAINT …` and nothing else. */
function onlyValidates(statement: Statement): boolean {
  const commands = statementOf(statement.node, 'AlterTableStmt')?.cmds ?? [];
  return (
    commands.length > 0 &&
    commands.every(
      (command) =>
        (command as { AlterTableCmd?: { subtype?: string } }).AlterTableCmd?.subtype ===
        'AT_ValidateConstraint',
    )
  );
}

/** The byte after the semicolon that ends a statement, and after the line's end when nothing else is on it. */
function cutAfter(lines: LineIndex, statementEnd: number): number {
  const rest = lines.slice(statementEnd, lines.byteLength);
  const semicolon = rest.indexOf(';');
  if (semicolon === -1) return statementEnd;
  const afterSemicolon = statementEnd + Buffer.byteLength(rest.slice(0, semicolon + 1));
  const tail = /^[ \t]*\r?\n/.exec(rest.slice(semicolon + 1));
  return tail ? afterSemicolon + Buffer.byteLength(tail[0]) : afterSemicolon;
}

/** A new migration file's name part and text, before it is given a version. */
export interface NewMigration {
  /** `scribe_lint_fix` or `scribe_lint_fix_<index name>`: the part after `<version>_`. */
  name: string;
  text: string;
  fixes: SqlFix[];
  /** One index build, as the rule wrote it (no lock timeout added: it would cut a long build short). */
  indexBuild?: boolean;
}

/**
 * The fixes' SQL as new migrations. Each fix gets a file of its own, because a statement that takes an
 * ACCESS EXCLUSIVE lock (ENABLE ROW LEVEL SECURITY, CREATE POLICY) would otherwise hold it, in the file's
 * transaction, through every statement after it (long-exclusive-lock). Fixes that only grant or revoke share
 * one file; each index build is alone in its file (under the Supabase runner CONCURRENTLY requires it, and a
 * plain build holds its lock for the whole build).
 */
export function sqlMigrations(fixes: readonly SqlFix[], runner: Runner): NewMigration[] {
  const files: NewMigration[] = [];
  let privileges: NewMigration | undefined;
  for (const fix of fixes) {
    const pieces = piecesOf(fix.sql);
    if (pieces.every((piece) => piece.grants)) {
      if (!privileges) files.push((privileges = { name: 'scribe_lint_fix_privileges', text: '', fixes: [] }));
      privileges.text += pieces.map((piece) => piece.text).join('');
      privileges.fixes.push(fix);
      continue;
    }
    const own: NewMigration = {
      name: `scribe_lint_fix_${slug(fix.finding.ruleId)}${subjectOf(fix)}`,
      text: '',
      fixes: [fix],
    };
    const indexes: NewMigration[] = [];
    for (const piece of pieces) {
      if ((piece.concurrent && isolatesConcurrently(runner)) || piece.buildsIndex)
        indexes.push({ name: indexFileName(piece, fix), text: piece.text, fixes: [fix], indexBuild: true });
      else own.text += piece.text;
    }
    files.push(...(own.text === '' ? [] : [own]), ...indexes);
  }
  return files.map((file) => ({
    ...file,
    // Statements that lock existing tables get a lock timeout: a busy table makes the migration fail and be
    // retried instead of queueing every query behind it.
    text: `${header(file.fixes)}${file.indexBuild ? '' : lockTimeout()}${file.text}`,
  }));
}

function lockTimeout(): string {
  return `set lock_timeout = '${FIX_LOCK_TIMEOUT}';\n`;
}

/** `_<table>` of the finding's object (`schema.table[.more]`), so the file name says what it changes. */
function subjectOf(fix: SqlFix): string {
  const table = fix.finding.object?.split('.')[1];
  return table ? `_${slug(table)}` : '';
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 60);
}

/** The statements of a fix's SQL, each ending in `;` and a newline; unparsable SQL stays one piece. */
function piecesOf(sql: string): Piece[] {
  const statements = parseStatements(sql);
  if (statements.length === 0 || statements.some((statement) => statement.parseProblem))
    return [{ text: `${sql.trim()}\n`, concurrent: false, buildsIndex: false, grants: false }];
  const lines = new LineIndex(sql);
  return statements.map((statement) => ({
    text: `${lines.slice(statement.start, statement.end).trim()};\n`,
    concurrent: concurrentForm(statement.node) !== undefined,
    buildsIndex: statementOf(statement.node, 'IndexStmt') !== undefined,
    grants: statementOf(statement.node, 'GrantStmt') !== undefined,
    statement,
  }));
}

/** Named after the index the statement builds, so the folder listing says what each file is for. */
function indexFileName(piece: Piece, fix: SqlFix): string {
  const index = statementOf(piece.statement?.node, 'IndexStmt')?.idxname;
  return `scribe_lint_fix_${slug(index ?? fix.finding.ruleId)}`;
}

function header(fixes: readonly SqlFix[]): string {
  const what = fixes.map(({ finding }) => `${finding.ruleId}${finding.object ? ` (${finding.object})` : ''}`);
  const unique = [...new Set(what)];
  if (unique.length === 1) return `-- Written by scribe-lint fix: ${unique[0]}\n`;
  return `-- Written by scribe-lint fix:\n${unique.map((line) => `--   ${line}\n`).join('')}`;
}
