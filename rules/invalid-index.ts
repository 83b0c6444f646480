import { appSchema } from '../src/catalog/schemas.ts';
import type { Rule } from '../src/types.ts';

// A CREATE INDEX CONCURRENTLY that fails (a deadlock, a unique violation, a cancelled deploy) leaves an
// invalid index behind: never used by queries, yet updated on every write. `ON ONLY` partitioned indexes
// stay invalid until an index of every partition is attached. On a shadow, the replay shows the second
// case (an index on a parent never completed); the first only happens on a live database.
const INVALID_INDEXES = `
  select n.nspname || '.' || ic.relname as index_name,
         tn.nspname || '.' || c.relname as table_name,
         ic.relkind = 'I' as is_partitioned
    from pg_index i
    join pg_class ic on ic.oid = i.indexrelid
    join pg_namespace n on n.oid = ic.relnamespace
    join pg_class c on c.oid = i.indrelid
    join pg_namespace tn on tn.oid = c.relnamespace
   where not i.indisvalid
     and ${appSchema('tn')}
   order by 1`;

interface Row {
  index_name: string;
  table_name: string;
  is_partitioned: boolean;
}

const rule: Rule = {
  meta: {
    id: 'invalid-index',
    description:
      'No index is left invalid by a failed CREATE INDEX CONCURRENTLY or an unfinished ON ONLY index.',
    defaultSeverity: 'error',
    sources: ['schema'],
  },

  async checkSchema(context) {
    for (const row of await context.db.query<Row>(INVALID_INDEXES)) {
      const why = row.is_partitioned
        ? 'not every partition has an attached index'
        : 'it is not used by queries but still slows every write';
      context.report({
        message: `index \`${row.index_name}\` on \`${row.table_name}\` is invalid: ${why}`,
        location: context.locate('index', row.index_name),
        object: row.index_name,
      });
    }
  },
};

export default rule;
