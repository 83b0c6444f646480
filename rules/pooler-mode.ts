import type { ConfigTomlFacts, PoolerFacts } from '../src/platform/facts.ts';
import type { PlatformContext, Rule } from '../src/types.ts';

// SPEC-2 runs the OLTP traffic through the pooler in transaction mode: a server connection is held only
// for one transaction, so many short-lived clients (serverless functions, edge functions) share a few
// database connections. In session mode each client keeps one for its whole session, and a burst of
// clients exhausts `max_connections`.
const rule: Rule = {
  meta: {
    id: 'pooler-mode',
    description: "The primary's pooler runs in transaction mode, and config.toml's `[db.pooler]` too.",
    defaultSeverity: 'warning',
    sources: ['platform'],
    inputs: ['management-api', 'config-toml'],
  },

  checkPlatform(context) {
    if (context.facts.api) checkPrimary(context.facts.api.poolers, context);
    if (context.facts.configToml) checkConfigToml(context.facts.configToml, context);
  },
};

function checkPrimary(poolers: readonly PoolerFacts[], context: PlatformContext): void {
  const object = `supabase:${context.facts.projectRef}`;
  const primary = poolers.find((pooler) => pooler.databaseType === 'PRIMARY');
  if (!primary) {
    context.report({
      message:
        'the Management API lists no pooler for the primary database: its pool mode could not be verified',
      object,
      severity: 'info',
    });
    return;
  }
  if (primary.poolMode === 'transaction') return;
  context.report({
    message: `the primary's pooler runs in \`${primary.poolMode}\` mode (default_pool_size ${shown(primary.defaultPoolSize)}, max_client_conn ${shown(primary.maxClientConn)}): set it to \`transaction\`, the mode for OLTP`,
    object,
  });
}

/** The local stack's pooler (`supabase start`), so local runs meet transaction mode's limits too. */
function checkConfigToml(toml: ConfigTomlFacts, context: PlatformContext): void {
  const pooler = toml.pooler;
  if (!pooler) {
    context.report({
      message:
        'no `[db.pooler]` table: the local pooler is off; add it with `enabled = true` and `pool_mode = "transaction"`',
      location: { file: toml.file, line: 1, column: 1, endLine: 1, endColumn: 1 },
    });
    return;
  }
  if (pooler.enabled?.value !== true) {
    context.report({
      message: `\`[db.pooler] enabled\` is ${tomlValue(pooler.enabled?.value)}: set \`enabled = true\``,
      location: pooler.enabled?.location ?? pooler.location,
    });
  }
  const mode = pooler.poolMode;
  if (mode && mode.value !== 'transaction') {
    context.report({
      message: `\`[db.pooler] pool_mode\` is ${tomlValue(mode.value)}: set \`pool_mode = "transaction"\``,
      location: mode.location,
    });
  }
}

function shown(value: number | null): string {
  return value === null ? 'not set' : String(value);
}

function tomlValue(value: unknown): string {
  if (value === undefined) return 'not set (off)';
  return typeof value === 'string' ? `"${value}"` : String(value);
}

export default rule;
