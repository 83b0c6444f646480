// A finding's fix as reports show it: for edits, the lines they touch as those lines read once the edits are
// applied (a reader compares them with the code frame above); for SQL, the statements for a new migration.
// Pure: the reporters pass the file text they already read for the code frame.

import { applyEdits } from '../fix/edits.ts';
import { LineIndex } from '../parse/positions.ts';
import type { FixEdit } from '../types.ts';

/** A run of consecutive lines of one file as they read after the fix. */
export interface FixedLines {
  file: string;
  /** 1-based number of the first line in the fixed file. */
  firstLine: number;
  lines: string[];
}

/**
 * The edited lines per cluster of edits (edits on overlapping lines form one cluster), in file order. A file
 * that cannot be read, or edits that do not fit its text, give nothing: the report then shows the SQL only.
 */
export function fixedLines(
  edits: readonly FixEdit[],
  readSource: (displayPath: string) => string | undefined,
): FixedLines[] {
  const shown: FixedLines[] = [];
  for (const [file, fileEdits] of groupByFile(edits)) {
    const source = readSource(file);
    if (source === undefined) continue;
    try {
      shown.push(...clustersOf(file, source, fileEdits));
    } catch {
      // Edits outside the text (the file changed since the lint): nothing reliable to show.
    }
  }
  return shown;
}

function groupByFile(edits: readonly FixEdit[]): Map<string, FixEdit[]> {
  const files = new Map<string, FixEdit[]>();
  for (const edit of edits) files.set(edit.file, [...(files.get(edit.file) ?? []), edit]);
  return files;
}

interface Cluster {
  startLine: number;
  endLine: number;
  edits: FixEdit[];
}

function clustersOf(file: string, source: string, edits: readonly FixEdit[]): FixedLines[] {
  const index = new LineIndex(source);
  if (edits.some((edit) => edit.start < 0 || edit.end < edit.start || edit.end > index.byteLength))
    throw new RangeError('edit outside the file');
  const clusters: Cluster[] = [];
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const startLine = index.position(edit.start).line;
    const endLine = index.position(edit.end).line;
    const last = clusters.at(-1);
    if (last && startLine <= last.endLine) {
      last.endLine = Math.max(last.endLine, endLine);
      last.edits.push(edit);
    } else clusters.push({ startLine, endLine, edits: [edit] });
  }
  let lineShift = 0;
  return clusters.map((cluster) => {
    const from = index.lineStart(cluster.startLine);
    const to = index.lineStart(cluster.endLine + 1);
    const before = index.slice(from, to);
    const shifted = cluster.edits.map((edit) => ({
      ...edit,
      start: edit.start - from,
      end: edit.end - from,
    }));
    const after = applyEdits(before, shifted);
    const firstLine = cluster.startLine + lineShift;
    lineShift += newlines(after) - newlines(before);
    const lines = after.replace(/\r?\n$/, '').split('\n');
    return { file, firstLine, lines: lines.map((line) => line.replace(/\r$/, '')) };
  });
}

function newlines(text: string): number {
  return text.split('\n').length - 1;
}

/** The statements of a `Fix.sql`, without the blank lines around them. */
export function sqlLines(sql: string): string[] {
  return sql.replace(/^\s*\n|\s+$/g, '').split(/\r?\n/);
}

/** A Markdown code fence longer than any run of backticks in the text, so the text cannot close it. */
export function fenceFor(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}
