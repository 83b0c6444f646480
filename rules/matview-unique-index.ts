import { appSchema, notExtensionMember } from '../src/catalog/schemas.ts';
import type { Rule } from '../src/types.ts';

// SPEC-2 refreshes dashboard views with REFRESH MATERIALIZED VIEW CONCURRENTLY, which PostgreSQL refuses
// unless the view has a unique index on plain columns, without a WHERE clause. Without one, the hourly cron
// job fails; falling back to a plain REFRESH locks dashboards out for the whole refresh.
const MATVIEWS_WITHOUT_UNIQUE_INDEX = `
  select n.nspname || '.' || c.relname as view_name
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
    for (const row of await context.db.query<{ view_name: string }>(MATVIEWS_WITHOUT_UNIQUE_INDEX)) {
      context.report({
        message:
          `materialized view \`${row.view_name}\` has no unique index without predicate or expressions, ` +
          'so REFRESH MATERIALIZED VIEW CONCURRENTLY fails on it',
        location: context.locate('matview', row.view_name),
        object: row.view_name,
      });
    }
  },
};

export default rule;
