// Applying the fix edits a lint gives and linting again: what `scribe-lint fix` would leave behind.

import type { Config } from '../../src/config.ts';
import { applyEdits } from '../../src/fix/edits.ts';
import type { Finding, FixEdit } from '../../src/types.ts';
import { lintMigrations } from './examples.ts';

const MIGRATIONS = 'supabase/migrations/';

export interface FixRound {
  /** The rule's findings before the fix. */
  before: Finding[];
  /** Each migration file's text after the edits of the rule's findings. */
  fixed: Record<string, string>;
  /** Every finding of the fixed files (any rule). */
  after: Finding[];
}

/** Lints `files`, applies the edits of `ruleId`'s findings, and lints the result again. */
export async function fixAndRelint(
  files: Record<string, string>,
  ruleId: string,
  options: { configure?: (config: Config) => void; shadow?: boolean } = {},
): Promise<FixRound> {
  const first = await lintMigrations(files, options);
  const before = first.findings.filter((finding) => finding.ruleId === ruleId);
  const editsByFile = new Map<string, FixEdit[]>();
  for (const edit of before.flatMap((finding) => finding.fix?.edits ?? [])) {
    const name = edit.file.startsWith(MIGRATIONS) ? edit.file.slice(MIGRATIONS.length) : edit.file;
    editsByFile.set(name, [...(editsByFile.get(name) ?? []), edit]);
  }
  const fixed = Object.fromEntries(
    Object.entries(files).map(([name, text]) => [name, applyEdits(text, editsByFile.get(name) ?? [])]),
  );
  const second = await lintMigrations(fixed, options);
  return { before, fixed, after: second.findings };
}

/** The ids of the findings, for asserting that a fix left neither the finding nor a parse error. */
export function ruleIds(findings: readonly Finding[]): string[] {
  return findings.map((finding) => finding.ruleId);
}
