// Text from migrations (code lines, identifiers in messages, file names, suppression reasons) reaches the
// user's terminal and the CI log, which act on control bytes: an escape sequence in a comment could clear
// the screen, set the window title or hide a line. Such characters are shown escaped instead, as `\x1b`
// (`\u202e` above U+00FF), the way a developer would write them in source. And a code frame shows a window
// of about 120 columns around its span, so a megabyte-long line is not printed whole.

/**
 * C0 controls (tab and newline are handled by the caller), DEL, C1 controls, and the bidirectional
 * overrides and isolates that can make a line read differently from what it contains.
 */
const CONTROL = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function escapeCodePoint(char: string): string {
  const code = char.codePointAt(0)!;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
}

/** The text with control characters escaped; `keep` lists the ones left alone (e.g. "\n" in a message). */
export function escapeControls(text: string, keep = ''): string {
  return text.replace(CONTROL, (char) => (keep.includes(char) ? char : escapeCodePoint(char)));
}

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\u200b-\u200d\u2060\ufeff\ufe00-\ufe0f]$/u;

/** Columns a code point takes in a terminal: 0 for combining marks, 2 for East Asian wide and emoji. */
export function displayWidth(char: string): number {
  if (ZERO_WIDTH.test(char)) return 0;
  const code = char.codePointAt(0)!;
  const wide =
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x1f900 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd);
  return wide ? 2 : 1;
}

/** One code point of a line as shown: its UTF-16 index in the line, what is printed, and its width. */
interface Cell {
  at: number;
  shown: string;
  width: number;
}

const TAB = '    ';

function cellsOf(line: string): Cell[] {
  const cells: Cell[] = [];
  let at = 0;
  for (const char of line) {
    const shown = char === '\t' ? TAB : escapeControls(char);
    const width = shown === char ? displayWidth(char) : shown.length;
    cells.push({ at, shown, width });
    at += char.length;
  }
  return cells;
}

/** Widest a code frame line gets, in columns, before it is cut around the span. */
export const FRAME_WIDTH = 120;
/** Columns kept before the span when a line is cut. */
const LEAD = 30;
const CUT = '…';

export interface FrameLine {
  /** The line as printed: controls escaped, tabs expanded, cut to a window with `…` marks. */
  text: string;
  /** Columns before the underline, and its width (at least 1). */
  underlineStart: number;
  underlineWidth: number;
}

/** A line of a code frame with the span [from, to) (UTF-16 indices) located in printed columns. */
export function frameLine(line: string, from: number, to: number): FrameLine {
  const cells = cellsOf(line);
  const columns: number[] = [];
  let total = 0;
  for (const cell of cells) {
    columns.push(total);
    total += cell.width;
  }
  const columnOf = (index: number) => {
    const cell = cells.findIndex((candidate) => candidate.at >= index);
    return cell === -1 ? total : columns[cell];
  };
  const start = columnOf(from);
  const end = Math.max(start, columnOf(to));
  let low = 0;
  let high = total;
  if (total > FRAME_WIDTH) {
    low = Math.max(0, Math.min(start - LEAD, total - FRAME_WIDTH));
    high = low + FRAME_WIDTH;
  }
  // Whole cells only: a wide character is never cut in half.
  const kept = cells.filter((cell, index) => columns[index] >= low && columns[index] + cell.width <= high);
  const first = kept.length > 0 ? columns[cells.indexOf(kept[0])] : low;
  const last = kept.length > 0 ? first + kept.reduce((sum, cell) => sum + cell.width, 0) : low;
  const before = first > 0 ? CUT : '';
  const after = last < total ? CUT : '';
  const underlineStart = before.length + Math.max(0, start - first);
  const underlineEnd = before.length + Math.min(end, last) - first;
  return {
    text: before + kept.map((cell) => cell.shown).join('') + after,
    underlineStart,
    underlineWidth: Math.max(1, underlineEnd - underlineStart),
  };
}
