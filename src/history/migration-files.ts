// Finding migration files, putting them in the order the runner applies them, and reading them into
// statements. Supabase's CLI applies `<digits>_<name>.sql` files of the migrations folder in lexical order;
// anything else there is skipped by the runner (and flagged by migration-filename).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.ts';
import { LineIndex } from '../parse/positions.ts';
import type { TreeNeeds } from '../parse/kept-trees.ts';
import { parseStatements } from '../parse/parse-file.ts';
import { findSuppressions } from '../parse/suppressions.ts';
import type { MigrationFile, Statement } from '../types.ts';

export const RUNNER_FILE_NAME = /^([0-9]+)_(.+)\.sql$/;

/**
 * Expands the given paths into `.sql` files. A folder contributes the `.sql` files directly inside it.
 * A given path that does not exist is a usage error; the default folder may be absent.
 */
export function collectMigrationPaths(
  paths: string[],
  cwd: string,
  options: { optional: boolean },
): string[] {
  const found: string[] = [];
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(absolute).isDirectory();
    } catch {
      if (options.optional) continue;
      throw new UsageError(`no such file or directory: ${given}`);
    }
    if (!isDirectory) {
      found.push(absolute);
      continue;
    }
    for (const entry of readdirSync(absolute, { withFileTypes: true })) {
      if (entry.isFile() && entry.name.toLowerCase().endsWith('.sql'))
        found.push(path.join(absolute, entry.name));
    }
  }
  return [...new Set(found)].sort(compareRunnerOrder);
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

export function migrationFileFromBytes(
  absolute: string,
  displayPath: string,
  bytes: Buffer,
  treesFor?: TreeNeeds,
): MigrationFile {
  const text = stripBom(bytes.toString('utf8'));
  const lines = new LineIndex(text);
  const nul = text.indexOf('\0');
  const statements =
    nul === -1 ? trimEnds(parseStatements(text, treesFor), lines) : [binaryFileStatement(text, nul)];
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

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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

/** A statement that runs to the end of the file ends at its last non-blank character, not at the newline. */
function trimEnds(statements: Statement[], lines: LineIndex): Statement[] {
  const last = statements.at(-1);
  if (!last || last.end !== lines.byteLength) return statements;
  const text = lines.slice(last.start, last.end);
  last.end -= Buffer.byteLength(text.slice(text.trimEnd().length), 'utf8');
  return statements;
}
