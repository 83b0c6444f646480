// One sticky comment per pull request. It is found by a hidden marker at its start and by its author, the
// account the token acts as, so a person's comment that happens to begin with the marker is never touched. It
// is updated in place on every run, never posted twice, and turned into a short all-clear when the findings
// are gone. A token that may not write (pull requests from forks get a read-only one), or an API that fails,
// costs a notice, never the check.

import { countFindings, plural } from '../report/counts.ts';
import { newFirst } from '../report/existing.ts';
import { headline } from '../report/markdown.ts';
import type { Finding } from '../types.ts';
import type { ReportInput } from '../report/types.ts';
import { describeFailure, httpStatus, type GitHubApi } from './github-api.ts';
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
  const sql = fitSqlFixes(report.result.findings, report.showExisting, Math.floor(limit / 2));
  const bottom = `${sql === '' ? '' : `${sql}\n\n`}[Full report in the job summary](${summaryUrl}).`;
  const table = fitFindingsTable(
    report.result.findings,
    limit - top.length - bottom.length - 8,
    (text) => text.length,
    `See the [job summary](${summaryUrl}).`,
    report.showExisting,
  );
  return { hasFindings: true, body: `${top}\n\n${table}\n\n${bottom}\n` };
}

/**
 * The fixes that are SQL for a new migration (a schema the history already produced), as one collapsed block
 * the author can copy into a new file: each statement under a comment naming its finding, a statement two
 * findings share only once. The findings shown are the comment's own (new ones, or all with `showExisting`).
 */
export function sqlFixesDetails(findings: readonly Finding[], showExisting = false): string {
  const open = findings.filter((finding) => !finding.suppressed && finding.fix?.sql);
  const { shown } = newFirst(open, showExisting);
  const blocks = new Map<string, string>();
  for (const finding of shown) {
    const sql = finding.fix!.sql!.trim();
    if (blocks.has(sql)) continue;
    const where = finding.location
      ? `${finding.location.file}:${finding.location.line}`
      : (finding.object ?? 'the schema');
    blocks.set(sql, `-- ${finding.ruleId} (${where.replace(/[\r\n]/g, ' ')})\n${sql}`);
  }
  if (blocks.size === 0) return '';
  const text = [...blocks.values()].join('\n\n');
  const fence = fenceFor(text);
  const title = `${plural(blocks.size, 'fix')} as SQL for a new migration`;
  return [`<details><summary>${title}</summary>`, '', `${fence}sql`, text, fence, '', '</details>'].join(
    '\n',
  );
}

/** The SQL fixes, or a line saying they were left out when they would take more than `budget` characters. */
function fitSqlFixes(
  findings: readonly Finding[],
  showExisting: boolean | undefined,
  budget: number,
): string {
  const details = sqlFixesDetails(findings, showExisting);
  if (details.length <= budget) return details;
  return "_The SQL fixes are too long for this comment: the step's log shows each under its finding._";
}

/** A fence longer than any run of backticks in the text, so a migration's own ``` cannot end the block. */
export function fenceFor(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  return '`'.repeat(longest + 1);
}

/**
 * Who the token acts as. A personal access token can read `GET /user`; the Actions token and other GitHub App
 * installation tokens cannot (403), and their comments are authored by the app's bot account, whose `type`
 * is `Bot`, an account type no person has.
 */
export type TokenIdentity = { kind: 'user'; login: string } | { kind: 'app' };

export async function tokenIdentity(api: GitHubApi): Promise<TokenIdentity> {
  try {
    const { data } = await api.rest.users.getAuthenticated();
    return { kind: 'user', login: data.login };
  } catch (error) {
    if (httpStatus(error) === 403) return { kind: 'app' };
    throw error;
  }
}

interface ListedComment {
  id: number;
  body?: string;
  user?: { login?: string; type?: string } | null;
}

/** The marker at the start of the body, and written by the account the token acts as. */
export function isStickyComment(comment: ListedComment, identity: TokenIdentity): boolean {
  if (!comment.body?.startsWith(COMMENT_MARKER)) return false;
  if (identity.kind === 'user') return comment.user?.login === identity.login;
  return comment.user?.type === 'Bot';
}

export interface CommentSync {
  outcome: CommentOutcome;
  status?: number;
  /** What went wrong, for the notice: `HTTP 502`, a timeout. */
  reason?: string;
}

/**
 * Creates, updates or leaves the sticky comment. No comment is created just to say all clear: the all-clear
 * only replaces an earlier report.
 */
export async function syncStickyComment(
  api: GitHubApi,
  pull: PullRequestRef,
  plan: CommentPlan,
): Promise<CommentSync> {
  const target = { owner: pull.owner, repo: pull.repo };
  try {
    const identity = await tokenIdentity(api);
    const comments = await api.paginate(api.rest.issues.listComments, {
      ...target,
      issue_number: pull.number,
      per_page: 100,
    });
    // The oldest of our marked comments is the sticky one; a body quoting the marker elsewhere does not count.
    const sticky = comments.find((comment) => isStickyComment(comment, identity));
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
    const outcome = status === 403 || status === 404 ? 'not-permitted' : 'failed';
    return { outcome, status, reason: describeFailure(error) };
  }
}
