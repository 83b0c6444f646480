import { findAuditTables } from '../src/catalog/schemas.ts';
import type { Rule } from '../src/types.ts';

// SPEC-2 §2: audit_logs grows by millions of rows; partitioning it by month on its time column keeps
// VACUUM and ANALYZE fast and lets old months be detached and archived instead of deleted row by row.
const rule: Rule = {
  meta: {
    id: 'audit-partitioned',
    description: 'Each audit table is partitioned BY RANGE on its time column.',
    defaultSeverity: 'error',
    sources: ['schema'],
  },

  async checkSchema(context) {
    const { config } = context;
    const key = config.audit.partitionKey;
    const { tables, missing } = await findAuditTables(context.db, config);
    for (const entry of missing) {
      const where = entry.includes('.')
        ? ''
        : ` in schema ${config.exposedSchemas.map((s) => `\`${s}\``).join(', ')}`;
      context.report({ message: `audit table \`${entry}\` does not exist${where}`, object: entry });
    }
    if (tables.length === 0) return;
    const keys = await context.db.query<{ oid: number; keydef: string | null }>(
      `select c.oid::int8 as oid, case when c.relkind = 'p' then pg_get_partkeydef(c.oid) end as keydef
         from pg_class c where c.oid = any($1::int8[]::oid[])`,
      [tables.map((table) => table.oid)],
    );
    const keyOf = new Map(keys.map((row) => [Number(row.oid), row.keydef]));
    for (const table of tables) {
      const keydef = keyOf.get(table.oid) ?? null;
      if (isRangeOn(keydef, key)) continue;
      const actual = keydef ? `is partitioned ${keydef}` : 'is not partitioned';
      context.report({
        message: `audit table \`${table.name}\` ${actual}; it must be partitioned BY RANGE (${key})`,
        location: context.locate('table', table.name),
        object: table.name,
      });
    }
  },
};

/** `RANGE (created_at)` as pg_get_partkeydef prints it; the column may be quoted. */
function isRangeOn(keydef: string | null, column: string): boolean {
  const match = keydef ? /^RANGE \((.+)\)$/.exec(keydef) : null;
  if (!match) return false;
  const printed = match[1].startsWith('"') ? match[1].slice(1, -1).replaceAll('""', '"') : match[1];
  return printed === column;
}

export default rule;
