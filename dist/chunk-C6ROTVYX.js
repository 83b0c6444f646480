import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);

// src/catalog/schemas.ts
var MANAGED_SCHEMAS = [
  "auth",
  "storage",
  "realtime",
  "extensions",
  "graphql",
  "graphql_public",
  "vault",
  "pgsodium",
  "pgsodium_masks",
  "cron",
  "net",
  "supabase_functions",
  "supabase_migrations",
  "pgbouncer",
  "partman",
  "information_schema"
], MANAGED_LIST = MANAGED_SCHEMAS.map((name) => `'${name}'`).join(", ");
function appSchema(namespaceAlias) {
  return `(${namespaceAlias}.nspname not in (${MANAGED_LIST}) and ${namespaceAlias}.nspname !~ '^pg_')`;
}
function notExtensionMember(classOidExpression) {
  return `not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = ${classOidExpression} and d.deptype = 'e')`;
}
async function findAuditTables(db, config) {
  let candidates = /* @__PURE__ */ new Map();
  for (let entry of config.audit.tables) {
    let names = entry.includes(".") ? [entry] : config.exposedSchemas.map((schema) => `${schema}.${entry}`);
    for (let name of names) candidates.set(name, entry);
  }
  let tables = (await db.query(
    `select c.oid::int8 as oid, n.nspname || '.' || c.relname as name, c.relkind::text as relkind
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and not c.relispartition and n.nspname || '.' || c.relname = any($1::text[])
      order by 2`,
    [[...candidates.keys()]]
  )).map((row) => ({ ...row, oid: Number(row.oid), configured: candidates.get(row.name) })), found = new Set(tables.map((table) => table.configured));
  return { tables, missing: config.audit.tables.filter((entry) => !found.has(entry)) };
}
async function statStatementsView(db) {
  let [extension] = await db.query(
    `select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace
      where e.extname = 'pg_stat_statements'`
  );
  return extension && `"${extension.schema.replaceAll('"', '""')}".pg_stat_statements`;
}

export {
  MANAGED_SCHEMAS,
  appSchema,
  notExtensionMember,
  findAuditTables,
  statStatementsView
};
