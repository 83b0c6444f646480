// What a run did not check, said the same way in every format: no migration files where it looked, and
// the rules that could not run for want of their source. A run that checked nothing must not read as clean.

import type { LintResult, RuleNotRun } from '../engine.ts';
import { escapeControls } from './text.ts';

/** "no migration files (.sql) found in supabase/migrations". */
export function nothingFoundText(nothingFound: NonNullable<LintResult['nothingFound']>): string {
  return `no migration files (.sql) found in ${escapeControls(nothingFound.lookedAt)}`;
}

export const NOTHING_FOUND_HINT =
  'to lint another folder, set `migrations` in scribe-lint.toml or pass it as an argument: scribe-lint path/to/migrations';

/** The rules that did not run, grouped by reason: `fk-index, rls-enabled (--no-shadow and no --db)`. */
export function notRunGroups(notRun: readonly RuleNotRun[]): { reason: string; ruleIds: string[] }[] {
  const byReason = new Map<string, string[]>();
  for (const { ruleId, reason } of notRun) byReason.set(reason, [...(byReason.get(reason) ?? []), ruleId]);
  return [...byReason].map(([reason, ruleIds]) => ({ reason, ruleIds }));
}

export function notRunText(notRun: readonly RuleNotRun[], code: (id: string) => string = (id) => id): string {
  return notRunGroups(notRun)
    .map((group) => `${group.ruleIds.map(code).join(', ')} (${group.reason})`)
    .join('; ');
}
