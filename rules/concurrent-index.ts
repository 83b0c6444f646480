import { hasOption, qualify, qualifyNameList, statementOf } from '../src/parse/ast.ts';
import { isWord, statementTokens, tokenSpan, tokensThroughWord, type SqlToken } from '../src/parse/spans.ts';
import type { Fix, Location, Rule, Statement, StatementContext } from '../src/types.ts';
import { concurrentlyAllowed } from './concurrent-in-transaction.ts';

// A plain CREATE INDEX takes a SHARE lock that blocks every write to the table for the whole build; DROP
// INDEX and REINDEX take ACCESS EXCLUSIVE locks. On a table that already has traffic, that is an outage.
const rule: Rule = {
  meta: {
    id: 'concurrent-index',
    description: 'CREATE INDEX, DROP INDEX and REINDEX on an existing table use CONCURRENTLY.',
    defaultSeverity: 'error',
    sources: ['statement'],
    statementKinds: ['IndexStmt', 'DropStmt', 'ReindexStmt'],
  },

  checkStatement(statement, context) {
    checkCreate(statement, context);
    checkDrop(statement, context);
    checkReindex(statement, context);
  },
};

function checkCreate(statement: Statement, context: StatementContext): void {
  const create = statementOf(statement.node, 'IndexStmt');
  if (!create || create.concurrent) return;
  const table = qualify(create.relation);
  if (!context.history.isExistingTable(table)) return;
  // CONCURRENTLY is impossible on a partitioned parent; `ON ONLY parent` creates an empty, invalid index
  // instantly, to be completed by per-partition concurrent builds and ATTACH PARTITION.
  const partitioned = context.history.isPartitionedTable(table);
  if (!create.relation?.inh && partitioned) return;
  const head = keywordsThrough(statement, context, 'index');
  context.report({
    message: `\`CREATE INDEX\` on existing table \`${table}\` without CONCURRENTLY blocks writes for the whole build`,
    location: head.location,
    object: table,
    // A partitioned parent cannot be built concurrently: its fix is `ON ONLY` and per-partition builds.
    fix: partitioned ? undefined : insertConcurrently(statement, context, head.last),
  });
}

function checkDrop(statement: Statement, context: StatementContext): void {
  const drop = statementOf(statement.node, 'DropStmt');
  if (!drop || drop.concurrent || drop.removeType !== 'OBJECT_INDEX') return;
  const existing = (drop.objects ?? [])
    .map(qualifyNameList)
    .filter((name) => context.history.isExistingIndex(name));
  if (existing.length === 0) return;
  const head = keywordsThrough(statement, context, 'index');
  // DROP INDEX CONCURRENTLY takes one index and no CASCADE: a list, or a cascade, has no mechanical fix.
  const fixable = drop.objects?.length === 1 && drop.behavior !== 'DROP_CASCADE';
  context.report({
    message: `\`DROP INDEX\` of \`${existing.join('`, `')}\` without CONCURRENTLY locks its table against reads and writes`,
    location: head.location,
    object: existing[0],
    fix: fixable ? insertConcurrently(statement, context, head.last) : undefined,
  });
}

function checkReindex(statement: Statement, context: StatementContext): void {
  const reindex = statementOf(statement.node, 'ReindexStmt');
  if (!reindex || hasOption(reindex.params, 'concurrently')) return;
  const target = qualify(reindex.relation);
  const existing =
    reindex.kind === 'REINDEX_OBJECT_INDEX'
      ? context.history.isExistingIndex(target)
      : reindex.kind !== 'REINDEX_OBJECT_TABLE' || context.history.isExistingTable(target);
  if (!existing) return;
  const what = target ? ` of \`${target}\`` : '';
  const head = reindexHead(statement, context);
  context.report({
    message: `\`REINDEX\`${what} without CONCURRENTLY locks out writes (and reads that use the index) until it finishes`,
    location: head.location,
    object: target || undefined,
    // REINDEX SYSTEM cannot run concurrently at all.
    fix:
      reindex.kind === 'REINDEX_OBJECT_SYSTEM'
        ? undefined
        : insertConcurrently(statement, context, head.last),
  });
}

/** The underlined keywords and the last of their tokens (where CONCURRENTLY goes), if the tokens say. */
interface Head {
  location: Location;
  last?: SqlToken;
}

/** `CREATE [UNIQUE] INDEX` or `DROP INDEX`: the statement's tokens from the first through `word`. */
function keywordsThrough(statement: Statement, context: StatementContext, word: string): Head {
  const { tokens, index: last } = tokensThroughWord(context.file, statement, word);
  // Only keywords may come before it (CREATE, UNIQUE); otherwise the tokens are not what the tree says.
  if (last === -1 || !tokens.slice(0, last).every((token) => token.keyword))
    return { location: context.locateStatement(statement) };
  const span = tokenSpan(tokens, 0, last);
  return { location: context.locate(span.start, span.end), last: tokens[last] };
}

const REINDEX_KINDS = new Set(['index', 'table', 'schema', 'database', 'system']);

/** `REINDEX [(options)] TABLE`: from REINDEX through the kind of object. */
function reindexHead(statement: Statement, context: StatementContext): Head {
  const tokens = statementTokens(context.file, statement);
  if (!isWord(tokens[0], 'reindex')) return { location: context.locateStatement(statement) };
  let at = 1;
  if (tokens[at]?.text === '(') {
    while (at < tokens.length && tokens[at].text !== ')') at++;
    at++;
  }
  const kind = tokens[at];
  if (!kind || !REINDEX_KINDS.has(kind.text.toLowerCase()) || !kind.keyword)
    return { location: context.locateStatement(statement) };
  const span = tokenSpan(tokens, 0, at);
  return { location: context.locate(span.start, span.end), last: kind };
}

/**
 * ` concurrently` after the keyword that takes it, when the result can run where the statement is: under
 * the Supabase runner only a statement alone in its file (else concurrent-in-transaction would fail it).
 */
function insertConcurrently(
  statement: Statement,
  context: StatementContext,
  after: SqlToken | undefined,
): Fix | undefined {
  if (!after || !concurrentlyAllowed(statement, context)) return undefined;
  const text = after.text === after.text.toUpperCase() ? ' CONCURRENTLY' : ' concurrently';
  return { edits: [{ file: context.file.displayPath, start: after.end, end: after.end, text }] };
}

export default rule;
