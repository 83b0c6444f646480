import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);

// src/parse/positions.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
    let bytes = Buffer.from(text, "utf8");
    this.bytes = bytes.length === text.length ? void 0 : bytes;
    let starts = [0], at = bytes.indexOf(10);
    for (; at !== -1; )
      starts.push(at + 1), at = bytes.indexOf(10, at + 1);
    this.lineStarts = starts;
  }
  text;
  /** Byte offset where each line starts. */
  lineStarts;
  /** Undefined when the text is pure ASCII, so bytes and characters coincide and no decoding is needed. */
  bytes;
  get lineCount() {
    return this.lineStarts.length;
  }
  /** The text between two byte offsets. */
  slice(startByte, endByte) {
    return this.bytes ? this.bytes.toString("utf8", startByte, endByte) : this.text.slice(startByte, endByte);
  }
  /** Byte offset of the start of a 1-based line (the end of the text for lines past the last). */
  lineStart(line) {
    return this.lineStarts[line - 1] ?? this.byteLength;
  }
  get byteLength() {
    return this.bytes ? this.bytes.length : this.text.length;
  }
  /** 1-based line and column (UTF-16 units) of a byte offset. */
  position(byteOffset) {
    let lineIndex = this.lineContaining(byteOffset), lineStart = this.lineStarts[lineIndex], column = this.bytes ? this.bytes.toString("utf8", lineStart, byteOffset).length : byteOffset - lineStart;
    return { line: lineIndex + 1, column: column + 1 };
  }
  lineContaining(byteOffset) {
    let low = 0, high = this.lineStarts.length - 1;
    for (; low < high; ) {
      let middle = low + high + 1 >> 1;
      this.lineStarts[middle] <= byteOffset ? low = middle : high = middle - 1;
    }
    return low;
  }
};
function codePointOffsetToByte(text, codePoints) {
  let bytes = 0, seen = 0;
  for (let char of text) {
    if (seen === codePoints) break;
    let code = char.codePointAt(0) ?? 0;
    bytes += code < 128 ? 1 : code < 2048 ? 2 : code < 65536 ? 3 : 4, seen++;
  }
  return bytes;
}
function utf8Length(text) {
  return Buffer.byteLength(text, "utf8");
}

export {
  LineIndex,
  codePointOffsetToByte,
  utf8Length
};
