// Size-aware severity (issue 13, `[locks] small_table_rows`). A lock or rewrite on a table of a few dozen
// rows is over in milliseconds, before anyone queues behind it; on a table of millions it is an outage. With
// `--db` and migration files together, the live database says how big each table is, so a hazard on a small
// table is lowered to info, with its size in the message so a reviewer sees why it passed.

import type { Config } from './config.ts';
import type { CatalogConnection, Finding, Rule } from './types.ts';

/** PostgreSQL's estimate of a table's rows and its total size on disk (table, indexes and TOAST). */
export interface TableSize {
  rows: number;
  bytes: number;
}

// One query for every table named, in a savepoint of the audit's read-only session: a table that is not
// there simply has no row, and a failure (a revoked grant) leaves the session usable for what follows.
const SIZES_SQL = `
select t.schema_name, t.table_name, c.reltuples::float8 as rows, pg_total_relation_size(c.oid)::float8 as bytes
from unnest($1::text[], $2::text[]) as t(schema_name, table_name)
join pg_namespace n on n.nspname = t.schema_name
join pg_class c on c.relnamespace = n.oid and c.relname = t.table_name and c.relkind in ('r', 'p', 'm')`;

interface SizeRow {
  schema_name: string;
  table_name: string;
  rows: number;
  bytes: number;
}

/**
 * Lowers to info, in place, each finding of a `lockHazard` rule whose table has fewer than
 * `[locks] small_table_rows` rows in the live database. A table never analyzed (reltuples -1) or not found
 * keeps its severity: its size is unknown, and unknown is not small.
 */
export async function lowerSmallTableHazards(
  findings: Finding[],
  rules: readonly Rule[],
  db: CatalogConnection,
  config: Config,
): Promise<void> {
  const threshold = config.locks.smallTableRows;
  const hazardRules = new Set(rules.filter((rule) => rule.meta.lockHazard).map((rule) => rule.meta.id));
  const hazards = findings.filter(
    (finding) => hazardRules.has(finding.ruleId) && finding.severity !== 'info' && tableOf(finding.object),
  );
  if (threshold === 0 || hazards.length === 0) return;
  const sizes = await readTableSizes(db, [...new Set(hazards.map((finding) => tableOf(finding.object)!))]);
  for (const finding of hazards) {
    const table = tableOf(finding.object)!;
    const size = sizes.get(table);
    if (!size || size.rows < 0 || size.rows >= threshold) continue;
    finding.severity = 'info';
    finding.message += ` (${table} has about ${formatRows(size.rows)} rows, ${formatBytes(size.bytes)}, under \`[locks] small_table_rows\`)`;
  }
}

/** `schema.table` of a finding's object (`schema.table` or `schema.table.column`). */
export function tableOf(object: string | undefined): string | undefined {
  const parts = object?.split('.') ?? [];
  return parts.length >= 2 ? `${parts[0]}.${parts[1]}` : undefined;
}

/** Sizes by `schema.table`; empty when the catalog could not be read (the severities then stay). */
export async function readTableSizes(
  db: CatalogConnection,
  tables: readonly string[],
): Promise<Map<string, TableSize>> {
  const sizes = new Map<string, TableSize>();
  const schemas = tables.map((table) => table.slice(0, table.indexOf('.')));
  const names = tables.map((table) => table.slice(table.indexOf('.') + 1));
  await db.query('savepoint scribe_small_tables');
  try {
    const rows = await db.query<SizeRow>(SIZES_SQL, [schemas, names]);
    for (const row of rows)
      sizes.set(`${row.schema_name}.${row.table_name}`, { rows: Number(row.rows), bytes: Number(row.bytes) });
    await db.query('release savepoint scribe_small_tables');
  } catch {
    await db.query('rollback to savepoint scribe_small_tables').catch(() => undefined);
  }
  return sizes;
}

function formatRows(rows: number): string {
  return Math.round(rows).toLocaleString('en-US');
}

/** PostgreSQL's 1024-based units, as pg_size_pretty writes them. */
function formatBytes(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 10_240 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Math.round(value)} ${units[unit]}`;
}
