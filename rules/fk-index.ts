import { appSchema, notExtensionMember } from '../src/catalog/schemas.ts';
import { RelationNamer, qualifiedIdent, quoteIdent } from '../src/fix/index-names.ts';
import type { Rule } from '../src/types.ts';

// An unindexed foreign key makes every DELETE or key UPDATE on the referenced table scan the referencing
// table, and joins along the key scan it too: SPEC-2 "Indexes on all foreign keys".
//
// A btree index covers the FK when its first n key columns are exactly the FK's n columns, in any order.
// INCLUDE columns are not key columns (indnkeyatts), expression columns have attnum 0 in indkey, and
// partial, invalid and non-btree indexes cannot serve the lookup. An FK that a partition inherited from
// its parent (conparentid set) is judged once, at the parent, where the index must be.
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
          and (select array_agg(k order by k) from unnest((i.indkey::int2[])[0 : cardinality(con.conkey) - 1]) k)
            = (select array_agg(k order by k) from unnest(con.conkey) k)
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
        fix: { sql: await indexCreation(namer, row, columns) },
      });
    }
  },
};

/**
 * The covering index, built CONCURRENTLY so writes go on while it builds. A partitioned table cannot be
 * indexed CONCURRENTLY: its index is created plainly, which builds one on every partition.
 */
async function indexCreation(namer: RelationNamer, row: Row, columns: string[]): Promise<string> {
  const name = quoteIdent(await namer.index(row.schema_name, row.relname, columns));
  const target = `${qualifiedIdent(row.schema_name, row.relname)} (${columns.map(quoteIdent).join(', ')})`;
  const concurrently = row.partitioned ? '' : 'concurrently ';
  return `create index ${concurrently}if not exists ${name} on ${target};`;
}

export default rule;
