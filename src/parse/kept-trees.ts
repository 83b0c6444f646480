// Parsing a file while building JavaScript trees only for the statements some rule will read.
//
// libpg-query's parseSync has PostgreSQL's parser (compiled to WASM) write the whole file's tree as JSON,
// then runs JSON.parse on all of it. In a static lint on two threads, that JSON.parse and the garbage it
// leaves take about 40% of the run, and most of those trees (grants, policies, comments, function bodies)
// are dropped unread. Here the same parser entry point is called through libpg-query's own WASM module,
// and the JSON is cut into statements before anything is decoded: a statement of a wanted node type is
// parsed, any other keeps only its byte range. It is one parser call per file on the same code path, so
// the statements, ranges and trees are exactly parseSync's (test/parse/kept-trees.test.ts compares them).
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
 * Where each top-level statement's object starts in the parser's JSON. Nothing else can match: quotes
 * inside JSON strings are escaped, and RawStmt is the only node with a `stmt` field.
 */
const STATEMENT_START = Buffer.from('{"stmt":{"');
const QUOTE = 0x22;
const encoder = new TextEncoder();

interface RawStatement {
  stmt?: Node;
  stmt_location?: number;
  stmt_len?: number;
}

/**
 * The statements of `text` (no BOM, at most a parser window long), with parse trees for those of the
 * `kinds` node types only. Undefined when the parser rejects the text, or before loadKeptTreesParser.
 */
export function parseKeepingTrees(text: string, kinds: ReadonlySet<string>): Statement[] | undefined {
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
    return json && statementsIn(json, kinds, byteLength);
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
  return Buffer.from(heap.buffer, tree, heap.indexOf(0, tree) - tree);
}

/** `{"version":N,"stmts":[{"stmt":{"Kind":{...}},"stmt_location":N,"stmt_len":N},...]}`, cut apart. */
function statementsIn(json: Buffer, kinds: ReadonlySet<string>, byteLength: number): Statement[] {
  const starts: number[] = [];
  for (let at = json.indexOf(STATEMENT_START); at !== -1; at = json.indexOf(STATEMENT_START, at + 1))
    starts.push(at);
  return starts.map((start, index) => {
    // A comma ends each object but the last, which the `]}` closing the list and the result follows.
    const end = index + 1 < starts.length ? starts[index + 1] - 1 : json.length - 2;
    const kindStart = start + STATEMENT_START.length;
    const kind = json.toString('latin1', kindStart, json.indexOf(QUOTE, kindStart));
    const raw: RawStatement = kinds.has(kind)
      ? (JSON.parse(json.toString('utf8', start, end)) as RawStatement)
      : rangeOnly(json, start, end);
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

/** Reads only the location fields, which follow the statement's node: `},"stmt_location":12,"stmt_len":30}`. */
function rangeOnly(json: Buffer, start: number, end: number): RawStatement {
  const nodeEnd = json.lastIndexOf('}', end - 2);
  const tail = json.toString('latin1', Math.max(start, nodeEnd + 1), end);
  return { stmt_location: numberField(tail, '"stmt_location":'), stmt_len: numberField(tail, '"stmt_len":') };
}

function numberField(tail: string, key: string): number | undefined {
  const at = tail.indexOf(key);
  return at === -1 ? undefined : Number.parseInt(tail.slice(at + key.length), 10);
}
