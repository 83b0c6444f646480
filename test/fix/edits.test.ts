import { describe, expect, it } from 'vitest';
import { applyEdits, OverlappingEditsError } from '../../src/fix/edits.ts';
import type { FixEdit } from '../../src/types.ts';

const edit = (start: number, end: number, text: string): FixEdit => ({ file: 'x.sql', start, end, text });

describe('applyEdits', () => {
  it('applies inserts and replacements given in any order, by UTF-8 byte offsets', () => {
    const text = "select 'é';\ncreate index i on t (a);";
    const index = Buffer.byteLength("select 'é';\ncreate index");
    const semicolon = Buffer.byteLength(text) - 1;
    expect(
      applyEdits(text, [edit(semicolon, semicolon + 1, ';;'), edit(index, index, ' concurrently')]),
    ).toBe("select 'é';\ncreate index concurrently i on t (a);;");
  });

  it('keeps the order of inserts at one offset, and applies an identical edit once', () => {
    const edits = [edit(0, 0, 'a '), edit(0, 0, 'b '), edit(0, 0, 'a ')];
    expect(applyEdits('x', edits)).toBe('a b x');
  });

  it('accepts edits that touch without overlapping', () => {
    expect(applyEdits('abcdef', [edit(2, 4, 'X'), edit(0, 2, 'Y'), edit(4, 4, 'Z')])).toBe('YXZef');
  });

  it('rejects overlapping edits, and an insert inside a replaced range', () => {
    expect(() => applyEdits('abcdef', [edit(1, 4, 'X'), edit(3, 5, 'Y')])).toThrow(OverlappingEditsError);
    expect(() => applyEdits('abcdef', [edit(1, 4, 'X'), edit(2, 2, 'Y')])).toThrow(
      'fix edits overlap in x.sql: bytes 1-4 and 2-2',
    );
  });

  it('rejects a range outside the text', () => {
    expect(() => applyEdits('abc', [edit(2, 9, '')])).toThrow(RangeError);
    expect(() => applyEdits('abc', [edit(2, 1, '')])).toThrow(RangeError);
  });

  it('returns the text unchanged without edits', () => {
    expect(applyEdits('é', [])).toBe('é');
  });
});
