import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);
import {
  FAIL_ON_VALUES,
  annotation,
  docsUrl,
  existingDetails,
  findingsTable,
  headline,
  isExisting,
  loadConfig,
  locksTable,
  newFirst,
  nothingFoundText,
  prettyReporter,
  rankFindings,
  renderBaseline,
  sarifReporter,
  sourceReader,
  suppressionsTable
} from "./chunk-NUK6UH7T.js";
import {
  debug,
  endGroup,
  getInput,
  getMultilineInput,
  info,
  notice,
  setFailed,
  setOutput,
  setSecret,
  startGroup,
  summary,
  warning
} from "./chunk-DROBO4MP.js";
import "./chunk-OYWA2JPR.js";
import "./chunk-5Q2QHADS.js";
import {
  maskSecrets
} from "./chunk-MHQQPLRE.js";
import {
  countFindings,
  lint,
  plural
} from "./chunk-KOGUILDU.js";
import "./chunk-AXLB2HKF.js";
import "./chunk-P2MRMTSO.js";
import {
  allRules
} from "./chunk-JD2MU42I.js";
import "./chunk-6KETGI7Z.js";
import {
  collectMigrationPaths
} from "./chunk-C74ZEOQR.js";
import "./chunk-WEHHNOLE.js";
import {
  TOOL_VERSION
} from "./chunk-ORJKIM7M.js";
import "./chunk-L7IHH2D7.js";
import "./chunk-AFGGDKVR.js";
import {
  failsRun,
  listAuditPartitions
} from "./chunk-BJJ7RUVL.js";
import "./chunk-3A7T3MXJ.js";
import "./chunk-C6ROTVYX.js";
import {
  NotVerifiedError,
  UsageError
} from "./chunk-KMD5P3L4.js";
import "./chunk-CRXCDDBS.js";
import "./chunk-A56RWH2U.js";

// src/action/main.ts
import { randomUUID } from "node:crypto";
import { readFileSync as readFileSync2, writeFileSync, mkdirSync } from "node:fs";
import path2 from "node:path";

// src/action/annotations.ts
var ANNOTATIONS_PER_SEVERITY = 10, ORDER = ["error", "warning", "info"];
function planAnnotations(findings) {
  let open = findings.filter((finding) => !finding.suppressed && finding.isNew !== !1), chosen = ORDER.flatMap(
    (severity) => open.filter((finding) => finding.severity === severity).slice(0, ANNOTATIONS_PER_SEVERITY)
  );
  return {
    commands: chosen.map(annotation).join(""),
    annotated: chosen.length,
    omitted: open.length - chosen.length
  };
}

// src/action/cache.ts
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { EOL } from "node:os";
import path from "node:path";
var KEY_PREFIX = "scribe-lint-shadow-v1-", MAX_SAVE_BYTES = 1024 * 1024 * 1024;
async function restoreShadowCache(request) {
  let { env } = request;
  if (!request.enabled || !request.replays || env.SCRIBE_LINT_NO_CACHE === "1") return;
  let missing = missingServiceVariable(env);
  if (missing) {
    debug(`shadow cache not persisted: ${missing} is not set (not on a GitHub-hosted cache service)`);
    return;
  }
  try {
    let folder = cacheFolder(request);
    process.env.SCRIBE_LINT_CACHE_DIR = folder;
    let keys = shadowCacheKeys(request), cache = await import("./chunk-LMZKAYFW.js"), timeoutMs = cacheTimeoutMs(env), { value: matchedKey, problems } = await cacheCall(
      () => cache.restoreCache([folder], keys.key, keys.restoreKeys),
      timeoutMs
    ), restored = {
      folder,
      keys,
      matchedKey,
      fingerprint: fingerprint(folder)
    };
    return matchedKey === void 0 && problems.length > 0 && abandonedLate(problems) && (process.env.SCRIBE_LINT_CACHE_DIR = `${folder}-unrestored`), problems.length > 0 ? (restored.serviceProblem = problems.join("; "), notice(
      `scribe-lint could not restore its shadow cache (${restored.serviceProblem}): the migrations are replayed from the start, and the cache is not saved this run`
    )) : matchedKey ? info(`shadow cache restored from ${matchedKey}`) : info(`shadow cache: no entry for ${keys.key} or its base branch yet`), restored;
  } catch (error) {
    notice(`scribe-lint could not restore its shadow cache: ${error.message}`);
    return;
  }
}
async function saveShadowCache(restored) {
  if (!restored || restored.serviceProblem) return;
  let { folder, keys } = restored, skip = reasonNotToSave(restored);
  if (skip) {
    info(`shadow cache not saved: ${skip}`);
    return;
  }
  try {
    let cache = await import("./chunk-LMZKAYFW.js"), { value: id, problems } = await cacheCall(() => cache.saveCache([folder], keys.key));
    problems.length > 0 ? notice(
      `scribe-lint could not save its shadow cache (${problems.join("; ")}): the next run replays more`
    ) : id !== void 0 && id !== -1 ? info(`shadow cache saved as ${keys.key}`) : info("shadow cache not saved: the cache service did not reserve the key");
  } catch (error) {
    notice(`scribe-lint could not save its shadow cache: ${error.message}`);
  }
}
function reasonNotToSave(restored) {
  if (restored.matchedKey === restored.keys.key) return `${restored.keys.key} is already saved`;
  let now = fingerprint(restored.folder);
  if (now === "") return "the shadow cache folder is empty";
  if (now === restored.fingerprint) return "the lint added nothing to it";
  let bytes = folderBytes(restored.folder);
  if (bytes > MAX_SAVE_BYTES)
    return `it holds ${megabytes(bytes)} MB, over the ${megabytes(MAX_SAVE_BYTES)} MB bound`;
}
function missingServiceVariable(env) {
  return env.ACTIONS_RUNTIME_TOKEN ? env.ACTIONS_CACHE_SERVICE_V2 ? env.ACTIONS_RESULTS_URL ? void 0 : "ACTIONS_RESULTS_URL" : env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL ? void 0 : "ACTIONS_CACHE_URL" : "ACTIONS_RUNTIME_TOKEN";
}
function cacheFolder(request) {
  let chosen = request.env.SCRIBE_LINT_CACHE_DIR;
  return chosen ? path.resolve(request.workspace, chosen) : path.join(
    request.env.RUNNER_TEMP || path.join(request.workspace, ".scribe-lint"),
    "scribe-lint-cache"
  );
}
function shadowCacheKeys(request) {
  let { env } = request, os = (env.RUNNER_OS || process.platform).toLowerCase(), branch = (env.GITHUB_BASE_REF || env.GITHUB_REF_NAME || "local").replaceAll(",", "_"), branchPrefix = `${KEY_PREFIX}${os}-${branch}-`;
  return {
    key: branchPrefix + migrationsHash(request),
    restoreKeys: [branchPrefix, `${KEY_PREFIX}${os}-`]
  };
}
function migrationsHash(request) {
  let hash = createHash("sha256").update(TOOL_VERSION).update("\0");
  for (let file of migrationFiles(request)) {
    hash.update(path.relative(request.workspace, file)).update("\0");
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update("unreadable");
    }
    hash.update("\0");
  }
  return hash.digest("hex").slice(0, 24);
}
function migrationFiles(request) {
  let useDefault = request.paths.length === 0, paths = useDefault ? [request.config.migrations] : request.paths, base = useDefault ? request.config.baseDir : request.workspace;
  try {
    return collectMigrationPaths(paths, base, { optional: !0 });
  } catch {
    return [];
  }
}
function fingerprint(folder) {
  return filesUnder(folder).map(({ name, size, mtimeMs }) => `${name}	${size}	${mtimeMs}`).join(`
`);
}
function folderBytes(folder) {
  return filesUnder(folder).reduce((total, file) => total + file.size, 0);
}
function filesUnder(folder) {
  let names;
  try {
    names = readdirSync(folder, { recursive: !0, encoding: "utf8" });
  } catch {
    return [];
  }
  return names.sort().map((name) => ({ name, stats: statSync(path.join(folder, name), { throwIfNoEntry: !1 }) })).filter(({ stats }) => stats?.isFile()).map(({ name, stats }) => ({ name, size: stats.size, mtimeMs: stats.mtimeMs }));
}
function megabytes(bytes) {
  return Math.round(bytes / (1024 * 1024));
}
var DEFAULT_CACHE_TIMEOUT_MS = 2e4, LIBRARY_PROBLEM = /^(Failed to (restore|save)|uploadCacheArchiveSDK|Cache reservation failed|You've hit a rate limit)/, NO_ANSWER = "no answer within";
function abandonedLate(problems) {
  return problems.some((problem) => problem.startsWith(NO_ANSWER));
}
async function cacheCall(call, timeoutMs = 1 / 0) {
  let problems = [], write = process.stdout.write, abandoned = !1, lastRetryReason, filtered = function(chunk, ...rest) {
    let text = typeof chunk == "string" ? chunk : Buffer.from(chunk).toString("utf8"), retried = /^Attempt \d+ of \d+ failed with error: (.*?)\. Retrying/.exec(text)?.[1];
    retried && !abandoned && (lastRetryReason = retried);
    let message = /^::(?:error|warning)::(.*)$/s.exec(text.trimEnd())?.[1], passThrough = write.bind(this);
    return message === void 0 || abandoned && !LIBRARY_PROBLEM.test(message) ? passThrough(chunk, ...rest) : (abandoned || problems.push(unescapeCommandData(message)), passThrough(`::debug::${message}${EOL}`, ...rest));
  };
  process.stdout.write = filtered;
  let running = call().finally(() => {
    process.stdout.write = write;
  }), timer, deadline = new Promise((resolve) => {
    Number.isFinite(timeoutMs) && (timer = setTimeout(() => resolve("timeout"), timeoutMs));
  });
  try {
    let outcome = await Promise.race([running.then((value) => ({ value })), deadline]);
    if (outcome !== "timeout") return { value: outcome.value, problems };
    abandoned = !0, running.catch(() => {
    });
    let late = `${NO_ANSWER} ${Math.round(timeoutMs / 1e3)} s`;
    return { problems: [...problems, lastRetryReason ? `${late}; last: ${lastRetryReason}` : late] };
  } finally {
    clearTimeout(timer);
  }
}
function cacheTimeoutMs(env) {
  let text = env.SCRIBE_LINT_CACHE_TIMEOUT_MS?.trim();
  return text ? /^\d+$/.test(text) && Number(text) > 0 ? Number(text) : (notice(
    `SCRIBE_LINT_CACHE_TIMEOUT_MS must be a whole number of milliseconds above 0; using ${DEFAULT_CACHE_TIMEOUT_MS}`
  ), DEFAULT_CACHE_TIMEOUT_MS) : DEFAULT_CACHE_TIMEOUT_MS;
}
function unescapeCommandData(text) {
  return text.replaceAll("%0D", "").replaceAll("%0A", " ").replaceAll("%25", "%");
}

// src/action/github-api.ts
var DEFAULT_RETRY_POLICY = {
  timeoutMs: 1e4,
  attempts: 3,
  backoffMs: 1e3,
  maxRetryAfterMs: 3e4
}, ApiTimeoutError = class extends Error {
  name = "ApiTimeoutError";
};
async function createApi(token, env) {
  let { getOctokit: create } = await import("./chunk-OWFM4G7H.js"), { defaults } = await import("./chunk-7UPJJY6R.js"), baseUrl = (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, ""), proxyFetch = defaults.request?.fetch ?? globalThis.fetch;
  return create(token, {
    baseUrl,
    userAgent: "scribe-lint-action",
    request: { ...defaults.request, fetch: patientFetch(proxyFetch, retryPolicy(env)) }
  });
}
function retryPolicy(env) {
  let timeout = Number(env.SCRIBE_LINT_API_TIMEOUT_MS);
  return !Number.isFinite(timeout) || timeout <= 0 ? DEFAULT_RETRY_POLICY : { ...DEFAULT_RETRY_POLICY, timeoutMs: timeout, backoffMs: Math.min(1e3, timeout) };
}
function patientFetch(fetch, policy) {
  return async (input, init) => {
    let method = (init?.method ?? "GET").toUpperCase();
    for (let attempt = 1; ; attempt++) {
      let last = attempt >= policy.attempts, response;
      try {
        response = await fetch(input, { ...init, signal: attemptSignal(init?.signal, policy.timeoutMs) });
      } catch (error) {
        if (!isTimeout(error)) throw error;
        if (last || method === "POST")
          throw new ApiTimeoutError(`no answer within ${seconds(policy.timeoutMs)} (request timeout)`);
        await sleep(backoff(policy, attempt));
        continue;
      }
      let wait = last ? void 0 : retryDelay(response, method, attempt, policy);
      if (wait === void 0) return response;
      await response.body?.cancel().catch(() => {
      }), await sleep(wait);
    }
  };
}
function retryDelay(response, method, attempt, policy) {
  let { status } = response;
  if (!(status === 429 || status >= 500 && method !== "POST")) return;
  let asked = retryAfterMs(response.headers.get("retry-after"));
  return asked === void 0 ? backoff(policy, attempt) : asked <= policy.maxRetryAfterMs ? asked : void 0;
}
function retryAfterMs(header) {
  if (header === null || header.trim() === "") return;
  let value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1e3;
  let date = Date.parse(value);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - Date.now());
}
function backoff(policy, attempt) {
  return policy.backoffMs * 2 ** (attempt - 1);
}
function attemptSignal(outer, timeoutMs) {
  let timeout = AbortSignal.timeout(timeoutMs);
  return outer ? AbortSignal.any([outer, timeout]) : timeout;
}
function isTimeout(error) {
  return error?.name === "TimeoutError";
}
function seconds(ms) {
  return `${Number((ms / 1e3).toFixed(1))} s`;
}
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
function httpStatus(error) {
  if (timedOut(error)) return;
  let status = error?.status;
  return typeof status == "number" ? status : void 0;
}
function describeFailure(error) {
  let timeout = timedOut(error);
  if (timeout) return timeout.message;
  let status = httpStatus(error);
  return status !== void 0 && error.response !== void 0 ? `HTTP ${status}` : (error?.message ?? String(error)).split(`
`)[0] || "unknown error";
}
function timedOut(error) {
  for (let cause = error, depth = 0; cause && depth < 5; depth++) {
    if (cause instanceof ApiTimeoutError) return cause;
    cause = cause.cause;
  }
}

// src/action/runway.ts
var HISTORY_MONTHS = 2, SURPLUS_MONTHS = 3;
async function readAuditRunway(connection, config) {
  return (await listAuditPartitions(connection, config)).map((table) => ({
    table: table.table,
    partitions: table.partitions.filter((partition) => partition.from !== "" && partition.to !== "").map((partition) => ({
      name: partition.name,
      from: partition.from === "MINVALUE" ? null : /* @__PURE__ */ new Date(`${partition.from}T00:00:00Z`),
      to: partition.to === "MAXVALUE" ? null : /* @__PURE__ */ new Date(`${partition.to}T00:00:00Z`)
    }))
  }));
}
function requiredWindow(clock2) {
  let from = monthStart(clock2.now);
  return { from, to: addMonths(from, clock2.runwayMonths) };
}
function runwayGaps(partitions, clock2) {
  let window = requiredWindow(clock2), spans = partitions.filter((partition) => partition.from !== null || partition.to !== null).map((partition) => ({
    from: partition.from?.getTime() ?? -1 / 0,
    to: partition.to?.getTime() ?? 1 / 0
  })).sort((a, b) => a.from - b.from), gaps = [], covered = window.from.getTime();
  for (let span of spans)
    if (span.from > covered && gaps.push({ from: new Date(covered), to: new Date(Math.min(span.from, window.to.getTime())) }), covered = Math.max(covered, span.to), covered >= window.to.getTime()) break;
  return covered < window.to.getTime() && gaps.push({ from: new Date(covered), to: window.to }), gaps.filter((gap) => gap.from < gap.to && gap.from < window.to);
}
function runwaySection(tables, clock2) {
  if (tables.length === 0) return "";
  let window = requiredWindow(clock2), lines = tables.map((table) => {
    let gaps = runwayGaps(table.partitions, clock2), state = gaps.length === 0 ? "covered" : `**not covered**: ${gaps.map((gap) => `${day(gap.from)} to ${day(gap.to)}`).join(", ")}`;
    return `- \`${table.table}\`: ${plural(table.partitions.length, "partition")}; required window ${state}`;
  });
  return [
    "#### Audit partition runway",
    "",
    `Required: monthly partitions from ${day(window.from)} up to ${day(window.to)} (${plural(clock2.runwayMonths, "month")} from the current one, \`[audit] runway_months\`).`,
    "",
    "```mermaid",
    runwayGantt(tables, clock2),
    "```",
    "",
    ...lines
  ].join(`
`);
}
function runwayGantt(tables, clock2) {
  let window = requiredWindow(clock2), view = { from: addMonths(window.from, -HISTORY_MONTHS), to: addMonths(window.to, SURPLUS_MONTHS) }, out = [
    "gantt",
    `  title Audit partition runway on ${day(clock2.now)}`,
    "  dateFormat YYYY-MM-DD",
    "  axisFormat %Y-%m",
    // Mermaid's own marker uses the viewer's clock; the lint's clock (SCRIBE_LINT_NOW) is drawn instead.
    "  todayMarker off",
    "  section Policy",
    `  required runway :crit, ${day(window.from)}, ${day(window.to)}`,
    `  now :milestone, ${day(clock2.now)}, 0d`
  ];
  for (let table of tables) {
    out.push(`  section ${label(table.table)}`);
    for (let partition of table.partitions.filter((each) => overlaps(each, view)))
      out.push(partitionBar(partition, view, clock2.now));
    for (let gap of runwayGaps(table.partitions, clock2))
      out.push(`  missing :crit, ${day(gap.from)}, ${day(gap.to)}`);
  }
  return out.join(`
`);
}
function partitionBar(partition, view, now) {
  let from = partition.from && partition.from > view.from ? partition.from : view.from, to = partition.to && partition.to < view.to ? partition.to : view.to, state = to <= now ? "done, " : from <= now ? "active, " : "";
  return `  ${label(partition.name)} :${state}${day(from)}, ${day(to)}`;
}
function overlaps(partition, view) {
  let startsBeforeEnd = partition.from === null || partition.from < view.to, endsAfterStart = partition.to === null || partition.to > view.from;
  return startsBeforeEnd && endsAfterStart;
}
function label(text) {
  return text.replace(/[:;#\r\n]/g, " ").trim() || "(unnamed)";
}
function day(date) {
  return date.toISOString().slice(0, 10);
}
function monthStart(date) {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}
function addMonths(date, months) {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
}

// src/action/summary.ts
var SUMMARY_BYTE_LIMIT = 1e6, MAX_REPLAY_ERRORS = 50;
function jobSummary(input, byteLimit = SUMMARY_BYTE_LIMIT) {
  let { result } = input.report, before = [headline(input.report), scopeNote(input), annotationNote(input.annotations)], after = [
    suppressionsTable(input.report),
    locksTable(input.report),
    replaySection(input.report),
    redisSection(input.report),
    input.runway ? runwaySection(input.runway, input.clock) : "",
    input.baseline ?? "",
    `<sub>scribe-lint ${input.toolVersion}, fail-on: ${result.failOn}</sub>`
  ], fixed = join([...before, ...after]), table = fitFindingsTable(
    result.findings,
    byteLimit - utf8Length(fixed) - 2,
    utf8Length,
    "The table was cut to stay under GitHub's 1 MiB summary limit; `--format json` locally lists them all.",
    input.report.showExisting
  );
  return join([...before, table, ...after]);
}
function fitFindingsTable(findings, budget, size, whereTheRestAre, showExisting = !1) {
  let open = findings.filter((finding) => !finding.suppressed), { shown, collapsed } = newFirst(open, showExisting), ranked = rankFindings(shown), details = existingDetails(collapsed), render = (count) => {
    let table = findingsTable(ranked.slice(0, count)), cut = count === ranked.length ? "" : `_\u2026and ${plural(ranked.length - count, "more finding")} not shown. ${whereTheRestAre}_`;
    return [table, cut, details].filter((part) => part !== "").join(`

`);
  };
  if (size(render(ranked.length)) <= budget) return render(ranked.length);
  let fits = 0, tooMany = ranked.length;
  for (; tooMany - fits > 1; ) {
    let middle = Math.floor((fits + tooMany) / 2);
    size(render(middle)) <= budget ? fits = middle : tooMany = middle;
  }
  return render(fits);
}
function scopeNote({ pull }) {
  return pull ? pull.changed.unavailable ? `The files of pull request #${pull.number} could not be listed (${pull.changed.unavailable}), so every finding is treated as new.` : pull.changed.complete ? `Pull request #${pull.number} changes ${plural(pull.changed.files.size, "file")}; findings outside them are listed as existing and do not fail the check.` : `Pull request #${pull.number} changes more files than GitHub lists (3,000), so every finding is treated as new.` : "";
}
function annotationNote(plan) {
  return plan.omitted === 0 ? "" : `${plural(plan.annotated, "finding")} annotated on the diff; ${plan.omitted} more are only in the table below (GitHub shows at most 10 annotations per severity in a step).`;
}
function replaySection({ result }) {
  if (result.schemaMode === "live") return `#### Schema

Checked against the live database, read-only.`;
  let replay = result.replay;
  if (!replay)
    return "#### Schema\n\nNot checked: no shadow replay ran and no `database-url` was given.";
  let errors = replay.errors, state = errors.length === 0 ? "complete" : `incomplete: ${plural(errors.length, "replay error")}, so objects after them may be missing`, start = `${replay.warmStart ? "warm" : "cold"} start in ${Math.round(replay.startMs)} ms`, text = `#### Shadow replay

Replayed ${plural(replay.filesReplayed, "file")} and ${plural(replay.statementsReplayed, "statement")} into the embedded database (${state}; ${start}).`;
  if (errors.length === 0) return text;
  let rows = errors.slice(0, MAX_REPLAY_ERRORS).map(
    (error) => `| \`${error.location.file}:${error.location.line}:${error.location.column}\` | ${cell(error.message)} |`
  ), more = errors.length > MAX_REPLAY_ERRORS ? `

_\u2026and ${errors.length - MAX_REPLAY_ERRORS} more._` : "";
  return `${text}

| Where | Replay error |
| --- | --- |
${rows.join(`
`)}${more}`;
}
function redisSection({ result }) {
  if (!result.redis) return "";
  let scope = result.redis.complete ? "the whole keyspace" : "up to the key budget, so the keyspace was not covered completely";
  return `#### Redis

Scanned ${plural(result.redis.scannedKeys, "key")} (${scope}), read-only.`;
}
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function join(parts) {
  return `${parts.filter((part) => part !== "").join(`

`)}
`;
}
function utf8Length(text) {
  return Buffer.byteLength(text, "utf8");
}

// src/action/comment.ts
var COMMENT_MARKER = "<!-- scribe-lint -->", COMMENT_CHAR_LIMIT = 65e3;
function planComment(report, summaryUrl, limit = COMMENT_CHAR_LIMIT) {
  let counts = countFindings(report.result.findings);
  if (counts.error + counts.warning + counts.info === 0) {
    let existing = counts.existing > 0 ? ` ${plural(counts.existing, "existing finding")} outside this pull request's files.` : "";
    return {
      hasFindings: !1,
      body: `${COMMENT_MARKER}
### \u2705 scribe-lint: all clear

No findings in this pull request's files.${existing} [Job summary](${summaryUrl}).
`
    };
  }
  let top = `${COMMENT_MARKER}
${headline(report)}`, sql = fitSqlFixes(report.result.findings, report.showExisting, Math.floor(limit / 2)), bottom = `${sql === "" ? "" : `${sql}

`}[Full report in the job summary](${summaryUrl}).`, table = fitFindingsTable(
    report.result.findings,
    limit - top.length - bottom.length - 8,
    (text) => text.length,
    `See the [job summary](${summaryUrl}).`,
    report.showExisting
  );
  return { hasFindings: !0, body: `${top}

${table}

${bottom}
` };
}
function sqlFixesDetails(findings, showExisting = !1) {
  let open = findings.filter((finding) => !finding.suppressed && finding.fix?.sql), { shown } = newFirst(open, showExisting), blocks = /* @__PURE__ */ new Map();
  for (let finding of shown) {
    let sql = finding.fix.sql.trim();
    if (blocks.has(sql)) continue;
    let where = finding.location ? `${finding.location.file}:${finding.location.line}` : finding.object ?? "the schema";
    blocks.set(sql, `-- ${finding.ruleId} (${where.replace(/[\r\n]/g, " ")})
${sql}`);
  }
  if (blocks.size === 0) return "";
  let text = [...blocks.values()].join(`

`), fence = fenceFor(text);
  return [`<details><summary>${`${plural(blocks.size, "fix")} as SQL for a new migration`}</summary>`, "", `${fence}sql`, text, fence, "", "</details>"].join(
    `
`
  );
}
function fitSqlFixes(findings, showExisting, budget) {
  let details = sqlFixesDetails(findings, showExisting);
  return details.length <= budget ? details : "_The SQL fixes are too long for this comment: the step's log shows each under its finding._";
}
function fenceFor(text) {
  let longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  return "`".repeat(longest + 1);
}
async function tokenIdentity(api) {
  try {
    let { data } = await api.rest.users.getAuthenticated();
    return { kind: "user", login: data.login };
  } catch (error) {
    if (httpStatus(error) === 403) return { kind: "app" };
    throw error;
  }
}
function isStickyComment(comment2, identity) {
  return comment2.body?.startsWith(COMMENT_MARKER) ? identity.kind === "user" ? comment2.user?.login === identity.login : comment2.user?.type === "Bot" : !1;
}
async function syncStickyComment(api, pull, plan) {
  let target = { owner: pull.owner, repo: pull.repo };
  try {
    let identity = await tokenIdentity(api), sticky = (await api.paginate(api.rest.issues.listComments, {
      ...target,
      issue_number: pull.number,
      per_page: 100
    })).find((comment2) => isStickyComment(comment2, identity));
    return sticky ? sticky.body === plan.body ? { outcome: "unchanged" } : (await api.rest.issues.updateComment({ ...target, comment_id: sticky.id, body: plan.body }), { outcome: "updated" }) : plan.hasFindings ? (await api.rest.issues.createComment({ ...target, issue_number: pull.number, body: plan.body }), { outcome: "created" }) : { outcome: "skipped" };
  } catch (error) {
    let status = httpStatus(error);
    return { outcome: status === 403 || status === 404 ? "not-permitted" : "failed", status, reason: describeFailure(error) };
  }
}

// src/action/inputs.ts
function readInputs(env) {
  let databaseUrl = optional("database-url"), redisUrl = optional("redis-url"), githubToken = optional("github-token");
  for (let [name, secret] of Object.entries({ "database-url": databaseUrl, "redis-url": redisUrl }))
    secret && maskInLog(name, secret);
  githubToken && maskInLog("github-token", githubToken);
  let supabaseToken = optional("supabase-token")?.trim();
  supabaseToken && maskInLog("supabase-token", supabaseToken);
  let supabaseProject = optional("supabase-project")?.trim();
  if (supabaseProject !== void 0 && !/^[A-Za-z0-9_-]+$/.test(supabaseProject))
    throw new UsageError("input supabase-project must be a project ref like abcdefghijklmnopqrst");
  if (supabaseProject && !supabaseToken)
    throw new UsageError(
      "input supabase-project needs input supabase-token (a read-only personal access token)"
    );
  return {
    paths: getMultilineInput("path").flatMap((line) => line.split(/\s+/)).filter((entry) => entry !== ""),
    databaseUrl,
    redisUrl,
    supabaseProject,
    supabaseToken,
    config: optional("config"),
    failOn: failOnInput(),
    shadow: booleanInput("shadow", !0),
    comment: booleanInput("comment", !0),
    cache: booleanInput("cache", !0),
    githubToken,
    sarifFile: optional("sarif-file"),
    now: clock(env.SCRIBE_LINT_NOW)
  };
}
var MIN_LOG_MASK_LENGTH = 4;
function maskInLog(input, value) {
  let parts = secretParts(value);
  for (let part of parts.filter((each) => each.length >= MIN_LOG_MASK_LENGTH)) setSecret(part);
  parts.some((part) => part.length < MIN_LOG_MASK_LENGTH) && warning(
    `the password in input ${input} is too short to mask in the log without giving it away (under ${MIN_LOG_MASK_LENGTH} characters); scribe-lint does not print it, but use a long random password`
  );
}
function secretParts(value) {
  let parts = /* @__PURE__ */ new Set([value.trim()]);
  try {
    let password = new URL(value.trim()).password;
    password && (parts.add(password), parts.add(decodeURIComponent(password)));
  } catch {
  }
  for (let match of value.matchAll(/password\s*=\s*('(?:[^'\\]|\\.)*'|\S+)/gi))
    parts.add(match[1].replace(/^'|'$/g, ""));
  return [...parts].filter((part) => part !== "");
}
function optional(name) {
  let value = getInput(name);
  return value === "" ? void 0 : value;
}
function failOnInput() {
  let value = optional("fail-on");
  if (value !== void 0) {
    if (!FAIL_ON_VALUES.includes(value))
      throw new UsageError(`input fail-on must be one of ${FAIL_ON_VALUES.join(", ")}`);
    return value;
  }
}
function booleanInput(name, fallback) {
  let value = optional(name)?.toLowerCase();
  if (value === void 0) return fallback;
  if (value === "true") return !0;
  if (value === "false") return !1;
  throw new UsageError(`input ${name} must be true or false`);
}
function clock(value) {
  if (value === void 0 || value === "") return /* @__PURE__ */ new Date();
  let iso = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value, date = new Date(iso);
  if (Number.isNaN(date.getTime()))
    throw new UsageError(`SCRIBE_LINT_NOW must be a date like 2026-01-15; got "${value}"`);
  return date;
}

// src/action/pull-request.ts
var MAX_LISTED_FILES = 3e3;
function pullRequestOf(eventName, payload, repository) {
  if (eventName !== "pull_request" && eventName !== "pull_request_target") return;
  let pull = payload.pull_request, [owner, repo] = (repository ?? "").split("/");
  if (!pull || typeof pull != "object" || typeof pull.number != "number")
    throw new UsageError(`the ${eventName} event payload has no pull_request with a number`);
  if (!owner || !repo) throw new UsageError("GITHUB_REPOSITORY must be set, as owner/name");
  return {
    owner,
    repo,
    number: pull.number,
    changedFileCount: typeof pull.changed_files == "number" ? pull.changed_files : void 0,
    headSha: typeof pull.head?.sha == "string" ? pull.head.sha : void 0,
    // Left out for a same-repository pull request, so the reference reads as before forks were told apart.
    fromFork: isFromFork(pull, `${owner}/${repo}`) || void 0
  };
}
function isFromFork(pull, repository) {
  if (pull.head?.repo === null) return !0;
  let head = pull.head?.repo?.full_name, base = pull.base?.repo?.full_name;
  return typeof head != "string" ? !1 : head.toLowerCase() !== (typeof base == "string" ? base : repository).toLowerCase();
}
async function listChangedFiles(api, pull) {
  let listed;
  try {
    listed = await api.paginate(api.rest.pulls.listFiles, {
      owner: pull.owner,
      repo: pull.repo,
      pull_number: pull.number,
      per_page: 100
    });
  } catch (error) {
    return { files: /* @__PURE__ */ new Set(), complete: !1, unavailable: listingFailure(error) };
  }
  let files = new Set(listed.map((file) => file.filename)), complete = pull.changedFileCount !== void 0 ? files.size >= pull.changedFileCount : listed.length < MAX_LISTED_FILES, patches = /* @__PURE__ */ new Map();
  for (let file of listed) file.patch !== void 0 && patches.set(file.filename, file.patch);
  return { files, complete, patches };
}
function listingFailure(error) {
  let status = httpStatus(error), what = describeFailure(error);
  return status === 401 || status === 403 || status === 404 ? `${what}: give the workflow \`permissions: pull-requests: read\` and \`contents: read\`` : what;
}

// src/action/suggestions.ts
import { createHash as createHash2 } from "node:crypto";
var SUGGESTION_MARKER_PREFIX = "<!-- scribe-lint-suggestion:", MAX_SUGGESTIONS = 20, ICON = { error: "\u{1F534}", warning: "\u{1F7E1}", info: "\u{1F535}" };
function addedLines(patch) {
  let added = /* @__PURE__ */ new Set(), next = 0;
  for (let text of patch.split(`
`)) {
    let hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (hunk) next = Number(hunk[1]);
    else {
      if (next === 0 || text.startsWith("\\")) continue;
      text.startsWith("+") ? added.add(next++) : text.startsWith("-") || next++;
    }
  }
  return added;
}
var ByteLines = class {
  bytes;
  /** Byte offset of each line's start; `starts[0]` is line 1. */
  starts = [0];
  constructor(source) {
    this.bytes = Buffer.from(source, "utf8");
    for (let at = this.bytes.indexOf(10); at !== -1; at = this.bytes.indexOf(10, at + 1))
      this.starts.push(at + 1);
  }
  /** The 1-based line holding byte `offset` (a line break belongs to the line it ends). */
  lineOf(offset) {
    let low = 0, high = this.starts.length - 1;
    for (; low < high; ) {
      let middle = Math.ceil((low + high) / 2);
      this.starts[middle] <= offset ? low = middle : high = middle - 1;
    }
    return low + 1;
  }
  lineStart(line) {
    return this.starts[line - 1];
  }
  /** Where the line ends, its line break excluded. */
  lineEnd(line) {
    return line < this.starts.length ? this.starts[line] - 1 : this.bytes.length;
  }
};
function lineChange(edits, source) {
  if (edits.length === 0 || edits.some((edit) => edit.file !== edits[0].file)) return;
  let lines = typeof source == "string" ? new ByteLines(source) : source, { bytes } = lines, sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let [index, edit] of sorted.entries()) {
    let previousEnd = index > 0 ? sorted[index - 1].end : 0;
    if (edit.start < previousEnd || edit.end < edit.start || edit.end > bytes.length) return;
  }
  let lo = sorted[0].start, hi = Math.max(...sorted.map((edit) => edit.end)), first = lines.lineOf(lo), last = hi > lo ? lines.lineOf(hi - 1) : first;
  hi > lo && bytes[hi - 1] === 10 && hi < bytes.length && last++;
  let from = lines.lineStart(first), to = Math.max(lines.lineEnd(last), hi), pieces = [], at = from;
  for (let edit of sorted)
    pieces.push(bytes.subarray(at, edit.start), Buffer.from(edit.text, "utf8")), at = edit.end;
  pieces.push(bytes.subarray(at, to));
  let before = bytes.subarray(from, to).toString("utf8"), after = Buffer.concat(pieces).toString("utf8");
  if (before !== after)
    return {
      file: edits[0].file,
      first,
      last,
      before,
      after: after.endsWith(`
`) ? after.slice(0, -1) : after
    };
}
function suggestionKey(ruleId, file, before) {
  let anchor = createHash2("sha256").update(before.replace(/\s+/g, " ").trim()).digest("hex").slice(0, 12);
  return `${ruleId}:${encodeURIComponent(file)}:${anchor}`;
}
function suggestionMarker(key) {
  return `${SUGGESTION_MARKER_PREFIX}${key} -->`;
}
function suggestionBody(finding, key, after) {
  let fence = fenceFor(after), rule = `[\`${finding.ruleId}\`](${docsUrl(finding.ruleId)})`;
  return [
    suggestionMarker(key),
    `${ICON[finding.severity]} **scribe-lint** ${rule}: ${finding.message}`,
    "",
    `${fence}suggestion`,
    after,
    fence,
    ""
  ].join(`
`);
}
function planSuggestions(findings, readSource, added) {
  let plans = [], seen = /* @__PURE__ */ new Map(), files = /* @__PURE__ */ new Map(), linesOf = (file) => {
    if (!files.has(file)) {
      let source = readSource(file);
      files.set(file, source === void 0 ? void 0 : new ByteLines(source));
    }
    return files.get(file);
  };
  for (let finding of findings) {
    if (plans.length >= MAX_SUGGESTIONS) break;
    let edits = finding.fix?.edits;
    if (!edits?.length || finding.suppressed || isExisting(finding)) continue;
    let addedHere = added.get(edits[0].file), text = addedHere?.size ? linesOf(edits[0].file) : void 0;
    if (!addedHere || !text || edits.some((edit) => !addedHere.has(text.lineOf(edit.start)))) continue;
    let change = lineChange(edits, text);
    if (!change || !everyLine(change, addedHere)) continue;
    let base = suggestionKey(finding.ruleId, change.file, change.before), count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    let key = count === 1 ? base : `${base}:${count}`;
    plans.push({
      key,
      path: change.file,
      startLine: change.first,
      line: change.last,
      body: suggestionBody(finding, key, change.after)
    });
  }
  return plans;
}
function everyLine(change, lines) {
  for (let line = change.first; line <= change.last; line++) if (!lines.has(line)) return !1;
  return !0;
}
function addedLinesByFile(patches) {
  return new Map([...patches].map(([file, patch]) => [file, addedLines(patch)]));
}
function keyOf(comment2, identity) {
  let body = comment2.body ?? "";
  if (!body.startsWith(SUGGESTION_MARKER_PREFIX) || !(identity.kind === "user" ? comment2.user?.login === identity.login : comment2.user?.type === "Bot")) return;
  let end = body.indexOf(" -->");
  return end === -1 ? void 0 : body.slice(SUGGESTION_MARKER_PREFIX.length, end);
}
function stopsTheRest(error) {
  return httpStatus(error) !== 422;
}
async function syncSuggestions(api, pull, headSha, plans) {
  let sync = { created: 0, updated: 0, unchanged: 0, failed: 0 };
  if (plans.length === 0) return sync;
  let target = { owner: pull.owner, repo: pull.repo }, current;
  try {
    let identity = await tokenIdentity(api), listed = await api.paginate(api.rest.pulls.listReviewComments, {
      ...target,
      pull_number: pull.number,
      per_page: 100
    });
    current = currentByKey(listed, identity);
  } catch (error) {
    return { ...sync, failed: plans.length, status: httpStatus(error), reason: describeFailure(error) };
  }
  for (let [index, plan] of plans.entries())
    try {
      let existing = current.get(plan.key);
      existing && onSameLines(existing, plan) ? existing.body === plan.body ? sync.unchanged++ : (await api.rest.pulls.updateReviewComment({ ...target, comment_id: existing.id, body: plan.body }), sync.updated++) : (await api.rest.pulls.createReviewComment({
        ...target,
        pull_number: pull.number,
        commit_id: headSha,
        path: plan.path,
        line: plan.line,
        side: "RIGHT",
        ...plan.startLine < plan.line && { start_line: plan.startLine, start_side: "RIGHT" },
        body: plan.body
      }), sync.created++);
    } catch (error) {
      if (sync.failed++, sync.status ??= httpStatus(error), sync.reason ??= describeFailure(error), stopsTheRest(error)) {
        sync.failed += plans.length - index - 1;
        break;
      }
    }
  return sync;
}
function currentByKey(listed, identity) {
  let byKey = /* @__PURE__ */ new Map();
  for (let comment2 of listed) {
    let key = keyOf(comment2, identity);
    if (key === void 0) continue;
    let known = byKey.get(key);
    (!known || known.line == null && comment2.line != null) && byKey.set(key, comment2);
  }
  return byKey;
}
function onSameLines(comment2, plan) {
  return comment2.path === plan.path && comment2.line === plan.line && (comment2.start_line ?? comment2.line) === plan.startLine;
}
function suggestionNotice(pull, sync) {
  if (sync.failed === 0) return;
  let what = sync.failed === 1 ? "1 fix suggestion" : `${sync.failed} fix suggestions`, status = sync.status, hint = status === 403 || status === 404 ? ": the token may not write review comments (give the workflow `pull-requests: write`; pull requests from forks get a read-only token)" : "";
  return `scribe-lint could not post ${what} on pull request #${pull.number} (${sync.reason})${hint}. The findings are in the annotations and the job summary.`;
}

// src/action/main.ts
async function runAction(env) {
  let inputs = readInputs(env), workspace = path2.resolve(env.GITHUB_WORKSPACE || process.cwd()), config = loadConfig({
    file: inputs.config,
    cwd: workspace,
    knownRuleIds: allRules.map((rule) => rule.meta.id)
  });
  inputs.failOn && (config.failOn = inputs.failOn);
  let event = readEventPayload(env), api = inputs.githubToken ? await createApi(inputs.githubToken, env) : void 0, pull = await pullRequestScope(env, event, api), runway, shadowCache = await restoreShadowCache({
    enabled: inputs.cache,
    replays: inputs.shadow && !inputs.databaseUrl,
    workspace,
    config,
    paths: inputs.paths,
    env
  }), result = await lint({
    cwd: workspace,
    config,
    rules: allRules,
    paths: inputs.paths,
    shadow: inputs.shadow,
    databaseUrl: inputs.databaseUrl,
    redisUrl: inputs.redisUrl,
    supabaseProject: inputs.supabaseProject,
    supabaseToken: inputs.supabaseToken,
    now: inputs.now,
    // Only a complete list can say a finding is outside the pull request; otherwise every finding is new.
    changedFiles: pull?.changed.complete ? pull.changed.files : void 0,
    inspectSchema: async (schema) => {
      runway = await readRunwayOrSay(schema, config);
    }
  }), report = {
    result,
    rules: allRules,
    readSource: sourceReader(workspace),
    toolVersion: TOOL_VERSION
  };
  logReport(report);
  let baseline = await baselineForAudit(inputs, config, env), annotations = planAnnotations(result.findings);
  process.stdout.write(annotations.commands), warnIfNothingFound(result), await writeJobSummary(
    jobSummary({
      report,
      annotations,
      pull: pull && { number: pull.ref.number, changed: pull.changed },
      runway,
      baseline,
      clock: { now: inputs.now, runwayMonths: config.audit.runwayMonths },
      toolVersion: TOOL_VERSION
    }),
    env
  );
  let sarifFile = writeSarif(report, inputs, workspace, env);
  pull && api && inputs.comment && await comment(api, pull.ref, report, env) !== "not-permitted" && await suggestFixes(api, pull, report), setOutputs(result, sarifFile), await saveShadowCache(shadowCache), result.failed && setFailed(failureLine(result, config));
}
function warnIfNothingFound(result) {
  result.nothingFound && warning(
    `scribe-lint: ${nothingFoundText(result.nothingFound)}: set the Action's \`path\` input to the migrations folder, or \`migrations\` in scribe-lint.toml`,
    { title: "scribe-lint: nothing to lint" }
  );
}
async function pullRequestScope(env, event, api) {
  let ref = pullRequestOf(env.GITHUB_EVENT_NAME, event, env.GITHUB_REPOSITORY);
  if (!ref) return;
  if (!api)
    throw new UsageError(
      "input github-token is empty: a pull request run needs it to list the changed files"
    );
  let changed = await listChangedFiles(api, ref);
  return changed.unavailable ? notice(
    `scribe-lint could not list the files of pull request #${ref.number} (${changed.unavailable}): linting anyway, with every finding counted as new`
  ) : changed.complete || warning(
    `pull request #${ref.number} changes more files than GitHub lists (3,000): every finding is treated as new`
  ), { ref, changed };
}
function readEventPayload(env) {
  let file = env.GITHUB_EVENT_PATH;
  if (!file) return {};
  let text;
  try {
    text = readFileSync2(file, "utf8");
  } catch (error) {
    let reason = error.code ?? error.message;
    throw new UsageError(`cannot read the event payload GITHUB_EVENT_PATH=${file}: ${reason}`);
  }
  let payload;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    let reason = error.message.split(`
`)[0];
    throw new UsageError(`the event payload GITHUB_EVENT_PATH=${file} is not valid JSON: ${reason}`);
  }
  if (payload === null || typeof payload != "object" || Array.isArray(payload))
    throw new UsageError(`the event payload GITHUB_EVENT_PATH=${file} is not a JSON object`);
  return payload;
}
var AUDIT_EVENTS = /* @__PURE__ */ new Set(["schedule", "workflow_dispatch"]);
async function baselineForAudit(inputs, config, env) {
  if (!(!inputs.databaseUrl || !AUDIT_EVENTS.has(env.GITHUB_EVENT_NAME ?? "")))
    try {
      let { takeBaseline } = await import("./chunk-DV5NGQYB.js"), baseline = await takeBaseline({
        databaseUrl: inputs.databaseUrl,
        redisUrl: inputs.redisUrl,
        config,
        now: inputs.now ?? /* @__PURE__ */ new Date()
      });
      return renderBaseline(baseline, "markdown");
    } catch (error) {
      warning(`scribe-lint could not measure the baseline: ${error.message}`);
      return;
    }
}
async function readRunwayOrSay(schema, config) {
  try {
    return await readAuditRunway(schema.connection, config);
  } catch (error) {
    if (!(error instanceof NotVerifiedError)) throw error;
    notice(`scribe-lint could not draw the audit partition runway: ${error.message}`);
    return;
  }
}
function logReport(report) {
  let fence = randomUUID();
  startGroup("scribe-lint report"), process.stdout.write(`::stop-commands::${fence}
`), process.stdout.write(prettyReporter({ ...report, color: !1 })), process.stdout.write(`::${fence}::
`), endGroup();
}
async function writeJobSummary(markdown, env) {
  if (!env.GITHUB_STEP_SUMMARY) {
    info("GITHUB_STEP_SUMMARY is not set: no job summary written");
    return;
  }
  try {
    await summary.addRaw(markdown).write({ overwrite: !0 });
  } catch (error) {
    warning(`scribe-lint could not write the job summary: ${error.message}`);
  }
}
function writeSarif(report, inputs, workspace, env) {
  let file = inputs.sarifFile ? path2.resolve(workspace, inputs.sarifFile) : path2.join(env.RUNNER_TEMP || workspace, "scribe-lint.sarif");
  try {
    mkdirSync(path2.dirname(file), { recursive: !0 }), writeFileSync(file, sarifReporter(report));
  } catch (error) {
    throw new UsageError(
      `cannot write the SARIF file: ${error.code ?? error.message}`
    );
  }
  return file;
}
async function comment(api, pull, report, env) {
  let { outcome, status, reason } = await syncStickyComment(api, pull, planComment(report, runUrl(env)));
  return outcome === "not-permitted" ? notice(
    `scribe-lint could not comment on pull request #${pull.number} (HTTP ${status}): the token may not write to it, as with pull requests from forks. The findings are in the annotations and the job summary.`
  ) : outcome === "failed" ? notice(
    `scribe-lint could not update its pull request comment (${reason}). The findings are in the annotations and the job summary.`
  ) : info(`pull request comment: ${outcome}`), outcome;
}
async function suggestFixes(api, pull, report) {
  let added = addedLinesByFile(pull.changed.patches ?? /* @__PURE__ */ new Map()), plans = planSuggestions(report.result.findings, report.readSource, added);
  if (plans.length === 0) return;
  let { ref } = pull;
  if (ref.fromFork || !ref.headSha) {
    let why = ref.fromFork ? "it comes from a fork, whose token may not write" : "the event names no head commit";
    notice(
      `scribe-lint did not post ${plural(plans.length, "fix suggestion")} on pull request #${ref.number}: ${why}. The findings are in the annotations and the job summary.`
    );
    return;
  }
  let sync = await syncSuggestions(api, ref, ref.headSha, plans), notice2 = suggestionNotice(ref, sync);
  notice2 && notice(notice2), info(`fix suggestions: ${sync.created} created, ${sync.updated} updated, ${sync.unchanged} unchanged`);
}
function runUrl(env) {
  return `${env.GITHUB_SERVER_URL || "https://github.com"}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}
function setOutputs(result, sarifFile) {
  let counts = countFindings(result.findings);
  setOutput("findings", counts.error + counts.warning + counts.info), setOutput("errors", counts.error), setOutput("warnings", counts.warning), setOutput("sarif-file", sarifFile);
}
function failureLine(result, config) {
  let failing = result.findings.filter((finding) => failsRun(finding, config.failOn)).length;
  return `scribe-lint: ${plural(failing, "finding")} at or above fail-on "${config.failOn}"`;
}
function redact(text, env) {
  let secrets = ["INPUT_DATABASE-URL", "INPUT_REDIS-URL", "INPUT_GITHUB-TOKEN"].map((name) => env[name]?.trim()).filter((value) => !!value).flatMap(secretParts);
  return maskSecrets(text, secrets);
}
function failFromOutside(error) {
  let message = error instanceof Error ? error.message : String(error);
  setFailed(`scribe-lint: internal error: ${redact(message, process.env)}`), process.exit(1);
}
async function main() {
  process.on("unhandledRejection", failFromOutside), process.on("uncaughtException", failFromOutside);
  try {
    await runAction(process.env);
  } catch (error) {
    error instanceof UsageError ? (setFailed(`scribe-lint: ${redact(error.message, process.env)}`), process.exitCode = 2) : (setFailed(`scribe-lint: internal error: ${redact(error.message, process.env)}`), debug(redact(error.stack ?? "", process.env)));
  }
}
await main();
