// What every CLI run loads before it knows what it will do. The database, Redis, PGlite and GitHub clients are
// imported where they are used (`await import(...)`), so a static lint does not compile and run their
// modules at start-up: ioredis alone, loaded through one value import of the baseline's report, was about a
// third of the JavaScript a static lint loaded. This follows the static value imports from the CLI's entry
// and names the path to any such package.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

/** The packages a CLI run must not load until it needs them. */
const LOADED_ON_DEMAND = ['ioredis', 'pg', '@electric-sql/pglite', '@actions/core', '@actions/github'];

/** The specifiers a module imports for their values at load time: no `import type`, no dynamic import. */
function staticValueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && !typeOnly(statement.importClause)) {
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return specifiers;
}

function typeOnly(clause: ts.ImportClause | undefined): boolean {
  if (!clause) return false; // `import './x.ts'` runs the module
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return (
    clause.name === undefined &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  );
}

/** Each package reached from `entry`, with the chain of modules that loads it. */
function packagesLoadedBy(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const seen = new Set<string>();
  const visit = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of staticValueImports(file)) {
      if (specifier.startsWith('.')) visit(path.resolve(path.dirname(file), specifier), [...chain, file]);
      else if (!specifier.startsWith('node:') && !reached.has(specifier))
        reached.set(
          specifier,
          [...chain, file].map((step) => path.relative(ROOT, step)),
        );
    }
  };
  visit(path.join(ROOT, entry), []);
  return reached;
}

it('loads no database, Redis, PGlite or GitHub client before the run needs one', () => {
  const reached = packagesLoadedBy('src/cli/main.ts');
  // The walk itself works: the parser and the config reader are loaded on every run.
  expect([...reached.keys()]).toEqual(expect.arrayContaining(['libpg-query', 'smol-toml']));
  const early = LOADED_ON_DEMAND.filter((name) => reached.has(name)).map(
    (name) => `${name}, via ${reached.get(name)!.join(' -> ')}`,
  );
  expect(early).toEqual([]);
});
