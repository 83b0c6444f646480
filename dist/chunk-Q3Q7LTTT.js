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

// src/catalog/partitions.ts
async function readPartitions(db, tableOid) {
  return (await db.query(
    `select n.nspname || '.' || c.relname as name, pg_get_expr(c.relpartbound, c.oid) as bound
       from pg_inherits i join pg_class c on c.oid = i.inhrelid join pg_namespace n on n.oid = c.relnamespace
      where i.inhparent = $1::int8::oid
      order by 1`,
    [tableOid]
  )).map((row) => parseBound(row.name, row.bound ?? "")).sort(byLowerBound);
}
function byLowerBound(a, b) {
  return a.from === b.from || Number.isNaN(a.from) && Number.isNaN(b.from) ? 0 : Number.isNaN(a.from) ? 1 : Number.isNaN(b.from) || a.from < b.from ? -1 : 1;
}
function parseBound(name, bound) {
  if (/^\s*DEFAULT\s*$/i.test(bound)) return { name, bound, isDefault: !0, from: NaN, to: NaN };
  let range = /FROM\s*\((.*)\)\s*TO\s*\((.*)\)\s*$/is.exec(bound);
  return {
    name,
    bound,
    isDefault: !1,
    from: range ? parseBoundValue(range[1]) : NaN,
    to: range ? parseBoundValue(range[2]) : NaN
  };
}
function parseBoundValue(list) {
  let first = list.trim();
  if (/^MINVALUE\b/i.test(first)) return -1 / 0;
  if (/^MAXVALUE\b/i.test(first)) return 1 / 0;
  let quoted = /^'([^']*)'/.exec(first);
  return quoted ? parseTimestamp(quoted[1]) : NaN;
}
var TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(?:(Z)|([+-])(\d{2})(?::?(\d{2}))?(?::?(\d{2}))?)?$/i;
function parseTimestamp(text) {
  let match = TIMESTAMP.exec(text.trim());
  if (!match) return NaN;
  let [, year, month, day, hour, minute, second, fraction, , sign, offsetHours, offsetMinutes] = match, local = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour ?? 0),
    Number(minute ?? 0),
    Number(second ?? 0),
    Math.round(+`0.${fraction ?? "0"}` * 1e3)
  );
  if (!sign) return local;
  let offset = (Number(offsetHours) * 60 + Number(offsetMinutes ?? 0)) * 6e4;
  return sign === "+" ? local - offset : local + offset;
}
function checkRunway(partitions, now, months) {
  let year = now.getUTCFullYear(), month = now.getUTCMonth(), missingMonths = [], notMonthly = /* @__PURE__ */ new Set(), ranges = partitions.filter((partition) => !partition.isDefault);
  for (let i = 0; i < months; i++) {
    let start = Date.UTC(year, month + i, 1), end = Date.UTC(year, month + i + 1, 1), covering = ranges.find((partition) => partition.from <= start && start < partition.to);
    covering ? (covering.from !== start || covering.to !== end) && notMonthly.add(covering.name) : missingMonths.push(isoDate(start).slice(0, 7));
  }
  return {
    missingMonths,
    notMonthly: [...notMonthly],
    windowEnd: isoDate(Date.UTC(year, month + months, 1))
  };
}
function isoDate(milliseconds) {
  return new Date(milliseconds).toISOString().slice(0, 10);
}
function boundText(value) {
  return value === -1 / 0 ? "MINVALUE" : value === 1 / 0 ? "MAXVALUE" : Number.isNaN(value) ? "" : isoDate(value);
}
async function listAuditPartitions(db, config) {
  let { tables } = await findAuditTables(db, config), result = [];
  for (let table of tables) {
    if (table.relkind !== "p") continue;
    let partitions = await readPartitions(db, table.oid);
    result.push({
      table: table.name,
      partitions: partitions.filter((partition) => !partition.isDefault).map((partition) => ({
        name: partition.name,
        from: boundText(partition.from),
        to: boundText(partition.to)
      })),
      defaultPartition: partitions.find((partition) => partition.isDefault)?.name
    });
  }
  return result;
}

// src/location.ts
function locationIn(file, start, end) {
  let from = file.lines.position(start), to = file.lines.position(Math.max(start, end));
  return {
    file: file.displayPath,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column
  };
}

// src/parse/ast.ts
function unwrap(node) {
  if (!node) return;
  let [kind] = Object.keys(node);
  return [kind, node[kind]];
}
function statementOf(node, kind) {
  if (!(!node || !(kind in node)))
    return node[kind];
}
function qualify(relation) {
  return relation?.relname ? `${relation.schemaname ?? "public"}.${relation.relname}` : "";
}
function qualifyNameList(list) {
  let parts = (list?.List?.items ?? []).map((item) => item.String?.sval ?? "");
  return parts.length === 1 ? `public.${parts[0]}` : parts.slice(-2).join(".");
}
function hasOption(options, name) {
  return (options ?? []).some(
    (option) => option.DefElem?.defname === name
  );
}

export {
  MANAGED_SCHEMAS,
  appSchema,
  notExtensionMember,
  findAuditTables,
  readPartitions,
  checkRunway,
  listAuditPartitions,
  locationIn,
  unwrap,
  statementOf,
  qualify,
  qualifyNameList,
  hasOption
};
