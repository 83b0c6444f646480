// The shadow schema source: the migration history replayed into an embedded PostgreSQL (PGlite, in a
// worker thread), with the origin of every object recorded so schema findings point at the statement that
// made the object.
//
// Never a hang, never a lost report: a statement that runs past its limit, or that breaks the embedded
// database (an abort, a WASM trap, out of memory, an error that is not an ordinary PostgreSQL error: see
// worker.ts), stops the worker; the shadow restarts, skips that statement (reported as a replay error,
// like any failing statement) and replays again from the start, so the state it goes on from is exactly
// the history without that statement. When the overall budget runs out instead (or the shadow keeps
// stopping), the replay stops there and says where, and the shadow answers every catalog query with no
// rows, so no schema rule judges a half-built schema.

import type { Config } from '../config.ts';
import { locationIn } from '../location.ts';
import { UsageError } from '../errors.ts';
import type { MigrationText } from '../history/migration-files.ts';
import type { LintOptions, Opened, RestoredObservations, SchemaSource } from '../providers.ts';
import { statementOf } from '../parse/ast.ts';
import { severityOf } from '../severity.ts';
import type { CatalogConnection, MigrationFile, ReplayError, ReplayStatus, Statement } from '../types.ts';
import {
  buildsToLoad,
  extensionsInText,
  extensionsNeeded,
  INSTALLED_BY_STANDIN,
  missingLibrary,
} from './extensions.ts';
import { LockObserver } from './lock-observer.ts';
import { OriginRecorder } from './origins.ts';
import {
  cacheDir,
  cacheKey,
  shadowLimits,
  ShadowStopped,
  startShadowDatabase,
  type ShadowDatabase,
  type ShadowSession,
  type StartOptions,
} from './pglite.ts';
import { ReplayInterrupted, Replayer, statementIn, type OnError, type ReplayOutcome } from './replay.ts';
import { restoreSession, SnapshotCache, type Found, type SnapshotFile } from './snapshot.ts';

export { listAuditPartitions, type AuditPartitions } from '../catalog/partitions.ts';

export interface ShadowReplayStatus extends ReplayStatus {
  /**
   * True when the replay ran out of time before the end of the history: the shadow holds only part of the
   * schema, its connection returns no rows, and schema rules other than replay-error should not run.
   */
  incomplete?: boolean;
  /** Milliseconds the replay took, after the shadow started (the files it replayed, not the restored ones). */
  replayMs?: number;
  /** Applied files the shadow restored from a snapshot of an earlier run instead of replaying (snapshot.ts). */
  restoredFiles?: number;
}

export interface ShadowSource extends SchemaSource {
  replay: ShadowReplayStatus;
}

/**
 * How many statements may stop the shadow before it gives up: each restart replays the history again
 * without every statement that stopped it so far, so this (and the overall budget) bounds the restarts.
 */
const MAX_RESTARTS = 25;

type LintChoices = Pick<LintOptions, 'config'> & Partial<Pick<LintOptions, 'rules'>>;

/**
 * A shadow started from the files' text while they are still being parsed: its snapshot and extensions
 * were chosen from the text alone, so openShadow takes it only when the parsed files choose the same.
 */
export interface EarlyShadow {
  /** The snapshot it started from. */
  found: Found | undefined;
  builds: ReadonlySet<string>;
  started: Promise<ShadowDatabase | ShadowStopped>;
  budgetStart: number;
  /** Ends it when openShadow does not take it (or the run ends before). */
  discard(): void;
}

/**
 * Starts the shadow from the files' text (lint.ts, before the parse): the start, about half a second,
 * then overlaps the parse of a long history.
 */
export function startShadowEarly(
  texts: readonly MigrationText[],
  options?: LintChoices,
  start: StartOptions = {},
): EarlyShadow {
  const limits = shadowLimits(start.limits);
  const budgetStart = performance.now();
  const extensions = extensionsInText(texts);
  const mode = { onError: onErrorFor(options?.config), observeLocks: wantsLocks(options) };
  const found = snapshotCache(texts, start, mode)?.find();
  const started = startOrExplain({ ...start, limits, extensions, budgetStart }, found, false);
  // A failed early start is reported, if at all, by the start openShadow makes in its place.
  started.catch(() => undefined);
  return {
    found,
    builds: new Set(buildsToLoad(extensions)),
    started,
    budgetStart,
    discard: () => void started.then(closeStarted, () => undefined),
  };
}

async function closeStarted(shadow: ShadowDatabase | ShadowStopped): Promise<void> {
  if (!(shadow instanceof ShadowStopped)) await shadow.db.close();
}

/** The early shadow, when it started from what the parsed files would start from; else it is ended. */
function earlyShadowFits(
  early: EarlyShadow | undefined,
  found: Found | undefined,
  extensions: readonly string[],
): EarlyShadow | undefined {
  if (!early) return undefined;
  if (early.found?.key === found?.key && buildsToLoad(extensions).every((name) => early.builds.has(name)))
    return early;
  early.discard();
  return undefined;
}

/** What a run hands openShadow besides the files: the shadow it started early, who hears of a snapshot. */
export interface ShadowHandOver {
  early?: EarlyShadow;
  /** Told, before the replay, the lock observations of the files a snapshot restores (lint.ts). */
  restored?: (observations: RestoredObservations | undefined) => void;
}

/** Replays the applied migration files into a fresh shadow database. Close it when the run is done. */
export async function openShadow(
  files: readonly MigrationFile[],
  options?: LintChoices,
  start: StartOptions = {},
  { early, restored }: ShadowHandOver = {},
): Promise<Opened<ShadowSource>> {
  // Read first: a malformed SCRIBE_LINT_SHADOW_* variable is a usage error, not a start failure.
  const limits = shadowLimits(start.limits);
  const skipped = new Map<Statement, string>();
  const requested = extensionsNeeded(files);
  let extensions = requested;
  const onError = onErrorFor(options?.config);
  const observeLocks = wantsLocks(options);
  const snapshots = snapshotCache(files, start, { onError, observeLocks });
  let found = snapshots?.find(early?.found);
  let first: ShadowDatabase | undefined;
  let begun = earlyShadowFits(early, found, extensions);
  const budgetStart = begun?.budgetStart ?? performance.now();
  restored?.(found && observeLocks ? restoredObservations(found, files) : undefined);
  for (;;) {
    const shadow = begun
      ? await begun.started
      : await startOrExplain({ ...start, limits, extensions, budgetStart }, found, first !== undefined);
    begun = undefined;
    if (shadow instanceof ShadowStopped) return incompleteShadow(files, { stopped: shadow }, first);
    first ??= shadow;
    const { db } = shadow;
    const resume = await resumeFrom(shadow, found);
    if (found && !resume) {
      // The entry did not load (or its session did not restore): forget it, and replay from the start.
      snapshots?.discard(found);
      found = undefined;
      if (shadow.restored) {
        await db.close();
        continue;
      }
    }
    const origins = new OriginRecorder(db);
    const replayer = new Replayer(db, origins, { skipped, onError, observeLocks });
    try {
      const replayStarted = performance.now();
      const outcome = await replayer.replay(files, resume?.state);
      const replayMs = performance.now() - replayStarted;
      if (extensions === requested && outcome.errors.some(reachedMissingLibrary)) {
        // A call the history's text did not show (dynamic SQL) needed a library left out: again, with all.
        await db.close();
        extensions = [...requested, ...INSTALLED_BY_STANDIN];
        continue;
      }
      await db.readArrayTypes();
      db.endBudget();
      // Written as the run ends, after the rules (whose queries only read): it delays no finding. A replay
      // that skipped a statement which stopped the shadow is not kept: that skip belongs to this run.
      const keep = snapshots && skipped.size === 0 ? replayer.endState : undefined;
      return {
        value: {
          mode: 'shadow',
          connection: connectionTo(db),
          locate: (k, n) => origins.locate(k, n),
          replay: { ...status(outcome, first), replayMs, restoredFiles: resume?.state.files ?? 0 },
          ...(replayer.observer && { observed: (s: Statement) => replayer.observer?.observed(s) }),
        },
        close: async () => {
          if (keep) await snapshots?.save(db, keep, resume, outcome.filesMs);
          await db.close();
        },
      };
    } catch (error) {
      await db.close();
      if (!(error instanceof ShadowStopped || error instanceof ReplayInterrupted)) throw error;
      const interrupted = error instanceof ReplayInterrupted ? error : undefined;
      const stopped = interrupted?.stopped ?? (error as ShadowStopped);
      if (interrupted && stopped.reason !== 'total-limit' && skipped.size < MAX_RESTARTS) {
        skipped.set(interrupted.statement, skippedMessage(stopped));
        continue;
      }
      const tooMany = interrupted && stopped.reason !== 'total-limit';
      const reason = tooMany
        ? new ShadowStopped('crashed', `the shadow database stopped ${MAX_RESTARTS + 1} times`)
        : stopped;
      return incompleteShadow(
        files,
        { stopped: reason, reached: replayer.lastReached, errorsSoFar: replayer.errorsSoFar },
        first,
      );
    }
  }
}

/**
 * The lock observations the snapshot holds, by this run's statements (the replay restores the same ones);
 * undefined when it holds none, or names a statement this history lacks (the replay then ignores it too).
 */
function restoredObservations(
  found: Found,
  files: readonly MigrationFile[],
): RestoredObservations | undefined {
  const observer = new LockObserver();
  const state = found.state.observer;
  if (!state || !observer.restore(state, statementIn(files.filter((file) => file.applied)))) return undefined;
  return { appliedFiles: found.state.files, observed: (statement) => observer.observed(statement) };
}

/** The replay snapshots of this history's mode, unless caching is off. */
function snapshotCache(
  files: readonly SnapshotFile[],
  start: StartOptions,
  mode: { onError: OnError; observeLocks: boolean },
): SnapshotCache | undefined {
  const dir = cacheDir(start.cacheDir);
  return dir === undefined ? undefined : new SnapshotCache(dir, files, { standin: cacheKey(), ...mode });
}

/**
 * The snapshot to go on from, when the shadow loaded it and took its session settings; undefined when
 * there was none or it did not load, and the shadow is a fresh one.
 */
async function resumeFrom(shadow: ShadowDatabase, found: Found | undefined): Promise<Found | undefined> {
  if (!found || !shadow.restored) return undefined;
  try {
    await restoreSession(shadow.db, found.session);
    return found;
  } catch {
    return undefined;
  }
}

/**
 * Locks are observed when a rule that reads them is on (their cost is one catalog query per statement), or
 * when the caller names no rules (a test of the shadow itself).
 */
function wantsLocks(options: Partial<Pick<LintOptions, 'config' | 'rules'>> | undefined): boolean {
  if (!options?.rules) return true;
  const config = options.config;
  return options.rules.some(
    (rule) => rule.meta.observesLocks && (!config || severityOf(rule, config) !== 'off'),
  );
}

/** Under `runner = "psql"` every statement stands alone: there is no file to roll back. */
function onErrorFor(config: Config | undefined): OnError {
  if (!config || config.runner === 'psql') return 'skip-statement';
  return config.shadow?.onError ?? 'skip-statement';
}

/**
 * Starts the shadow, from the snapshot `found` when there is one. A first start that fails is a usage error (exit 2: the machine cannot run it); a
 * restart that fails, or any start past the overall budget, ends the replay there instead.
 */
async function startOrExplain(
  options: StartOptions,
  found: Found | undefined,
  restarting: boolean,
): Promise<ShadowDatabase | ShadowStopped> {
  try {
    return await startShadowDatabase({ ...options, ...(found && { snapshot: found.data }) });
  } catch (error) {
    if (error instanceof ShadowStopped && error.reason === 'total-limit') return error;
    const reason = error instanceof Error ? error.message : String(error);
    if (restarting) return new ShadowStopped('crashed', `the shadow database could not restart (${reason})`);
    throw new UsageError(`the shadow database could not start: ${reason} (use --no-shadow to skip it)`);
  }
}

function skippedMessage(stopped: ShadowStopped): string {
  const what =
    stopped.reason === 'crashed' ? `stopped the shadow database (${stopped.message})` : stopped.message;
  return `${what}; it was skipped and the replay went on without it`;
}

function status(outcome: ReplayOutcome, first: ShadowDatabase): ShadowReplayStatus {
  return {
    filesReplayed: outcome.filesReplayed,
    statementsReplayed: outcome.statementsReplayed,
    errors: outcome.errors,
    startMs: first.startMs,
    warmStart: first.warmStart,
  };
}

interface Stop {
  stopped: ShadowStopped;
  /** The statement the replay had started when it stopped. */
  reached?: { file: MigrationFile; statement: Statement };
  /** Statement failures found before the stop: still true, so still reported. */
  errorsSoFar?: readonly ReplayError[];
}

/**
 * The replay could not finish (its overall time, a shadow that kept stopping): the failures found so far,
 * one error saying where it stopped, and a connection with no rows (the worker is gone, and a half-built
 * schema would only produce wrong findings).
 */
function incompleteShadow(
  files: readonly MigrationFile[],
  stop: Stop,
  first: ShadowDatabase | undefined,
): Opened<ShadowSource> {
  const { reached } = stop;
  const location = reached
    ? locationIn(reached.file, reached.statement.start, reached.statement.end)
    : firstFileStart(files);
  const where = reached
    ? `it reached ${reached.file.displayPath}, statement ${reached.statement.index + 1} (line ${location.line})`
    : 'it stopped before the first statement';
  const stopError: ReplayError = {
    location,
    message: `${stop.stopped.message}: ${where}; schema rules were not run on the incomplete shadow`,
    endsReplay: true,
  };
  const replay: ShadowReplayStatus = {
    filesReplayed: 0,
    statementsReplayed: 0,
    errors: [...(stop.errorsSoFar ?? []), stopError],
    startMs: first?.startMs ?? 0,
    warmStart: first?.warmStart ?? false,
    incomplete: true,
  };
  const connection: CatalogConnection = { query: async () => [] };
  return { value: { mode: 'shadow', connection, locate: () => undefined, replay }, close: async () => {} };
}

/** Where an incomplete replay is reported when it stopped before any statement: the first file's start. */
function firstFileStart(files: readonly MigrationFile[]): ReplayError['location'] {
  const file = files.find((candidate) => candidate.applied) ?? files[0];
  return locationIn(file, 0, 0);
}

/**
 * The rules' connection: a catalog query that outlives its limit ends the run with one clear line. The
 * rules only read, and several ask the same question (a table's indexes, a schema's tables), so each
 * distinct SELECT is answered once, a copy for each asker; any other statement (a rule's savepoint
 * around a probe) forgets the answers.
 */
export function connectionTo(db: Pick<ShadowSession, 'query'>): CatalogConnection {
  const answers = new Map<string, Promise<unknown[]>>();
  const ask = async (sql: string, params?: unknown[]): Promise<unknown[]> => {
    try {
      return (await db.query<unknown>(sql, params)).rows;
    } catch (error) {
      if (!(error instanceof ShadowStopped)) throw error;
      // Not a usage error: a fault of the shadow costs its findings, not the report (src/lint.ts).
      throw new Error(`the shadow database stopped while the schema rules ran: ${error.message}`);
    }
  };
  return {
    async query<Row extends object>(sql: string, params?: unknown[]): Promise<Row[]> {
      if (!/^\s*(select|with)\b/i.test(sql)) {
        answers.clear();
        return (await ask(sql, params)) as Row[];
      }
      const key = `${sql}\0${JSON.stringify(params ?? [], (_, value: unknown) =>
        typeof value === 'bigint' ? { bigint: String(value) } : value,
      )}`;
      let answer = answers.get(key);
      if (!answer) {
        answer = ask(sql, params);
        answers.set(key, answer);
        answer.catch(() => answers.delete(key));
      }
      return structuredClone(await answer) as Row[];
    },
  };
}

function reachedMissingLibrary(error: ReplayError): boolean {
  return missingLibrary(error.message) !== undefined;
}
