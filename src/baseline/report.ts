// The baseline as the team pastes it: SPEC-2's four baseline tables and its Success Metrics table with the
// measured figure beside each target, as aligned text (`pretty`), Markdown with a Mermaid bar chart of the
// largest tables and the slowest queries (`markdown`: an issue, a PR, the Action's job summary), or JSON.

import { formatSize } from '../health/size.ts';
import type { DatabaseBaseline, NotMeasured } from './measure.ts';

export interface BaselineTargets {
  p95Ms: number;
  connectionsPct: number;
  auditP95Ms: number;
  cacheHitPct: number;
}

export interface Baseline {
  measuredAt: string;
  database: DatabaseBaseline;
  targets: BaselineTargets;
}

export interface SuccessMetric {
  metric: string;
  /** What was measured, in words (`42.1 ms (estimate)`), or why nothing was. */
  measured: string;
  target: string;
  /** Undefined when not measured. */
  met?: boolean;
}

export type BaselineFormat = 'pretty' | 'markdown' | 'json';

/**
 * Whether a figure was measured. It lives here, not beside the measuring, so that the CLI, which imports
 * this module on every run, does not load the database and Redis clients for a static lint.
 */
export function isMeasured<T>(value: T | NotMeasured): value is T {
  return !(typeof value === 'object' && value !== null && 'notMeasured' in value);
}
export const BASELINE_FORMATS: readonly BaselineFormat[] = ['pretty', 'markdown', 'json'];

export function renderBaseline(baseline: Baseline, format: BaselineFormat): string {
  if (format === 'json')
    return `${JSON.stringify({ ...baseline, successMetrics: successMetrics(baseline) }, null, 2)}\n`;
  const sections = baselineSections(baseline);
  if (format === 'markdown') return markdown(baseline, sections);
  return pretty(baseline, sections);
}

export function successMetrics(baseline: Baseline): SuccessMetric[] {
  const { database, targets } = baseline;
  return [
    latencyMetric('p95 query latency', database.p95Ms, targets.p95Ms),
    connectionMetric(database.connections, targets.connectionsPct),
    latencyMetric('Audit log query time', database.auditP95Ms, targets.auditP95Ms),
    cacheMetric(database.cache, targets.cacheHitPct),
    {
      metric: 'Analytics query impact',
      measured: 'not measured: scribe-lint cannot tell analytics queries apart (see read-replica)',
      target: 'Zero impact',
    },
  ];
}

function connectionMetric(use: DatabaseBaseline['connections'], targetPct: number): SuccessMetric {
  const metric = 'Connection pool usage';
  const target = `< ${targetPct} %`;
  if (!isMeasured(use)) return { metric, measured: `not measured: ${use.notMeasured}`, target };
  if (use.available <= 0)
    return { metric, measured: 'not measured: no connection slots for clients', target };
  const pct = (100 * use.clients) / use.available;
  return {
    metric,
    measured: `${percent(pct)} (${use.clients} of ${use.available} connections)`,
    target,
    met: pct < targetPct,
  };
}

function cacheMetric(cache: DatabaseBaseline['cache'], targetPct: number): SuccessMetric {
  const metric = 'Cache hit rate';
  const target = `> ${targetPct} %`;
  if (!isMeasured(cache)) return { metric, measured: `not measured: ${cache.notMeasured}`, target };
  const reads = cache.hits + cache.misses;
  if (reads === 0) return { metric, measured: 'not measured: Redis has served no reads yet', target };
  const pct = (100 * cache.hits) / reads;
  return {
    metric,
    measured: `${percent(pct)} (${cache.hits} hits, ${cache.misses} misses)`,
    target,
    met: pct > targetPct,
  };
}

function latencyMetric(metric: string, value: number | NotMeasured, targetMs: number): SuccessMetric {
  if (!isMeasured(value))
    return { metric, measured: `not measured: ${value.notMeasured}`, target: `< ${targetMs} ms` };
  return {
    metric,
    measured: `${ms(value)} (p95 estimate)`,
    target: `< ${targetMs} ms`,
    met: value < targetMs,
  };
}

interface Section {
  title: string;
  headers: string[];
  rows: string[][];
  /** Said instead of an empty table. */
  empty: string;
}

function baselineSections(baseline: Baseline): Section[] {
  const db = baseline.database;
  return [
    {
      title: 'Success metrics',
      headers: ['metric', 'measured', 'target', 'status'],
      rows: successMetrics(baseline).map((row) => [row.metric, row.measured, row.target, status(row.met)]),
      empty: '',
    },
    section('Largest tables', ['table', 'total size'], db.largestTables, 'no app tables', (row) => [
      row.table,
      formatSize(row.bytes),
    ]),
    section(
      'Slowest queries (by mean time)',
      ['#', 'query', 'calls', 'total', 'mean', 'max'],
      db.slowestQueries,
      'no statements recorded yet',
      (row, index) => [
        `q${index + 1}`,
        cut(row.query, 80),
        String(row.calls),
        ms(row.totalMs),
        ms(row.meanMs),
        ms(row.maxMs),
      ],
    ),
    section(
      'Sequential scans on large tables',
      ['table', 'seq scans', 'rows read by them', 'index scans', 'rows fetched by them', 'size'],
      db.seqScans,
      'none',
      (row) => [
        row.table,
        String(row.seqScan),
        String(row.seqTupRead),
        String(row.idxScan),
        String(row.idxTupFetch),
        formatSize(row.sizeBytes),
      ],
    ),
    section('Dead tuples (over 1,000)', ['table', 'dead', 'live', '% dead'], db.deadTuples, 'none', (row) => [
      row.table,
      String(row.deadTuples),
      String(row.liveTuples),
      deadPct(row.deadTuples, row.liveTuples),
    ]),
  ];
}

function section<Row>(
  title: string,
  headers: string[],
  rows: Row[] | NotMeasured,
  none: string,
  cells: (row: Row, index: number) => string[],
): Section {
  if (!isMeasured(rows)) return { title, headers, rows: [], empty: `not measured: ${rows.notMeasured}` };
  return { title, headers, rows: rows.map(cells), empty: none };
}

function deadPct(dead: number, live: number): string {
  return dead + live === 0 ? '0' : ((100 * dead) / (dead + live)).toFixed(2);
}

function pretty(baseline: Baseline, sections: Section[]): string {
  const lines = [`scribe-lint baseline of ${baseline.database.database} at ${baseline.measuredAt}`, ''];
  for (const section of sections) {
    lines.push(section.title);
    if (section.rows.length === 0) lines.push(`  ${section.empty}`);
    else {
      const widths = section.headers.map((header, column) =>
        Math.max(header.length, ...section.rows.map((row) => row[column].length)),
      );
      const line = (cells: string[]) =>
        `  ${cells.map((cell, column) => cell.padEnd(widths[column])).join('  ')}`.trimEnd();
      lines.push(
        line(section.headers),
        line(widths.map((width) => '-'.repeat(width))),
        ...section.rows.map(line),
      );
    }
    lines.push('');
  }
  lines.push(ESTIMATE_NOTE);
  return `${lines.join('\n')}\n`;
}

function markdown(baseline: Baseline, sections: Section[]): string {
  const lines = [
    `## scribe-lint baseline of \`${baseline.database.database}\``,
    '',
    `Measured ${baseline.measuredAt}.`,
    '',
  ];
  for (const section of sections) {
    lines.push(`### ${section.title}`, '');
    if (section.rows.length === 0) lines.push(`_${cell(section.empty)}_`);
    else {
      lines.push(`| ${section.headers.join(' | ')} |`, `| ${section.headers.map(() => '---').join(' | ')} |`);
      for (const row of section.rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
    }
    lines.push('');
    const chart = chartFor(section.title, baseline);
    if (chart) lines.push(chart, '');
  }
  lines.push(`_${ESTIMATE_NOTE}_`);
  return `${lines.join('\n')}\n`;
}

const ESTIMATE_NOTE =
  'p95 figures are estimates: pg_stat_statements keeps only mean, standard deviation and maximum per ' +
  'statement, so each is taken as normal (cut at its maximum) and the statements are mixed by their calls.';

/** A Mermaid bar chart where a picture reads better than the table: sizes, and mean times. */
function chartFor(title: string, baseline: Baseline): string | undefined {
  const { largestTables, slowestQueries } = baseline.database;
  if (title === 'Largest tables' && isMeasured(largestTables) && largestTables.length > 1)
    return barChart(
      'Largest tables (MB)',
      largestTables.map((row) => [row.table, row.bytes / 1_048_576]),
    );
  if (title.startsWith('Slowest') && isMeasured(slowestQueries) && slowestQueries.length > 1)
    return barChart(
      'Slowest queries, mean (ms)',
      slowestQueries.map((row, index) => [`q${index + 1}`, row.meanMs]),
    );
  return undefined;
}

function barChart(title: string, bars: [string, number][]): string {
  const labels = bars.map(([label]) => `"${label.replaceAll('"', "'")}"`).join(', ');
  const values = bars.map(([, value]) => Number(value.toFixed(2))).join(', ');
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${title}"`,
    `  x-axis [${labels}]`,
    `  bar [${values}]`,
    '```',
  ].join('\n');
}

function status(met: boolean | undefined): string {
  return met === undefined ? 'not measured' : met ? 'met' : 'missed';
}

function ms(value: number): string {
  return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
}

function percent(value: number): string {
  return `${value.toFixed(1)} %`;
}

function cut(text: string, width: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= width ? line : `${line.slice(0, width - 1)}…`;
}

/** A Markdown table cell: one line, pipes escaped, no code span or HTML tag opened by the text. */
function cell(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replaceAll('|', '\\|')
    .replaceAll('`', "'")
    .replace(/<(?=[A-Za-z/!?])/g, '&lt;'); // no HTML tag of a query's text reaches the rendered page
}
