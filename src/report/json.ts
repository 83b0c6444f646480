// `--format json`: the findings flat, as docs/architecture.md ("The interfaces") specifies, and a summary a script can branch on.

import { docsUrl } from '../rule-docs.ts';
import type { Finding, Fix } from '../types.ts';
import { countFindings } from './counts.ts';
import type { Reporter } from './types.ts';

export const jsonReporter: Reporter = ({ result, toolVersion }) => {
  const counts = countFindings(result.findings);
  const report = {
    findings: result.findings.map(flatten),
    summary: {
      tool: { name: 'scribe-lint', version: toolVersion },
      files: result.fileCount,
      statements: result.statementCount,
      errors: counts.error,
      warnings: counts.warning,
      infos: counts.info,
      suppressed: counts.suppressed,
      existing: counts.existing,
      failOn: result.failOn,
      failed: result.failed,
      schema: result.schemaMode ?? null,
      replay: result.replay ?? null,
      redis: result.redis ?? null,
      nothingFound: result.nothingFound ?? null,
      rulesNotRun: result.rulesNotRun ?? [],
      suppressions: result.suppressions.map((suppression) => ({
        file: suppression.location.file,
        line: suppression.location.line,
        rules: suppression.ruleIds,
        reason: suppression.reason,
      })),
    },
  };
  return `${JSON.stringify(report, null, 2)}\n`;
};

function flatten(finding: Finding): Record<string, unknown> {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    ...(finding.location && {
      file: finding.location.file,
      line: finding.location.line,
      column: finding.location.column,
      endLine: finding.location.endLine,
      endColumn: finding.location.endColumn,
    }),
    ...(finding.object !== undefined && { object: finding.object }),
    ...(finding.suppressed && { suppressed: true, suppressionReason: finding.suppressed.reason }),
    ...(finding.isNew !== undefined && { new: finding.isNew }),
    ...(finding.fix && { fix: fixOf(finding.fix) }),
    docsUrl: docsUrl(finding.ruleId),
  };
}

/** The fix as the DESIGN contract has it: `sql` and `edits` only when present, each edit's four fields. */
function fixOf(fix: Fix): Record<string, unknown> {
  return {
    ...(fix.sql !== undefined && { sql: fix.sql }),
    ...(fix.edits !== undefined && {
      edits: fix.edits.map(({ file, start, end, text }) => ({ file, start, end, text })),
    }),
  };
}
