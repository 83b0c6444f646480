// Reading one statistic inside a savepoint, so a read the role may not make (a missing extension, a view
// without the privilege) costs that statistic only: the read-only session goes on, and the failure becomes
// an `unreadable` entry naming what could not be verified and which grant fixes it.

import type { CatalogConnection } from '../types.ts';
import type { HealthStatistic, Unreadable } from './facts.ts';

const SAVEPOINT = 'scribe_lint_health';
const INSUFFICIENT_PRIVILEGE = '42501';

/** The grant that lets a role see every session's and every role's statistics. */
export function statsGrant(role: string): string {
  return `grant pg_read_all_stats to ${role}`;
}

/** Runs `read` in a savepoint; a failure becomes an entry in `unreadable` and the result undefined. */
export async function readGuarded<T>(
  db: CatalogConnection,
  statistic: HealthStatistic,
  what: string,
  unreadable: Unreadable[],
  read: () => Promise<T>,
  /** The audit role, quoted, for the grant a privilege error suggests. */
  role = '<the audit role>',
): Promise<T | undefined> {
  await db.query(`savepoint ${SAVEPOINT}`);
  try {
    const value = await read();
    await db.query(`release savepoint ${SAVEPOINT}`);
    return value;
  } catch (error) {
    await db.query(`rollback to savepoint ${SAVEPOINT}`);
    unreadable.push({ statistic, what: `${what}: ${firstLine(error)}`, fix: fixFor(error, role) });
    return undefined;
  }
}

function fixFor(error: unknown, role: string): string {
  const code = (error as { code?: string }).code;
  if (code === INSUFFICIENT_PRIVILEGE) return statsGrant(role);
  return 'check that the audit role can read the statistics views';
}

function firstLine(error: unknown): string {
  const message = (error as { message?: string }).message ?? String(error);
  return message.split('\n')[0].trim();
}
