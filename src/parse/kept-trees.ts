// Parsing a file while building JavaScript trees only for the statements, and the parts of them, that some
// rule or the history will read.
//
// libpg-query's parseSync has PostgreSQL's parser (compiled to WASM) write the whole file's tree as JSON,
// then runs JSON.parse on all of it. In a static lint on two threads, that JSON.parse and the garbage it
// leaves take about 40% of the run, and most of those trees (grants, policies, comments, function bodies)
// are dropped unread. Here the same parser entry point is called through libpg-query's own WASM module,
// and the JSON is cut into statements before anything is decoded: a statement of a wanted node type is
// parsed (without the fields nobody reads, such as a CREATE TABLE's columns), any other keeps only its
// byte range. It is one parser call per file on the same code path, so the statements, ranges and trees
// are exactly parseSync's (test/parse/kept-trees.test.ts compares them).
//
// The module's exports sit below libpg-query's public API, which is why package.json pins its version.
// A file the parser rejects is left to the ordinary path, which locates the error.

import type { Node } from 'libpg-query';
import createModule, { type PgQueryWasm } from 'libpg-query/wasm/libpg-query.js';
import type { Statement } from '../types.ts';

let wasm: PgQueryWasm | undefined;
let loading: Promise<void> | undefined;

/** Instantiates the parser module for parseKeepingTrees, once per thread. */
export function loadKeptTreesParser(): Promise<void> {
  loading ??= createModule().then((module) => {
    wasm = module;
  });
  return loading;
}

/**
 * The node types whose trees are wanted, each with the fields of its body that no reader needs: e.g.
 * `CreateStmt → ['tableElts']` keeps a CREATE TABLE's name and options but not its columns.
 */
export type TreeNeeds = ReadonlyMap<string, readonly string[]>;

/**
 * Where each top-level statement's object starts in the parser's JSON. Nothing else can match: quotes
 * inside JSON strings are escaped, and RawStmt is the only node with a `stmt` field.
 */
const STATEMENT_START = Buffer.from('{"stmt":{"');
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const encoder = new TextEncoder();

interface RawStatement {
  stmt?: Node;
  stmt_location?: number;
  stmt_len?: number;
}

/**
 * The statements of `text` (no BOM, at most a parser window long), with parse trees for the node types in
 * `needs` only. Undefined when the parser rejects the text, or before loadKeptTreesParser.
 */
export function parseKeepingTrees(text: string, needs: TreeNeeds): Statement[] | undefined {
  const module = wasm;
  if (!module) return undefined;
  const byteLength = Buffer.byteLength(text, 'utf8');
  const input = module._malloc(byteLength + 1);
  let result = 0;
  try {
    encoder.encodeInto(text, module.HEAPU8.subarray(input, input + byteLength));
    module.HEAPU8[input + byteLength] = 0;
    result = module._wasm_parse_query_raw(input);
    const json = resultJson(module, result);
    return json && statementsIn(json, needs, byteLength);
  } catch {
    return undefined;
  } finally {
    module._free(input);
    if (result) module._wasm_free_parse_result(result);
  }
}

/** The JSON the parser wrote, viewed in WASM memory (valid until the result is freed); undefined on error. */
function resultJson(module: PgQueryWasm, result: number): Buffer | undefined {
  if (!result) return undefined;
  const heap = module.HEAPU8;
  const fields = new DataView(heap.buffer);
  const tree = fields.getUint32(result, true);
  const error = fields.getUint32(result + 8, true);
  if (error || !tree) return undefined;
  // Buffer's indexOf is memchr; a Uint8Array's walks the JSON byte by byte.
  const rest = Buffer.from(heap.buffer, tree, heap.length - tree);
  return rest.subarray(0, rest.indexOf(0));
}

/** `{"version":N,"stmts":[{"stmt":{"Kind":{...}},"stmt_location":N,"stmt_len":N},...]}`, cut apart. */
function statementsIn(json: Buffer, needs: TreeNeeds, byteLength: number): Statement[] {
  const starts: number[] = [];
  for (let at = json.indexOf(STATEMENT_START); at !== -1; at = json.indexOf(STATEMENT_START, at + 1))
    starts.push(at);
  return starts.map((start, index) => {
    // A comma ends each object but the last, which the `]}` closing the list and the result follows.
    const end = index + 1 < starts.length ? starts[index + 1] - 1 : json.length - 2;
    const kindStart = start + STATEMENT_START.length;
    const kind = nodeTypeAt(json, kindStart);
    const omitted = needs.get(kind);
    // The node's body follows the type name's closing quote and colon.
    const body = kindStart + kind.length + 2;
    const raw: RawStatement = omitted
      ? (JSON.parse(decodeWithout(json, start, end, body, omitted)) as RawStatement)
      : rangeOnly(json, end);
    const statementStart = raw.stmt_location ?? 0;
    return {
      index,
      node: raw.stmt,
      nodeOffset: 0,
      start: statementStart,
      end: raw.stmt_len ? statementStart + raw.stmt_len : byteLength,
    };
  });
}

/**
 * Node type names already decoded, by a hash of their bytes. There are a few dozen of them, each met
 * thousands of times, so hashing the bytes is cheaper than decoding a string per statement.
 */
const nodeTypeNames = new Map<number, string>();

/** The node type name that starts at `start` and runs to the next quote. */
function nodeTypeAt(json: Buffer, start: number): string {
  let hash = 0x811c9dc5;
  let end = start;
  for (; json[end] !== QUOTE; end++) {
    if (end >= json.length) throw new Error('unexpected parser JSON');
    hash = Math.imul(hash ^ json[end], 0x01000193);
  }
  const known = nodeTypeNames.get(hash);
  if (known !== undefined && spells(json, start, end, known)) return known;
  const name = json.toString('latin1', start, end);
  nodeTypeNames.set(hash, name);
  return name;
}

function spells(json: Buffer, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false;
  for (let at = start; at < end; at++) if (json[at] !== name.charCodeAt(at - start)) return false;
  return true;
}

const LOCATION_KEY = Buffer.from(',"stmt_location":');
const LENGTH_KEY = Buffer.from(',"stmt_len":');

/**
 * Reads only the location fields, which close the statement's object: `},"stmt_location":12,"stmt_len":30}`
 * (either may be absent). Read backwards from the closing brace at `end - 1`, digit by digit.
 */
function rangeOnly(json: Buffer, end: number): RawStatement {
  const raw: RawStatement = {};
  let at = end - 1;
  for (;;) {
    let digits = at;
    while (isDigit(json[digits - 1])) digits--;
    if (digits === at) return raw;
    let value = 0;
    for (let digit = digits; digit < at; digit++) value = value * 10 + json[digit] - 0x30;
    if (follows(json, digits, LENGTH_KEY)) {
      raw.stmt_len = value;
      at = digits - LENGTH_KEY.length;
    } else if (follows(json, digits, LOCATION_KEY)) {
      raw.stmt_location = value;
      at = digits - LOCATION_KEY.length;
    } else {
      return raw;
    }
  }
}

function isDigit(byte: number): boolean {
  return byte >= 0x30 && byte <= 0x39;
}

/** Whether `key` ends just before `at`. */
function follows(json: Buffer, at: number, key: Buffer): boolean {
  return at >= key.length && json.compare(key, 0, key.length, at - key.length, at) === 0;
}

/**
 * The statement's JSON as text, without the named fields of its node's body (which starts at `body`).
 * The body's fields are walked at the top level only; a value is skipped by matching its brackets.
 */
function decodeWithout(
  json: Buffer,
  start: number,
  end: number,
  body: number,
  omitted: readonly string[],
): string {
  if (omitted.length === 0) return json.toString('utf8', start, end);
  let text = '';
  let copyFrom = start;
  let at = body + 1;
  while (json[at] !== CLOSE_BRACE) {
    if (at >= end) throw new Error('unexpected parser JSON');
    const leadingComma = json[at] === COMMA;
    const field = leadingComma ? at + 1 : at;
    const keyEnd = json.indexOf(QUOTE, field + 1);
    if (json[keyEnd + 1] !== COLON) throw new Error('unexpected parser JSON');
    const valueEnd = endOfValue(json, keyEnd + 2);
    if (omitted.includes(json.toString('latin1', field + 1, keyEnd))) {
      // `,"a":1` goes with its comma; a first field `"a":1,` takes the comma that follows it.
      const cutEnd = leadingComma || json[valueEnd] !== COMMA ? valueEnd : valueEnd + 1;
      text += json.toString('utf8', copyFrom, at);
      copyFrom = cutEnd;
      at = cutEnd;
    } else {
      at = valueEnd;
    }
  }
  return text + json.toString('utf8', copyFrom, end);
}

/** The offset just after the JSON value starting at `at`. */
function endOfValue(json: Buffer, at: number): number {
  const first = json[at];
  if (first === QUOTE) return endOfString(json, at);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    let end = at;
    while (
      end < json.length &&
      json[end] !== COMMA &&
      json[end] !== CLOSE_BRACE &&
      json[end] !== CLOSE_BRACKET
    )
      end++;
    return end;
  }
  let depth = 0;
  for (let position = at; position < json.length; position++) {
    const byte = json[position];
    if (byte === QUOTE) position = endOfString(json, position) - 1;
    else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth++;
    else if ((byte === CLOSE_BRACE || byte === CLOSE_BRACKET) && --depth === 0) return position + 1;
  }
  throw new Error('unterminated value in parser JSON');
}

/** The offset after the closing quote of the string starting at `at`; `\"` does not close it. */
function endOfString(json: Buffer, at: number): number {
  let quote = json.indexOf(QUOTE, at + 1);
  while (quote !== -1 && isEscaped(json, quote)) quote = json.indexOf(QUOTE, quote + 1);
  if (quote === -1) throw new Error('unterminated string in parser JSON');
  return quote + 1;
}

function isEscaped(json: Buffer, quote: number): boolean {
  let backslashes = 0;
  while (json[quote - 1 - backslashes] === BACKSLASH) backslashes++;
  return backslashes % 2 === 1;
}
