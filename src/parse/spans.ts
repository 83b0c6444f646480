// The narrow spans rules underline: a statement's keywords, one ALTER TABLE subcommand, a mention of a
// table. The parse tree has no position for many of these (an AlterTableCmd, an IndexStmt's keywords), so
// they are found in the statement's tokens, from PostgreSQL's own scanner: quotes, dollar quotes and
// comments are never mistaken for keywords. Offsets are UTF-8 bytes in the file, as everywhere else.

import { scanSync } from 'libpg-query';
import type { AlterTableCmd, AlterTableStmt } from 'libpg-query';
import type { Location, MigrationFile, Statement, StatementContext } from '../types.ts';

/** A byte range of the file, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface SqlToken extends Span {
  /** The token as written (`CREATE`, `"Clients"`, `(`). */
  text: string;
  /** Whether the scanner knows it as a keyword (of any category). */
  keyword: boolean;
}

const NO_TOKENS: readonly SqlToken[] = [];
const tokensOfStatement = new WeakMap<Statement, readonly SqlToken[]>();

/**
 * The statement's tokens, offsets in the file. Scanned on first use (only statements with a finding are),
 * once per statement. Empty when the scanner rejects the text, so every caller falls back to the statement.
 */
export function statementTokens(file: MigrationFile, statement: Statement): readonly SqlToken[] {
  let tokens = tokensOfStatement.get(statement);
  if (!tokens) {
    tokens = scan(file.lines.slice(statement.start, statement.end), statement.start);
    tokensOfStatement.set(statement, tokens);
  }
  return tokens;
}

function scan(text: string, offset: number): readonly SqlToken[] {
  return scanOrFail(text, offset) ?? NO_TOKENS;
}

/** The tokens of `text`, offsets shifted by `offset`; undefined when the scanner rejects the text. */
function scanOrFail(text: string, offset: number): SqlToken[] | undefined {
  try {
    return scanSync(text).tokens.map((token) => ({
      start: offset + token.start,
      end: offset + token.end,
      text: token.text,
      keyword: token.keywordKind !== 0,
    }));
  } catch {
    return undefined;
  }
}

/**
 * How much of a long statement `tokensThroughWord` scans first. The scanner's cost grows with the tokens it
 * writes out (about 1.5 µs each, more than parsing them), and the keywords rules underline most often
 * (`CREATE INDEX CONCURRENTLY`, `DROP INDEX`) open the statement: a static lint with thousands of such
 * findings spent a third of its time scanning whole statements for them.
 */
const HEAD_BYTES = 40;

/**
 * The statement's tokens and the index of the first keyword `word` among them (-1 when there is none).
 * Only the statement's head is scanned when the word is there; else all of it, as statementTokens does.
 * The head ends just before whitespace, so every token in it is whole and exactly what the full scan gives:
 * a cut inside a quote, a dollar quote or a block comment makes the scanner fail (then the full scan runs),
 * and a line comment cut short is dropped.
 */
export function tokensThroughWord(
  file: MigrationFile,
  statement: Statement,
  word: string,
): { tokens: readonly SqlToken[]; index: number } {
  const head = headTokens(file, statement);
  const headIndex = head ? wordIndex(head, word) : -1;
  if (head && headIndex !== -1) return { tokens: head, index: headIndex };
  const tokens = statementTokens(file, statement);
  return { tokens, index: wordIndex(tokens, word) };
}

/**
 * The tokens of the statement's first HEAD_BYTES or so, or undefined when the whole statement is scanned
 * already, the scanner fails there, or the statement is too short for a head to leave out much.
 */
function headTokens(file: MigrationFile, statement: Statement): SqlToken[] | undefined {
  if (tokensOfStatement.has(statement) || statement.end - statement.start < HEAD_BYTES * 1.5)
    return undefined;
  const window = file.lines.slice(statement.start, statement.start + HEAD_BYTES);
  const cut = lastWhitespace(window);
  if (cut <= 0) return undefined;
  const head = window.slice(0, cut);
  const tokens = scanOrFail(head, statement.start);
  const cutAt = statement.start + Buffer.byteLength(head, 'utf8');
  if (tokens?.at(-1)?.text.startsWith('--') && tokens.at(-1)!.end === cutAt) tokens.pop();
  return tokens;
}

/** Index of the last whitespace character PostgreSQL's scanner skips, or -1. */
function lastWhitespace(text: string): number {
  for (let index = text.length - 1; index >= 0; index--) if (' \t\n\r\f'.includes(text[index])) return index;
  return -1;
}

/** Whether the token is the keyword `word` (lower case), in any letter case. */
export function isWord(token: SqlToken | undefined, word: string): boolean {
  return token !== undefined && token.keyword && token.text.toLowerCase() === word;
}

/** Index of the first token at or after `from` that is the keyword `word`, or -1. */
export function wordIndex(tokens: readonly SqlToken[], word: string, from = 0): number {
  for (let index = from; index < tokens.length; index++) if (isWord(tokens[index], word)) return index;
  return -1;
}

/** The span from the start of token `first` to the end of token `last`. */
export function tokenSpan(tokens: readonly SqlToken[], first: number, last: number): Span {
  return { start: tokens[first].start, end: tokens[last].end };
}

/**
 * The span of each subcommand of an ALTER TABLE, in the order of its `cmds`: `add column x int not null`,
 * `alter column y type bigint`, without the separating commas. Undefined when the tokens do not split into
 * exactly one piece per subcommand (then the caller underlines the statement).
 */
export function alterCommandSpans(
  file: MigrationFile,
  statement: Statement,
  alter: AlterTableStmt,
): readonly Span[] | undefined {
  const tokens = statementTokens(file, statement);
  const location = alter.relation?.location;
  if (location === undefined) return undefined;
  let name = tokens.findIndex((token) => token.start === statement.nodeOffset + location);
  if (name === -1) return undefined;
  // `schema.table`, then the `*` of a table and its inheritors.
  while (tokens[name + 1]?.text === '.' && name + 2 < tokens.length) name += 2;
  if (tokens[name + 1]?.text === '*') name++;
  const spans = topLevelPieces(tokens, name + 1);
  return spans.length === (alter.cmds?.length ?? 0) ? spans : undefined;
}

/** The pieces of the tokens from `from` on, cut at commas outside parentheses and brackets. */
function topLevelPieces(tokens: readonly SqlToken[], from: number): Span[] {
  const spans: Span[] = [];
  let depth = 0;
  let first = from;
  for (let index = from; index <= tokens.length; index++) {
    const text = tokens[index]?.text;
    if (text === '(' || text === '[') depth++;
    else if (text === ')' || text === ']') depth--;
    const ends = index === tokens.length || text === ';' || (text === ',' && depth === 0);
    if (!ends) continue;
    if (index > first) spans.push(tokenSpan(tokens, first, index - 1));
    if (text === ';' || index === tokens.length) break;
    first = index + 1;
  }
  return spans;
}

/** The span of one subcommand of an ALTER TABLE, or undefined when the tokens do not say. */
export function alterCommandSpan(
  file: MigrationFile,
  statement: Statement,
  alter: AlterTableStmt,
  index: number,
): Span | undefined {
  return alterCommandSpans(file, statement, alter)?.[index];
}

/** The subcommand's index in its ALTER TABLE's `cmds` (the node `tableCommands` gave), or -1. */
export function commandIndex(alter: AlterTableStmt, command: AlterTableCmd): number {
  return (alter.cmds ?? []).findIndex(
    (item) => (item as { AlterTableCmd?: AlterTableCmd }).AlterTableCmd === command,
  );
}

/** The location of one subcommand of an ALTER TABLE; of the statement when its span is unknown. */
export function locateAlterCommand(
  context: StatementContext,
  statement: Statement,
  alter: AlterTableStmt,
  command: AlterTableCmd,
): Location {
  const span = alterCommandSpan(context.file, statement, alter, commandIndex(alter, command));
  return span ? context.locate(span.start, span.end) : context.locateStatement(statement);
}

/** The location of a span, or of the statement when there is none. */
export function locateSpan(
  context: StatementContext,
  statement: Statement,
  span: Span | undefined,
): Location {
  return span ? context.locate(span.start, span.end) : context.locateStatement(statement);
}

/**
 * Where the statement first mentions the table `schema.name` (`public` may be left out): the span from the
 * statement's first token through the name when only keywords come before it (`alter table public.clients`),
 * else the name alone (`references public.programs`). Undefined when the tokens never name it.
 */
export function tableMentionSpan(
  file: MigrationFile,
  statement: Statement,
  qualifiedName: string,
): Span | undefined {
  // The head first: `alter table public.clients` names it there. A mention in its last two tokens might
  // continue past it (`public` `.` ...), so only one before those counts; else the whole statement.
  const head = headTokens(file, statement);
  const inHead = head && mentionIn(head, qualifiedName, head.length - 2);
  return inHead ?? mentionIn(statementTokens(file, statement), qualifiedName, Number.POSITIVE_INFINITY);
}

/** The first mention of the table starting before token `before`. */
function mentionIn(tokens: readonly SqlToken[], qualifiedName: string, before: number): Span | undefined {
  const [schema, table] = splitName(qualifiedName);
  for (let index = 0; index < Math.min(tokens.length, before); index++) {
    const qualified =
      tokens[index + 1]?.text === '.' &&
      identifierIs(tokens[index], schema) &&
      identifierIs(tokens[index + 2], table);
    const bare = !qualified && schema === 'public' && identifierIs(tokens[index], table);
    if (!qualified && !bare) continue;
    const last = qualified ? index + 2 : index;
    // A qualified `x.clients` whose first part is another schema was skipped above; a bare `clients` that is
    // really the column part of `t.clients` is not a table mention either.
    if (bare && tokens[index - 1]?.text === '.') continue;
    const onlyKeywordsBefore = tokens.slice(0, index).every((token) => token.keyword);
    return tokenSpan(tokens, onlyKeywordsBefore ? 0 : index, last);
  }
  return undefined;
}

function splitName(qualifiedName: string): [string, string] {
  const dot = qualifiedName.indexOf('.');
  return dot === -1 ? ['public', qualifiedName] : [qualifiedName.slice(0, dot), qualifiedName.slice(dot + 1)];
}

/** Whether the token spells the identifier as PostgreSQL folds it: quoted exactly, unquoted in lower case. */
function identifierIs(token: SqlToken | undefined, name: string): boolean {
  if (!token) return false;
  if (token.text.startsWith('"')) return token.text.slice(1, -1).replaceAll('""', '"') === name;
  return token.text.toLowerCase() === name;
}
