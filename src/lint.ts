// One lint run, from options to result: the orchestration shared by the CLI, the Action and the tests.
// It gathers the sources (migration files, shadow or live schema, app sources, Redis), runs the engine,
// and always releases what it opened.

import { agreeingCheck, checkRestoredFiles, checkStatementsMeanwhile } from './checks-meanwhile.ts';
import { runLint, type LintResult } from './engine.ts';
import {
  collectMigrationPaths,
  readMigrationFile,
  readMigrationText,
  type MigrationText,
} from './history/migration-files.ts';
import { loadParser } from './parse/parse-file.ts';
import { sourceFoldersExist } from './source/folders.ts';
import type { MigrationFile, Rule, SourceKind } from './types.ts';
import { displayPathOf } from './history/migration-files.ts';
import path from 'node:path';
import { allRules } from '../rules/index.ts';
import type { ParallelResult } from './parallel/index.ts';
import { ProviderFaults } from './provider-faults.ts';
import type { LintOptions, Opened, Providers, RestoredObservations, SchemaSource } from './providers.ts';
import type { HealthFacts } from './health/facts.ts';
import { severityOf } from './severity.ts';
import type { EarlyShadow } from './shadow/index.ts';
import { prewarmShadow } from './shadow/pglite.ts';

export async function lint(options: LintOptions, given?: Providers): Promise<LintResult> {
  const providers = given ?? (await defaultProviders());
  // The shadow worker boots while this thread reads and parses the history.
  const shadowLoaded =
    options.shadow && !options.databaseUrl ? providers.prewarmShadow?.().catch(() => undefined) : undefined;
  const parallel = await checkStatementsInParallel(options);
  await loadParser();
  if (!parallel) await startShadowEarly(options, providers, shadowLoaded);
  const opened: Opened<unknown>[] = [];
  const faults = new ProviderFaults(options.rules);
  const schemaProvider = options.databaseUrl ? 'live' : 'shadow';
  try {
    const files = parallel?.files ?? readMigrations(options);
    // With the shadow's code loaded, its start reaches the worker before this thread turns to the rules.
    await shadowLoaded;
    // The shadow replays in its own thread: the statement rules and the source analysis run in this one
    // meanwhile.
    let hearRestored: (observations: RestoredObservations | undefined) => void = () => {};
    const restored = new Promise<RestoredObservations | undefined>((resolve) => (hearRestored = resolve));
    const schemaOpening = faults.guard(schemaProvider, schemaWhat(options), () =>
      openSchema(files, options, providers, hearRestored),
    );
    const noSnapshot = () => hearRestored(undefined);
    schemaOpening.then(noSnapshot, noSnapshot);
    // The rules judged on observed locks wait for the shadow's observations (engine.ts checks them), but
    // for the files its snapshot restores: those come before the replay, and are checked meanwhile.
    const leaveObserving = !parallel && options.shadow;
    const statementsChecked = parallel
      ? Promise.resolve(parallel.statementFindings)
      : checkStatementsMeanwhile(files, options, leaveObserving);
    const restoredChecked = leaveObserving
      ? statementsChecked.then(
          async () => checkRestoredFiles(files, options, await restored),
          () => undefined,
        )
      : undefined;
    const sourcesAnalyzed = faults.guard('source', 'the source analysis', async () =>
      providers.analyzeSources?.(options),
    );
    const [schema, [statementFindings, cacheWrites]] = await bothSettled(
      schemaOpening,
      Promise.all([statementsChecked, sourcesAnalyzed]),
      opened,
    );
    const observingChecked = agreeingCheck(await restoredChecked, schema?.value.observed?.bind(schema.value));
    const observing = await faults.guard('shadow', 'the shadow replay for lock observation', () =>
      openObservingShadow(files, options, providers),
    );
    if (observing) opened.push(observing);
    // before the scan: its TTL and TYPE lookups count as keyspace hits in the INFO cache-hit-rate reads
    const health = await readHealth(schema?.value, options, providers, faults);
    const redis = options.redisUrl
      ? await faults.guard('redis', 'the Redis scan', async () =>
          providers.scanRedis?.(options.redisUrl!, options),
        )
      : undefined;
    const platform = await faults.guard('platform', 'reading the platform settings', async () =>
      providers.readPlatform?.(options),
    );
    const result = await runLint({
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
      missingSources: { ...missingSources(files, options), ...faults.missingSources() },
    });
    faults.addTo(result, options.config, options.changedFiles);
    if (files.length === 0 && !options.databaseUrl && !options.redisUrl && !options.supabaseProject)
      result.nothingFound = { lookedAt: lookedAt(options) };
    if (schema) await options.inspectSchema?.(schema.value);
    return result;
  } finally {
    providers.endEarlyShadow?.();
    for (const resource of opened) await resource.close();
  }
}

/**
 * With the shadow on, starts it from the files' text, so that its start (about half a second) overlaps
 * the parse of a long history. Anything wrong with the files is left to the parse, which reports it.
 */
async function startShadowEarly(
  options: LintOptions,
  providers: Providers,
  shadowLoaded: Promise<void> | undefined,
): Promise<void> {
  if (!options.shadow || options.databaseUrl || !providers.startShadowEarly) return;
  let texts: MigrationText[];
  try {
    texts = migrationPaths(options).map((file) => readMigrationText(file, options.cwd));
  } catch {
    return;
  }
  if (!texts.some((text) => text.applied)) return;
  await shadowLoaded;
  await providers.startShadowEarly(texts, options).catch(() => undefined);
}

/**
 * Waits for the schema source and the source analysis, which run at the same time. The schema source is
 * kept for closing before anything is rethrown (a usage error from either), so it is never left open.
 */
async function bothSettled<A, B>(
  schema: Promise<Opened<A> | undefined>,
  sources: Promise<B>,
  opened: Opened<unknown>[],
): Promise<[Opened<A> | undefined, B]> {
  const [first, second] = await Promise.allSettled([schema, sources]);
  if (first.status === 'fulfilled' && first.value) opened.push(first.value as Opened<unknown>);
  if (first.status === 'rejected') throw first.reason;
  if (second.status === 'rejected') throw second.reason;
  return [first.value, second.value];
}

/**
 * A static lint (no shadow, no live database) parses and checks the files on every core; anything else
 * needs the parse trees here, in the main thread.
 */
async function checkStatementsInParallel(options: LintOptions): Promise<ParallelResult | undefined> {
  // A rule judged on the shadow's lock observations has nothing to judge here (it is listed as not run),
  // and the trees it reads would only slow the parse down.
  const ruleIds = parallelRuleIds(options.rules.filter((rule) => !rule.meta.observesLocks));
  if (options.databaseUrl || options.shadow || !ruleIds) return undefined;
  const { checkInParallel } = await import('./parallel/index.ts');
  return checkInParallel(
    migrationPaths(options),
    options.cwd,
    options.config,
    ruleIds,
    process.env,
    options.changedFiles,
  );
}

/**
 * The ids a worker runs the rules by (rules are code and cannot cross a thread), or undefined when a rule
 * is not one of the bundled rules a worker can look up (a test's own rule): those runs stay on this thread.
 */
export function parallelRuleIds(rules: readonly Rule[]): string[] | undefined {
  if (!rules.every((rule) => allRules.includes(rule))) return undefined;
  return rules.map((rule) => rule.meta.id);
}

function schemaWhat(options: LintOptions): string {
  return options.databaseUrl ? 'the live database audit' : 'the shadow replay';
}

/** Why a source is absent from this run, for the report's list of rules that did not run. */
function missingSources(
  files: readonly MigrationFile[],
  options: LintOptions,
): Partial<Record<SourceKind, string>> {
  const noSchema = !options.shadow
    ? '--no-shadow and no --db'
    : files.length === 0
      ? 'no migration files to replay and no --db'
      : 'the shadow replay did not run';
  return {
    schema: noSchema,
    redis: 'no --redis',
    source: 'no app source folder matches `[phi] source`',
    health: options.databaseUrl ? 'the live database audit did not open' : 'no --db or --redis',
  };
}

/** Where migration files were looked for: the given paths, or the config's folder. */
function lookedAt(options: LintOptions): string {
  if (options.paths.length > 0) return options.paths.join(', ');
  return displayPathOf(path.resolve(options.config.baseDir, options.config.migrations), options.cwd);
}

function migrationPaths(options: Pick<LintOptions, 'cwd' | 'config' | 'paths'>): string[] {
  const useDefault = options.paths.length === 0;
  const paths = useDefault ? [options.config.migrations] : options.paths;
  const base = useDefault ? options.config.baseDir : options.cwd;
  return collectMigrationPaths(paths, base, { optional: useDefault });
}

export function readMigrations(options: Pick<LintOptions, 'cwd' | 'config' | 'paths'>): MigrationFile[] {
  return migrationPaths(options).map((file) => readMigrationFile(file, options.cwd));
}

/** The live statistics: with `--db` (in the audit's own session) and with `--redis` (its `INFO`). */
async function readHealth(
  schema: SchemaSource | undefined,
  options: LintOptions,
  providers: Providers,
  faults: ProviderFaults,
): Promise<HealthFacts | undefined> {
  const live = schema?.mode === 'live' ? schema.connection : undefined;
  if (options.databaseUrl && !live && !options.redisUrl) return undefined;
  if (!options.databaseUrl && !options.redisUrl) return undefined;
  return faults.guard('health', 'reading the live statistics', async () =>
    providers.readHealth?.(live, options),
  );
}

async function openSchema(
  files: readonly MigrationFile[],
  options: LintOptions,
  providers: Providers,
  restored: (observations: RestoredObservations | undefined) => void,
): Promise<Opened<SchemaSource> | undefined> {
  if (options.databaseUrl) return providers.openLive?.(options.databaseUrl, options);
  if (options.shadow && files.length > 0) return providers.openShadow?.(files, options, restored);
  return undefined;
}

/**
 * With `--db` and migration files, the schema is the live database, but only a replay can observe what the
 * migrations' statements lock and rewrite: the shadow replays them too when a rule reading that is on
 * (and `--no-shadow` was not given). Without `--db` the shadow is the schema and observes as it replays.
 */
async function openObservingShadow(
  files: readonly MigrationFile[],
  options: LintOptions,
  providers: Providers,
): Promise<Opened<SchemaSource> | undefined> {
  if (!options.databaseUrl || !options.shadow || !files.some((file) => file.applied)) return undefined;
  const observes = options.rules.some(
    (rule) => rule.meta.observesLocks && severityOf(rule, options.config) !== 'off',
  );
  return observes ? providers.openShadow?.(files, options) : undefined;
}

/** The providers that exist in this build. Modules register here as they land. */
async function defaultProviders(): Promise<Providers> {
  let early: EarlyShadow | undefined;
  const startOptions = (options: LintOptions) =>
    options.cache === false ? { cacheDir: false as const } : {};
  return {
    // Imported ahead (not on demand like the rest): the worker must exist before the parse holds this
    // thread, and a dynamic import would only resolve after it. The shadow's own code loads meanwhile.
    prewarmShadow: async () => {
      prewarmShadow();
      await import('./shadow/index.ts');
    },
    startShadowEarly: async (texts, options) => {
      early = (await import('./shadow/index.ts')).startShadowEarly(texts, options, startOptions(options));
    },
    endEarlyShadow: () => {
      early?.discard();
      early = undefined;
    },
    openShadow: async (files, options, restored) => {
      const begun = early;
      early = undefined;
      const shadow = await import('./shadow/index.ts');
      return shadow.openShadow(files, options, startOptions(options), { early: begun, restored });
    },
    openLive: async (url) => (await import('./catalog/live.ts')).openLive(url),
    analyzeSources: async (options) => {
      if (!sourceFoldersExist(options.config.phi.source, options.config.baseDir)) return undefined;
      return (await import('./source/index.ts')).analyzeSources(options);
    },
    scanRedis: async (url, options) => (await import('./redis/scan.ts')).scanRedis(url, options),
    readPlatform: async (options) => (await import('./platform/index.ts')).readPlatform(options),
    readHealth: async (db, options) => (await import('./health/index.ts')).readHealth(db, options),
  };
}
