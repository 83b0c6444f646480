import { checkRunway, readPartitions } from '../src/catalog/partitions.ts';
import { findAuditTables } from '../src/catalog/schemas.ts';
import type { MigrationFile, Rule } from '../src/types.ts';

// SPEC-2 §2 partitions audit_logs by month. An insert whose month has no partition fails (or piles into
// the default partition, which later blocks creating that month's partition), so the audit trail, a
// compliance record, stops. The runway is the months ahead that already have their partition.
const rule: Rule = {
  meta: {
    id: 'partition-runway',
    description: 'Each audit table has monthly partitions from this month through the configured runway.',
    defaultSeverity: 'error',
    sources: ['schema'],
  },

  async checkSchema(context) {
    const { config, now } = context;
    const months = config.audit.runwayMonths;
    const { tables } = await findAuditTables(context.db, config);
    for (const table of tables) {
      if (table.relkind !== 'p') continue; // audit-partitioned reports it
      if (context.mode === 'shadow' && schedulesMaintenance(context.migrations, table.name)) continue;
      const partitions = await readPartitions(context.db, table.oid);
      const runway = checkRunway(partitions, now, months);
      const start = `${now.toISOString().slice(0, 7)}-01`;
      if (runway.missingMonths.length > 0) {
        const fallback = partitions.find((partition) => partition.isDefault);
        const note = fallback ? `; until then rows go to the default partition \`${fallback.name}\`` : '';
        context.report({
          message:
            `audit table \`${table.name}\` has no partition for ${runway.missingMonths.join(', ')}: ` +
            `monthly partitions must cover ${start} to ${runway.windowEnd}${note}`,
          location: context.locate('table', table.name),
          object: table.name,
        });
      }
      for (const name of runway.notMonthly) {
        context.report({
          message: `partition \`${name}\` of \`${table.name}\` does not span exactly one calendar month (UTC)`,
          location: context.locate('table', name),
          object: name,
        });
      }
    }
  },
};

const CREATE_PARENT = /\bcreate_parent\s*\(/i;
const CRON_SCHEDULE = /\bcron\s*\.\s*schedule\s*\(/i;

/**
 * Whether the migrations hand the table to pg_partman or schedule a cron job whose SQL names it: future
 * partitions are then made at run time, which a shadow replay cannot see.
 */
function schedulesMaintenance(files: readonly MigrationFile[], table: string): boolean {
  const relname = table.slice(table.indexOf('.') + 1);
  const names = new RegExp(`(^|[^\\w$])${relname.replace(/[$]/g, '\\$')}($|[^\\w$])`, 'i');
  for (const file of files) {
    if (!file.applied) continue;
    for (const statement of file.statements) {
      if (statement.parseProblem) continue;
      const sql = file.lines.slice(statement.start, statement.end);
      if ((CREATE_PARENT.test(sql) || CRON_SCHEDULE.test(sql)) && names.test(sql)) return true;
    }
  }
  return false;
}

export default rule;
