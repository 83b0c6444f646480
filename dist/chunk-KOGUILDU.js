import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);
import {
  sourceFoldersExist
} from "./chunk-AXLB2HKF.js";
import {
  HistoryModel,
  allRules,
  checkMigrations,
  runLint
} from "./chunk-JD2MU42I.js";
import {
  collectMigrationPaths,
  displayPathOf,
  loadParser,
  readMigrationFile,
  readMigrationText
} from "./chunk-C74ZEOQR.js";
import {
  prewarmShadow
} from "./chunk-L7IHH2D7.js";
import {
  failsRun,
  severityOf
} from "./chunk-BJJ7RUVL.js";
import {
  NotVerifiedError,
  UsageError
} from "./chunk-KMD5P3L4.js";

// src/checks-meanwhile.ts
async function checkStatementsMeanwhile(files, options, leaveObserving) {
  return checkInSlices(files, files.length, {
    rules: options.rules.filter((rule) => !(leaveObserving && rule.meta.observesLocks)),
    config: options.config,
    changedFiles: options.changedFiles
  });
}
async function checkRestoredFiles(files, options, restored) {
  if (!restored) return;
  let fileCount = filesThroughApplied(files, restored.appliedFiles), read = /* @__PURE__ */ new Map(), observed = (statement) => {
    let seen = restored.observed(statement);
    return read.set(statement, seen), seen;
  }, history = new HistoryModel(), rules = options.rules.filter((rule) => rule.meta.observesLocks), { config, changedFiles } = options;
  try {
    return { fileCount, history, findings: await checkInSlices(files, fileCount, { rules, config, changedFiles, observed }, history), read };
  } catch {
    return;
  }
}
async function checkInSlices(files, fileCount, check, history = new HistoryModel()) {
  let findings = [];
  for (let from = 0; from < fileCount; from += FILES_PER_SLICE) {
    await new Promise((resolve) => setImmediate(resolve));
    let slice = files.slice(from, Math.min(from + FILES_PER_SLICE, fileCount));
    findings.push(
      ...checkMigrations({ ...check, files: slice, allFiles: files, firstFileNumber: from, history })
    );
  }
  return findings;
}
var FILES_PER_SLICE = 16;
function filesThroughApplied(files, applied) {
  let seen = 0;
  for (let index = 0; index < files.length; index++)
    if (files[index].applied && ++seen > applied) return index;
  return files.length;
}
function agreeingCheck(check, observed) {
  if (!(!check || !observed)) {
    for (let [statement, seen] of check.read) if (observed(statement) !== seen) return;
    return check;
  }
}

// src/lint.ts
import path from "node:path";

// src/provider-faults.ts
var SOURCE_OF = {
  shadow: "schema",
  live: "schema",
  source: "source",
  redis: "redis",
  health: "health",
  platform: "platform"
}, ProviderFaults = class {
  constructor(rules) {
    this.rules = rules;
  }
  rules;
  faults = [];
  /**
   * Runs one provider step (opening the shadow, analysing sources, scanning Redis). A fault becomes a
   * recorded fault and the step yields undefined, as if the source were absent.
   */
  async guard(provider, what, step) {
    try {
      return await step();
    } catch (error) {
      if (error instanceof UsageError) throw error;
      let lost = this.rulesFed(provider).map((rule) => rule.meta.id);
      this.record(
        provider,
        this.firstRuleFor(provider),
        `${what} failed unexpectedly: ${oneLine(error)}`,
        lost
      );
      return;
    }
  }
  /**
   * The rules with their schema checks guarded: a check that faults reports nothing of its own (a half-run
   * check proves nothing) and is named in the fault finding instead; the other rules still run.
   */
  guardSchemaRules(rules, provider) {
    return rules.map((rule) => {
      let check = rule.checkSchema;
      return check ? { ...rule, checkSchema: (context) => this.checkGuarded(rule, check, context, provider) } : rule;
    });
  }
  async checkGuarded(rule, check, context, provider) {
    let reports = [];
    try {
      await check({ ...context, report: (finding) => reports.push(finding) });
    } catch (error) {
      if (error instanceof UsageError || error instanceof NotVerifiedError)
        throw reports.forEach((finding) => context.report(finding)), error;
      let ruleId = this.reporterOf(provider) ?? rule.meta.id;
      this.record(provider, ruleId, `${rule.meta.id} could not run: ${oneLine(error)}`, [rule.meta.id]);
      return;
    }
    reports.forEach((finding) => context.report(finding));
  }
  /** Why each faulted source is missing, for the report's list of rules that did not run. */
  missingSources() {
    let reasons = {};
    for (let fault of this.faults) reasons[SOURCE_OF[fault.provider]] ??= fault.reason;
    return reasons;
  }
  /**
   * Adds one finding per faulted provider to the result (they count in every run, with `--since` too:
   * what was not checked was not checked in the changed files either), and the incomplete-replay stop.
   */
  addTo(result, config, changedFiles) {
    for (let fault of this.merged()) {
      let severity = configuredOrError(fault.ruleId, config);
      if (severity === void 0) continue;
      let notChecked = fault.notChecked.length > 0 ? `; not checked: ${fault.notChecked.join(", ")}` : "", finding = { ruleId: fault.ruleId, severity, message: `${fault.reason}${notChecked}` };
      changedFiles && (finding.isNew = !0), result.findings.push(finding), addNotRun(result, fault);
    }
    changedFiles && countIncompleteReplay(result, this.incompleteShadowReporters()), result.failed = result.findings.some((finding) => failsRun(finding, result.failOn));
  }
  record(provider, ruleId, reason, notChecked) {
    this.faults.push({ provider, ruleId, reason, notChecked });
  }
  /** One fault per provider: the first reason, every rule it cost. */
  merged() {
    let byProvider = /* @__PURE__ */ new Map();
    for (let fault of this.faults) {
      let seen = byProvider.get(fault.provider);
      seen ? seen.notChecked.push(...fault.notChecked.filter((id) => !seen.notChecked.includes(id))) : byProvider.set(fault.provider, { ...fault, notChecked: [...fault.notChecked] });
    }
    return [...byProvider.values()];
  }
  rulesFed(provider) {
    let source = SOURCE_OF[provider];
    return this.rules.filter((rule) => checkOf(rule, source) !== void 0);
  }
  firstRuleFor(provider) {
    return this.reporterOf(provider) ?? this.rulesFed(provider)[0]?.meta.id ?? "fk-index";
  }
  /** The rule that reports every fault of this provider (`meta.reportsFaultsOf`), if there is one. */
  reporterOf(provider) {
    if (provider !== "live")
      return this.rules.find((rule) => rule.meta.reportsFaultsOf?.includes(provider))?.meta.id;
  }
  /** The rules that report an incomplete replay's stop (`meta.runsOnIncompleteShadow`). */
  incompleteShadowReporters() {
    return new Set(this.rules.filter((rule) => rule.meta.runsOnIncompleteShadow).map((rule) => rule.meta.id));
  }
};
function checkOf(rule, source) {
  return {
    statement: rule.checkStatement ?? rule.checkFile,
    schema: rule.checkSchema,
    source: rule.checkSource,
    redis: rule.checkRedis,
    health: rule.checkHealth,
    platform: rule.checkPlatform
  }[source];
}
function configuredOrError(ruleId, config) {
  let setting = config.rules[ruleId];
  if (setting !== "off")
    return setting ?? "error";
}
function addNotRun(result, fault) {
  let listed = new Set((result.rulesNotRun ?? []).map((entry) => entry.ruleId)), added = fault.notChecked.filter((id) => !listed.has(id)).map((ruleId) => ({ ruleId, reason: fault.reason }));
  added.length > 0 && (result.rulesNotRun = [...result.rulesNotRun ?? [], ...added]);
}
function countIncompleteReplay(result, reporters) {
  if (!result.replay?.incomplete) return;
  let stops = result.replay.errors.filter((error) => error.endsReplay);
  for (let finding of result.findings) {
    if (!reporters.has(finding.ruleId) || !finding.location) continue;
    stops.find(
      (error) => error.message === finding.message && sameLocation(error.location, finding.location)
    ) && (finding.isNew = !0);
  }
}
function sameLocation(a, b) {
  return a.file === b.file && a.line === b.line && a.column === b.column;
}
function oneLine(error) {
  return (error instanceof Error ? error.message : String(error)).split(`
`)[0].trim() || String(error);
}

// src/lint.ts
async function lint(options, given) {
  let providers = given ?? await defaultProviders(), shadowLoaded = options.shadow && !options.databaseUrl ? providers.prewarmShadow?.().catch(() => {
  }) : void 0, parallel = await checkStatementsInParallel(options);
  await loadParser(), parallel || await startShadowEarly(options, providers, shadowLoaded);
  let opened = [], faults = new ProviderFaults(options.rules), schemaProvider = options.databaseUrl ? "live" : "shadow";
  try {
    let files = parallel?.files ?? readMigrations(options);
    await shadowLoaded;
    let hearRestored = () => {
    }, restored = new Promise((resolve) => hearRestored = resolve), schemaOpening = faults.guard(
      schemaProvider,
      schemaWhat(options),
      () => openSchema(files, options, providers, hearRestored)
    ), noSnapshot = () => hearRestored(void 0);
    schemaOpening.then(noSnapshot, noSnapshot);
    let leaveObserving = !parallel && options.shadow, statementsChecked = parallel ? Promise.resolve(parallel.statementFindings) : checkStatementsMeanwhile(files, options, leaveObserving), restoredChecked = leaveObserving ? statementsChecked.then(
      async () => checkRestoredFiles(files, options, await restored),
      () => {
      }
    ) : void 0, sourcesAnalyzed = faults.guard(
      "source",
      "the source analysis",
      async () => providers.analyzeSources?.(options)
    ), [schema, [statementFindings, cacheWrites]] = await bothSettled(
      schemaOpening,
      Promise.all([statementsChecked, sourcesAnalyzed]),
      opened
    ), observingChecked = agreeingCheck(await restoredChecked, schema?.value.observed?.bind(schema.value)), observing = await faults.guard(
      "shadow",
      "the shadow replay for lock observation",
      () => openObservingShadow(files, options, providers)
    );
    observing && opened.push(observing);
    let health = await readHealth(schema?.value, options, providers, faults), redis = options.redisUrl ? await faults.guard(
      "redis",
      "the Redis scan",
      async () => providers.scanRedis?.(options.redisUrl, options)
    ) : void 0, platform = await faults.guard(
      "platform",
      "reading the platform settings",
      async () => providers.readPlatform?.(options)
    ), result = await runLint({
      files,
      config: options.config,
      rules: faults.guardSchemaRules(options.rules, schemaProvider),
      now: options.now,
      schema: schema?.value,
      cacheWrites,
      redis,
      health,
      platform,
      changedFiles: options.changedFiles,
      statementFindings,
      checkObservingRules: leaveObserving,
      observingChecked,
      observed: observing?.value.observed?.bind(observing.value),
      missingSources: { ...missingSources(files, options), ...faults.missingSources() }
    });
    return faults.addTo(result, options.config, options.changedFiles), files.length === 0 && !options.databaseUrl && !options.redisUrl && !options.supabaseProject && (result.nothingFound = { lookedAt: lookedAt(options) }), schema && await options.inspectSchema?.(schema.value), result;
  } finally {
    providers.endEarlyShadow?.();
    for (let resource of opened) await resource.close();
  }
}
async function startShadowEarly(options, providers, shadowLoaded) {
  if (!options.shadow || options.databaseUrl || !providers.startShadowEarly) return;
  let texts;
  try {
    texts = migrationPaths(options).map((file) => readMigrationText(file, options.cwd));
  } catch {
    return;
  }
  texts.some((text) => text.applied) && (await shadowLoaded, await providers.startShadowEarly(texts, options).catch(() => {
  }));
}
async function bothSettled(schema, sources, opened) {
  let [first, second] = await Promise.allSettled([schema, sources]);
  if (first.status === "fulfilled" && first.value && opened.push(first.value), first.status === "rejected") throw first.reason;
  if (second.status === "rejected") throw second.reason;
  return [first.value, second.value];
}
async function checkStatementsInParallel(options) {
  let ruleIds = parallelRuleIds(options.rules.filter((rule) => !rule.meta.observesLocks));
  if (options.databaseUrl || options.shadow || !ruleIds) return;
  let { checkInParallel } = await import("./chunk-SCFM7D3V.js");
  return checkInParallel(
    migrationPaths(options),
    options.cwd,
    options.config,
    ruleIds,
    process.env,
    options.changedFiles
  );
}
function parallelRuleIds(rules) {
  if (rules.every((rule) => allRules.includes(rule)))
    return rules.map((rule) => rule.meta.id);
}
function schemaWhat(options) {
  return options.databaseUrl ? "the live database audit" : "the shadow replay";
}
function missingSources(files, options) {
  return {
    schema: options.shadow ? files.length === 0 ? "no migration files to replay and no --db" : "the shadow replay did not run" : "--no-shadow and no --db",
    redis: "no --redis",
    source: "no app source folder matches `[phi] source`",
    health: options.databaseUrl ? "the live database audit did not open" : "no --db or --redis"
  };
}
function lookedAt(options) {
  return options.paths.length > 0 ? options.paths.join(", ") : displayPathOf(path.resolve(options.config.baseDir, options.config.migrations), options.cwd);
}
function migrationPaths(options) {
  let useDefault = options.paths.length === 0, paths = useDefault ? [options.config.migrations] : options.paths, base = useDefault ? options.config.baseDir : options.cwd;
  return collectMigrationPaths(paths, base, { optional: useDefault });
}
function readMigrations(options) {
  return migrationPaths(options).map((file) => readMigrationFile(file, options.cwd));
}
async function readHealth(schema, options, providers, faults) {
  let live = schema?.mode === "live" ? schema.connection : void 0;
  if (!(options.databaseUrl && !live && !options.redisUrl) && !(!options.databaseUrl && !options.redisUrl))
    return faults.guard(
      "health",
      "reading the live statistics",
      async () => providers.readHealth?.(live, options)
    );
}
async function openSchema(files, options, providers, restored) {
  if (options.databaseUrl) return providers.openLive?.(options.databaseUrl, options);
  if (options.shadow && files.length > 0) return providers.openShadow?.(files, options, restored);
}
async function openObservingShadow(files, options, providers) {
  return !options.databaseUrl || !options.shadow || !files.some((file) => file.applied) ? void 0 : options.rules.some(
    (rule) => rule.meta.observesLocks && severityOf(rule, options.config) !== "off"
  ) ? providers.openShadow?.(files, options) : void 0;
}
async function defaultProviders() {
  let early, startOptions = (options) => options.cache === !1 ? { cacheDir: !1 } : {};
  return {
    // Imported ahead (not on demand like the rest): the worker must exist before the parse holds this
    // thread, and a dynamic import would only resolve after it. The shadow's own code loads meanwhile.
    prewarmShadow: async () => {
      prewarmShadow(), await import("./chunk-WW7BQ3A6.js");
    },
    startShadowEarly: async (texts, options) => {
      early = (await import("./chunk-WW7BQ3A6.js")).startShadowEarly(texts, options, startOptions(options));
    },
    endEarlyShadow: () => {
      early?.discard(), early = void 0;
    },
    openShadow: async (files, options, restored) => {
      let begun = early;
      return early = void 0, (await import("./chunk-WW7BQ3A6.js")).openShadow(files, options, startOptions(options), { early: begun, restored });
    },
    openLive: async (url) => (await import("./chunk-V2J4OGMW.js")).openLive(url),
    analyzeSources: async (options) => {
      if (sourceFoldersExist(options.config.phi.source, options.config.baseDir))
        return (await import("./chunk-DLPEIAQ4.js")).analyzeSources(options);
    },
    scanRedis: async (url, options) => (await import("./chunk-IOYTHKWF.js")).scanRedis(url, options),
    readPlatform: async (options) => (await import("./chunk-WFQIEXTI.js")).readPlatform(options),
    readHealth: async (db, options) => (await import("./chunk-NLWU775P.js")).readHealth(db, options)
  };
}

// src/report/counts.ts
function countFindings(findings) {
  let counts = { error: 0, warning: 0, info: 0, suppressed: 0, existing: 0 };
  for (let finding of findings)
    finding.suppressed ? counts.suppressed++ : finding.isNew === !1 ? counts.existing++ : counts[finding.severity]++;
  return counts;
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
var ORDER = { error: 0, warning: 1, info: 2 };
function bySeverity(findings) {
  return [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}

// src/report/text.ts
var CONTROL = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function escapeCodePoint(char) {
  let code = char.codePointAt(0);
  return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16)}`;
}
function escapeControls(text, keep = "") {
  return text.replace(CONTROL, (char) => keep.includes(char) ? char : escapeCodePoint(char));
}
var ZERO_WIDTH = /^[\p{Mn}\p{Me}\u200b-\u200d\u2060\ufeff\ufe00-\ufe0f]$/u;
function displayWidth(char) {
  if (ZERO_WIDTH.test(char)) return 0;
  let code = char.codePointAt(0);
  return code >= 4352 && code <= 4447 || code >= 11904 && code <= 12350 || code >= 12353 && code <= 13311 || code >= 13312 && code <= 19903 || code >= 19968 && code <= 40959 || code >= 40960 && code <= 42191 || code >= 44032 && code <= 55203 || code >= 63744 && code <= 64255 || code >= 65072 && code <= 65103 || code >= 65280 && code <= 65376 || code >= 65504 && code <= 65510 || code >= 127744 && code <= 128591 || code >= 129280 && code <= 129791 || code >= 131072 && code <= 262141 ? 2 : 1;
}
var TAB = "    ";
function cellsOf(line) {
  let cells = [], at = 0;
  for (let char of line) {
    let shown = char === "	" ? TAB : escapeControls(char), width = shown === char ? displayWidth(char) : shown.length;
    cells.push({ at, shown, width }), at += char.length;
  }
  return cells;
}
var FRAME_WIDTH = 120, LEAD = 30, CUT = "\u2026";
function frameLine(line, from, to) {
  let cells = cellsOf(line), columns = [], total = 0;
  for (let cell of cells)
    columns.push(total), total += cell.width;
  let columnOf = (index) => {
    let cell = cells.findIndex((candidate) => candidate.at >= index);
    return cell === -1 ? total : columns[cell];
  }, start = columnOf(from), end = Math.max(start, columnOf(to)), low = 0, high = total;
  total > FRAME_WIDTH && (low = Math.max(0, Math.min(start - LEAD, total - FRAME_WIDTH)), high = low + FRAME_WIDTH);
  let kept = cells.filter((cell, index) => columns[index] >= low && columns[index] + cell.width <= high), first = kept.length > 0 ? columns[cells.indexOf(kept[0])] : low, last = kept.length > 0 ? first + kept.reduce((sum, cell) => sum + cell.width, 0) : low, before = first > 0 ? CUT : "", after = last < total ? CUT : "", underlineStart = before.length + Math.max(0, start - first), underlineEnd = before.length + Math.min(end, last) - first;
  return {
    text: before + kept.map((cell) => cell.shown).join("") + after,
    underlineStart,
    underlineWidth: Math.max(1, underlineEnd - underlineStart)
  };
}

// src/fix/edits.ts
var OverlappingEditsError = class extends Error {
  constructor(first, second) {
    super(
      `fix edits overlap in ${first.file}: bytes ${first.start}-${first.end} and ${second.start}-${second.end}`
    );
    this.first = first;
    this.second = second;
    this.name = "OverlappingEditsError";
  }
  first;
  second;
};
function applyEdits(text, edits) {
  if (edits.length === 0) return text;
  let bytes = Buffer.from(text, "utf8"), sorted = distinct(edits).map((edit, order) => ({ edit, order })).sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.order - b.order).map(({ edit }) => edit), pieces = [], copied = 0, previous;
  for (let edit of sorted) {
    if (!Number.isInteger(edit.start) || !Number.isInteger(edit.end) || edit.start < 0)
      throw new RangeError(`fix edit range ${edit.start}-${edit.end} is not a byte range`);
    if (edit.end < edit.start || edit.end > bytes.length)
      throw new RangeError(
        `fix edit range ${edit.start}-${edit.end} is outside ${edit.file} (${bytes.length} bytes)`
      );
    if (previous && edit.start < previous.end) throw new OverlappingEditsError(previous, edit);
    pieces.push(bytes.subarray(copied, edit.start), Buffer.from(edit.text, "utf8")), copied = edit.end, previous = edit;
  }
  return pieces.push(bytes.subarray(copied)), Buffer.concat(pieces).toString("utf8");
}
function distinct(edits) {
  let seen = /* @__PURE__ */ new Set();
  return edits.filter((edit) => {
    let key = JSON.stringify([edit.file, edit.start, edit.end, edit.text]);
    return seen.has(key) ? !1 : (seen.add(key), !0);
  });
}

export {
  lint,
  readMigrations,
  countFindings,
  plural,
  bySeverity,
  escapeControls,
  frameLine,
  applyEdits
};
