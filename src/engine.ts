// The rule engine: feeds each rule the sources it declared, collects findings, then applies the
// configured severities, suppression comments and `--since`. Rules only report; everything about what
// happens to a finding afterwards lives here, once.

import type { Config } from './config.ts';
import { NotVerifiedError, ruleFailure } from './errors.ts';
import { HistoryModel, type HistoryEffect } from './history/model.ts';
import { locationIn } from './location.ts';
import { locksTaken, type StatementLock } from './locks.ts';
import type { HealthFacts } from './health/facts.ts';
import type { PlatformFacts } from './platform/facts.ts';
import type { RedisScan, SchemaSource } from './providers.ts';
import { failsRun, findingSeverity, severityOf } from './severity.ts';
import type { CacheWrite } from './source/facts.ts';
import { lowerSmallTableHazards } from './small-tables.ts';
import { applySuppressions } from './suppress.ts';
import type {
  FactInput,
  FailOn,
  Finding,
  MigrationFile,
  ReplayStatus,
  Report,
  Rule,
  SchemaMode,
  SourceKind,
  Statement,
  StatementContext,
  StatementObservation,
  Suppression,
} from './types.ts';

export interface LintRequest {
  files: readonly MigrationFile[];
  config: Config;
  rules: readonly Rule[];
  now: Date;
  schema?: SchemaSource;
  cacheWrites?: readonly CacheWrite[];
  redis?: RedisScan;
  /** The live statistics (`--db`, `--redis`), for the health rules. */
  health?: HealthFacts;
  /** The Supabase project's settings, for the platform rules. */
  platform?: PlatformFacts;
  /** With `--since`: display paths of the files changed since the ref. */
  changedFiles?: ReadonlySet<string>;
  /**
   * Findings of the statement and file rules that need no lock observation, when they were computed
   * already (on other threads, src/parallel; or while the shadow replayed, src/lint.ts).
   */
  statementFindings?: readonly Finding[];
  /**
   * True when `statementFindings` left out the rules judged on observed locks, checked before the shadow
   * had observed anything (src/lint.ts): they are checked here, with `observed` when there is one.
   */
  checkObservingRules?: boolean;
  /** With `checkObservingRules`: those rules' check of the history's first files, done already (lint.ts). */
  observingChecked?: ObservingChecked;
  /** Why a source is missing from this run (src/lint.ts knows), for the rules-not-run list. */
  missingSources?: Partial<Record<SourceKind, string>>;
  /**
   * The shadow's lock observations when the schema checked is not the shadow (`--db` with migration files);
   * otherwise they come from `schema`.
   */
  observed?: (statement: Statement) => StatementObservation | undefined;
}

/** The rules judged on observed locks, checked over the history's first `fileCount` files. */
export interface ObservingChecked {
  fileCount: number;
  /** The history after those files. */
  history: HistoryModel;
  findings: readonly Finding[];
}

/** An active rule that could not run because none of its sources was there, and why. */
export interface RuleNotRun {
  ruleId: string;
  reason: string;
}

export interface LintResult {
  findings: Finding[];
  /** Suppressions that took effect, with their reasons, for the report summary. */
  suppressions: Suppression[];
  fileCount: number;
  statementCount: number;
  schemaMode?: SchemaMode;
  replay?: ReplayStatus;
  redis?: { scannedKeys: number; complete: boolean };
  failOn: FailOn;
  /** True when a finding at or above fail-on remains: the run exits 1. */
  failed: boolean;
  /** Active rules that did not run (no shadow, no --db, no --redis, no source folder), with the reason. */
  rulesNotRun?: RuleNotRun[];
  /**
   * Set when no migration file was found and nothing else (--db, --redis) was asked for: where the run
   * looked (display paths, comma-separated), so reports can say so and how to point it elsewhere.
   */
  nothingFound?: { lookedAt: string };
  /**
   * What the shadow saw the migrations lock on existing tables (SHARE UPDATE EXCLUSIVE and stronger), for
   * the markdown report; with `--since`, only the changed files'. Absent when locks were not observed.
   */
  locks?: StatementLock[];
}

export async function runLint(request: LintRequest): Promise<LintResult> {
  const { config } = request;
  const active = request.rules.filter((rule) => severityOf(rule, config) !== 'off');
  const collector = new FindingCollector(config);

  const observed = request.observed ?? request.schema?.observed?.bind(request.schema);
  // The statement rules not checked already: all of them, or those judged on observed locks.
  const statementRules = !request.statementFindings
    ? active
    : request.checkObservingRules
      ? active.filter((rule) => rule.meta.observesLocks)
      : [];
  collector.findings.push(...(request.statementFindings ?? []));
  if (statementRules.length > 0) {
    const { files, changedFiles } = request;
    const done = request.checkObservingRules ? request.observingChecked : undefined;
    const from = done?.fileCount ?? 0;
    collector.findings.push(
      ...(done?.findings ?? []),
      ...checkMigrations({
        files: files.slice(from),
        allFiles: files,
        firstFileNumber: from,
        history: done?.history,
        rules: statementRules,
        config,
        changedFiles,
        observed,
      }),
    );
  }
  if (request.schema) await checkSchema(request, active, collector);
  if (request.cacheWrites) {
    for (const rule of active) {
      const context = { cacheWrites: request.cacheWrites, config, report: collector.reporterFor(rule) };
      naming(rule, 'the source files', () => rule.checkSource?.(context));
    }
  }
  if (request.redis) {
    for (const rule of active) {
      const context = { ...request.redis, config, report: collector.reporterFor(rule) };
      naming(rule, 'the Redis keys', () => rule.checkRedis?.(context));
    }
  }
  if (request.health) {
    for (const rule of active) {
      const context = {
        facts: request.health,
        config,
        now: request.now,
        report: collector.reporterFor(rule),
      };
      naming(rule, 'the live statistics', () => rule.checkHealth?.(context));
    }
  }
  if (request.platform) {
    for (const rule of active) {
      const context = { facts: request.platform, config, report: collector.reporterFor(rule) };
      naming(rule, 'the platform settings', () => rule.checkPlatform?.(context));
    }
  }

  // After every rule, so that it sees every lock hazard: the live table sizes lower those on small tables.
  if (request.schema?.mode === 'live' && request.files.length > 0)
    await lowerSmallTableHazards(collector.findings, active, request.schema.connection, config);

  const { findings, suppressions } = applySuppressions(
    collector.findings,
    request.files,
    request.rules,
    config,
  );
  markNewFindings(findings, request.changedFiles);
  findings.sort(compareFindings);
  return {
    findings,
    suppressions,
    fileCount: request.files.length,
    statementCount: request.files.reduce((sum, file) => sum + file.statements.length, 0),
    schemaMode: request.schema?.mode,
    replay: request.schema?.replay,
    redis: request.redis && { scannedKeys: request.redis.scannedKeys, complete: request.redis.complete },
    failOn: config.failOn,
    ...(observed && { locks: locksTaken(changedOnly(request.files, request.changedFiles), observed) }),
    failed: findings.some((finding) => failsRun(finding, config.failOn)),
    rulesNotRun: rulesNotRun(active, request),
  };
}

const MISSING_SOURCE: Record<SourceKind, string> = {
  statement: 'no migration files',
  schema: 'no schema to check (no shadow replay, no --db)',
  source: 'no app source folder matches `[phi] source`',
  redis: 'no --redis',
  health: 'no --db or --redis',
  platform: 'no --supabase-project and no supabase/config.toml',
};

const NOT_OBSERVED = 'no shadow replay, where its locks are observed';

/** The active rules none of whose sources this run had (statement rules always run, if on nothing). */
function rulesNotRun(active: readonly Rule[], request: LintRequest): RuleNotRun[] {
  const incomplete = request.schema?.replay?.incomplete === true;
  const why = (source: SourceKind, rule: Rule): string | undefined => {
    if (source === 'statement') return undefined;
    if (source === 'health' && request.health) return inputsNotRead(rule, healthInputs(request.health));
    if (source === 'platform' && request.platform)
      return inputsNotRead(rule, platformInputs(request.platform));
    if (source === 'schema' && request.schema)
      return incomplete ? 'the shadow replay stopped early' : undefined;
    if (source === 'source' && request.cacheWrites) return undefined;
    if (source === 'redis' && request.redis) return undefined;
    return request.missingSources?.[source] ?? MISSING_SOURCE[source];
  };
  const observing = (request.observed ?? request.schema?.observed) !== undefined;
  const notRun: RuleNotRun[] = [];
  for (const rule of active) {
    if (incomplete && rule.meta.runsOnIncompleteShadow) continue; // it reports the early stop itself
    // Its statements are judged on what the shadow saw them lock: without a replay it judged nothing.
    if (rule.meta.observesLocks && !observing && request.files.length > 0) {
      notRun.push({ ruleId: rule.meta.id, reason: NOT_OBSERVED });
      continue;
    }
    const reasons = rule.meta.sources.map((source) => why(source, rule));
    if (reasons.some((reason) => reason === undefined)) continue;
    notRun.push({ ruleId: rule.meta.id, reason: [...new Set(reasons)].join(' and ') });
  }
  return notRun;
}

/** The flag or file that brings each input, for saying why a rule that needs it did not run. */
const INPUT_FLAG: Record<FactInput, string> = {
  database: 'no --db',
  redis: 'no --redis',
  'management-api': 'no --supabase-project',
  'config-toml': 'no supabase/config.toml',
};

/** Why a health or platform rule had nothing to judge: the run read none of the inputs it needs. */
function inputsNotRead(rule: Rule, read: ReadonlySet<FactInput>): string | undefined {
  const needs =
    rule.meta.inputs ?? (rule.meta.sources.includes('health') ? ['database'] : ['management-api']);
  if (needs.some((input) => read.has(input))) return undefined;
  return needs.map((input) => INPUT_FLAG[input]).join(' and ');
}

function healthInputs(health: HealthFacts): ReadonlySet<FactInput> {
  // Facts built by hand (tests) do not say what was read: take it all as read.
  const read = new Set<FactInput>();
  if (!health.read || health.read.database) read.add('database');
  if (!health.read || health.read.redis) read.add('redis');
  return read;
}

function platformInputs(platform: PlatformFacts): ReadonlySet<FactInput> {
  const read = new Set<FactInput>();
  if (platform.api) read.add('management-api');
  if (platform.configToml) read.add('config-toml');
  return read;
}

/** Turns rule reports into findings with the rule's id and configured severity. */
class FindingCollector {
  readonly findings: Finding[] = [];

  constructor(private readonly config: Config) {}

  reporterFor(rule: Rule): Report {
    const severity = severityOf(rule, this.config);
    if (severity === 'off') return () => {};
    return ({ severity: asked, ...finding }) =>
      this.findings.push({
        ruleId: rule.meta.id,
        severity: findingSeverity(rule, this.config, asked),
        ...finding,
      });
  }
}

export interface MigrationCheck {
  /** The files to check, in runner order. */
  files: readonly MigrationFile[];
  /** Every migration file of the run (for cross-file rules); `files` is a contiguous run of them. */
  allFiles: readonly MigrationFile[];
  /** Runner-order number of `files[0]` among all files. */
  firstFileNumber: number;
  /** The history as it stood before `files[0]`; a fresh model when checking from the first file. */
  history?: HistoryModel;
  rules: readonly Rule[];
  config: Config;
  /** With `--since`: objects created in these files are new to production (see HistoryModel.startFile). */
  changedFiles?: ReadonlySet<string>;
  /** What the shadow saw each statement lock and rewrite (StatementContext.observed). */
  observed?: (statement: Statement) => StatementObservation | undefined;
  /**
   * Each statement's history effect, by file then statement, when the caller computed them already
   * (src/parallel computes them to send to other threads); otherwise they are computed here.
   */
  effects?: readonly (readonly (HistoryEffect | undefined)[])[];
}

/** Runs the file and statement rules over a run of migration files and returns their findings. */
export function checkMigrations(check: MigrationCheck): Finding[] {
  const { files, allFiles, config } = check;
  const collector = new FindingCollector(config);
  const active = check.rules.filter((rule) => severityOf(rule, config) !== 'off');
  const fileRules = active.filter((rule) => rule.checkFile);
  const statementRules = active.filter((rule) => rule.checkStatement);
  const history = check.history ?? new HistoryModel();
  files.forEach((file, index) => {
    const locate = (start: number, end: number) => locationIn(file, start, end);
    for (const rule of fileRules) {
      const context = { allFiles, config, locate, report: collector.reporterFor(rule) };
      naming(rule, file.displayPath, () => rule.checkFile?.(file, context));
    }
    history.startFile(check.firstFileNumber + index, check.changedFiles?.has(file.displayPath) ?? false);
    // One context per rule and file: statements are many, and the hot loop should allocate nothing.
    const contexts = statementRules.map((rule) =>
      statementContext(rule, file, history, config, collector, check.observed),
    );
    const effects = check.effects?.[index];
    file.statements.forEach((statement, position) => {
      let i = 0;
      try {
        for (; i < statementRules.length; i++) statementRules[i].checkStatement!(statement, contexts[i]);
      } catch (error) {
        const line = file.lines.position(statement.start).line;
        throw ruleFailure(statementRules[i].meta.id, `${file.displayPath}:${line}`, error);
      }
      if (!effects) history.apply(statement);
      else if (effects[position]) history.applyEffect(effects[position]);
    });
  });
  return collector.findings;
}

/** Runs one rule's check; if it throws, the error names the rule and what it was checking. */
function naming(rule: Rule, checking: string, check: () => void): void {
  try {
    check();
  } catch (error) {
    throw ruleFailure(rule.meta.id, checking, error);
  }
}

function statementContext(
  rule: Rule,
  file: MigrationFile,
  history: HistoryModel,
  config: Config,
  collector: FindingCollector,
  observed: MigrationCheck['observed'],
): StatementContext {
  const locate = (start: number, end: number) => locationIn(file, start, end);
  return {
    file,
    history,
    config,
    locate,
    locateStatement: (statement: Statement) => locate(statement.start, statement.end),
    locateNode: (statement: Statement, at: number | undefined) =>
      locate(at === undefined ? statement.start : statement.nodeOffset + at, statement.end),
    observed: (statement: Statement) => observed?.(statement),
    report: collector.reporterFor(rule),
  };
}

async function checkSchema(
  request: LintRequest,
  rules: readonly Rule[],
  collector: FindingCollector,
): Promise<void> {
  const schema = request.schema!;
  for (const rule of rules) {
    if (!rule.checkSchema) continue;
    // On a replay that stopped early, every other rule would judge a schema that is missing objects.
    if (schema.replay?.incomplete && !rule.meta.runsOnIncompleteShadow) continue;
    const report = collector.reporterFor(rule);
    try {
      await rule.checkSchema({
        db: schema.connection,
        mode: schema.mode,
        config: request.config,
        now: request.now,
        locate: (kind, name) => schema.locate(kind, name),
        migrations: request.files,
        replay: schema.replay,
        report,
      });
    } catch (error) {
      // A check the live database would not let run (a lock held too long) is said, not passed silently.
      if (!(error instanceof NotVerifiedError)) throw ruleFailure(rule.meta.id, 'the schema', error);
      report({ message: `not verified: ${error.message}`, object: error.object, severity: 'info' });
    }
  }
}

function changedOnly(
  files: readonly MigrationFile[],
  changed: ReadonlySet<string> | undefined,
): readonly MigrationFile[] {
  return changed ? files.filter((file) => changed.has(file.displayPath)) : files;
}

function markNewFindings(findings: Finding[], changedFiles: ReadonlySet<string> | undefined): void {
  if (!changedFiles) return;
  for (const finding of findings) {
    finding.isNew = finding.location !== undefined && changedFiles.has(finding.location.file);
  }
}

function compareFindings(a: Finding, b: Finding): number {
  const fileA = a.location?.file ?? '\uffff';
  const fileB = b.location?.file ?? '\uffff';
  if (fileA !== fileB) return fileA < fileB ? -1 : 1;
  const byPlace =
    (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
    (a.location?.column ?? 0) - (b.location?.column ?? 0);
  if (byPlace !== 0) return byPlace;
  const objectA = a.object ?? '';
  const objectB = b.object ?? '';
  if (objectA !== objectB) return objectA < objectB ? -1 : 1;
  return a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
}
