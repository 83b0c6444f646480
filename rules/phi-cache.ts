import type { CacheWrite } from '../src/source/facts.ts';
import { keyNamePrefix, tableForPrefix } from '../src/source/phi-names.ts';
import type { RedisContext, Rule, SourceContext } from '../src/types.ts';

// SPEC-2 §6 allows caching programs, clients and roles and forbids caching messages and notes: a cache
// sits outside the database's RLS, audit log and PITR retention, so PHI in it escapes all three.
const rule: Rule = {
  meta: {
    id: 'phi-cache',
    description: 'No PHI (messages, notes, conversations, consents) is written to a Redis cache.',
    defaultSeverity: 'error',
    sources: ['source', 'redis'],
    reportsFaultsOf: ['source', 'redis'],
  },

  checkSource(context) {
    for (const write of context.cacheWrites) checkWrite(write, context);
  },

  checkRedis(context) {
    for (const group of context.groups) {
      const table = tableForPrefix(group.prefix, context.config.phi.tables);
      if (table) {
        context.report({
          message: `${countOf(group.keyCount, context)} under PHI prefix \`${group.prefix}\` (table \`${table}\`), e.g. ${examples(group.exampleKeys)}: PHI must not be cached`,
          object: `redis:${group.prefix}`,
        });
      } else if (!tableForPrefix(group.prefix, context.config.phi.cacheAllow)) {
        // Neither PHI nor allowed: the audit cannot say either way, and says so rather than pass it.
        context.report({
          message: `prefix \`${group.prefix}\` is not known to be PHI-free, ${countOf(group.keyCount, context)}, e.g. ${examples(group.exampleKeys)}: add it to \`[phi] cache_allow\` if it holds no PHI, or its table to \`[phi] tables\``,
          object: `redis:${group.prefix}`,
          severity: 'info',
        });
      }
    }
  },
};

function checkWrite(write: CacheWrite, context: SourceContext): void {
  if (write.unchecked !== undefined) {
    context.report({
      message: `could not check this file for PHI cache writes: ${write.unchecked}`,
      location: write.location,
    });
    return;
  }
  const keyTable = phiKeyTable(write, context.config.phi.tables);
  const reasons: string[] = [];
  if (keyTable)
    reasons.push(`under key prefix \`${keyNamePrefix(write.keyPrefix!)}\` (table \`${keyTable}\`)`);
  if (write.valueFromTables.length > 0) {
    const tables = write.valueFromTables.map((table) => `\`${table}\``).join(', ');
    reasons.push(`data read from PHI table${write.valueFromTables.length > 1 ? 's' : ''} ${tables}`);
  }
  if (reasons.length === 0) return;
  context.report({
    message: `\`${write.callee}\` caches ${reasons.join(' and ')}: PHI must not be cached`,
    location: write.location,
  });
}

/** The key's name prefix is known when the static part reaches a `:` or the whole key is static. */
function phiKeyTable(write: CacheWrite, tables: readonly string[]): string | undefined {
  const prefix = write.keyPrefix;
  if (prefix === undefined || (!prefix.includes(':') && !write.keyIsStatic)) return undefined;
  return tableForPrefix(keyNamePrefix(prefix), tables);
}

function countOf(count: number, context: RedisContext): string {
  const keys = `${count.toLocaleString('en-US')} key${count === 1 ? '' : 's'}`;
  return context.complete ? keys : `at least ${keys} (the scan stopped at its key budget)`;
}

export function examples(keys: readonly string[]): string {
  return keys.map((key) => `\`${printableKey(key)}\``).join(', ');
}

/** Key names are shown, never values; control characters and long names are cut so a report stays one line. */
function printableKey(key: string): string {
  const clean = key.replace(/[\u0000-\u001f\u007f`]/g, '?');
  return clean.length > 60 ? `${clean.slice(0, 59)}…` : clean;
}

export default rule;
