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
    const lineEnd = context.file.lines.lineStart(at.line + 1);
    const end = Math.min(statement.end, Math.max(problem.offset + 1, lineEnd - 1));
    const location = context.locate(problem.offset, Math.max(end, problem.offset));
    // psql runs meta-commands and streams COPY data itself: not an error there, but nothing scribe-lint
    // can lint or replay, which the note says.
    if (problem.underPsql !== undefined && context.config.runner === 'psql')
      context.report({ message: problem.underPsql, location, severity: 'info' });
    else context.report({ message: problem.message, location });
  },
};

export default rule;
