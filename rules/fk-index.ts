import { appSchema, notExtensionMember } from '../src/catalog/schemas.ts';
import { RelationNamer, qualifiedIdent, quoteIdent } from '../src/fix/index-names.ts';
import type { CatalogConnection, Rule } from '../src/types.ts';

// An unindexed foreign key makes every DELETE or key UPDATE on the referenced table scan the referencing
// table, and joins along the key scan it too: SPEC-2 "Indexes on all foreign keys".
//
// A btree index covers the FK when its first n key columns are exactly the FK's n columns, in any order.
// INCLUDE columns are not key columns (indnkeyatts), expression columns have attnum 0 in indkey, and
// partial, invalid and non-btree indexes cannot serve the lookup. An FK that a partition inherited from
// its parent (conparentid set) is judged once, at the parent, where the index must be. Most FKs have one
// column, compared directly: sorting both column lists for every index of the table took half the query's
// time on a long history.
const FOREIGN_KEYS_WITHOUT_INDEX = `
  select con.conname as constraint_name,
         n.nspname || '.' || c.relname as table_name,
         n.nspname || '.' || c.relname || '.' || con.conname as constraint_key,
         rn.nspname || '.' || rc.relname as referenced_table,
         n.nspname as schema_name, c.relname, c.relkind = 'p' as partitioned,
         (select json_agg(a.attname order by k.ord)::text
            from unnest(con.conkey) with ordinality as k(attnum, ord)
            join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum) as column_names
    from pg_constraint con
    join pg_class c on c.oid = con.conrelid
    join pg_namespace n on n.oid = c.relnamespace
    join pg_class rc on rc.oid = con.confrelid
    join pg_namespace rn on rn.oid = rc.relnamespace
   where con.contype = 'f'
     and con.conparentid = 0
     and ${appSchema('n')}
     and ${notExtensionMember('c.oid')}
     and not exists (
       select 1
         from pg_index i
         join pg_class ic on ic.oid = i.indexrelid
         join pg_am am on am.oid = ic.relam
        where i.indrelid = con.conrelid
          and i.indisvalid
          and i.indpred is null
          and am.amname = 'btree'
          and i.indnkeyatts >= cardinality(con.conkey)
          and case when cardinality(con.conkey) = 1 then i.indkey[0] = con.conkey[1]
                   else (select array_agg(k order by k) from unnest((i.indkey::int2[])[0 : cardinality(con.conkey) - 1]) k)
                      = (select array_agg(k order by k) from unnest(con.conkey) k) end
     )
   order by 2, 1`;

interface Row {
  constraint_name: string;
  table_name: string;
  constraint_key: string;
  referenced_table: string;
  schema_name: string;
  relname: string;
  partitioned: boolean;
  /** JSON array of the key's column names, in key order. */
  column_names: string;
}

const rule: Rule = {
  meta: {
    id: 'fk-index',
    description: 'Every foreign key has a covering btree index on its columns.',
    defaultSeverity: 'error',
    sources: ['schema'],
  },

  async checkSchema(context) {
    const namer = new RelationNamer(context.db);
    for (const row of await context.db.query<Row>(FOREIGN_KEYS_WITHOUT_INDEX)) {
      const columns = JSON.parse(row.column_names) as string[];
      context.report({
        message:
          `foreign key \`${row.constraint_name}\` on \`${row.table_name}\` (${columns.join(', ')}) ` +
          `referencing \`${row.referenced_table}\` has no covering index`,
        location: context.locate('constraint', row.constraint_key),
        object: `${row.table_name}.${row.constraint_name}`,
        fix: { sql: await indexCreation(context.db, namer, row, columns) },
      });
    }
  },
};

/**
 * The covering index, built CONCURRENTLY so writes go on while it builds. A partitioned table cannot be
 * indexed CONCURRENTLY, and a plain build would block writes to every partition: so its index is created
 * `ON ONLY` the parent (instant, invalid until complete), each partition's index is built CONCURRENTLY and
 * attached, which makes the parent's valid once the last one is attached.
 */
async function indexCreation(
  db: CatalogConnection,
  namer: RelationNamer,
  row: Row,
  columns: string[],
): Promise<string> {
  const table = { schema: row.schema_name, name: row.relname, partitioned: row.partitioned };
  const { statements } = await indexStatements(db, namer, table, columns);
  return statements.join('\n');
}

interface Relation {
  schema: string;
  name: string;
  partitioned: boolean;
}

const PARTITIONS_OF = `
  select n.nspname as schema, c.relname as name, c.relkind = 'p' as partitioned
    from pg_inherits i
    join pg_class c on c.oid = i.inhrelid
    join pg_namespace n on n.oid = c.relnamespace
   where i.inhparent = (quote_ident($1) || '.' || quote_ident($2))::regclass
   order by 1, 2`;

/** The statements that build the index on `table`, and the qualified name of that index. */
async function indexStatements(
  db: CatalogConnection,
  namer: RelationNamer,
  table: Relation,
  columns: string[],
): Promise<{ index: string; statements: string[] }> {
  const name = await namer.index(table.schema, table.name, columns);
  const index = qualifiedIdent(table.schema, name);
  const on = `${qualifiedIdent(table.schema, table.name)} (${columns.map(quoteIdent).join(', ')})`;
  if (!table.partitioned)
    return { index, statements: [`create index concurrently if not exists ${quoteIdent(name)} on ${on};`] };
  const statements = [`create index if not exists ${quoteIdent(name)} on only ${on};`];
  for (const partition of await db.query<Relation>(PARTITIONS_OF, [table.schema, table.name])) {
    const built = await indexStatements(db, namer, partition, columns);
    statements.push(...built.statements, `alter index ${index} attach partition ${built.index};`);
  }
  return { index, statements };
}

export default rule;
