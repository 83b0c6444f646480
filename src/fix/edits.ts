// Applying a finding's fix edits to a file's text (issue 10). Pure: the fix command reads and writes the
// files, this only turns one text and its edits into the new text, or says why it cannot.

import type { FixEdit } from '../types.ts';

/** Two edits that touch the same bytes: applying both would garble the text, so neither is applied. */
export class OverlappingEditsError extends Error {
  constructor(
    readonly first: FixEdit,
    readonly second: FixEdit,
  ) {
    super(
      `fix edits overlap in ${first.file}: bytes ${first.start}-${first.end} and ${second.start}-${second.end}`,
    );
    this.name = 'OverlappingEditsError';
  }
}

/**
 * The text with the edits applied. Offsets are UTF-8 bytes of the original text (`end` exclusive; `start`
 * equal to `end` inserts). Edits may come in any order; two inserts at the same offset keep their order.
 * Throws OverlappingEditsError when two edits change the same bytes (or one inserts inside another's
 * range), and RangeError for a range outside the text.
 */
export function applyEdits(text: string, edits: readonly FixEdit[]): string {
  if (edits.length === 0) return text;
  const bytes = Buffer.from(text, 'utf8');
  const sorted = distinct(edits)
    .map((edit, order) => ({ edit, order }))
    .sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.order - b.order)
    .map(({ edit }) => edit);
  const pieces: Buffer[] = [];
  let copied = 0;
  let previous: FixEdit | undefined;
  for (const edit of sorted) {
    if (!Number.isInteger(edit.start) || !Number.isInteger(edit.end) || edit.start < 0)
      throw new RangeError(`fix edit range ${edit.start}-${edit.end} is not a byte range`);
    if (edit.end < edit.start || edit.end > bytes.length)
      throw new RangeError(
        `fix edit range ${edit.start}-${edit.end} is outside ${edit.file} (${bytes.length} bytes)`,
      );
    // Touching ranges are fine (one ends where the next starts); sharing a byte, or an insert strictly
    // inside a replaced range, is not.
    if (previous && edit.start < previous.end) throw new OverlappingEditsError(previous, edit);
    pieces.push(bytes.subarray(copied, edit.start), Buffer.from(edit.text, 'utf8'));
    copied = edit.end;
    previous = edit;
  }
  pieces.push(bytes.subarray(copied));
  return Buffer.concat(pieces).toString('utf8');
}

/** The edits without repeats of the same change to the same bytes, first occurrences in order. */
function distinct(edits: readonly FixEdit[]): FixEdit[] {
  const seen = new Set<string>();
  return edits.filter((edit) => {
    const key = JSON.stringify([edit.file, edit.start, edit.end, edit.text]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
