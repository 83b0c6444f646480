import { statStatementsView } from '../src/catalog/schemas.ts';
import { locationIn } from '../src/location.ts';
import { statementOf } from '../src/parse/ast.ts';
import type { CatalogConnection, Location, Rule, SchemaContext } from '../src/types.ts';

const EXTENSION = 'pg_stat_statements';

// SPEC-2 §8 monitors slow queries with pg_stat_statements. It only works when the extension is created
// *and* its library is preloaded; an extension created without the library errors on every read.
//
// On a live database the catalog is asked. The probe runs inside a savepoint, so a failure (not loaded, or
// a role without the right to read it) does not abort the read-only audit session.
// On a shadow the catalog cannot answer (PGlite has no such library, and Supabase ships the extension
// installed and preloaded), so the rule reports what a migration can do about it: dropping the extension
// without creating it again.
const rule: Rule = {
  meta: {
    id: 'pg-stat-statements',
    description: 'The pg_stat_statements extension is installed and loaded, so query monitoring works.',
    defaultSeverity: 'warning',
    sources: ['schema'],
  },

  async checkSchema(context) {
    if (context.mode === 'shadow') {
      checkMigrationsKeepIt(context);
      return;
    }
    const view = await statStatementsView(context.db);
    if (!view) {
      report(context, 'the pg_stat_statements extension is not installed, so slow queries cannot be found');
      return;
    }
    const [preload] = await context.db.query<{ setting: string }>(
      `select setting from pg_settings where name = 'shared_preload_libraries'`,
    );
    if (preload && !/(^|[\s,"])pg_stat_statements($|[\s,"])/.test(preload.setting)) {
      report(context, 'pg_stat_statements is installed but not loaded: add it to shared_preload_libraries');
      return;
    }
    const problem = await probe(context.db, view);
    if (problem) report(context, problem);
  },
};

/** Reads one row of the view; returns what went wrong, or undefined when it works. */
async function probe(db: CatalogConnection, view: string): Promise<string | undefined> {
  await db.query('savepoint scribe_lint_probe');
  try {
    await db.query(`select 1 from ${view} limit 1`);
    await db.query('release savepoint scribe_lint_probe');
    return undefined;
  } catch (error) {
    await db.query('rollback to savepoint scribe_lint_probe');
    const { code, message } = error as { code?: string; message?: string };
    if (code === '55000')
      return 'pg_stat_statements is installed but not loaded: add it to shared_preload_libraries';
    return `could not verify that pg_stat_statements works: ${(message ?? String(error)).split('\n')[0]}`;
  }
}

/** The last applied DROP EXTENSION pg_stat_statements, unless a later CREATE EXTENSION restores it. */
function checkMigrationsKeepIt(context: SchemaContext): void {
  let dropped: Location | undefined;
  for (const file of context.migrations) {
    if (!file.applied) continue;
    for (const statement of file.statements) {
      const drop = statementOf(statement.node, 'DropStmt');
      const names = (drop?.objects ?? []).map(
        (item) => (item as { String?: { sval?: string } }).String?.sval,
      );
      if (drop?.removeType === 'OBJECT_EXTENSION' && names.includes(EXTENSION)) {
        dropped = locationIn(file, statement.start, statement.end);
      }
      const create = statementOf(statement.node, 'CreateExtensionStmt');
      if (create?.extname === EXTENSION) dropped = undefined;
    }
  }
  if (dropped) {
    context.report({
      message: 'this migration drops the pg_stat_statements extension, which query monitoring needs',
      location: dropped,
      object: EXTENSION,
    });
  }
}

function report(context: SchemaContext, message: string): void {
  context.report({ message, object: EXTENSION });
}

export default rule;
