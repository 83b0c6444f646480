// The `Providers.readHealth` of src/lint.ts: every statistic the health rules judge, read once, one query
// each, in the live audit's read-only session (`db`, absent with only --redis), and Redis INFO with
// --redis. Nothing is written and nothing is reset: statistics are read as they stand.

import type { LintOptions } from '../providers.ts';
import type { CatalogConnection } from '../types.ts';
import { readConnections } from './connections.ts';
import { readDatabaseCache } from './database.ts';
import type { HealthFacts } from './facts.ts';
import { readRedisStats } from './redis-info.ts';
import { readStatements } from './statements.ts';
import { readTables } from './tables.ts';

export async function readHealth(
  db: CatalogConnection | undefined,
  options: Pick<LintOptions, 'config' | 'redisUrl'>,
): Promise<HealthFacts> {
  const facts: HealthFacts = {
    read: { database: db !== undefined, redis: !!options.redisUrl },
    unreadable: [],
  };
  if (db) {
    // the audit role's name, quoted as SQL needs it, for the grants the findings suggest
    const [{ role }] = await db.query<{ role: string }>('select quote_ident(current_user) as role');
    facts.statements = await readStatements(db, role, options.config, facts.unreadable);
    facts.connections = await readConnections(db, role, facts.unreadable);
    facts.tables = await readTables(db, role, facts.unreadable);
    facts.database = await readDatabaseCache(db, role, facts.unreadable);
  }
  if (options.redisUrl) facts.redis = await readRedisStats(options.redisUrl, facts.unreadable);
  return facts;
}
