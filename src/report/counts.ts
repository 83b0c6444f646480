// Counting findings the same way in every reporter: suppressed ones are listed but never counted as open.

import type { Finding, Severity } from '../types.ts';

export interface Counts {
  error: number;
  warning: number;
  info: number;
  suppressed: number;
  existing: number;
}

export function countFindings(findings: readonly Finding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0, suppressed: 0, existing: 0 };
  for (const finding of findings) {
    if (finding.suppressed) counts.suppressed++;
    else if (finding.isNew === false) counts.existing++;
    else counts[finding.severity]++;
  }
  return counts;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function openFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => !finding.suppressed);
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then info; stable within a severity. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}

/** `file:line:col`, or the object name for findings without a place in a file. */
export function whereOf(finding: Finding): string {
  if (finding.location) return `${finding.location.file}:${finding.location.line}:${finding.location.column}`;
  return finding.object ?? '';
}
