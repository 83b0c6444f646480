// Byte offsets to line and column. libpg-query reports UTF-8 byte offsets; editors, GitHub and SARIF count
// columns in UTF-16 code units. Converting through the bytes keeps every location right after non-ASCII text.

export interface Position {
  line: number;
  column: number;
}

export class LineIndex {
  /** Byte offset where each line starts. */
  private readonly lineStarts: number[];
  /** Undefined when the text is pure ASCII, so bytes and characters coincide and no decoding is needed. */
  private readonly bytes: Buffer | undefined;

  constructor(private readonly text: string) {
    const bytes = Buffer.from(text, 'utf8');
    this.bytes = bytes.length === text.length ? undefined : bytes;
    const starts = [0];
    let at = bytes.indexOf(10);
    while (at !== -1) {
      starts.push(at + 1);
      at = bytes.indexOf(10, at + 1);
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The text between two byte offsets. */
  slice(startByte: number, endByte: number): string {
    return this.bytes ? this.bytes.toString('utf8', startByte, endByte) : this.text.slice(startByte, endByte);
  }

  /** Byte offset of the start of a 1-based line (the end of the text for lines past the last). */
  lineStart(line: number): number {
    return this.lineStarts[line - 1] ?? this.byteLength;
  }

  get byteLength(): number {
    return this.bytes ? this.bytes.length : this.text.length;
  }

  /** 1-based line and column (UTF-16 units) of a byte offset. */
  position(byteOffset: number): Position {
    const lineIndex = this.lineContaining(byteOffset);
    const lineStart = this.lineStarts[lineIndex];
    const column = this.bytes
      ? this.bytes.toString('utf8', lineStart, byteOffset).length
      : byteOffset - lineStart;
    return { line: lineIndex + 1, column: column + 1 };
  }

  private lineContaining(byteOffset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle] <= byteOffset) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}

/** Byte offset of a code-point offset in `text` (PostgreSQL's error cursor counts characters). */
export function codePointOffsetToByte(text: string, codePoints: number): number {
  let bytes = 0;
  let seen = 0;
  for (const char of text) {
    if (seen === codePoints) break;
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    seen++;
  }
  return bytes;
}

/** Byte length of a string in UTF-8 without allocating a buffer for ASCII. */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
