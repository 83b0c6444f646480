// Whether the `[phi] source` globs can match anything, decided without loading a globbing library: most
// runs of a migrations-only project have no `src/` at all, and loading the source analysis costs more
// than the lint of a small migration.

import { existsSync } from 'node:fs';
import path from 'node:path';

/** Characters with a meaning in glob syntax; a folder name holding one is not taken literally. */
const GLOB_SYNTAX = /[*?[\]{}()!+@\\]/;

/** False when no positive pattern's fixed folder (`src` for a `src/**` pattern) exists under `baseDir`. */
export function sourceFoldersExist(patterns: readonly string[], baseDir: string): boolean {
  return patterns
    .filter((pattern) => !pattern.startsWith('!'))
    .some((pattern) => existsSync(path.resolve(baseDir, fixedFolderOf(pattern))));
}

/** The leading folders of a pattern that hold no glob syntax: every match lies under them. */
export function fixedFolderOf(pattern: string): string {
  const folders = pattern.split('/').slice(0, -1);
  const literal = folders.findIndex((folder) => GLOB_SYNTAX.test(folder));
  return (literal === -1 ? folders : folders.slice(0, literal)).join('/');
}
