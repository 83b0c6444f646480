import { qualifiedIdent } from '../src/fix/index-names.ts';
import type { Rule } from '../src/types.ts';

// Supabase exposes the schemas in `exposed_schemas` through its API with the anon and authenticated
// roles; a table there without RLS is readable and writable by anyone holding the public anon key.
// Partitions count on their own: RLS on a parent does not apply when a partition is queried directly.
const TABLES_WITHOUT_RLS = `
  select n.nspname || '.' || c.relname as table_name, c.relispartition as is_partition,
         n.nspname as schema_name, c.relname
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
   where c.relkind in ('r', 'p')
     and not c.relrowsecurity
     and n.nspname = any($1::text[])
     and not exists (select 1 from pg_depend d
                      where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
   order by 1`;

interface Row {
  table_name: string;
  is_partition: boolean;
  schema_name: string;
  relname: string;
}

const rule: Rule = {
  meta: {
    id: 'rls-enabled',
    description: 'Every table and partition in the exposed schemas has row level security enabled.',
    defaultSeverity: 'error',
    sources: ['schema'],
  },

  async checkSchema(context) {
    const rows = await context.db.query<Row>(TABLES_WITHOUT_RLS, [context.config.exposedSchemas]);
    for (const row of rows) {
      const what = row.is_partition ? 'partition' : 'table';
      context.report({
        message: `${what} \`${row.table_name}\` does not have row level security enabled`,
        location: context.locate('table', row.table_name),
        object: row.table_name,
        fix: {
          sql: `alter table ${qualifiedIdent(row.schema_name, row.relname)} enable row level security;`,
        },
      });
    }
  },
};

export default rule;
