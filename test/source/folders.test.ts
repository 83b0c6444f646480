// The cheap pre-check that spares a migrations-only project the source analysis: it may only say "no
// match possible" when no pattern could match, so a pattern's fixed folder must never be too deep.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixedFolderOf, sourceFoldersExist } from '../../src/source/folders.ts';

describe('fixedFolderOf', () => {
  it.each([
    ['src/**/*.{ts,tsx,js,mjs}', 'src'],
    ['supabase/functions/**/*.ts', 'supabase/functions'],
    ['app/lib/cache.ts', 'app/lib'],
    ['**/*.ts', ''],
    ['src/{a,b}/*.ts', 'src'],
    ['packages/*/src/**/*.ts', 'packages'],
    ['cache.ts', ''],
  ])('%s lies under "%s"', (pattern, folder) => {
    expect(fixedFolderOf(pattern)).toBe(folder);
  });
});

describe('sourceFoldersExist', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'scribe-folders-'));
  mkdirSync(path.join(root, 'supabase/functions'), { recursive: true });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is false when no pattern folder exists', () => {
    expect(sourceFoldersExist(['src/**/*.ts', 'lib/*.ts'], root)).toBe(false);
  });

  it('is true when one does, or when a pattern has no fixed folder', () => {
    expect(sourceFoldersExist(['src/**/*.ts', 'supabase/functions/**/*.ts'], root)).toBe(true);
    expect(sourceFoldersExist(['**/*.ts'], root)).toBe(true);
  });

  it('ignores negated patterns, which only take files away', () => {
    expect(sourceFoldersExist(['src/**/*.ts', '!supabase/**'], root)).toBe(false);
  });
});
