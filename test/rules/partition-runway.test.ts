import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.ts';
import { defaultConfig } from '../../src/config.ts';
import { runLint } from '../../src/engine.ts';
import { openLive } from '../../src/catalog/live.ts';
import { checkRunway, parseBound, parseTimestamp } from '../../src/catalog/partitions.ts';
import { createTestDatabase, shadowFindings, type TestDatabase } from '../catalog/helpers.ts';
import { findingLines, lintMigrations } from '../helpers/examples.ts';

const RULE = ['partition-runway'];
const PARENT = `create table public.audit_logs (id bigint, created_at timestamptz not null) partition by range (created_at)`;
const month = (name: string, from: string, to: string) =>
  `create table public.${name} partition of public.audit_logs for values from ('${from}') to ('${to}')`;

describe('partition bounds', () => {
  it('reads PostgreSQL timestamps as UTC, with or without a zone', () => {
    expect(parseTimestamp('2025-11-01 00:00:00+00')).toBe(Date.UTC(2025, 10, 1));
    expect(parseTimestamp('2025-11-01 01:00:00+01')).toBe(Date.UTC(2025, 10, 1));
    expect(parseTimestamp('2025-10-31 19:00:00-05')).toBe(Date.UTC(2025, 10, 1));
    expect(parseTimestamp('2025-11-01')).toBe(Date.UTC(2025, 10, 1));
    expect(parseTimestamp('infinity')).toBeNaN();
    const bound = parseBound('p', "FOR VALUES FROM (MINVALUE) TO ('2025-12-01 00:00:00+00')");
    expect([bound.from, bound.to]).toEqual([-Infinity, Date.UTC(2025, 11, 1)]);
    expect(parseBound('d', 'DEFAULT').isDefault).toBe(true);
  });

  it('finds gaps and non-monthly partitions in the window', () => {
    const partitions = [
      parseBound('a', "FOR VALUES FROM ('2025-11-01') TO ('2025-12-01')"),
      parseBound('b', "FOR VALUES FROM ('2026-01-01') TO ('2026-03-01')"),
    ];
    expect(checkRunway(partitions, new Date('2025-11-30T23:59:59Z'), 3)).toEqual({
      missingMonths: ['2025-12'],
      notMonthly: ['b'],
      windowEnd: '2026-02-01',
    });
  });
});

describe('partition-runway on the shadow', () => {
  it('reports missing months at the table, naming the default partition', async () => {
    const findings = await shadowFindings(
      [
        PARENT,
        `${month('audit_logs_2025_11', '2025-11-01', '2025-12-01')};\n${month('audit_logs_2026_01', '2026-01-01', '2026-02-01')};
create table public.audit_logs_default partition of public.audit_logs default`,
      ],
      RULE,
    );
    expect(findingLines(findings)).toEqual([
      '20250101000000_step.sql:1:14-1:31 partition-runway audit table `public.audit_logs` has no partition for 2025-12: monthly partitions must cover 2025-11-01 to 2026-02-01; until then rows go to the default partition `public.audit_logs_default`',
    ]);
  });

  // two lints on the shadow: allow for a loaded machine
  it(
    'fixes the missing months with partitions a new migration can create',
    { timeout: 180_000 },
    async () => {
      const before = {
        '20250101000000_audit.sql': `create table public.audit_logs (id bigint, created_at date not null) partition by range (created_at);
alter table public.audit_logs enable row level security;
create table public.audit_logs_2025_12 (id int);
${month('audit_logs_2025_11', '2025-11-01', '2025-12-01')};`,
      };
      const first = await lintMigrations(before, { shadow: true });
      const [finding] = first.findings.filter((each) => each.ruleId === 'partition-runway');
      expect(finding.fix?.sql).toBe(
        [
          // audit_logs_2025_12 is taken by a table that is not a partition
          "create table public.audit_logs_2025_12_1 partition of public.audit_logs for values from ('2025-12-01 00:00:00+00') to ('2026-01-01 00:00:00+00');",
          'alter table public.audit_logs_2025_12_1 enable row level security;',
          "create table public.audit_logs_2026_01 partition of public.audit_logs for values from ('2026-01-01 00:00:00+00') to ('2026-02-01 00:00:00+00');",
          'alter table public.audit_logs_2026_01 enable row level security;',
        ].join('\n'),
      );
      const after = await lintMigrations(
        { ...before, '20250102000000_fix.sql': finding.fix!.sql! },
        { shadow: true },
      );
      expect(after.lines('partition-runway')).toEqual([]);
      expect(after.lines('replay-error')).toEqual([]);
    },
  );

  it('has no fix when another partition covers part of a missing month', async () => {
    const findings = await shadowFindings(
      `${PARENT};
${month('audit_logs_late', '2025-11-15', '2025-12-01')}`,
      RULE,
    );
    expect(findings.map((finding) => [finding.message.slice(0, 70), finding.fix])).toEqual([
      ['audit table `public.audit_logs` has no partition for 2025-11, 2025-12,', undefined],
    ]);
  });

  it('reports a partition that is not one calendar month at its CREATE', async () => {
    const findings = await shadowFindings(
      `${PARENT};\n${month('audit_logs_q4', '2025-10-01', '2026-01-01')};\n${month('audit_logs_2026_01', '2026-01-01', '2026-02-01')}`,
      RULE,
    );
    expect(findingLines(findings)).toEqual([
      '20250101000000_step.sql:2:14-2:34 partition-runway partition `public.audit_logs_q4` of `public.audit_logs` does not span exactly one calendar month (UTC)',
    ]);
  });

  it('credits pg_partman and cron maintenance that names the table', async () => {
    for (const maintenance of [
      "select partman.create_parent('public.audit_logs', 'created_at', '1 month')",
      "select cron.schedule('audit-partitions', '0 0 1 * *', $$select public.make_partitions('audit_logs')$$)",
    ]) {
      const findings = await shadowFindings(
        // As Supabase's docs have it: the schema first (CREATE EXTENSION ... WITH SCHEMA does not make it).
        [
          'create schema if not exists partman',
          'create extension if not exists pg_partman with schema partman',
          PARENT,
          maintenance,
        ],
        ['partition-runway', 'replay-error'],
      );
      expect(findings).toEqual([]);
    }
  });

  it('does not credit a cron job about another table', async () => {
    const findings = await shadowFindings(
      [PARENT, "select cron.schedule('vacuum', '0 * * * *', 'vacuum public.messages')"],
      RULE,
    );
    expect(findingLines(findings)).toEqual([
      '20250101000000_step.sql:1:14-1:31 partition-runway audit table `public.audit_logs` has no partition for 2025-11, 2025-12, 2026-01: monthly partitions must cover 2025-11-01 to 2026-02-01',
    ]);
  });
});

describe('partition-runway on a live database', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    // a session in another time zone creates the bounds; the audit reads them in UTC all the same
    await database.exec(`set time zone 'America/New_York'; ${PARENT};
      ${month('audit_logs_2025_11', '2025-11-01 00:00+00', '2025-12-01 00:00+00')};
      ${month('audit_logs_2025_12', '2025-12-01 00:00+00', '2026-01-01 00:00+00')};
      ${month('audit_logs_2026_01', '2026-01-01 00:00+00', '2026-02-01 00:00+00')};`);
  });
  afterAll(() => database?.drop());

  const auditAt = async (now: string) => {
    const opened = await openLive(database.url);
    try {
      const result = await runLint({
        files: [],
        config: defaultConfig(),
        rules: allRules.filter((rule) => RULE.includes(rule.meta.id)),
        now: new Date(now),
        schema: opened.value,
      });
      return findingLines(result.findings);
    } finally {
      await opened.close();
    }
  };

  it('passes while the runway lasts and reports when the clock moves on', async () => {
    expect(await auditAt('2025-11-30T23:59:59Z')).toEqual([]);
    expect(await auditAt('2025-12-01T00:00:00Z')).toEqual([
      'public.audit_logs partition-runway audit table `public.audit_logs` has no partition for 2026-02: monthly partitions must cover 2025-12-01 to 2026-03-01',
    ]);
  });
});
