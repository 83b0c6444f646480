// Turning a migration file's text into statements with byte ranges.
//
// The fast path hands the whole file to PostgreSQL's parser. When that fails, the file is cut the way psql
// would cut it (PostgreSQL's own scanner finds the top-level semicolons, so quotes, dollar quotes and
// comments are respected) and each piece is parsed alone: one broken statement costs one parse-error, and
// every other statement is still linted and replayed.

import { loadModule, parseSync, scanSync, type ScanToken } from 'libpg-query';
import type { Node } from 'libpg-query';
import type { Statement } from '../types.ts';
import { codePointOffsetToByte, utf8Length } from './positions.ts';

let loaded: Promise<void> | undefined;

/** Loads the WASM parser once per process. */
export function loadParser(): Promise<void> {
  loaded ??= loadModule();
  return loaded;
}

interface ParserError {
  message: string;
  /** Character offset (PostgreSQL counts characters) into the text that was parsed. */
  cursor: number;
}

/** Splits and parses a whole file. `text` must have no BOM. The parser must be loaded. */
export function parseStatements(text: string): Statement[] {
  if (!/\S/.test(text)) return [];
  try {
    return fromParseResult(parseSync(text).stmts ?? [], 0, utf8Length(text));
  } catch (error) {
    return parsePieceByPiece(text, toParserError(error));
  }
}

function fromParseResult(
  raw: { stmt?: Node; stmt_location?: number; stmt_len?: number }[],
  baseOffset: number,
  byteLength: number,
): Statement[] {
  return raw.map((entry, index) => {
    const start = entry.stmt_location ?? 0;
    const end = entry.stmt_len ? start + entry.stmt_len : byteLength;
    return {
      index,
      node: entry.stmt,
      nodeOffset: baseOffset,
      start: baseOffset + start,
      end: baseOffset + end,
    };
  });
}

function toParserError(error: unknown): ParserError {
  const details = (error as { sqlDetails?: { message: string; cursorPosition: number } }).sqlDetails;
  if (details) return { message: details.message, cursor: details.cursorPosition };
  return { message: (error as Error).message ?? String(error), cursor: 0 };
}

interface Piece {
  start: number;
  end: number;
  /** A psql meta-command such as `\set`: never SQL, so it is reported without being parsed. */
  metaCommand?: string;
}

function parsePieceByPiece(text: string, wholeFileError: ParserError): Statement[] {
  const bytes = Buffer.from(text, 'utf8');
  const statements: Statement[] = [];
  for (const piece of splitIntoPieces(text, bytes, wholeFileError)) {
    const pieceText = bytes.toString('utf8', piece.start, piece.end);
    const index = statements.length;
    if (piece.metaCommand !== undefined) {
      statements.push({
        index,
        nodeOffset: piece.start,
        start: piece.start,
        end: piece.end,
        parseProblem: metaCommandProblem(piece),
      });
      continue;
    }
    try {
      const parsed = fromParseResult(parseSync(pieceText).stmts ?? [], piece.start, piece.end - piece.start);
      for (const statement of parsed) statements.push({ ...statement, index: statements.length });
    } catch (error) {
      const problem = toParserError(error);
      const offset = piece.start + codePointOffsetToByte(pieceText, problem.cursor);
      statements.push({
        index,
        nodeOffset: piece.start,
        start: piece.start,
        end: piece.end,
        parseProblem: { message: problem.message, offset },
      });
    }
  }
  return statements;
}

function metaCommandProblem(piece: Piece): { message: string; offset: number } {
  return {
    message:
      `psql meta-command \`${piece.metaCommand}\` is not SQL: only psql understands it, ` +
      'and a migration runner sends it to the server, which rejects it',
    offset: piece.start,
  };
}

/**
 * Cuts the file at top-level semicolons using PostgreSQL's scanner. When the scanner itself fails (an
 * unterminated quote, dollar quote or comment), the part before the parser's error cursor is scanned, and
 * everything from the last cut to the end of the file becomes the final, broken piece.
 */
function splitIntoPieces(text: string, bytes: Buffer, wholeFileError: ParserError): Piece[] {
  let tokens: ScanToken[];
  let brokenTailFrom: number | undefined;
  try {
    tokens = scanSync(text).tokens;
  } catch {
    const cutAt = codePointOffsetToByte(text, wholeFileError.cursor);
    tokens = safeScan(bytes.toString('utf8', 0, cutAt));
    brokenTailFrom = cutAt;
  }
  const pieces = cutAtSemicolons(tokens, bytes);
  if (brokenTailFrom !== undefined) attachBrokenTail(pieces, tokens, brokenTailFrom, bytes.length);
  return pieces;
}

function safeScan(text: string): ScanToken[] {
  try {
    return scanSync(text).tokens;
  } catch {
    return [];
  }
}

const COMMENT_TOKENS = new Set(['SQL_COMMENT', 'C_COMMENT']);

/** Statement boundaries as psql draws them: semicolons outside parentheses and `BEGIN ATOMIC` bodies. */
function cutAtSemicolons(tokens: ScanToken[], bytes: Buffer): Piece[] {
  const pieces: Piece[] = [];
  let first: ScanToken | undefined;
  let last: ScanToken | undefined;
  let parenDepth = 0;
  let atomicDepth = 0;
  const close = () => {
    if (first && last) pieces.push({ start: first.start, end: last.end });
    first = last = undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (COMMENT_TOKENS.has(token.tokenName)) continue;
    if (token.text === '\\' && startsLine(bytes, token.start)) {
      close();
      const lineEnd = endOfLine(bytes, token.start);
      const name = bytes.toString('utf8', token.start, lineEnd).trim().split(/\s+/)[0];
      pieces.push({ start: token.start, end: lineEnd, metaCommand: name });
      while (i + 1 < tokens.length && tokens[i + 1].start < lineEnd) i++;
      continue;
    }
    const word = token.text.toLowerCase();
    if (token.text === '(') parenDepth++;
    else if (token.text === ')') parenDepth = Math.max(0, parenDepth - 1);
    else if (word === 'begin' && tokens[i + 1]?.text.toLowerCase() === 'atomic') atomicDepth++;
    else if (atomicDepth > 0 && word === 'case') atomicDepth++;
    else if (atomicDepth > 0 && word === 'end') atomicDepth--;
    if (token.text === ';' && parenDepth === 0 && atomicDepth === 0) {
      close();
      continue;
    }
    first ??= token;
    last = token;
  }
  close();
  return pieces;
}

/** The scanner stopped at an unterminated token: the last statement runs from its start to the end of file. */
function attachBrokenTail(pieces: Piece[], scanned: ScanToken[], tailFrom: number, fileEnd: number): void {
  const lastSemicolon = [...scanned].reverse().find((token) => token.text === ';');
  const lastPiece = pieces.at(-1);
  if (lastPiece && !lastPiece.metaCommand && (!lastSemicolon || lastPiece.start > lastSemicolon.start)) {
    lastPiece.end = fileEnd;
  } else {
    pieces.push({ start: tailFrom, end: fileEnd });
  }
}

function startsLine(bytes: Buffer, offset: number): boolean {
  for (let at = offset - 1; at >= 0; at--) {
    const byte = bytes[at];
    if (byte === 10) return true;
    if (byte !== 32 && byte !== 9 && byte !== 13) return false;
  }
  return true;
}

function endOfLine(bytes: Buffer, offset: number): number {
  const newline = bytes.indexOf(10, offset);
  const end = newline === -1 ? bytes.length : newline;
  return end > offset && bytes[end - 1] === 13 ? end - 1 : end;
}
