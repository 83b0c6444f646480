// Suppression comments:
//   -- scribe-lint-disable-next-line <id>[, <id>...] -- <reason>   covers the next statement
//   -- scribe-lint-disable <id>[, <id>...] -- <reason>             before the first statement: the whole file
// Only real comments count: PostgreSQL's scanner confirms the text is a comment token, not part of a string.

import { scanSync } from 'libpg-query';
import type { ParsedSuppression } from '../types.ts';

const MARKER = 'scribe-lint-disable';
const DIRECTIVE = /^--\s*scribe-lint-disable(-next-line)?(?:\s+(.*))?$/;

/** Finds suppression comments. Cheap when the file has none: the scanner only runs when the marker appears. */
export function findSuppressions(text: string): ParsedSuppression[] {
  if (!text.includes(MARKER)) return [];
  const found: ParsedSuppression[] = [];
  for (const comment of commentTokens(text)) {
    const match = DIRECTIVE.exec(comment.text.trimEnd());
    if (!match) continue;
    const { ruleIds, reason } = splitIdsAndReason(match[2] ?? '');
    found.push({
      scope: match[1] ? 'next-statement' : 'file',
      ruleIds,
      reason,
      start: comment.start,
      end: comment.end,
    });
  }
  return found;
}

function splitIdsAndReason(rest: string): { ruleIds: string[]; reason: string } {
  const separator = rest.indexOf('--');
  const idsPart = separator === -1 ? rest : rest.slice(0, separator);
  const reason = separator === -1 ? '' : rest.slice(separator + 2).trim();
  const ruleIds = idsPart
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter((id) => id !== '');
  return { ruleIds, reason };
}

interface CommentToken {
  text: string;
  start: number;
  end: number;
}

function commentTokens(text: string): CommentToken[] {
  try {
    return scanSync(text)
      .tokens.filter((token) => token.tokenName === 'SQL_COMMENT')
      .map((token) => ({ text: token.text, start: token.start, end: token.end }));
  } catch {
    // The scanner fails on an unterminated quote or comment; fall back to line comments found by position,
    // which is right for every comment before the broken token.
    return lineCommentsByRegex(text);
  }
}

function lineCommentsByRegex(text: string): CommentToken[] {
  const found: CommentToken[] = [];
  const pattern = /--[^\n]*scribe-lint-disable[^\n]*/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = Buffer.byteLength(text.slice(0, match.index), 'utf8');
    found.push({ text: match[0], start, end: start + Buffer.byteLength(match[0], 'utf8') });
  }
  return found;
}
