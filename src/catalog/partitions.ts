// Range partitions of the audit tables: reading them from the catalog, parsing their bounds, and the
// month arithmetic of partition-runway. Bounds come from `pg_get_expr(relpartbound)`, which prints
// timestamps in the session's time zone; every scribe-lint session runs in UTC, and a bound without a zone
// (a `date` or `timestamp` key) is read as UTC too.

import type { Config } from '../config.ts';
import type { CatalogConnection } from '../types.ts';
import { findAuditTables } from './schemas.ts';

export interface PartitionBound {
  /** `schema.partition` */
  name: string;
  /** The bound as PostgreSQL prints it, e.g. `FOR VALUES FROM ('2025-11-01 00:00:00+00') TO (...)`. */
  bound: string;
  isDefault: boolean;
  /** Milliseconds since the epoch; -Infinity for MINVALUE, +Infinity for MAXVALUE; NaN when unparseable. */
  from: number;
  to: number;
}

export interface AuditPartitions {
  /** `schema.table` */
  table: string;
  /** Range partitions in bound order; `from`/`to` are ISO dates (`MINVALUE`/`MAXVALUE` when open-ended). */
  partitions: { name: string; from: string; to: string }[];
  /** The default partition, if the table has one. */
  defaultPartition?: string;
}

/** Direct partitions of a table, with parsed bounds, in bound order. */
export async function readPartitions(db: CatalogConnection, tableOid: number): Promise<PartitionBound[]> {
  const rows = await db.query<{ name: string; bound: string }>(
    `select n.nspname || '.' || c.relname as name, pg_get_expr(c.relpartbound, c.oid) as bound
       from pg_inherits i join pg_class c on c.oid = i.inhrelid join pg_namespace n on n.oid = c.relnamespace
      where i.inhparent = $1::int8::oid
      order by 1`,
    [tableOid],
  );
  return rows.map((row) => parseBound(row.name, row.bound ?? '')).sort(byLowerBound);
}

/** Ascending by lower bound; the default partition and unparseable bounds (NaN) last. */
function byLowerBound(a: PartitionBound, b: PartitionBound): number {
  if (a.from === b.from || (Number.isNaN(a.from) && Number.isNaN(b.from))) return 0;
  if (Number.isNaN(a.from)) return 1;
  if (Number.isNaN(b.from)) return -1;
  return a.from < b.from ? -1 : 1;
}

export function parseBound(name: string, bound: string): PartitionBound {
  if (/^\s*DEFAULT\s*$/i.test(bound)) return { name, bound, isDefault: true, from: NaN, to: NaN };
  const range = /FROM\s*\((.*)\)\s*TO\s*\((.*)\)\s*$/is.exec(bound);
  return {
    name,
    bound,
    isDefault: false,
    from: range ? parseBoundValue(range[1]) : NaN,
    to: range ? parseBoundValue(range[2]) : NaN,
  };
}

/** The first value of a range bound list: a quoted timestamp, MINVALUE or MAXVALUE. */
function parseBoundValue(list: string): number {
  const first = list.trim();
  if (/^MINVALUE\b/i.test(first)) return -Infinity;
  if (/^MAXVALUE\b/i.test(first)) return Infinity;
  const quoted = /^'([^']*)'/.exec(first);
  return quoted ? parseTimestamp(quoted[1]) : NaN;
}

const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(?:(Z)|([+-])(\d{2})(?::?(\d{2}))?(?::?(\d{2}))?)?$/i;

/** A PostgreSQL date/timestamp literal as UTC milliseconds; NaN for anything else (BC dates, infinity). */
export function parseTimestamp(text: string): number {
  const match = TIMESTAMP.exec(text.trim());
  if (!match) return NaN;
  const [, year, month, day, hour, minute, second, fraction, , sign, offsetHours, offsetMinutes] = match;
  const local = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour ?? 0),
    Number(minute ?? 0),
    Number(second ?? 0),
    Math.round(Number(`0.${fraction ?? '0'}`) * 1000),
  );
  if (!sign) return local;
  const offset = (Number(offsetHours) * 60 + Number(offsetMinutes ?? 0)) * 60_000;
  return sign === '+' ? local - offset : local + offset;
}

export interface RunwayProblems {
  /** Months (`YYYY-MM`) in the window that no partition covers. */
  missingMonths: string[];
  /** Partitions covering part of the window that are not exactly one calendar month. */
  notMonthly: string[];
  /** First day of the month after the window, `YYYY-MM-DD`, for messages. */
  windowEnd: string;
}

/** Checks that monthly partitions cover from the start of `now`'s month (UTC) for `months` months. */
export function checkRunway(
  partitions: readonly PartitionBound[],
  now: Date,
  months: number,
): RunwayProblems {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  const missingMonths: string[] = [];
  const notMonthly = new Set<string>();
  const ranges = partitions.filter((partition) => !partition.isDefault);
  for (let i = 0; i < months; i++) {
    const start = Date.UTC(year, month + i, 1);
    const end = Date.UTC(year, month + i + 1, 1);
    const covering = ranges.find((partition) => partition.from <= start && start < partition.to);
    if (!covering) missingMonths.push(isoDate(start).slice(0, 7));
    else if (covering.from !== start || covering.to !== end) notMonthly.add(covering.name);
  }
  return {
    missingMonths,
    notMonthly: [...notMonthly],
    windowEnd: isoDate(Date.UTC(year, month + months, 1)),
  };
}

export function isoDate(milliseconds: number): string {
  return new Date(milliseconds).toISOString().slice(0, 10);
}

function boundText(value: number): string {
  if (value === -Infinity) return 'MINVALUE';
  if (value === Infinity) return 'MAXVALUE';
  return Number.isNaN(value) ? '' : isoDate(value);
}

/**
 * The audit tables' partitions, for the picture the Action draws in its summary. Run it on an open schema
 * source (shadow or live) before closing it.
 */
export async function listAuditPartitions(db: CatalogConnection, config: Config): Promise<AuditPartitions[]> {
  const { tables } = await findAuditTables(db, config);
  const result: AuditPartitions[] = [];
  for (const table of tables) {
    if (table.relkind !== 'p') continue;
    const partitions = await readPartitions(db, table.oid);
    result.push({
      table: table.name,
      partitions: partitions
        .filter((partition) => !partition.isDefault)
        .map((partition) => ({
          name: partition.name,
          from: boundText(partition.from),
          to: boundText(partition.to),
        })),
      defaultPartition: partitions.find((partition) => partition.isDefault)?.name,
    });
  }
  return result;
}
