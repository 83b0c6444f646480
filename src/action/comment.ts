// One sticky comment per pull request. It is found by a hidden marker at its start, updated in place on every
// run, never posted twice, and turned into a short all-clear when the findings are gone. A token that may not
// write (pull requests from forks get a read-only one) costs a notice, never the check.

import { countFindings, plural } from '../report/counts.ts';
import { headline } from '../report/markdown.ts';
import type { ReportInput } from '../report/types.ts';
import { httpStatus, type GitHubApi } from './github-api.ts';
import type { PullRequestRef } from './pull-request.ts';
import { fitFindingsTable } from './summary.ts';

export const COMMENT_MARKER = '<!-- scribe-lint -->';
/** GitHub rejects comment bodies over 65,536 characters; the margin covers the pointer line. */
export const COMMENT_CHAR_LIMIT = 65_000;

export type CommentOutcome = 'created' | 'updated' | 'unchanged' | 'skipped' | 'not-permitted' | 'failed';

export interface CommentPlan {
  /** True when there are open findings to show; false means the all-clear. */
  hasFindings: boolean;
  body: string;
}

/** The comment for this run: the report while new findings are open, else an all-clear. */
export function planComment(
  report: ReportInput,
  summaryUrl: string,
  limit = COMMENT_CHAR_LIMIT,
): CommentPlan {
  const counts = countFindings(report.result.findings);
  const open = counts.error + counts.warning + counts.info;
  if (open === 0) {
    const existing =
      counts.existing > 0
        ? ` ${plural(counts.existing, 'existing finding')} outside this pull request's files.`
        : '';
    return {
      hasFindings: false,
      body: `${COMMENT_MARKER}\n### ✅ scribe-lint: all clear\n\nNo findings in this pull request's files.${existing} [Job summary](${summaryUrl}).\n`,
    };
  }
  const top = `${COMMENT_MARKER}\n${headline(report)}`;
  const bottom = `[Full report in the job summary](${summaryUrl}).`;
  const table = fitFindingsTable(
    report.result.findings,
    limit - top.length - bottom.length - 8,
    (text) => text.length,
    `See the [job summary](${summaryUrl}).`,
  );
  return { hasFindings: true, body: `${top}\n\n${table}\n\n${bottom}\n` };
}

/**
 * Creates, updates or leaves the sticky comment. No comment is created just to say all clear: the all-clear
 * only replaces an earlier report.
 */
export async function syncStickyComment(
  api: GitHubApi,
  pull: PullRequestRef,
  plan: CommentPlan,
): Promise<{ outcome: CommentOutcome; status?: number }> {
  const target = { owner: pull.owner, repo: pull.repo };
  try {
    const comments = await api.paginate(api.rest.issues.listComments, {
      ...target,
      issue_number: pull.number,
      per_page: 100,
    });
    // The oldest marked comment is the sticky one; a body quoting the marker elsewhere does not count.
    const sticky = comments.find((comment) => comment.body?.startsWith(COMMENT_MARKER));
    if (!sticky) {
      if (!plan.hasFindings) return { outcome: 'skipped' };
      await api.rest.issues.createComment({ ...target, issue_number: pull.number, body: plan.body });
      return { outcome: 'created' };
    }
    if (sticky.body === plan.body) return { outcome: 'unchanged' };
    await api.rest.issues.updateComment({ ...target, comment_id: sticky.id, body: plan.body });
    return { outcome: 'updated' };
  } catch (error) {
    const status = httpStatus(error);
    return { outcome: status === 403 || status === 404 ? 'not-permitted' : 'failed', status };
  }
}
