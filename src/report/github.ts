// `--format github`: workflow commands that GitHub turns into annotations on the pull request's diff.
// GitHub shows at most 10 annotations per severity per step, so errors come first; the rest are in the
// job summary. Existing findings (outside the changed files) and suppressed ones are not annotated.

import type { Finding, Severity } from '../types.ts';
import { bySeverity } from './counts.ts';
import { escapeControls } from './text.ts';
import type { Reporter } from './types.ts';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export const githubReporter: Reporter = ({ result }) => {
  const annotated = bySeverity(
    result.findings.filter((finding) => !finding.suppressed && finding.isNew !== false),
  );
  return annotated.map(annotation).join('');
};

export function annotation(finding: Finding): string {
  const properties: string[] = [];
  if (finding.location) {
    const { file, line, column, endLine, endColumn } = finding.location;
    properties.push(
      `file=${file}`,
      `line=${line}`,
      `col=${column}`,
      `endLine=${endLine}`,
      `endColumn=${endColumn}`,
    );
  }
  properties.push(`title=scribe-lint ${finding.ruleId}`);
  const object = finding.object && !finding.location ? `${finding.object}: ` : '';
  const property = properties.map((entry) => {
    const at = entry.indexOf('=');
    return `${entry.slice(0, at)}=${escapeProperty(entry.slice(at + 1))}`;
  });
  return `::${COMMAND[finding.severity]} ${property.join(',')}::${escapeData(object + finding.message)}\n`;
}

/**
 * Workflow-command escaping of the message part. Other control characters are shown escaped: the log
 * viewer acts on terminal escape sequences.
 */
export function escapeData(text: string): string {
  return percentEscape(escapeControls(text, '\r\n'));
}

/**
 * Workflow-command escaping of a property value, where `:` and `,` are separators too. A file path is kept
 * as it is otherwise (the annotation must name the file exactly); the runner consumes the command line.
 */
export function escapeProperty(text: string): string {
  return percentEscape(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function percentEscape(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
