import { describe, expect, it } from 'vitest';
import { escapeControls, FRAME_WIDTH, frameLine } from '../../src/report/text.ts';

/** The printed text under the carets. */
const underlined = (line: ReturnType<typeof frameLine>) =>
  line.text.slice(line.underlineStart, line.underlineStart + line.underlineWidth);

describe('escapeControls', () => {
  it('shows C0, DEL, C1 and bidirectional controls escaped, and keeps what it is told to', () => {
    expect(escapeControls('a\x1b[2Jb\x07\x7f\x9b\u202e')).toBe('a\\x1b[2Jb\\x07\\x7f\\x9b\\u202e');
    expect(escapeControls('one\ntwo\tthree', '\n')).toBe('one\ntwo\tthree');
    expect(escapeControls('one\ntwo')).toBe('one\\x0atwo');
  });
});

describe('frameLine', () => {
  it('escapes control bytes and keeps the underline under the span', () => {
    const line = frameLine('a\x1b]0;title\x07 create index', 12, 24);
    expect(line.text).toBe('a\\x1b]0;title\\x07 create index');
    expect(underlined(line)).toBe('create index');
  });

  it('counts wide characters as two columns and combining marks as none', () => {
    const wide = frameLine("'日本語' x", 6, 7);
    expect(wide.underlineStart).toBe(9);
    expect(wide.underlineWidth).toBe(1);
    const combining = frameLine("'e\u0301' x", 5, 6);
    expect(combining.underlineStart).toBe(4);
  });

  it('expands tabs', () => {
    expect(frameLine('\tcreate', 1, 7)).toEqual({ text: '    create', underlineStart: 4, underlineWidth: 6 });
  });

  it('cuts a long line to a window around the span, with … on the cut sides', () => {
    const text = `${'a'.repeat(100_000)}SPAN${'b'.repeat(100_000)}`;
    const line = frameLine(text, 100_000, 100_004);
    expect(line.text).toBe(`…${'a'.repeat(30)}SPAN${'b'.repeat(FRAME_WIDTH - 34)}…`);
    expect(underlined(line)).toBe('SPAN');
  });

  it('clips an underline longer than the window, and never cuts a wide character in half', () => {
    const text = `x = '${'日'.repeat(500)}'`;
    const line = frameLine(text, 4, text.length);
    expect(line.text.startsWith("x = '日")).toBe(true);
    expect(line.text.endsWith('日…')).toBe(true);
    const columns = [...line.text].reduce((sum, char) => sum + (char === '日' ? 2 : 1), 0);
    expect(columns).toBeLessThanOrEqual(FRAME_WIDTH + 1);
    expect(line.underlineStart).toBe(4);
    expect(line.underlineWidth).toBe(columns - 5);
  });

  it('leaves a short line whole', () => {
    expect(frameLine('create index i on t (a)', 0, 23)).toEqual({
      text: 'create index i on t (a)',
      underlineStart: 0,
      underlineWidth: 23,
    });
  });
});
