// Every rule, in the order `scribe-lint rules` lists them. Adding a rule: write rules/<id>.ts and
// rules/<id>.md, import it here, and give it valid/invalid cases in test/rules/<id>.test.ts.

import type { Rule } from '../src/types.ts';
import concurrentIndex from './concurrent-index.ts';
import concurrentInTransaction from './concurrent-in-transaction.ts';
import constraintNotValid from './constraint-not-valid.ts';
import migrationFilename from './migration-filename.ts';
import parseError from './parse-error.ts';
import unusedSuppression from './unused-suppression.ts';

export const allRules: readonly Rule[] = [
  // statement rules
  parseError,
  concurrentIndex,
  concurrentInTransaction,
  constraintNotValid,
  migrationFilename,
  unusedSuppression,
  // schema rules (shadow and live)
  // source and redis rules
];

export function ruleById(id: string): Rule | undefined {
  return allRules.find((rule) => rule.meta.id === id);
}
