// The source provider: finds the app's TypeScript/JavaScript files by the `[phi] source` globs and hands
// them to the analysis (project.ts). The analysis, and with it the TypeScript compiler (about half a second
// to load), is imported only when the globs match something, so a run without app sources pays nothing.

import path from 'node:path';
import { sourceFoldersExist } from './folders.ts';
import type { LintOptions } from '../providers.ts';
import type { CacheWrite, SourceAnalysisOptions } from './facts.ts';

export type { SourceAnalysisOptions } from './facts.ts';

/** The `Providers.analyzeSources` of src/lint.ts: undefined when the globs match no file. */
export async function analyzeSources(options: LintOptions): Promise<CacheWrite[] | undefined> {
  return analyzeSourceFiles({ baseDir: options.config.baseDir, cwd: options.cwd, phi: options.config.phi });
}

export async function analyzeSourceFiles(options: SourceAnalysisOptions): Promise<CacheWrite[] | undefined> {
  const paths = await findSourceFiles(options.phi.source, options.baseDir);
  if (paths.length === 0) return undefined;
  const { analyzePaths } = await import('./project.ts');
  return analyzePaths(paths, options);
}

export async function findSourceFiles(patterns: readonly string[], baseDir: string): Promise<string[]> {
  if (patterns.length === 0) return []; // an empty list turns source analysis off; glob would read it as "everything"
  if (!sourceFoldersExist(patterns, baseDir)) return [];
  const { glob } = await import('tinyglobby');
  const found = await glob([...patterns], {
    cwd: baseDir,
    absolute: true,
    onlyFiles: true,
    ignore: ['**/node_modules/**'],
  });
  return found
    .map((file) => path.normalize(file))
    .filter((file) => !/\.d\.[cm]?ts$/.test(file))
    .sort();
}
