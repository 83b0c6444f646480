// What every reporter receives: the result, the rules (for metadata and docs links), and a way to read the
// text of a reported file (for code frames and fingerprints) without reporters touching the file system.

import type { LintResult } from '../engine.ts';
import type { Rule } from '../types.ts';

export interface ReportInput {
  result: LintResult;
  rules: readonly Rule[];
  /** The text of a file by its display path, or undefined when it cannot be read. */
  readSource(displayPath: string): string | undefined;
  /** Colour and hyperlinks (pretty only): on for a TTY unless NO_COLOR; FORCE_COLOR turns it on. */
  color?: boolean;
  toolVersion: string;
  /** `--show-existing`: print findings outside the change in full instead of a count per rule. */
  showExisting?: boolean;
}

export type Reporter = (input: ReportInput) => string;

export const FORMATS = ['pretty', 'json', 'sarif', 'github', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];
