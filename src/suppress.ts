// Applying suppression comments to findings (docs/rules.md, "Suppressions"). A suppression covers the statement
// after it, the statements on its own line (`disable-line`), or the whole file when it comes before the
// first statement; it needs a reason. Each rule id that suppresses nothing, and each comment that looks like
// a directive but is not one, becomes an unused-suppression finding.

import type { Config } from './config.ts';
import { locationIn } from './location.ts';
import { closestOf } from './parse/suppressions.ts';
import { severityOf } from './severity.ts';
import type { Finding, MigrationFile, ParsedSuppression, Rule, Suppression } from './types.ts';

interface Cover {
  suppression: ParsedSuppression;
  file: MigrationFile;
  /** Lines covered, inclusive; undefined when the comment is misplaced and covers nothing. */
  fromLine?: number;
  toLine?: number;
  /** Rule ids a finding of which this suppression covered, with or without a reason to honour it. */
  matchedIds: Set<string>;
  /** Rule ids whose findings this suppression actually suppressed. */
  suppressedIds: Set<string>;
  problem?: string;
}

/** An unused-suppression finding before it is located: a message and the bytes it points at. */
interface Stale {
  message: string;
  start: number;
  end: number;
}

export function applySuppressions(
  findings: Finding[],
  files: readonly MigrationFile[],
  rules: readonly Rule[],
  config: Config,
): { findings: Finding[]; suppressions: Suppression[] } {
  const knownIds = rules.map((rule) => rule.meta.id);
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
  const unusedRule = rules.find((rule) => rule.meta.reportsSuppressions);
  const unusedSeverity = unusedRule ? severityOf(unusedRule, config) : 'off';
  if (unusedRule && unusedSeverity !== 'off') {
    for (const covers of coversByFile.values()) {
      for (const cover of covers) {
        for (const stale of staleParts(cover, knownIds)) {
          findings.push({
            ruleId: unusedRule.meta.id,
            severity: unusedSeverity,
            message: stale.message,
            location: locationIn(cover.file, stale.start, stale.end),
          });
        }
      }
    }
  }
  return { findings, suppressions: honoured };
}

function coverOf(suppression: ParsedSuppression, file: MigrationFile): Cover {
  const cover: Cover = { suppression, file, matchedIds: new Set(), suppressedIds: new Set() };
  if (suppression.notUnderstood) return cover;
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
  if (suppression.scope === 'line') return coverLine(cover);
  const next = file.statements.find((statement) => statement.start >= suppression.end);
  if (!next) {
    cover.problem = 'no statement follows this suppression';
    return cover;
  }
  cover.fromLine = file.lines.position(next.start).line;
  cover.toLine = file.lines.position(next.end).line;
  return cover;
}

/** `disable-line`: every statement that has a part on the comment's (first) line, whole. */
function coverLine(cover: Cover): Cover {
  const { file, suppression } = cover;
  const line = file.lines.position(suppression.start).line;
  for (const statement of file.statements) {
    const from = file.lines.position(statement.start).line;
    const to = file.lines.position(statement.end).line;
    if (from > line) break;
    if (to < line) continue;
    cover.fromLine = Math.min(cover.fromLine ?? from, from);
    cover.toLine = Math.max(cover.toLine ?? to, to);
  }
  if (cover.fromLine === undefined)
    cover.problem =
      'no statement is on this line: `scribe-lint-disable-line` covers the statements on its own line ' +
      '(use `scribe-lint-disable-next-line` above a statement)';
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
    cover.matchedIds.add(finding.ruleId);
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

/**
 * What is wrong with a suppression: the comment as a whole (not understood, misplaced, no reason), or
 * each rule id that is unknown or suppressed nothing, at the id's place in the comment.
 */
function staleParts(cover: Cover, knownIds: readonly string[]): Stale[] {
  const { suppression } = cover;
  const whole = (message: string): Stale[] => [{ message, start: suppression.start, end: suppression.end }];
  if (suppression.notUnderstood) return whole(suppression.notUnderstood);
  const { ruleIds } = suppression;
  if (ruleIds.length === 0) return whole('this suppression names no rule id');
  const atId = (index: number, message: string): Stale => {
    const start = suppression.ruleIdOffsets?.[index] ?? suppression.start;
    const end = suppression.ruleIdOffsets
      ? start + Buffer.byteLength(ruleIds[index], 'utf8')
      : suppression.end;
    return { message, start, end };
  };
  const unknown = ruleIds.flatMap((id, index) =>
    knownIds.includes(id) ? [] : [atId(index, unknownIdMessage(id, knownIds, suppression.reason))],
  );
  if (cover.problem) return [...unknown, ...whole(cover.problem)];
  if (suppression.reason === '')
    return [
      ...unknown,
      ...whole(
        'this suppression gives no reason after `--`, so it suppresses nothing: the reason is required',
      ),
    ];
  const unused = ruleIds.flatMap((id, index) =>
    knownIds.includes(id) && !cover.matchedIds.has(id)
      ? [atId(index, `suppression of \`${id}\` suppressed nothing`)]
      : [],
  );
  return [...unknown, ...unused].sort((a, b) => a.start - b.start);
}

function unknownIdMessage(id: string, knownIds: readonly string[], reason: string): string {
  const closest = closestOf(id, knownIds);
  const hint = closest
    ? `; did you mean \`${closest}\`?`
    : reason === ''
      ? ' (is a reason missing its `--`?)'
      : '';
  return `unknown rule id \`${id}\` in suppression${hint}`;
}
