// `--format markdown`: a summary a PR comment or a job summary can show: the counts, the findings table with
// links to each rule's page, the suppressions with their reasons, and how the schema was checked.

import { lockName, lockWords } from '../locks.ts';
import { docsUrl } from '../rule-docs.ts';
import type { Finding } from '../types.ts';
import { bySeverity, countFindings, plural } from './counts.ts';
import { countPerRule, isExisting, newFirst, rulesWithCounts } from './existing.ts';
import { fenceFor, fixedLines, sqlLines } from './fix-text.ts';
import { NOTHING_FOUND_HINT, notRunText, nothingFoundText } from './notes.ts';
import { escapeControls } from './text.ts';
import type { ReportInput, Reporter } from './types.ts';

const ICON = { error: '🔴', warning: '🟡', info: '🔵' } as const;

export const markdownReporter: Reporter = (input) =>
  [
    headline(input),
    runNotes(input),
    findingsSection(input),
    fixesSection(input),
    suppressionsTable(input),
    locksTable(input),
    schemaStatus(input),
  ]
    .filter((part) => part !== '')
    .join('\n\n') + '\n';

export function headline({ result }: ReportInput): string {
  const counts = countFindings(result.findings);
  const open = counts.error + counts.warning + counts.info;
  const scope = `${plural(result.fileCount, 'migration file')}, ${plural(result.statementCount, 'statement')}`;
  if (open === 0 && result.nothingFound) {
    return `### ⚠️ scribe-lint: no migration files found\n\nChecked ${scope}.${extras(counts)}`;
  }
  if (open === 0) {
    return `### ✅ scribe-lint: no findings\n\nChecked ${scope}.${extras(counts)}`;
  }
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')];
  if (counts.info > 0) parts.push(`${counts.info} info`);
  const mark = result.failed ? '❌' : '⚠️';
  return `### ${mark} scribe-lint: ${parts.join(', ')}\n\nChecked ${scope}.${extras(counts)}`;
}

/** What the run did not check: no migration files where it looked, rules without their source. */
export function runNotes({ result }: ReportInput): string {
  const notes: string[] = [];
  if (result.nothingFound) {
    notes.push(`> ⚠️ ${cell(nothingFoundText(result.nothingFound))}; ${NOTHING_FOUND_HINT}.`);
  }
  if (result.rulesNotRun && result.rulesNotRun.length > 0) {
    notes.push(`Not run: ${notRunText(result.rulesNotRun, (id) => `\`${id}\``)}.`);
  }
  return notes.join('\n\n');
}

function extras(counts: ReturnType<typeof countFindings>): string {
  const notes: string[] = [];
  if (counts.suppressed > 0) notes.push(`${counts.suppressed} suppressed with a reason`);
  if (counts.existing > 0) notes.push(`${counts.existing} existing (outside the changed files, not failing)`);
  return notes.length > 0 ? ` Also ${notes.join('; ')}.` : '';
}

/** New findings in full, then the existing ones in full or collapsed (see existing.ts). */
function findingsSection(input: ReportInput): string {
  const open = input.result.findings.filter((finding) => !finding.suppressed);
  const { shown, collapsed } = newFirst(open, input.showExisting);
  return [findingsTable(shown), existingDetails(collapsed)].filter((part) => part !== '').join('\n\n');
}

/**
 * Each shown finding's fix under its rule and place: the edited lines as they will read, or the SQL for a
 * new migration, in a `sql` block (a table cell cannot hold one).
 */
export function fixesSection(input: ReportInput): string {
  const open = input.result.findings.filter((finding) => !finding.suppressed);
  const fixable = rankFindings(newFirst(open, input.showExisting).shown).filter((finding) => finding.fix);
  const entries = fixable.flatMap((finding) => fixEntries(finding, input));
  return entries.length === 0 ? '' : ['#### Fixes', ...entries].join('\n\n');
}

function fixEntries(finding: Finding, input: ReportInput): string[] {
  const title = `[\`${finding.ruleId}\`](${docsUrl(finding.ruleId)}) at ${cell(locationText(finding))}`;
  const entries: string[] = [];
  for (const run of fixedLines(finding.fix?.edits ?? [], input.readSource)) {
    const where = run.file === finding.location?.file ? '' : ` \`${escapeControls(run.file)}\``;
    const last = run.firstLine + run.lines.length - 1;
    const lines = last > run.firstLine ? `lines ${run.firstLine}-${last}` : `line ${run.firstLine}`;
    entries.push(`${title}: change${where} ${lines} to\n\n${sqlBlock(run.lines)}`);
  }
  const sql = finding.fix?.sql;
  if (sql !== undefined && sql.trim() !== '')
    entries.push(`${title}: add in a new migration\n\n${sqlBlock(sqlLines(sql))}`);
  return entries;
}

function sqlBlock(lines: readonly string[]): string {
  const text = lines.map((line) => escapeControls(line, '\t')).join('\n');
  const fence = fenceFor(text);
  return `${fence}sql\n${text}\n${fence}`;
}

/** New findings before existing ones, errors first within each. */
export function rankFindings(findings: readonly Finding[]): Finding[] {
  return [
    ...bySeverity(findings.filter((finding) => !isExisting(finding))),
    ...bySeverity(findings.filter(isExisting)),
  ];
}

export function findingsTable(findings: readonly Finding[]): string {
  const shown = rankFindings(findings.filter((finding) => !finding.suppressed));
  if (shown.length === 0) return '';
  const rows = shown.map(
    (finding) =>
      `| ${ICON[finding.severity]} ${finding.severity} | [\`${finding.ruleId}\`](${docsUrl(finding.ruleId)}) | ` +
      `${cell(locationText(finding))} | ${cell(finding.message)}${finding.isNew === false ? ' _(existing)_' : ''} |`,
  );
  return ['| Severity | Rule | Location | Message |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/**
 * The existing findings as a collapsed count per rule: the reviewer sees they exist (and which rules) without
 * them pushing the change's own findings off the screen.
 */
export function existingDetails(collapsed: readonly Finding[]): string {
  if (collapsed.length === 0) return '';
  const rows = rulesWithCounts(collapsed).map(
    ([ruleId, count]) => `| [\`${ruleId}\`](${docsUrl(ruleId)}) | ${count} |`,
  );
  return [
    `<details><summary>${plural(collapsed.length, 'existing finding')} not in the change: ` +
      `${countPerRule(collapsed)}</summary>`,
    '',
    '| Rule | Existing |',
    '| --- | --- |',
    ...rows,
    '',
    'They do not fail the check; `--show-existing` lists them in full.',
    '',
    '</details>',
  ].join('\n');
}

function locationText(finding: Finding): string {
  if (!finding.location) return `\`${escapeControls(finding.object ?? '')}\``;
  const { file, line, column } = finding.location;
  return `\`${escapeControls(file)}:${line}:${column}\``;
}

export function suppressionsTable({ result }: ReportInput): string {
  if (result.suppressions.length === 0) return '';
  const rows = result.suppressions.map(
    (suppression) =>
      `| \`${escapeControls(suppression.location.file)}:${suppression.location.line}\` | ${suppression.ruleIds.map((id) => `\`${id}\``).join(', ')} | ${cell(suppression.reason)} |`,
  );
  return ['#### Suppressions', '', '| Where | Rules | Reason |', '| --- | --- | --- |', ...rows].join('\n');
}

/** Rows shown in the locks table; the rest are counted. */
const MAX_LOCK_ROWS = 200;

/**
 * The locks each migration file's statements take on existing tables, as the shadow observed them: what a
 * reviewer wants to see before approving a deploy. Absent when the locks were not observed.
 */
export function locksTable({ result }: ReportInput): string {
  const locks = result.locks;
  if (!locks || locks.length === 0) return '';
  const rows = locks
    .slice(0, MAX_LOCK_ROWS)
    .map(
      (lock) =>
        `| \`${escapeControls(lock.file)}\` | ${lock.line} | \`${cell(lock.relation)}\` | ${lockName(lock.mode)} | ` +
        `${lockWords(lock.mode).replace(/^blocks /, '')} |`,
    );
  const more = locks.length - rows.length;
  return [
    '#### Locks on existing tables',
    '',
    '| File | Line | Relation | Lock | Blocks |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    ...(more > 0 ? ['', `And ${plural(more, 'more lock')}, not shown.`] : []),
  ].join('\n');
}

function schemaStatus({ result }: ReportInput): string {
  if (result.schemaMode === 'live') return '#### Schema\n\nChecked against the live database (read-only).';
  const replay = result.replay;
  if (!replay) return '';
  const errors = replay.errors.length;
  const state =
    errors === 0 ? 'complete' : `incomplete: ${plural(errors, 'replay error')}, later objects may be missing`;
  return (
    `#### Shadow replay\n\nReplayed ${plural(replay.filesReplayed, 'file')} and ` +
    `${plural(replay.statementsReplayed, 'statement')} into the embedded database (${state}).`
  );
}

/** Table cells cannot hold pipes or newlines; control characters are shown escaped. */
function cell(text: string): string {
  return escapeControls(text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' '));
}
