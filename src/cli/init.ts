// `scribe-lint init`: a commented config with the spec's defaults, so every setting is discoverable.

import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.ts';
import type { Rule } from '../types.ts';

export function configTemplate(rules: readonly Rule[]): string {
  const ruleLines = rules.map((rule) => `# ${rule.meta.id} = "${rule.meta.defaultSeverity}"`).join('\n');
  return `# scribe-lint configuration. Every key is optional; the values shown are the defaults from SPEC-2.

# Folder of migration files, applied by the runner in lexical order.
migrations = "supabase/migrations"

# How migrations are applied, which decides where CONCURRENTLY may stand:
#   "supabase"    the Supabase CLI sends each file as one implicit transaction
#   "psql"        each statement autocommits unless wrapped in BEGIN ... COMMIT
#   "transaction" every file runs inside one transaction
runner = "supabase"

# Schemas exposed through the Data API: every table in them needs row level security.
exposed_schemas = ["public"]

# The lowest severity that fails the run: "error", "warning", "info" or "never".
fail_on = "error"

[audit]
# Append-only audit tables: immutable under RLS, partitioned by month.
tables = ["audit_logs"]
# The column the audit tables are range-partitioned on.
partition_key = "created_at"
# Months of partitions that must exist after the current one.
runway_months = 3

[phi]
# Tables holding PHI: never cached.
tables = ["messages", "structured_notes", "conversations", "part2_consents"]
# Key prefixes that may be cached (each needs a TTL).
cache_allow = ["programs", "clients", "user_roles"]
# App and edge-function sources checked for cache writes.
source = ["src/**/*.{ts,tsx,js,mjs}", "supabase/functions/**/*.ts"]
# Modules whose clients are Redis-like.
clients = ["ioredis", "redis", "@redis/client", "@upstash/redis", "@vercel/kv"]
# Names of the app's own cache wrappers, whose set-like methods count as cache writes.
wrappers = ["cache"]

[rules]
# Per-rule severity: "error", "warning", "info" or "off". Uncomment to change.
${ruleLines}
`;
}

export function writeConfigTemplate(cwd: string, rules: readonly Rule[], force: boolean): string {
  const file = path.join(cwd, 'scribe-lint.toml');
  if (existsSync(file) && !force)
    throw new UsageError('scribe-lint.toml already exists (use --force to overwrite)');
  try {
    writeFileSync(file, configTemplate(rules));
  } catch (error) {
    throw new UsageError(
      `cannot write scribe-lint.toml: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  return file;
}
