// Applying suppression comments to findings (RULES.md, "Suppressions"). A suppression covers the statement
// after it, or the whole file when it comes before the first statement; it needs a reason, and one that
// suppresses nothing becomes an unused-suppression finding.

import type { Config } from './config.ts';
import { locationIn, severityOf } from './engine.ts';
import type { Finding, MigrationFile, ParsedSuppression, Rule, Suppression } from './types.ts';

const UNUSED = 'unused-suppression';

interface Cover {
  suppression: ParsedSuppression;
  file: MigrationFile;
  /** Lines covered, inclusive; undefined when the comment is misplaced and covers nothing. */
  fromLine?: number;
  toLine?: number;
  used: boolean;
  /** Rule ids whose findings this suppression actually suppressed. */
  suppressedIds: Set<string>;
  problem?: string;
}

export function applySuppressions(
  findings: Finding[],
  files: readonly MigrationFile[],
  rules: readonly Rule[],
  config: Config,
): { findings: Finding[]; suppressions: Suppression[] } {
  const knownIds = new Set(rules.map((rule) => rule.meta.id));
  const coversByFile = new Map<string, Cover[]>();
  for (const file of files) {
    if (file.suppressions.length > 0)
      coversByFile.set(
        file.displayPath,
        file.suppressions.map((s) => coverOf(s, file)),
      );
  }
  for (const finding of findings) {
    const covers = finding.location ? coversByFile.get(finding.location.file) : undefined;
    if (covers) suppressIfCovered(finding, covers);
  }
  const honoured = [...coversByFile.values()]
    .flat()
    .filter((cover) => cover.suppressedIds.size > 0)
    .map(toSuppression);
  const unusedRule = rules.find((rule) => rule.meta.id === UNUSED);
  const unusedSeverity = unusedRule ? severityOf(unusedRule, config) : 'off';
  if (unusedSeverity !== 'off') {
    for (const covers of coversByFile.values()) {
      for (const cover of covers) {
        const message = unusedMessage(cover, knownIds);
        if (message) {
          const { start, end } = cover.suppression;
          findings.push({
            ruleId: UNUSED,
            severity: unusedSeverity,
            message,
            location: locationIn(cover.file, start, end),
          });
        }
      }
    }
  }
  return { findings, suppressions: honoured };
}

function coverOf(suppression: ParsedSuppression, file: MigrationFile): Cover {
  const cover: Cover = { suppression, file, used: false, suppressedIds: new Set() };
  const firstStatement = file.statements[0];
  if (suppression.scope === 'file') {
    if (firstStatement && firstStatement.start < suppression.start) {
      cover.problem =
        'a file-wide `scribe-lint-disable` must come before the first statement; this one covers nothing';
      return cover;
    }
    cover.fromLine = 1;
    cover.toLine = Number.MAX_SAFE_INTEGER;
    return cover;
  }
  const next = file.statements.find((statement) => statement.start >= suppression.end);
  if (!next) {
    cover.problem = 'no statement follows this suppression';
    return cover;
  }
  cover.fromLine = file.lines.position(next.start).line;
  cover.toLine = file.lines.position(next.end).line;
  return cover;
}

function toSuppression(cover: Cover): Suppression {
  const { reason, start, end } = cover.suppression;
  return { reason, ruleIds: [...cover.suppressedIds], location: locationIn(cover.file, start, end) };
}

function suppressIfCovered(finding: Finding, covers: Cover[]): void {
  const line = finding.location!.line;
  for (const cover of covers) {
    if (cover.fromLine === undefined || line < cover.fromLine || line > cover.toLine!) continue;
    if (!cover.suppression.ruleIds.includes(finding.ruleId)) continue;
    cover.used = true;
    if (cover.suppression.reason === '') {
      const at = cover.file.lines.position(cover.suppression.start).line;
      finding.message += ` (the suppression on line ${at} gives no reason after \`--\`, so it does not apply)`;
      continue;
    }
    finding.suppressed = { reason: cover.suppression.reason };
    cover.suppressedIds.add(finding.ruleId);
    return;
  }
}

function unusedMessage(cover: Cover, knownIds: ReadonlySet<string>): string | undefined {
  const { ruleIds } = cover.suppression;
  if (ruleIds.length === 0) return 'this suppression names no rule id';
  const unknown = ruleIds.filter((id) => !knownIds.has(id));
  if (unknown.length > 0)
    return `unknown rule id ${unknown.map((id) => `\`${id}\``).join(', ')} in suppression`;
  if (cover.problem) return cover.problem;
  if (!cover.used) return `suppression of ${ruleIds.map((id) => `\`${id}\``).join(', ')} suppressed nothing`;
  return undefined;
}
