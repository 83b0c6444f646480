// `COPY … FROM STDIN` (and psql's `\copy … from stdin`) in a migration file: the lines after the command,
// up to a line `\.` (or the end of the file), are data rows that psql streams to the server. They are not
// SQL: a row `1<TAB>x; drop table t;` must never be linted or replayed as `drop table t`, and a row with a
// lone quote must not swallow the rest of the file. So those lines are cut out before the file is parsed.

import { scanSync, type ScanToken } from 'libpg-query';
import type { ParseProblem } from '../types.ts';

/** One command that reads data rows from the file, and where its rows are (byte offsets). */
export interface CopyBlock {
  /** Where the command starts: the `\copy` line, or the COPY statement's first token. */
  commandStart: number;
  /** The end of the command: its terminating semicolon, or the end of the `\copy` line. */
  commandEnd: number;
  /** The data rows, from the line after the command through the `\.` line (or the end of the file). */
  dataStart: number;
  dataEnd: number;
  /** 1-based lines of the first and last data row (last < first when there are none). */
  firstRowLine: number;
  lastRowLine: number;
  psqlCommand: boolean;
}

/** Cheap test run on every file: only a file naming stdin can hold COPY data. */
export function mayHoldCopyData(text: string): boolean {
  return /stdin/i.test(text);
}

/** The `FROM STDIN` of a COPY, or `FROM PSTDIN` of a `\copy`. Matched on a latin1 view: index = byte. */
const FROM_STDIN = /\bfrom\s+p?stdin\b/gi;
/** How far after `FROM STDIN` the COPY's options may run before its semicolon. */
const MAX_OPTION_LINES = 20;

/** Every COPY-from-stdin block of the file, in order; the search resumes after each block's data. */
export function findCopyBlocks(bytes: Buffer): CopyBlock[] {
  const blocks: CopyBlock[] = [];
  const view = bytes.toString('latin1');
  let segmentStart = 0;
  FROM_STDIN.lastIndex = 0;
  for (let match = FROM_STDIN.exec(view); match; match = FROM_STDIN.exec(view)) {
    const block = blockAt(bytes, view, segmentStart, match.index, match.index + match[0].length);
    if (!block) continue;
    blocks.push(block);
    segmentStart = block.dataEnd;
    FROM_STDIN.lastIndex = block.dataEnd;
  }
  return blocks;
}

function blockAt(
  bytes: Buffer,
  view: string,
  segmentStart: number,
  matchStart: number,
  matchEnd: number,
): CopyBlock | undefined {
  const lineStart = view.lastIndexOf('\n', matchStart - 1) + 1;
  if (lineStart >= segmentStart && /^[ \t]*\\copy\b/i.test(view.slice(lineStart, matchStart)))
    return psqlCopyBlock(bytes, view, segmentStart, lineStart);
  return sqlCopyBlock(bytes, view, segmentStart, matchStart, matchEnd);
}

/** `\copy t from stdin`: the meta-command is its line; when that line is top-level code, rows follow. */
function psqlCopyBlock(
  bytes: Buffer,
  view: string,
  segmentStart: number,
  lineStart: number,
): CopyBlock | undefined {
  if (!tokensOf(bytes, segmentStart, lineStart)) return undefined;
  const commandStart = lineStart + (/^[ \t]*/.exec(view.slice(lineStart))?.[0].length ?? 0);
  const lineEnd = endOfLine(view, lineStart);
  return withData(view, commandStart, trimCarriageReturn(view, lineEnd), lineEnd, true);
}

/** `COPY … FROM STDIN [options];`: `FROM STDIN` must be code (not a string or comment) of a COPY. */
function sqlCopyBlock(
  bytes: Buffer,
  view: string,
  segmentStart: number,
  matchStart: number,
  matchEnd: number,
): CopyBlock | undefined {
  const tokens = tokensOf(bytes, segmentStart, matchEnd);
  const last = tokens?.at(-1);
  if (!tokens || last?.text.toLowerCase().endsWith('stdin') !== true) return undefined;
  if (segmentStart + last.end !== matchEnd) return undefined;
  const first = firstTokenOfStatement(tokens, view, segmentStart);
  if (first?.text.toLowerCase() !== 'copy') return undefined;
  const semicolon = terminatorAfter(bytes, view, matchEnd);
  if (semicolon === undefined) return undefined;
  return withData(view, segmentStart + first.start, semicolon, endOfLine(view, semicolon), false);
}

function withData(
  view: string,
  commandStart: number,
  commandEnd: number,
  commandLineEnd: number,
  psqlCommand: boolean,
): CopyBlock {
  const dataStart = Math.min(commandLineEnd + 1, view.length);
  let rowEnd = dataStart;
  let dataEnd = view.length;
  for (let at = dataStart; at < view.length;) {
    const end = endOfLine(view, at);
    if (view.slice(at, trimCarriageReturn(view, end)) === '\\.') {
      rowEnd = at;
      dataEnd = Math.min(end + 1, view.length);
      break;
    }
    at = end + 1;
    rowEnd = view.length;
  }
  const firstRowLine = lineOf(view, dataStart);
  const rows = view.slice(dataStart, rowEnd).replace(/\r?\n$/, '');
  const lastRowLine = rows === '' ? firstRowLine - 1 : firstRowLine + countNewlines(rows);
  return { commandStart, commandEnd, dataStart, dataEnd, firstRowLine, lastRowLine, psqlCommand };
}

/** Tokens of bytes[from, to), or undefined when they end inside a quote or comment (or do not scan). */
function tokensOf(bytes: Buffer, from: number, to: number): ScanToken[] | undefined {
  if (from >= to) return [];
  try {
    return scanSync(bytes.toString('utf8', from, to)).tokens;
  } catch {
    return undefined;
  }
}

const COMMENTS = new Set(['SQL_COMMENT', 'C_COMMENT']);

/**
 * The first code token after the last top-level semicolon or psql meta-command line (whose arguments
 * scan as tokens too). Offsets of `tokens` count from `segmentStart`.
 */
function firstTokenOfStatement(
  tokens: ScanToken[],
  view: string,
  segmentStart: number,
): ScanToken | undefined {
  let first: ScanToken | undefined;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i];
    if (token.text === ';') break;
    if (token.text === '\\') {
      const metaLineEnd = endOfLine(view, segmentStart + token.start) - segmentStart;
      return tokens
        .slice(i + 1)
        .find((after) => after.start >= metaLineEnd && !COMMENTS.has(after.tokenName));
    }
    if (!COMMENTS.has(token.tokenName)) first = token;
  }
  return first;
}

/** The end of the `;` that closes the COPY's options, looked for over the next few lines. */
function terminatorAfter(bytes: Buffer, view: string, from: number): number | undefined {
  let lineEnd = endOfLine(view, from);
  for (let line = 0; line < MAX_OPTION_LINES; line++) {
    const tokens = tokensOf(bytes, from, lineEnd);
    let depth = 0;
    for (const token of tokens ?? []) {
      if (token.text === '(') depth++;
      else if (token.text === ')') depth--;
      else if (token.text === ';' && depth === 0) return from + token.end;
    }
    if (lineEnd >= view.length) return undefined;
    lineEnd = endOfLine(view, lineEnd + 1);
  }
  return undefined;
}

function endOfLine(view: string, from: number): number {
  const newline = view.indexOf('\n', from);
  return newline === -1 ? view.length : newline;
}

function trimCarriageReturn(view: string, lineEnd: number): number {
  return view[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
}

function lineOf(view: string, offset: number): number {
  return countNewlines(view.slice(0, offset)) + 1;
}

function countNewlines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** The parse-error problem of a block, located at its command. */
export function copyBlockProblem(block: CopyBlock): ParseProblem {
  const rows = block.lastRowLine - block.firstRowLine + 1;
  const where =
    rows <= 0
      ? 'no data rows'
      : rows === 1
        ? `1 data row (line ${block.firstRowLine})`
        : `${rows} data rows (lines ${block.firstRowLine}–${block.lastRowLine})`;
  const command = block.psqlCommand ? '`\\copy … from stdin`' : '`COPY … FROM stdin`';
  const what = block.psqlCommand
    ? `psql meta-command ${command} is not SQL, and neither are its ${where}`
    : `${command} reads its rows from the client, and only psql sends the ${where} that follow`;
  return {
    message: `${what}: a runner other than psql sends the file's text to the server, which rejects it; load the rows with INSERT statements`,
    offset: block.commandStart,
    underPsql: `${command} with ${where}: psql streams them to the server; scribe-lint does not lint or replay the command or its rows`,
  };
}
