// The audited database's buffer cache counters, for cache-hit-rate's info note.

import type { CatalogConnection } from '../types.ts';
import type { DatabaseCacheFacts, Unreadable } from './facts.ts';
import { readGuarded } from './read.ts';

export async function readDatabaseCache(
  db: CatalogConnection,
  role: string,
  unreadable: Unreadable[],
): Promise<DatabaseCacheFacts | undefined> {
  const rows = await readGuarded(
    db,
    'database',
    'the buffer cache hit ratio',
    unreadable,
    () =>
      db.query<{ name: string; hit: number; read: number }>(
        `select datname as name, blks_hit::float8 as hit, blks_read::float8 as read
         from pg_stat_database where datname = current_database()`,
      ),
    role,
  );
  const row = rows?.[0];
  return row && { name: row.name, blocksHit: Number(row.hit), blocksRead: Number(row.read) };
}
