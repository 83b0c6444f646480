import type { CacheWrite } from '../src/source/facts.ts';
import { keyNamePrefix, tableForPrefix } from '../src/source/phi-names.ts';
import type { Rule, SourceContext } from '../src/types.ts';
import { examples } from './phi-cache.ts';

// A cache entry without an expiry is a second copy of the data that never goes away: it serves stale
// programs and roles after an update whose invalidation was missed, and grows the cache without bound.
const rule: Rule = {
  meta: {
    id: 'cache-ttl',
    description: 'Every cache write sets an expiry, and live keys of cached prefixes have a TTL.',
    defaultSeverity: 'warning',
    sources: ['source', 'redis'],
  },

  checkSource(context) {
    for (const write of context.cacheWrites) checkWrite(write, context);
  },

  // Every key group, whatever its prefix: a key without a TTL never leaves, allowed cache prefix or not.
  checkRedis(context) {
    for (const group of context.groups) {
      if (group.keysWithoutTtl === 0) continue;
      const shown = group.examplesWithoutTtl?.length ? group.examplesWithoutTtl : group.exampleKeys;
      const partial = context.complete ? '' : ' (so far: the scan stopped at its key budget)';
      const cached = tableForPrefix(group.prefix, context.config.phi.cacheAllow) ? 'cached ' : '';
      context.report({
        message: `${group.keysWithoutTtl.toLocaleString('en-US')} of ${group.keyCount.toLocaleString('en-US')} keys under ${cached}prefix \`${group.prefix}\` have no TTL${partial}, e.g. ${examples(shown)}`,
        object: `redis:${group.prefix}`,
      });
    }
  },
};

function checkWrite(write: CacheWrite, context: SourceContext): void {
  if (write.unchecked !== undefined || write.hasExpiry) return;
  context.report({ message: messageFor(write), location: write.location });
}

function messageFor(write: CacheWrite): string {
  const key = write.keyPrefix ? ` of \`${keyNamePrefix(write.keyPrefix)}\` keys` : '';
  if (write.keepsTtl) {
    return `\`${write.callee}\`${key} with \`KEEPTTL\` sets no expiry of its own: a key it creates never expires`;
  }
  if (write.viaWrapper) {
    return `\`${write.callee}\`${key} passes no TTL: pass one, or \`expire\` the key in the same function`;
  }
  const fix =
    write.method === 'set'
      ? 'pass `EX`/`PX` (or use `setex`), or `expire` the key in the same function'
      : '`expire` the key in the same function';
  return `\`${write.callee}\`${key} sets no expiry: ${fix}`;
}

export default rule;
