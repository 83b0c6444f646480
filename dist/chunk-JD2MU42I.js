import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);
import {
  keyNamePrefix,
  tableForPrefix
} from "./chunk-6KETGI7Z.js";
import {
  RUNNER_FILE_NAME,
  closestOf,
  loadParser,
  require_wasm
} from "./chunk-C74ZEOQR.js";
import {
  count,
  estimatedP95,
  latencyFigures,
  ms,
  percent,
  statementObject,
  statementText
} from "./chunk-WEHHNOLE.js";
import {
  addedConstraintOf,
  checkRunway,
  columnConstraints,
  columnDefOf,
  failsRun,
  findingSeverity,
  isAppRelation,
  locationIn,
  lockName,
  lockPhrase,
  lockWords,
  locksTaken,
  nameSpan,
  readPartitions,
  severityOf,
  tableCommands,
  transactionsOf
} from "./chunk-BJJ7RUVL.js";
import {
  appSchema,
  findAuditTables,
  notExtensionMember,
  statStatementsView
} from "./chunk-C6ROTVYX.js";
import {
  NotVerifiedError,
  ruleFailure
} from "./chunk-KMD5P3L4.js";
import {
  hasOption,
  qualify,
  qualifyNameList,
  statementOf,
  unwrap
} from "./chunk-CRXCDDBS.js";
import {
  __toESM
} from "./chunk-A56RWH2U.js";

// src/catalog/audit-access.ts
async function readRelations(db, roots) {
  return (await db.query(
    `select c.oid::int8 as oid, n.nspname || '.' || c.relname as name, c.relrowsecurity as rowsecurity,
            c.relowner::int8 as owner
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.oid in (select t.relid from unnest($1::int8[]::oid[]) r(oid), pg_partition_tree(r.oid) t)
         or c.oid = any($1::int8[]::oid[])
      order by 2`,
    [roots]
  )).map((row) => ({
    oid: Number(row.oid),
    name: row.name,
    rowSecurity: row.rowsecurity,
    owner: Number(row.owner)
  }));
}
async function readPolicies(db, relations) {
  return (await db.query(
    `select p.polrelid::int8 as relation, p.polname as name, p.polcmd::text as command,
            p.polpermissive as permissive, p.polroles::int8[] as roles,
            pg_get_expr(p.polqual, p.polrelid) as using
       from pg_policy p where p.polrelid = any($1::int8[]::oid[])
      order by p.polname`,
    [relations]
  )).map((row) => ({ ...row, relation: Number(row.relation), roles: row.roles.map(Number) }));
}
async function readJudgedRoles(db, owners, policyRoles) {
  let targets = [.../* @__PURE__ */ new Set([...owners, ...policyRoles])].filter((oid) => oid !== 0), rows = await db.query(
    `select r.oid::int8 as oid, r.rolname as name,
            array(select t from unnest($1::int8[]) t where pg_has_role(r.oid, t::oid, 'USAGE'))::int8[] as has
       from pg_roles r
      where not r.rolsuper and not r.rolbypassrls and r.rolname !~ '^pg_'
      order by r.rolname`,
    [targets]
  ), privilegesOf = /* @__PURE__ */ new Map(), roles = [];
  for (let row of rows) {
    let has = new Set(row.has.map(Number));
    privilegesOf.set(Number(row.oid), has), roles.push({ oid: Number(row.oid), name: row.name });
  }
  return { roles, privilegesOf };
}
async function readWriteGrants(db, relations) {
  return (await db.query(
    `select c.oid::int8 as relation, a.grantee::int8 as grantee, a.privilege_type as privilege, null::text as column
       from pg_class c, aclexplode(coalesce(c.relacl, acldefault('r', c.relowner))) a
      where c.oid = any($1::int8[]::oid[]) and a.privilege_type in ('UPDATE', 'DELETE', 'TRUNCATE')
     union all
     select att.attrelid::int8, a.grantee::int8, a.privilege_type, att.attname::text
       from pg_attribute att, aclexplode(att.attacl) a
      where att.attrelid = any($1::int8[]::oid[]) and att.attacl is not null and not att.attisdropped
        and a.privilege_type = 'UPDATE'
      order by 1, 2, 4 nulls first`,
    [relations]
  )).map((row) => ({
    relation: Number(row.relation),
    grantee: Number(row.grantee),
    privilege: row.privilege,
    column: row.column ?? void 0
  }));
}
var COMMAND_LETTER = { UPDATE: "w", DELETE: "d" };
function isConstantFalse(expression) {
  if (expression === null) return !1;
  let bare = expression.toLowerCase().replace(/[\s()]/g, "");
  return bare === "false" || bare === "false::boolean" || bare === "null::boolean";
}
function openingPolicy(policies, command, hasPrivilegesOf) {
  let applicable = policies.filter(
    (policy) => (policy.command === "*" || policy.command === COMMAND_LETTER[command]) && policy.roles.some((role) => role === 0 || hasPrivilegesOf(role))
  );
  if (!applicable.some((policy) => !policy.permissive && isConstantFalse(policy.using)))
    return applicable.find(
      (policy) => policy.permissive && policy.using !== null && !isConstantFalse(policy.using)
    );
}

// src/fix/index-names.ts
var RESERVED = new Set(
  "all analyse analyze and any array as asc asymmetric authorization binary both case cast check collate collation column concurrently constraint create cross current_catalog current_date current_role current_schema current_time current_timestamp current_user default deferrable desc distinct do else end except false fetch for foreign freeze from full grant group having ilike in initially inner intersect into is isnull join lateral leading left like limit localtime localtimestamp natural not notnull null offset on only or order outer overlaps placing primary references returning right select session_user similar some symmetric system_user table tablesample then to trailing true union unique user using variadic verbose when where window with".split(" ")
);
function quoteIdent(name) {
  return /^[a-z_][a-z0-9_$]*$/.test(name) && !RESERVED.has(name) ? name : `"${name.replaceAll('"', '""')}"`;
}
function qualifiedIdent(schema, name) {
  return `${quoteIdent(schema)}.${quoteIdent(name)}`;
}
var RelationNamer = class {
  constructor(db) {
    this.db = db;
  }
  db;
  taken = /* @__PURE__ */ new Map();
  /** An index on `table (columns)` in `schema`: `<table>_<columns>_idx`, then `_idx1`, `_idx2`, ... */
  index(schema, table, columns) {
    return this.choose(schema, (pass) => indexName(table, columns, pass === 0 ? "idx" : `idx${pass}`));
  }
  /** The first name `candidate(0)`, `candidate(1)`, ... that is free in `schema`, reserved for this run. */
  async choose(schema, candidate) {
    let taken = await this.namesIn(schema);
    for (let pass = 0; ; pass++) {
      let name = candidate(pass);
      if (!taken.has(name))
        return taken.add(name), name;
    }
  }
  async namesIn(schema) {
    let names = this.taken.get(schema);
    if (!names) {
      let rows = await this.db.query(
        "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = $1",
        [schema]
      );
      names = new Set(rows.map((row) => row.relname)), this.taken.set(schema, names);
    }
    return names;
  }
};
function indexName(table, columns, label) {
  let columnPart = clip(columns.join("_"), 63), available = 63 - (columnPart ? 1 : 0) - (Buffer.byteLength(label) + 1), tableBytes = Buffer.byteLength(table), columnBytes = Buffer.byteLength(columnPart);
  for (; tableBytes + columnBytes > available; )
    tableBytes > columnBytes ? tableBytes-- : columnBytes--;
  return [clip(table, tableBytes), clip(columnPart, columnBytes), label].filter((part) => part).join("_");
}
function suffixedName(base, suffix) {
  return `${clip(base, 63 - Buffer.byteLength(suffix) - 1)}_${suffix}`;
}
function clip(text, bytes) {
  let used = 0, end = 0;
  for (let character of text) {
    let size = Buffer.byteLength(character);
    if (used + size > bytes) break;
    used += size, end += character.length;
  }
  return text.slice(0, end);
}

// rules/audit-immutable.ts
var SQL_NAMES = `
  select c.oid::int8 as oid, format('%I.%I', n.nspname, c.relname) as sql_name, c.relname, n.nspname as schema_name
    from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.oid = any($1::int8[]::oid[])`, DEFAULT_GRANTEES = `
  select c.oid::int8 as relation, a.grantee::int8 as grantee
    from pg_class c
    join pg_default_acl d on d.defaclrole = c.relowner and d.defaclobjtype = 'r'
     and d.defaclnamespace in (c.relnamespace, 0)
    cross join lateral aclexplode(d.defaclacl) a
   where c.oid = any($1::int8[]::oid[]) and a.privilege_type in ('UPDATE', 'DELETE', 'TRUNCATE')`, rule = {
  meta: {
    id: "audit-immutable",
    description: "No role but the owner and BYPASSRLS roles can UPDATE, DELETE or TRUNCATE audit rows.",
    defaultSeverity: "error",
    sources: ["schema"]
  },
  async checkSchema(context) {
    let { tables } = await findAuditTables(context.db, context.config);
    if (tables.length === 0) return;
    let relations = await readRelations(
      context.db,
      tables.map((table) => table.oid)
    ), oids = relations.map((relation) => relation.oid), policies = await readPolicies(context.db, oids), { roles, privilegesOf } = await readJudgedRoles(
      context.db,
      relations.map((relation) => relation.owner),
      policies.flatMap((policy) => policy.roles)
    ), grants = await readWriteGrants(context.db, oids), names = await readSqlNames(context.db, oids), defaults = await readDefaultGrantees(context.db, oids);
    for (let relation of relations) {
      let name = names.get(relation.oid), judged = roles.filter((role) => !privilegesOf.get(role.oid)?.has(relation.owner)), has = (role) => (other) => privilegesOf.get(role.oid)?.has(other) ?? !1;
      checkPolicies(
        context,
        relation,
        policies.filter((policy) => policy.relation === relation.oid),
        judged,
        has,
        name
      ), checkGrants(
        context,
        relation,
        grants.filter((grant) => grant.relation === relation.oid),
        judged,
        { name, defaultGrantees: defaults.get(relation.oid) ?? /* @__PURE__ */ new Set() }
      );
    }
  }
};
function checkPolicies(context, relation, policies, roles, has, name) {
  if (!relation.rowSecurity) {
    context.report({
      message: `audit table \`${relation.name}\` does not have row level security enabled, so no policy stops UPDATE or DELETE`,
      location: context.locate("table", relation.name),
      object: relation.name,
      fix: { sql: `alter table ${name.sqlName} enable row level security;` }
    });
    return;
  }
  let policyNames = new Set(policies.map((policy) => policy.name));
  for (let command of ["UPDATE", "DELETE"]) {
    let openedBy = /* @__PURE__ */ new Map();
    for (let role of roles) {
      let policy = openingPolicy(policies, command, has(role));
      policy && openedBy.set(policy, [...openedBy.get(policy) ?? [], role.name]);
    }
    let fix = openedBy.size > 0 ? vetoPolicy(name, command, policyNames) : void 0;
    for (let [policy, names] of openedBy)
      context.report({
        message: `policy \`${policy.name}\` lets ${listRoles(names)} ${command} rows of audit table \`${relation.name}\` and no restrictive policy denies it`,
        location: context.locate("policy", `${relation.name}.${policy.name}`),
        object: `${relation.name}.${policy.name}`,
        ...fix && { fix }
      }), fix = void 0;
  }
}
function vetoPolicy(name, command, taken) {
  let label = `no_${command.toLowerCase()}`, policy = indexName(name.relname, [], label);
  for (let pass = 1; taken.has(policy); pass++) policy = indexName(name.relname, [], `${label}${pass}`);
  return taken.add(policy), {
    sql: `create policy ${quoteIdent(policy)} on ${name.sqlName} as restrictive for ${command.toLowerCase()} to public using (false);`
  };
}
function checkGrants(context, relation, grants, roles, facts) {
  let judgedNames = new Map(roles.map((role) => [role.oid, role.name])), byGrantee = /* @__PURE__ */ new Map();
  for (let grant of grants) {
    if (grant.grantee !== 0 && !judgedNames.has(grant.grantee)) continue;
    let held = grant.column ? `UPDATE (${grant.column})` : grant.privilege;
    byGrantee.set(grant.grantee, [...byGrantee.get(grant.grantee) ?? [], held]);
  }
  for (let [grantee, privileges] of byGrantee) {
    let role = grantee === 0 ? "public" : judgedNames.get(grantee), shown2 = grantee === 0 ? "PUBLIC" : `\`${role}\``, location = context.locate("grant", `${relation.name} to ${role}`), byDefault = facts.defaultGrantees.has(grantee) && sameSpan(location, context.locate("table", relation.name));
    context.report({
      message: `${shown2} holds ${mergeColumns(privileges).join(", ")} on audit table \`${relation.name}\`` + (byDefault ? defaultPrivilegesNote(facts.name.schema) : ""),
      location,
      object: relation.name,
      fix: { sql: revocation(privileges, facts.name.sqlName, grantee === 0 ? "public" : quoteIdent(role)) }
    });
  }
}
function defaultPrivilegesNote(schema) {
  return `, granted when the table was created by the default privileges for new tables in schema \`${schema}\`` + (schema === "public" ? " (Supabase grants ALL on them to `anon`, `authenticated` and `service_role`)" : "");
}
function revocation(privileges, table, role) {
  return `revoke ${PRIVILEGE_ORDER.filter(
    (privilege) => privileges.includes(privilege) || privilege === "UPDATE" && privileges.some(isColumnUpdate)
  ).map((privilege) => privilege.toLowerCase()).join(", ")} on ${table} from ${role};`;
}
function isColumnUpdate(privilege) {
  return privilege.startsWith("UPDATE (");
}
function sameSpan(one, other) {
  return one !== void 0 && other !== void 0 && one.file === other.file && one.line === other.line && one.column === other.column && one.endLine === other.endLine && one.endColumn === other.endColumn;
}
async function readSqlNames(db, oids) {
  let rows = await db.query(
    SQL_NAMES,
    [oids]
  );
  return new Map(
    rows.map((row) => [
      Number(row.oid),
      { sqlName: row.sql_name, relname: row.relname, schema: row.schema_name }
    ])
  );
}
async function readDefaultGrantees(db, oids) {
  let rows = await db.query(DEFAULT_GRANTEES, [oids]), byRelation = /* @__PURE__ */ new Map();
  for (let row of rows) {
    let relation = Number(row.relation);
    byRelation.set(relation, (byRelation.get(relation) ?? /* @__PURE__ */ new Set()).add(Number(row.grantee)));
  }
  return byRelation;
}
var PRIVILEGE_ORDER = ["UPDATE", "DELETE", "TRUNCATE"];
function mergeColumns(privileges) {
  let columns = privileges.filter((item) => item.startsWith("UPDATE (")), tableLevel = PRIVILEGE_ORDER.filter((item) => privileges.includes(item));
  if (columns.length === 0 || tableLevel.includes("UPDATE")) return tableLevel;
  let names = columns.map((item) => item.slice(8, -1));
  return [...tableLevel, `UPDATE (${names.join(", ")})`];
}
function listRoles(names) {
  let quoted = names.map((name) => `\`${name}\``);
  return quoted.length <= 4 ? quoted.join(", ") : `${quoted.slice(0, 4).join(", ")} and ${quoted.length - 4} more roles`;
}
var audit_immutable_default = rule;

// rules/audit-partitioned.ts
var rule2 = {
  meta: {
    id: "audit-partitioned",
    description: "Each audit table is partitioned BY RANGE on its time column.",
    defaultSeverity: "error",
    sources: ["schema"]
  },
  async checkSchema(context) {
    let { config } = context, key = config.audit.partitionKey, { tables, missing } = await findAuditTables(context.db, config);
    for (let entry of missing) {
      let where = entry.includes(".") ? "" : ` in schema ${config.exposedSchemas.map((s) => `\`${s}\``).join(", ")}`;
      context.report({ message: `audit table \`${entry}\` does not exist${where}`, object: entry });
    }
    if (tables.length === 0) return;
    let keys = await context.db.query(
      `select c.oid::int8 as oid, case when c.relkind = 'p' then pg_get_partkeydef(c.oid) end as keydef
         from pg_class c where c.oid = any($1::int8[]::oid[])`,
      [tables.map((table) => table.oid)]
    ), keyOf2 = new Map(keys.map((row) => [Number(row.oid), row.keydef]));
    for (let table of tables) {
      let keydef = keyOf2.get(table.oid) ?? null;
      if (isRangeOn(keydef, key)) continue;
      let actual = keydef ? `is partitioned ${keydef}` : "is not partitioned";
      context.report({
        message: `audit table \`${table.name}\` ${actual}; it must be partitioned BY RANGE (${key})`,
        location: context.locate("table", table.name),
        object: table.name
      });
    }
  }
};
function isRangeOn(keydef, column) {
  let match = keydef ? /^RANGE \((.+)\)$/.exec(keydef) : null;
  return match ? (match[1].startsWith('"') ? match[1].slice(1, -1).replaceAll('""', '"') : match[1]) === column : !1;
}
var audit_partitioned_default = rule2;

// rules/fk-index.ts
var FOREIGN_KEYS_WITHOUT_INDEX = `
  select con.conname as constraint_name,
         n.nspname || '.' || c.relname as table_name,
         n.nspname || '.' || c.relname || '.' || con.conname as constraint_key,
         rn.nspname || '.' || rc.relname as referenced_table,
         n.nspname as schema_name, c.relname, c.relkind = 'p' as partitioned,
         (select json_agg(a.attname order by k.ord)::text
            from unnest(con.conkey) with ordinality as k(attnum, ord)
            join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum) as column_names
    from pg_constraint con
    join pg_class c on c.oid = con.conrelid
    join pg_namespace n on n.oid = c.relnamespace
    join pg_class rc on rc.oid = con.confrelid
    join pg_namespace rn on rn.oid = rc.relnamespace
   where con.contype = 'f'
     and con.conparentid = 0
     and ${appSchema("n")}
     and ${notExtensionMember("c.oid")}
     and not exists (
       select 1
         from pg_index i
         join pg_class ic on ic.oid = i.indexrelid
         join pg_am am on am.oid = ic.relam
        where i.indrelid = con.conrelid
          and i.indisvalid
          and i.indpred is null
          and am.amname = 'btree'
          and i.indnkeyatts >= cardinality(con.conkey)
          and case when cardinality(con.conkey) = 1 then i.indkey[0] = con.conkey[1]
                   else (select array_agg(k order by k) from unnest((i.indkey::int2[])[0 : cardinality(con.conkey) - 1]) k)
                      = (select array_agg(k order by k) from unnest(con.conkey) k) end
     )
   order by 2, 1`, rule3 = {
  meta: {
    id: "fk-index",
    description: "Every foreign key has a covering btree index on its columns.",
    defaultSeverity: "error",
    sources: ["schema"]
  },
  async checkSchema(context) {
    let namer = new RelationNamer(context.db);
    for (let row of await context.db.query(FOREIGN_KEYS_WITHOUT_INDEX)) {
      let columns = JSON.parse(row.column_names);
      context.report({
        message: `foreign key \`${row.constraint_name}\` on \`${row.table_name}\` (${columns.join(", ")}) referencing \`${row.referenced_table}\` has no covering index`,
        location: context.locate("constraint", row.constraint_key),
        object: `${row.table_name}.${row.constraint_name}`,
        fix: { sql: await indexCreation(context.db, namer, row, columns) }
      });
    }
  }
};
async function indexCreation(db, namer, row, columns) {
  let table = { schema: row.schema_name, name: row.relname, partitioned: row.partitioned }, { statements } = await indexStatements(db, namer, table, columns);
  return statements.join(`
`);
}
var PARTITIONS_OF = `
  select n.nspname as schema, c.relname as name, c.relkind = 'p' as partitioned
    from pg_inherits i
    join pg_class c on c.oid = i.inhrelid
    join pg_namespace n on n.oid = c.relnamespace
   where i.inhparent = (quote_ident($1) || '.' || quote_ident($2))::regclass
   order by 1, 2`;
async function indexStatements(db, namer, table, columns) {
  let name = await namer.index(table.schema, table.name, columns), index = qualifiedIdent(table.schema, name), on = `${qualifiedIdent(table.schema, table.name)} (${columns.map(quoteIdent).join(", ")})`;
  if (!table.partitioned)
    return { index, statements: [`create index concurrently if not exists ${quoteIdent(name)} on ${on};`] };
  let statements = [`create index if not exists ${quoteIdent(name)} on only ${on};`];
  for (let partition of await db.query(PARTITIONS_OF, [table.schema, table.name])) {
    let built = await indexStatements(db, namer, partition, columns);
    statements.push(...built.statements, `alter index ${index} attach partition ${built.index};`);
  }
  return { index, statements };
}
var fk_index_default = rule3;

// rules/invalid-index.ts
var INVALID_INDEXES = `
  select n.nspname || '.' || ic.relname as index_name,
         tn.nspname || '.' || c.relname as table_name,
         ic.relkind = 'I' as is_partitioned
    from pg_index i
    join pg_class ic on ic.oid = i.indexrelid
    join pg_namespace n on n.oid = ic.relnamespace
    join pg_class c on c.oid = i.indrelid
    join pg_namespace tn on tn.oid = c.relnamespace
   where not i.indisvalid
     and ${appSchema("tn")}
   order by 1`, rule4 = {
  meta: {
    id: "invalid-index",
    description: "No index is left invalid by a failed CREATE INDEX CONCURRENTLY or an unfinished ON ONLY index.",
    defaultSeverity: "error",
    sources: ["schema"]
  },
  async checkSchema(context) {
    for (let row of await context.db.query(INVALID_INDEXES)) {
      let why = row.is_partitioned ? "not every partition has an attached index" : "it is not used by queries but still slows every write";
      context.report({
        message: `index \`${row.index_name}\` on \`${row.table_name}\` is invalid: ${why}`,
        location: context.locate("index", row.index_name),
        object: row.index_name
      });
    }
  }
}, invalid_index_default = rule4;

// rules/matview-unique-index.ts
var import_libpg_query = __toESM(require_wasm(), 1);
var MATVIEWS_WITHOUT_UNIQUE_INDEX = `
  select n.nspname || '.' || c.relname as view_name, n.nspname as schema_name, c.relname,
         pg_get_viewdef(c.oid) as definition
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
   where c.relkind = 'm'
     and ${appSchema("n")}
     and ${notExtensionMember("c.oid")}
     and not exists (select 1 from pg_index i
                      where i.indrelid = c.oid and i.indisunique and i.indisvalid
                        and i.indpred is null and i.indexprs is null)
   order by 1`, rule5 = {
  meta: {
    id: "matview-unique-index",
    description: "Every materialized view has a unique index, so it can be refreshed CONCURRENTLY.",
    defaultSeverity: "warning",
    sources: ["schema"]
  },
  async checkSchema(context) {
    let namer = new RelationNamer(context.db);
    for (let row of await context.db.query(MATVIEWS_WITHOUT_UNIQUE_INDEX)) {
      let key = await uniqueKey(row.definition);
      context.report({
        message: `materialized view \`${row.view_name}\` has no unique index without predicate or expressions, so REFRESH MATERIALIZED VIEW CONCURRENTLY fails on it`,
        location: context.locate("matview", row.view_name),
        object: row.view_name,
        ...key && { fix: await uniqueIndex(namer, row, key) }
      });
    }
  }
};
async function uniqueIndex(namer, row, key) {
  let name = quoteIdent(await namer.index(row.schema_name, row.relname, key)), target = `${qualifiedIdent(row.schema_name, row.relname)} (${key.map(quoteIdent).join(", ")})`;
  return { sql: `create unique index concurrently if not exists ${name} on ${target};` };
}
var AGGREGATES = new Set(
  "count sum avg min max array_agg string_agg bool_and bool_or every json_agg jsonb_agg json_object_agg jsonb_object_agg".split(
    " "
  )
);
async function uniqueKey(definition) {
  await loadParser();
  let select;
  try {
    select = (0, import_libpg_query.parseSync)(definition).stmts?.[0]?.stmt?.SelectStmt;
  } catch {
    return;
  }
  if (!select || select.op !== void 0 && select.op !== "SETOP_NONE") return;
  let targets = (select.targetList ?? []).map((item) => item.ResTarget ?? {}), names = targets.map(outputName);
  if (!(names.some((name) => name === void 0) || new Set(names).size !== names.length))
    return select.distinctClause ? select.distinctClause.every((item) => Object.keys(item).length === 0) && !targets.some((target) => mayReturnSet(target.val)) ? names : void 0 : groupKey(select, targets, names);
}
function groupKey(select, targets, names) {
  let groups = select.groupClause ?? [];
  if (groups.length === 0 || groups.some((group) => "GroupingSet" in group)) return;
  let keyIndexes = groups.map((group) => targets.findIndex((target) => sameExpression(target.val, group)));
  if (!(keyIndexes.includes(-1) || targets.filter((_, index) => !keyIndexes.includes(index)).some((target) => mayReturnSet(target.val))))
    return [...new Set(keyIndexes)].map((index) => names[index]);
}
function outputName(target) {
  return target.name ? target.name : (target.val?.ColumnRef?.fields ?? []).at(-1)?.String?.sval;
}
function mayReturnSet(node) {
  if (Array.isArray(node)) return node.some(mayReturnSet);
  if (!node || typeof node != "object") return !1;
  let call = node.FuncCall;
  if (call) {
    let name = call.funcname?.at(-1)?.String?.sval ?? "";
    return !AGGREGATES.has(name);
  }
  return Object.values(node).some(mayReturnSet);
}
function sameExpression(one, other) {
  let strip = (node) => JSON.stringify(node, (key, value) => key === "location" ? void 0 : value);
  return one !== void 0 && strip(one) === strip(other);
}
var matview_unique_index_default = rule5;

// src/catalog/index-spec.ts
var IDENTIFIER = String.raw`(?:[A-Za-z_][A-Za-z0-9_$]*|"(?:[^"]|"")+")`, ENTRY = new RegExp(String.raw`^\s*(?:(${IDENTIFIER})\s*\.\s*)?(${IDENTIFIER})\s*\((.*)\)\s*$`, "s"), COLUMN = new RegExp(String.raw`^\s*(${IDENTIFIER})(?:\s+(asc|desc))?\s*$`, "i");
function parseRequiredIndex(entry) {
  let match = ENTRY.exec(entry);
  if (!match) return;
  let [, schema, name, list] = match, table = schema ? `${identifierName(schema)}.${identifierName(name)}` : identifierName(name), columns = [];
  for (let part of splitOutsideQuotes(list)) {
    let column = COLUMN.exec(part);
    if (!column) return;
    columns.push({ name: identifierName(column[1]), descending: column[2]?.toLowerCase() === "desc" });
  }
  return columns.length > 0 ? { entry, table, columns } : void 0;
}
function columnList(columns) {
  return columns.map((column) => `${quoteIdentifier(column.name)}${column.descending ? " desc" : ""}`).join(", ");
}
function quoteIdentifier(name) {
  return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replaceAll('"', '""')}"`;
}
function identifierName(written) {
  let trimmed2 = written.trim();
  return trimmed2.startsWith('"') ? trimmed2.slice(1, -1).replaceAll('""', '"') : trimmed2.toLowerCase();
}
function splitOutsideQuotes(list) {
  let parts = [], current = "", quoted = !1;
  for (let character of list)
    character === '"' && (quoted = !quoted), character === "," && !quoted ? (parts.push(current), current = "") : current += character;
  return parts.push(current), parts;
}

// src/catalog/cron-jobs.ts
var CRON_TABLE = `
  select c.relrowsecurity and not (r.rolsuper or r.rolbypassrls or pg_has_role(c.relowner, 'USAGE'))
           as filtered,
         has_table_privilege(c.oid, 'SELECT') as can_select
    from pg_class c, pg_roles r
   where c.oid = to_regclass('cron.job') and r.rolname = current_user`, JOBS = `
  select jobid::int8 as id, jobname as name, schedule, command, active
    from cron.job
   where database = current_database()
   order by jobid`, FUNCTION_BODY = `
  select p.prosrc from pg_proc p join pg_namespace n on n.oid = p.pronamespace
   where p.proname = $1 and ($2::text is null or n.nspname = $2) and p.prolang <> 12`;
async function readCronJobs(db) {
  let [table] = await db.query(CRON_TABLE);
  if (!table) return { readable: !1, why: "pg_cron is not installed in this database (no `cron.job`)" };
  if (!table.can_select)
    return {
      readable: !1,
      why: "the audit role cannot read `cron.job`",
      fix: "grant usage on schema cron and select on cron.job to the audit role"
    };
  let rows = await db.query(JOBS), jobs = [];
  for (let row of rows) {
    let refreshes = refreshesIn(row.command);
    for (let call of calledFunctions(row.command))
      for (let body of await db.query(FUNCTION_BODY, [call.name, call.schema ?? null]))
        refreshes.push(...refreshesIn(body.prosrc));
    jobs.push({ ...row, id: Number(row.id), refreshes });
  }
  return { readable: !0, jobs, seesAllJobs: !table.filtered };
}
var IDENTIFIER2 = String.raw`(?:"(?:[^"]|"")+"|[A-Za-z_][A-Za-z0-9_$]*)`, REFRESH = new RegExp(
  String.raw`\brefresh\s+materialized\s+view\s+(concurrently\s+)?(${IDENTIFIER2}(?:\s*\.\s*${IDENTIFIER2})?)`,
  "gi"
), CALL = new RegExp(
  String.raw`\b(?:select|perform|call)\s+(?:(${IDENTIFIER2})\s*\.\s*)?(${IDENTIFIER2})\s*\(`,
  "gi"
);
function refreshesIn(sql) {
  return [...sql.matchAll(REFRESH)].map((match) => ({
    view: match[2].replace(/\s+/g, ""),
    concurrently: match[1] !== void 0
  }));
}
function calledFunctions(sql) {
  return [...sql.matchAll(CALL)].map((match) => ({
    schema: match[1] === void 0 ? void 0 : identifierName(match[1]),
    name: identifierName(match[2])
  }));
}
function namesView(reference, qualifiedView, searchSchemas) {
  let names = (reference.match(new RegExp(IDENTIFIER2, "g")) ?? []).map(identifierName);
  return names.length === 2 ? `${names[0]}.${names[1]}` === qualifiedView : searchSchemas.some((schema) => `${schema}.${names[0]}` === qualifiedView);
}

// rules/matview-refresh.ts
var MATVIEWS = `
  select n.nspname || '.' || c.relname as view_name,
         exists (select 1 from pg_index i
                  where i.indrelid = c.oid and i.indisunique and i.indisvalid
                    and i.indpred is null and i.indexprs is null) as has_unique_index
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
   where c.relkind = 'm'
     and n.nspname = any($1::text[])
     and ${notExtensionMember("c.oid")}
   order by 1`, rule6 = {
  meta: {
    id: "matview-refresh",
    description: "Every materialized view is refreshed by a scheduled pg_cron job, CONCURRENTLY when its unique index allows it.",
    defaultSeverity: "warning",
    sources: ["schema"]
  },
  async checkSchema(context) {
    let views = await context.db.query(MATVIEWS, [context.config.exposedSchemas]);
    if (views.length === 0) return;
    let cron = await readJobsSafely(context);
    if (!cron.readable) {
      let fix = cron.fix ? `: ${cron.fix}` : "";
      for (let view of views)
        context.report({
          message: `could not verify that \`${view.view_name}\` is refreshed on a schedule: ${cron.why}${fix}`,
          severity: "info",
          location: context.locate("matview", view.view_name),
          object: view.view_name
        });
      return;
    }
    for (let view of views) checkView(context, view, cron.jobs, cron.seesAllJobs);
  }
};
function checkView(context, view, jobs, seesAllJobs) {
  let schemas = context.config.exposedSchemas, refreshing = jobs.filter(
    (job) => job.refreshes.some((refresh) => namesView(refresh.view, view.view_name, schemas))
  ), active = refreshing.filter((job) => job.active), where = context.locate("matview", view.view_name);
  if (active.length === 0) {
    let inactive = refreshing.length > 0 ? ` (its job ${jobName(refreshing[0])} is inactive)` : "";
    context.report({
      message: seesAllJobs ? `materialized view \`${view.view_name}\` is not refreshed by any active pg_cron job${inactive}, so it serves the data of its last refresh: schedule ${refreshStatement(view)} with cron.schedule` : `could not verify that \`${view.view_name}\` is refreshed on a schedule: pg_cron shows the audit role only its own jobs; audit as the role that schedules them, or one that owns cron.job`,
      severity: seesAllJobs ? void 0 : "info",
      location: where,
      object: view.view_name
    });
    return;
  }
  if (view.has_unique_index)
    for (let job of active)
      job.refreshes.some(
        (refresh) => !refresh.concurrently && namesView(refresh.view, view.view_name, schemas)
      ) && context.report({
        message: `pg_cron job ${jobName(job)} refreshes \`${view.view_name}\` without CONCURRENTLY, which locks out every reader of the view while it runs; it has the unique index that CONCURRENTLY needs`,
        location: (context.mode === "shadow" ? scheduleStatement(context.migrations, job) : void 0) ?? where,
        object: view.view_name
      });
}
async function readJobsSafely(context) {
  if (context.mode === "shadow") return readCronJobs(context.db);
  await context.db.query("savepoint scribe_lint_cron");
  try {
    let jobs = await readCronJobs(context.db);
    return await context.db.query("release savepoint scribe_lint_cron"), jobs;
  } catch (error) {
    return await context.db.query("rollback to savepoint scribe_lint_cron"), { readable: !1, why: `reading cron.job failed: ${(error.message ?? String(error)).split(`
`)[0]}` };
  }
}
function refreshStatement(view) {
  return view.has_unique_index ? `\`refresh materialized view concurrently ${view.view_name}\`` : `\`refresh materialized view ${view.view_name}\` (concurrently once it has a unique index)`;
}
function jobName(job) {
  return job.name ? `\`${job.name}\`` : `#${job.id}`;
}
var SCHEDULERS = /* @__PURE__ */ new Set(["schedule", "schedule_in_database", "alter_job"]);
function scheduleStatement(files, job) {
  let found;
  for (let file of files)
    if (file.applied)
      for (let statement of file.statements)
        (statementOf(statement.node, "SelectStmt")?.targetList ?? []).some((target) => schedulesCommand(target, job.command)) && (found = locationIn(file, statement.start, statement.end));
  return found;
}
function schedulesCommand(target, command) {
  let call = target.ResTarget?.val?.FuncCall, [schema, name] = (call?.funcname ?? []).map((part) => part.String?.sval);
  return schema !== "cron" || !name || !SCHEDULERS.has(name) ? !1 : (call?.args ?? []).some((arg) => arg.A_Const?.sval?.sval === command);
}
var matview_refresh_default = rule6;

// rules/realtime-rls.ts
var PUBLISHED_WITHOUT_RLS = `
  select pt.pubname as publication,
         n.nspname || '.' || c.relname as table_name,
         rn.nspname || '.' || r.relname as root_name,
         r.relname as root_relname,
         n.nspname as schema_name,
         c.relname
    from pg_publication_tables pt
    join pg_namespace n on n.nspname = pt.schemaname
    join pg_class c on c.relnamespace = n.oid and c.relname = pt.tablename
    join pg_class r on r.oid = coalesce(pg_partition_root(c.oid), c.oid)
    join pg_namespace rn on rn.oid = r.relnamespace
   where pt.pubname = any($1::text[])
     and not c.relrowsecurity
     and ${appSchema("n")}
     and ${notExtensionMember("c.oid")}
   order by 1, 2`, EXISTING_PUBLICATIONS = "select pubname from pg_publication where pubname = any($1::text[])", rule7 = {
  meta: {
    id: "realtime-rls",
    description: "Every table in the Realtime publication has row level security enabled.",
    defaultSeverity: "error",
    sources: ["schema"]
  },
  async checkSchema(context) {
    let publications = context.config.realtime.publications, rows = await context.db.query(PUBLISHED_WITHOUT_RLS, [publications]), origins = context.mode === "shadow" ? publishingStatements(context.migrations) : void 0;
    for (let row of rows) {
      let phi = isPhiTable(context, row);
      context.report({
        message: `${phi ? "PHI table" : "table"} \`${row.table_name}\` is in the publication \`${row.publication}\` but does not have row level security enabled, so Realtime sends each of its changes to every subscriber whose role can select it`,
        severity: phi ? void 0 : "warning",
        location: origins?.locate(row.publication, row.table_name, row.root_name),
        object: row.table_name,
        // With RLS on and no policy yet, subscribers receive nothing until a policy grants rows: safe first.
        fix: {
          sql: `alter table ${qualifiedIdent(row.schema_name, row.relname)} enable row level security;`
        }
      });
    }
    await reportMissingPublications(context, publications);
  }
};
function isPhiTable(context, row) {
  let phi = context.config.phi.tables;
  return phi.includes(row.root_relname) || phi.includes(row.root_name) || phi.includes(row.table_name);
}
async function reportMissingPublications(context, publications) {
  let rows = await context.db.query(EXISTING_PUBLICATIONS, [publications]), existing = new Set(rows.map((row) => row.pubname));
  for (let name of publications)
    existing.has(name) || name === "supabase_realtime" || context.report({
      message: `the publication \`${name}\` named in \`[realtime] publications\` does not exist, so its tables were not checked`,
      severity: "info",
      object: name
    });
}
function publishingStatements(files) {
  let origins = new PublicationOrigins();
  for (let file of files)
    if (file.applied)
      for (let statement of file.statements) {
        let where = (object) => {
          let location = object?.PublicationObjSpec?.pubtable?.relation?.location, span = nameSpan({ file, statement }, location) ?? statement;
          return locationIn(file, span.start, span.end);
        }, create = statementOf(statement.node, "CreatePublicationStmt");
        create?.pubname && origins.apply(create.pubname, "set", create.for_all_tables, create.pubobjects, where);
        let alter = statementOf(statement.node, "AlterPublicationStmt");
        if (alter?.pubname) {
          let action = alter.action === "AP_DropObjects" ? "drop" : alter.action === "AP_SetObjects" ? "set" : "add";
          origins.apply(alter.pubname, action, alter.for_all_tables, alter.pubobjects, where);
        }
      }
  return origins;
}
var PublicationOrigins = class {
  /** By publication: `table:<schema.table>`, `schema:<schema>` or `all` → the statement that published it. */
  byPublication = /* @__PURE__ */ new Map();
  apply(publication, action, allTables, objects, where) {
    (action === "set" || !this.byPublication.has(publication)) && this.byPublication.set(publication, /* @__PURE__ */ new Map());
    let published = this.byPublication.get(publication), entries = allTables ? [["all", void 0]] : (objects ?? []).map((object) => [keyOf(object), object]);
    for (let [key, object] of entries)
      key && (action === "drop" ? published.delete(key) : published.set(key, where(object)));
  }
  locate(publication, table, root) {
    let published = this.byPublication.get(publication), schema = table.slice(0, table.indexOf("."));
    return published?.get(`table:${table}`) ?? published?.get(`table:${root}`) ?? published?.get(`schema:${schema}`) ?? published?.get("all");
  }
};
function keyOf(object) {
  let spec = object.PublicationObjSpec;
  if (spec?.pubobjtype === "PUBLICATIONOBJ_TABLE") {
    let table = qualify(spec.pubtable?.relation);
    return table ? `table:${table}` : void 0;
  }
  if (spec?.pubobjtype === "PUBLICATIONOBJ_TABLES_IN_SCHEMA" && spec.name) return `schema:${spec.name}`;
}
var realtime_rls_default = rule7;

// rules/required-index.ts
var TABLES = `
  select c.oid::int8 as oid, n.nspname || '.' || c.relname as name, c.relkind = 'p' as partitioned,
         array(select a.attname::text from pg_attribute a
                where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped) as columns
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
   where c.relkind in ('r', 'p') and n.nspname || '.' || c.relname = any($1::text[])
   order by 2`, INDEXES = `
  select n.nspname || '.' || ic.relname as name, i.indisvalid as valid, am.amname as method,
         i.indnkeyatts as key_count,
         array(select coalesce(a.attname::text, '')
                 from unnest(i.indkey::int2[]) with ordinality as k(attnum, position)
                 left join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
                order by k.position) as columns,
         array(select o.option::int from unnest(i.indoption::int2[]) with ordinality as o(option, position)
                order by o.position) as options
    from pg_index i
    join pg_class ic on ic.oid = i.indexrelid
    join pg_namespace n on n.oid = ic.relnamespace
    join pg_am am on am.oid = ic.relam
   where i.indrelid = $1::oid or i.indrelid in (select relid from pg_partition_ancestors($1::oid))
   order by 1`, DESCENDING = 1, rule8 = {
  meta: {
    id: "required-index",
    description: "Each index of `[indexes] required` exists as a valid btree index with those leading columns.",
    defaultSeverity: "error",
    sources: ["schema"]
  },
  async checkSchema(context) {
    let namer = new RelationNamer(context.db);
    for (let required of context.config.indexes.required) {
      let names = required.table.includes(".") ? [required.table] : context.config.exposedSchemas.map((schema) => `${schema}.${required.table}`), tables = await context.db.query(TABLES, [names]);
      for (let table of tables) await checkTable(context, required, table, namer);
    }
  }
};
async function checkTable(context, required, table, namer) {
  let where = { location: context.locate("table", table.name), object: table.name }, absent = required.columns.find((column) => !table.columns.includes(column.name));
  if (absent) {
    context.report({
      ...where,
      severity: "info",
      message: `the \`[indexes] required\` entry \`${required.entry}\` was not checked: \`${table.name}\` has no column \`${absent.name}\``
    });
    return;
  }
  let matching = (await context.db.query(INDEXES, [table.oid])).filter((index) => index.method === "btree" && leadsWith(index, required.columns));
  if (matching.some((index) => index.valid)) return;
  let invalid = matching.length > 0 ? ` (\`${matching[0].name}\` has them but is invalid)` : "", [schema, relname] = splitName(table.name), name = await namer.index(
    schema,
    relname,
    required.columns.map((column) => column.name)
  );
  context.report({
    ...where,
    message: `\`${table.name}\` has no valid btree index on (${columnList(required.columns)}), which \`[indexes] required\` asks for${invalid}: ${creation(table, required.columns, name)}`,
    fix: { sql: fixSql(table, required.columns, name) }
  });
}
function fixSql(table, columns, name) {
  let [schema, relname] = splitName(table.name);
  return `create index ${table.partitioned ? "" : "concurrently "}if not exists ${quoteIdent(name)} on ${qualifiedIdent(schema, relname)} (${columnList(columns)});`;
}
function splitName(name) {
  return [name.slice(0, name.indexOf(".")), name.slice(name.indexOf(".") + 1)];
}
function leadsWith(index, wanted) {
  if (index.key_count < wanted.length) return !1;
  let sameWay = wanted.map((column, position) => {
    if (index.columns[position] === column.name)
      return (index.options[position] & DESCENDING) !== 0 === column.descending;
  });
  return sameWay.includes(void 0) ? !1 : sameWay.every((same) => same) || sameWay.every((same) => !same);
}
function creation(table, columns, chosen) {
  let [schema, relname] = splitName(table.name), name = quoteIdentifier(chosen), target = `${quoteIdentifier(schema)}.${quoteIdentifier(relname)} (${columnList(columns)})`;
  return table.partitioned ? `add \`create index ${name} on only ${target};\`, then build it concurrently on each partition and \`alter index ... attach partition\` each (a partitioned table cannot be indexed CONCURRENTLY)` : `add \`create index concurrently ${name} on ${target};\``;
}
var required_index_default = rule8;

// rules/partition-runway.ts
var rule9 = {
  meta: {
    id: "partition-runway",
    description: "Each audit table has monthly partitions from this month through the configured runway.",
    defaultSeverity: "error",
    sources: ["schema"]
  },
  async checkSchema(context) {
    let { config, now } = context, months = config.audit.runwayMonths, { tables } = await findAuditTables(context.db, config), namer = new RelationNamer(context.db);
    for (let table of tables) {
      if (table.relkind !== "p" || context.mode === "shadow" && schedulesMaintenance(context.migrations, table.name)) continue;
      let partitions = await readPartitions(context.db, table.oid), runway = checkRunway(partitions, now, months), start = `${now.toISOString().slice(0, 7)}-01`;
      if (runway.missingMonths.length > 0) {
        let fallback = partitions.find((partition) => partition.isDefault), note = fallback ? `; until then rows go to the default partition \`${fallback.name}\`` : "";
        context.report({
          message: `audit table \`${table.name}\` has no partition for ${runway.missingMonths.join(", ")}: monthly partitions must cover ${start} to ${runway.windowEnd}${note}`,
          location: context.locate("table", table.name),
          object: table.name,
          ...await missingPartitions(context.db, namer, table.oid, runway.missingMonths, partitions)
        });
      }
      for (let name of runway.notMonthly)
        context.report({
          message: `partition \`${name}\` of \`${table.name}\` does not span exactly one calendar month (UTC)`,
          location: context.locate("table", name),
          object: name
        });
    }
  }
};
async function missingPartitions(db, namer, tableOid, months, partitions) {
  let bounds = months.map(monthBounds), overlaps = bounds.some(
    ([from, to]) => partitions.some((partition) => !partition.isDefault && partition.from < to && from < partition.to)
  ), [table] = await db.query(
    `select n.nspname as schema_name, c.relname, c.relrowsecurity as rowsecurity
       from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.oid = $1::int8::oid`,
    [tableOid]
  );
  if (overlaps || !table) return {};
  let parent = qualifiedIdent(table.schema_name, table.relname), statements = [];
  for (let [index, month] of months.entries()) {
    let base = suffixedName(table.relname, month.replace("-", "_")), name = await namer.choose(table.schema_name, (pass) => pass === 0 ? base : `${base}_${pass}`), partition = qualifiedIdent(table.schema_name, name), [from, to] = bounds[index].map(utcLiteral);
    statements.push(`create table ${partition} partition of ${parent} for values from (${from}) to (${to});`), table.rowsecurity && statements.push(`alter table ${partition} enable row level security;`);
  }
  return { fix: { sql: statements.join(`
`) } };
}
function monthBounds(month) {
  let [year, index] = month.split("-").map(Number);
  return [Date.UTC(year, index - 1, 1), Date.UTC(year, index, 1)];
}
function utcLiteral(milliseconds) {
  return `'${new Date(milliseconds).toISOString().slice(0, 10)} 00:00:00+00'`;
}
var CREATE_PARENT = /\bcreate_parent\s*\(/i, CRON_SCHEDULE = /\bcron\s*\.\s*schedule\s*\(/i;
function schedulesMaintenance(files, table) {
  let relname = table.slice(table.indexOf(".") + 1), names = new RegExp(`(^|[^\\w$])${relname.replace(/[$]/g, "\\$")}($|[^\\w$])`, "i");
  for (let file of files)
    if (file.applied)
      for (let statement of file.statements) {
        if (statement.parseProblem) continue;
        let sql = file.lines.slice(statement.start, statement.end);
        if ((CREATE_PARENT.test(sql) || CRON_SCHEDULE.test(sql)) && names.test(sql)) return !0;
      }
  return !1;
}
var partition_runway_default = rule9;

// rules/pg-stat-statements.ts
var EXTENSION = "pg_stat_statements", rule10 = {
  meta: {
    id: "pg-stat-statements",
    description: "The pg_stat_statements extension is installed and loaded, so query monitoring works.",
    defaultSeverity: "warning",
    sources: ["schema"]
  },
  async checkSchema(context) {
    if (context.mode === "shadow") {
      checkMigrationsKeepIt(context);
      return;
    }
    let view = await statStatementsView(context.db);
    if (!view) {
      report(context, "the pg_stat_statements extension is not installed, so slow queries cannot be found");
      return;
    }
    let [preload] = await context.db.query(
      "select setting from pg_settings where name = 'shared_preload_libraries'"
    );
    if (preload && !/(^|[\s,"])pg_stat_statements($|[\s,"])/.test(preload.setting)) {
      report(context, "pg_stat_statements is installed but not loaded: add it to shared_preload_libraries");
      return;
    }
    let problem = await probe(context.db, view);
    problem && report(context, problem);
  }
};
async function probe(db, view) {
  await db.query("savepoint scribe_lint_probe");
  try {
    await db.query(`select 1 from ${view} limit 1`), await db.query("release savepoint scribe_lint_probe");
    return;
  } catch (error) {
    await db.query("rollback to savepoint scribe_lint_probe");
    let { code, message } = error;
    return code === "55000" ? "pg_stat_statements is installed but not loaded: add it to shared_preload_libraries" : `could not verify that pg_stat_statements works: ${(message ?? String(error)).split(`
`)[0]}`;
  }
}
function checkMigrationsKeepIt(context) {
  let dropped;
  for (let file of context.migrations)
    if (file.applied)
      for (let statement of file.statements) {
        let drop = statementOf(statement.node, "DropStmt"), names = (drop?.objects ?? []).map(
          (item) => item.String?.sval
        );
        drop?.removeType === "OBJECT_EXTENSION" && names.includes(EXTENSION) && (dropped = locationIn(file, statement.start, statement.end)), statementOf(statement.node, "CreateExtensionStmt")?.extname === EXTENSION && (dropped = void 0);
      }
  dropped && context.report({
    message: "this migration drops the pg_stat_statements extension, which query monitoring needs",
    location: dropped,
    object: EXTENSION
  });
}
function report(context, message) {
  context.report({ message, object: EXTENSION });
}
var pg_stat_statements_default = rule10;

// rules/replay-error.ts
var rule11 = {
  meta: {
    id: "replay-error",
    description: "Every statement that parses also runs when the history is replayed into a shadow database.",
    defaultSeverity: "error",
    sources: ["schema"],
    runsOnIncompleteShadow: !0,
    reportsFaultsOf: ["shadow"]
  },
  async checkSchema(context) {
    if (!(context.mode !== "shadow" || !context.replay))
      for (let error of context.replay.errors) {
        let note = error.stoppedShadow ? "" : deployNote(context.config), message = error.endsReplay ? error.message : `statement failed on replay: ${error.message}${note}`;
        context.report({ message, location: error.location });
      }
  }
};
function deployNote(config) {
  if (config.runner === "psql") return "";
  let deploy = config.runner === "supabase" ? "on Supabase this file rolls back whole and the deploy stops here" : "the runner rolls this file back whole and stops here", shadow = config.shadow?.onError === "rollback-file" ? "the shadow rolled it back too and went on with the later files" : "the shadow kept the rest of the file to judge it";
  return ` (${deploy}; ${shadow})`;
}
var replay_error_default = rule11;

// rules/rls-enabled.ts
var TABLES_WITHOUT_RLS = `
  select n.nspname || '.' || c.relname as table_name, c.relispartition as is_partition,
         n.nspname as schema_name, c.relname
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
   where c.relkind in ('r', 'p')
     and not c.relrowsecurity
     and n.nspname = any($1::text[])
     and not exists (select 1 from pg_depend d
                      where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
   order by 1`, rule12 = {
  meta: {
    id: "rls-enabled",
    description: "Every table and partition in the exposed schemas has row level security enabled.",
    defaultSeverity: "error",
    sources: ["schema"]
  },
  async checkSchema(context) {
    let rows = await context.db.query(TABLES_WITHOUT_RLS, [context.config.exposedSchemas]);
    for (let row of rows) {
      let what = row.is_partition ? "partition" : "table";
      context.report({
        message: `${what} \`${row.table_name}\` does not have row level security enabled`,
        location: context.locate("table", row.table_name),
        object: row.table_name,
        fix: {
          sql: `alter table ${qualifiedIdent(row.schema_name, row.relname)} enable row level security;`
        }
      });
    }
  }
}, rls_enabled_default = rule12;

// src/parse/spans.ts
var import_libpg_query2 = __toESM(require_wasm(), 1), NO_TOKENS = [], tokensOfStatement = /* @__PURE__ */ new WeakMap();
function statementTokens(file, statement) {
  let tokens = tokensOfStatement.get(statement);
  return tokens || (tokens = scan(file.lines.slice(statement.start, statement.end), statement.start), tokensOfStatement.set(statement, tokens)), tokens;
}
function scan(text, offset) {
  return scanOrFail(text, offset) ?? NO_TOKENS;
}
function scanOrFail(text, offset) {
  try {
    return (0, import_libpg_query2.scanSync)(text).tokens.map((token) => ({
      start: offset + token.start,
      end: offset + token.end,
      text: token.text,
      keyword: token.keywordKind !== 0
    }));
  } catch {
    return;
  }
}
var HEAD_BYTES = 40;
function tokensThroughWord(file, statement, word) {
  let head = headTokens(file, statement), headIndex = head ? wordIndex(head, word) : -1;
  if (head && headIndex !== -1) return { tokens: head, index: headIndex };
  let tokens = statementTokens(file, statement);
  return { tokens, index: wordIndex(tokens, word) };
}
function headTokens(file, statement) {
  if (tokensOfStatement.has(statement) || statement.end - statement.start < HEAD_BYTES * 1.5)
    return;
  let window = file.lines.slice(statement.start, statement.start + HEAD_BYTES), cut = lastWhitespace(window);
  if (cut <= 0) return;
  let head = window.slice(0, cut), tokens = scanOrFail(head, statement.start), cutAt = statement.start + Buffer.byteLength(head, "utf8");
  return tokens?.at(-1)?.text.startsWith("--") && tokens.at(-1).end === cutAt && tokens.pop(), tokens;
}
function lastWhitespace(text) {
  for (let index = text.length - 1; index >= 0; index--) if (` 	
\r\f`.includes(text[index])) return index;
  return -1;
}
function isWord(token, word) {
  return token !== void 0 && token.keyword && token.text.toLowerCase() === word;
}
function wordIndex(tokens, word, from = 0) {
  for (let index = from; index < tokens.length; index++) if (isWord(tokens[index], word)) return index;
  return -1;
}
function tokenSpan(tokens, first, last) {
  return { start: tokens[first].start, end: tokens[last].end };
}
function alterCommandSpans(file, statement, alter) {
  let tokens = statementTokens(file, statement), location = alter.relation?.location;
  if (location === void 0) return;
  let name = tokens.findIndex((token) => token.start === statement.nodeOffset + location);
  if (name === -1) return;
  for (; tokens[name + 1]?.text === "." && name + 2 < tokens.length; ) name += 2;
  tokens[name + 1]?.text === "*" && name++;
  let spans = topLevelPieces(tokens, name + 1);
  return spans.length === (alter.cmds?.length ?? 0) ? spans : void 0;
}
function topLevelPieces(tokens, from) {
  let spans = [], depth = 0, first = from;
  for (let index = from; index <= tokens.length; index++) {
    let text = tokens[index]?.text;
    if (text === "(" || text === "[" ? depth++ : (text === ")" || text === "]") && depth--, index === tokens.length || text === ";" || text === "," && depth === 0) {
      if (index > first && spans.push(tokenSpan(tokens, first, index - 1)), text === ";" || index === tokens.length) break;
      first = index + 1;
    }
  }
  return spans;
}
function alterCommandSpan(file, statement, alter, index) {
  return alterCommandSpans(file, statement, alter)?.[index];
}
function commandIndex(alter, command) {
  return (alter.cmds ?? []).findIndex(
    (item) => item.AlterTableCmd === command
  );
}
function locateAlterCommand(context, statement, alter, command) {
  let span = alterCommandSpan(context.file, statement, alter, commandIndex(alter, command));
  return span ? context.locate(span.start, span.end) : context.locateStatement(statement);
}
function locateSpan(context, statement, span) {
  return span ? context.locate(span.start, span.end) : context.locateStatement(statement);
}
function tableMentionSpan(file, statement, qualifiedName) {
  let head = headTokens(file, statement);
  return (head && mentionIn(head, qualifiedName, head.length - 2)) ?? mentionIn(statementTokens(file, statement), qualifiedName, Number.POSITIVE_INFINITY);
}
function mentionIn(tokens, qualifiedName, before) {
  let [schema, table] = splitName2(qualifiedName);
  for (let index = 0; index < Math.min(tokens.length, before); index++) {
    let qualified = tokens[index + 1]?.text === "." && identifierIs(tokens[index], schema) && identifierIs(tokens[index + 2], table), bare = !qualified && schema === "public" && identifierIs(tokens[index], table);
    if (!qualified && !bare) continue;
    let last = qualified ? index + 2 : index;
    if (bare && tokens[index - 1]?.text === ".") continue;
    let onlyKeywordsBefore = tokens.slice(0, index).every((token) => token.keyword);
    return tokenSpan(tokens, onlyKeywordsBefore ? 0 : index, last);
  }
}
function splitName2(qualifiedName) {
  let dot = qualifiedName.indexOf(".");
  return dot === -1 ? ["public", qualifiedName] : [qualifiedName.slice(0, dot), qualifiedName.slice(dot + 1)];
}
function identifierIs(token, name) {
  return token ? token.text.startsWith('"') ? token.text.slice(1, -1).replaceAll('""', '"') === name : token.text.toLowerCase() === name : !1;
}

// src/parse/concurrent.ts
function concurrentForm(node) {
  if (statementOf(node, "IndexStmt")?.concurrent) return "CREATE INDEX CONCURRENTLY";
  let drop = statementOf(node, "DropStmt");
  return drop?.concurrent && drop.removeType === "OBJECT_INDEX" ? "DROP INDEX CONCURRENTLY" : hasOption(statementOf(node, "ReindexStmt")?.params, "concurrently") ? "REINDEX CONCURRENTLY" : statementOf(node, "AlterTableStmt")?.cmds?.some((cmd) => {
    let def = cmd.AlterTableCmd;
    return def?.subtype === "AT_DetachPartition" && def.def?.PartitionCmd?.concurrent;
  }) ? "DETACH PARTITION CONCURRENTLY" : void 0;
}

// rules/concurrent-in-transaction.ts
var rule13 = {
  meta: {
    id: "concurrent-in-transaction",
    description: "A CONCURRENTLY statement is placed where the migration runner can run it outside a transaction.",
    defaultSeverity: "error",
    sources: ["statement"],
    statementKinds: ["IndexStmt", "DropStmt", "ReindexStmt", "AlterTableStmt", "TransactionStmt"]
  },
  checkStatement(statement, context) {
    let form = concurrentForm(statement.node);
    if (!form) return;
    let problem = placementProblem(statement, context, form);
    problem && context.report({ message: problem, location: concurrentlyWord(statement, context) });
  }
};
function concurrentlyWord(statement, context) {
  let { tokens, index: at } = tokensThroughWord(context.file, statement, "concurrently");
  return at === -1 ? context.locateStatement(statement) : context.locate(tokens[at].start, tokens[at].end);
}
function concurrentlyAllowed(statement, context) {
  return placementProblem(statement, context, "CONCURRENTLY") === void 0;
}
function placementProblem(statement, context, form) {
  switch (context.config.runner) {
    case "supabase": {
      let others = context.file.statements.length - 1;
      return others === 0 ? void 0 : `\`${form}\` shares its file with ${others} other statement${others === 1 ? "" : "s"}: the Supabase CLI sends a file as one implicit transaction, where PostgreSQL refuses CONCURRENTLY; move it to a file of its own`;
    }
    case "psql":
      return insideExplicitTransaction(statement, context.file.statements) ? `\`${form}\` is inside an explicit BEGIN \u2026 COMMIT block, where PostgreSQL refuses it; move it outside` : void 0;
    case "transaction":
      return `\`${form}\` cannot run with runner "transaction": every file runs in one transaction, where PostgreSQL refuses CONCURRENTLY`;
  }
}
function insideExplicitTransaction(target, statements) {
  let open = !1;
  for (let statement of statements) {
    if (statement === target) return open;
    let kind = statementOf(statement.node, "TransactionStmt")?.kind;
    kind === "TRANS_STMT_BEGIN" || kind === "TRANS_STMT_START" ? open = !0 : (kind === "TRANS_STMT_COMMIT" || kind === "TRANS_STMT_ROLLBACK" || kind === "TRANS_STMT_PREPARE") && (open = !1);
  }
  return open;
}
var concurrent_in_transaction_default = rule13;

// rules/concurrent-index.ts
var rule14 = {
  meta: {
    id: "concurrent-index",
    description: "CREATE INDEX, DROP INDEX and REINDEX on an existing table use CONCURRENTLY.",
    defaultSeverity: "error",
    sources: ["statement"],
    statementKinds: ["IndexStmt", "DropStmt", "ReindexStmt"]
  },
  checkStatement(statement, context) {
    checkCreate(statement, context), checkDrop(statement, context), checkReindex(statement, context);
  }
};
function checkCreate(statement, context) {
  let create = statementOf(statement.node, "IndexStmt");
  if (!create || create.concurrent) return;
  let table = qualify(create.relation);
  if (!context.history.isExistingTable(table)) return;
  let partitioned = context.history.isPartitionedTable(table);
  if (!create.relation?.inh && partitioned) return;
  let head = keywordsThrough(statement, context, "index");
  context.report({
    message: `\`CREATE INDEX\` on existing table \`${table}\` without CONCURRENTLY blocks writes for the whole build`,
    location: head.location,
    object: table,
    // A partitioned parent cannot be built concurrently: its fix is `ON ONLY` and per-partition builds.
    fix: partitioned ? void 0 : insertConcurrently(statement, context, head.last)
  });
}
function checkDrop(statement, context) {
  let drop = statementOf(statement.node, "DropStmt");
  if (!drop || drop.concurrent || drop.removeType !== "OBJECT_INDEX") return;
  let existing = (drop.objects ?? []).map(qualifyNameList).filter((name) => context.history.isExistingIndex(name));
  if (existing.length === 0) return;
  let head = keywordsThrough(statement, context, "index"), fixable = drop.objects?.length === 1 && drop.behavior !== "DROP_CASCADE";
  context.report({
    message: `\`DROP INDEX\` of \`${existing.join("`, `")}\` without CONCURRENTLY locks its table against reads and writes`,
    location: head.location,
    object: existing[0],
    fix: fixable ? insertConcurrently(statement, context, head.last) : void 0
  });
}
function checkReindex(statement, context) {
  let reindex = statementOf(statement.node, "ReindexStmt");
  if (!reindex || hasOption(reindex.params, "concurrently")) return;
  let target = qualify(reindex.relation);
  if (!(reindex.kind === "REINDEX_OBJECT_INDEX" ? context.history.isExistingIndex(target) : reindex.kind !== "REINDEX_OBJECT_TABLE" || context.history.isExistingTable(target))) return;
  let what = target ? ` of \`${target}\`` : "", head = reindexHead(statement, context);
  context.report({
    message: `\`REINDEX\`${what} without CONCURRENTLY locks out writes (and reads that use the index) until it finishes`,
    location: head.location,
    object: target || void 0,
    // REINDEX SYSTEM cannot run concurrently at all.
    fix: reindex.kind === "REINDEX_OBJECT_SYSTEM" ? void 0 : insertConcurrently(statement, context, head.last)
  });
}
function keywordsThrough(statement, context, word) {
  let { tokens, index: last } = tokensThroughWord(context.file, statement, word);
  if (last === -1 || !tokens.slice(0, last).every((token) => token.keyword))
    return { location: context.locateStatement(statement) };
  let span = tokenSpan(tokens, 0, last);
  return { location: context.locate(span.start, span.end), last: tokens[last] };
}
var REINDEX_KINDS = /* @__PURE__ */ new Set(["index", "table", "schema", "database", "system"]);
function reindexHead(statement, context) {
  let tokens = statementTokens(context.file, statement);
  if (!isWord(tokens[0], "reindex")) return { location: context.locateStatement(statement) };
  let at = 1;
  if (tokens[at]?.text === "(") {
    for (; at < tokens.length && tokens[at].text !== ")"; ) at++;
    at++;
  }
  let kind = tokens[at];
  if (!kind || !REINDEX_KINDS.has(kind.text.toLowerCase()) || !kind.keyword)
    return { location: context.locateStatement(statement) };
  let span = tokenSpan(tokens, 0, at);
  return { location: context.locate(span.start, span.end), last: kind };
}
function insertConcurrently(statement, context, after) {
  if (!after || !concurrentlyAllowed(statement, context)) return;
  let text = after.text === after.text.toUpperCase() ? " CONCURRENTLY" : " concurrently";
  return { edits: [{ file: context.file.displayPath, start: after.end, end: after.end, text }] };
}
var concurrent_index_default = rule14;

// rules/constraint-not-valid.ts
var rule15 = {
  meta: {
    id: "constraint-not-valid",
    description: "A FOREIGN KEY or CHECK constraint added to an existing table is added NOT VALID and validated later.",
    defaultSeverity: "warning",
    sources: ["statement"],
    statementKinds: ["AlterTableStmt"]
  },
  checkStatement(statement, context) {
    let alter = statementOf(statement.node, "AlterTableStmt");
    if (!alter || alter.objtype !== "OBJECT_TABLE") return;
    let table = qualify(alter.relation);
    context.history.isExistingTable(table) && (alter.cmds ?? []).forEach((command, index) => {
      let cmd = command.AlterTableCmd, constraint = cmd && addedConstraintOf(cmd);
      if (!constraint || constraint.skip_validation) return;
      let kind = constraint.contype === "CONSTR_FOREIGN" ? "FOREIGN KEY" : constraint.contype === "CONSTR_CHECK" ? "CHECK" : void 0;
      if (!kind) return;
      let name = constraint.conname ? ` \`${constraint.conname}\`` : "", clause = constraintClause(statement, context, alter, index, constraint);
      context.report({
        message: `${kind} constraint${name} on existing table \`${table}\` scans every row under a lock that blocks writes; add it NOT VALID, then VALIDATE CONSTRAINT in a later statement`,
        location: clause.location,
        object: table,
        fix: clause.end === void 0 ? void 0 : notValidFix(statement, context, alter, constraint, clause.end)
      });
    });
  }
};
function constraintClause(statement, context, alter, index, constraint) {
  let command = alterCommandSpan(context.file, statement, alter, index);
  if (constraint.location === void 0 || !command)
    return { location: context.locateNode(statement, constraint.location) };
  let start = statement.nodeOffset + constraint.location;
  return { location: context.locate(start, command.end), end: command.end };
}
function notValidFix(statement, context, alter, constraint, clauseEnd) {
  let relation = alter.relation;
  if (!relation?.relname || constraint.location === void 0) return;
  let file = context.file.displayPath, name = constraint.conname ?? defaultName(relation.relname, constraint), table = relation.schemaname ? qualifiedIdent(relation.schemaname, relation.relname) : quoteIdent(relation.relname), edits = [{ file, start: clauseEnd, end: clauseEnd, text: " not valid" }];
  if (!constraint.conname) {
    let at = statement.nodeOffset + constraint.location;
    edits.unshift({ file, start: at, end: at, text: `constraint ${quoteIdent(name)} ` });
  }
  let terminated = context.file.lines.slice(statement.end, statement.end + 1) === ";", after = terminated ? statement.end + 1 : statement.end, validate = `alter table ${table} validate constraint ${quoteIdent(name)};`;
  return edits.push({ file, start: after, end: after, text: `${terminated ? "" : ";"}
${validate}` }), { edits };
}
function defaultName(table, constraint) {
  if (constraint.contype === "CONSTR_FOREIGN") return indexName(table, namesOf(constraint.fk_attrs), "fkey");
  let columns = /* @__PURE__ */ new Set();
  return collectColumns(constraint.raw_expr, columns), indexName(table, columns.size === 1 ? [...columns] : [], "check");
}
function namesOf(list) {
  return (list ?? []).map((item) => item.String?.sval ?? "");
}
function collectColumns(node, into) {
  if (Array.isArray(node)) {
    for (let item of node) collectColumns(item, into);
    return;
  }
  if (!node || typeof node != "object") return;
  let reference = node.ColumnRef;
  if (reference) {
    let last = namesOf(reference.fields).at(-1);
    last && into.add(last);
    return;
  }
  for (let value of Object.values(node)) collectColumns(value, into);
}
var constraint_not_valid_default = rule15;

// rules/migration-filename.ts
var rule16 = {
  meta: {
    id: "migration-filename",
    description: "Migration files are named `<14-digit version>_<name>.sql`, with versions unique, so the runner applies them in order.",
    defaultSeverity: "warning",
    sources: ["statement"]
  },
  checkFile(file, context) {
    let firstLine = file.text.split(`
`, 1)[0].replace(/\r$/, ""), location = context.locate(0, Buffer.byteLength(firstLine, "utf8"));
    if (file.skipped) {
      context.report({
        message: `\`${file.name}\` was skipped: ${file.skipped}; scribe-lint reads only regular files (and symlinks to them inside the project), so it was not linted or replayed`,
        location
      });
      return;
    }
    if (!RUNNER_FILE_NAME.test(file.name)) {
      context.report({
        message: `\`${file.name}\` does not match \`<digits>_<name>.sql\`: the Supabase CLI will not apply it`,
        location
      });
      return;
    }
    let version = file.version;
    version.length !== 14 && context.report({
      message: `version \`${version}\` is ${version.length} digits, not 14 (YYYYMMDDHHMMSS): it sorts out of order among the others`,
      location
    });
    let first = firstWithVersion(context.allFiles, version);
    first !== file && context.report({
      message: `version \`${version}\` is also used by \`${first.displayPath}\`: the runner records one version once`,
      location
    });
  }
}, firstByVersion = /* @__PURE__ */ new WeakMap();
function firstWithVersion(files, version) {
  let byVersion = firstByVersion.get(files);
  if (!byVersion) {
    byVersion = /* @__PURE__ */ new Map();
    for (let file of files)
      file.version && !byVersion.has(file.version) && byVersion.set(file.version, file);
    firstByVersion.set(files, byVersion);
  }
  return byVersion.get(version);
}
var migration_filename_default = rule16;

// rules/parse-error.ts
var rule17 = {
  meta: {
    id: "parse-error",
    description: "Every statement is SQL that PostgreSQL can parse.",
    defaultSeverity: "error",
    sources: ["statement"],
    statementKinds: []
  },
  checkStatement(statement, context) {
    let problem = statement.parseProblem;
    if (!problem) return;
    let at = context.locate(problem.offset, problem.offset), end = Math.min(statement.end, Math.max(problem.offset + 1, lineEndOf(context.file.lines, at.line))), location = context.locate(problem.offset, Math.max(end, problem.offset));
    problem.underPsql !== void 0 && context.config.runner === "psql" ? context.report({ message: problem.underPsql, location, severity: "info" }) : context.report({ message: problem.message, location });
  }
};
function lineEndOf(lines, line) {
  let end = lines.lineStart(line + 1);
  return line < lines.lineCount && lines.slice(end - 1, end) === `
` && end--, end > lines.lineStart(line) && lines.slice(end - 1, end) === "\r" && end--, end;
}
var parse_error_default = rule17;

// rules/unused-suppression.ts
var rule18 = {
  meta: {
    id: "unused-suppression",
    description: "Every suppression comment suppresses a finding and names known rules.",
    defaultSeverity: "warning",
    sources: ["statement"],
    reportsSuppressions: !0
  }
}, unused_suppression_default = rule18;

// rules/phi-cache.ts
var rule19 = {
  meta: {
    id: "phi-cache",
    description: "No PHI (messages, notes, conversations, consents) is written to a Redis cache.",
    defaultSeverity: "error",
    sources: ["source", "redis"],
    reportsFaultsOf: ["source", "redis"]
  },
  checkSource(context) {
    for (let write of context.cacheWrites) checkWrite(write, context);
  },
  checkRedis(context) {
    for (let group of context.groups) {
      let table = tableForPrefix(group.prefix, context.config.phi.tables);
      table ? context.report({
        message: `${countOf(group.keyCount, context)} under PHI prefix \`${group.prefix}\` (table \`${table}\`), e.g. ${examples(group.exampleKeys)}: PHI must not be cached`,
        object: `redis:${group.prefix}`
      }) : tableForPrefix(group.prefix, context.config.phi.cacheAllow) || context.report({
        message: `prefix \`${group.prefix}\` is not known to be PHI-free, ${countOf(group.keyCount, context)}, e.g. ${examples(group.exampleKeys)}: add it to \`[phi] cache_allow\` if it holds no PHI, or its table to \`[phi] tables\``,
        object: `redis:${group.prefix}`,
        severity: "info"
      });
    }
  }
};
function checkWrite(write, context) {
  if (write.unchecked !== void 0) {
    context.report({
      message: `could not check this file for PHI cache writes: ${write.unchecked}`,
      location: write.location
    });
    return;
  }
  let keyTable = phiKeyTable(write, context.config.phi.tables), reasons = [];
  if (keyTable && reasons.push(`under key prefix \`${keyNamePrefix(write.keyPrefix)}\` (table \`${keyTable}\`)`), write.valueFromTables.length > 0) {
    let tables = write.valueFromTables.map((table) => `\`${table}\``).join(", ");
    reasons.push(`data read from PHI table${write.valueFromTables.length > 1 ? "s" : ""} ${tables}`);
  }
  reasons.length !== 0 && context.report({
    message: `\`${write.callee}\` caches ${reasons.join(" and ")}: PHI must not be cached`,
    location: write.location
  });
}
function phiKeyTable(write, tables) {
  let prefix = write.keyPrefix;
  if (!(prefix === void 0 || !prefix.includes(":") && !write.keyIsStatic))
    return tableForPrefix(keyNamePrefix(prefix), tables);
}
function countOf(count2, context) {
  let keys = `${count2.toLocaleString("en-US")} key${count2 === 1 ? "" : "s"}`;
  return context.complete ? keys : `at least ${keys} (the scan stopped at its key budget)`;
}
function examples(keys) {
  return keys.map((key) => `\`${printableKey(key)}\``).join(", ");
}
function printableKey(key) {
  let clean = key.replace(/[\u0000-\u001f\u007f`]/g, "?");
  return clean.length > 60 ? `${clean.slice(0, 59)}\u2026` : clean;
}
var phi_cache_default = rule19;

// rules/cache-ttl.ts
var rule20 = {
  meta: {
    id: "cache-ttl",
    description: "Every cache write sets an expiry, and live keys of cached prefixes have a TTL.",
    defaultSeverity: "warning",
    sources: ["source", "redis"]
  },
  checkSource(context) {
    for (let write of context.cacheWrites) checkWrite2(write, context);
  },
  // Every key group, whatever its prefix: a key without a TTL never leaves, allowed cache prefix or not.
  checkRedis(context) {
    for (let group of context.groups) {
      if (group.keysWithoutTtl === 0) continue;
      let shown2 = group.examplesWithoutTtl?.length ? group.examplesWithoutTtl : group.exampleKeys, partial = context.complete ? "" : " (so far: the scan stopped at its key budget)", cached = tableForPrefix(group.prefix, context.config.phi.cacheAllow) ? "cached " : "";
      context.report({
        message: `${group.keysWithoutTtl.toLocaleString("en-US")} of ${group.keyCount.toLocaleString("en-US")} keys under ${cached}prefix \`${group.prefix}\` have no TTL${partial}, e.g. ${examples(shown2)}`,
        object: `redis:${group.prefix}`
      });
    }
  }
};
function checkWrite2(write, context) {
  write.unchecked !== void 0 || write.hasExpiry || context.report({ message: messageFor(write), location: write.location });
}
function messageFor(write) {
  let key = write.keyPrefix ? ` of \`${keyNamePrefix(write.keyPrefix)}\` keys` : "";
  if (write.keepsTtl)
    return `\`${write.callee}\`${key} with \`KEEPTTL\` sets no expiry of its own: a key it creates never expires`;
  if (write.viaWrapper)
    return `\`${write.callee}\`${key} passes no TTL: pass one, or \`expire\` the key in the same function`;
  let fix = write.method === "set" ? "pass `EX`/`PX` (or use `setex`), or `expire` the key in the same function" : "`expire` the key in the same function";
  return `\`${write.callee}\`${key} sets no expiry: ${fix}`;
}
var cache_ttl_default = rule20;

// rules/pitr-enabled.ts
var PITR_VARIANT_DAYS = [7, 14, 28], LONGEST_ADDON_DAYS = PITR_VARIANT_DAYS[PITR_VARIANT_DAYS.length - 1], rule21 = {
  meta: {
    id: "pitr-enabled",
    description: "Point-in-time recovery is on and keeps at least `[platform] pitr_days` days.",
    defaultSeverity: "error",
    sources: ["platform"]
  },
  checkPlatform(context) {
    let api = context.facts.api;
    if (!api) return;
    let object = `supabase:${context.facts.projectRef}`, target = context.config.platform.pitrDays;
    if (!api.backups.pitrEnabled) {
      context.report({ message: offMessage(api, target), object });
      return;
    }
    let days = api.pitrAddon?.days;
    if (days === void 0) {
      let what = api.pitrAddon ? `its add-on \`${api.pitrAddon.variant}\` names no days` : "no `pitr` add-on is selected";
      context.report({
        message: `PITR is on, but its retention could not be verified: ${what}`,
        object,
        severity: "info"
      });
      return;
    }
    days < target && context.report({ message: shortMessage(api, days, target), object });
  }
};
function offMessage(api, target) {
  return `point-in-time recovery is off (${api.backups.walgEnabled ? "daily backups only" : "no WAL-G backups either"}): ${remedy(target)}`;
}
function shortMessage(api, days, target) {
  return `PITR keeps ${days} days (add-on \`${api.pitrAddon.variant}\`), below the ${target} days \`[platform] pitr_days\` asks: ${remedy(target)}`;
}
function remedy(target) {
  let variant = PITR_VARIANT_DAYS.find((days) => days >= target);
  return variant !== void 0 ? `select the \`pitr_${variant}\` add-on` : `Supabase's longest PITR add-on keeps ${LONGEST_ADDON_DAYS} days, so ${target} days cannot be met by the add-on alone: select \`pitr_${LONGEST_ADDON_DAYS}\` and set \`[platform] pitr_days = ${LONGEST_ADDON_DAYS}\`, or keep longer backups elsewhere`;
}
var pitr_enabled_default = rule21;

// rules/read-replica.ts
var rule22 = {
  meta: {
    id: "read-replica",
    description: "The project has a read replica for analytics (`[platform] read_replica`).",
    defaultSeverity: "warning",
    sources: ["platform"]
  },
  checkPlatform(context) {
    let api = context.facts.api;
    !api || !context.config.platform.readReplica || api.poolers.some((pooler) => pooler.databaseType === "READ_REPLICA") || context.report({
      message: "the project has no read replica, so analytics queries run on the primary: add one, or set `[platform] read_replica = false`",
      object: `supabase:${context.facts.projectRef}`
    });
  }
}, read_replica_default = rule22;

// rules/pooler-mode.ts
var rule23 = {
  meta: {
    id: "pooler-mode",
    description: "The primary's pooler runs in transaction mode, and config.toml's `[db.pooler]` too.",
    defaultSeverity: "warning",
    sources: ["platform"],
    inputs: ["management-api", "config-toml"]
  },
  checkPlatform(context) {
    context.facts.api && checkPrimary(context.facts.api.poolers, context), context.facts.configToml && checkConfigToml(context.facts.configToml, context);
  }
};
function checkPrimary(poolers, context) {
  let object = `supabase:${context.facts.projectRef}`, primary = poolers.find((pooler) => pooler.databaseType === "PRIMARY");
  if (!primary) {
    context.report({
      message: "the Management API lists no pooler for the primary database: its pool mode could not be verified",
      object,
      severity: "info"
    });
    return;
  }
  primary.poolMode !== "transaction" && context.report({
    message: `the primary's pooler runs in \`${primary.poolMode}\` mode (default_pool_size ${shown(primary.defaultPoolSize)}, max_client_conn ${shown(primary.maxClientConn)}): set it to \`transaction\`, the mode for OLTP`,
    object
  });
}
function checkConfigToml(toml, context) {
  let pooler = toml.pooler;
  if (!pooler) {
    context.report({
      message: 'no `[db.pooler]` table: the local pooler is off; add it with `enabled = true` and `pool_mode = "transaction"`',
      location: { file: toml.file, line: 1, column: 1, endLine: 1, endColumn: 1 }
    });
    return;
  }
  pooler.enabled?.value !== !0 && context.report({
    message: `\`[db.pooler] enabled\` is ${tomlValue(pooler.enabled?.value)}: set \`enabled = true\``,
    location: pooler.enabled?.location ?? pooler.location
  });
  let mode = pooler.poolMode;
  mode && mode.value !== "transaction" && context.report({
    message: `\`[db.pooler] pool_mode\` is ${tomlValue(mode.value)}: set \`pool_mode = "transaction"\``,
    location: mode.location
  });
}
function shown(value) {
  return value === null ? "not set" : String(value);
}
function tomlValue(value) {
  return value === void 0 ? "not set (off)" : typeof value == "string" ? `"${value}"` : String(value);
}
var pooler_mode_default = rule23;

// rules/ssl-enforced.ts
var rule24 = {
  meta: {
    id: "ssl-enforced",
    description: "The database refuses connections without SSL.",
    defaultSeverity: "error",
    sources: ["platform"]
  },
  checkPlatform(context) {
    let api = context.facts.api;
    !api || api.sslEnforced || context.report({
      message: "SSL is not enforced for database connections (`currentConfig.database` is false): a client that does not ask for TLS connects in clear text",
      object: `supabase:${context.facts.projectRef}`
    });
  }
}, ssl_enforced_default = rule24;

// rules/network-allowlist.ts
var rule25 = {
  meta: {
    id: "network-allowlist",
    description: "Database network restrictions do not allow the whole internet (`0.0.0.0/0`, `::/0`).",
    defaultSeverity: "warning",
    sources: ["platform"]
  },
  checkPlatform(context) {
    let api = context.facts.api;
    if (!api) return;
    let open = openRanges(api.network);
    open.length !== 0 && context.report({
      message: `the database accepts connections from the whole internet (${open.join(", ")}): restrict it to the addresses of the app and its operators`,
      object: `supabase:${context.facts.projectRef}`
    });
  }
};
function openRanges(network) {
  return network.ipv4 === void 0 && network.ipv6 === void 0 ? ["no restrictions set"] : [...network.ipv4 ?? [], ...network.ipv6 ?? []].filter((cidr) => /\/0$/.test(cidr.trim()));
}
var network_allowlist_default = rule25;

// src/health/unreadable.ts
var OBJECT = {
  statements: "pg_stat_statements",
  connections: "pg_stat_activity",
  tables: "pg_stat_user_tables",
  database: "pg_stat_database",
  redis: "redis"
};
function reportUnreadable(facts, statistic, report4) {
  let entries = facts.unreadable.filter((entry) => entry.statistic === statistic);
  for (let entry of entries)
    report4({
      severity: "info",
      message: `could not verify ${entry.what}; to let the audit read it: ${asCode(entry.fix)}`,
      object: OBJECT[statistic]
    });
  return entries.length > 0;
}
function asCode(fix) {
  return /^(grant|create|alter|ACL) /i.test(fix) ? `\`${fix}\`` : fix;
}

// rules/slow-query.ts
var rule26 = {
  meta: {
    id: "slow-query",
    description: "Statements whose estimated p95 latency is over the p95 target (error over the alert).",
    defaultSeverity: "warning",
    alertSeverity: "error",
    sources: ["health"]
  },
  checkHealth({ facts, config, report: report4 }) {
    reportUnreadable(facts, "statements", report4);
    let { p95Ms, alertMs } = config.health;
    for (let row of facts.statements?.rows ?? []) {
      let p95 = estimatedP95(row);
      if (p95 <= p95Ms) continue;
      let alert = p95 > alertMs, target = alert ? `the ${ms(alertMs)} alert` : `the ${ms(p95Ms)} target`;
      report4({
        severity: alert ? "error" : void 0,
        message: `${statementText(row)} has an estimated p95 of ${ms(p95)}, above ${target} (${latencyFigures(row)})`,
        object: statementObject(row)
      });
    }
  }
}, slow_query_default = rule26;

// rules/audit-query-time.ts
var rule27 = {
  meta: {
    id: "audit-query-time",
    description: "Statements on an audit table whose estimated p95 latency is over the audit target.",
    defaultSeverity: "warning",
    sources: ["health"]
  },
  checkHealth({ facts, config, report: report4 }) {
    reportUnreadable(facts, "statements", report4);
    let target = config.health.auditP95Ms;
    for (let row of facts.statements?.rows ?? []) {
      if (row.auditTables.length === 0) continue;
      let p95 = estimatedP95(row);
      if (p95 <= target) continue;
      let tables = row.auditTables.map((table) => `\`${table}\``).join(", ");
      report4({
        message: `${statementText(row)} on audit table ${tables} has an estimated p95 of ${ms(p95)}, above the ${ms(target)} audit target (${latencyFigures(row)})`,
        object: statementObject(row)
      });
    }
  }
}, audit_query_time_default = rule27;

// rules/connection-headroom.ts
var rule28 = {
  meta: {
    id: "connection-headroom",
    description: "Client connections in use stay under the target share of the usable slots (error over the alert).",
    defaultSeverity: "warning",
    alertSeverity: "error",
    sources: ["health"]
  },
  checkHealth({ facts, config, report: report4 }) {
    reportUnreadable(facts, "connections", report4);
    let connections = facts.connections;
    if (!connections) return;
    let usable = Math.max(connections.maxConnections - connections.reserved, 1), used = 100 * connections.clientBackends / usable, { connectionsTarget, connectionsAlert } = config.health;
    if (used <= connectionsTarget) return;
    let alert = used > connectionsAlert, limit = alert ? `the ${connectionsAlert} % alert` : `the ${connectionsTarget} % target`;
    report4({
      severity: alert ? "error" : void 0,
      message: `${count(connections.clientBackends)} of ${count(usable)} usable connection slots are in use (${percent(connections.clientBackends, usable)}), above ${limit} (max_connections ${count(connections.maxConnections)} less ${count(connections.reserved)} reserved): route clients through the pooler or raise max_connections`,
      object: "max_connections"
    });
  }
}, connection_headroom_default = rule28;

// src/health/size.ts
var UNITS = {
  b: 1,
  bytes: 1,
  kb: 1024,
  mb: 1048576,
  gb: 1073741824,
  tb: 1099511627776
};
function parseSize(text) {
  let match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  if (!match) return;
  let unit = UNITS[(match[2] || "b").toLowerCase()];
  if (unit !== void 0)
    return Math.round(Number(match[1]) * unit);
}
function formatSize(bytes) {
  let steps = [
    [1099511627776, "TB"],
    [1073741824, "GB"],
    [1048576, "MB"],
    [1024, "kB"]
  ];
  for (let [size, unit] of steps)
    if (bytes >= size) return `${trimmed(bytes / size)} ${unit}`;
  return `${bytes} bytes`;
}
function trimmed(value) {
  return value >= 100 ? value.toFixed(0) : value.toFixed(1).replace(/\.0$/, "");
}

// rules/table-bloat.ts
var rule29 = {
  meta: {
    id: "table-bloat",
    description: "Tables above the size floor whose dead tuples are over the bloat target.",
    defaultSeverity: "warning",
    sources: ["health"]
  },
  checkHealth({ facts, config, report: report4 }) {
    reportUnreadable(facts, "tables", report4);
    let { sizeFloorBytes, bloatPct } = config.health;
    for (let table of facts.tables ?? []) {
      let tuples = table.liveTuples + table.deadTuples;
      table.sizeBytes <= sizeFloorBytes || tuples === 0 || 100 * table.deadTuples / tuples <= bloatPct || report4({
        message: `\`${table.table}\` (${formatSize(table.sizeBytes)}) has ${percent(table.deadTuples, tuples)} dead tuples (${count(table.deadTuples)} dead, ${count(table.liveTuples)} live), above the ${bloatPct} % target: vacuum it, and see why autovacuum has not`,
        object: table.table
      });
    }
  }
}, table_bloat_default = rule29;

// rules/seq-scan-hotspot.ts
var rule30 = {
  meta: {
    id: "seq-scan-hotspot",
    description: "Tables above the size floor read mostly by many sequential scans: a missing index.",
    defaultSeverity: "warning",
    sources: ["health"]
  },
  checkHealth({ facts, config, report: report4 }) {
    reportUnreadable(facts, "tables", report4);
    let { sizeFloorBytes, seqScanMin } = config.health;
    for (let table of facts.tables ?? []) {
      if (table.sizeBytes <= sizeFloorBytes || table.seqScan <= seqScanMin) continue;
      let read = table.seqTupRead + table.idxTupFetch;
      table.seqTupRead * 2 <= read || report4({
        message: `\`${table.table}\` (${formatSize(table.sizeBytes)}) had ${count(table.seqScan)} sequential scans, more than the ${count(seqScanMin)} allowed, reading ${percent(table.seqTupRead, read)} of its rows (${count(table.seqTupRead)} by sequential scans, ${count(table.idxTupFetch)} fetched by ${count(table.idxScan)} index scans): index the columns its queries filter on`,
        object: table.table
      });
    }
  }
}, seq_scan_hotspot_default = rule30;

// rules/cache-hit-rate.ts
var BUFFER_TARGET_PCT = 99, MIN_BLOCKS = 1e4, rule31 = {
  meta: {
    id: "cache-hit-rate",
    description: "The Redis keyspace hit rate is at least the target; the database buffer cache hit ratio is noted.",
    defaultSeverity: "warning",
    sources: ["health"],
    inputs: ["redis", "database"]
  },
  checkHealth(context) {
    checkRedis(context), checkBufferCache(context);
  }
};
function checkRedis({ facts, config, report: report4 }) {
  if (reportUnreadable(facts, "redis", report4), !facts.redis) return;
  let { keyspaceHits: hits, keyspaceMisses: misses } = facts.redis, target = config.health.cacheHitPct;
  if (hits + misses === 0) {
    report4({
      severity: "info",
      message: `could not verify the Redis cache hit rate: no lookups since the server started (target: at least ${target} %)`,
      object: "redis"
    });
    return;
  }
  100 * hits / (hits + misses) >= target || report4({
    message: `the Redis keyspace hit rate is ${percent(hits, hits + misses)} (${count(hits)} hits, ${count(misses)} misses), below the ${target} % target: cache what is read again, or stop caching what is not`,
    object: "redis"
  });
}
function checkBufferCache({ facts, report: report4 }) {
  if (reportUnreadable(facts, "database", report4), !facts.database) return;
  let { blocksHit: hit, blocksRead: read, name } = facts.database;
  hit + read < MIN_BLOCKS || 100 * hit / (hit + read) >= BUFFER_TARGET_PCT || report4({
    severity: "info",
    message: `the buffer cache hit ratio of database \`${name}\` is ${percent(hit, hit + read)} (${count(hit)} hits, ${count(read)} reads), below ${BUFFER_TARGET_PCT} %: the working set may not fit in shared_buffers`,
    object: name
  });
}
var cache_hit_rate_default = rule31;

// rules/autovacuum-tuning.ts
var TOP = 5, TUNING = /^autovacuum_(vacuum|vacuum_insert|analyze)_(scale_factor|threshold)=/, rule32 = {
  meta: {
    id: "autovacuum-tuning",
    description: "The highest-write tables have autovacuum thresholds of their own.",
    defaultSeverity: "info",
    sources: ["health"]
  },
  checkHealth({ facts, config, report: report4 }) {
    reportUnreadable(facts, "tables", report4);
    for (let table of busiestWriters(facts.tables ?? [], config.health)) {
      if (table.autovacuumOptions.some((option) => TUNING.test(option))) continue;
      let state = table.autovacuumOptions.includes("autovacuum_enabled=false") ? "has autovacuum turned off (autovacuum_enabled=false)" : "runs on the server's default autovacuum thresholds";
      report4({
        message: `\`${table.table}\` (${formatSize(table.sizeBytes)}, ${count(churn(table))} updates and deletes against ${count(table.liveTuples)} live rows) is a high-write table and ${state}: set autovacuum_vacuum_scale_factor and autovacuum_vacuum_threshold for it`,
        object: table.table
      });
    }
  }
};
function churn(table) {
  return table.updates + table.deletes;
}
function busiestWriters(tables, health) {
  let named = (table) => health.highWriteTables.some((name) => name === table.table || table.table.endsWith(`.${name}`)), busy = tables.filter((table) => table.sizeBytes > health.sizeFloorBytes && churn(table) > 0).filter((table) => churn(table) >= table.liveTuples).sort((a, b) => churn(b) - churn(a)).slice(0, TOP);
  return [.../* @__PURE__ */ new Set([...busy, ...tables.filter(named)])];
}
var autovacuum_tuning_default = rule32;

// rules/set-not-null-scan.ts
var LOCK = "AccessExclusiveLock", rule33 = {
  meta: {
    id: "set-not-null-scan",
    description: "SET NOT NULL on an existing column is preceded by a validated CHECK (column IS NOT NULL), so it skips its scan.",
    defaultSeverity: "warning",
    sources: ["statement"],
    statementKinds: ["AlterTableStmt"],
    lockHazard: !0
  },
  checkStatement(statement, context) {
    let alter = statementOf(statement.node, "AlterTableStmt"), commands = tableCommands(alter);
    if (commands.length === 0) return;
    let table = qualify(alter?.relation);
    for (let command of commands) {
      let column = command.subtype === "AT_SetNotNull" ? command.name : void 0;
      !column || !context.history.isExistingColumn(table, column) || context.history.hasValidNotNullCheck(table, column) || context.report({
        message: `\`SET NOT NULL\` on \`${table}.${column}\` scans the whole table under an ${lockName(LOCK)} lock (${lockWords(LOCK)}); add \`CHECK (${column} IS NOT NULL) NOT VALID\` and VALIDATE it first`,
        location: locateAlterCommand(context, statement, alter, command),
        object: `${table}.${column}`
      });
    }
  }
}, set_not_null_scan_default = rule33;

// rules/add-unique-constraint.ts
var LOCK2 = "AccessExclusiveLock", BUILD_LOCK = "ShareLock", rule34 = {
  meta: {
    id: "add-unique-constraint",
    description: "ADD UNIQUE or PRIMARY KEY on an existing table uses an index built CONCURRENTLY (USING INDEX).",
    defaultSeverity: "error",
    sources: ["statement"],
    statementKinds: ["AlterTableStmt"],
    lockHazard: !0
  },
  checkStatement(statement, context) {
    let alter = statementOf(statement.node, "AlterTableStmt"), commands = tableCommands(alter);
    if (commands.length === 0) return;
    let table = qualify(alter?.relation);
    if (context.history.isExistingTable(table))
      for (let command of commands) {
        let added = addedConstraintOf(command), column = columnDefOf(command), constraints = added ? [added] : column ? columnConstraints(column) : [];
        for (let constraint of constraints) {
          let message = messageFor2(constraint, table, context.history);
          message && context.report({
            message,
            location: clauseOf(statement, context, alter, command, added ? constraint : void 0),
            object: table
          });
        }
      }
  }
};
function clauseOf(statement, context, alter, command, added) {
  let span = alterCommandSpan(context.file, statement, alter, commandIndex(alter, command));
  return !span || added?.location === void 0 ? locateSpan(context, statement, span) : context.locate(statement.nodeOffset + added.location, span.end);
}
function messageFor2(constraint, table, history) {
  if (constraint.contype !== "CONSTR_UNIQUE" && constraint.contype !== "CONSTR_PRIMARY") return;
  let added = `\`ADD ${constraint.contype === "CONSTR_PRIMARY" ? "PRIMARY KEY" : "UNIQUE"}\``;
  if (!constraint.indexname)
    return `${added} on existing table \`${table}\` builds its index under an ${lockName(LOCK2)} lock (${lockWords(LOCK2)}); build a unique index CONCURRENTLY first, then add the constraint USING INDEX`;
  let index = `${table.slice(0, table.indexOf("."))}.${constraint.indexname}`;
  if (!(history.isConcurrentIndex(index) || history.isExistingIndex(index)))
    return `${added} on existing table \`${table}\` uses \`${index}\`, built without CONCURRENTLY under a ${lockName(BUILD_LOCK)} lock (${lockWords(BUILD_LOCK)}); build it CONCURRENTLY`;
}
var add_unique_constraint_default = rule34;

// rules/add-column-required.ts
var rule35 = {
  meta: {
    id: "add-column-required",
    description: "A NOT NULL column added to an existing table has a DEFAULT.",
    defaultSeverity: "error",
    sources: ["statement"],
    statementKinds: ["AlterTableStmt"]
  },
  checkStatement(statement, context) {
    let alter = statementOf(statement.node, "AlterTableStmt"), commands = tableCommands(alter);
    if (commands.length === 0) return;
    let table = qualify(alter?.relation);
    if (context.history.isExistingTable(table))
      for (let command of commands) {
        let column = columnDefOf(command);
        !column?.colname || !requiresValue(column) || context.report({
          message: `\`ADD COLUMN ${column.colname}\` on existing table \`${table}\` is NOT NULL without a DEFAULT: it fails on a table that has rows; give it a DEFAULT, or add it nullable, backfill, then SET NOT NULL`,
          // The whole `add column x int not null`: its type and constraints together are the problem.
          location: locateAlterCommand(context, statement, alter, command),
          object: `${table}.${column.colname}`
        });
      }
  }
}, SERIAL_TYPES = /* @__PURE__ */ new Set(["smallserial", "serial", "bigserial", "serial2", "serial4", "serial8"]);
function requiresValue(column) {
  let constraints = columnConstraints(column);
  if (!constraints.some((c) => c.contype === "CONSTR_NOTNULL" || c.contype === "CONSTR_PRIMARY")) return !1;
  let type = column.typeName?.names?.at(-1);
  return SERIAL_TYPES.has(type?.String?.sval ?? "") ? !1 : !constraints.some(fillsRows);
}
function fillsRows(constraint) {
  return constraint.contype === "CONSTR_IDENTITY" || constraint.contype === "CONSTR_GENERATED" ? !0 : constraint.contype !== "CONSTR_DEFAULT" ? !1 : !isNullConstant(constraint.raw_expr);
}
function isNullConstant(expression) {
  let node = expression;
  return node?.TypeCast ? isNullConstant(node.TypeCast.arg) : node?.A_Const?.isnull === !0;
}
var add_column_required_default = rule35;

// rules/breaking-change.ts
var rule36 = {
  meta: {
    id: "breaking-change",
    description: "No table or column that existed before the migration is dropped, renamed or moved to another schema.",
    defaultSeverity: "warning",
    sources: ["statement"],
    statementKinds: ["DropStmt", "RenameStmt", "AlterTableStmt", "AlterObjectSchemaStmt"]
  },
  checkStatement(statement, context) {
    for (let { what, object, location } of breaksOf(statement, context))
      context.report({
        message: `${what}, which existed before this migration, breaks the app version still running during the deploy; ${ADVICE}`,
        location: location ?? context.locateStatement(statement),
        object
      });
  }
};
function breaksOf(statement, context) {
  let node = statement.node;
  return node ? "DropStmt" in node ? droppedTables(statement, node.DropStmt, context) : "AlterTableStmt" in node ? droppedColumns(statement, node.AlterTableStmt, context) : "RenameStmt" in node ? renamed(node.RenameStmt, context) : "AlterObjectSchemaStmt" in node ? moved(node.AlterObjectSchemaStmt, context) : NONE : NONE;
}
var NONE = [], ADVICE = "stop using the old name in the app first, and remove it in a later migration";
function droppedTables(statement, drop, context) {
  return drop?.removeType !== "OBJECT_TABLE" ? [] : (drop.objects ?? []).map(qualifyNameList).filter((table) => context.history.isExistingTable(table)).map((table) => ({
    what: `dropping table \`${table}\``,
    object: table,
    // `drop table public.clients`, or just the name when it is not the first in the list.
    location: locateSpan(context, statement, tableMentionSpan(context.file, statement, table))
  }));
}
function droppedColumns(statement, alter, context) {
  let table = qualify(alter?.relation);
  return tableCommands(alter).filter((command) => command.subtype === "AT_DropColumn" && command.name).filter((command) => context.history.isExistingColumn(table, command.name)).map((command) => ({
    what: `dropping column \`${table}.${command.name}\``,
    object: `${table}.${command.name}`,
    location: locateAlterCommand(context, statement, alter, command)
  }));
}
function renamed(rename, context) {
  if (!rename?.newname) return [];
  let table = qualify(rename.relation);
  if (rename.renameType === "OBJECT_TABLE" && context.history.isExistingTable(table))
    return [{ what: `renaming table \`${table}\` to \`${rename.newname}\``, object: table }];
  let column = rename.subname;
  return rename.renameType !== "OBJECT_COLUMN" || rename.relationType !== "OBJECT_TABLE" || !column ? [] : context.history.isExistingColumn(table, column) ? [
    { what: `renaming column \`${table}.${column}\` to \`${rename.newname}\``, object: `${table}.${column}` }
  ] : [];
}
function moved(move, context) {
  if (move?.objectType !== "OBJECT_TABLE" || !move.newschema) return [];
  let table = qualify(move.relation);
  return context.history.isExistingTable(table) ? [{ what: `moving table \`${table}\` to schema \`${move.newschema}\``, object: table }] : [];
}
var breaking_change_default = rule36;

// rules/table-rewrite.ts
var rule37 = {
  meta: {
    id: "table-rewrite",
    description: "A statement rewrote an existing table (observed: its relfilenode changed).",
    defaultSeverity: "error",
    sources: ["statement", "schema"],
    // ALTER TABLE only for the span: which of its subcommands can rewrite.
    statementKinds: ["VacuumStmt", "AlterTableStmt"],
    lockHazard: !0,
    observesLocks: !0
  },
  checkStatement(statement, context) {
    let [kind] = unwrap(statement.node) ?? [""];
    if (kind === "TruncateStmt" || kind === "RefreshMatViewStmt") return;
    let observation = context.observed(statement);
    for (let table of observation?.rewritten ?? []) {
      if (!isAppRelation(table)) continue;
      let mode = observation?.locks.find((lock) => lock.relation === table)?.mode ?? "AccessExclusiveLock";
      reportRewrite(statement, context, table, mode);
    }
    for (let table of vacuumFullTables(statement, context))
      reportRewrite(statement, context, table, "AccessExclusiveLock");
  }
};
function reportRewrite(statement, context, table, mode) {
  context.report({
    message: `rewrites existing table \`${table}\` (every row copied to new storage) under ${lockPhrase(mode)}, which ${lockWords(mode)} until it finishes`,
    location: rewritingClauses(statement, context, table),
    object: table
  });
}
function rewritingClauses(statement, context, table) {
  let alter = statementOf(statement.node, "AlterTableStmt");
  if (!alter || qualify(alter.relation) !== table) return context.locateStatement(statement);
  let spans = alterCommandSpans(context.file, statement, alter), rewriting = rewritingSpans(alter, spans);
  return rewriting.length === 0 ? context.locateStatement(statement) : locateSpan(context, statement, { start: rewriting[0].start, end: rewriting.at(-1).end });
}
var MAY_REWRITE = /* @__PURE__ */ new Set([
  "AT_AlterColumnType",
  "AT_SetLogged",
  "AT_SetUnLogged",
  "AT_SetAccessMethod",
  "AT_SetTableSpace",
  "AT_SetExpression",
  "AT_DropExpression",
  "AT_AddIdentity"
]);
function rewritingSpans(alter, spans) {
  if (!spans) return [];
  let commands = tableCommands(alter);
  return spans.filter((_span, index) => commands[index] && mayRewrite(commands[index]));
}
function mayRewrite(command) {
  let column = columnDefOf(command);
  return column ? columnConstraints(column).some(
    (constraint) => ["CONSTR_DEFAULT", "CONSTR_IDENTITY", "CONSTR_GENERATED"].includes(constraint.contype ?? "")
  ) : MAY_REWRITE.has(command.subtype ?? "");
}
function vacuumFullTables(statement, context) {
  let vacuum = statementOf(statement.node, "VacuumStmt");
  return !vacuum?.is_vacuumcmd || !hasOption(vacuum.options, "full") ? [] : (vacuum.rels ?? []).map((item) => qualify(item.VacuumRelation?.relation)).filter((table) => table !== "" && isAppRelation(table) && context.history.isExistingTable(table));
}
var table_rewrite_default = rule37;

// rules/lock-timeout.ts
var rule38 = {
  meta: {
    id: "lock-timeout",
    description: "A statement takes ACCESS EXCLUSIVE or SHARE ROW EXCLUSIVE on an existing table with no lock_timeout set before it in its file.",
    defaultSeverity: "warning",
    sources: ["statement", "schema"],
    statementKinds: ["VariableSetStmt", "TransactionStmt"],
    lockHazard: !0,
    observesLocks: !0
  },
  checkStatement(statement, context) {
    let state = stateOf(context.file, statement), transaction = transactionsOf(context.file.statements, context.config.runner)[statement.index];
    if (transaction !== state.transaction && (state.transaction = transaction, state.local = !1, state.held = /* @__PURE__ */ new Set()), !applySetting(statement.node, state, transaction !== void 0) && !(state.session || state.local))
      for (let lock of context.observed(statement)?.locks ?? [])
        !QUEUING_LOCKS.has(lock.mode) || !isAppRelation(lock.relation) || transaction !== void 0 && state.held.has(lock.relation) || (transaction !== void 0 && state.held.add(lock.relation), report2(statement, context, state, lock.relation, lock.mode));
  }
}, QUEUING_LOCKS = /* @__PURE__ */ new Set(["AccessExclusiveLock", "ShareRowExclusiveLock"]), states = /* @__PURE__ */ new WeakMap();
function stateOf(file, statement) {
  let state = states.get(file);
  return (!state || statement.index <= state.lastIndex) && (state = { session: !1, local: !1, transaction: -1, lastIndex: -1, held: /* @__PURE__ */ new Set() }, states.set(file, state)), state.lastIndex = statement.index, state;
}
function applySetting(node, state, inTransaction) {
  let set = statementOf(node, "VariableSetStmt");
  if (!set) return !1;
  if (set.kind === "VAR_RESET_ALL")
    return state.session = state.local = !1, state.fix = void 0, !0;
  if (set.name !== "lock_timeout") return !0;
  state.fix = void 0;
  let on = set.kind === "VAR_SET_VALUE" && !isZero(set.args?.[0]);
  return set.is_local ? state.local = on && inTransaction : (state.session = on, on || (state.local = !1)), !0;
}
function isZero(arg) {
  let constant = arg?.A_Const;
  if (constant?.ival) return !constant.ival.ival;
  let text = constant?.sval?.sval;
  return text !== void 0 && /^\s*0+(\.0*)?\s*[a-z]*\s*$/i.test(text);
}
function report2(statement, context, state, table, mode) {
  let mention = tableMentionSpan(context.file, statement, table);
  state.fix ??= becomesConcurrent(statement, context) ? void 0 : timeoutLine(statement, context), context.report({
    message: `takes ${lockPhrase(mode)} on existing table \`${table}\` (${lockWords(mode)}) with no \`SET lock_timeout\` before it in the file: queued behind one long query, it stalls every query after it`,
    location: mention ? context.locate(mention.start, mention.end) : context.locateStatement(statement),
    object: table,
    fix: state.fix && { edits: [state.fix] }
  });
}
function becomesConcurrent(statement, context) {
  let tokens = statementTokens(context.file, statement);
  return isWord(tokens[0], "reindex") || isWord(tokens[0], "drop") && isWord(tokens[1], "index");
}
var FIX_LOCK_TIMEOUT = "5s";
function timeoutLine(statement, context) {
  let lines = context.file.lines, lineStart = lines.lineStart(lines.position(statement.start).line), indent = lines.slice(lineStart, statement.start), setting = `set lock_timeout = '${FIX_LOCK_TIMEOUT}';`, text = /^[ \t]*$/.test(indent) ? `${setting}
${indent}` : `${setting} `;
  return { file: context.file.displayPath, start: statement.start, end: statement.start, text };
}
var lock_timeout_default = rule38;

// rules/long-exclusive-lock.ts
var rule39 = {
  meta: {
    id: "long-exclusive-lock",
    description: "Statements after an ACCESS EXCLUSIVE lock on an existing table in the same transaction keep it held.",
    defaultSeverity: "warning",
    sources: ["statement", "schema"],
    statementKinds: ["TransactionStmt", "VariableSetStmt", "VariableShowStmt", "CommentStmt", "GrantStmt"],
    lockHazard: !0,
    observesLocks: !0
  },
  checkStatement(statement, context) {
    let state = stateOf2(context.file, statement), transaction = transactionsOf(context.file.statements, context.config.runner)[statement.index];
    if (transaction !== state.transaction && (state.transaction = transaction, state.held = /* @__PURE__ */ new Map()), transaction !== void 0) {
      if (extendsHold(statement))
        for (let [table, line] of state.held)
          state.reported.has(table) || (state.reported.add(table), report3(statement, context, table, line));
      for (let lock of context.observed(statement)?.locks ?? [])
        lock.mode !== "AccessExclusiveLock" || !isAppRelation(lock.relation) || state.held.has(lock.relation) || state.held.set(lock.relation, context.locateStatement(statement).line);
    }
  }
}, INSTANT = /* @__PURE__ */ new Set([
  "TransactionStmt",
  "VariableSetStmt",
  "VariableShowStmt",
  "CommentStmt",
  "GrantStmt"
]);
function extendsHold(statement) {
  let [kind] = unwrap(statement.node) ?? [""];
  return kind !== "" && !INSTANT.has(kind);
}
var states2 = /* @__PURE__ */ new WeakMap();
function stateOf2(file, statement) {
  let state = states2.get(file);
  return (!state || statement.index <= state.lastIndex) && (state = { transaction: -1, held: /* @__PURE__ */ new Map(), reported: /* @__PURE__ */ new Set(), lastIndex: -1 }, states2.set(file, state)), state.lastIndex = statement.index, state;
}
function report3(statement, context, table, line) {
  let where = context.config.runner === "psql" ? "in the same BEGIN \u2026 COMMIT block" : "in the same migration file";
  context.report({
    message: `runs ${where} after line ${line} took an ACCESS EXCLUSIVE lock on existing table \`${table}\`, so the lock (which ${lockWords("AccessExclusiveLock")}) stays held until this statement and the transaction finish`,
    location: context.locateStatement(statement),
    object: table
  });
}
var long_exclusive_lock_default = rule39;

// rules/index.ts
var allRules = [
  // statement rules
  parse_error_default,
  concurrent_index_default,
  concurrent_in_transaction_default,
  constraint_not_valid_default,
  migration_filename_default,
  unused_suppression_default,
  // zero-downtime rules (locks and rewrites on existing tables, drops and renames the running app needs)
  set_not_null_scan_default,
  add_unique_constraint_default,
  add_column_required_default,
  breaking_change_default,
  table_rewrite_default,
  lock_timeout_default,
  long_exclusive_lock_default,
  // schema rules (shadow and live)
  fk_index_default,
  rls_enabled_default,
  audit_immutable_default,
  audit_partitioned_default,
  partition_runway_default,
  matview_unique_index_default,
  matview_refresh_default,
  realtime_rls_default,
  required_index_default,
  invalid_index_default,
  pg_stat_statements_default,
  replay_error_default,
  // source and redis rules
  phi_cache_default,
  cache_ttl_default,
  // platform rules (the Supabase Management API, supabase/config.toml)
  pitr_enabled_default,
  read_replica_default,
  pooler_mode_default,
  ssl_enforced_default,
  network_allowlist_default,
  // health rules (the live database's statistics, Redis INFO)
  slow_query_default,
  audit_query_time_default,
  connection_headroom_default,
  table_bloat_default,
  seq_scan_hotspot_default,
  cache_hit_rate_default,
  autovacuum_tuning_default
];

// src/history/model.ts
var HistoryModel = class {
  tables = /* @__PURE__ */ new Map();
  indexes = /* @__PURE__ */ new Map();
  /** By table, then column. */
  addedColumns = /* @__PURE__ */ new Map();
  /** By table, then constraint name. */
  notNullChecks = /* @__PURE__ */ new Map();
  currentFile = -1;
  currentFileChanged = !1;
  /**
   * Call before the first statement of each file, in runner order. `changed`: the file is one the change
   * under review adds or edits (`--since`), so what it creates is new to production.
   */
  startFile(fileNumber, changed = !1) {
    this.currentFile = fileNumber, this.currentFileChanged = changed;
  }
  isExistingTable(name) {
    let table = this.tables.get(name);
    return table === void 0 || table.createdInFile < this.currentFile && !table.createdInChange;
  }
  isExistingIndex(name) {
    let index = this.indexes.get(name);
    return index === void 0 ? !0 : index.createdInFile < this.currentFile && !index.createdInChange && this.isExistingTable(index.table);
  }
  isPartitionedTable(name) {
    return this.tables.get(name)?.partitioned ?? !1;
  }
  tableOfIndex(name) {
    return this.indexes.get(name)?.table;
  }
  isExistingColumn(table, column) {
    if (!this.isExistingTable(table)) return !1;
    let added = this.addedColumns.get(table)?.get(column);
    return added === void 0 || added.createdInFile < this.currentFile && !added.createdInChange;
  }
  hasValidNotNullCheck(table, column) {
    for (let check of this.notNullChecks.get(table)?.values() ?? [])
      if (check.column === column && check.valid) return !0;
    return !1;
  }
  isConcurrentIndex(name) {
    return this.indexes.get(name)?.concurrent ?? !1;
  }
  /** Updates the model with a statement's effect. Statements that did not parse change nothing. */
  apply(statement) {
    let effect = historyEffectOf(statement);
    effect && this.applyEffect(effect);
  }
  /** Updates the model with an effect computed earlier, possibly in another thread (src/parallel). */
  applyEffect(effect) {
    switch (effect.kind) {
      case "create-table":
        if (effect.ifNotExists && this.tables.has(effect.name)) return;
        this.tables.set(effect.name, {
          createdInFile: this.currentFile,
          createdInChange: this.currentFileChanged,
          partitioned: effect.partitioned
        }), this.forgetTableDetails(effect.name);
        return;
      case "create-index":
        if (effect.ifNotExists && this.indexes.has(effect.name)) return;
        this.indexes.set(effect.name, {
          createdInFile: this.currentFile,
          createdInChange: this.currentFileChanged,
          table: effect.table,
          concurrent: effect.concurrent
        });
        return;
      case "rename-table":
        moveKey(this.tables, effect.from, effect.to), moveKey(this.addedColumns, effect.from, effect.to), moveKey(this.notNullChecks, effect.from, effect.to);
        for (let index of this.indexes.values()) index.table === effect.from && (index.table = effect.to);
        return;
      case "rename-index":
        moveKey(this.indexes, effect.from, effect.to);
        return;
      case "drop-tables":
        for (let name of effect.names) {
          this.tables.delete(name), this.forgetTableDetails(name);
          for (let [index, facts] of this.indexes) facts.table === name && this.indexes.delete(index);
        }
        return;
      case "drop-indexes":
        for (let name of effect.names) this.indexes.delete(name);
        return;
      case "alter-table":
        for (let change of effect.changes) this.applyTableChange(effect.table, change);
        return;
      case "rename-column":
        this.renameColumn(effect.table, effect.from, effect.to);
        return;
      case "rename-constraint": {
        let checks = this.notNullChecks.get(effect.table);
        checks && moveKey(checks, effect.from, effect.to);
        return;
      }
    }
  }
  applyTableChange(table, change) {
    switch (change.change) {
      case "add-column":
        entryOf(this.addedColumns, table).set(change.column, {
          createdInFile: this.currentFile,
          createdInChange: this.currentFileChanged
        });
        return;
      case "drop-column": {
        this.addedColumns.get(table)?.delete(change.column);
        let checks = this.notNullChecks.get(table);
        for (let [name, check] of checks ?? []) check.column === change.column && checks?.delete(name);
        return;
      }
      case "add-not-null-check":
        entryOf(this.notNullChecks, table).set(change.name, { column: change.column, valid: change.valid });
        return;
      case "validate-constraint": {
        let check = this.notNullChecks.get(table)?.get(change.name);
        check && (check.valid = !0);
        return;
      }
      case "drop-constraint":
        this.notNullChecks.get(table)?.delete(change.name);
        return;
    }
  }
  renameColumn(table, from, to) {
    let columns = this.addedColumns.get(table);
    columns && moveKey(columns, from, to);
    for (let check of this.notNullChecks.get(table)?.values() ?? [])
      check.column === from && (check.column = to);
  }
  /** A dropped or newly created table keeps nothing of an earlier table of the same name. */
  forgetTableDetails(table) {
    this.addedColumns.delete(table), this.notNullChecks.delete(table);
  }
}, HISTORY_TREES = /* @__PURE__ */ new Map([
  ["CreateStmt", ["tableElts", "constraints"]],
  ["CreateTableAsStmt", ["query"]],
  ["IndexStmt", []],
  ["RenameStmt", []],
  ["DropStmt", []],
  ["AlterObjectSchemaStmt", []],
  ["AlterTableStmt", []]
]);
function historyEffectOf(statement) {
  let unwrapped = unwrap(statement.node);
  if (!unwrapped) return;
  let [kind, body] = unwrapped;
  switch (kind) {
    case "CreateStmt":
      return createTableEffect(body);
    case "CreateTableAsStmt": {
      let name = qualify(body.into?.rel);
      return name ? { kind: "create-table", name, partitioned: !1, ifNotExists: !1 } : void 0;
    }
    case "IndexStmt":
      return createIndexEffect(body);
    case "RenameStmt":
      return renameEffect(body);
    case "DropStmt":
      return dropEffect(body);
    case "AlterObjectSchemaStmt":
      return moveSchemaEffect(body);
    case "AlterTableStmt":
      return alterTableEffect(body);
  }
}
function createTableEffect(statement) {
  let name = qualify(statement.relation);
  if (name)
    return {
      kind: "create-table",
      name,
      partitioned: statement.partspec !== void 0,
      ifNotExists: !!statement.if_not_exists
    };
}
function createIndexEffect(statement) {
  if (!statement.idxname) return;
  let table = qualify(statement.relation);
  return {
    kind: "create-index",
    name: `${table.slice(0, table.indexOf("."))}.${statement.idxname}`,
    table,
    ifNotExists: !!statement.if_not_exists,
    concurrent: !!statement.concurrent
  };
}
function renameEffect(statement) {
  if (!statement.newname) return;
  let from = qualify(statement.relation), to = `${from.slice(0, from.indexOf("."))}.${statement.newname}`;
  if (statement.renameType === "OBJECT_TABLE") return { kind: "rename-table", from, to };
  if (statement.renameType === "OBJECT_INDEX") return { kind: "rename-index", from, to };
  if (statement.subname) {
    if (statement.renameType === "OBJECT_COLUMN" && statement.relationType === "OBJECT_TABLE")
      return { kind: "rename-column", table: from, from: statement.subname, to: statement.newname };
    if (statement.renameType === "OBJECT_TABCONSTRAINT")
      return { kind: "rename-constraint", table: from, from: statement.subname, to: statement.newname };
  }
}
function alterTableEffect(statement) {
  if (statement.objtype !== "OBJECT_TABLE") return;
  let table = qualify(statement.relation);
  if (!table) return;
  let changes;
  for (let command of statement.cmds ?? []) {
    let change = tableChangeOf(table, command.AlterTableCmd);
    change && (changes ??= []).push(change);
  }
  return changes ? { kind: "alter-table", table, changes } : void 0;
}
function tableChangeOf(table, command) {
  switch (command?.subtype) {
    case "AT_AddColumn": {
      let column = command.def?.ColumnDef?.colname;
      return column ? { change: "add-column", column } : void 0;
    }
    case "AT_DropColumn":
      return command.name ? { change: "drop-column", column: command.name } : void 0;
    case "AT_AddConstraint":
      return notNullCheckOf(table, command.def?.Constraint);
    case "AT_ValidateConstraint":
      return command.name ? { change: "validate-constraint", name: command.name } : void 0;
    case "AT_DropConstraint":
      return command.name ? { change: "drop-constraint", name: command.name } : void 0;
  }
}
function notNullCheckOf(table, constraint) {
  if (constraint?.contype !== "CONSTR_CHECK") return;
  let test = constraint.raw_expr?.NullTest;
  if (test?.nulltesttype !== "IS_NOT_NULL") return;
  let fields = test.arg?.ColumnRef?.fields ?? [], column = fields.length === 1 ? fields[0].String?.sval : void 0;
  return column ? { change: "add-not-null-check", name: constraint.conname ?? `${table.slice(table.indexOf(".") + 1)}_${column}_check`, column, valid: !constraint.skip_validation } : void 0;
}
function dropEffect(statement) {
  let names = (statement.objects ?? []).map(qualifyNameList);
  if (statement.removeType === "OBJECT_TABLE") return { kind: "drop-tables", names };
  if (statement.removeType === "OBJECT_INDEX") return { kind: "drop-indexes", names };
}
function moveSchemaEffect(statement) {
  if (!(statement.objectType !== "OBJECT_TABLE" || !statement.newschema))
    return {
      kind: "rename-table",
      from: qualify(statement.relation),
      to: `${statement.newschema}.${statement.relation?.relname}`
    };
}
function entryOf(map, key) {
  let entry = map.get(key);
  return entry || map.set(key, entry = /* @__PURE__ */ new Map()), entry;
}
function moveKey(map, from, to) {
  let value = map.get(from);
  value !== void 0 && (map.delete(from), map.set(to, value));
}

// src/small-tables.ts
var SIZES_SQL = `
select t.schema_name, t.table_name, c.reltuples::float8 as rows, pg_total_relation_size(c.oid)::float8 as bytes
from unnest($1::text[], $2::text[]) as t(schema_name, table_name)
join pg_namespace n on n.nspname = t.schema_name
join pg_class c on c.relnamespace = n.oid and c.relname = t.table_name and c.relkind in ('r', 'p', 'm')`;
async function lowerSmallTableHazards(findings, rules, db, config) {
  let threshold = config.locks.smallTableRows, hazardRules = new Set(rules.filter((rule40) => rule40.meta.lockHazard).map((rule40) => rule40.meta.id)), hazards = findings.filter(
    (finding) => hazardRules.has(finding.ruleId) && finding.severity !== "info" && tableOf(finding.object)
  );
  if (threshold === 0 || hazards.length === 0) return;
  let sizes = await readTableSizes(db, [...new Set(hazards.map((finding) => tableOf(finding.object)))]);
  for (let finding of hazards) {
    let table = tableOf(finding.object), size = sizes.get(table);
    !size || size.rows < 0 || size.rows >= threshold || (finding.severity = "info", finding.message += ` (${table} has about ${formatRows(size.rows)} rows, ${formatBytes(size.bytes)}, under \`[locks] small_table_rows\`)`);
  }
}
function tableOf(object) {
  let parts = object?.split(".") ?? [];
  return parts.length >= 2 ? `${parts[0]}.${parts[1]}` : void 0;
}
async function readTableSizes(db, tables) {
  let sizes = /* @__PURE__ */ new Map(), schemas = tables.map((table) => table.slice(0, table.indexOf("."))), names = tables.map((table) => table.slice(table.indexOf(".") + 1));
  await db.query("savepoint scribe_small_tables");
  try {
    let rows = await db.query(SIZES_SQL, [schemas, names]);
    for (let row of rows)
      sizes.set(`${row.schema_name}.${row.table_name}`, { rows: Number(row.rows), bytes: Number(row.bytes) });
    await db.query("release savepoint scribe_small_tables");
  } catch {
    await db.query("rollback to savepoint scribe_small_tables").catch(() => {
    });
  }
  return sizes;
}
function formatRows(rows) {
  return Math.round(rows).toLocaleString("en-US");
}
function formatBytes(bytes) {
  let units = ["bytes", "kB", "MB", "GB", "TB"], value = bytes, unit = 0;
  for (; value >= 10240 && unit < units.length - 1; )
    value /= 1024, unit++;
  return `${Math.round(value)} ${units[unit]}`;
}

// src/suppress.ts
function applySuppressions(findings, files, rules, config) {
  let knownIds = rules.map((rule40) => rule40.meta.id), coversByFile = /* @__PURE__ */ new Map();
  for (let file of files)
    file.suppressions.length > 0 && coversByFile.set(
      file.displayPath,
      file.suppressions.map((s) => coverOf(s, file))
    );
  for (let finding of findings) {
    let covers = finding.location ? coversByFile.get(finding.location.file) : void 0;
    covers && suppressIfCovered(finding, covers);
  }
  let honoured = [...coversByFile.values()].flat().filter((cover) => cover.suppressedIds.size > 0).map(toSuppression), unusedRule = rules.find((rule40) => rule40.meta.reportsSuppressions), unusedSeverity = unusedRule ? severityOf(unusedRule, config) : "off";
  if (unusedRule && unusedSeverity !== "off")
    for (let covers of coversByFile.values())
      for (let cover of covers)
        for (let stale of staleParts(cover, knownIds))
          findings.push({
            ruleId: unusedRule.meta.id,
            severity: unusedSeverity,
            message: stale.message,
            location: locationIn(cover.file, stale.start, stale.end)
          });
  return { findings, suppressions: honoured };
}
function coverOf(suppression, file) {
  let cover = { suppression, file, matchedIds: /* @__PURE__ */ new Set(), suppressedIds: /* @__PURE__ */ new Set() };
  if (suppression.notUnderstood) return cover;
  let firstStatement = file.statements[0];
  if (suppression.scope === "file")
    return firstStatement && firstStatement.start < suppression.start ? (cover.problem = "a file-wide `scribe-lint-disable` must come before the first statement; this one covers nothing", cover) : (cover.fromLine = 1, cover.toLine = Number.MAX_SAFE_INTEGER, cover);
  if (suppression.scope === "line") return coverLine(cover);
  let next = file.statements.find((statement) => statement.start >= suppression.end);
  return next ? (cover.fromLine = file.lines.position(next.start).line, cover.toLine = file.lines.position(next.end).line, cover) : (cover.problem = "no statement follows this suppression", cover);
}
function coverLine(cover) {
  let { file, suppression } = cover, line = file.lines.position(suppression.start).line;
  for (let statement of file.statements) {
    let from = file.lines.position(statement.start).line, to = file.lines.position(statement.end).line;
    if (from > line) break;
    to < line || (cover.fromLine = Math.min(cover.fromLine ?? from, from), cover.toLine = Math.max(cover.toLine ?? to, to));
  }
  return cover.fromLine === void 0 && (cover.problem = "no statement is on this line: `scribe-lint-disable-line` covers the statements on its own line (use `scribe-lint-disable-next-line` above a statement)"), cover;
}
function toSuppression(cover) {
  let { reason, start, end } = cover.suppression;
  return { reason, ruleIds: [...cover.suppressedIds], location: locationIn(cover.file, start, end) };
}
function suppressIfCovered(finding, covers) {
  let line = finding.location.line;
  for (let cover of covers)
    if (!(cover.fromLine === void 0 || line < cover.fromLine || line > cover.toLine) && cover.suppression.ruleIds.includes(finding.ruleId)) {
      if (cover.matchedIds.add(finding.ruleId), cover.suppression.reason === "") {
        let at = cover.file.lines.position(cover.suppression.start).line;
        finding.message += ` (the suppression on line ${at} gives no reason after \`--\`, so it does not apply)`;
        continue;
      }
      finding.suppressed = { reason: cover.suppression.reason }, cover.suppressedIds.add(finding.ruleId);
      return;
    }
}
function staleParts(cover, knownIds) {
  let { suppression } = cover, whole = (message) => [{ message, start: suppression.start, end: suppression.end }];
  if (suppression.notUnderstood) return whole(suppression.notUnderstood);
  let { ruleIds } = suppression;
  if (ruleIds.length === 0) return whole("this suppression names no rule id");
  let atId = (index, message) => {
    let start = suppression.ruleIdOffsets?.[index] ?? suppression.start, end = suppression.ruleIdOffsets ? start + Buffer.byteLength(ruleIds[index], "utf8") : suppression.end;
    return { message, start, end };
  }, unknown = ruleIds.flatMap(
    (id, index) => knownIds.includes(id) ? [] : [atId(index, unknownIdMessage(id, knownIds, suppression.reason))]
  );
  if (cover.problem) return [...unknown, ...whole(cover.problem)];
  if (suppression.reason === "")
    return [
      ...unknown,
      ...whole(
        "this suppression gives no reason after `--`, so it suppresses nothing: the reason is required"
      )
    ];
  let unused = ruleIds.flatMap(
    (id, index) => knownIds.includes(id) && !cover.matchedIds.has(id) ? [atId(index, `suppression of \`${id}\` suppressed nothing`)] : []
  );
  return [...unknown, ...unused].sort((a, b) => a.start - b.start);
}
function unknownIdMessage(id, knownIds, reason) {
  let closest = closestOf(id, knownIds), hint = closest ? `; did you mean \`${closest}\`?` : reason === "" ? " (is a reason missing its `--`?)" : "";
  return `unknown rule id \`${id}\` in suppression${hint}`;
}

// src/engine.ts
async function runLint(request) {
  let { config } = request, active = request.rules.filter((rule40) => severityOf(rule40, config) !== "off"), collector = new FindingCollector(config), observed = request.observed ?? request.schema?.observed?.bind(request.schema), statementRules = request.statementFindings ? request.checkObservingRules ? active.filter((rule40) => rule40.meta.observesLocks) : [] : active;
  if (collector.findings.push(...request.statementFindings ?? []), statementRules.length > 0) {
    let { files, changedFiles } = request, done = request.checkObservingRules ? request.observingChecked : void 0, from = done?.fileCount ?? 0;
    collector.findings.push(
      ...done?.findings ?? [],
      ...checkMigrations({
        files: files.slice(from),
        allFiles: files,
        firstFileNumber: from,
        history: done?.history,
        rules: statementRules,
        config,
        changedFiles,
        observed
      })
    );
  }
  if (request.schema && await checkSchema(request, active, collector), request.cacheWrites)
    for (let rule40 of active) {
      let context = { cacheWrites: request.cacheWrites, config, report: collector.reporterFor(rule40) };
      naming(rule40, "the source files", () => rule40.checkSource?.(context));
    }
  if (request.redis)
    for (let rule40 of active) {
      let context = { ...request.redis, config, report: collector.reporterFor(rule40) };
      naming(rule40, "the Redis keys", () => rule40.checkRedis?.(context));
    }
  if (request.health)
    for (let rule40 of active) {
      let context = {
        facts: request.health,
        config,
        now: request.now,
        report: collector.reporterFor(rule40)
      };
      naming(rule40, "the live statistics", () => rule40.checkHealth?.(context));
    }
  if (request.platform)
    for (let rule40 of active) {
      let context = { facts: request.platform, config, report: collector.reporterFor(rule40) };
      naming(rule40, "the platform settings", () => rule40.checkPlatform?.(context));
    }
  request.schema?.mode === "live" && request.files.length > 0 && await lowerSmallTableHazards(collector.findings, active, request.schema.connection, config);
  let { findings, suppressions } = applySuppressions(
    collector.findings,
    request.files,
    request.rules,
    config
  );
  return markNewFindings(findings, request.changedFiles), findings.sort(compareFindings), {
    findings,
    suppressions,
    fileCount: request.files.length,
    statementCount: request.files.reduce((sum, file) => sum + file.statements.length, 0),
    schemaMode: request.schema?.mode,
    replay: request.schema?.replay,
    redis: request.redis && { scannedKeys: request.redis.scannedKeys, complete: request.redis.complete },
    failOn: config.failOn,
    ...observed && { locks: locksTaken(changedOnly(request.files, request.changedFiles), observed) },
    failed: findings.some((finding) => failsRun(finding, config.failOn)),
    rulesNotRun: rulesNotRun(active, request)
  };
}
var MISSING_SOURCE = {
  statement: "no migration files",
  schema: "no schema to check (no shadow replay, no --db)",
  source: "no app source folder matches `[phi] source`",
  redis: "no --redis",
  health: "no --db or --redis",
  platform: "no --supabase-project and no supabase/config.toml"
}, NOT_OBSERVED = "no shadow replay, where its locks are observed";
function rulesNotRun(active, request) {
  let incomplete = request.schema?.replay?.incomplete === !0, why = (source, rule40) => {
    if (source !== "statement") {
      if (source === "health" && request.health) return inputsNotRead(rule40, healthInputs(request.health));
      if (source === "platform" && request.platform)
        return inputsNotRead(rule40, platformInputs(request.platform));
      if (source === "schema" && request.schema)
        return incomplete ? "the shadow replay stopped early" : void 0;
      if (!(source === "source" && request.cacheWrites) && !(source === "redis" && request.redis))
        return request.missingSources?.[source] ?? MISSING_SOURCE[source];
    }
  }, observing = (request.observed ?? request.schema?.observed) !== void 0, notRun = [];
  for (let rule40 of active) {
    if (incomplete && rule40.meta.runsOnIncompleteShadow) continue;
    if (rule40.meta.observesLocks && !observing && request.files.length > 0) {
      notRun.push({ ruleId: rule40.meta.id, reason: NOT_OBSERVED });
      continue;
    }
    let reasons = rule40.meta.sources.map((source) => why(source, rule40));
    reasons.some((reason) => reason === void 0) || notRun.push({ ruleId: rule40.meta.id, reason: [...new Set(reasons)].join(" and ") });
  }
  return notRun;
}
var INPUT_FLAG = {
  database: "no --db",
  redis: "no --redis",
  "management-api": "no --supabase-project",
  "config-toml": "no supabase/config.toml"
};
function inputsNotRead(rule40, read) {
  let needs = rule40.meta.inputs ?? (rule40.meta.sources.includes("health") ? ["database"] : ["management-api"]);
  if (!needs.some((input) => read.has(input)))
    return needs.map((input) => INPUT_FLAG[input]).join(" and ");
}
function healthInputs(health) {
  let read = /* @__PURE__ */ new Set();
  return (!health.read || health.read.database) && read.add("database"), (!health.read || health.read.redis) && read.add("redis"), read;
}
function platformInputs(platform) {
  let read = /* @__PURE__ */ new Set();
  return platform.api && read.add("management-api"), platform.configToml && read.add("config-toml"), read;
}
var FindingCollector = class {
  constructor(config) {
    this.config = config;
  }
  config;
  findings = [];
  reporterFor(rule40) {
    return severityOf(rule40, this.config) === "off" ? () => {
    } : ({ severity: asked, ...finding }) => this.findings.push({
      ruleId: rule40.meta.id,
      severity: findingSeverity(rule40, this.config, asked),
      ...finding
    });
  }
};
function checkMigrations(check) {
  let { files, allFiles, config } = check, collector = new FindingCollector(config), active = check.rules.filter((rule40) => severityOf(rule40, config) !== "off"), fileRules = active.filter((rule40) => rule40.checkFile), statementRules = active.filter((rule40) => rule40.checkStatement), history = check.history ?? new HistoryModel();
  return files.forEach((file, index) => {
    let locate = (start, end) => locationIn(file, start, end);
    for (let rule40 of fileRules) {
      let context = { allFiles, config, locate, report: collector.reporterFor(rule40) };
      naming(rule40, file.displayPath, () => rule40.checkFile?.(file, context));
    }
    history.startFile(check.firstFileNumber + index, check.changedFiles?.has(file.displayPath) ?? !1);
    let contexts = statementRules.map(
      (rule40) => statementContext(rule40, file, history, config, collector, check.observed)
    ), effects = check.effects?.[index];
    file.statements.forEach((statement, position) => {
      let i = 0;
      try {
        for (; i < statementRules.length; i++) statementRules[i].checkStatement(statement, contexts[i]);
      } catch (error) {
        let line = file.lines.position(statement.start).line;
        throw ruleFailure(statementRules[i].meta.id, `${file.displayPath}:${line}`, error);
      }
      effects ? effects[position] && history.applyEffect(effects[position]) : history.apply(statement);
    });
  }), collector.findings;
}
function naming(rule40, checking, check) {
  try {
    check();
  } catch (error) {
    throw ruleFailure(rule40.meta.id, checking, error);
  }
}
function statementContext(rule40, file, history, config, collector, observed) {
  let locate = (start, end) => locationIn(file, start, end);
  return {
    file,
    history,
    config,
    locate,
    locateStatement: (statement) => locate(statement.start, statement.end),
    locateNode: (statement, at) => locate(at === void 0 ? statement.start : statement.nodeOffset + at, statement.end),
    observed: (statement) => observed?.(statement),
    report: collector.reporterFor(rule40)
  };
}
async function checkSchema(request, rules, collector) {
  let schema = request.schema;
  for (let rule40 of rules) {
    if (!rule40.checkSchema || schema.replay?.incomplete && !rule40.meta.runsOnIncompleteShadow) continue;
    let report4 = collector.reporterFor(rule40);
    try {
      await rule40.checkSchema({
        db: schema.connection,
        mode: schema.mode,
        config: request.config,
        now: request.now,
        locate: (kind, name) => schema.locate(kind, name),
        migrations: request.files,
        replay: schema.replay,
        report: report4
      });
    } catch (error) {
      if (!(error instanceof NotVerifiedError)) throw ruleFailure(rule40.meta.id, "the schema", error);
      report4({ message: `not verified: ${error.message}`, object: error.object, severity: "info" });
    }
  }
}
function changedOnly(files, changed) {
  return changed ? files.filter((file) => changed.has(file.displayPath)) : files;
}
function markNewFindings(findings, changedFiles) {
  if (changedFiles)
    for (let finding of findings)
      finding.isNew = finding.location !== void 0 && changedFiles.has(finding.location.file);
}
function compareFindings(a, b) {
  let fileA = a.location?.file ?? "\uFFFF", fileB = b.location?.file ?? "\uFFFF";
  if (fileA !== fileB) return fileA < fileB ? -1 : 1;
  let byPlace = (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.column ?? 0) - (b.location?.column ?? 0);
  if (byPlace !== 0) return byPlace;
  let objectA = a.object ?? "", objectB = b.object ?? "";
  return objectA !== objectB ? objectA < objectB ? -1 : 1 : a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
}

export {
  parseRequiredIndex,
  concurrentForm,
  parseSize,
  formatSize,
  FIX_LOCK_TIMEOUT,
  allRules,
  HistoryModel,
  HISTORY_TREES,
  historyEffectOf,
  runLint,
  checkMigrations
};
