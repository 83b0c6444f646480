// Suppression comments, as line (`--`) or block (`/* */`) comments:
//   scribe-lint-disable-next-line <id>[, <id>...] -- <reason>   covers the next statement
//   scribe-lint-disable-line <id>[, <id>...] -- <reason>        covers the statements on the comment's line
//   scribe-lint-disable <id>[, <id>...] -- <reason>             before the first statement: the whole file
// Only real comments count: PostgreSQL's scanner confirms the text is a comment token, not part of a string.
// A comment that starts with `scribe-lint-` but is none of these is kept too, marked as not understood, so
// a misspelt directive is reported instead of silently suppressing nothing.

import { scanSync } from 'libpg-query';
import type { ParsedSuppression } from '../types.ts';
import { nearestName } from '../nearest-name.ts';

const PREFIX = 'scribe-lint-';
const SCOPES: Record<string, ParsedSuppression['scope']> = {
  'scribe-lint-disable-next-line': 'next-statement',
  'scribe-lint-disable-line': 'line',
  'scribe-lint-disable': 'file',
};
const DIRECTIVES = Object.keys(SCOPES);
/** The directive word at the start of a comment's body, e.g. `scribe-lint-disable-next-line`. */
const DIRECTIVE_WORD = /^\s*(scribe-lint-[\w-]*)/i;

/** Finds suppression comments. Cheap when the file has none: the scanner only runs when the prefix appears. */
export function findSuppressions(text: string): ParsedSuppression[] {
  if (!text.includes(PREFIX)) return [];
  const found: ParsedSuppression[] = [];
  for (const comment of commentTokens(text)) {
    const suppression = directiveOf(comment);
    if (suppression) found.push(suppression);
  }
  return found;
}

interface CommentToken {
  text: string;
  start: number;
  end: number;
  block: boolean;
}

function directiveOf(comment: CommentToken): ParsedSuppression | undefined {
  const body = comment.block
    ? comment.text.slice(2, comment.text.endsWith('*/') ? -2 : undefined)
    : comment.text.slice(2);
  const word = DIRECTIVE_WORD.exec(body);
  if (!word) return undefined;
  const bodyStart = comment.start + 2;
  const keyword = word[1];
  const scope = SCOPES[keyword];
  const base = { start: comment.start, end: comment.end, reason: '', ruleIds: [] };
  if (!scope) return { ...base, scope: 'next-statement', notUnderstood: unknownDirective(keyword) };
  const restAt = word[0].length;
  const { ruleIds, ruleIdOffsets, reason } = idsAndReason(body, restAt, bodyStart);
  return { ...base, scope, ruleIds, ruleIdOffsets, reason };
}

function unknownDirective(keyword: string): string {
  const closest = closestOf(keyword.toLowerCase(), DIRECTIVES);
  const hint = closest ? `; did you mean \`${closest}\`?` : '';
  return `\`${keyword}\` is not a scribe-lint directive (${DIRECTIVES.map((d) => `\`${d}\``).join(', ')}), so this comment suppresses nothing${hint}`;
}

/** Rule ids (with their byte offsets in the file) up to `--`, and the reason after it. */
function idsAndReason(
  body: string,
  restAt: number,
  bodyStart: number,
): { ruleIds: string[]; ruleIdOffsets: number[]; reason: string } {
  const separator = body.indexOf('--', restAt);
  const idsEnd = separator === -1 ? body.length : separator;
  const reason =
    separator === -1
      ? ''
      : body
          .slice(separator + 2)
          .replace(/\s+/g, ' ')
          .trim();
  const ruleIds: string[] = [];
  const ruleIdOffsets: number[] = [];
  const id = /[^\s,]+/g;
  id.lastIndex = restAt;
  for (let match = id.exec(body); match && match.index < idsEnd; match = id.exec(body)) {
    const value = match[0].slice(0, idsEnd - match.index);
    ruleIds.push(value);
    ruleIdOffsets.push(bodyStart + Buffer.byteLength(body.slice(0, match.index), 'utf8'));
  }
  return { ruleIds, ruleIdOffsets, reason };
}

/** The candidate within a small edit distance of `word`, for "did you mean". */
export function closestOf(word: string, candidates: readonly string[]): string | undefined {
  return nearestName(word, candidates, Math.max(2, Math.floor(word.length / 4)));
}

function commentTokens(text: string): CommentToken[] {
  try {
    return scanSync(text)
      .tokens.filter((token) => token.tokenName === 'SQL_COMMENT' || token.tokenName === 'C_COMMENT')
      .map((token) => ({
        text: token.text,
        start: token.start,
        end: token.end,
        block: token.tokenName === 'C_COMMENT',
      }));
  } catch {
    // The scanner fails on an unterminated quote or comment; fall back to line comments found by position,
    // which is right for every comment before the broken token.
    return lineCommentsByRegex(text);
  }
}

function lineCommentsByRegex(text: string): CommentToken[] {
  const found: CommentToken[] = [];
  const pattern = /--[ \t]*scribe-lint-[^\n]*/gi;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = Buffer.byteLength(text.slice(0, match.index), 'utf8');
    const commentText = match[0].replace(/\r$/, '');
    found.push({
      text: commentText,
      start,
      end: start + Buffer.byteLength(commentText, 'utf8'),
      block: false,
    });
  }
  return found;
}
