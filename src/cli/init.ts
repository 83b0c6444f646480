// `scribe-lint init`: a commented config with the spec's defaults, so every setting is discoverable.

import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describeError } from '../errno.ts';
import { UsageError } from '../errors.ts';
import { defaultConfig } from '../config.ts';
import type { Rule } from '../types.ts';

/** A string or array of strings as TOML (JSON's quoting is valid TOML for these). */
function toml(value: string | string[]): string {
  return Array.isArray(value)
    ? `[${value.map((item) => JSON.stringify(item)).join(', ')}]`
    : JSON.stringify(value);
}

export function configTemplate(rules: readonly Rule[]): string {
  const d = defaultConfig();
  const ruleLines = rules.map((rule) => `# ${rule.meta.id} = "${rule.meta.defaultSeverity}"`).join('\n');
  return `# scribe-lint configuration. Every key is optional; the values shown are the defaults from SPEC-2.

# Folder of migration files, applied by the runner in lexical order.
migrations = ${toml(d.migrations)}

# How migrations are applied, which decides where CONCURRENTLY may stand:
#   "supabase"    the Supabase CLI sends each file as one implicit transaction
#   "psql"        each statement autocommits unless wrapped in BEGIN ... COMMIT
#   "transaction" every file runs inside one transaction
runner = ${toml(d.runner)}

# Schemas exposed through the Data API: every table in them needs row level security.
exposed_schemas = ${toml(d.exposedSchemas)}

# The lowest severity that fails the run: "error", "warning", "info" or "never".
fail_on = ${toml(d.failOn)}

[audit]
# Append-only audit tables: immutable under RLS, partitioned by month.
tables = ${toml(d.audit.tables)}
# The column the audit tables are range-partitioned on.
partition_key = ${toml(d.audit.partitionKey)}
# Months of monthly partitions that must already exist, counted from the start of the current month
# (UTC) and including it: 3 means this month and the next two.
runway_months = ${d.audit.runwayMonths}

[phi]
# Tables holding PHI: never cached.
tables = ${toml(d.phi.tables)}
# Key prefixes that may be cached (each needs a TTL).
cache_allow = ${toml(d.phi.cacheAllow)}
# App and edge-function sources checked for cache writes.
source = ${toml(d.phi.source)}
# Modules whose clients are Redis-like.
clients = ${toml(d.phi.clients)}
# Names of the app's own cache wrappers, whose set-like methods count as cache writes.
wrappers = ${toml(d.phi.wrappers)}

[realtime]
# Publications Supabase Realtime streams: every table in them needs row level security.
publications = ${toml(d.realtime.publications)}

[indexes]
# Indexes the hot queries need, as table(column [asc|desc], ...): each must be served by a valid btree
# index whose leading key columns match in order and direction. A table that does not exist is skipped.
required = ${toml(d.indexes.required.map((index) => index.entry))}

[shadow]
# What the embedded replay does when a statement fails:
#   "skip-statement" leave it out and replay the rest of the file (more findings per run)
#   "rollback-file"  drop the whole file, as the deploy would, and replay later files on that state
on_error = ${toml(d.shadow.onError)}

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
    throw new UsageError(`cannot write scribe-lint.toml: ${describeError(error)}`);
  }
  return file;
}
