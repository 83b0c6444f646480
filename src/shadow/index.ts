// The shadow schema source: the migration history replayed into an embedded PostgreSQL (PGlite, in a
// worker thread), with the origin of every object recorded so schema findings point at the statement that
// made the object.
//
// Never a hang: a statement that runs past its limit (or crashes the database) stops the worker; the
// shadow restarts, skips that statement (reported as a replay error, like any failing statement) and
// replays again. When the overall budget runs out instead, the replay stops there, says so, and the
// shadow answers every catalog query with no rows, so no schema rule judges a half-built schema.

import type { CreateExtensionStmt } from 'libpg-query';
import { locationIn, type SchemaSource } from '../engine.ts';
import { UsageError } from '../errors.ts';
import type { LintOptions, Opened } from '../lint.ts';
import { statementOf } from '../parse/ast.ts';
import type { CatalogConnection, MigrationFile, ReplayError, ReplayStatus, Statement } from '../types.ts';
import { OriginRecorder } from './origins.ts';
import { ShadowStopped, startShadowDatabase, type ShadowDatabase, type StartOptions } from './pglite.ts';
import { ReplayInterrupted, Replayer, type ReplayOutcome } from './replay.ts';

export { listAuditPartitions, type AuditPartitions } from '../catalog/partitions.ts';

export interface ShadowReplayStatus extends ReplayStatus {
  /**
   * True when the replay ran out of time before the end of the history: the shadow holds only part of the
   * schema, its connection returns no rows, and schema rules other than replay-error should not run.
   */
  incomplete?: boolean;
}

export interface ShadowSource extends SchemaSource {
  replay: ShadowReplayStatus;
}

/** Replays the applied migration files into a fresh shadow database. Close it when the run is done. */
export async function openShadow(
  files: readonly MigrationFile[],
  _options?: Pick<LintOptions, 'config'>,
  start: StartOptions = {},
): Promise<Opened<ShadowSource>> {
  const budgetStart = performance.now();
  const skipped = new Map<Statement, string>();
  const extensions = requestedExtensions(files);
  let first: ShadowDatabase | undefined;
  for (;;) {
    const shadow = await startOrExplain({ ...start, extensions, budgetStart });
    first ??= shadow;
    const { db } = shadow;
    try {
      const origins = new OriginRecorder(db);
      const outcome = await new Replayer(db, origins, skipped).replay(files);
      db.endBudget();
      const replay = status(outcome, first);
      return {
        value: {
          mode: 'shadow',
          connection: connectionTo(db),
          locate: (k, n) => origins.locate(k, n),
          replay,
        },
        close: () => db.close(),
      };
    } catch (error) {
      await db.close();
      if (!(error instanceof ShadowStopped || error instanceof ReplayInterrupted)) throw error;
      const stopped = error instanceof ReplayInterrupted ? error.stopped : error;
      if (error instanceof ReplayInterrupted && stopped.reason !== 'total-limit') {
        skipped.set(error.statement, skippedMessage(stopped));
        continue;
      }
      return incompleteShadow(files, error instanceof ReplayInterrupted ? error : undefined, stopped, first);
    }
  }
}

async function startOrExplain(options: StartOptions): Promise<ShadowDatabase> {
  try {
    return await startShadowDatabase(options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
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

/**
 * The replay ran out of its overall time: one replay error where it stopped, and a connection with no
 * rows (the worker is gone, and a half-built schema would only produce wrong findings).
 */
function incompleteShadow(
  files: readonly MigrationFile[],
  interrupted: ReplayInterrupted | undefined,
  stopped: ShadowStopped,
  first: ShadowDatabase,
): Opened<ShadowSource> {
  const location = interrupted?.location ?? lastStatementLocation(files);
  const errors: ReplayError[] = location
    ? [{ location, message: `${stopped.message}; schema rules were not run on the incomplete shadow` }]
    : [];
  const replay: ShadowReplayStatus = {
    filesReplayed: 0,
    statementsReplayed: 0,
    errors,
    startMs: first.startMs,
    warmStart: first.warmStart,
    incomplete: true,
  };
  const connection: CatalogConnection = { query: async () => [] };
  return { value: { mode: 'shadow', connection, locate: () => undefined, replay }, close: async () => {} };
}

function lastStatementLocation(files: readonly MigrationFile[]): ReplayError['location'] | undefined {
  const file = [...files].reverse().find((candidate) => candidate.applied && candidate.statements.length > 0);
  const statement = file?.statements.at(-1);
  return file && statement && locationIn(file, statement.start, statement.end);
}

/** The rules' connection: a catalog query that outlives its limit ends the run with one clear line. */
function connectionTo(db: ShadowDatabase['db']): CatalogConnection {
  return {
    async query<Row extends object>(sql: string, params?: unknown[]): Promise<Row[]> {
      try {
        return (await db.query<Row>(sql, params)).rows;
      } catch (error) {
        if (!(error instanceof ShadowStopped)) throw error;
        throw new UsageError(`the shadow database stopped while the schema rules ran: ${error.message}`);
      }
    },
  };
}

/** Extensions the history creates, so the shadow loads the ones PGlite ships before replaying. */
function requestedExtensions(files: readonly MigrationFile[]): string[] {
  const names = new Set<string>();
  for (const file of files) {
    for (const statement of file.statements) {
      const create = statementOf<CreateExtensionStmt>(statement.node, 'CreateExtensionStmt');
      if (create?.extname) names.add(create.extname);
    }
  }
  return [...names];
}
