// Fix suggestions on the pull request's diff (issue 10): a finding whose fix edits lines the pull request
// added gets one review comment with a GitHub `suggestion` block, which the author can apply with a click.
// Each comment carries a hidden marker with a key that survives pushes (the rule, the file and a hash of the
// lines it replaces, never a line number), so the next run updates its own comment instead of posting a
// second one. A finding that is gone leaves its comment alone: its lines changed, so GitHub already shows it
// as outdated, and deleting it would take the conversation under it along.
//
// A suggestion replaces whole lines, so the edit's byte range is widened to the lines it touches; it is only
// offered when every one of them is a line the pull request added (a `+` line of the file's patch), the only
// lines whose replacement is the author's own change. A token that may not write, a fork or an API that fails
// costs a notice, never the check.

import { createHash } from 'node:crypto';
import { docsUrl } from '../rule-docs.ts';
import type { Finding, FixEdit } from '../types.ts';
import { isExisting } from '../report/existing.ts';
import { fenceFor, tokenIdentity, type TokenIdentity } from './comment.ts';
import { describeFailure, httpStatus, type GitHubApi } from './github-api.ts';
import type { PullRequestRef } from './pull-request.ts';

export const SUGGESTION_MARKER_PREFIX = '<!-- scribe-lint-suggestion:';
/** Review comments notify and count against GitHub's secondary rate limit: the rest stay in the summary. */
export const MAX_SUGGESTIONS = 20;

const ICON = { error: '🔴', warning: '🟡', info: '🔵' } as const;

/** One review comment to keep: on lines `startLine`..`line` (1-based, RIGHT side) of `path`, with `body`. */
export interface SuggestionPlan {
  key: string;
  path: string;
  startLine: number;
  line: number;
  body: string;
}

/** The lines of the new file (RIGHT side) that a unified-diff patch adds, 1-based. */
export function addedLines(patch: string): Set<number> {
  const added = new Set<number>();
  let next = 0;
  for (const text of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    // Skipped: anything before the first hunk, and the "\ No newline at end of file" note.
    if (hunk) next = Number(hunk[1]);
    else if (next === 0 || text.startsWith('\\')) continue;
    else if (text.startsWith('+')) added.add(next++);
    else if (!text.startsWith('-')) next++;
  }
  return added;
}

/** What a fix does to whole lines of a file: lines `first`..`last` read `before`, and will read `after`. */
export interface LineChange {
  file: string;
  first: number;
  last: number;
  before: string;
  after: string;
}

/** A file's bytes and where each line starts, built once per file however many findings it has. */
export class ByteLines {
  readonly bytes: Buffer;
  /** Byte offset of each line's start; `starts[0]` is line 1. */
  private readonly starts: number[] = [0];

  constructor(source: string) {
    this.bytes = Buffer.from(source, 'utf8');
    for (let at = this.bytes.indexOf(0x0a); at !== -1; at = this.bytes.indexOf(0x0a, at + 1)) {
      this.starts.push(at + 1);
    }
  }

  /** The 1-based line holding byte `offset` (a line break belongs to the line it ends). */
  lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (this.starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }

  lineStart(line: number): number {
    return this.starts[line - 1];
  }

  /** Where the line ends, its line break excluded. */
  lineEnd(line: number): number {
    return line < this.starts.length ? this.starts[line] - 1 : this.bytes.length;
  }
}

/**
 * The whole lines a finding's edits touch, before and after; undefined when the edits are not one file's,
 * overlap, fall outside the text, or change nothing.
 */
export function lineChange(edits: readonly FixEdit[], source: string | ByteLines): LineChange | undefined {
  if (edits.length === 0 || edits.some((edit) => edit.file !== edits[0].file)) return undefined;
  const lines = typeof source === 'string' ? new ByteLines(source) : source;
  const { bytes } = lines;
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const [index, edit] of sorted.entries()) {
    const previousEnd = index > 0 ? sorted[index - 1].end : 0;
    if (edit.start < previousEnd || edit.end < edit.start || edit.end > bytes.length) return undefined;
  }
  const lo = sorted[0].start;
  const hi = Math.max(...sorted.map((edit) => edit.end));
  const first = lines.lineOf(lo);
  let last = hi > lo ? lines.lineOf(hi - 1) : first;
  // An edit that removes a line break joins the next line to this one: that line is touched too.
  if (hi > lo && bytes[hi - 1] === 0x0a && hi < bytes.length) last++;
  const from = lines.lineStart(first);
  const to = Math.max(lines.lineEnd(last), hi);
  const pieces: Buffer[] = [];
  let at = from;
  for (const edit of sorted) {
    pieces.push(bytes.subarray(at, edit.start), Buffer.from(edit.text, 'utf8'));
    at = edit.end;
  }
  pieces.push(bytes.subarray(at, to));
  const before = bytes.subarray(from, to).toString('utf8');
  const after = Buffer.concat(pieces).toString('utf8');
  if (before === after) return undefined;
  return {
    file: edits[0].file,
    first,
    last,
    before,
    after: after.endsWith('\n') ? after.slice(0, -1) : after,
  };
}

/**
 * The key in the marker: stable while the lines the suggestion replaces keep their text, wherever they move.
 * The path is percent-encoded so no file name can close the HTML comment.
 */
export function suggestionKey(ruleId: string, file: string, before: string): string {
  const anchor = createHash('sha256').update(before.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 12);
  return `${ruleId}:${encodeURIComponent(file)}:${anchor}`;
}

export function suggestionMarker(key: string): string {
  return `${SUGGESTION_MARKER_PREFIX}${key} -->`;
}

function suggestionBody(finding: Finding, key: string, after: string): string {
  const fence = fenceFor(after);
  const rule = `[\`${finding.ruleId}\`](${docsUrl(finding.ruleId)})`;
  return [
    suggestionMarker(key),
    `${ICON[finding.severity]} **scribe-lint** ${rule}: ${finding.message}`,
    '',
    `${fence}suggestion`,
    after,
    fence,
    '',
  ].join('\n');
}

/**
 * The suggestions for this run: open new findings with edits whose touched lines the pull request added
 * (`added`: path → added lines), in the findings' order, at most `MAX_SUGGESTIONS`. Two findings replacing
 * the same lines get keys numbered in order, so neither overwrites the other.
 */
export function planSuggestions(
  findings: readonly Finding[],
  readSource: (displayPath: string) => string | undefined,
  added: ReadonlyMap<string, ReadonlySet<number>>,
): SuggestionPlan[] {
  const plans: SuggestionPlan[] = [];
  const seen = new Map<string, number>();
  const files = new Map<string, ByteLines | undefined>();
  const linesOf = (file: string) => {
    if (!files.has(file)) {
      const source = readSource(file);
      files.set(file, source === undefined ? undefined : new ByteLines(source));
    }
    return files.get(file);
  };
  for (const finding of findings) {
    if (plans.length >= MAX_SUGGESTIONS) break;
    const edits = finding.fix?.edits;
    if (!edits?.length || finding.suppressed || isExisting(finding)) continue;
    const addedHere = added.get(edits[0].file);
    const text = addedHere?.size ? linesOf(edits[0].file) : undefined;
    if (!addedHere || !text) continue;
    // Most findings of a large file are on lines the pull request did not add: skip them before the edits.
    if (edits.some((edit) => !addedHere.has(text.lineOf(edit.start)))) continue;
    const change = lineChange(edits, text);
    if (!change || !everyLine(change, addedHere)) continue;
    const base = suggestionKey(finding.ruleId, change.file, change.before);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const key = count === 1 ? base : `${base}:${count}`;
    plans.push({
      key,
      path: change.file,
      startLine: change.first,
      line: change.last,
      body: suggestionBody(finding, key, change.after),
    });
  }
  return plans;
}

function everyLine(change: LineChange, lines: ReadonlySet<number>): boolean {
  for (let line = change.first; line <= change.last; line++) if (!lines.has(line)) return false;
  return true;
}

/** The added lines of every patched file (GitHub leaves `patch` out for binary and very large diffs). */
export function addedLinesByFile(patches: ReadonlyMap<string, string>): Map<string, Set<number>> {
  return new Map([...patches].map(([file, patch]) => [file, addedLines(patch)]));
}

interface ListedReviewComment {
  id: number;
  body?: string;
  path?: string;
  /** Null once the lines it was made on changed (GitHub shows it as outdated). */
  line?: number | null;
  start_line?: number | null;
  user?: { login?: string; type?: string } | null;
}

/** The key of one of our review comments, or undefined for anyone else's. */
export function keyOf(comment: ListedReviewComment, identity: TokenIdentity): string | undefined {
  const body = comment.body ?? '';
  if (!body.startsWith(SUGGESTION_MARKER_PREFIX)) return undefined;
  const mine =
    identity.kind === 'user' ? comment.user?.login === identity.login : comment.user?.type === 'Bot';
  if (!mine) return undefined;
  const end = body.indexOf(' -->');
  return end === -1 ? undefined : body.slice(SUGGESTION_MARKER_PREFIX.length, end);
}

export interface SuggestionSync {
  created: number;
  updated: number;
  unchanged: number;
  /** Suggestions not posted or updated, and why (the first failure's words). */
  failed: number;
  reason?: string;
  status?: number;
}

/**
 * A 422 is about one comment (GitHub would not place it on those lines): the others may still go through.
 * Anything else (no permission, a 5xx after the retries, a timeout) would repeat for every comment.
 */
function stopsTheRest(error: unknown): boolean {
  return httpStatus(error) !== 422;
}

/**
 * Brings our review comments in line with `plans`: a comment with the same key still on the same lines is
 * updated when its body differs and left alone when not; any other plan becomes a new comment on `headSha`.
 */
export async function syncSuggestions(
  api: GitHubApi,
  pull: PullRequestRef,
  headSha: string,
  plans: readonly SuggestionPlan[],
): Promise<SuggestionSync> {
  const sync: SuggestionSync = { created: 0, updated: 0, unchanged: 0, failed: 0 };
  if (plans.length === 0) return sync;
  const target = { owner: pull.owner, repo: pull.repo };
  let current: Map<string, ListedReviewComment>;
  try {
    const identity = await tokenIdentity(api);
    const listed = await api.paginate(api.rest.pulls.listReviewComments, {
      ...target,
      pull_number: pull.number,
      per_page: 100,
    });
    current = currentByKey(listed, identity);
  } catch (error) {
    return { ...sync, failed: plans.length, status: httpStatus(error), reason: describeFailure(error) };
  }
  for (const [index, plan] of plans.entries()) {
    try {
      const existing = current.get(plan.key);
      if (existing && onSameLines(existing, plan)) {
        if (existing.body === plan.body) sync.unchanged++;
        else {
          await api.rest.pulls.updateReviewComment({ ...target, comment_id: existing.id, body: plan.body });
          sync.updated++;
        }
      } else {
        await api.rest.pulls.createReviewComment({
          ...target,
          pull_number: pull.number,
          commit_id: headSha,
          path: plan.path,
          line: plan.line,
          side: 'RIGHT',
          ...(plan.startLine < plan.line && { start_line: plan.startLine, start_side: 'RIGHT' as const }),
          body: plan.body,
        });
        sync.created++;
      }
    } catch (error) {
      sync.failed++;
      sync.status ??= httpStatus(error);
      sync.reason ??= describeFailure(error);
      if (stopsTheRest(error)) {
        sync.failed += plans.length - index - 1;
        break;
      }
    }
  }
  return sync;
}

/** Our comments by key; of two with one key (an outdated one and its successor) the current one wins. */
function currentByKey(
  listed: readonly ListedReviewComment[],
  identity: TokenIdentity,
): Map<string, ListedReviewComment> {
  const byKey = new Map<string, ListedReviewComment>();
  for (const comment of listed) {
    const key = keyOf(comment, identity);
    if (key === undefined) continue;
    const known = byKey.get(key);
    if (!known || (known.line == null && comment.line != null)) byKey.set(key, comment);
  }
  return byKey;
}

function onSameLines(comment: ListedReviewComment, plan: SuggestionPlan): boolean {
  return (
    comment.path === plan.path &&
    comment.line === plan.line &&
    (comment.start_line ?? comment.line) === plan.startLine
  );
}

/** The notice line for a sync that did not post everything; undefined when all went through. */
export function suggestionNotice(pull: PullRequestRef, sync: SuggestionSync): string | undefined {
  if (sync.failed === 0) return undefined;
  const what = sync.failed === 1 ? '1 fix suggestion' : `${sync.failed} fix suggestions`;
  const status = sync.status;
  const hint =
    status === 403 || status === 404
      ? ': the token may not write review comments (give the workflow `pull-requests: write`; pull requests from forks get a read-only token)'
      : '';
  return (
    `scribe-lint could not post ${what} on pull request #${pull.number} (${sync.reason})${hint}. ` +
    'The findings are in the annotations and the job summary.'
  );
}
