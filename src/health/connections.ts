// Connection headroom: client backends (every database of the cluster shares max_connections) against the
// slots clients can use, which is max_connections less the slots kept for superusers (and, from
// PostgreSQL 16, for roles with pg_use_reserved_connections).

import type { CatalogConnection } from '../types.ts';
import type { ConnectionFacts, Unreadable } from './facts.ts';
import { readGuarded } from './read.ts';

interface Row {
  clients: number;
  max: number;
  reserved: number;
}

export async function readConnections(
  db: CatalogConnection,
  role: string,
  unreadable: Unreadable[],
): Promise<ConnectionFacts | undefined> {
  // backend_type is shown for every session, whatever the role's privileges; the audit's own session
  // counts, since it holds a slot too
  const rows = await readGuarded(
    db,
    'connections',
    'connection usage',
    unreadable,
    () =>
      db.query<Row>(
        `select (select count(*) from pg_stat_activity where backend_type = 'client backend')::int as clients,
              current_setting('max_connections')::int as max,
              current_setting('superuser_reserved_connections')::int
                + coalesce(nullif(current_setting('reserved_connections', true), '')::int, 0) as reserved`,
      ),
    role,
  );
  const row = rows?.[0];
  if (!row) return undefined;
  return {
    clientBackends: Number(row.clients),
    maxConnections: Number(row.max),
    reserved: Number(row.reserved),
  };
}
