import { count, percent } from '../src/health/format.ts';
import { reportUnreadable } from '../src/health/unreadable.ts';
import type { HealthContext, Rule } from '../src/types.ts';

// SPEC-2's success metric "Cache hit rate > 80%": a Redis cache that misses most lookups adds a round trip
// to each request and takes little load off the database. The database's own buffer cache is noted too
// (below 99 % usually means the working set does not fit in memory), as info: it is not the spec's metric.
// Both are counters since the server started (or the statistics were reset), read as they stand.
const BUFFER_TARGET_PCT = 99;
/** Fewer block reads than this say more about a cold start than about the working set. */
const MIN_BLOCKS = 10_000;

const rule: Rule = {
  meta: {
    id: 'cache-hit-rate',
    description:
      'The Redis keyspace hit rate is at least the target; the database buffer cache hit ratio is noted.',
    defaultSeverity: 'warning',
    sources: ['health'],
    inputs: ['redis', 'database'],
  },

  checkHealth(context) {
    checkRedis(context);
    checkBufferCache(context);
  },
};

function checkRedis({ facts, config, report }: HealthContext): void {
  reportUnreadable(facts, 'redis', report);
  if (!facts.redis) return;
  const { keyspaceHits: hits, keyspaceMisses: misses } = facts.redis;
  const target = config.health.cacheHitPct;
  if (hits + misses === 0) {
    report({
      severity: 'info',
      message: `could not verify the Redis cache hit rate: no lookups since the server started (target: at least ${target} %)`,
      object: 'redis',
    });
    return;
  }
  if ((100 * hits) / (hits + misses) >= target) return;
  report({
    message: `the Redis keyspace hit rate is ${percent(hits, hits + misses)} (${count(hits)} hits, ${count(misses)} misses), below the ${target} % target: cache what is read again, or stop caching what is not`,
    object: 'redis',
  });
}

function checkBufferCache({ facts, report }: HealthContext): void {
  reportUnreadable(facts, 'database', report);
  if (!facts.database) return;
  const { blocksHit: hit, blocksRead: read, name } = facts.database;
  if (hit + read < MIN_BLOCKS || (100 * hit) / (hit + read) >= BUFFER_TARGET_PCT) return;
  report({
    severity: 'info',
    message: `the buffer cache hit ratio of database \`${name}\` is ${percent(hit, hit + read)} (${count(hit)} hits, ${count(read)} reads), below ${BUFFER_TARGET_PCT} %: the working set may not fit in shared_buffers`,
    object: name,
  });
}

export default rule;
