// `scribe-lint fix --dry-run`: what the fix would change, as a unified diff (`git apply` and `patch -p1` read
// it from the working directory). A new file is a diff from /dev/null. Lines are compared after trimming
// the common start and end, so a fix's few changed lines in a long migration cost little.

/** Lines of context around each change, as `diff -u` gives. */
const CONTEXT = 3;
/** Above this many line pairs the middle is shown as replaced whole rather than compared line by line. */
const MAX_COMPARED_PAIRS = 4_000_000;

type Op = { kind: ' ' | '-' | '+'; text: string };

/** The unified diff of one file; `before` undefined for a new file. Empty when nothing changes. */
export function unifiedDiff(displayPath: string, before: string | undefined, after: string): string {
  if (before === after) return '';
  const oldLines = linesOf(before ?? '');
  const newLines = linesOf(after);
  const ops = compare(oldLines, newLines);
  const header = `--- ${before === undefined ? '/dev/null' : `a/${displayPath}`}\n+++ b/${displayPath}\n`;
  return header + hunks(ops).join('');
}

/** Lines with their ends kept, so a missing final newline shows (as `\ No newline at end of file`). */
function linesOf(text: string): string[] {
  return text === '' ? [] : (text.match(/[^\n]*\n|[^\n]+$/g) ?? []);
}

function compare(a: readonly string[], b: readonly string[]): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const middle = compareMiddle(a.slice(start, endA), b.slice(start, endB));
  const same = (lines: readonly string[]) => lines.map((text): Op => ({ kind: ' ', text }));
  return [...same(a.slice(0, start)), ...middle, ...same(a.slice(endA))];
}

/** A longest-common-subsequence comparison of the differing middle. */
function compareMiddle(a: readonly string[], b: readonly string[]): Op[] {
  const removed = a.map((text): Op => ({ kind: '-', text }));
  const added = b.map((text): Op => ({ kind: '+', text }));
  if (a.length === 0 || b.length === 0 || a.length * b.length > MAX_COMPARED_PAIRS)
    return [...removed, ...added];
  // common[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const common = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      common[i][j] = a[i] === b[j] ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: ' ', text: a[i++] });
      j++;
    } else if (i < a.length && (j === b.length || common[i + 1][j] >= common[i][j + 1])) {
      // Removed lines before added ones, as diff -u shows a changed line.
      ops.push({ kind: '-', text: a[i++] });
    } else ops.push({ kind: '+', text: b[j++] });
  }
  return ops;
}

/** The changes with CONTEXT lines around them, changes closer than twice that sharing a hunk. */
function hunks(ops: readonly Op[]): string[] {
  const changed = ops.flatMap((op, index) => (op.kind === ' ' ? [] : [index]));
  const groups: { from: number; to: number }[] = [];
  for (const index of changed) {
    const last = groups.at(-1);
    if (last && index - last.to <= 2 * CONTEXT + 1) last.to = index;
    else groups.push({ from: index, to: index });
  }
  return groups.map(({ from, to }) => {
    const first = Math.max(0, from - CONTEXT);
    const end = Math.min(ops.length, to + CONTEXT + 1);
    const before = ops.slice(0, first);
    const oldStart = before.filter((op) => op.kind !== '+').length;
    const newStart = before.filter((op) => op.kind !== '-').length;
    const body = ops.slice(first, end);
    const oldCount = body.filter((op) => op.kind !== '+').length;
    const newCount = body.filter((op) => op.kind !== '-').length;
    const range = (start: number, count: number) => `${count === 0 ? start : start + 1},${count}`;
    const lines = body.map(
      (op) => `${op.kind}${op.text.endsWith('\n') ? op.text : `${op.text}\n\\ No newline at end of file\n`}`,
    );
    return `@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@\n${lines.join('')}`;
  });
}
