// Where a finding is: the 1-based region type every report uses, and the conversion from a file's byte
// offsets to it. Below the engine and the providers, so the shadow, the suppressions and rules can locate
// without importing the engine (test/layers.test.ts).

import type { LineIndex } from './parse/positions.ts';

/** A 1-based region of a file. `endColumn` is exclusive, as in SARIF. */
export interface Location {
  /** Path relative to the working directory, forward slashes. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** What locating needs of a migration file (a `MigrationFile` fits). */
export interface LocatableFile {
  displayPath: string;
  lines: LineIndex;
}

/** The region of the byte range `start`..`end` (UTF-8 offsets) of the file. */
export function locationIn(file: LocatableFile, start: number, end: number): Location {
  const from = file.lines.position(start);
  const to = file.lines.position(Math.max(start, end));
  return {
    file: file.displayPath,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
  };
}
