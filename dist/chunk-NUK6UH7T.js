import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);
import {
  MISSING_TOKEN,
  TomlError,
  parse
} from "./chunk-5Q2QHADS.js";
import {
  applyEdits,
  bySeverity,
  countFindings,
  escapeControls,
  frameLine,
  lint,
  plural
} from "./chunk-KOGUILDU.js";
import {
  describeError,
  errnoInWords
} from "./chunk-P2MRMTSO.js";
import {
  allRules,
  formatSize,
  parseRequiredIndex,
  parseSize
} from "./chunk-JD2MU42I.js";
import {
  displayPathOf,
  nearestName
} from "./chunk-C74ZEOQR.js";
import {
  TOOL_VERSION
} from "./chunk-ORJKIM7M.js";
import {
  lockName,
  lockWords
} from "./chunk-BJJ7RUVL.js";
import {
  LineIndex
} from "./chunk-3A7T3MXJ.js";
import {
  UsageError
} from "./chunk-KMD5P3L4.js";

// src/cli/main.ts
import { readFileSync as readFileSync2, writeFileSync as writeFileSync2 } from "node:fs";
import path4 from "node:path";

// src/config.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
var RUNNERS = ["supabase", "psql", "transaction"], SHADOW_ON_ERROR = ["skip-statement", "rollback-file"], FAIL_ON_VALUES = ["error", "warning", "info", "never"], SEVERITY_SETTINGS = ["error", "warning", "info", "off"];
function defaultConfig(baseDir = process.cwd()) {
  return {
    migrations: "supabase/migrations",
    runner: "supabase",
    exposedSchemas: ["public"],
    failOn: "error",
    audit: { tables: ["audit_logs"], partitionKey: "created_at", runwayMonths: 3 },
    phi: {
      tables: ["messages", "structured_notes", "conversations", "part2_consents"],
      cacheAllow: ["programs", "clients", "user_roles"],
      source: ["src/**/*.{ts,tsx,js,mjs}", "supabase/functions/**/*.ts"],
      clients: ["ioredis", "redis", "@redis/client", "@upstash/redis", "@vercel/kv", "upstash_redis"],
      wrappers: ["cache"]
    },
    shadow: { onError: "skip-statement" },
    realtime: { publications: ["supabase_realtime"] },
    indexes: { required: DEFAULT_REQUIRED_INDEXES.map((entry) => parseRequiredIndex(entry)) },
    platform: { pitrDays: 30, readReplica: !0, timeoutSeconds: 10 },
    locks: { smallTableRows: 1e4 },
    health: defaultHealthConfig(),
    rules: {},
    baseDir
  };
}
function defaultHealthConfig() {
  return {
    minCalls: 50,
    p95Ms: 150,
    alertMs: 1e3,
    auditP95Ms: 50,
    connectionsTarget: 70,
    connectionsAlert: 80,
    sizeFloor: "1MB",
    sizeFloorBytes: 1024 * 1024,
    bloatPct: 30,
    seqScanMin: 1e3,
    cacheHitPct: 80,
    highWriteTables: []
  };
}
var DEFAULT_REQUIRED_INDEXES = [
  "messages(conversation_id, created_at desc)",
  "audit_logs(user_id, action, created_at desc)",
  "conversations(user_id, updated_at desc)"
], CONFIG_NAME = "scribe-lint.toml";
function loadConfig(options) {
  let file = options.file !== void 0 ? path.resolve(options.cwd, options.file) : findConfig(options.cwd);
  if (file === void 0) return defaultConfig(options.cwd);
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    let shown = options.file ?? (path.relative(options.cwd, file) || file);
    throw new UsageError(`cannot read config ${shown}: ${describeError(error)}`);
  }
  return parseConfig(text, { file, knownRuleIds: options.knownRuleIds });
}
function findConfig(cwd) {
  for (let folder = path.resolve(cwd); ; folder = path.dirname(folder)) {
    let candidate = path.join(folder, CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    if (existsSync(path.join(folder, ".git")) || path.dirname(folder) === folder) return;
  }
}
function parseConfig(text, options) {
  let shown = path.relative(process.cwd(), options.file) || options.file, table;
  try {
    table = parse(text);
  } catch (error) {
    let where = error instanceof TomlError ? ` (line ${error.line}, column ${error.column})` : "", first = error.message.split(`
`)[0];
    throw new UsageError(`${shown}: invalid TOML${where}: ${first}`);
  }
  let config = defaultConfig(path.dirname(options.file));
  config.file = options.file;
  let read = new ConfigReader(shown);
  return read.topLevel(table, config), read.rules(table.rules, config, options.knownRuleIds), config;
}
var ConfigReader = class {
  constructor(fileName) {
    this.fileName = fileName;
  }
  fileName;
  topLevel(table, config) {
    for (let [key, value] of Object.entries(table))
      switch (key) {
        case "migrations":
          config.migrations = this.string(key, value);
          break;
        case "runner":
          config.runner = this.oneOf(key, value, RUNNERS);
          break;
        case "exposed_schemas":
          config.exposedSchemas = this.strings(key, value);
          break;
        case "fail_on":
          config.failOn = this.oneOf(key, value, FAIL_ON_VALUES);
          break;
        case "audit":
          this.audit(this.table(key, value), config);
          break;
        case "phi":
          this.phi(this.table(key, value), config);
          break;
        case "shadow":
          this.shadow(this.table(key, value), config);
          break;
        case "realtime":
          this.realtime(this.table(key, value), config);
          break;
        case "indexes":
          this.indexes(this.table(key, value), config);
          break;
        case "platform":
          this.platform(this.table(key, value), config);
          break;
        case "locks":
          this.locks(this.table(key, value), config);
          break;
        case "health":
          this.health(this.table(key, value), config);
          break;
        case "rules":
          break;
        // validated separately against the rule registry
        default:
          this.unknown(key, TOP_LEVEL_KEYS);
      }
  }
  audit(table, config) {
    for (let [key, value] of Object.entries(table)) {
      let name = `audit.${key}`;
      key === "tables" ? config.audit.tables = this.strings(name, value) : key === "partition_key" ? config.audit.partitionKey = this.string(name, value) : key === "runway_months" ? config.audit.runwayMonths = this.positiveInteger(name, value) : this.unknown(name, AUDIT_KEYS);
    }
  }
  phi(table, config) {
    for (let [key, value] of Object.entries(table)) {
      let name = `phi.${key}`;
      key === "tables" ? config.phi.tables = this.strings(name, value) : key === "cache_allow" ? config.phi.cacheAllow = this.strings(name, value) : key === "source" ? config.phi.source = this.strings(name, value) : key === "clients" ? config.phi.clients = this.strings(name, value) : key === "wrappers" ? config.phi.wrappers = this.strings(name, value) : this.unknown(name, PHI_KEYS);
    }
  }
  shadow(table, config) {
    for (let [key, value] of Object.entries(table)) {
      let name = `shadow.${key}`;
      key === "on_error" ? config.shadow.onError = this.oneOf(name, value, SHADOW_ON_ERROR) : this.unknown(name, SHADOW_KEYS);
    }
  }
  realtime(table, config) {
    for (let [key, value] of Object.entries(table)) {
      let name = `realtime.${key}`;
      key === "publications" ? config.realtime.publications = this.strings(name, value) : this.unknown(name, REALTIME_KEYS);
    }
  }
  indexes(table, config) {
    for (let [key, value] of Object.entries(table)) {
      let name = `indexes.${key}`;
      key === "required" ? config.indexes.required = this.requiredIndexes(name, value) : this.unknown(name, INDEXES_KEYS);
    }
  }
  platform(table, config) {
    for (let [key, value] of Object.entries(table)) {
      let name = `platform.${key}`;
      key === "pitr_days" ? config.platform.pitrDays = this.positiveInteger(name, value) : key === "read_replica" ? config.platform.readReplica = this.boolean(name, value) : key === "timeout_seconds" ? config.platform.timeoutSeconds = this.positiveInteger(name, value) : this.unknown(name, PLATFORM_KEYS);
    }
  }
  locks(table, config) {
    for (let [key, value] of Object.entries(table)) {
      let name = `locks.${key}`;
      key === "small_table_rows" ? config.locks.smallTableRows = this.wholeNumber(name, value, 0, 1e12) : this.unknown(name, LOCKS_KEYS);
    }
  }
  health(table, config) {
    let health = config.health;
    for (let [key, value] of Object.entries(table)) {
      let name = `health.${key}`;
      key === "min_calls" ? health.minCalls = this.wholeNumber(name, value, 1, 1e9) : key === "p95_ms" ? health.p95Ms = this.wholeNumber(name, value, 1, 1e7) : key === "alert_ms" ? health.alertMs = this.wholeNumber(name, value, 1, 1e7) : key === "audit_p95_ms" ? health.auditP95Ms = this.wholeNumber(name, value, 1, 1e7) : key === "connections_target" ? health.connectionsTarget = this.wholeNumber(name, value, 1, 100) : key === "connections_alert" ? health.connectionsAlert = this.wholeNumber(name, value, 1, 100) : key === "size_floor" ? [health.sizeFloor, health.sizeFloorBytes] = this.size(name, value) : key === "bloat_pct" ? health.bloatPct = this.wholeNumber(name, value, 1, 100) : key === "seq_scan_min" ? health.seqScanMin = this.wholeNumber(name, value, 1, 1e12) : key === "cache_hit_pct" ? health.cacheHitPct = this.wholeNumber(name, value, 1, 100) : key === "high_write_tables" ? health.highWriteTables = this.strings(name, value) : this.unknown(name, HEALTH_KEYS);
    }
  }
  /** A whole number in [min, max]. */
  wholeNumber(key, value, min, max) {
    let number = typeof value == "bigint" ? Number(value) : value;
    return (typeof number != "number" || !Number.isInteger(number) || number < min || number > max) && this.fail(key, `a whole number from ${min} to ${max.toLocaleString("en-US")}`, value), number;
  }
  /** A size as PostgreSQL writes one (`1MB`, `512kB`), or a whole number of bytes: the text and the bytes. */
  size(key, value) {
    if (typeof value == "number" || typeof value == "bigint") {
      let bytes2 = this.wholeNumber(key, value, 0, Number.MAX_SAFE_INTEGER);
      return [String(bytes2), bytes2];
    }
    let bytes = typeof value == "string" ? parseSize(value) : void 0;
    return bytes === void 0 && this.fail(key, 'a size such as "1MB", "512kB" or a number of bytes', value), [value, bytes];
  }
  /** Each entry parsed now: a malformed one is named here, before any check runs. */
  requiredIndexes(key, value) {
    return this.strings(key, value).map((entry) => {
      let parsed = parseRequiredIndex(entry);
      if (!parsed)
        throw new UsageError(
          `${this.fileName}: "${key}" entry "${entry}" is not table(column [asc|desc], ...)`
        );
      return parsed;
    });
  }
  rules(value, config, knownRuleIds) {
    if (value === void 0) return;
    let table = this.table("rules", value);
    for (let [id, setting] of Object.entries(table)) {
      if (!knownRuleIds.includes(id))
        throw new UsageError(
          `${this.fileName}: unknown rule "rules.${id}"${suggestion(id, knownRuleIds)} (see \`scribe-lint rules\`)`
        );
      config.rules[id] = this.oneOf(`rules.${id}`, setting, SEVERITY_SETTINGS);
    }
  }
  fail(key, expected, value) {
    throw new UsageError(`${this.fileName}: "${key}" must be ${expected}, got ${describe(value)}`);
  }
  /** `known`: the keys valid where this one stands, for a "did you mean" suggestion. */
  unknown(key, known) {
    let leaf = key.slice(key.lastIndexOf(".") + 1);
    throw new UsageError(`${this.fileName}: unknown key "${key}"${suggestion(leaf, known)}`);
  }
  string(key, value) {
    return (typeof value != "string" || value === "") && this.fail(key, "a non-empty string", value), value;
  }
  strings(key, value) {
    return (!Array.isArray(value) || !value.every((item) => typeof item == "string" && item !== "")) && this.fail(key, "an array of non-empty strings", value), value;
  }
  boolean(key, value) {
    return typeof value != "boolean" && this.fail(key, "true or false", value), value;
  }
  positiveInteger(key, value) {
    let number = typeof value == "bigint" ? Number(value) : value;
    return (typeof number != "number" || !Number.isInteger(number) || number < 1 || number > 120) && this.fail(key, "a whole number from 1 to 120", value), number;
  }
  oneOf(key, value, allowed) {
    return (typeof value != "string" || !allowed.includes(value)) && this.fail(key, `one of ${allowed.map((item) => `"${item}"`).join(", ")}`, value), value;
  }
  table(key, value) {
    return (typeof value != "object" || value === null || Array.isArray(value) || value instanceof Date) && this.fail(key, "a table", value), value;
  }
}, TOP_LEVEL_KEYS = [
  "migrations",
  "runner",
  "exposed_schemas",
  "fail_on",
  "audit",
  "phi",
  "shadow",
  "realtime",
  "indexes",
  "platform",
  "locks",
  "health",
  "rules"
], AUDIT_KEYS = ["tables", "partition_key", "runway_months"], PHI_KEYS = ["tables", "cache_allow", "source", "clients", "wrappers"], SHADOW_KEYS = ["on_error"], REALTIME_KEYS = ["publications"], INDEXES_KEYS = ["required"], PLATFORM_KEYS = ["pitr_days", "read_replica", "timeout_seconds"], LOCKS_KEYS = ["small_table_rows"], HEALTH_KEYS = [
  "min_calls",
  "p95_ms",
  "alert_ms",
  "audit_p95_ms",
  "connections_target",
  "connections_alert",
  "size_floor",
  "bloat_pct",
  "seq_scan_min",
  "cache_hit_pct",
  "high_write_tables"
];
function suggestion(given, known) {
  let best = nearestName(given, known, Math.max(2, Math.floor(given.length / 3)), { ignoreCase: !0 });
  return best !== void 0 ? `; did you mean "${best}"?` : "";
}
function describe(value) {
  return Array.isArray(value) ? "an array" : value instanceof Date ? "a date" : typeof value == "string" ? `"${value}"` : typeof value == "object" && value !== null ? "a table" : String(value);
}

// src/baseline/report.ts
function isMeasured(value) {
  return !(typeof value == "object" && value !== null && "notMeasured" in value);
}
var BASELINE_FORMATS = ["pretty", "markdown", "json"];
function renderBaseline(baseline, format) {
  if (format === "json")
    return `${JSON.stringify({ ...baseline, successMetrics: successMetrics(baseline) }, null, 2)}
`;
  let sections = baselineSections(baseline);
  return format === "markdown" ? markdown(baseline, sections) : pretty(baseline, sections);
}
function successMetrics(baseline) {
  let { database, targets } = baseline;
  return [
    latencyMetric("p95 query latency", database.p95Ms, targets.p95Ms),
    connectionMetric(database.connections, targets.connectionsPct),
    latencyMetric("Audit log query time", database.auditP95Ms, targets.auditP95Ms),
    cacheMetric(database.cache, targets.cacheHitPct),
    {
      metric: "Analytics query impact",
      measured: "not measured: scribe-lint cannot tell analytics queries apart (see read-replica)",
      target: "Zero impact"
    }
  ];
}
function connectionMetric(use, targetPct) {
  let metric = "Connection pool usage", target = `< ${targetPct} %`;
  if (!isMeasured(use)) return { metric, measured: `not measured: ${use.notMeasured}`, target };
  if (use.available <= 0)
    return { metric, measured: "not measured: no connection slots for clients", target };
  let pct = 100 * use.clients / use.available;
  return {
    metric,
    measured: `${percent(pct)} (${use.clients} of ${use.available} connections)`,
    target,
    met: pct < targetPct
  };
}
function cacheMetric(cache, targetPct) {
  let metric = "Cache hit rate", target = `> ${targetPct} %`;
  if (!isMeasured(cache)) return { metric, measured: `not measured: ${cache.notMeasured}`, target };
  let reads = cache.hits + cache.misses;
  if (reads === 0) return { metric, measured: "not measured: Redis has served no reads yet", target };
  let pct = 100 * cache.hits / reads;
  return {
    metric,
    measured: `${percent(pct)} (${cache.hits} hits, ${cache.misses} misses)`,
    target,
    met: pct > targetPct
  };
}
function latencyMetric(metric, value, targetMs) {
  return isMeasured(value) ? {
    metric,
    measured: `${ms(value)} (p95 estimate)`,
    target: `< ${targetMs} ms`,
    met: value < targetMs
  } : { metric, measured: `not measured: ${value.notMeasured}`, target: `< ${targetMs} ms` };
}
function baselineSections(baseline) {
  let db = baseline.database;
  return [
    {
      title: "Success metrics",
      headers: ["metric", "measured", "target", "status"],
      rows: successMetrics(baseline).map((row) => [row.metric, row.measured, row.target, status(row.met)]),
      empty: ""
    },
    section("Largest tables", ["table", "total size"], db.largestTables, "no app tables", (row) => [
      row.table,
      formatSize(row.bytes)
    ]),
    section(
      "Slowest queries (by mean time)",
      ["#", "query", "calls", "total", "mean", "max"],
      db.slowestQueries,
      "no statements recorded yet",
      (row, index) => [
        `q${index + 1}`,
        cut(row.query, 80),
        String(row.calls),
        ms(row.totalMs),
        ms(row.meanMs),
        ms(row.maxMs)
      ]
    ),
    section(
      "Sequential scans on large tables",
      ["table", "seq scans", "rows read by them", "index scans", "rows fetched by them", "size"],
      db.seqScans,
      "none",
      (row) => [
        row.table,
        String(row.seqScan),
        String(row.seqTupRead),
        String(row.idxScan),
        String(row.idxTupFetch),
        formatSize(row.sizeBytes)
      ]
    ),
    section("Dead tuples (over 1,000)", ["table", "dead", "live", "% dead"], db.deadTuples, "none", (row) => [
      row.table,
      String(row.deadTuples),
      String(row.liveTuples),
      deadPct(row.deadTuples, row.liveTuples)
    ])
  ];
}
function section(title, headers, rows, none, cells) {
  return isMeasured(rows) ? { title, headers, rows: rows.map(cells), empty: none } : { title, headers, rows: [], empty: `not measured: ${rows.notMeasured}` };
}
function deadPct(dead, live) {
  return dead + live === 0 ? "0" : (100 * dead / (dead + live)).toFixed(2);
}
function pretty(baseline, sections) {
  let lines = [`scribe-lint baseline of ${baseline.database.database} at ${baseline.measuredAt}`, ""];
  for (let section2 of sections) {
    if (lines.push(section2.title), section2.rows.length === 0) lines.push(`  ${section2.empty}`);
    else {
      let widths = section2.headers.map(
        (header, column) => Math.max(header.length, ...section2.rows.map((row) => row[column].length))
      ), line = (cells) => `  ${cells.map((cell3, column) => cell3.padEnd(widths[column])).join("  ")}`.trimEnd();
      lines.push(
        line(section2.headers),
        line(widths.map((width) => "-".repeat(width))),
        ...section2.rows.map(line)
      );
    }
    lines.push("");
  }
  return lines.push(ESTIMATE_NOTE), `${lines.join(`
`)}
`;
}
function markdown(baseline, sections) {
  let lines = [
    `## scribe-lint baseline of \`${baseline.database.database}\``,
    "",
    `Measured ${baseline.measuredAt}.`,
    ""
  ];
  for (let section2 of sections) {
    if (lines.push(`### ${section2.title}`, ""), section2.rows.length === 0) lines.push(`_${cell(section2.empty)}_`);
    else {
      lines.push(`| ${section2.headers.join(" | ")} |`, `| ${section2.headers.map(() => "---").join(" | ")} |`);
      for (let row of section2.rows) lines.push(`| ${row.map(cell).join(" | ")} |`);
    }
    lines.push("");
    let chart = chartFor(section2.title, baseline);
    chart && lines.push(chart, "");
  }
  return lines.push(`_${ESTIMATE_NOTE}_`), `${lines.join(`
`)}
`;
}
var ESTIMATE_NOTE = "p95 figures are estimates: pg_stat_statements keeps only mean, standard deviation and maximum per statement, so each is taken as normal (cut at its maximum) and the statements are mixed by their calls.";
function chartFor(title, baseline) {
  let { largestTables, slowestQueries } = baseline.database;
  if (title === "Largest tables" && isMeasured(largestTables) && largestTables.length > 1)
    return barChart(
      "Largest tables (MB)",
      largestTables.map((row) => [row.table, row.bytes / 1048576])
    );
  if (title.startsWith("Slowest") && isMeasured(slowestQueries) && slowestQueries.length > 1)
    return barChart(
      "Slowest queries, mean (ms)",
      slowestQueries.map((row, index) => [`q${index + 1}`, row.meanMs])
    );
}
function barChart(title, bars) {
  let labels = bars.map(([label]) => `"${label.replaceAll('"', "'")}"`).join(", "), values = bars.map(([, value]) => Number(value.toFixed(2))).join(", ");
  return [
    "```mermaid",
    "xychart-beta",
    `  title "${title}"`,
    `  x-axis [${labels}]`,
    `  bar [${values}]`,
    "```"
  ].join(`
`);
}
function status(met) {
  return met === void 0 ? "not measured" : met ? "met" : "missed";
}
function ms(value) {
  return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
}
function percent(value) {
  return `${value.toFixed(1)} %`;
}
function cut(text, width) {
  let line = text.replace(/\s+/g, " ").trim();
  return line.length <= width ? line : `${line.slice(0, width - 1)}\u2026`;
}
function cell(text) {
  return text.replace(/\r?\n/g, " ").replaceAll("|", "\\|").replaceAll("`", "'").replace(/<(?=[A-Za-z/!?])/g, "&lt;");
}

// src/report/github.ts
var COMMAND = { error: "error", warning: "warning", info: "notice" }, githubReporter = ({ result }) => bySeverity(
  result.findings.filter((finding) => !finding.suppressed && finding.isNew !== !1)
).map(annotation).join("");
function annotation(finding) {
  let properties = [];
  if (finding.location) {
    let { file, line, column, endLine, endColumn } = finding.location;
    properties.push(
      `file=${file}`,
      `line=${line}`,
      `col=${column}`,
      `endLine=${endLine}`,
      `endColumn=${endColumn}`
    );
  }
  properties.push(`title=scribe-lint ${finding.ruleId}`);
  let object = finding.object && !finding.location ? `${finding.object}: ` : "", property = properties.map((entry) => {
    let at = entry.indexOf("=");
    return `${entry.slice(0, at)}=${escapeProperty(entry.slice(at + 1))}`;
  });
  return `::${COMMAND[finding.severity]} ${property.join(",")}::${escapeData(object + finding.message)}
`;
}
function escapeData(text) {
  return percentEscape(escapeControls(text, `\r
`));
}
function escapeProperty(text) {
  return percentEscape(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function percentEscape(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

// src/rule-docs.ts
var REPOSITORY_URL = "https://github.com/mental-scribe/scribe-lint";
function docsUrl(ruleId) {
  return `${REPOSITORY_URL}/blob/main/rules/${ruleId}.md`;
}

// src/report/json.ts
var jsonReporter = ({ result, toolVersion }) => {
  let counts = countFindings(result.findings), report = {
    findings: result.findings.map(flatten),
    summary: {
      tool: { name: "scribe-lint", version: toolVersion },
      files: result.fileCount,
      statements: result.statementCount,
      errors: counts.error,
      warnings: counts.warning,
      infos: counts.info,
      suppressed: counts.suppressed,
      existing: counts.existing,
      failOn: result.failOn,
      failed: result.failed,
      schema: result.schemaMode ?? null,
      replay: result.replay ?? null,
      redis: result.redis ?? null,
      nothingFound: result.nothingFound ?? null,
      rulesNotRun: result.rulesNotRun ?? [],
      suppressions: result.suppressions.map((suppression) => ({
        file: suppression.location.file,
        line: suppression.location.line,
        rules: suppression.ruleIds,
        reason: suppression.reason
      }))
    }
  };
  return `${JSON.stringify(report, null, 2)}
`;
};
function flatten(finding) {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    ...finding.location && {
      file: finding.location.file,
      line: finding.location.line,
      column: finding.location.column,
      endLine: finding.location.endLine,
      endColumn: finding.location.endColumn
    },
    ...finding.object !== void 0 && { object: finding.object },
    ...finding.suppressed && { suppressed: !0, suppressionReason: finding.suppressed.reason },
    ...finding.isNew !== void 0 && { new: finding.isNew },
    ...finding.fix && { fix: fixOf(finding.fix) },
    docsUrl: docsUrl(finding.ruleId)
  };
}
function fixOf(fix) {
  return {
    ...fix.sql !== void 0 && { sql: fix.sql },
    ...fix.edits !== void 0 && {
      edits: fix.edits.map(({ file, start, end, text }) => ({ file, start, end, text }))
    }
  };
}

// src/report/existing.ts
function isExisting(finding) {
  return finding.isNew === !1;
}
function newFirst(findings, showExisting = !1) {
  let fresh = findings.filter((finding) => !isExisting(finding)), existing = findings.filter(isExisting);
  return showExisting ? { shown: [...fresh, ...existing], collapsed: [] } : { shown: fresh, collapsed: existing };
}
function countPerRule(findings) {
  return rulesWithCounts(findings).map(([ruleId, count]) => `${count} ${ruleId}`).join(", ");
}
function rulesWithCounts(findings) {
  let counts = /* @__PURE__ */ new Map();
  for (let finding of findings) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  return [...counts].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b));
}

// src/report/fix-text.ts
function fixedLines(edits, readSource) {
  let shown = [];
  for (let [file, fileEdits] of groupByFile(edits)) {
    let source = readSource(file);
    if (source !== void 0)
      try {
        shown.push(...clustersOf(file, source, fileEdits));
      } catch {
      }
  }
  return shown;
}
function groupByFile(edits) {
  let files = /* @__PURE__ */ new Map();
  for (let edit of edits) files.set(edit.file, [...files.get(edit.file) ?? [], edit]);
  return files;
}
function clustersOf(file, source, edits) {
  let index = new LineIndex(source);
  if (edits.some((edit) => edit.start < 0 || edit.end < edit.start || edit.end > index.byteLength))
    throw new RangeError("edit outside the file");
  let clusters = [];
  for (let edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    let startLine = index.position(edit.start).line, endLine = index.position(edit.end).line, last = clusters.at(-1);
    last && startLine <= last.endLine ? (last.endLine = Math.max(last.endLine, endLine), last.edits.push(edit)) : clusters.push({ startLine, endLine, edits: [edit] });
  }
  let lineShift = 0;
  return clusters.map((cluster) => {
    let from = index.lineStart(cluster.startLine), to = index.lineStart(cluster.endLine + 1), before = index.slice(from, to), shifted = cluster.edits.map((edit) => ({
      ...edit,
      start: edit.start - from,
      end: edit.end - from
    })), after = applyEdits(before, shifted), firstLine = cluster.startLine + lineShift;
    lineShift += newlines(after) - newlines(before);
    let lines = after.replace(/\r?\n$/, "").split(`
`);
    return { file, firstLine, lines: lines.map((line) => line.replace(/\r$/, "")) };
  });
}
function newlines(text) {
  return text.split(`
`).length - 1;
}
function sqlLines(sql) {
  return sql.replace(/^\s*\n|\s+$/g, "").split(/\r?\n/);
}
function fenceFor(text) {
  let longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  return "`".repeat(Math.max(3, longest + 1));
}

// src/report/notes.ts
function nothingFoundText(nothingFound) {
  return `no migration files (.sql) found in ${escapeControls(nothingFound.lookedAt)}`;
}
var NOTHING_FOUND_HINT = "to lint another folder, set `migrations` in scribe-lint.toml or pass it as an argument: scribe-lint path/to/migrations";
function notRunGroups(notRun) {
  let byReason = /* @__PURE__ */ new Map();
  for (let { ruleId, reason } of notRun) byReason.set(reason, [...byReason.get(reason) ?? [], ruleId]);
  return [...byReason].map(([reason, ruleIds]) => ({ reason, ruleIds }));
}
function notRunText(notRun, code = (id) => id) {
  return notRunGroups(notRun).map((group) => `${group.ruleIds.map(code).join(", ")} (${group.reason})`).join("; ");
}

// src/report/markdown.ts
var ICON = { error: "\u{1F534}", warning: "\u{1F7E1}", info: "\u{1F535}" }, markdownReporter = (input) => [
  headline(input),
  runNotes(input),
  findingsSection(input),
  fixesSection(input),
  suppressionsTable(input),
  locksTable(input),
  schemaStatus(input)
].filter((part) => part !== "").join(`

`) + `
`;
function headline({ result }) {
  let counts = countFindings(result.findings), open = counts.error + counts.warning + counts.info, scope = `${plural(result.fileCount, "migration file")}, ${plural(result.statementCount, "statement")}`;
  if (open === 0 && result.nothingFound)
    return `### \u26A0\uFE0F scribe-lint: no migration files found

Checked ${scope}.${extras(counts)}`;
  if (open === 0)
    return `### \u2705 scribe-lint: no findings

Checked ${scope}.${extras(counts)}`;
  let parts = [plural(counts.error, "error"), plural(counts.warning, "warning")];
  return counts.info > 0 && parts.push(`${counts.info} info`), `### ${result.failed ? "\u274C" : "\u26A0\uFE0F"} scribe-lint: ${parts.join(", ")}

Checked ${scope}.${extras(counts)}`;
}
function runNotes({ result }) {
  let notes = [];
  return result.nothingFound && notes.push(`> \u26A0\uFE0F ${cell2(nothingFoundText(result.nothingFound))}; ${NOTHING_FOUND_HINT}.`), result.rulesNotRun && result.rulesNotRun.length > 0 && notes.push(`Not run: ${notRunText(result.rulesNotRun, (id) => `\`${id}\``)}.`), notes.join(`

`);
}
function extras(counts) {
  let notes = [];
  return counts.suppressed > 0 && notes.push(`${counts.suppressed} suppressed with a reason`), counts.existing > 0 && notes.push(`${counts.existing} existing (outside the changed files, not failing)`), notes.length > 0 ? ` Also ${notes.join("; ")}.` : "";
}
function findingsSection(input) {
  let open = input.result.findings.filter((finding) => !finding.suppressed), { shown, collapsed } = newFirst(open, input.showExisting);
  return [findingsTable(shown), existingDetails(collapsed)].filter((part) => part !== "").join(`

`);
}
function fixesSection(input) {
  let open = input.result.findings.filter((finding) => !finding.suppressed), entries = rankFindings(newFirst(open, input.showExisting).shown).filter((finding) => finding.fix).flatMap((finding) => fixEntries(finding, input));
  return entries.length === 0 ? "" : ["#### Fixes", ...entries].join(`

`);
}
function fixEntries(finding, input) {
  let title = `[\`${finding.ruleId}\`](${docsUrl(finding.ruleId)}) at ${cell2(locationText(finding))}`, entries = [];
  for (let run of fixedLines(finding.fix?.edits ?? [], input.readSource)) {
    let where = run.file === finding.location?.file ? "" : ` \`${escapeControls(run.file)}\``, last = run.firstLine + run.lines.length - 1, lines = last > run.firstLine ? `lines ${run.firstLine}-${last}` : `line ${run.firstLine}`;
    entries.push(`${title}: change${where} ${lines} to

${sqlBlock(run.lines)}`);
  }
  let sql = finding.fix?.sql;
  return sql !== void 0 && sql.trim() !== "" && entries.push(`${title}: add in a new migration

${sqlBlock(sqlLines(sql))}`), entries;
}
function sqlBlock(lines) {
  let text = lines.map((line) => escapeControls(line, "	")).join(`
`), fence = fenceFor(text);
  return `${fence}sql
${text}
${fence}`;
}
function rankFindings(findings) {
  return [
    ...bySeverity(findings.filter((finding) => !isExisting(finding))),
    ...bySeverity(findings.filter(isExisting))
  ];
}
function findingsTable(findings) {
  let shown = rankFindings(findings.filter((finding) => !finding.suppressed));
  return shown.length === 0 ? "" : ["| Severity | Rule | Location | Message |", "| --- | --- | --- | --- |", ...shown.map(
    (finding) => `| ${ICON[finding.severity]} ${finding.severity} | [\`${finding.ruleId}\`](${docsUrl(finding.ruleId)}) | ${cell2(locationText(finding))} | ${cell2(finding.message)}${finding.isNew === !1 ? " _(existing)_" : ""} |`
  )].join(`
`);
}
function existingDetails(collapsed) {
  if (collapsed.length === 0) return "";
  let rows = rulesWithCounts(collapsed).map(
    ([ruleId, count]) => `| [\`${ruleId}\`](${docsUrl(ruleId)}) | ${count} |`
  );
  return [
    `<details><summary>${plural(collapsed.length, "existing finding")} not in the change: ${countPerRule(collapsed)}</summary>`,
    "",
    "| Rule | Existing |",
    "| --- | --- |",
    ...rows,
    "",
    "They do not fail the check; `--show-existing` lists them in full.",
    "",
    "</details>"
  ].join(`
`);
}
function locationText(finding) {
  if (!finding.location) return `\`${escapeControls(finding.object ?? "")}\``;
  let { file, line, column } = finding.location;
  return `\`${escapeControls(file)}:${line}:${column}\``;
}
function suppressionsTable({ result }) {
  return result.suppressions.length === 0 ? "" : ["#### Suppressions", "", "| Where | Rules | Reason |", "| --- | --- | --- |", ...result.suppressions.map(
    (suppression) => `| \`${escapeControls(suppression.location.file)}:${suppression.location.line}\` | ${suppression.ruleIds.map((id) => `\`${id}\``).join(", ")} | ${cell2(suppression.reason)} |`
  )].join(`
`);
}
var MAX_LOCK_ROWS = 200;
function locksTable({ result }) {
  let locks = result.locks;
  if (!locks || locks.length === 0) return "";
  let rows = locks.slice(0, MAX_LOCK_ROWS).map(
    (lock) => `| \`${escapeControls(lock.file)}\` | ${lock.line} | \`${cell2(lock.relation)}\` | ${lockName(lock.mode)} | ${lockWords(lock.mode).replace(/^blocks /, "")} |`
  ), more = locks.length - rows.length;
  return [
    "#### Locks on existing tables",
    "",
    "| File | Line | Relation | Lock | Blocks |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
    ...more > 0 ? ["", `And ${plural(more, "more lock")}, not shown.`] : []
  ].join(`
`);
}
function schemaStatus({ result }) {
  if (result.schemaMode === "live") return `#### Schema

Checked against the live database (read-only).`;
  let replay = result.replay;
  if (!replay) return "";
  let errors = replay.errors.length, state = errors === 0 ? "complete" : `incomplete: ${plural(errors, "replay error")}, later objects may be missing`;
  return `#### Shadow replay

Replayed ${plural(replay.filesReplayed, "file")} and ${plural(replay.statementsReplayed, "statement")} into the embedded database (${state}).`;
}
function cell2(text) {
  return escapeControls(text.replace(/\|/g, "\\|").replace(/\r?\n/g, " "));
}

// src/report/pretty.ts
var MAX_FRAME_LINES = 6;
function paint(enabled) {
  let wrap = (open, close) => (text) => enabled ? `\x1B[${open}m${text}\x1B[${close}m` : text, colours = {
    error: wrap(31, 39),
    warning: wrap(33, 39),
    info: wrap(36, 39)
  };
  return {
    severity: (severity, text) => colours[severity](text),
    dim: wrap(2, 22),
    bold: wrap(1, 22),
    link: (url, text) => enabled ? `\x1B]8;;${url}\x1B\\${text}\x1B]8;;\x1B\\` : text
  };
}
var prettyReporter = (input) => {
  let style = paint(input.color ?? !1), open = input.result.findings.filter((finding) => !finding.suppressed), { shown, collapsed } = newFirst(open, input.showExisting);
  return [...shown.map(
    (finding, index) => renderFinding(finding, input, style, sameFrame(shown[index - 1], finding))
  ), ...collapsedLine(collapsed, style), summary(input, style)].join(`
`);
};
function collapsedLine(collapsed, style) {
  if (collapsed.length === 0) return [];
  let note = style.dim("(not in the change; --show-existing prints them)");
  return [`existing: ${escapeControls(countPerRule(collapsed))} ${note}
`];
}
function sameFrame(previous, finding) {
  let a = previous?.location, b = finding.location;
  return !a || !b ? !1 : a.file === b.file && a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn;
}
function renderFinding(finding, input, style, frameShown) {
  let label = finding.isNew === !1 ? `${finding.severity} (existing)` : finding.severity, rule = style.link(docsUrl(finding.ruleId), finding.ruleId), message = escapeControls(finding.message, `
`), object = finding.object && escapeControls(finding.object), lines = [
    `${style.bold(style.severity(finding.severity, `${label}[${rule}]`))}${style.bold(`: ${message}`)}`
  ];
  if (finding.location) {
    let { file, line, column } = finding.location;
    lines.push(
      `  ${style.dim("-->")} ${escapeControls(file)}:${line}:${column}${object ? style.dim(`  (${object})`) : ""}`
    ), frameShown || lines.push(...codeFrame(finding.location, input.readSource(file), finding.severity, style));
  } else object && lines.push(`  ${style.dim("-->")} ${object}`);
  return lines.push(...helpBlock(finding, input, style)), lines.push(`   ${style.dim("= docs:")} ${docsUrl(finding.ruleId)}`, ""), lines.join(`
`);
}
function helpBlock(finding, input, style) {
  let fix = finding.fix;
  if (!fix) return [];
  let help = [];
  for (let run of fixedLines(fix.edits ?? [], input.readSource)) {
    let where = run.file === finding.location?.file ? "" : ` ${escapeControls(run.file)}`;
    help.push(`   ${style.dim("= help:")} change${where} to:`);
    let width = String(run.firstLine + run.lines.length - 1).length;
    run.lines.forEach((text, offset) => {
      let gutter = style.dim(`${String(run.firstLine + offset).padStart(width)} |`);
      help.push(`     ${gutter} ${frameLine(text, 0, 0).text}`);
    });
  }
  if (fix.sql !== void 0 && fix.sql.trim() !== "") {
    help.push(`   ${style.dim("= help:")} add in a new migration:`);
    for (let text of sqlLines(fix.sql)) help.push(`       ${escapeControls(text)}`.trimEnd());
  }
  return help;
}
function codeFrame(location, source, severity, style) {
  if (source === void 0) return [];
  let fileLines = source.split(`
`), last = Math.min(location.endLine, fileLines.length), gutterWidth = String(last).length, gutter = (label) => style.dim(`${label.padStart(gutterWidth)} |`), frame = [gutter("")];
  for (let line = location.line; line <= last; line++) {
    let elideFrom = location.line + MAX_FRAME_LINES - 2;
    if (last - location.line + 1 > MAX_FRAME_LINES && line >= elideFrom && line < last) {
      line === elideFrom && frame.push(style.dim(`${".".repeat(gutterWidth)} |`));
      continue;
    }
    let text = (fileLines[line - 1] ?? "").replace(/\r$/, ""), from = line === location.line ? location.column - 1 : leadingSpace(text), to = line === location.endLine ? location.endColumn - 1 : text.length, shown = frameLine(text, from, Math.max(from, to)), carets = style.severity(severity, "^".repeat(shown.underlineWidth));
    frame.push(`${gutter(String(line))} ${shown.text}`), frame.push(`${gutter("")} ${" ".repeat(shown.underlineStart)}${carets}`);
  }
  return frame;
}
function leadingSpace(text) {
  return text.length - text.trimStart().length;
}
function summary(input, style) {
  let { result } = input, counts = countFindings(result.findings), scope = `${plural(result.fileCount, "file")}, ${plural(result.statementCount, "statement")}`, open = counts.error + counts.warning + counts.info, lines = [];
  if (open === 0 && result.nothingFound)
    lines.push(
      style.bold(`${style.severity("warning", "!")} ${nothingFoundText(result.nothingFound)} (${scope})`)
    );
  else if (open === 0)
    lines.push(style.bold(`\u2714 no findings (${scope})`));
  else {
    let parts = [plural(counts.error, "error"), plural(counts.warning, "warning")];
    counts.info > 0 && parts.push(`${counts.info} info`);
    let mark = result.failed ? style.severity("error", "\u2716") : style.severity("warning", "!");
    lines.push(style.bold(`${mark} ${parts.join(", ")} (${scope})`));
  }
  if (result.nothingFound && (open > 0 && lines.push(`  ${nothingFoundText(result.nothingFound)}`), lines.push(`  ${NOTHING_FOUND_HINT}`)), result.rulesNotRun && result.rulesNotRun.length > 0 && lines.push(`  not run: ${notRunText(result.rulesNotRun)}`), counts.existing > 0 && lines.push(`  ${counts.existing} existing outside the changed files (not failing)`), result.replay) {
    let errors = result.replay.errors.length;
    lines.push(
      `  shadow: replayed ${plural(result.replay.filesReplayed, "file")}, ${plural(result.replay.statementsReplayed, "statement")}` + (errors > 0 ? `; ${plural(errors, "replay error")}, so the shadow schema is incomplete` : "")
    );
  }
  result.schemaMode === "live" && lines.push("  schema: live database, read-only"), result.redis && lines.push(
    `  redis: scanned ${plural(result.redis.scannedKeys, "key")}${result.redis.complete ? "" : " (budget reached, scan incomplete)"}`
  );
  for (let suppression of result.suppressions) {
    let where = `${suppression.location.file}:${suppression.location.line}`;
    lines.push(
      `  suppressed ${suppression.ruleIds.join(", ")} at ${escapeControls(where)}: ${escapeControls(suppression.reason)}`
    );
  }
  return `${lines.join(`
`)}
`;
}

// src/report/sarif.ts
import { createHash } from "node:crypto";
var LEVEL = {
  error: "error",
  warning: "warning",
  info: "note"
}, sarifReporter = (input) => {
  let fingerprints = new Fingerprinter(input.readSource), log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "scribe-lint",
            version: input.toolVersion,
            informationUri: REPOSITORY_URL,
            rules: input.rules.map(describeRule)
          }
        },
        invocations: [{ executionSuccessful: !0, toolExecutionNotifications: notifications(input.result) }],
        results: input.result.findings.map((finding) => toResult(finding, input, fingerprints))
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
};
function notifications(result) {
  let list = [];
  result.nothingFound && list.push({
    descriptor: { id: "nothing-found" },
    level: "warning",
    message: { text: `${nothingFoundText(result.nothingFound)}; ${NOTHING_FOUND_HINT}` }
  });
  for (let { ruleId, reason } of result.rulesNotRun ?? [])
    list.push({
      descriptor: { id: "rule-not-run" },
      associatedRule: { id: ruleId },
      level: "note",
      message: { text: `${ruleId} did not run: ${reason}` }
    });
  return list;
}
function describeRule(rule) {
  return {
    id: rule.meta.id,
    name: rule.meta.id,
    shortDescription: { text: rule.meta.description },
    fullDescription: { text: `${rule.meta.description} Sources: ${rule.meta.sources.join(", ")}.` },
    helpUri: docsUrl(rule.meta.id),
    help: { text: `See ${docsUrl(rule.meta.id)}` },
    defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity] }
  };
}
function toResult(finding, input, fingerprints) {
  let ruleIndex = input.rules.findIndex((rule) => rule.meta.id === finding.ruleId), location = {};
  if (finding.location) {
    let { file, line, column, endLine, endColumn } = finding.location;
    location.physicalLocation = {
      artifactLocation: { uri: file },
      region: { startLine: line, startColumn: column, endLine, endColumn }
    };
  }
  return finding.object && (location.logicalLocations = [{ fullyQualifiedName: finding.object }]), {
    ruleId: finding.ruleId,
    ...ruleIndex >= 0 && { ruleIndex },
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    ...Object.keys(location).length > 0 && { locations: [location] },
    partialFingerprints: { "scribeLint/v1": fingerprints.of(finding) },
    ...finding.suppressed && {
      suppressions: [{ kind: "inSource", justification: finding.suppressed.reason }]
    },
    ...finding.fix?.edits && finding.fix.edits.length > 0 && { fixes: [editFix(finding, finding.fix.edits)] },
    // A fix must change an existing artifact; SQL for a migration that does not exist yet rides in the
    // property bag instead.
    ...finding.fix?.sql !== void 0 && { properties: { fixSql: finding.fix.sql } }
  };
}
function editFix(finding, edits) {
  let files = [...new Set(edits.map((edit) => edit.file))];
  return {
    description: { text: `The fix for ${finding.ruleId}, as \`scribe-lint fix\` applies it.` },
    artifactChanges: files.map((file) => ({
      artifactLocation: { uri: file },
      replacements: edits.filter((edit) => edit.file === file).map((edit) => ({
        deletedRegion: { byteOffset: edit.start, byteLength: edit.end - edit.start },
        insertedContent: { text: edit.text }
      }))
    }))
  };
}
var Fingerprinter = class {
  constructor(readSource) {
    this.readSource = readSource;
  }
  readSource;
  seen = /* @__PURE__ */ new Map();
  lineCache = /* @__PURE__ */ new Map();
  of(finding) {
    let anchor = finding.location ? this.lineText(finding.location.file, finding.location.line) : "", subject = finding.location?.file ?? finding.object ?? "", base = hash(`${finding.ruleId}\0${subject}\0${finding.object ?? ""}\0${anchor}`), occurrence = (this.seen.get(base) ?? 0) + 1;
    return this.seen.set(base, occurrence), `${base}:${occurrence}`;
  }
  lineText(file, line) {
    return this.lineCache.has(file) || this.lineCache.set(file, this.readSource(file)?.split(`
`)), (this.lineCache.get(file)?.[line - 1] ?? "").replace(/\s+/g, " ").trim();
  }
};
function hash(text) {
  return createHash("sha256").update(text).digest("hex").slice(0, 32);
}

// src/report/types.ts
var FORMATS = ["pretty", "json", "sarif", "github", "markdown"];

// src/report/index.ts
var REPORTERS = {
  pretty: prettyReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter,
  markdown: markdownReporter
};

// src/cli/args.ts
import { parseArgs } from "node:util";
var OPTIONS = {
  db: { type: "string" },
  redis: { type: "string" },
  "supabase-project": { type: "string" },
  "no-shadow": { type: "boolean", default: !1 },
  "no-cache": { type: "boolean", default: !1 },
  since: { type: "string" },
  "show-existing": { type: "boolean", default: !1 },
  format: { type: "string", short: "f", default: "pretty" },
  output: { type: "string", short: "o" },
  config: { type: "string", short: "c" },
  "fail-on": { type: "string" },
  now: { type: "string" },
  debug: { type: "boolean", default: !1 },
  force: { type: "boolean", default: !1 },
  "dry-run": { type: "boolean", default: !1 },
  help: { type: "boolean", short: "h", default: !1 },
  version: { type: "boolean", short: "v", default: !1 }
};
function parseCliArgs(argv, env) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: !0, strict: !0 });
  } catch (error) {
    throw new UsageError(`${error.message.split(`
`)[0]} (see \`scribe-lint --help\`)`);
  }
  let { values, positionals } = parsed, [first, ...rest] = positionals, command = values.help ? "help" : values.version ? "version" : first === "init" || first === "rules" || first === "baseline" || first === "fix" ? first : "lint", paths = command === "lint" ? positionals : rest;
  if ((command === "lint" || command === "fix") && checkThreads(env.SCRIBE_LINT_THREADS), command !== "lint" && command !== "fix" && paths.length > 0)
    throw new UsageError(`\`scribe-lint ${command}\` takes no paths`);
  if (values["dry-run"] && command !== "fix")
    throw new UsageError("--dry-run goes with `scribe-lint fix` (see `scribe-lint --help`)");
  return {
    command,
    paths,
    db: nonEmpty("--db", values.db),
    redis: nonEmpty("--redis", values.redis),
    supabaseProject: projectRef(values["supabase-project"]),
    shadow: !values["no-shadow"],
    cache: !values["no-cache"] && env.SCRIBE_LINT_NO_CACHE !== "1",
    since: nonEmpty("--since", values.since),
    showExisting: values["show-existing"],
    format: oneOf("--format", values.format, FORMATS),
    output: nonEmpty("--output", values.output),
    config: nonEmpty("--config", values.config),
    failOn: values["fail-on"] === void 0 ? void 0 : oneOf("--fail-on", values["fail-on"], FAIL_ON_VALUES),
    now: parseNow(values.now ?? env.SCRIBE_LINT_NOW, values.now !== void 0 ? "--now" : "SCRIBE_LINT_NOW"),
    debug: values.debug,
    force: values.force,
    dryRun: values["dry-run"]
  };
}
function checkThreads(value) {
  if (value !== void 0 && !/^[1-9][0-9]*$/.test(value.trim()))
    throw new UsageError(`SCRIBE_LINT_THREADS must be a whole number of at least 1; got "${value}"`);
}
function nonEmpty(flag, value) {
  if (value !== void 0) {
    if (value.trim() === "") throw new UsageError(`${flag} needs a value`);
    return value;
  }
}
function projectRef(value) {
  let ref = nonEmpty("--supabase-project", value)?.trim();
  if (ref !== void 0 && !/^[A-Za-z0-9_-]+$/.test(ref))
    throw new UsageError(`--supabase-project must be a project ref like abcdefghijklmnopqrst; got "${ref}"`);
  return ref;
}
function oneOf(flag, value, allowed) {
  if (!allowed.includes(value))
    throw new UsageError(`${flag} must be one of ${allowed.join(", ")}; got "${value}"`);
  return value;
}
var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;
function parseNow(value, source) {
  if (value === void 0) return;
  let invalid = () => new UsageError(`${source} must be a date like 2026-01-15; got "${value}"`), match = ISO_DATE.exec(value);
  if (!match) throw invalid();
  let [, year, month, day, hour = "00", minute = "00", second = "00"] = match, utc = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (!(utc.getUTCFullYear() === Number(year) && utc.getUTCMonth() === Number(month) - 1 && utc.getUTCDate() === Number(day)) || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) throw invalid();
  let date = new Date(match[4] === void 0 ? `${value}T00:00:00Z` : match[7] ? value : `${value}Z`);
  if (Number.isNaN(date.getTime())) throw invalid();
  return date;
}
var HELP = `scribe-lint: enforce the SPEC-2 database policy on a Supabase/PostgreSQL app

Usage:
  scribe-lint [paths...] [options]   lint migration files or folders (default: the config's
                                     \`migrations\`, else supabase/migrations)
  scribe-lint fix [--dry-run] [--since <git-ref>] [files...]
                                     apply the findings' fixes: edits to the migrations changed
                                     since <git-ref> or named, SQL as new migration files;
                                     --dry-run prints the diff and writes nothing
  scribe-lint init [--force]         write a commented scribe-lint.toml with the spec defaults
  scribe-lint rules                  list the rules with their severity and description
  scribe-lint baseline --db <url> [--redis <url>] [-f pretty|markdown|json]
                                     SPEC-2's performance baseline and success metrics, measured
                                     read-only on the live database (and Redis INFO)

Options:
  --db <url>              check a live database, read-only (DATABASE_URL is not read implicitly)
  --redis <url>           audit a live Redis keyspace (SCAN, TYPE, TTL only)
  --supabase-project <ref>
                          read the project's platform settings from the Supabase Management API
                          (GET only; token in SUPABASE_ACCESS_TOKEN, SUPABASE_API_URL overrides the URL)
  --no-shadow             skip the embedded replay of the migrations
  --no-cache              replay the whole history, without reading or writing the shadow's cache
                          (also SCRIBE_LINT_NO_CACHE=1; the folder: SCRIBE_LINT_CACHE_DIR, else the
                          XDG cache folder)
  --since <git-ref>       only findings in files changed since <git-ref> can fail the run; they
                          are listed first, the others as a count per rule
  --show-existing         with --since, list the findings outside the change in full too
  -f, --format <name>     pretty | json | sarif | github | markdown (default pretty)
  -o, --output <file>     write the report to a file instead of stdout
  -c, --config <file>     config file (default: the nearest scribe-lint.toml, up to the repo root)
  --fail-on <severity>    error | warning | info | never (default from config, else error)
  --now <date>            the clock for date rules (also SCRIBE_LINT_NOW)
  --debug                 print stack traces of internal errors
  -h, --help              show this help
  -v, --version           print the version

Exit codes: 0 clean, 1 findings at or above fail-on, 2 usage, config, file or connection error.
`;

// src/cli/init.ts
import { existsSync as existsSync2, writeFileSync } from "node:fs";
import path2 from "node:path";
function toml(value) {
  return Array.isArray(value) ? `[${value.map((item) => JSON.stringify(item)).join(", ")}]` : JSON.stringify(value);
}
function configTemplate(rules) {
  let d = defaultConfig(), ruleLines = rules.map((rule) => `# ${rule.meta.id} = "${rule.meta.defaultSeverity}"`).join(`
`);
  return `# scribe-lint configuration. Every key is optional; the values shown are the defaults from SPEC-2.

# Folder of migration files, applied by the runner in lexical order.
migrations = ${toml(d.migrations)}

# How migrations are applied, which decides where CONCURRENTLY may stand:
#   "supabase"    the Supabase CLI sends each file as one implicit transaction
#   "psql"        each statement autocommits unless wrapped in BEGIN ... COMMIT
#   "transaction" every file runs inside one transaction
runner = ${toml(d.runner)}

# Schemas exposed through the Data API: every table in them needs row level security.
exposed_schemas = ${toml(d.exposedSchemas)}

# The lowest severity that fails the run: "error", "warning", "info" or "never".
fail_on = ${toml(d.failOn)}

[audit]
# Append-only audit tables: immutable under RLS, partitioned by month.
tables = ${toml(d.audit.tables)}
# The column the audit tables are range-partitioned on.
partition_key = ${toml(d.audit.partitionKey)}
# Months of monthly partitions that must already exist, counted from the start of the current month
# (UTC) and including it: 3 means this month and the next two.
runway_months = ${d.audit.runwayMonths}

[phi]
# Tables holding PHI: never cached.
tables = ${toml(d.phi.tables)}
# Key prefixes that may be cached (each needs a TTL).
cache_allow = ${toml(d.phi.cacheAllow)}
# App and edge-function sources checked for cache writes.
source = ${toml(d.phi.source)}
# Modules whose clients are Redis-like.
clients = ${toml(d.phi.clients)}
# Names of the app's own cache wrappers, whose set-like methods count as cache writes.
wrappers = ${toml(d.phi.wrappers)}

[realtime]
# Publications Supabase Realtime streams: every table in them needs row level security.
publications = ${toml(d.realtime.publications)}

[indexes]
# Indexes the hot queries need, as table(column [asc|desc], ...): each must be served by a valid btree
# index whose leading key columns match in order and direction. A table that does not exist is skipped.
required = ${toml(d.indexes.required.map((index) => index.entry))}

[platform]
# Days of point-in-time recovery pitr-enabled asks for (the spec's 30; Supabase's longest add-on keeps 28).
pitr_days = ${d.platform.pitrDays}
# Whether read-replica asks for a read replica for analytics.
read_replica = ${d.platform.readReplica}
# Longest wait for one Management API request (--supabase-project), in seconds.
timeout_seconds = ${d.platform.timeoutSeconds}

[locks]
# With --db and migration files: a lock or rewrite hazard on a table with fewer rows than this (PostgreSQL's
# estimate, pg_class.reltuples) is lowered to info, since the lock is over before anyone waits. 0: never.
small_table_rows = ${d.locks.smallTableRows}

[health]
# The live statistics' targets (SPEC-2's success metrics), judged with --db (and --redis).
# Statements with fewer calls than this are not judged by slow-query and audit-query-time.
min_calls = ${d.health.minCalls}
# Estimated p95 latency of a statement, in milliseconds: a warning above p95_ms, an error above alert_ms.
p95_ms = ${d.health.p95Ms}
alert_ms = ${d.health.alertMs}
# Estimated p95 latency of a statement on an audit table, in milliseconds.
audit_p95_ms = ${d.health.auditP95Ms}
# Percent of the usable connection slots in use: a warning above the target, an error above the alert.
connections_target = ${d.health.connectionsTarget}
connections_alert = ${d.health.connectionsAlert}
# Tables smaller than this are not judged for bloat, sequential scans or autovacuum. PostgreSQL's units,
# 1024-based ("512kB", "1MB", "1GB"), or a whole number of bytes.
size_floor = ${toml(d.health.sizeFloor)}
# Percent of a table's tuples that are dead before table-bloat reports it.
bloat_pct = ${d.health.bloatPct}
# Sequential scans of one table before seq-scan-hotspot looks at where its rows are read from.
seq_scan_min = ${d.health.seqScanMin}
# Lowest Redis keyspace hit rate, in percent (with --redis).
cache_hit_pct = ${d.health.cacheHitPct}
# Tables autovacuum-tuning always judges, besides the busiest writers it finds.
high_write_tables = ${toml(d.health.highWriteTables)}

[shadow]
# What the embedded replay does when a statement fails:
#   "skip-statement" leave it out and replay the rest of the file (more findings per run)
#   "rollback-file"  drop the whole file, as the deploy would, and replay later files on that state
on_error = ${toml(d.shadow.onError)}

[rules]
# Per-rule severity: "error", "warning", "info" or "off". Uncomment to change.
${ruleLines}
`;
}
function writeConfigTemplate(cwd, rules, force) {
  let file = path2.join(cwd, "scribe-lint.toml");
  if (existsSync2(file) && !force)
    throw new UsageError("scribe-lint.toml already exists (use --force to overwrite)");
  try {
    writeFileSync(file, configTemplate(rules));
  } catch (error) {
    throw new UsageError(`cannot write scribe-lint.toml: ${describeError(error)}`);
  }
  return file;
}

// src/cli/since.ts
import { execFileSync } from "node:child_process";
import path3 from "node:path";
function changedFilesSince(ref, cwd) {
  let [top] = git(["rev-parse", "--show-toplevel"], cwd, ref, `
`), changed = git(["diff", "--name-only", "-z", ref, "--"], top, ref), untracked = git(["ls-files", "--others", "--exclude-standard", "-z"], top, ref);
  return new Set([...changed, ...untracked].map((name) => displayPathOf(path3.resolve(top, name), cwd)));
}
function git(args, cwd, ref, separator = "\0") {
  try {
    return execFileSync("git", args, {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 67108864
    }).split(separator).filter((name) => name !== "");
  } catch (error) {
    let stderr = String(error.stderr ?? "").trim().split(`
`)[0];
    throw new UsageError(`--since ${ref}: git could not list changed files${stderr ? `: ${stderr}` : ""}`);
  }
}

// src/cli/main.ts
async function runCli(argv, io) {
  let debug = argv.includes("--debug");
  try {
    let args = parseCliArgs(argv, io.env);
    return debug = args.debug, await runCommand(args, io);
  } catch (error) {
    if (error instanceof UsageError)
      io.stderr.write(`scribe-lint: ${errnoInWords(error.message)}
`);
    else {
      let detail = debug ? `
${error.stack}` : " (run with --debug for details)";
      io.stderr.write(`scribe-lint: internal error: ${error.message}${detail}
`);
    }
    return 2;
  }
}
async function runCommand(args, io) {
  switch (args.command) {
    case "help":
      return io.stdout.write(HELP), 0;
    case "version":
      return io.stdout.write(`${TOOL_VERSION}
`), 0;
    case "init": {
      let file = writeConfigTemplate(io.cwd, allRules, args.force);
      return io.stdout.write(`wrote ${path4.relative(io.cwd, file)}
`), 0;
    }
    case "rules":
      return io.stdout.write(listRules(loadCliConfig(args, io))), 0;
    case "baseline":
      return baselineCommand(args, io);
    case "lint":
      return lintCommand(args, io);
    case "fix":
      return fixCommand(args, io);
  }
}
function loadCliConfig(args, io) {
  let config = loadConfig({
    file: args.config,
    cwd: io.cwd,
    knownRuleIds: allRules.map((rule) => rule.meta.id)
  });
  return args.failOn && (config.failOn = args.failOn), config;
}
async function lintCommand(args, io) {
  let result = await lint(lintOptions(args, io));
  return writeReport(render(result, args.format, io, args.output === void 0, args.showExisting), args.output, io), result.failed ? 1 : 0;
}
async function fixCommand(args, io) {
  let { runFix } = await import("./chunk-T6BCW2ZT.js"), text = await runFix({
    lint: lintOptions(args, io),
    dryRun: args.dryRun,
    since: args.since,
    files: args.paths
  });
  return writeReport(text, args.output, io), 0;
}
function lintOptions(args, io) {
  let config = loadCliConfig(args, io);
  return {
    cwd: io.cwd,
    config,
    rules: allRules,
    paths: args.paths,
    shadow: args.shadow,
    cache: args.cache,
    databaseUrl: args.db,
    redisUrl: args.redis,
    supabaseProject: args.supabaseProject,
    supabaseToken: managementToken(args, io.env),
    now: args.now ?? /* @__PURE__ */ new Date(),
    changedFiles: args.since ? changedFilesSince(args.since, io.cwd) : void 0
  };
}
async function baselineCommand(args, io) {
  if (!args.db) throw new UsageError("`scribe-lint baseline` needs --db <url> (and takes --redis <url>)");
  if (!BASELINE_FORMATS.includes(args.format))
    throw new UsageError(
      `\`scribe-lint baseline\` --format must be one of ${BASELINE_FORMATS.join(", ")}; got "${args.format}"`
    );
  let config = loadCliConfig(args, io), { takeBaseline } = await import("./chunk-DV5NGQYB.js"), baseline = await takeBaseline({
    databaseUrl: args.db,
    redisUrl: args.redis,
    config,
    now: args.now ?? /* @__PURE__ */ new Date()
  });
  return writeReport(renderBaseline(baseline, args.format), args.output, io), 0;
}
function managementToken(args, env) {
  if (args.supabaseProject === void 0) return;
  let token = env.SUPABASE_ACCESS_TOKEN?.trim();
  if (!token) throw new UsageError(MISSING_TOKEN);
  return token;
}
function render(result, format, io, toTerminal, showExisting = !1) {
  return REPORTERS[format]({
    result,
    rules: allRules,
    readSource: sourceReader(io.cwd),
    color: toTerminal && wantsColor(io),
    toolVersion: TOOL_VERSION,
    showExisting
  });
}
function writeReport(text, output, io) {
  if (output === void 0) {
    io.stdout.write(text);
    return;
  }
  try {
    writeFileSync2(path4.resolve(io.cwd, output), text);
  } catch (error) {
    throw new UsageError(`cannot write ${output}: ${describeError(error)}`);
  }
}
function wantsColor(io) {
  let force = io.env.FORCE_COLOR;
  return force !== void 0 ? force !== "0" && force !== "false" : io.stdout.isTTY === !0 && io.env.NO_COLOR === void 0 && io.env.TERM !== "dumb";
}
function sourceReader(cwd) {
  let cache = /* @__PURE__ */ new Map();
  return (displayPath) => {
    if (!cache.has(displayPath))
      try {
        cache.set(displayPath, readFileSync2(path4.resolve(cwd, displayPath), "utf8").replace(/^\uFEFF/, ""));
      } catch {
        cache.set(displayPath, void 0);
      }
    return cache.get(displayPath);
  };
}
function listRules(config) {
  let rows = allRules.map((rule) => {
    let severity = config.rules[rule.meta.id] ?? rule.meta.defaultSeverity;
    return {
      id: rule.meta.id,
      severity,
      sources: rule.meta.sources.join(", "),
      description: rule.meta.description
    };
  }), idWidth = Math.max(...rows.map((row) => row.id.length));
  return `${rows.map(
    (row) => `${row.id.padEnd(idWidth)}  ${row.severity.padEnd(7)}  ${row.description}
${" ".repeat(idWidth + 11)}sources: ${row.sources}; ${docsUrl(row.id)}`
  ).join(`
`)}
`;
}

export {
  FAIL_ON_VALUES,
  loadConfig,
  renderBaseline,
  annotation,
  docsUrl,
  isExisting,
  newFirst,
  nothingFoundText,
  headline,
  rankFindings,
  findingsTable,
  existingDetails,
  suppressionsTable,
  locksTable,
  prettyReporter,
  sarifReporter,
  runCli,
  render,
  sourceReader
};
