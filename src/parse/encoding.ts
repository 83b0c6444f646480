// Decoding a migration file as UTF-8 without losing track of bytes that are not UTF-8.
//
// PostgreSQL checks every query it receives against the client encoding (UTF8 for psql and the Supabase
// CLI) and rejects a statement holding a Latin-1 `é` (byte 0xE9) with "invalid byte sequence". Node's
// decoder would quietly turn that byte into U+FFFD and the statement would parse, lint and replay as if it
// were fine; here each such byte is remembered, so the statement holding it is reported and not replayed.

import { isUtf8 } from 'node:buffer';

export interface InvalidByte {
  /** Offset of the replacement character in the decoded text's UTF-8 (the unit statement ranges use). */
  offset: number;
  /** The byte as it was in the file. */
  value: number;
}

export interface DecodedFile {
  /** The text, each invalid byte replaced by one U+FFFD, so lines and columns match an editor's. */
  text: string;
  invalid: InvalidByte[];
}

const REPLACEMENT = '\uFFFD';
/** U+FFFD takes three bytes in UTF-8 where the invalid byte took one. */
const REPLACEMENT_GROWTH = 2;

/** Decodes `bytes` as UTF-8; valid files (nearly all) take one native check and one native decode. */
export function decodeUtf8(bytes: Buffer): DecodedFile {
  if (isUtf8(bytes)) return { text: bytes.toString('utf8'), invalid: [] };
  const invalid: InvalidByte[] = [];
  let text = '';
  let runStart = 0;
  for (let at = 0; at < bytes.length;) {
    const length = sequenceLength(bytes, at);
    if (length > 0) {
      at += length;
      continue;
    }
    text += bytes.toString('utf8', runStart, at) + REPLACEMENT;
    invalid.push({ offset: at + invalid.length * REPLACEMENT_GROWTH, value: bytes[at] });
    at++;
    runStart = at;
  }
  return { text: text + bytes.toString('utf8', runStart), invalid };
}

/** Length of the well-formed UTF-8 sequence at `at` (RFC 3629, no surrogates, no overlongs), or 0. */
function sequenceLength(bytes: Buffer, at: number): number {
  const lead = bytes[at];
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return continues(bytes, at + 1, 1, 0x80, 0xbf) ? 2 : 0;
  if (lead === 0xe0) return continues(bytes, at + 1, 2, 0xa0, 0xbf) ? 3 : 0;
  if (lead === 0xed) return continues(bytes, at + 1, 2, 0x80, 0x9f) ? 3 : 0;
  if (lead >= 0xe1 && lead <= 0xef) return continues(bytes, at + 1, 2, 0x80, 0xbf) ? 3 : 0;
  if (lead === 0xf0) return continues(bytes, at + 1, 3, 0x90, 0xbf) ? 4 : 0;
  if (lead >= 0xf1 && lead <= 0xf3) return continues(bytes, at + 1, 3, 0x80, 0xbf) ? 4 : 0;
  if (lead === 0xf4) return continues(bytes, at + 1, 3, 0x80, 0x8f) ? 4 : 0;
  return 0;
}

/** Whether `count` continuation bytes follow, the first in [low, high] and the rest in [0x80, 0xBF]. */
function continues(bytes: Buffer, from: number, count: number, low: number, high: number): boolean {
  if (from + count > bytes.length) return false;
  if (bytes[from] < low || bytes[from] > high) return false;
  for (let at = from + 1; at < from + count; at++) if (bytes[at] < 0x80 || bytes[at] > 0xbf) return false;
  return true;
}

/** The parse-error message for an invalid byte. */
export function invalidByteMessage(value: number): string {
  const hex = `0x${value.toString(16).padStart(2, '0')}`;
  return (
    `byte ${hex} is not valid UTF-8: PostgreSQL rejects this statement ` +
    `(invalid byte sequence for encoding "UTF8": ${hex}); the file must be saved as UTF-8`
  );
}
