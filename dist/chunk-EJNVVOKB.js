import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);
import {
  MANAGED_SCHEMAS,
  findAuditTables
} from "./chunk-C6ROTVYX.js";

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

// src/severity.ts
var SEVERITY_RANK = { info: 0, warning: 1, error: 2 };
function severityOf(rule, config) {
  return config.rules[rule.meta.id] ?? rule.meta.defaultSeverity;
}
function findingSeverity(rule, config, asked) {
  let configured = config.rules[rule.meta.id];
  if (configured !== void 0 && configured !== "off") return lowerOf(configured, asked);
  let ceiling = rule.meta.alertSeverity ?? rule.meta.defaultSeverity;
  return lowerOf(ceiling, asked ?? rule.meta.defaultSeverity);
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

// src/locks.ts
var LOCK_ORDER = [
  "AccessShareLock",
  "RowShareLock",
  "RowExclusiveLock",
  "ShareUpdateExclusiveLock",
  "ShareLock",
  "ShareRowExclusiveLock",
  "ExclusiveLock",
  "AccessExclusiveLock"
];
function lockName(mode) {
  return mode.replace(/Lock$/, "").replace(/([a-z])([A-Z])/g, "$1 $2").toUpperCase();
}
function lockPhrase(mode) {
  let name = lockName(mode);
  return `${/^[AEIOU]/.test(name) ? "an" : "a"} ${name} lock`;
}
function lockWords(mode) {
  switch (mode) {
    case "AccessExclusiveLock":
      return "blocks reads and writes";
    case "ExclusiveLock":
    case "ShareRowExclusiveLock":
    case "ShareLock":
      return "blocks writes";
    case "ShareUpdateExclusiveLock":
      return "blocks schema changes and VACUUM";
    case "RowExclusiveLock":
    case "RowShareLock":
      return "blocks only table-wide locks";
    case "AccessShareLock":
      return "blocks only ACCESS EXCLUSIVE";
  }
}
function lockStrength(mode) {
  return LOCK_ORDER.indexOf(mode);
}
function isLockMode(text) {
  return LOCK_ORDER.includes(text);
}
var transactionsByFile = /* @__PURE__ */ new WeakMap();
function transactionsOf(statements, runner) {
  let known = transactionsByFile.get(statements);
  if (known?.runner === runner) return known.numbers;
  let numbers = runner === "psql" ? explicitBlocks(statements) : statements.map(() => 0);
  return transactionsByFile.set(statements, { runner, numbers }), numbers;
}
function explicitBlocks(statements) {
  let open, blocks = 0;
  return statements.map((statement) => {
    let kind = statementOf(statement.node, "TransactionStmt")?.kind;
    (kind === "TRANS_STMT_BEGIN" || kind === "TRANS_STMT_START") && (open ??= blocks++);
    let current = open;
    return (kind === "TRANS_STMT_COMMIT" || kind === "TRANS_STMT_ROLLBACK" || kind === "TRANS_STMT_PREPARE") && (open = void 0), current;
  });
}
function isAppRelation(relation) {
  return !MANAGED_SCHEMAS.includes(relation.slice(0, relation.indexOf(".")));
}
function locksTaken(files, observed) {
  let floor = lockStrength("ShareUpdateExclusiveLock"), taken = [];
  for (let file of files)
    for (let statement of file.statements)
      for (let lock of observed(statement)?.locks ?? []) {
        if (lockStrength(lock.mode) < floor || !isAppRelation(lock.relation)) continue;
        let line = file.lines.position(statement.start).line;
        taken.push({ file: file.displayPath, line, relation: lock.relation, mode: lock.mode });
      }
  return taken;
}

export {
  locationIn,
  unwrap,
  statementOf,
  qualify,
  qualifyNameList,
  hasOption,
  readPartitions,
  checkRunway,
  listAuditPartitions,
  lockName,
  lockPhrase,
  lockWords,
  lockStrength,
  isLockMode,
  transactionsOf,
  isAppRelation,
  locksTaken,
  severityOf,
  findingSeverity,
  failsRun
};
