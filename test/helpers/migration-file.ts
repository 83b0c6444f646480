// A migration file made from SQL text, parsed as the linter parses it (the parser must be loaded: call
// loadParser in a beforeAll), for tests of the helpers that read files and statements.

import { parseStatements } from '../../src/parse/parse-file.ts';
import { LineIndex } from '../../src/parse/positions.ts';
import type { MigrationFile } from '../../src/types.ts';

export function migrationFileOf(text: string): MigrationFile {
  return {
    path: '/x.sql',
    displayPath: 'x.sql',
    name: 'x.sql',
    text,
    lines: new LineIndex(text),
    statements: parseStatements(text),
    applied: true,
    suppressions: [],
  };
}
