// The narrow part of a statement that names an object it made (issue 10): the column definition or table
// constraint behind a foreign key, the name in a CREATE TABLE, the privilege list of a GRANT. The parse tree
// gives where a clause starts (`location`, counted from `Statement.nodeOffset`) but never where it ends, so
// a small tokenizer over the statement's bytes finds the end: the last token before the comma or closing
// parenthesis that ends the clause. Offsets are UTF-8 bytes throughout, as in `Statement`.

import type { Node, RangeVar } from 'libpg-query';
import { unwrap } from '../parse/ast.ts';
import type { MigrationFile, Statement } from '../types.ts';

/** A byte range of the file (UTF-8 offsets, `end` exclusive). */
export interface Span {
  start: number;
  end: number;
}

/** The statement an object came from. */
export interface ClauseSource {
  file: MigrationFile;
  statement: Statement;
}

/** One catalog row the statement made, as the watermark query returns it (origins.ts). */
export interface CreatedObject {
  catalog: string;
  /** relname, conname, polname or extname, as it was right after the statement. */
  name?: string;
  /** pg_class: relkind. pg_constraint: contype, `:`, the key column names joined by `,`. */
  detail?: string;
}

interface Token {
  start: number;
  end: number;
  /** Lower-cased word, or the name inside double quotes (then `quoted`). */
  word?: string;
  quoted?: boolean;
  /** A single punctuation character. */
  char?: string;
  /** Parenthesis depth the token is at (a `(` is at the depth outside it, like its `)`). */
  depth: number;
}

/** Where the statement's clause that made `object` is; undefined when the statement does not say. */
export function objectSpan(source: ClauseSource, object: CreatedObject): Span | undefined {
  const [kind, body] = unwrap(source.statement.node) ?? ['', {}];
  if (!object.name) return undefined;
  if (object.catalog === 'class') return relationSpan(source, kind, body, object.name);
  if (object.catalog === 'constraint') return constraintSpan(source, kind, body, object);
  if (object.catalog === 'policy' && kind === 'CreatePolicyStmt') return policySpan(source, body);
  return undefined;
}

/** The privilege list of a GRANT (`select, delete` in `grant select, delete on t to r`). */
export function grantPrivilegesSpan(source: ClauseSource): Span | undefined {
  const tokens = tokenize(source);
  const on = tokens.findIndex((token, index) => index > 0 && token.depth === 0 && token.word === 'on');
  if (tokens[0]?.word !== 'grant' || on < 2) return undefined;
  return { start: tokens[1].start, end: tokens[on - 1].end };
}

/** The (qualified) name a parse-tree `location` points at, as written: `public."Notes"`. */
export function nameSpan(source: ClauseSource, location: number | undefined): Span | undefined {
  if (location === undefined) return undefined;
  const tokens = tokenize(source);
  const at = tokenAt(tokens, absolute(source, location));
  return at === -1 ? undefined : { start: tokens[at].start, end: tokens[qualifiedNameEnd(tokens, at)].end };
}

function relationSpan(
  source: ClauseSource,
  kind: string,
  body: Record<string, unknown>,
  name: string,
): Span | undefined {
  if (kind === 'IndexStmt') return body.idxname === name ? indexNameSpan(tokenize(source)) : undefined;
  const relation = createdRelation(kind, body);
  return relation?.relname === name ? nameSpan(source, relation.location) : undefined;
}

/** The relation a CREATE TABLE, CREATE TABLE AS / MATERIALIZED VIEW or CREATE VIEW names. */
function createdRelation(kind: string, body: Record<string, unknown>): RangeVar | undefined {
  if (kind === 'CreateStmt') return body.relation as RangeVar | undefined;
  if (kind === 'CreateTableAsStmt') return (body.into as { rel?: RangeVar } | undefined)?.rel;
  if (kind === 'ViewStmt') return body.view as RangeVar | undefined;
  return undefined;
}

/** `create [unique] index [concurrently] [if not exists] NAME on ...`: the name's token. */
function indexNameSpan(tokens: Token[]): Span | undefined {
  let at = tokens.findIndex((token) => token.word === 'index');
  if (at === -1) return undefined;
  at++;
  if (tokens[at]?.word === 'concurrently' && !tokens[at].quoted) at++;
  if (tokens[at]?.word === 'if' && tokens[at + 2]?.word === 'exists') at += 3;
  const name = tokens[at];
  return name?.word !== undefined && name.word !== 'on' ? { start: name.start, end: name.end } : undefined;
}

/** A constraint clause the statement wrote: which constraint it can be, and where it is. */
interface ConstraintClause {
  conname?: string;
  contype?: string;
  columns: string[];
  /** Node location of the clause (a column definition or a constraint), and whether ALTER TABLE added it. */
  location: number;
  added: boolean;
}

const CONTYPES: Record<string, string> = {
  f: 'CONSTR_FOREIGN',
  p: 'CONSTR_PRIMARY',
  u: 'CONSTR_UNIQUE',
  c: 'CONSTR_CHECK',
  x: 'CONSTR_EXCLUSION',
  n: 'CONSTR_NOTNULL',
};

function constraintSpan(
  source: ClauseSource,
  kind: string,
  body: Record<string, unknown>,
  object: CreatedObject,
): Span | undefined {
  const [contype, columnList = ''] = (object.detail ?? '').split(':');
  const columns = columnList === '' ? [] : columnList.split(',');
  const clauses = constraintClauses(kind, body);
  const clause =
    clauses.find((each) => each.conname === object.name) ??
    clauses.find(
      (each) =>
        each.conname === undefined &&
        each.contype === CONTYPES[contype] &&
        each.columns.join(',') === columns.join(','),
    );
  if (!clause) return undefined;
  const tokens = tokenize(source);
  let at = tokenAt(tokens, absolute(source, clause.location));
  if (at === -1) return undefined;
  const end = tokens[elementEnd(tokens, at)].end;
  if (clause.added) at = addKeyword(tokens, at);
  return { start: tokens[at].start, end };
}

/** The constraints a CREATE TABLE or ALTER TABLE writes, inline on a column or on their own. */
function constraintClauses(kind: string, body: Record<string, unknown>): ConstraintClause[] {
  if (kind === 'CreateStmt') {
    return ((body.tableElts as Node[] | undefined) ?? []).flatMap((element) =>
      elementClauses(element, false),
    );
  }
  if (kind !== 'AlterTableStmt') return [];
  return ((body.cmds as Node[] | undefined) ?? []).flatMap((command) => {
    const cmd = (command as { AlterTableCmd?: { subtype?: string; def?: Node } }).AlterTableCmd;
    const adds = cmd?.subtype === 'AT_AddConstraint' || cmd?.subtype === 'AT_AddColumn';
    return adds && cmd?.def ? elementClauses(cmd.def, true) : [];
  });
}

interface ConstraintNode {
  contype?: string;
  conname?: string;
  keys?: Node[];
  fk_attrs?: Node[];
  location?: number;
}

function elementClauses(element: Node, added: boolean): ConstraintClause[] {
  const column = (element as { ColumnDef?: { colname?: string; constraints?: Node[]; location?: number } })
    .ColumnDef;
  if (column?.location !== undefined) {
    return (column.constraints ?? []).map((item) => {
      const constraint = (item as { Constraint?: ConstraintNode }).Constraint ?? {};
      return { ...named(constraint), columns: [column.colname ?? ''], location: column.location!, added };
    });
  }
  const constraint = (element as { Constraint?: ConstraintNode }).Constraint;
  if (constraint?.location === undefined) return [];
  const columns = (constraint.fk_attrs ?? constraint.keys ?? []).map(
    (item) => (item as { String?: { sval?: string } }).String?.sval ?? '',
  );
  return [{ ...named(constraint), columns, location: constraint.location, added }];
}

function named(constraint: ConstraintNode): Pick<ConstraintClause, 'conname' | 'contype'> {
  return { conname: constraint.conname, contype: constraint.contype };
}

/** From an ALTER TABLE clause back to its `add` (over `column` and `if not exists`), when written. */
function addKeyword(tokens: Token[], at: number): number {
  let before = at - 1;
  if (tokens[before]?.word === 'exists' && tokens[before - 2]?.word === 'if') before -= 3;
  if (tokens[before]?.word === 'column') before--;
  return tokens[before]?.word === 'add' && !tokens[before].quoted ? before : at;
}

/** `create policy p on t FOR ... USING (...)`: everything after the table name (what the policy allows). */
function policySpan(source: ClauseSource, body: Record<string, unknown>): Span | undefined {
  const table = body.table as RangeVar | undefined;
  if (table?.location === undefined) return undefined;
  const tokens = tokenize(source);
  const at = tokenAt(tokens, absolute(source, table.location));
  const after = at === -1 ? undefined : tokens[qualifiedNameEnd(tokens, at) + 1];
  return after ? { start: after.start, end: tokens[tokens.length - 1].end } : undefined;
}

function absolute(source: ClauseSource, location: number): number {
  return source.statement.nodeOffset + location;
}

/** Index of the token that starts at `offset`, or -1. */
function tokenAt(tokens: Token[], offset: number): number {
  return tokens.findIndex((token) => token.start === offset);
}

/** `schema . name`: the index of the name's last token. */
function qualifiedNameEnd(tokens: Token[], at: number): number {
  let last = at;
  while (tokens[last + 1]?.char === '.' && tokens[last + 2]?.word !== undefined) last += 2;
  return last;
}

/** The last token of the list element starting at `at`: before the `,` or the `)` that ends it. */
function elementEnd(tokens: Token[], at: number): number {
  const depth = tokens[at].depth;
  let last = at;
  for (let index = at + 1; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.depth < depth) break;
    if (token.depth === depth && token.char === ',') break;
    last = index;
  }
  return last;
}

const SPACE = new Set([0x20, 0x09, 0x0a, 0x0d, 0x0c]);

/** A statement that made several objects is read once. */
const tokenized = new WeakMap<Statement, Token[]>();

/** The statement's tokens, comments and whitespace left out. Offsets are the file's. */
function tokenize(source: ClauseSource): Token[] {
  let tokens = tokenized.get(source.statement);
  if (!tokens) tokenized.set(source.statement, (tokens = readTokens(source)));
  return tokens;
}

function readTokens(source: ClauseSource): Token[] {
  const { file, statement } = source;
  const bytes = Buffer.from(file.lines.slice(statement.start, statement.end), 'utf8');
  const tokens: Token[] = [];
  let depth = 0;
  let at = 0;
  const push = (start: number, end: number, token: Omit<Token, 'start' | 'end' | 'depth'>) =>
    tokens.push({ start: statement.start + start, end: statement.start + end, depth, ...token });
  while (at < bytes.length) {
    const byte = bytes[at];
    if (SPACE.has(byte)) at++;
    else if (byte === 0x2d && bytes[at + 1] === 0x2d) at = lineEnd(bytes, at);
    else if (byte === 0x2f && bytes[at + 1] === 0x2a) at = blockCommentEnd(bytes, at);
    else if (byte === 0x27) at = quotedEnd(bytes, at, 0x27, bytes[at - 1] === 0x45 || bytes[at - 1] === 0x65);
    else if (byte === 0x22) {
      const end = quotedEnd(bytes, at, 0x22, false);
      const word = bytes.toString('utf8', at + 1, end - 1).replaceAll('""', '"');
      push(at, end, { word, quoted: true });
      at = end;
    } else if (byte === 0x24 && dollarTag(bytes, at) !== undefined) at = dollarEnd(bytes, at);
    else if (isWordStart(byte)) {
      let end = at + 1;
      while (end < bytes.length && isWordPart(bytes[end])) end++;
      push(at, end, { word: bytes.toString('utf8', at, end).toLowerCase() });
      at = end;
    } else {
      if (byte === 0x29) depth--;
      push(at, at + 1, { char: String.fromCharCode(byte) });
      if (byte === 0x28) depth++;
      at++;
    }
  }
  return tokens;
}

function isWordStart(byte: number): boolean {
  return (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x41 && byte <= 0x5a) || byte === 0x5f || byte >= 0x80;
}

function isWordPart(byte: number): boolean {
  return isWordStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte === 0x24;
}

function lineEnd(bytes: Buffer, at: number): number {
  const end = bytes.indexOf(0x0a, at);
  return end === -1 ? bytes.length : end + 1;
}

function blockCommentEnd(bytes: Buffer, at: number): number {
  let depth = 0;
  let index = at;
  while (index < bytes.length) {
    if (bytes[index] === 0x2f && bytes[index + 1] === 0x2a) {
      depth++;
      index += 2;
    } else if (bytes[index] === 0x2a && bytes[index + 1] === 0x2f) {
      depth--;
      index += 2;
      if (depth === 0) return index;
    } else index++;
  }
  return bytes.length;
}

/** End of a '...' or "..." token (a doubled quote stays inside; E'' strings also escape with a backslash). */
function quotedEnd(bytes: Buffer, at: number, quote: number, backslashes: boolean): number {
  let index = at + 1;
  while (index < bytes.length) {
    if (backslashes && bytes[index] === 0x5c) index += 2;
    else if (bytes[index] === quote && bytes[index + 1] === quote) index += 2;
    else if (bytes[index] === quote) return index + 1;
    else index++;
  }
  return bytes.length;
}

/** `$tag$` at `at`, or undefined when the `$` starts no dollar quote (`$1`). */
function dollarTag(bytes: Buffer, at: number): string | undefined {
  let index = at + 1;
  while (index < bytes.length && isWordPart(bytes[index]) && bytes[index] !== 0x24) index++;
  if (bytes[index] !== 0x24) return undefined;
  const tag = bytes.toString('latin1', at, index + 1);
  return /^\$([A-Za-z_\x80-\xff][\w\x80-\xff]*)?\$$/.test(tag) ? tag : undefined;
}

function dollarEnd(bytes: Buffer, at: number): number {
  const tag = dollarTag(bytes, at)!;
  const close = bytes.indexOf(tag, at + tag.length, 'latin1');
  return close === -1 ? bytes.length : close + tag.length;
}
