// Turning a migration file's text into statements with byte ranges.
//
// The fast path hands the whole file to PostgreSQL's parser. When that fails, the file is cut the way psql
// would cut it (PostgreSQL's own scanner finds the top-level semicolons, so quotes, dollar quotes and
// comments are respected) and each piece is parsed alone: one broken statement costs one parse-error, and
// every other statement is still linted and replayed.

import { loadModule, parseSync, scanSync, type ScanToken } from 'libpg-query';
import type { Node } from 'libpg-query';
import type { ParseProblem, Statement } from '../types.ts';
import { copyBlockProblem, findCopyBlocks, mayHoldCopyData, type CopyBlock } from './copy-data.ts';
import { parseKeepingTrees, type TreeNeeds } from './kept-trees.ts';
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

/**
 * Files larger than this are parsed in windows cut at top-level semicolons: the WASM parser has a fixed
 * memory ceiling, and a 100 MB file parsed whole exhausts it.
 */
const WINDOW_BYTES = 4 << 20;

/**
 * Splits and parses a whole file. `text` must have no BOM. The parser must be loaded.
 *
 * With `treesFor`, only statements of those node types get a tree; the others get the same ranges and the
 * same parse errors. Usually (loadKeptTreesParser done) the unwanted trees are never built and the wanted
 * ones lack the fields nobody reads; a file parsed the ordinary way (too large, or it does not parse) has
 * its unwanted trees dropped here, so they die young, and keeps the wanted ones whole.
 */
export function parseStatements(text: string, treesFor?: TreeNeeds): Statement[] {
  if (mayHoldCopyData(text)) {
    const bytes = Buffer.from(text, 'utf8');
    const blocks = findCopyBlocks(bytes);
    if (blocks.length > 0) return parseAroundCopyData(bytes, blocks, treesFor);
  }
  return parseSql(text, treesFor);
}

function parseSql(text: string, treesFor?: TreeNeeds): Statement[] {
  const byteLength = utf8Length(text);
  const small = byteLength <= WINDOW_BYTES;
  const kept = small && treesFor ? parseKeepingTrees(text, treesFor) : undefined;
  if (kept) return kept;
  const statements = small ? parseWhole(text, byteLength) : parseInWindows(Buffer.from(text, 'utf8'));
  if (treesFor)
    for (const statement of statements) if (!isWanted(statement, treesFor)) statement.node = undefined;
  return statements;
}

function isWanted(statement: Statement, treesFor: TreeNeeds): boolean {
  for (const kind in statement.node) return treesFor.has(kind);
  return false;
}

function parseWhole(text: string, byteLength: number): Statement[] {
  if (!/\S/.test(text)) return [];
  try {
    return fromParseResult(parseSync(text).stmts ?? [], 0, byteLength);
  } catch (error) {
    return parsePieceByPiece(text, toParserError(error));
  }
}

function parseInWindows(bytes: Buffer): Statement[] {
  const statements: Statement[] = [];
  let position = 0;
  while (position < bytes.length) {
    const window = quickWindow(bytes, position) ?? scannedWindow(bytes, position);
    for (const statement of window.statements)
      statements.push(shifted(statement, position, statements.length));
    position = window.end;
  }
  return statements;
}

interface Window {
  end: number;
  statements: Statement[];
}

/**
 * The common case, cheaply: cut after the window's last `;` that ends a line, and accept the cut only if
 * the parser agrees that a statement ends exactly there (so a `;` inside a string, comment or function body
 * is never taken for a boundary).
 */
function quickWindow(bytes: Buffer, start: number): Window | undefined {
  if (bytes.length - start <= WINDOW_BYTES) return undefined;
  const semicolon = bytes.lastIndexOf(';\n', start + WINDOW_BYTES);
  if (semicolon <= start) return undefined;
  try {
    const raw = parseSync(bytes.toString('utf8', start, semicolon + 1)).stmts ?? [];
    const last = raw.at(-1);
    if (!last?.stmt_len || (last.stmt_location ?? 0) + last.stmt_len !== semicolon - start) return undefined;
    return { end: semicolon + 1, statements: fromParseResult(raw, 0, semicolon - start) };
  } catch {
    return undefined;
  }
}

/** The careful way: PostgreSQL's scanner finds the last top-level semicolon of the window. */
function scannedWindow(bytes: Buffer, start: number): Window {
  const end = nextWindowEnd(bytes, start);
  return { end, statements: parseWhole(bytes.toString('utf8', start, end), end - start) };
}

function shifted(statement: Statement, by: number, index: number): Statement {
  return {
    ...statement,
    index,
    nodeOffset: statement.nodeOffset + by,
    start: statement.start + by,
    end: statement.end + by,
    parseProblem: statement.parseProblem && {
      ...statement.parseProblem,
      offset: statement.parseProblem.offset + by,
    },
  };
}

/** The end of the last top-level statement that fits in a window from `start`, or the end of the file. */
function nextWindowEnd(bytes: Buffer, start: number): number {
  for (let size = WINDOW_BYTES; start + size < bytes.length; size *= 2) {
    const text = bytes.toString('utf8', start, start + size);
    const pieces = cutAtSemicolons(scanPrefix(text), bytes.subarray(start, start + size));
    // The last piece may be cut off by the window edge; end the window after the one before it.
    const terminatorEnd = pieces.at(-2)?.terminatorEnd;
    if (terminatorEnd !== undefined) return start + terminatorEnd;
  }
  return bytes.length;
}

/** Tokens of `text`, or of its part before an unterminated quote or comment. */
function scanPrefix(text: string): ScanToken[] {
  try {
    return scanSync(text).tokens;
  } catch {
    try {
      parseSync(text);
      return [];
    } catch (error) {
      const cursor = toParserError(error).cursor;
      return safeScan(text.slice(0, cursor));
    }
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
  /** Where the terminating semicolon ends, when there is one. */
  terminatorEnd?: number;
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

function metaCommandProblem(piece: Piece): ParseProblem {
  const name = piece.metaCommand!;
  const includes = INCLUDE_COMMANDS.has(name) ? ', and the file it includes is not linted' : '';
  return {
    message:
      `psql meta-command \`${name}\` is not SQL: only psql understands it, ` +
      'and a migration runner sends it to the server, which rejects it',
    offset: piece.start,
    underPsql: `psql meta-command \`${name}\` runs in psql only: scribe-lint does not lint or replay it${includes}`,
  };
}

const INCLUDE_COMMANDS = new Set(['\\i', '\\ir', '\\include', '\\include_relative']);

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
  const close = (terminator?: ScanToken) => {
    if (first && last) pieces.push({ start: first.start, end: last.end, terminatorEnd: terminator?.end });
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
      close(token);
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

/**
 * A file holding COPY-from-stdin data: the SQL around the data rows is parsed segment by segment, the rows
 * never are, and each block's command carries a parse problem that says where its rows are.
 */
function parseAroundCopyData(bytes: Buffer, blocks: CopyBlock[], treesFor?: TreeNeeds): Statement[] {
  const statements: Statement[] = [];
  let segmentStart = 0;
  for (const block of [...blocks, undefined]) {
    const segmentEnd = block ? block.commandEnd : bytes.length;
    const segment = bytes.toString('utf8', segmentStart, segmentEnd);
    for (const statement of parseSql(segment, treesFor))
      statements.push(shifted(statement, segmentStart, statements.length));
    if (block) markCopyCommand(statements, block);
    segmentStart = block ? block.dataEnd : bytes.length;
  }
  return statements;
}

/** The block's command is the last statement before its rows: it is reported, not checked or replayed. */
function markCopyCommand(statements: Statement[], block: CopyBlock): void {
  const command = statements.at(-1);
  if (!command || command.end < block.commandStart) return;
  command.node = undefined;
  command.parseProblem = copyBlockProblem(block);
}
