// Matching cache key prefixes against table names. A key prefix is PHI when it names a PHI table or its
// singular (`message:42` caches a row of `messages`), whatever the case or `-`/`_` spelling: for a
// compliance check, a spelling variant must not be a way around the rule.

/** The part of a key up to its first `:` (the whole key when it has none). */
export function keyNamePrefix(key: string): string {
  const colon = key.indexOf(':');
  return colon === -1 ? key : key.slice(0, colon);
}

function normalize(name: string): string {
  return name.trim().toLowerCase().replace(/-/g, '_');
}

/** `public.structured_notes` -> `structured_notes`. */
function bareTable(table: string): string {
  return normalize(table.slice(table.lastIndexOf('.') + 1));
}

export function singularOf(table: string): string {
  if (table.endsWith('ies')) return `${table.slice(0, -3)}y`;
  if (table.endsWith('s') && !table.endsWith('ss')) return table.slice(0, -1);
  return table;
}

/** The configured table that a key name prefix names (plural or singular), if any. */
export function tableForPrefix(prefix: string, tables: readonly string[]): string | undefined {
  const wanted = normalize(prefix);
  return tables.find((table) => {
    const bare = bareTable(table);
    return wanted === bare || wanted === singularOf(bare);
  });
}

/** The configured table a Supabase `.from('<name>')` argument refers to, if any. */
export function tableNamed(name: string, tables: readonly string[]): string | undefined {
  const wanted = bareTable(name);
  return tables.find((table) => bareTable(table) === wanted);
}
