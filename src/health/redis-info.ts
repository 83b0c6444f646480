// Redis `INFO stats` for cache-hit-rate: one INFO command on its own short connection, in addition to the
// keyspace scan's SCAN/TYPE/TTL, and before the scan (whose TTL lookups count as keyspace hits). No ready
// check (it would send an INFO of its own) and no client metadata.
//
// A failure here is never the run's error: the scan that follows opens Redis too and reports an unreachable
// server as the one-line exit-2 error it always has. Here it only makes the hit rate unverified, and the
// timeouts are short so that a server that never answers costs the scan's own timeout and little more.

import { Redis } from 'ioredis';
import { maskSecrets } from '../catalog/secrets.ts';
import { parseRedisUrl } from '../redis/scan.ts';
import type { RedisStatsFacts, Unreadable } from './facts.ts';

export async function readRedisStats(
  url: string,
  unreadable: Unreadable[],
): Promise<RedisStatsFacts | undefined> {
  const target = parseRedisUrl(url);
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 3000,
    commandTimeout: 3000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableReadyCheck: false,
    disableClientInfo: true,
    autoResubscribe: false,
  });
  let lastError: Error | undefined;
  client.on('error', (error: Error) => (lastError = error));
  try {
    await client.connect();
    return parseStats(await client.info('stats'));
  } catch (error) {
    const message = (lastError ?? (error as Error)).message ?? String(error);
    if (/NOPERM/.test(message)) {
      unreadable.push({
        statistic: 'redis',
        what: 'the Redis cache hit rate: the user may not run INFO',
        fix: 'ACL SETUSER <the audit user> +info',
      });
      return undefined;
    }
    const reason = maskSecrets(message.split('\n')[0].trim(), target.password ? [target.password] : []);
    unreadable.push({
      statistic: 'redis',
      what: `the Redis cache hit rate: INFO failed at ${target.shown} (${reason})`,
      fix: 'check that the Redis user may run INFO',
    });
    return undefined;
  } finally {
    client.disconnect();
  }
}

/** `keyspace_hits` and `keyspace_misses` out of INFO's `name:value` lines. */
export function parseStats(info: string): RedisStatsFacts {
  const field = (name: string): number => {
    const match = new RegExp(`^${name}:(\\d+)\\s*$`, 'm').exec(info);
    if (!match) throw new Error(`INFO stats has no ${name}`);
    return Number(match[1]);
  };
  return { keyspaceHits: field('keyspace_hits'), keyspaceMisses: field('keyspace_misses') };
}
