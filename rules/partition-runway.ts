import { checkRunway, readPartitions, type PartitionBound } from '../src/catalog/partitions.ts';
import { findAuditTables } from '../src/catalog/schemas.ts';
import { RelationNamer, qualifiedIdent, suffixedName } from '../src/fix/index-names.ts';
import type { CatalogConnection, Fix, MigrationFile, Rule } from '../src/types.ts';

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
    const namer = new RelationNamer(context.db);
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
          ...(await missingPartitions(context.db, namer, table.oid, runway.missingMonths, partitions)),
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

interface TableRow {
  schema_name: string;
  relname: string;
  rowsecurity: boolean;
}

/**
 * The fix: a partition for each missing month, `<table>_YYYY_MM` (a free name), bounded by the first
 * instants of the month and the next in UTC (a literal with `+00` reads right for date, timestamp and
 * timestamptz keys), with RLS enabled when the table has it. None when a month is partly covered by
 * another partition: then the layout needs a person.
 */
async function missingPartitions(
  db: CatalogConnection,
  namer: RelationNamer,
  tableOid: number,
  months: readonly string[],
  partitions: readonly PartitionBound[],
): Promise<{ fix?: Fix }> {
  const bounds = months.map(monthBounds);
  const overlaps = bounds.some(([from, to]) =>
    partitions.some((partition) => !partition.isDefault && partition.from < to && from < partition.to),
  );
  const [table] = await db.query<TableRow>(
    `select n.nspname as schema_name, c.relname, c.relrowsecurity as rowsecurity
       from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.oid = $1::int8::oid`,
    [tableOid],
  );
  if (overlaps || !table) return {};
  const parent = qualifiedIdent(table.schema_name, table.relname);
  const statements: string[] = [];
  for (const [index, month] of months.entries()) {
    const base = suffixedName(table.relname, month.replace('-', '_'));
    const name = await namer.choose(table.schema_name, (pass) => (pass === 0 ? base : `${base}_${pass}`));
    const partition = qualifiedIdent(table.schema_name, name);
    const [from, to] = bounds[index].map(utcLiteral);
    statements.push(`create table ${partition} partition of ${parent} for values from (${from}) to (${to});`);
    if (table.rowsecurity) statements.push(`alter table ${partition} enable row level security;`);
  }
  return { fix: { sql: statements.join('\n') } };
}

/** `2025-12` as the UTC milliseconds of its first instant and of the next month's. */
function monthBounds(month: string): [number, number] {
  const [year, index] = month.split('-').map(Number);
  return [Date.UTC(year, index - 1, 1), Date.UTC(year, index, 1)];
}

function utcLiteral(milliseconds: number): string {
  return `'${new Date(milliseconds).toISOString().slice(0, 10)} 00:00:00+00'`;
}

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
