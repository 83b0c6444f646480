import {
  columnList,
  quoteIdentifier,
  type IndexColumn,
  type RequiredIndex,
} from '../src/catalog/index-spec.ts';
import { RelationNamer, qualifiedIdent, quoteIdent } from '../src/fix/index-names.ts';
import type { Rule, SchemaContext } from '../src/types.ts';

// SPEC-2 names the composite indexes its hot queries need (a conversation's messages newest first, a
// user's audit trail, a user's recent conversations). Without them each of those queries sorts or scans,
// and the p95 target goes first. An index serves the query when it is a valid btree whose leading key
// columns are the entry's, in order, all in the entry's directions or all reversed (PostgreSQL then scans
// it backward). An index on a partitioned parent serves each partition.
const TABLES = `
  select c.oid::int8 as oid, n.nspname || '.' || c.relname as name, c.relkind = 'p' as partitioned,
         array(select a.attname::text from pg_attribute a
                where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped) as columns
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
   where c.relkind in ('r', 'p') and n.nspname || '.' || c.relname = any($1::text[])
   order by 2`;

const INDEXES = `
  select n.nspname || '.' || ic.relname as name, i.indisvalid as valid, am.amname as method,
         i.indnkeyatts as key_count,
         array(select coalesce(a.attname::text, '')
                 from unnest(i.indkey::int2[]) with ordinality as k(attnum, position)
                 left join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
                order by k.position) as columns,
         array(select o.option::int from unnest(i.indoption::int2[]) with ordinality as o(option, position)
                order by o.position) as options
    from pg_index i
    join pg_class ic on ic.oid = i.indexrelid
    join pg_namespace n on n.oid = ic.relnamespace
    join pg_am am on am.oid = ic.relam
   where i.indrelid = $1::oid or i.indrelid in (select relid from pg_partition_ancestors($1::oid))
   order by 1`;

/** pg_index.indoption's bit for a descending column (INDOPTION_DESC). */
const DESCENDING = 1;

interface TableRow {
  oid: string | number;
  name: string;
  partitioned: boolean;
  columns: string[];
}

interface IndexRow {
  name: string;
  valid: boolean;
  method: string;
  key_count: number;
  columns: string[];
  options: number[];
}

const rule: Rule = {
  meta: {
    id: 'required-index',
    description:
      'Each index of `[indexes] required` exists as a valid btree index with those leading columns.',
    defaultSeverity: 'error',
    sources: ['schema'],
  },

  async checkSchema(context) {
    const namer = new RelationNamer(context.db);
    for (const required of context.config.indexes.required) {
      const names = required.table.includes('.')
        ? [required.table]
        : context.config.exposedSchemas.map((schema) => `${schema}.${required.table}`);
      const tables = await context.db.query<TableRow>(TABLES, [names]);
      for (const table of tables) await checkTable(context, required, table, namer);
    }
  },
};

async function checkTable(
  context: SchemaContext,
  required: RequiredIndex,
  table: TableRow,
  namer: RelationNamer,
): Promise<void> {
  const where = { location: context.locate('table', table.name), object: table.name };
  const absent = required.columns.find((column) => !table.columns.includes(column.name));
  if (absent) {
    // The defaults are the spec's names; a team whose table names the column otherwise is not in breach,
    // but a typo in its own entry must not pass in silence either: info, which says it was not checked.
    context.report({
      ...where,
      severity: 'info',
      message: `the \`[indexes] required\` entry \`${required.entry}\` was not checked: \`${table.name}\` has no column \`${absent.name}\``,
    });
    return;
  }
  const indexes = await context.db.query<IndexRow>(INDEXES, [table.oid]);
  const matching = indexes.filter((index) => index.method === 'btree' && leadsWith(index, required.columns));
  if (matching.some((index) => index.valid)) return;
  const invalid = matching.length > 0 ? ` (\`${matching[0].name}\` has them but is invalid)` : '';
  const [schema, relname] = splitName(table.name);
  const name = await namer.index(
    schema,
    relname,
    required.columns.map((column) => column.name),
  );
  context.report({
    ...where,
    message:
      `\`${table.name}\` has no valid btree index on (${columnList(required.columns)}), which ` +
      `\`[indexes] required\` asks for${invalid}: ${creation(table, required.columns, name)}`,
    fix: { sql: fixSql(table, required.columns, name) },
  });
}

/**
 * The fix: the index, CONCURRENTLY; on a partitioned table (which refuses CONCURRENTLY) a plain CREATE INDEX,
 * which builds it on every partition in one go, under a lock that blocks writes while it builds.
 */
function fixSql(table: TableRow, columns: readonly IndexColumn[], name: string): string {
  const [schema, relname] = splitName(table.name);
  const concurrently = table.partitioned ? '' : 'concurrently ';
  return (
    `create index ${concurrently}if not exists ${quoteIdent(name)} on ${qualifiedIdent(schema, relname)} ` +
    `(${columnList(columns)});`
  );
}

function splitName(name: string): [string, string] {
  return [name.slice(0, name.indexOf('.')), name.slice(name.indexOf('.') + 1)];
}

/** The index's leading key columns are the wanted ones, all in their direction or all reversed. */
function leadsWith(index: IndexRow, wanted: readonly IndexColumn[]): boolean {
  if (index.key_count < wanted.length) return false;
  const sameWay = wanted.map((column, position) => {
    if (index.columns[position] !== column.name) return undefined;
    return ((index.options[position] & DESCENDING) !== 0) === column.descending;
  });
  if (sameWay.includes(undefined)) return false;
  return sameWay.every((same) => same) || sameWay.every((same) => !same);
}

/** The statement that makes the index, as the team would add it in a new migration. */
function creation(table: TableRow, columns: readonly IndexColumn[], chosen: string): string {
  const [schema, relname] = splitName(table.name);
  const name = quoteIdentifier(chosen);
  const target = `${quoteIdentifier(schema)}.${quoteIdentifier(relname)} (${columnList(columns)})`;
  if (!table.partitioned) return `add \`create index concurrently ${name} on ${target};\``;
  return (
    `add \`create index ${name} on only ${target};\`, then build it concurrently on each partition and ` +
    '`alter index ... attach partition` each (a partitioned table cannot be indexed CONCURRENTLY)'
  );
}

export default rule;
