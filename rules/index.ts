// Every rule, in `scribe-lint rules` order. A new rule (docs/rules.md, "Writing a rule"): rules/<id>.ts with real
// statementKinds, rules/<id>.md, an entry here, test/rules/<id>.test.ts, rows in docs/rules.md and README, format, build.

import type { Rule } from '../src/types.ts';
import auditImmutable from './audit-immutable.ts';
import auditPartitioned from './audit-partitioned.ts';
import fkIndex from './fk-index.ts';
import invalidIndex from './invalid-index.ts';
import matviewUniqueIndex from './matview-unique-index.ts';
import matviewRefresh from './matview-refresh.ts';
import realtimeRls from './realtime-rls.ts';
import requiredIndex from './required-index.ts';
import partitionRunway from './partition-runway.ts';
import pgStatStatements from './pg-stat-statements.ts';
import replayError from './replay-error.ts';
import rlsEnabled from './rls-enabled.ts';
import concurrentIndex from './concurrent-index.ts';
import concurrentInTransaction from './concurrent-in-transaction.ts';
import constraintNotValid from './constraint-not-valid.ts';
import migrationFilename from './migration-filename.ts';
import parseError from './parse-error.ts';
import unusedSuppression from './unused-suppression.ts';
import phiCache from './phi-cache.ts';
import cacheTtl from './cache-ttl.ts';
import pitrEnabled from './pitr-enabled.ts';
import readReplica from './read-replica.ts';
import poolerMode from './pooler-mode.ts';
import sslEnforced from './ssl-enforced.ts';
import networkAllowlist from './network-allowlist.ts';
import slowQuery from './slow-query.ts';
import auditQueryTime from './audit-query-time.ts';
import connectionHeadroom from './connection-headroom.ts';
import tableBloat from './table-bloat.ts';
import seqScanHotspot from './seq-scan-hotspot.ts';
import cacheHitRate from './cache-hit-rate.ts';
import autovacuumTuning from './autovacuum-tuning.ts';
import setNotNullScan from './set-not-null-scan.ts';
import addUniqueConstraint from './add-unique-constraint.ts';
import addColumnRequired from './add-column-required.ts';
import breakingChange from './breaking-change.ts';
import tableRewrite from './table-rewrite.ts';
import lockTimeout from './lock-timeout.ts';
import longExclusiveLock from './long-exclusive-lock.ts';

export const allRules: readonly Rule[] = [
  // statement rules
  parseError,
  concurrentIndex,
  concurrentInTransaction,
  constraintNotValid,
  migrationFilename,
  unusedSuppression,
  // zero-downtime rules (locks and rewrites on existing tables, drops and renames the running app needs)
  setNotNullScan,
  addUniqueConstraint,
  addColumnRequired,
  breakingChange,
  tableRewrite,
  lockTimeout,
  longExclusiveLock,
  // schema rules (shadow and live)
  fkIndex,
  rlsEnabled,
  auditImmutable,
  auditPartitioned,
  partitionRunway,
  matviewUniqueIndex,
  matviewRefresh,
  realtimeRls,
  requiredIndex,
  invalidIndex,
  pgStatStatements,
  replayError,
  // source and redis rules
  phiCache,
  cacheTtl,
  // platform rules (the Supabase Management API, supabase/config.toml)
  pitrEnabled,
  readReplica,
  poolerMode,
  sslEnforced,
  networkAllowlist,
  // health rules (the live database's statistics, Redis INFO)
  slowQuery,
  auditQueryTime,
  connectionHeadroom,
  tableBloat,
  seqScanHotspot,
  cacheHitRate,
  autovacuumTuning,
];

export function ruleById(id: string): Rule | undefined {
  return allRules.find((rule) => rule.meta.id === id);
}
