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
    context.report({
      message: problem.message,
      location: context.locate(problem.offset, Math.max(end, problem.offset)),
    });
  },
};

export default rule;
