// The shadow schema source: the migration history replayed into an embedded PostgreSQL (PGlite), with
// the origin of every object recorded so schema findings point at the statement that made the object.

import type { CreateExtensionStmt } from 'libpg-query';
import type { SchemaSource } from '../engine.ts';
import type { LintOptions, Opened } from '../lint.ts';
import { statementOf } from '../parse/ast.ts';
import type { CatalogConnection, MigrationFile, ReplayStatus } from '../types.ts';
import { OriginRecorder } from './origins.ts';
import { startShadowDatabase, type StartOptions } from './pglite.ts';
import { Replayer } from './replay.ts';

export { listAuditPartitions, type AuditPartitions } from '../catalog/partitions.ts';

export interface ShadowSource extends SchemaSource {
  replay: ReplayStatus;
}

/** Replays the applied migration files into a fresh shadow database. Close it when the run is done. */
export async function openShadow(
  files: readonly MigrationFile[],
  _options?: Pick<LintOptions, 'config'>,
  start: StartOptions = {},
): Promise<Opened<ShadowSource>> {
  const shadow = await startShadowDatabase({ ...start, extensions: requestedExtensions(files) });
  const { db } = shadow;
  try {
    const origins = new OriginRecorder(db);
    const outcome = await new Replayer(db, origins).replay(files);
    const connection: CatalogConnection = {
      async query<Row extends object>(sql: string, params?: unknown[]): Promise<Row[]> {
        return (await db.query<Row>(sql, params)).rows;
      },
    };
    const replay: ReplayStatus = {
      filesReplayed: outcome.filesReplayed,
      statementsReplayed: outcome.statementsReplayed,
      errors: outcome.errors,
      startMs: shadow.startMs,
      warmStart: shadow.warmStart,
    };
    return {
      value: { mode: 'shadow', connection, locate: (kind, name) => origins.locate(kind, name), replay },
      close: () => db.close(),
    };
  } catch (error) {
    await db.close();
    throw error;
  }
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
