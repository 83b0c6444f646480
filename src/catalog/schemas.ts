// What the schema rules look at, and what they never touch: the schemas Supabase manages and the system
// schemas belong to nobody on the app team (docs/rules.md), and objects that belong to an extension are the
// extension's business. Shared by every schema rule, on the shadow and on a live database alike.

import type { Config } from '../config.ts';
import type { CatalogConnection } from '../types.ts';

export const MANAGED_SCHEMAS: readonly string[] = [
  'auth',
  'storage',
  'realtime',
  'extensions',
  'graphql',
  'graphql_public',
  'vault',
  'pgsodium',
  'pgsodium_masks',
  'cron',
  'net',
  'supabase_functions',
  'supabase_migrations',
  'pgbouncer',
  'partman',
  'information_schema',
];

const MANAGED_LIST = MANAGED_SCHEMAS.map((name) => `'${name}'`).join(', ');

/** SQL condition: the namespace alias is one the app team owns. */
export function appSchema(namespaceAlias: string): string {
  return `(${namespaceAlias}.nspname not in (${MANAGED_LIST}) and ${namespaceAlias}.nspname !~ '^pg_')`;
}

/** SQL condition: the relation is not part of an extension (`pg_depend` type `e`). */
export function notExtensionMember(classOidExpression: string): string {
  return `not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = ${classOidExpression} and d.deptype = 'e')`;
}

export interface AuditTable {
  oid: number;
  /** `schema.table` */
  name: string;
  relkind: 'r' | 'p' | string;
  /** The configured entry this table answers to. */
  configured: string;
}

/**
 * The configured audit tables that exist. An unqualified name is looked up in the exposed schemas;
 * entries that match nothing come back in `missing`.
 */
export async function findAuditTables(
  db: CatalogConnection,
  config: Config,
): Promise<{ tables: AuditTable[]; missing: string[] }> {
  const candidates = new Map<string, string>();
  for (const entry of config.audit.tables) {
    const names = entry.includes('.') ? [entry] : config.exposedSchemas.map((schema) => `${schema}.${entry}`);
    for (const name of names) candidates.set(name, entry);
  }
  const rows = await db.query<{ oid: number; name: string; relkind: string }>(
    `select c.oid::int8 as oid, n.nspname || '.' || c.relname as name, c.relkind::text as relkind
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and not c.relispartition and n.nspname || '.' || c.relname = any($1::text[])
      order by 2`,
    [[...candidates.keys()]],
  );
  const tables = rows.map((row) => ({ ...row, oid: Number(row.oid), configured: candidates.get(row.name)! }));
  const found = new Set(tables.map((table) => table.configured));
  return { tables, missing: config.audit.tables.filter((entry) => !found.has(entry)) };
}

/**
 * The pg_stat_statements view, qualified with the schema its extension was created in (Supabase puts it
 * in `extensions`), or undefined when the extension is not installed in this database.
 */
export async function statStatementsView(db: CatalogConnection): Promise<string | undefined> {
  const [extension] = await db.query<{ schema: string }>(
    `select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace
      where e.extname = 'pg_stat_statements'`,
  );
  return extension && `"${extension.schema.replaceAll('"', '""')}".pg_stat_statements`;
}
