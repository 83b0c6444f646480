import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);
import {
  RUNNER_FILE_NAME,
  closestOf,
  keyNamePrefix,
  tableForPrefix
} from "./chunk-ID2OFEOQ.js";
import {
  appSchema,
  checkRunway,
  findAuditTables,
  hasOption,
  locationIn,
  notExtensionMember,
  qualify,
  qualifyNameList,
  readPartitions,
  statementOf,
  unwrap
} from "./chunk-Q3Q7LTTT.js";
import {
  NotVerifiedError,
  ruleFailure
} from "./chunk-KMD5P3L4.js";

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

// rules/audit-immutable.ts
var rule = {
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
    ), grants = await readWriteGrants(context.db, oids);
    for (let relation of relations) {
      let judged = roles.filter((role) => !privilegesOf.get(role.oid)?.has(relation.owner)), has = (role) => (other) => privilegesOf.get(role.oid)?.has(other) ?? !1;
      checkPolicies(
        context,
        relation,
        policies.filter((policy) => policy.relation === relation.oid),
        judged,
        has
      ), checkGrants(
        context,
        relation,
        grants.filter((grant) => grant.relation === relation.oid),
        judged
      );
    }
  }
};
function checkPolicies(context, relation, policies, roles, has) {
  if (!relation.rowSecurity) {
    context.report({
      message: `audit table \`${relation.name}\` does not have row level security enabled, so no policy stops UPDATE or DELETE`,
      location: context.locate("table", relation.name),
      object: relation.name
    });
    return;
  }
  for (let command of ["UPDATE", "DELETE"]) {
    let openedBy = /* @__PURE__ */ new Map();
    for (let role of roles) {
      let policy = openingPolicy(policies, command, has(role));
      policy && openedBy.set(policy, [...openedBy.get(policy) ?? [], role.name]);
    }
    for (let [policy, names] of openedBy)
      context.report({
        message: `policy \`${policy.name}\` lets ${listRoles(names)} ${command} rows of audit table \`${relation.name}\` and no restrictive policy denies it`,
        location: context.locate("policy", `${relation.name}.${policy.name}`),
        object: `${relation.name}.${policy.name}`
      });
  }
}
function checkGrants(context, relation, grants, roles) {
  let judgedNames = new Map(roles.map((role) => [role.oid, role.name])), byGrantee = /* @__PURE__ */ new Map();
  for (let grant of grants) {
    if (grant.grantee !== 0 && !judgedNames.has(grant.grantee)) continue;
    let held = grant.column ? `UPDATE (${grant.column})` : grant.privilege;
    byGrantee.set(grant.grantee, [...byGrantee.get(grant.grantee) ?? [], held]);
  }
  for (let [grantee, privileges] of byGrantee) {
    let role = grantee === 0 ? "public" : judgedNames.get(grantee), shown = grantee === 0 ? "PUBLIC" : `\`${role}\``;
    context.report({
      message: `${shown} holds ${mergeColumns(privileges).join(", ")} on audit table \`${relation.name}\``,
      location: context.locate("grant", `${relation.name} to ${role}`),
      object: relation.name
    });
  }
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
    ), keyOf = new Map(keys.map((row) => [Number(row.oid), row.keydef]));
    for (let table of tables) {
      let keydef = keyOf.get(table.oid) ?? null;
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
         (select string_agg(a.attname, ', ' order by k.ord)
            from unnest(con.conkey) with ordinality as k(attnum, ord)
            join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum) as columns
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
          and (select array_agg(k order by k) from unnest((i.indkey::int2[])[0 : cardinality(con.conkey) - 1]) k)
            = (select array_agg(k order by k) from unnest(con.conkey) k)
     )
   order by 2, 1`, rule3 = {
  meta: {
    id: "fk-index",
    description: "Every foreign key has a covering btree index on its columns.",
    defaultSeverity: "error",
    sources: ["schema"]
  },
  async checkSchema(context) {
    for (let row of await context.db.query(FOREIGN_KEYS_WITHOUT_INDEX))
      context.report({
        message: `foreign key \`${row.constraint_name}\` on \`${row.table_name}\` (${row.columns}) referencing \`${row.referenced_table}\` has no covering index`,
        location: context.locate("constraint", row.constraint_key),
        object: `${row.table_name}.${row.constraint_name}`
      });
  }
}, fk_index_default = rule3;

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
var MATVIEWS_WITHOUT_UNIQUE_INDEX = `
  select n.nspname || '.' || c.relname as view_name
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
    for (let row of await context.db.query(MATVIEWS_WITHOUT_UNIQUE_INDEX))
      context.report({
        message: `materialized view \`${row.view_name}\` has no unique index without predicate or expressions, so REFRESH MATERIALIZED VIEW CONCURRENTLY fails on it`,
        location: context.locate("matview", row.view_name),
        object: row.view_name
      });
  }
}, matview_unique_index_default = rule5;

// rules/partition-runway.ts
var rule6 = {
  meta: {
    id: "partition-runway",
    description: "Each audit table has monthly partitions from this month through the configured runway.",
    defaultSeverity: "error",
    sources: ["schema"]
  },
  async checkSchema(context) {
    let { config, now } = context, months = config.audit.runwayMonths, { tables } = await findAuditTables(context.db, config);
    for (let table of tables) {
      if (table.relkind !== "p" || context.mode === "shadow" && schedulesMaintenance(context.migrations, table.name)) continue;
      let partitions = await readPartitions(context.db, table.oid), runway = checkRunway(partitions, now, months), start = `${now.toISOString().slice(0, 7)}-01`;
      if (runway.missingMonths.length > 0) {
        let fallback = partitions.find((partition) => partition.isDefault), note = fallback ? `; until then rows go to the default partition \`${fallback.name}\`` : "";
        context.report({
          message: `audit table \`${table.name}\` has no partition for ${runway.missingMonths.join(", ")}: monthly partitions must cover ${start} to ${runway.windowEnd}${note}`,
          location: context.locate("table", table.name),
          object: table.name
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
}, CREATE_PARENT = /\bcreate_parent\s*\(/i, CRON_SCHEDULE = /\bcron\s*\.\s*schedule\s*\(/i;
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
var partition_runway_default = rule6;

// rules/pg-stat-statements.ts
var EXTENSION = "pg_stat_statements", rule7 = {
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
    let [extension] = await context.db.query(
      `select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace
        where e.extname = 'pg_stat_statements'`
    );
    if (!extension) {
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
    let problem = await probe(context.db, extension.schema);
    problem && report(context, problem);
  }
};
async function probe(db, schema) {
  let view = `"${schema.replaceAll('"', '""')}".pg_stat_statements`;
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
var pg_stat_statements_default = rule7;

// rules/replay-error.ts
var rule8 = {
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
var replay_error_default = rule8;

// rules/rls-enabled.ts
var TABLES_WITHOUT_RLS = `
  select n.nspname || '.' || c.relname as table_name, c.relispartition as is_partition
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
   where c.relkind in ('r', 'p')
     and not c.relrowsecurity
     and n.nspname = any($1::text[])
     and not exists (select 1 from pg_depend d
                      where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
   order by 1`, rule9 = {
  meta: {
    id: "rls-enabled",
    description: "Every table and partition in the exposed schemas has row level security enabled.",
    defaultSeverity: "error",
    sources: ["schema"]
  },
  async checkSchema(context) {
    let rows = await context.db.query(TABLES_WITHOUT_RLS, [
      context.config.exposedSchemas
    ]);
    for (let row of rows) {
      let what = row.is_partition ? "partition" : "table";
      context.report({
        message: `${what} \`${row.table_name}\` does not have row level security enabled`,
        location: context.locate("table", row.table_name),
        object: row.table_name
      });
    }
  }
}, rls_enabled_default = rule9;

// rules/concurrent-index.ts
var rule10 = {
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
  context.history.isExistingTable(table) && (!create.relation?.inh && context.history.isPartitionedTable(table) || context.report({
    message: `\`CREATE INDEX\` on existing table \`${table}\` without CONCURRENTLY blocks writes for the whole build`,
    location: context.locateStatement(statement),
    object: table
  }));
}
function checkDrop(statement, context) {
  let drop = statementOf(statement.node, "DropStmt");
  if (!drop || drop.concurrent || drop.removeType !== "OBJECT_INDEX") return;
  let existing = (drop.objects ?? []).map(qualifyNameList).filter((name) => context.history.isExistingIndex(name));
  existing.length !== 0 && context.report({
    message: `\`DROP INDEX\` of \`${existing.join("`, `")}\` without CONCURRENTLY locks its table against reads and writes`,
    location: context.locateStatement(statement),
    object: existing[0]
  });
}
function checkReindex(statement, context) {
  let reindex = statementOf(statement.node, "ReindexStmt");
  if (!reindex || hasOption(reindex.params, "concurrently")) return;
  let target = qualify(reindex.relation);
  if (!(reindex.kind === "REINDEX_OBJECT_INDEX" ? context.history.isExistingIndex(target) : reindex.kind !== "REINDEX_OBJECT_TABLE" || context.history.isExistingTable(target))) return;
  let what = target ? ` of \`${target}\`` : "";
  context.report({
    message: `\`REINDEX\`${what} without CONCURRENTLY locks out writes (and reads that use the index) until it finishes`,
    location: context.locateStatement(statement),
    object: target || void 0
  });
}
var concurrent_index_default = rule10;

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
var rule11 = {
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
    problem && context.report({ message: problem, location: context.locateStatement(statement) });
  }
};
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
var concurrent_in_transaction_default = rule11;

// rules/constraint-not-valid.ts
var rule12 = {
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
    if (context.history.isExistingTable(table))
      for (let command of alter.cmds ?? []) {
        let cmd = command.AlterTableCmd, constraint = cmd?.subtype === "AT_AddConstraint" ? cmd.def?.Constraint : void 0;
        if (!constraint || constraint.skip_validation) continue;
        let kind = constraint.contype === "CONSTR_FOREIGN" ? "FOREIGN KEY" : constraint.contype === "CONSTR_CHECK" ? "CHECK" : void 0;
        if (!kind) continue;
        let name = constraint.conname ? ` \`${constraint.conname}\`` : "";
        context.report({
          message: `${kind} constraint${name} on existing table \`${table}\` scans every row under a lock that blocks writes; add it NOT VALID, then VALIDATE CONSTRAINT in a later statement`,
          location: context.locateNode(statement, constraint.location),
          object: table
        });
      }
  }
}, constraint_not_valid_default = rule12;

// rules/migration-filename.ts
var rule13 = {
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
};
function firstWithVersion(files, version) {
  return files.find((file) => file.version === version);
}
var migration_filename_default = rule13;

// rules/parse-error.ts
var rule14 = {
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
var parse_error_default = rule14;

// rules/unused-suppression.ts
var rule15 = {
  meta: {
    id: "unused-suppression",
    description: "Every suppression comment suppresses a finding and names known rules.",
    defaultSeverity: "warning",
    sources: ["statement"],
    reportsSuppressions: !0
  }
}, unused_suppression_default = rule15;

// rules/phi-cache.ts
var rule16 = {
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
function countOf(count, context) {
  let keys = `${count.toLocaleString("en-US")} key${count === 1 ? "" : "s"}`;
  return context.complete ? keys : `at least ${keys} (the scan stopped at its key budget)`;
}
function examples(keys) {
  return keys.map((key) => `\`${printableKey(key)}\``).join(", ");
}
function printableKey(key) {
  let clean = key.replace(/[\u0000-\u001f\u007f`]/g, "?");
  return clean.length > 60 ? `${clean.slice(0, 59)}\u2026` : clean;
}
var phi_cache_default = rule16;

// rules/cache-ttl.ts
var rule17 = {
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
      let shown = group.examplesWithoutTtl?.length ? group.examplesWithoutTtl : group.exampleKeys, partial = context.complete ? "" : " (so far: the scan stopped at its key budget)", cached = tableForPrefix(group.prefix, context.config.phi.cacheAllow) ? "cached " : "";
      context.report({
        message: `${group.keysWithoutTtl.toLocaleString("en-US")} of ${group.keyCount.toLocaleString("en-US")} keys under ${cached}prefix \`${group.prefix}\` have no TTL${partial}, e.g. ${examples(shown)}`,
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
var cache_ttl_default = rule17;

// rules/index.ts
var allRules = [
  // statement rules
  parse_error_default,
  concurrent_index_default,
  concurrent_in_transaction_default,
  constraint_not_valid_default,
  migration_filename_default,
  unused_suppression_default,
  // schema rules (shadow and live)
  fk_index_default,
  rls_enabled_default,
  audit_immutable_default,
  audit_partitioned_default,
  partition_runway_default,
  matview_unique_index_default,
  invalid_index_default,
  pg_stat_statements_default,
  replay_error_default,
  // source and redis rules
  phi_cache_default,
  cache_ttl_default
];

// src/severity.ts
var SEVERITY_RANK = { info: 0, warning: 1, error: 2 };
function severityOf(rule18, config) {
  return config.rules[rule18.meta.id] ?? rule18.meta.defaultSeverity;
}
function lowerOf(configured, asked) {
  return asked !== void 0 && SEVERITY_RANK[asked] < SEVERITY_RANK[configured] ? asked : configured;
}
function atOrAbove(severity, threshold) {
  return threshold !== "never" && SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}
function failsRun(finding, failOn) {
  return !finding.suppressed && finding.isNew !== !1 && atOrAbove(finding.severity, failOn);
}

// src/history/model.ts
var HistoryModel = class {
  tables = /* @__PURE__ */ new Map();
  indexes = /* @__PURE__ */ new Map();
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
        });
        return;
      case "create-index":
        if (effect.ifNotExists && this.indexes.has(effect.name)) return;
        this.indexes.set(effect.name, {
          createdInFile: this.currentFile,
          createdInChange: this.currentFileChanged,
          table: effect.table
        });
        return;
      case "rename-table":
        moveKey(this.tables, effect.from, effect.to);
        for (let index of this.indexes.values()) index.table === effect.from && (index.table = effect.to);
        return;
      case "rename-index":
        moveKey(this.indexes, effect.from, effect.to);
        return;
      case "drop-tables":
        for (let name of effect.names) {
          this.tables.delete(name);
          for (let [index, facts] of this.indexes) facts.table === name && this.indexes.delete(index);
        }
        return;
      case "drop-indexes":
        for (let name of effect.names) this.indexes.delete(name);
        return;
    }
  }
}, HISTORY_TREES = /* @__PURE__ */ new Map([
  ["CreateStmt", ["tableElts", "constraints"]],
  ["CreateTableAsStmt", ["query"]],
  ["IndexStmt", []],
  ["RenameStmt", []],
  ["DropStmt", []],
  ["AlterObjectSchemaStmt", []]
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
  return { kind: "create-index", name: `${table.slice(0, table.indexOf("."))}.${statement.idxname}`, table, ifNotExists: !!statement.if_not_exists };
}
function renameEffect(statement) {
  if (!statement.newname) return;
  let from = qualify(statement.relation), to = `${from.slice(0, from.indexOf("."))}.${statement.newname}`;
  if (statement.renameType === "OBJECT_TABLE") return { kind: "rename-table", from, to };
  if (statement.renameType === "OBJECT_INDEX") return { kind: "rename-index", from, to };
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
function moveKey(map, from, to) {
  let value = map.get(from);
  value !== void 0 && (map.delete(from), map.set(to, value));
}

// src/suppress.ts
function applySuppressions(findings, files, rules, config) {
  let knownIds = rules.map((rule18) => rule18.meta.id), coversByFile = /* @__PURE__ */ new Map();
  for (let file of files)
    file.suppressions.length > 0 && coversByFile.set(
      file.displayPath,
      file.suppressions.map((s) => coverOf(s, file))
    );
  for (let finding of findings) {
    let covers = finding.location ? coversByFile.get(finding.location.file) : void 0;
    covers && suppressIfCovered(finding, covers);
  }
  let honoured = [...coversByFile.values()].flat().filter((cover) => cover.suppressedIds.size > 0).map(toSuppression), unusedRule = rules.find((rule18) => rule18.meta.reportsSuppressions), unusedSeverity = unusedRule ? severityOf(unusedRule, config) : "off";
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
  let { config } = request, active = request.rules.filter((rule18) => severityOf(rule18, config) !== "off"), collector = new FindingCollector(config);
  if (request.statementFindings) collector.findings.push(...request.statementFindings);
  else {
    let found = checkMigrations({
      files: request.files,
      allFiles: request.files,
      firstFileNumber: 0,
      rules: active,
      config,
      changedFiles: request.changedFiles
    });
    collector.findings.push(...found);
  }
  if (request.schema && await checkSchema(request, active, collector), request.cacheWrites)
    for (let rule18 of active) {
      let context = { cacheWrites: request.cacheWrites, config, report: collector.reporterFor(rule18) };
      naming(rule18, "the source files", () => rule18.checkSource?.(context));
    }
  if (request.redis)
    for (let rule18 of active) {
      let context = { ...request.redis, config, report: collector.reporterFor(rule18) };
      naming(rule18, "the Redis keys", () => rule18.checkRedis?.(context));
    }
  if (request.health)
    for (let rule18 of active) {
      let context = {
        facts: request.health,
        config,
        now: request.now,
        report: collector.reporterFor(rule18)
      };
      naming(rule18, "the live statistics", () => rule18.checkHealth?.(context));
    }
  if (request.platform)
    for (let rule18 of active) {
      let context = { facts: request.platform, config, report: collector.reporterFor(rule18) };
      naming(rule18, "the platform settings", () => rule18.checkPlatform?.(context));
    }
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
};
function rulesNotRun(active, request) {
  let incomplete = request.schema?.replay?.incomplete === !0, why = (source) => {
    if (source !== "statement") {
      if (source === "schema" && request.schema)
        return incomplete ? "the shadow replay stopped early" : void 0;
      if (!(source === "source" && request.cacheWrites) && !(source === "redis" && request.redis) && !(source === "health" && request.health) && !(source === "platform" && request.platform))
        return request.missingSources?.[source] ?? MISSING_SOURCE[source];
    }
  }, notRun = [];
  for (let rule18 of active) {
    if (incomplete && rule18.meta.runsOnIncompleteShadow) continue;
    let reasons = rule18.meta.sources.map(why);
    reasons.some((reason) => reason === void 0) || notRun.push({ ruleId: rule18.meta.id, reason: [...new Set(reasons)].join(" and ") });
  }
  return notRun;
}
var FindingCollector = class {
  constructor(config) {
    this.config = config;
  }
  config;
  findings = [];
  reporterFor(rule18) {
    let severity = severityOf(rule18, this.config);
    return severity === "off" ? () => {
    } : ({ severity: asked, ...finding }) => this.findings.push({ ruleId: rule18.meta.id, severity: lowerOf(severity, asked), ...finding });
  }
};
function checkMigrations(check) {
  let { files, allFiles, config } = check, collector = new FindingCollector(config), active = check.rules.filter((rule18) => severityOf(rule18, config) !== "off"), fileRules = active.filter((rule18) => rule18.checkFile), statementRules = active.filter((rule18) => rule18.checkStatement), history = check.history ?? new HistoryModel();
  return files.forEach((file, index) => {
    let locate = (start, end) => locationIn(file, start, end);
    for (let rule18 of fileRules) {
      let context = { allFiles, config, locate, report: collector.reporterFor(rule18) };
      naming(rule18, file.displayPath, () => rule18.checkFile?.(file, context));
    }
    history.startFile(check.firstFileNumber + index, check.changedFiles?.has(file.displayPath) ?? !1);
    let contexts = statementRules.map((rule18) => statementContext(rule18, file, history, config, collector));
    for (let statement of file.statements) {
      let i = 0;
      try {
        for (; i < statementRules.length; i++) statementRules[i].checkStatement(statement, contexts[i]);
      } catch (error) {
        let line = file.lines.position(statement.start).line;
        throw ruleFailure(statementRules[i].meta.id, `${file.displayPath}:${line}`, error);
      }
      history.apply(statement);
    }
  }), collector.findings;
}
function naming(rule18, checking, check) {
  try {
    check();
  } catch (error) {
    throw ruleFailure(rule18.meta.id, checking, error);
  }
}
function statementContext(rule18, file, history, config, collector) {
  let locate = (start, end) => locationIn(file, start, end);
  return {
    file,
    history,
    config,
    locate,
    locateStatement: (statement) => locate(statement.start, statement.end),
    locateNode: (statement, at) => locate(at === void 0 ? statement.start : statement.nodeOffset + at, statement.end),
    report: collector.reporterFor(rule18)
  };
}
async function checkSchema(request, rules, collector) {
  let schema = request.schema;
  for (let rule18 of rules) {
    if (!rule18.checkSchema || schema.replay?.incomplete && !rule18.meta.runsOnIncompleteShadow) continue;
    let report2 = collector.reporterFor(rule18);
    try {
      await rule18.checkSchema({
        db: schema.connection,
        mode: schema.mode,
        config: request.config,
        now: request.now,
        locate: (kind, name) => schema.locate(kind, name),
        migrations: request.files,
        replay: schema.replay,
        report: report2
      });
    } catch (error) {
      if (!(error instanceof NotVerifiedError)) throw ruleFailure(rule18.meta.id, "the schema", error);
      report2({ message: `not verified: ${error.message}`, object: error.object, severity: "info" });
    }
  }
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
  allRules,
  HistoryModel,
  HISTORY_TREES,
  historyEffectOf,
  severityOf,
  failsRun,
  runLint,
  checkMigrations
};
