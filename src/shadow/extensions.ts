// Which real extension builds the shadow can load, and what each needs at start. contrib.json names the
// tarball of every real build: PGlite's own contrib modules and its companion packages (pgvector, pgmq,
// pg_hashids, pgtap), as `<package>/<file in the package's dist folder>`. build.mjs copies each into dist/.
//
// A tarball costs start time (PGlite unpacks it into its file system and links its library), so only the
// ones the history needs are loaded. The stand-in installs pgcrypto and uuid-ossp in every shadow, as on
// Supabase, but installing an extension does not load its library: PostgreSQL loads it when one of its
// C functions first runs. So a start from a saved data directory loads them only when the history's text
// may call one of their functions (pgcrypto alone was about 0.1 s of every start); openShadow replays again
// with both when a call the text did not show reached a missing library.

import type { Node } from 'libpg-query';
import { statementOf } from '../parse/ast.ts';
import type { MigrationText } from '../history/migration-files.ts';
import type { MigrationFile } from '../types.ts';
import contrib from './contrib.json' with { type: 'json' };

const REAL_BUILDS: Readonly<Record<string, string>> = contrib;

/** Real builds the stand-in installs in every shadow (as on Supabase): a bootstrap loads them all. */
export const INSTALLED_BY_STANDIN: readonly string[] = ['pgcrypto', 'uuid-ossp', 'pg_stat_statements'];

/** Of those, the ones loaded at every start: a preloaded library must be there when PostgreSQL starts. */
const LOADED_AT_EVERY_START: readonly string[] = ['pg_stat_statements'];

/**
 * What a call of each stand-in-installed extension's functions looks like in SQL text, function bodies
 * included: a name followed by `(`, in any case, quoted or not. Matching a comment or a column only costs
 * the library's start time; a call the text hides (dynamic SQL) is caught by the replay (missingLibrary).
 */
const CALLS: Readonly<Record<string, RegExp>> = {
  pgcrypto:
    /\b"?(crypt|gen_salt|digest|hmac|gen_random_bytes|pgp_[a-z_]+|armor|dearmor|encrypt(_iv)?|decrypt(_iv)?)"?\s*\(|\bextensions"?\s*\.\s*"?gen_random_uuid\b/i,
  'uuid-ossp': /\b"?uuid_(generate_v\d\w*|nil|ns_\w+)"?\s*\(/i,
};

/**
 * The extensions whose builds the history needs: those it creates, and those of the stand-in's whose
 * functions its text may call. Creating one the stand-in installed (`create extension if not exists
 * pgcrypto`, in most Supabase histories) runs nothing, so it counts only when the history also drops or
 * alters that extension: then its install script runs, and PostgreSQL loads the library to check the C
 * functions it creates.
 */
export function extensionsNeeded(files: readonly MigrationFile[]): string[] {
  const created = new Set<string>();
  const changed = new Set<string>();
  const called = new Set<string>();
  for (const file of files) {
    if (file.applied) for (const name of buildsCalledIn(file.text)) called.add(name);
    for (const { node } of file.statements) {
      const create = statementOf(node, 'CreateExtensionStmt')?.extname;
      if (create) created.add(create);
      const alter =
        statementOf(node, 'AlterExtensionStmt')?.extname ??
        statementOf(node, 'AlterExtensionContentsStmt')?.extname;
      if (alter) changed.add(alter);
      for (const name of droppedExtensions(node)) changed.add(name);
    }
  }
  return needed(created, changed, called);
}

/** What the history creates anew (not one the stand-in installed, unless dropped or altered) or calls. */
function needed(created: Set<string>, changed: Set<string>, called: Set<string>): string[] {
  const installed = new Set(INSTALLED_BY_STANDIN);
  const createdAnew = [...created].filter((name) => !installed.has(name) || changed.has(name));
  return [...new Set([...createdAnew, ...called])];
}

/**
 * What extensionsNeeded finds, from the files' text alone, before they are parsed (the shadow starts
 * meanwhile): every `create extension`, `drop extension` and `alter extension` written plainly, and the
 * calls. The text can only show more (a comment, a string); a statement it misses (a comment inside the
 * words) shows in extensionsNeeded after the parse, which then starts the shadow again (index.ts).
 */
export function extensionsInText(files: readonly MigrationText[]): string[] {
  const created = new Set<string>();
  const changed = new Set<string>();
  const called = new Set<string>();
  for (const { text, applied } of files) {
    if (applied) for (const name of buildsCalledIn(text)) called.add(name);
    for (const match of text.matchAll(CREATE_EXTENSION)) created.add(extensionName(match[1]));
    for (const match of text.matchAll(ALTER_EXTENSION)) changed.add(extensionName(match[1]));
    for (const match of text.matchAll(DROP_EXTENSION)) {
      for (const name of match[1].split(',')) changed.add(extensionName(name.trim()));
    }
  }
  return needed(created, changed, called);
}

const NAME = String.raw`(?:"[^"]+"|[\w$-]+)`;
const CREATE_EXTENSION = new RegExp(
  String.raw`\bcreate\s+extension\s+(?:if\s+not\s+exists\s+)?(${NAME})`,
  'gi',
);
const ALTER_EXTENSION = new RegExp(String.raw`\balter\s+extension\s+(${NAME})`, 'gi');
const DROP_EXTENSION = new RegExp(
  String.raw`\bdrop\s+extension\s+(?:if\s+exists\s+)?(${NAME}(?:\s*,\s*${NAME})*)`,
  'gi',
);

/** An extension name as written: quoted exactly, else folded to lower case. */
function extensionName(written: string): string {
  return written.startsWith('"') ? written.slice(1, -1) : written.toLowerCase();
}

function droppedExtensions(node: Node | undefined): string[] {
  const drop = statementOf(node, 'DropStmt');
  if (drop?.removeType !== 'OBJECT_EXTENSION') return [];
  return (drop.objects ?? []).flatMap((object) => {
    const name = (object as { String?: { sval?: string } }).String?.sval;
    return name ? [name] : [];
  });
}

/** The stand-in-installed builds whose functions the SQL text may call. */
export function buildsCalledIn(text: string): string[] {
  return Object.keys(CALLS).filter((name) => CALLS[name].test(text));
}

/** The library a PostgreSQL error says is missing (`could not access file "pgcrypto"`, or `"$libdir/x"`). */
export function missingLibrary(message: string): string | undefined {
  return /could not access file "(?:\$libdir\/)?([\w-]+)"/.exec(message)?.[1];
}

/** Libraries PostgreSQL must load at server start for the extension to work (shared_preload_libraries). */
export const PRELOADED_LIBRARIES: ReadonlySet<string> = new Set(['pg_stat_statements']);

/**
 * Other real builds an extension needs loaded: a real extension it requires, or (for stand-ins) the
 * library whose C functions the stand-in borrows, such as file_fdw's handler for the `wrappers` stand-in.
 */
const NEEDS: Readonly<Record<string, readonly string[]>> = {
  earthdistance: ['cube'],
  pgjwt: ['pgcrypto'],
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

/** The real builds to load for a history that creates or calls `requested`, with what they need. */
export function buildsToLoad(requested: readonly string[]): string[] {
  const names = new Set<string>(LOADED_AT_EVERY_START);
  const visit = (name: string) => {
    for (const needed of NEEDS[name] ?? []) visit(needed);
    if (isRealBuild(name)) names.add(name);
  };
  for (const name of requested) visit(name);
  return [...names];
}
