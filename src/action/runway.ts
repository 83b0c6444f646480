// The audit table's partition runway as a picture in the job summary: a Mermaid gantt (GitHub renders it in
// markdown) with one section per audit table, a bar per partition, and red bars for the months the policy
// requires but no partition covers. The renderer is a pure function of the partitions and the clock.

import { listAuditPartitions } from '../catalog/partitions.ts';
import type { Config } from '../config.ts';
import { plural } from '../report/counts.ts';
import type { CatalogConnection } from '../types.ts';

export interface AuditPartition {
  name: string;
  /** Lower bound (inclusive); null for MINVALUE or a default partition. */
  from: Date | null;
  /** Upper bound (exclusive); null for MAXVALUE or a default partition. */
  to: Date | null;
}

export interface AuditRunway {
  /** Qualified name, e.g. `public.audit_logs`. */
  table: string;
  partitions: AuditPartition[];
}

export interface RunwayClock {
  now: Date;
  /** `[audit] runway_months`: how many months, the current one first, must already have partitions. */
  runwayMonths: number;
}

/** Months of history drawn before the current month, so the picture shows where the runway comes from. */
const HISTORY_MONTHS = 2;
/** Months drawn after the required window, so surplus runway is visible without drawing years of it. */
const SURPLUS_MONTHS = 3;

/**
 * Where the Action obtains each audit table's partitions, while the schema (shadow or live) is still open:
 * src/catalog's reader, converted to dates. A bound it could not parse cannot be drawn and is left out; a
 * default partition is not runway and is not drawn either.
 */
export async function readAuditRunway(connection: CatalogConnection, config: Config): Promise<AuditRunway[]> {
  const tables = await listAuditPartitions(connection, config);
  return tables.map((table) => ({
    table: table.table,
    partitions: table.partitions
      .filter((partition) => partition.from !== '' && partition.to !== '')
      .map((partition) => ({
        name: partition.name,
        from: partition.from === 'MINVALUE' ? null : new Date(`${partition.from}T00:00:00Z`),
        to: partition.to === 'MAXVALUE' ? null : new Date(`${partition.to}T00:00:00Z`),
      })),
  }));
}

/**
 * The months the policy requires, as the partition-runway rule counts them (src/catalog/partitions.ts,
 * `checkRunway`): `runwayMonths` whole months from the first of the current month (UTC).
 */
export function requiredWindow(clock: RunwayClock): { from: Date; to: Date } {
  const from = monthStart(clock.now);
  return { from, to: addMonths(from, clock.runwayMonths) };
}

/** Uncovered stretches of the required window, in order. */
export function runwayGaps(
  partitions: readonly AuditPartition[],
  clock: RunwayClock,
): { from: Date; to: Date }[] {
  const window = requiredWindow(clock);
  // A default partition (no bounds) takes stray rows but is not runway: attaching the month later fails.
  const spans = partitions
    .filter((partition) => partition.from !== null || partition.to !== null)
    .map((partition) => ({
      from: partition.from?.getTime() ?? -Infinity,
      to: partition.to?.getTime() ?? Infinity,
    }))
    .sort((a, b) => a.from - b.from);
  const gaps: { from: Date; to: Date }[] = [];
  let covered = window.from.getTime();
  for (const span of spans) {
    if (span.from > covered)
      gaps.push({ from: new Date(covered), to: new Date(Math.min(span.from, window.to.getTime())) });
    covered = Math.max(covered, span.to);
    if (covered >= window.to.getTime()) break;
  }
  if (covered < window.to.getTime()) gaps.push({ from: new Date(covered), to: window.to });
  return gaps.filter((gap) => gap.from < gap.to && gap.from < window.to);
}

/** The markdown section: a Mermaid gantt and, under it, the same facts in words. */
export function runwaySection(tables: readonly AuditRunway[], clock: RunwayClock): string {
  if (tables.length === 0) return '';
  const window = requiredWindow(clock);
  const lines = tables.map((table) => {
    const gaps = runwayGaps(table.partitions, clock);
    const state =
      gaps.length === 0
        ? 'covered'
        : `**not covered**: ${gaps.map((gap) => `${day(gap.from)} to ${day(gap.to)}`).join(', ')}`;
    return `- \`${table.table}\`: ${plural(table.partitions.length, 'partition')}; required window ${state}`;
  });
  return [
    '#### Audit partition runway',
    '',
    `Required: monthly partitions from ${day(window.from)} up to ${day(window.to)} ` +
      `(${plural(clock.runwayMonths, 'month')} from the current one, \`[audit] runway_months\`).`,
    '',
    '```mermaid',
    runwayGantt(tables, clock),
    '```',
    '',
    ...lines,
  ].join('\n');
}

/** Mermaid gantt source (without the fence). */
export function runwayGantt(tables: readonly AuditRunway[], clock: RunwayClock): string {
  const window = requiredWindow(clock);
  const view = { from: addMonths(window.from, -HISTORY_MONTHS), to: addMonths(window.to, SURPLUS_MONTHS) };
  const out = [
    'gantt',
    `  title Audit partition runway on ${day(clock.now)}`,
    '  dateFormat YYYY-MM-DD',
    '  axisFormat %Y-%m',
    // Mermaid's own marker uses the viewer's clock; the lint's clock (SCRIBE_LINT_NOW) is drawn instead.
    '  todayMarker off',
    '  section Policy',
    `  required runway :crit, ${day(window.from)}, ${day(window.to)}`,
    `  now :milestone, ${day(clock.now)}, 0d`,
  ];
  for (const table of tables) {
    out.push(`  section ${label(table.table)}`);
    for (const partition of table.partitions.filter((each) => overlaps(each, view))) {
      out.push(partitionBar(partition, view, clock.now));
    }
    for (const gap of runwayGaps(table.partitions, clock)) {
      out.push(`  missing :crit, ${day(gap.from)}, ${day(gap.to)}`);
    }
  }
  return out.join('\n');
}

function partitionBar(partition: AuditPartition, view: { from: Date; to: Date }, now: Date): string {
  const from = partition.from && partition.from > view.from ? partition.from : view.from;
  const to = partition.to && partition.to < view.to ? partition.to : view.to;
  const state = to <= now ? 'done, ' : from <= now ? 'active, ' : '';
  return `  ${label(partition.name)} :${state}${day(from)}, ${day(to)}`;
}

function overlaps(partition: AuditPartition, view: { from: Date; to: Date }): boolean {
  const startsBeforeEnd = partition.from === null || partition.from < view.to;
  const endsAfterStart = partition.to === null || partition.to > view.from;
  return startsBeforeEnd && endsAfterStart;
}

/** Mermaid task and section names end at `:`, and `#` and `;` start comments or end statements. */
function label(text: string): string {
  return text.replace(/[:;#\r\n]/g, ' ').trim() || '(unnamed)';
}

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function monthStart(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

function addMonths(date: Date, months: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
}
