// The entries of `[indexes] required`: `table(column [asc|desc], ...)`, as a team writes the index its hot
// query needs (SPEC-2's `messages(conversation_id, created_at desc)`). Parsed once, when the config is read,
// so a malformed entry stops the run before anything is checked. Below config.ts: imports nothing.

export interface IndexColumn {
  /** The column name as PostgreSQL stores it: unquoted names folded to lower case. */
  name: string;
  descending: boolean;
}

export interface RequiredIndex {
  /** The entry as written in the config, for messages. */
  entry: string;
  /** `schema.table` or a bare `table` (looked up in the exposed schemas). */
  table: string;
  columns: IndexColumn[];
}

// One identifier: plain (folded to lower case, as PostgreSQL does) or double-quoted (kept, `""` is a quote).
const IDENTIFIER = String.raw`(?:[A-Za-z_][A-Za-z0-9_$]*|"(?:[^"]|"")+")`;
const ENTRY = new RegExp(String.raw`^\s*(?:(${IDENTIFIER})\s*\.\s*)?(${IDENTIFIER})\s*\((.*)\)\s*$`, 's');
const COLUMN = new RegExp(String.raw`^\s*(${IDENTIFIER})(?:\s+(asc|desc))?\s*$`, 'i');

/** The entry parsed, or undefined when it is not `table(column [asc|desc], ...)`. */
export function parseRequiredIndex(entry: string): RequiredIndex | undefined {
  const match = ENTRY.exec(entry);
  if (!match) return undefined;
  const [, schema, name, list] = match;
  const table = schema ? `${identifierName(schema)}.${identifierName(name)}` : identifierName(name);
  const columns: IndexColumn[] = [];
  for (const part of splitOutsideQuotes(list)) {
    const column = COLUMN.exec(part);
    if (!column) return undefined;
    columns.push({ name: identifierName(column[1]), descending: column[2]?.toLowerCase() === 'desc' });
  }
  return columns.length > 0 ? { entry, table, columns } : undefined;
}

/** `col` and `col desc`, as the entry and CREATE INDEX write them (names quoted where they need it). */
export function columnList(columns: readonly IndexColumn[]): string {
  return columns
    .map((column) => `${quoteIdentifier(column.name)}${column.descending ? ' desc' : ''}`)
    .join(', ');
}

export function quoteIdentifier(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replaceAll('"', '""')}"`;
}

export function identifierName(written: string): string {
  const trimmed = written.trim();
  if (trimmed.startsWith('"')) return trimmed.slice(1, -1).replaceAll('""', '"');
  return trimmed.toLowerCase();
}

/** The column list cut at commas that are not inside a quoted name. */
function splitOutsideQuotes(list: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const character of list) {
    if (character === '"') quoted = !quoted;
    if (character === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += character;
  }
  parts.push(current);
  return parts;
}
