// Names for the indexes that fixes create (issue 10), and identifiers written into fix SQL.
//
// An index is named as PostgreSQL names one it makes itself for `create index on t (a, b)`:
// `<table>_<column>_<column>_idx`, the table and column parts shortened (the longer one first) until the
// whole fits PostgreSQL's 63-byte identifier limit, cut on a character boundary. When a relation of that name
// already exists in the schema, or an earlier fix of the same run took it, a number follows the suffix
// (`_idx1`, `_idx2`, ...), again as PostgreSQL does. docs/rules.md ("Fix SQL") documents the pattern.

import type { CatalogConnection } from '../types.ts';

/** PostgreSQL's NAMEDATALEN - 1: longer identifiers are truncated. */
export const MAX_IDENTIFIER_BYTES = 63;

// Keywords that cannot stand as a table, column or index name unquoted (PostgreSQL's reserved and
// type/function-name keywords); quote_ident also quotes the column-name keywords, which are valid in
// those positions.
const RESERVED = new Set(
  (
    'all analyse analyze and any array as asc asymmetric authorization binary both case cast check collate ' +
    'collation column concurrently constraint create cross current_catalog current_date current_role ' +
    'current_schema current_time current_timestamp current_user default deferrable desc distinct do else end ' +
    'except false fetch for foreign freeze from full grant group having ilike in initially inner intersect ' +
    'into is isnull join lateral leading left like limit localtime localtimestamp natural not notnull null ' +
    'offset on only or order outer overlaps placing primary references returning right select session_user ' +
    'similar some symmetric system_user table tablesample then to trailing true union unique user using ' +
    'variadic verbose when where window with'
  ).split(' '),
);

/** An identifier as SQL text: bare when PostgreSQL would read it back unchanged, else double-quoted. */
export function quoteIdent(name: string): string {
  if (/^[a-z_][a-z0-9_$]*$/.test(name) && !RESERVED.has(name)) return name;
  return `"${name.replaceAll('"', '""')}"`;
}

/** `schema.name`, each part quoted as needed. */
export function qualifiedIdent(schema: string, name: string): string {
  return `${quoteIdent(schema)}.${quoteIdent(name)}`;
}

/**
 * Chooses names for the relations fixes create (indexes, partitions) that collide with no relation of
 * their schema, nor with each other: one instance per rule run.
 */
export class RelationNamer {
  private readonly taken = new Map<string, Set<string>>();

  constructor(private readonly db: CatalogConnection) {}

  /** An index on `table (columns)` in `schema`: `<table>_<columns>_idx`, then `_idx1`, `_idx2`, ... */
  index(schema: string, table: string, columns: readonly string[]): Promise<string> {
    return this.choose(schema, (pass) => indexName(table, columns, pass === 0 ? 'idx' : `idx${pass}`));
  }

  /** The first name `candidate(0)`, `candidate(1)`, ... that is free in `schema`, reserved for this run. */
  async choose(schema: string, candidate: (pass: number) => string): Promise<string> {
    const taken = await this.namesIn(schema);
    for (let pass = 0; ; pass++) {
      const name = candidate(pass);
      if (!taken.has(name)) {
        taken.add(name);
        return name;
      }
    }
  }

  private async namesIn(schema: string): Promise<Set<string>> {
    let names = this.taken.get(schema);
    if (!names) {
      const rows = await this.db.query<{ relname: string }>(
        `select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = $1`,
        [schema],
      );
      names = new Set(rows.map((row) => row.relname));
      this.taken.set(schema, names);
    }
    return names;
  }
}

/** `<table>_<columns>_<label>`, shortened to 63 bytes as PostgreSQL's makeObjectName does. */
export function indexName(table: string, columns: readonly string[], label: string): string {
  const columnPart = clip(columns.join('_'), MAX_IDENTIFIER_BYTES);
  const available = MAX_IDENTIFIER_BYTES - (columnPart ? 1 : 0) - (Buffer.byteLength(label) + 1);
  let tableBytes = Buffer.byteLength(table);
  let columnBytes = Buffer.byteLength(columnPart);
  while (tableBytes + columnBytes > available) {
    if (tableBytes > columnBytes) tableBytes--;
    else columnBytes--;
  }
  const parts = [clip(table, tableBytes), clip(columnPart, columnBytes), label].filter((part) => part);
  return parts.join('_');
}

/** `<base>_<suffix>` with `base` shortened so that the whole fits 63 bytes. */
export function suffixedName(base: string, suffix: string): string {
  return `${clip(base, MAX_IDENTIFIER_BYTES - Buffer.byteLength(suffix) - 1)}_${suffix}`;
}

/** The longest prefix of `text` of at most `bytes` UTF-8 bytes that ends on a character boundary. */
function clip(text: string, bytes: number): string {
  let used = 0;
  let end = 0;
  for (const character of text) {
    const size = Buffer.byteLength(character);
    if (used + size > bytes) break;
    used += size;
    end += character.length;
  }
  return text.slice(0, end);
}
