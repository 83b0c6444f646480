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

// src/history/model.ts
var HistoryModel = class {
  tables = /* @__PURE__ */ new Map();
  indexes = /* @__PURE__ */ new Map();
  currentFile = -1;
  /** Call before the first statement of each file, in runner order. */
  startFile(fileNumber) {
    this.currentFile = fileNumber;
  }
  isExistingTable(name) {
    let table = this.tables.get(name);
    return table === void 0 || table.createdInFile < this.currentFile;
  }
  isExistingIndex(name) {
    let index = this.indexes.get(name);
    return index === void 0 ? !0 : index.createdInFile < this.currentFile && this.isExistingTable(index.table);
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
        this.tables.set(effect.name, { createdInFile: this.currentFile, partitioned: effect.partitioned });
        return;
      case "create-index":
        if (effect.ifNotExists && this.indexes.has(effect.name)) return;
        this.indexes.set(effect.name, { createdInFile: this.currentFile, table: effect.table });
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
var UNUSED = "unused-suppression";
function applySuppressions(findings, files, rules, config) {
  let knownIds = new Set(rules.map((rule) => rule.meta.id)), coversByFile = /* @__PURE__ */ new Map();
  for (let file of files)
    file.suppressions.length > 0 && coversByFile.set(
      file.displayPath,
      file.suppressions.map((s) => coverOf(s, file))
    );
  for (let finding of findings) {
    let covers = finding.location ? coversByFile.get(finding.location.file) : void 0;
    covers && suppressIfCovered(finding, covers);
  }
  let honoured = [...coversByFile.values()].flat().filter((cover) => cover.suppressedIds.size > 0).map(toSuppression), unusedRule = rules.find((rule) => rule.meta.id === UNUSED), unusedSeverity = unusedRule ? severityOf(unusedRule, config) : "off";
  if (unusedSeverity !== "off")
    for (let covers of coversByFile.values())
      for (let cover of covers) {
        let message = unusedMessage(cover, knownIds);
        if (message) {
          let { start, end } = cover.suppression;
          findings.push({
            ruleId: UNUSED,
            severity: unusedSeverity,
            message,
            location: locationIn(cover.file, start, end)
          });
        }
      }
  return { findings, suppressions: honoured };
}
function coverOf(suppression, file) {
  let cover = { suppression, file, used: !1, suppressedIds: /* @__PURE__ */ new Set() }, firstStatement = file.statements[0];
  if (suppression.scope === "file")
    return firstStatement && firstStatement.start < suppression.start ? (cover.problem = "a file-wide `scribe-lint-disable` must come before the first statement; this one covers nothing", cover) : (cover.fromLine = 1, cover.toLine = Number.MAX_SAFE_INTEGER, cover);
  let next = file.statements.find((statement) => statement.start >= suppression.end);
  return next ? (cover.fromLine = file.lines.position(next.start).line, cover.toLine = file.lines.position(next.end).line, cover) : (cover.problem = "no statement follows this suppression", cover);
}
function toSuppression(cover) {
  let { reason, start, end } = cover.suppression;
  return { reason, ruleIds: [...cover.suppressedIds], location: locationIn(cover.file, start, end) };
}
function suppressIfCovered(finding, covers) {
  let line = finding.location.line;
  for (let cover of covers)
    if (!(cover.fromLine === void 0 || line < cover.fromLine || line > cover.toLine) && cover.suppression.ruleIds.includes(finding.ruleId)) {
      if (cover.used = !0, cover.suppression.reason === "") {
        let at = cover.file.lines.position(cover.suppression.start).line;
        finding.message += ` (the suppression on line ${at} gives no reason after \`--\`, so it does not apply)`;
        continue;
      }
      finding.suppressed = { reason: cover.suppression.reason }, cover.suppressedIds.add(finding.ruleId);
      return;
    }
}
function unusedMessage(cover, knownIds) {
  let { ruleIds } = cover.suppression;
  if (ruleIds.length === 0) return "this suppression names no rule id";
  let unknown = ruleIds.filter((id) => !knownIds.has(id));
  if (unknown.length > 0)
    return `unknown rule id ${unknown.map((id) => `\`${id}\``).join(", ")} in suppression`;
  if (cover.problem) return cover.problem;
  if (!cover.used) return `suppression of ${ruleIds.map((id) => `\`${id}\``).join(", ")} suppressed nothing`;
}

// src/engine.ts
function severityOf(rule, config) {
  return config.rules[rule.meta.id] ?? rule.meta.defaultSeverity;
}
async function runLint(request) {
  let { config } = request, active = request.rules.filter((rule) => severityOf(rule, config) !== "off"), collector = new FindingCollector(config);
  if (request.statementFindings) collector.findings.push(...request.statementFindings);
  else {
    let found = checkMigrations({
      files: request.files,
      allFiles: request.files,
      firstFileNumber: 0,
      rules: active,
      config
    });
    collector.findings.push(...found);
  }
  if (request.schema && await checkSchema(request, active, collector), request.cacheWrites)
    for (let rule of active)
      rule.checkSource?.({ cacheWrites: request.cacheWrites, config, report: collector.reporterFor(rule) });
  if (request.redis)
    for (let rule of active)
      rule.checkRedis?.({ ...request.redis, config, report: collector.reporterFor(rule) });
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
    failed: findings.some((finding) => failsRun(finding, config.failOn))
  };
}
var FindingCollector = class {
  constructor(config) {
    this.config = config;
  }
  config;
  findings = [];
  reporterFor(rule) {
    let severity = severityOf(rule, this.config);
    return severity === "off" ? () => {
    } : (finding) => this.findings.push({ ruleId: rule.meta.id, severity, ...finding });
  }
};
function checkMigrations(check) {
  let { files, allFiles, config } = check, collector = new FindingCollector(config), active = check.rules.filter((rule) => severityOf(rule, config) !== "off"), fileRules = active.filter((rule) => rule.checkFile), statementRules = active.filter((rule) => rule.checkStatement), history = check.history ?? new HistoryModel();
  return files.forEach((file, index) => {
    let locate = (start, end) => locationIn(file, start, end);
    for (let rule of fileRules)
      rule.checkFile?.(file, { allFiles, config, locate, report: collector.reporterFor(rule) });
    history.startFile(check.firstFileNumber + index);
    let contexts = statementRules.map((rule) => statementContext(rule, file, history, config, collector));
    for (let statement of file.statements) {
      for (let i = 0; i < statementRules.length; i++)
        statementRules[i].checkStatement(statement, contexts[i]);
      history.apply(statement);
    }
  }), collector.findings;
}
function statementContext(rule, file, history, config, collector) {
  let locate = (start, end) => locationIn(file, start, end);
  return {
    file,
    history,
    config,
    locate,
    locateStatement: (statement) => locate(statement.start, statement.end),
    locateNode: (statement, at) => locate(at === void 0 ? statement.start : statement.nodeOffset + at, statement.end),
    report: collector.reporterFor(rule)
  };
}
async function checkSchema(request, rules, collector) {
  let schema = request.schema;
  for (let rule of rules)
    rule.checkSchema && (schema.replay?.incomplete && rule.meta.id !== "replay-error" || await rule.checkSchema({
      db: schema.connection,
      mode: schema.mode,
      config: request.config,
      now: request.now,
      locate: (kind, name) => schema.locate(kind, name),
      migrations: request.files,
      replay: schema.replay,
      report: collector.reporterFor(rule)
    }));
}
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
function markNewFindings(findings, changedFiles) {
  if (changedFiles)
    for (let finding of findings)
      finding.isNew = finding.location !== void 0 && changedFiles.has(finding.location.file);
}
var SEVERITY_RANK = { info: 0, warning: 1, error: 2 };
function atOrAbove(severity, threshold) {
  return threshold !== "never" && SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}
function failsRun(finding, failOn) {
  return !finding.suppressed && finding.isNew !== !1 && atOrAbove(finding.severity, failOn);
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
  appSchema,
  notExtensionMember,
  findAuditTables,
  readPartitions,
  checkRunway,
  listAuditPartitions,
  unwrap,
  statementOf,
  qualify,
  qualifyNameList,
  hasOption,
  HistoryModel,
  HISTORY_TREES,
  historyEffectOf,
  severityOf,
  runLint,
  checkMigrations,
  locationIn,
  failsRun
};
