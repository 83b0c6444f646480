import { parseSync, type Node } from 'libpg-query';
import { appSchema, notExtensionMember } from '../src/catalog/schemas.ts';
import { RelationNamer, qualifiedIdent, quoteIdent } from '../src/fix/index-names.ts';
import { loadParser } from '../src/parse/parse-file.ts';
import type { Fix, Rule } from '../src/types.ts';

// SPEC-2 refreshes dashboard views with REFRESH MATERIALIZED VIEW CONCURRENTLY, which PostgreSQL refuses
// unless the view has a unique index on plain columns, without a WHERE clause. Without one, the hourly cron
// job fails; falling back to a plain REFRESH locks dashboards out for the whole refresh.
const MATVIEWS_WITHOUT_UNIQUE_INDEX = `
  select n.nspname || '.' || c.relname as view_name, n.nspname as schema_name, c.relname,
         pg_get_viewdef(c.oid) as definition
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
   where c.relkind = 'm'
     and ${appSchema('n')}
     and ${notExtensionMember('c.oid')}
     and not exists (select 1 from pg_index i
                      where i.indrelid = c.oid and i.indisunique and i.indisvalid
                        and i.indpred is null and i.indexprs is null)
   order by 1`;

const rule: Rule = {
  meta: {
    id: 'matview-unique-index',
    description: 'Every materialized view has a unique index, so it can be refreshed CONCURRENTLY.',
    defaultSeverity: 'warning',
    sources: ['schema'],
  },

  async checkSchema(context) {
    const namer = new RelationNamer(context.db);
    for (const row of await context.db.query<Row>(MATVIEWS_WITHOUT_UNIQUE_INDEX)) {
      const key = await uniqueKey(row.definition);
      context.report({
        message:
          `materialized view \`${row.view_name}\` has no unique index without predicate or expressions, ` +
          'so REFRESH MATERIALIZED VIEW CONCURRENTLY fails on it',
        location: context.locate('matview', row.view_name),
        object: row.view_name,
        ...(key && { fix: await uniqueIndex(namer, row, key) }),
      });
    }
  },
};

interface Row {
  view_name: string;
  schema_name: string;
  relname: string;
  definition: string;
}

async function uniqueIndex(namer: RelationNamer, row: Row, key: string[]): Promise<Fix> {
  const name = quoteIdent(await namer.index(row.schema_name, row.relname, key));
  const target = `${qualifiedIdent(row.schema_name, row.relname)} (${key.map(quoteIdent).join(', ')})`;
  return { sql: `create unique index concurrently if not exists ${name} on ${target};` };
}

interface ResTarget {
  name?: string;
  val?: Node;
}

interface SelectBody {
  op?: string;
  targetList?: { ResTarget?: ResTarget }[];
  groupClause?: Node[];
  distinctClause?: Node[];
  havingClause?: Node;
}

// The aggregates whose presence in the select list keeps one row per group (any other function call there
// could return a set, and so several rows per group).
const AGGREGATES = new Set(
  'count sum avg min max array_agg string_agg bool_and bool_or every json_agg jsonb_agg json_object_agg jsonb_object_agg'.split(
    ' ',
  ),
);

/**
 * The output columns that are unique in the view, when its query says so plainly: `SELECT DISTINCT` over
 * plain output columns (all of them), or a `GROUP BY` whose every expression is an output column and whose
 * other outputs are aggregates or plain expressions. Anything else (a UNION, grouping sets, DISTINCT ON, a
 * function that may return a set): undefined, and no fix.
 */
async function uniqueKey(definition: string): Promise<string[] | undefined> {
  await loadParser();
  let select: SelectBody | undefined;
  try {
    const tree = parseSync(definition) as { stmts?: { stmt?: { SelectStmt?: SelectBody } }[] };
    select = tree.stmts?.[0]?.stmt?.SelectStmt;
  } catch {
    return undefined; // a definition this parser cannot read gets no fix
  }
  if (!select || (select.op !== undefined && select.op !== 'SETOP_NONE')) return undefined;
  const targets = (select.targetList ?? []).map((item) => item.ResTarget ?? {});
  const names = targets.map(outputName);
  if (names.some((name) => name === undefined) || new Set(names).size !== names.length) return undefined;
  if (select.distinctClause) {
    const plain = select.distinctClause.every((item) => Object.keys(item).length === 0);
    return plain && !targets.some((target) => mayReturnSet(target.val)) ? (names as string[]) : undefined;
  }
  return groupKey(select, targets, names as string[]);
}

function groupKey(select: SelectBody, targets: ResTarget[], names: string[]): string[] | undefined {
  const groups = select.groupClause ?? [];
  if (groups.length === 0 || groups.some((group) => 'GroupingSet' in group)) return undefined;
  const keyIndexes = groups.map((group) => targets.findIndex((target) => sameExpression(target.val, group)));
  if (keyIndexes.includes(-1)) return undefined;
  const others = targets.filter((_, index) => !keyIndexes.includes(index));
  if (others.some((target) => mayReturnSet(target.val))) return undefined;
  return [...new Set(keyIndexes)].map((index) => names[index]);
}

function outputName(target: ResTarget): string | undefined {
  if (target.name) return target.name;
  const fields = (target.val as { ColumnRef?: { fields?: Node[] } } | undefined)?.ColumnRef?.fields ?? [];
  return (fields.at(-1) as { String?: { sval?: string } } | undefined)?.String?.sval;
}

/** Whether an expression calls a function other than an aggregate (which might return a set). */
function mayReturnSet(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(mayReturnSet);
  if (!node || typeof node !== 'object') return false;
  const call = (node as { FuncCall?: { funcname?: Node[] } }).FuncCall;
  if (call) {
    const name = (call.funcname?.at(-1) as { String?: { sval?: string } } | undefined)?.String?.sval ?? '';
    return !AGGREGATES.has(name);
  }
  return Object.values(node).some(mayReturnSet);
}

/** Two parse trees equal but for their `location`s. */
function sameExpression(one: unknown, other: unknown): boolean {
  const strip = (node: unknown) =>
    JSON.stringify(node, (key, value) => (key === 'location' ? undefined : value));
  return one !== undefined && strip(one) === strip(other);
}

export default rule;
