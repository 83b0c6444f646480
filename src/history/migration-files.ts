// Finding migration files, putting them in the order the runner applies them, and reading them into
// statements. Supabase's CLI applies `<digits>_<name>.sql` files of the migrations folder in lexical order;
// anything else there is skipped by the runner (and flagged by migration-filename).

import {
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.ts';
import { decodeUtf8, invalidByteMessage, type InvalidByte } from '../parse/encoding.ts';
import { LineIndex } from '../parse/positions.ts';
import type { TreeNeeds } from '../parse/kept-trees.ts';
import { parseStatements } from '../parse/parse-file.ts';
import { findSuppressions } from '../parse/suppressions.ts';
import type { MigrationFile, Statement } from '../types.ts';

export const RUNNER_FILE_NAME = /^([0-9]+)_(.+)\.sql$/;

/**
 * Expands the given paths into `.sql` files. A folder contributes the `.sql` entries directly inside it,
 * including ones that are not regular files: readMigrationFile says why it skips those, as a finding.
 * A given path that does not exist, or is not a regular file or folder, is a usage error (a FIFO would
 * block the read forever); the default folder may be absent. A given symlink is followed to its target.
 */
export function collectMigrationPaths(
  paths: string[],
  cwd: string,
  options: { optional: boolean },
): string[] {
  const found: string[] = [];
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let stats: Stats;
    try {
      stats = statSync(absolute);
    } catch {
      if (options.optional) continue;
      const broken = lstatSync(absolute, { throwIfNoEntry: false })?.isSymbolicLink();
      throw new UsageError(broken ? `broken symlink: ${given}` : `no such file or directory: ${given}`);
    }
    if (stats.isDirectory()) {
      for (const entry of readdirSync(absolute, { withFileTypes: true })) {
        if (entry.name.toLowerCase().endsWith('.sql')) found.push(path.join(absolute, entry.name));
      }
      continue;
    }
    if (!stats.isFile())
      throw new UsageError(`${given} is ${kindOf(stats)}, not a regular file: scribe-lint reads only files`);
    found.push(lstatSync(absolute).isSymbolicLink() ? realpathSync(absolute) : absolute);
  }
  return [...new Set(found)].sort(compareRunnerOrder);
}

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isDirectory()) return 'a directory';
  if (stats.isSymbolicLink()) return 'a symlink';
  return 'not a regular file';
}

/**
 * Why an entry of a migrations folder is not read, or undefined for a regular file (or a symlink to one
 * inside the project: the working directory, its repository, or the folder itself). A symlink leading
 * elsewhere is not followed: its contents would land in reports and annotations.
 */
export function whyNotRead(absolute: string, cwd: string): string | undefined {
  const entry = lstatSync(absolute, { throwIfNoEntry: false });
  if (!entry || entry.isFile()) return undefined; // a vanished file is reported by the read
  if (!entry.isSymbolicLink()) return `it is ${kindOf(entry)}, not a regular file`;
  let target: string;
  try {
    target = realpathSync(absolute);
  } catch {
    return 'it is a broken symlink';
  }
  if (!projectRoots(cwd, path.dirname(absolute)).some((root) => isWithin(target, root)))
    return `it is a symlink to \`${target}\`, outside the project`;
  const stats = statSync(target);
  return stats.isFile() ? undefined : `it is a symlink to ${kindOf(stats)}`;
}

function projectRoots(cwd: string, folder: string): string[] {
  const roots = [realOrSelf(cwd), realOrSelf(folder)];
  const repository = repositoryRoot(roots[0]);
  if (repository) roots.push(repository);
  return roots;
}

function realOrSelf(folder: string): string {
  try {
    return realpathSync(folder);
  } catch {
    return path.resolve(folder);
  }
}

/** The nearest folder at or above `from` holding `.git`. */
function repositoryRoot(from: string): string | undefined {
  for (let folder = from; ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, '.git'))) return folder;
    if (path.dirname(folder) === folder) return undefined;
  }
}

function isWithin(target: string, root: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Lexical by file name, as the Supabase CLI applies them; the path breaks ties between folders. */
export function compareRunnerOrder(a: string, b: string): number {
  const byName = compareStrings(path.basename(a), path.basename(b));
  return byName !== 0 ? byName : compareStrings(a, b);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function displayPathOf(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  const shown = relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
  return shown.split(path.sep).join('/');
}

/**
 * Reads and parses one file. The parser must be loaded (see loadParser). With `treesFor`, only statements
 * of those node types keep their parse trees (see parseStatements).
 */
export function readMigrationFile(absolute: string, cwd: string, treesFor?: TreeNeeds): MigrationFile {
  const skipped = whyNotRead(absolute, cwd);
  if (skipped) return { ...migrationFileHeader(absolute, cwd), applied: false, skipped };
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    throw new UsageError(
      `cannot read ${displayPathOf(absolute, cwd)}: ${(error as NodeJS.ErrnoException).code}`,
    );
  }
  return migrationFileFromBytes(absolute, displayPathOf(absolute, cwd), bytes, treesFor);
}

/** What a file's snapshot key and the shadow's start need, before any parsing: its name and text. */
export type MigrationText = Pick<MigrationFile, 'displayPath' | 'text' | 'applied'>;

/**
 * Reads one file's text as readMigrationFile would, without parsing it (lint.ts starts the shadow from
 * it while the files are parsed). A file that cannot be read comes back empty and not applied: reading it
 * again for the parse reports the problem.
 */
export function readMigrationText(absolute: string, cwd: string): MigrationText {
  const { displayPath, applied } = migrationFileHeader(absolute, cwd);
  if (whyNotRead(absolute, cwd)) return { displayPath, text: '', applied: false };
  try {
    return { displayPath, text: withoutBom(decodeUtf8(readFileSync(absolute))).text, applied };
  } catch {
    return { displayPath, text: '', applied: false };
  }
}

export function migrationFileFromBytes(
  absolute: string,
  displayPath: string,
  bytes: Buffer,
  treesFor?: TreeNeeds,
): MigrationFile {
  const { text, invalid } = withoutBom(decodeUtf8(bytes));
  const lines = new LineIndex(text);
  const nul = text.indexOf('\0');
  const statements =
    nul !== -1
      ? [binaryFileStatement(text, nul)]
      : withInvalidBytes(trimEnds(parseStatements(text, treesFor), lines), invalid, lines);
  explainNonStandardStrings(text, statements);
  const suppressions = nul === -1 ? findSuppressions(text) : [];
  return { ...headerOf(absolute, displayPath), text, lines, statements, suppressions };
}

/** A file's name and runner facts without its contents, for cross-file rules run in another thread. */
export function migrationFileHeader(absolute: string, cwd: string): MigrationFile {
  return headerOf(absolute, displayPathOf(absolute, cwd));
}

function headerOf(absolute: string, displayPath: string): MigrationFile {
  const name = path.basename(absolute);
  const version = RUNNER_FILE_NAME.exec(name)?.[1];
  return {
    path: absolute,
    displayPath,
    name,
    text: '',
    lines: new LineIndex(''),
    statements: [],
    version,
    applied: version !== undefined,
    suppressions: [],
  };
}

/** The text without a UTF-8 BOM (three bytes, which the invalid bytes' offsets then move by). */
function withoutBom(decoded: { text: string; invalid: InvalidByte[] }): {
  text: string;
  invalid: InvalidByte[];
} {
  if (decoded.text.charCodeAt(0) !== 0xfeff) return decoded;
  const invalid = decoded.invalid.map((byte) => ({ ...byte, offset: byte.offset - 3 }));
  return { text: decoded.text.slice(1), invalid };
}

/**
 * Marks the statement holding each invalid byte (the first one in it) as a parse problem and drops its
 * tree, so it is neither checked nor replayed as if it were fine. A byte outside every statement (in a
 * comment between them) gets a problem of its own, running to the end of its line.
 */
function withInvalidBytes(statements: Statement[], invalid: InvalidByte[], lines: LineIndex): Statement[] {
  if (invalid.length === 0) return statements;
  const flagged = new Set<Statement>();
  const flaggedLines = new Set<number>();
  const added: Statement[] = [];
  for (const byte of invalid) {
    const problem = { message: invalidByteMessage(byte.value), offset: byte.offset };
    const holder = statements.find((s) => s.start <= byte.offset && byte.offset < s.end);
    if (holder) {
      if (flagged.has(holder)) continue;
      flagged.add(holder);
      holder.node = undefined;
      holder.parseProblem = problem;
      continue;
    }
    const line = lines.position(byte.offset).line;
    if (flaggedLines.has(line)) continue;
    flaggedLines.add(line);
    const lineText = lines.slice(byte.offset, lines.lineStart(line + 1)).replace(/\r?\n$/, '');
    const end = byte.offset + Buffer.byteLength(lineText, 'utf8');
    added.push({ index: 0, nodeOffset: byte.offset, start: byte.offset, end, parseProblem: problem });
  }
  if (added.length === 0) return statements;
  const all = [...statements, ...added].sort((a, b) => a.start - b.start);
  all.forEach((statement, index) => (statement.index = index));
  return all;
}

/** PostgreSQL cannot take a NUL byte in query text, and the parser would silently stop at it. */
function binaryFileStatement(text: string, nulAt: number): Statement {
  const offset = Buffer.byteLength(text.slice(0, nulAt), 'utf8');
  return {
    index: 0,
    nodeOffset: 0,
    start: 0,
    end: Buffer.byteLength(text, 'utf8'),
    parseProblem: { message: 'the file contains a NUL byte: it is binary, not SQL text', offset },
  };
}

const STRINGS_OFF = /standard_conforming_strings\s*(?:=|\bto\b)\s*'?(?:off|false|0)\b/i;

/**
 * With `standard_conforming_strings` off, a backslash escapes the quote in `'it\'s'`; PostgreSQL's parser
 * here always lexes as with it on (the default since 9.1), so a parse error after such a SET says why.
 */
function explainNonStandardStrings(text: string, statements: Statement[]): void {
  if (!statements.some((statement) => statement.parseProblem)) return;
  const setAt = STRINGS_OFF.exec(text);
  if (!setAt) return;
  const from = Buffer.byteLength(text.slice(0, setAt.index), 'utf8');
  for (const { parseProblem } of statements) {
    if (parseProblem && parseProblem.offset > from && !parseProblem.underPsql)
      parseProblem.message +=
        " (this file turns standard_conforming_strings off, but scribe-lint reads '…' strings as with it on, where a backslash is an ordinary character: write E'…' for backslash escapes)";
  }
}

/** A statement that runs to the end of the file ends at its last non-blank character, not at the newline. */
function trimEnds(statements: Statement[], lines: LineIndex): Statement[] {
  const last = statements.at(-1);
  if (!last || last.end !== lines.byteLength) return statements;
  const text = lines.slice(last.start, last.end);
  last.end -= Buffer.byteLength(text.slice(text.trimEnd().length), 'utf8');
  return statements;
}
