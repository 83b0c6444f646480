// "New first" (issue 10, item 5): with `--since` or on a pull request, the findings the change introduced are
// what a reviewer acts on, so they come first and in full; the existing ones, outside the change, are
// collapsed to a count per rule unless `--show-existing` asks for them. Without `--since` (`isNew`
// undefined) every finding is new and nothing changes.

import type { Finding } from '../types.ts';

export interface NewFirst {
  /** New findings, then (with `--show-existing`) the existing ones, each group in the report's order. */
  shown: Finding[];
  /** The existing findings not shown in full. */
  collapsed: Finding[];
}

export function isExisting(finding: Finding): boolean {
  return finding.isNew === false;
}

export function newFirst(findings: readonly Finding[], showExisting = false): NewFirst {
  const fresh = findings.filter((finding) => !isExisting(finding));
  const existing = findings.filter(isExisting);
  return showExisting
    ? { shown: [...fresh, ...existing], collapsed: [] }
    : { shown: fresh, collapsed: existing };
}

/** `3 fk-index, 1 rls-enabled`: the most frequent rule first, ties by rule id so the text is stable. */
export function countPerRule(findings: readonly Finding[]): string {
  return rulesWithCounts(findings)
    .map(([ruleId, count]) => `${count} ${ruleId}`)
    .join(', ');
}

/** Pairs of rule id and count, ordered as countPerRule orders them (for tables). */
export function rulesWithCounts(findings: readonly Finding[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  return [...counts].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b));
}
