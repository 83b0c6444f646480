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

[platform]
# Days of point-in-time recovery pitr-enabled asks for (the spec's 30; Supabase's longest add-on keeps 28).
pitr_days = ${d.platform.pitrDays}
# Whether read-replica asks for a read replica for analytics.
read_replica = ${d.platform.readReplica}
# Longest wait for one Management API request (--supabase-project), in seconds.
timeout_seconds = ${d.platform.timeoutSeconds}

[locks]
# With --db and migration files: a lock or rewrite hazard on a table with fewer rows than this (PostgreSQL's
# estimate, pg_class.reltuples) is lowered to info, since the lock is over before anyone waits. 0: never.
small_table_rows = ${d.locks.smallTableRows}

[health]
# The live statistics' targets (SPEC-2's success metrics), judged with --db (and --redis).
# Statements with fewer calls than this are not judged by slow-query and audit-query-time.
min_calls = ${d.health.minCalls}
# Estimated p95 latency of a statement, in milliseconds: a warning above p95_ms, an error above alert_ms.
p95_ms = ${d.health.p95Ms}
alert_ms = ${d.health.alertMs}
# Estimated p95 latency of a statement on an audit table, in milliseconds.
audit_p95_ms = ${d.health.auditP95Ms}
# Percent of the usable connection slots in use: a warning above the target, an error above the alert.
connections_target = ${d.health.connectionsTarget}
connections_alert = ${d.health.connectionsAlert}
# Tables smaller than this are not judged for bloat, sequential scans or autovacuum. PostgreSQL's units,
# 1024-based ("512kB", "1MB", "1GB"), or a whole number of bytes.
size_floor = ${toml(d.health.sizeFloor)}
# Percent of a table's tuples that are dead before table-bloat reports it.
bloat_pct = ${d.health.bloatPct}
# Sequential scans of one table before seq-scan-hotspot looks at where its rows are read from.
seq_scan_min = ${d.health.seqScanMin}
# Lowest Redis keyspace hit rate, in percent (with --redis).
cache_hit_pct = ${d.health.cacheHitPct}
# Tables autovacuum-tuning always judges, besides the busiest writers it finds.
high_write_tables = ${toml(d.health.highWriteTables)}

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
