// `--format pretty` (the default): one block per finding with a code frame that underlines the exact span,
// the rule id linked to its page (an OSC 8 hyperlink on terminals that support it), then a summary line.
// Colour and links only on a TTY, so piped output and CI logs stay plain.

import { docsUrl } from '../rule-docs.ts';
import type { Finding, Location, Severity } from '../types.ts';
import { countFindings, plural } from './counts.ts';
import { countPerRule, newFirst } from './existing.ts';
import { fixedLines, sqlLines } from './fix-text.ts';
import { NOTHING_FOUND_HINT, notRunText, nothingFoundText } from './notes.ts';
import { escapeControls, frameLine } from './text.ts';
import type { ReportInput, Reporter } from './types.ts';

/** More lines than this in a span are elided in the middle. */
const MAX_FRAME_LINES = 6;

interface Paint {
  severity(severity: Severity, text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  link(url: string, text: string): string;
}

function paint(enabled: boolean): Paint {
  const wrap = (open: number, close: number) => (text: string) =>
    enabled ? `\x1b[${open}m${text}\x1b[${close}m` : text;
  const colours: Record<Severity, (text: string) => string> = {
    error: wrap(31, 39),
    warning: wrap(33, 39),
    info: wrap(36, 39),
  };
  return {
    severity: (severity, text) => colours[severity](text),
    dim: wrap(2, 22),
    bold: wrap(1, 22),
    link: (url, text) => (enabled ? `\x1b]8;;${url}\x1b\\${text}\x1b]8;;\x1b\\` : text),
  };
}

export const prettyReporter: Reporter = (input) => {
  const style = paint(input.color ?? false);
  // Suppressed findings are listed with their reasons in the summary, not as blocks.
  const open = input.result.findings.filter((finding) => !finding.suppressed);
  const { shown, collapsed } = newFirst(open, input.showExisting);
  const blocks = shown.map((finding, index) =>
    renderFinding(finding, input, style, sameFrame(shown[index - 1], finding)),
  );
  return [...blocks, ...collapsedLine(collapsed, style), summary(input, style)].join('\n');
};

/** The existing findings as one line: a reviewer sees they are there without wading through them. */
function collapsedLine(collapsed: readonly Finding[], style: Paint): string[] {
  if (collapsed.length === 0) return [];
  const note = style.dim('(not in the change; --show-existing prints them)');
  return [`existing: ${escapeControls(countPerRule(collapsed))} ${note}\n`];
}

/**
 * The same file and span as the finding before: four foreign keys reported at one table would otherwise print
 * one code frame four times.
 */
function sameFrame(previous: Finding | undefined, finding: Finding): boolean {
  const a = previous?.location;
  const b = finding.location;
  if (!a || !b) return false;
  return (
    a.file === b.file &&
    a.line === b.line &&
    a.column === b.column &&
    a.endLine === b.endLine &&
    a.endColumn === b.endColumn
  );
}

function renderFinding(finding: Finding, input: ReportInput, style: Paint, frameShown: boolean): string {
  const label = finding.isNew === false ? `${finding.severity} (existing)` : finding.severity;
  const rule = style.link(docsUrl(finding.ruleId), finding.ruleId);
  const message = escapeControls(finding.message, '\n');
  const object = finding.object && escapeControls(finding.object);
  const lines = [
    `${style.bold(style.severity(finding.severity, `${label}[${rule}]`))}${style.bold(`: ${message}`)}`,
  ];
  if (finding.location) {
    const { file, line, column } = finding.location;
    lines.push(
      `  ${style.dim('-->')} ${escapeControls(file)}:${line}:${column}${object ? style.dim(`  (${object})`) : ''}`,
    );
    if (!frameShown)
      lines.push(...codeFrame(finding.location, input.readSource(file), finding.severity, style));
  } else if (object) {
    lines.push(`  ${style.dim('-->')} ${object}`);
  }
  lines.push(...helpBlock(finding, input, style));
  lines.push(`   ${style.dim('= docs:')} ${docsUrl(finding.ruleId)}`, '');
  return lines.join('\n');
}

/**
 * The fix, rustc-style, under the code frame: the edited lines as they will read, and the SQL a new
 * migration needs. The edited lines go through frameLine, as the code frame's do (controls escaped, long
 * lines cut); the SQL is written whole, controls escaped, since it is there to be copied.
 */
function helpBlock(finding: Finding, input: ReportInput, style: Paint): string[] {
  const fix = finding.fix;
  if (!fix) return [];
  const help: string[] = [];
  for (const run of fixedLines(fix.edits ?? [], input.readSource)) {
    const where = run.file === finding.location?.file ? '' : ` ${escapeControls(run.file)}`;
    help.push(`   ${style.dim('= help:')} change${where} to:`);
    const width = String(run.firstLine + run.lines.length - 1).length;
    run.lines.forEach((text, offset) => {
      const gutter = style.dim(`${String(run.firstLine + offset).padStart(width)} |`);
      help.push(`     ${gutter} ${frameLine(text, 0, 0).text}`);
    });
  }
  if (fix.sql !== undefined && fix.sql.trim() !== '') {
    help.push(`   ${style.dim('= help:')} add in a new migration:`);
    for (const text of sqlLines(fix.sql)) help.push(`       ${escapeControls(text)}`.trimEnd());
  }
  return help;
}

/**
 * The lines of the span with the spanned characters underlined. Each line is shown as frameLine makes it
 * (controls escaped, tabs expanded, cut to a window around the span), so the carets line up with it.
 */
export function codeFrame(
  location: Location,
  source: string | undefined,
  severity: Severity,
  style: Paint,
): string[] {
  if (source === undefined) return [];
  const fileLines = source.split('\n');
  const last = Math.min(location.endLine, fileLines.length);
  const gutterWidth = String(last).length;
  const gutter = (label: string) => style.dim(`${label.padStart(gutterWidth)} |`);
  const frame = [gutter('')];
  for (let line = location.line; line <= last; line++) {
    const elideFrom = location.line + MAX_FRAME_LINES - 2;
    if (last - location.line + 1 > MAX_FRAME_LINES && line >= elideFrom && line < last) {
      if (line === elideFrom) frame.push(style.dim(`${'.'.repeat(gutterWidth)} |`));
      continue;
    }
    const text = (fileLines[line - 1] ?? '').replace(/\r$/, '');
    const from = line === location.line ? location.column - 1 : leadingSpace(text);
    const to = line === location.endLine ? location.endColumn - 1 : text.length;
    const shown = frameLine(text, from, Math.max(from, to));
    const carets = style.severity(severity, '^'.repeat(shown.underlineWidth));
    frame.push(`${gutter(String(line))} ${shown.text}`);
    frame.push(`${gutter('')} ${' '.repeat(shown.underlineStart)}${carets}`);
  }
  return frame;
}

function leadingSpace(text: string): number {
  return text.length - text.trimStart().length;
}

function summary(input: ReportInput, style: Paint): string {
  const { result } = input;
  const counts = countFindings(result.findings);
  const scope = `${plural(result.fileCount, 'file')}, ${plural(result.statementCount, 'statement')}`;
  const open = counts.error + counts.warning + counts.info;
  const lines: string[] = [];
  if (open === 0 && result.nothingFound) {
    lines.push(
      style.bold(`${style.severity('warning', '!')} ${nothingFoundText(result.nothingFound)} (${scope})`),
    );
  } else if (open === 0) {
    lines.push(style.bold(`✔ no findings (${scope})`));
  } else {
    const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')];
    if (counts.info > 0) parts.push(`${counts.info} info`);
    const mark = result.failed ? style.severity('error', '✖') : style.severity('warning', '!');
    lines.push(style.bold(`${mark} ${parts.join(', ')} (${scope})`));
  }
  if (result.nothingFound) {
    if (open > 0) lines.push(`  ${nothingFoundText(result.nothingFound)}`);
    lines.push(`  ${NOTHING_FOUND_HINT}`);
  }
  if (result.rulesNotRun && result.rulesNotRun.length > 0)
    lines.push(`  not run: ${notRunText(result.rulesNotRun)}`);
  if (counts.existing > 0)
    lines.push(`  ${counts.existing} existing outside the changed files (not failing)`);
  if (result.replay) {
    const errors = result.replay.errors.length;
    lines.push(
      `  shadow: replayed ${plural(result.replay.filesReplayed, 'file')}, ${plural(result.replay.statementsReplayed, 'statement')}` +
        (errors > 0 ? `; ${plural(errors, 'replay error')}, so the shadow schema is incomplete` : ''),
    );
  }
  if (result.schemaMode === 'live') lines.push('  schema: live database, read-only');
  if (result.redis) {
    lines.push(
      `  redis: scanned ${plural(result.redis.scannedKeys, 'key')}${result.redis.complete ? '' : ' (budget reached, scan incomplete)'}`,
    );
  }
  for (const suppression of result.suppressions) {
    const where = `${suppression.location.file}:${suppression.location.line}`;
    lines.push(
      `  suppressed ${suppression.ruleIds.join(', ')} at ${escapeControls(where)}: ${escapeControls(suppression.reason)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
