// Which real extension builds the shadow can load, and what each needs at start. contrib.json names the
// tarball of every real build: PGlite's own contrib modules and its companion packages (pgvector, pgmq,
// pg_hashids, pgtap), as `<package>/<file in the package's dist folder>`. build.mjs copies each into dist/.
//
// A tarball costs start time (PGlite unpacks it into its file system), so only the ones the history
// creates are loaded, plus the ones the stand-in itself installs in every shadow.

import contrib from './contrib.json' with { type: 'json' };

const REAL_BUILDS: Readonly<Record<string, string>> = contrib;

/** Real builds the stand-in installs in every shadow (as on Supabase), so they are loaded at every start. */
export const ALWAYS_LOADED: readonly string[] = ['pgcrypto', 'uuid-ossp', 'pg_stat_statements'];

/** Libraries PostgreSQL must load at server start for the extension to work (shared_preload_libraries). */
export const PRELOADED_LIBRARIES: ReadonlySet<string> = new Set(['pg_stat_statements']);

/**
 * Other real builds an extension needs loaded: a real extension it requires, or (for stand-ins) the
 * library whose C functions the stand-in borrows, such as file_fdw's handler for the `wrappers` stand-in.
 */
const NEEDS: Readonly<Record<string, readonly string[]>> = {
  earthdistance: ['cube'],
  wrappers: ['file_fdw'],
};

export function isRealBuild(name: string): boolean {
  return Object.hasOwn(REAL_BUILDS, name);
}

/** Where one real build's tarball comes from: the package and the file in its dist folder. */
export interface TarballSource {
  packageName: string;
  file: string;
}

export function tarballSource(name: string): TarballSource | undefined {
  if (!isRealBuild(name)) return undefined;
  const spec = REAL_BUILDS[name];
  const slash = spec.lastIndexOf('/');
  return { packageName: spec.slice(0, slash), file: spec.slice(slash + 1) };
}

/** The real builds to load for a history that creates `requested`: always-loaded ones and dependencies. */
export function buildsToLoad(requested: readonly string[]): string[] {
  const names = new Set<string>(ALWAYS_LOADED);
  const visit = (name: string) => {
    for (const needed of NEEDS[name] ?? []) visit(needed);
    if (isRealBuild(name)) names.add(name);
  };
  for (const name of requested) visit(name);
  return [...names];
}
