import type { LineIndex } from '../src/parse/positions.ts';
import type { Rule } from '../src/types.ts';

// A statement PostgreSQL cannot parse would fail the deploy. The parser splits the rest of the file as
// psql would, so only the broken statement is lost; this rule reports where the parser gave up.
const rule: Rule = {
  meta: {
    id: 'parse-error',
    description: 'Every statement is SQL that PostgreSQL can parse.',
    defaultSeverity: 'error',
    sources: ['statement'],
    statementKinds: [],
  },

  checkStatement(statement, context) {
    const problem = statement.parseProblem;
    if (!problem) return;
    const at = context.locate(problem.offset, problem.offset);
    const end = Math.min(statement.end, Math.max(problem.offset + 1, lineEndOf(context.file.lines, at.line)));
    const location = context.locate(problem.offset, Math.max(end, problem.offset));
    // psql runs meta-commands and streams COPY data itself: not an error there, but nothing scribe-lint
    // can lint or replay, which the note says.
    if (problem.underPsql !== undefined && context.config.runner === 'psql')
      context.report({ message: problem.underPsql, location, severity: 'info' });
    else context.report({ message: problem.message, location });
  },
};

/** The byte offset just past the line's last character: before its `\n` or `\r\n`, or at the end of the text. */
function lineEndOf(lines: LineIndex, line: number): number {
  let end = lines.lineStart(line + 1);
  if (line < lines.lineCount && lines.slice(end - 1, end) === '\n') end--;
  if (end > lines.lineStart(line) && lines.slice(end - 1, end) === '\r') end--;
  return end;
}

export default rule;
