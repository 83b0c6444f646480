// Every rule, in `scribe-lint rules` order. A new rule (docs/rules.md, "Writing a rule"): rules/<id>.ts with real
// statementKinds, rules/<id>.md, an entry here, test/rules/<id>.test.ts, rows in docs/rules.md and README, format, build.

import type { Rule } from '../src/types.ts';
import auditImmutable from './audit-immutable.ts';
import auditPartitioned from './audit-partitioned.ts';
import fkIndex from './fk-index.ts';
import invalidIndex from './invalid-index.ts';
import matviewUniqueIndex from './matview-unique-index.ts';
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

export const allRules: readonly Rule[] = [
  // statement rules
  parseError,
  concurrentIndex,
  concurrentInTransaction,
  constraintNotValid,
  migrationFilename,
  unusedSuppression,
  // schema rules (shadow and live)
  fkIndex,
  rlsEnabled,
  auditImmutable,
  auditPartitioned,
  partitionRunway,
  matviewUniqueIndex,
  invalidIndex,
  pgStatStatements,
  replayError,
  // source and redis rules
  phiCache,
  cacheTtl,
];

export function ruleById(id: string): Rule | undefined {
  return allRules.find((rule) => rule.meta.id === id);
}
