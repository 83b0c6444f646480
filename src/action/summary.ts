// The job summary: everything the annotations cannot hold. The full findings table (with links to each rule's
// page), the suppressions with their reasons, what the shadow replay did, and the audit partition runway.
// GitHub refuses a step summary over 1 MiB, so the table is cut to fit and says where it was cut.

import type { Finding } from '../types.ts';
import { plural } from '../report/counts.ts';
import { newFirst } from '../report/existing.ts';
import {
  existingDetails,
  findingsTable,
  headline,
  locksTable,
  rankFindings,
  suppressionsTable,
} from '../report/markdown.ts';
import type { ReportInput } from '../report/types.ts';
import type { AnnotationPlan } from './annotations.ts';
import type { ChangedFiles } from './pull-request.ts';
import { runwaySection, type AuditRunway, type RunwayClock } from './runway.ts';

/** GitHub's limit is 1 MiB per step; the margin leaves room for the runner's own additions. */
export const SUMMARY_BYTE_LIMIT = 1_000_000;
/** Replay errors listed in full; the count is always given. */
const MAX_REPLAY_ERRORS = 50;

export interface SummaryInput {
  report: ReportInput;
  annotations: AnnotationPlan;
  pull?: { number: number; changed: ChangedFiles };
  runway?: AuditRunway[];
  /** SPEC-2's baseline as Markdown, on a scheduled audit (src/baseline). */
  baseline?: string;
  clock: RunwayClock;
  toolVersion: string;
}

export function jobSummary(input: SummaryInput, byteLimit = SUMMARY_BYTE_LIMIT): string {
  const { result } = input.report;
  const before = [headline(input.report), scopeNote(input), annotationNote(input.annotations)];
  const after = [
    suppressionsTable(input.report),
    locksTable(input.report),
    replaySection(input.report),
    redisSection(input.report),
    input.runway ? runwaySection(input.runway, input.clock) : '',
    input.baseline ?? '',
    `<sub>scribe-lint ${input.toolVersion}, fail-on: ${result.failOn}</sub>`,
  ];
  const fixed = join([...before, ...after]);
  const table = fitFindingsTable(
    result.findings,
    byteLimit - utf8Length(fixed) - 2,
    utf8Length,
    "The table was cut to stay under GitHub's 1 MiB summary limit; `--format json` locally lists them all.",
    input.report.showExisting,
  );
  return join([...before, table, ...after]);
}

/**
 * The findings table cut to the largest prefix that fits `budget` (measured by `size`), new findings before
 * existing ones and errors first, with a line saying how many were left out and where to find them. The
 * existing findings are a collapsed count per rule after the table unless `showExisting`.
 */
export function fitFindingsTable(
  findings: readonly Finding[],
  budget: number,
  size: (text: string) => number,
  whereTheRestAre: string,
  showExisting = false,
): string {
  const open = findings.filter((finding) => !finding.suppressed);
  const { shown, collapsed } = newFirst(open, showExisting);
  const ranked = rankFindings(shown);
  const details = existingDetails(collapsed);
  const render = (count: number) => {
    const table = findingsTable(ranked.slice(0, count));
    const cut =
      count === ranked.length
        ? ''
        : `_…and ${plural(ranked.length - count, 'more finding')} not shown. ${whereTheRestAre}_`;
    return [table, cut, details].filter((part) => part !== '').join('\n\n');
  };
  if (size(render(ranked.length)) <= budget) return render(ranked.length);
  // The largest count that fits, by bisection: rendering is linear, so this stays fast at 100,000 findings.
  let fits = 0;
  let tooMany = ranked.length;
  while (tooMany - fits > 1) {
    const middle = Math.floor((fits + tooMany) / 2);
    if (size(render(middle)) <= budget) fits = middle;
    else tooMany = middle;
  }
  return render(fits);
}

function scopeNote({ pull }: SummaryInput): string {
  if (!pull) return '';
  if (pull.changed.unavailable) {
    return (
      `The files of pull request #${pull.number} could not be listed (${pull.changed.unavailable}), so ` +
      'every finding is treated as new.'
    );
  }
  if (!pull.changed.complete) {
    return (
      `Pull request #${pull.number} changes more files than GitHub lists (3,000), so every finding ` +
      'is treated as new.'
    );
  }
  return (
    `Pull request #${pull.number} changes ${plural(pull.changed.files.size, 'file')}; findings outside ` +
    'them are listed as existing and do not fail the check.'
  );
}

function annotationNote(plan: AnnotationPlan): string {
  if (plan.omitted === 0) return '';
  return (
    `${plural(plan.annotated, 'finding')} annotated on the diff; ${plan.omitted} more are only in the table ` +
    'below (GitHub shows at most 10 annotations per severity in a step).'
  );
}

export function replaySection({ result }: ReportInput): string {
  if (result.schemaMode === 'live') return '#### Schema\n\nChecked against the live database, read-only.';
  const replay = result.replay;
  if (!replay) {
    return '#### Schema\n\nNot checked: no shadow replay ran and no `database-url` was given.';
  }
  const errors = replay.errors;
  const state =
    errors.length === 0
      ? 'complete'
      : `incomplete: ${plural(errors.length, 'replay error')}, so objects after them may be missing`;
  const start = `${replay.warmStart ? 'warm' : 'cold'} start in ${Math.round(replay.startMs)} ms`;
  const text =
    `#### Shadow replay\n\nReplayed ${plural(replay.filesReplayed, 'file')} and ` +
    `${plural(replay.statementsReplayed, 'statement')} into the embedded database (${state}; ${start}).`;
  if (errors.length === 0) return text;
  const rows = errors
    .slice(0, MAX_REPLAY_ERRORS)
    .map(
      (error) =>
        `| \`${error.location.file}:${error.location.line}:${error.location.column}\` | ${cell(error.message)} |`,
    );
  const more =
    errors.length > MAX_REPLAY_ERRORS ? `\n\n_…and ${errors.length - MAX_REPLAY_ERRORS} more._` : '';
  return `${text}\n\n| Where | Replay error |\n| --- | --- |\n${rows.join('\n')}${more}`;
}

function redisSection({ result }: ReportInput): string {
  if (!result.redis) return '';
  const scope = result.redis.complete
    ? 'the whole keyspace'
    : 'up to the key budget, so the keyspace was not covered completely';
  return `#### Redis\n\nScanned ${plural(result.redis.scannedKeys, 'key')} (${scope}), read-only.`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function join(parts: string[]): string {
  return `${parts.filter((part) => part !== '').join('\n\n')}\n`;
}

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
