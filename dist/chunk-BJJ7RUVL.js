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
import {
  statementOf,
  unwrap
} from "./chunk-CRXCDDBS.js";

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

// src/shadow/clause-spans.ts
function objectSpan(source, object) {
  let [kind, body] = unwrap(source.statement.node) ?? ["", {}];
  if (object.name) {
    if (object.catalog === "class") return relationSpan(source, kind, body, object.name);
    if (object.catalog === "constraint") return constraintSpan(source, kind, body, object);
    if (object.catalog === "policy" && kind === "CreatePolicyStmt") return policySpan(source, body);
  }
}
function grantPrivilegesSpan(source) {
  let tokens = tokenize(source), on = tokens.findIndex((token, index) => index > 0 && token.depth === 0 && token.word === "on");
  if (!(tokens[0]?.word !== "grant" || on < 2))
    return { start: tokens[1].start, end: tokens[on - 1].end };
}
function nameSpan(source, location) {
  if (location === void 0) return;
  let tokens = tokenize(source), at = tokenAt(tokens, absolute(source, location));
  return at === -1 ? void 0 : { start: tokens[at].start, end: tokens[qualifiedNameEnd(tokens, at)].end };
}
function relationSpan(source, kind, body, name) {
  if (kind === "IndexStmt") return body.idxname === name ? indexNameSpan(tokenize(source)) : void 0;
  let relation = createdRelation(kind, body);
  return relation?.relname === name ? nameSpan(source, relation.location) : void 0;
}
function createdRelation(kind, body) {
  if (kind === "CreateStmt") return body.relation;
  if (kind === "CreateTableAsStmt") return body.into?.rel;
  if (kind === "ViewStmt") return body.view;
}
function indexNameSpan(tokens) {
  let at = tokens.findIndex((token) => token.word === "index");
  if (at === -1) return;
  at++, tokens[at]?.word === "concurrently" && !tokens[at].quoted && at++, tokens[at]?.word === "if" && tokens[at + 2]?.word === "exists" && (at += 3);
  let name = tokens[at];
  return name?.word !== void 0 && name.word !== "on" ? { start: name.start, end: name.end } : void 0;
}
var CONTYPES = {
  f: "CONSTR_FOREIGN",
  p: "CONSTR_PRIMARY",
  u: "CONSTR_UNIQUE",
  c: "CONSTR_CHECK",
  x: "CONSTR_EXCLUSION",
  n: "CONSTR_NOTNULL"
};
function constraintSpan(source, kind, body, object) {
  let [contype, columnList = ""] = (object.detail ?? "").split(":"), columns = columnList === "" ? [] : columnList.split(","), clauses = constraintClauses(kind, body), clause = clauses.find((each) => each.conname === object.name) ?? clauses.find(
    (each) => each.conname === void 0 && each.contype === CONTYPES[contype] && each.columns.join(",") === columns.join(",")
  );
  if (!clause) return;
  let tokens = tokenize(source), at = tokenAt(tokens, absolute(source, clause.location));
  if (at === -1) return;
  let end = tokens[elementEnd(tokens, at)].end;
  return clause.added && (at = addKeyword(tokens, at)), { start: tokens[at].start, end };
}
function constraintClauses(kind, body) {
  return kind === "CreateStmt" ? (body.tableElts ?? []).flatMap(
    (element) => elementClauses(element, !1)
  ) : kind !== "AlterTableStmt" ? [] : (body.cmds ?? []).flatMap((command) => {
    let cmd = command.AlterTableCmd;
    return (cmd?.subtype === "AT_AddConstraint" || cmd?.subtype === "AT_AddColumn") && cmd?.def ? elementClauses(cmd.def, !0) : [];
  });
}
function elementClauses(element, added) {
  let column = element.ColumnDef;
  if (column?.location !== void 0)
    return (column.constraints ?? []).map((item) => {
      let constraint2 = item.Constraint ?? {};
      return { ...named(constraint2), columns: [column.colname ?? ""], location: column.location, added };
    });
  let constraint = element.Constraint;
  if (constraint?.location === void 0) return [];
  let columns = (constraint.fk_attrs ?? constraint.keys ?? []).map(
    (item) => item.String?.sval ?? ""
  );
  return [{ ...named(constraint), columns, location: constraint.location, added }];
}
function named(constraint) {
  return { conname: constraint.conname, contype: constraint.contype };
}
function addKeyword(tokens, at) {
  let before = at - 1;
  return tokens[before]?.word === "exists" && tokens[before - 2]?.word === "if" && (before -= 3), tokens[before]?.word === "column" && before--, tokens[before]?.word === "add" && !tokens[before].quoted ? before : at;
}
function policySpan(source, body) {
  let table = body.table;
  if (table?.location === void 0) return;
  let tokens = tokenize(source), at = tokenAt(tokens, absolute(source, table.location)), after = at === -1 ? void 0 : tokens[qualifiedNameEnd(tokens, at) + 1];
  return after ? { start: after.start, end: tokens[tokens.length - 1].end } : void 0;
}
function absolute(source, location) {
  return source.statement.nodeOffset + location;
}
function tokenAt(tokens, offset) {
  return tokens.findIndex((token) => token.start === offset);
}
function qualifiedNameEnd(tokens, at) {
  let last = at;
  for (; tokens[last + 1]?.char === "." && tokens[last + 2]?.word !== void 0; ) last += 2;
  return last;
}
function elementEnd(tokens, at) {
  let depth = tokens[at].depth, last = at;
  for (let index = at + 1; index < tokens.length; index++) {
    let token = tokens[index];
    if (token.depth < depth || token.depth === depth && token.char === ",") break;
    last = index;
  }
  return last;
}
var SPACE = /* @__PURE__ */ new Set([32, 9, 10, 13, 12]), tokenized = /* @__PURE__ */ new WeakMap();
function tokenize(source) {
  let tokens = tokenized.get(source.statement);
  return tokens || tokenized.set(source.statement, tokens = readTokens(source)), tokens;
}
function readTokens(source) {
  let { file, statement } = source, bytes = Buffer.from(file.lines.slice(statement.start, statement.end), "utf8"), tokens = [], depth = 0, at = 0, push = (start, end, token) => tokens.push({ start: statement.start + start, end: statement.start + end, depth, ...token });
  for (; at < bytes.length; ) {
    let byte = bytes[at];
    if (SPACE.has(byte)) at++;
    else if (byte === 45 && bytes[at + 1] === 45) at = lineEnd(bytes, at);
    else if (byte === 47 && bytes[at + 1] === 42) at = blockCommentEnd(bytes, at);
    else if (byte === 39) at = quotedEnd(bytes, at, 39, bytes[at - 1] === 69 || bytes[at - 1] === 101);
    else if (byte === 34) {
      let end = quotedEnd(bytes, at, 34, !1), word = bytes.toString("utf8", at + 1, end - 1).replaceAll('""', '"');
      push(at, end, { word, quoted: !0 }), at = end;
    } else if (byte === 36 && dollarTag(bytes, at) !== void 0) at = dollarEnd(bytes, at);
    else if (isWordStart(byte)) {
      let end = at + 1;
      for (; end < bytes.length && isWordPart(bytes[end]); ) end++;
      push(at, end, { word: bytes.toString("utf8", at, end).toLowerCase() }), at = end;
    } else
      byte === 41 && depth--, push(at, at + 1, { char: String.fromCharCode(byte) }), byte === 40 && depth++, at++;
  }
  return tokens;
}
function isWordStart(byte) {
  return byte >= 97 && byte <= 122 || byte >= 65 && byte <= 90 || byte === 95 || byte >= 128;
}
function isWordPart(byte) {
  return isWordStart(byte) || byte >= 48 && byte <= 57 || byte === 36;
}
function lineEnd(bytes, at) {
  let end = bytes.indexOf(10, at);
  return end === -1 ? bytes.length : end + 1;
}
function blockCommentEnd(bytes, at) {
  let depth = 0, index = at;
  for (; index < bytes.length; )
    if (bytes[index] === 47 && bytes[index + 1] === 42)
      depth++, index += 2;
    else if (bytes[index] === 42 && bytes[index + 1] === 47) {
      if (depth--, index += 2, depth === 0) return index;
    } else index++;
  return bytes.length;
}
function quotedEnd(bytes, at, quote, backslashes) {
  let index = at + 1;
  for (; index < bytes.length; )
    if (backslashes && bytes[index] === 92) index += 2;
    else if (bytes[index] === quote && bytes[index + 1] === quote) index += 2;
    else {
      if (bytes[index] === quote) return index + 1;
      index++;
    }
  return bytes.length;
}
function dollarTag(bytes, at) {
  let index = at + 1;
  for (; index < bytes.length && isWordPart(bytes[index]) && bytes[index] !== 36; ) index++;
  if (bytes[index] !== 36) return;
  let tag = bytes.toString("latin1", at, index + 1);
  return /^\$([A-Za-z_\x80-\xff][\w\x80-\xff]*)?\$$/.test(tag) ? tag : void 0;
}
function dollarEnd(bytes, at) {
  let tag = dollarTag(bytes, at), close = bytes.indexOf(tag, at + tag.length, "latin1");
  return close === -1 ? bytes.length : close + tag.length;
}

// src/parse/alter-table.ts
var NO_COMMANDS = [], commandsOf = /* @__PURE__ */ new WeakMap();
function tableCommands(alter) {
  if (!alter || alter.objtype !== "OBJECT_TABLE") return NO_COMMANDS;
  let commands = commandsOf.get(alter);
  return commands || (commands = (alter.cmds ?? []).map((command) => command.AlterTableCmd).filter((command) => command !== void 0), commandsOf.set(alter, commands)), commands;
}
function columnDefOf(command) {
  return command.subtype === "AT_AddColumn" ? command.def?.ColumnDef : void 0;
}
function addedConstraintOf(command) {
  return command.subtype === "AT_AddConstraint" ? command.def?.Constraint : void 0;
}
function columnConstraints(column) {
  return (column.constraints ?? []).map((node) => node.Constraint).filter((constraint) => constraint !== void 0);
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
  objectSpan,
  grantPrivilegesSpan,
  nameSpan,
  readPartitions,
  checkRunway,
  listAuditPartitions,
  tableCommands,
  columnDefOf,
  addedConstraintOf,
  columnConstraints,
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
