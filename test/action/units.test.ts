// The Action's pure parts, without a subprocess: the runway picture, the size limits of the summary and the
// comment, the choice of annotations, the secrets to mask, and reading the pull request from the event.

import { describe, expect, test } from 'vitest';
import { allRules } from '../../rules/index.ts';
import type { LintResult } from '../../src/engine.ts';
import type { ReportInput } from '../../src/report/types.ts';
import type { Finding, Severity } from '../../src/types.ts';
import { ANNOTATIONS_PER_SEVERITY, planAnnotations } from '../../src/action/annotations.ts';
import { COMMENT_MARKER, planComment } from '../../src/action/comment.ts';
import { secretParts } from '../../src/action/inputs.ts';
import { pullRequestOf } from '../../src/action/pull-request.ts';
import { runwayGantt, runwayGaps, runwaySection, type AuditRunway } from '../../src/action/runway.ts';
import { jobSummary, utf8Length } from '../../src/action/summary.ts';

const NOW = new Date('2026-01-15T00:00:00Z');
const CLOCK = { now: NOW, runwayMonths: 3 };
const day = (text: string) => new Date(`${text}T00:00:00Z`);

function month(name: string, from: string, to: string) {
  return { name, from: day(from), to: day(to) };
}

describe('runway picture', () => {
  const table: AuditRunway = {
    table: 'public.audit_logs',
    partitions: [
      month('public.audit_logs_2025_06', '2025-06-01', '2025-07-01'),
      month('public.audit_logs_2025_12', '2025-12-01', '2026-01-01'),
      month('public.audit_logs_2026_01', '2026-01-01', '2026-02-01'),
      month('public.audit_logs_2026_03', '2026-03-01', '2026-04-01'),
    ],
  };

  test('draws past, current and future partitions, the gap in red, and the lint clock', () => {
    expect(runwayGantt([table], CLOCK)).toBe(
      [
        'gantt',
        '  title Audit partition runway on 2026-01-15',
        '  dateFormat YYYY-MM-DD',
        '  axisFormat %Y-%m',
        '  todayMarker off',
        '  section Policy',
        '  required runway :crit, 2026-01-01, 2026-04-01',
        '  now :milestone, 2026-01-15, 0d',
        '  section public.audit_logs',
        // June 2025 is outside the drawn window (two months of history) and left out
        '  public.audit_logs_2025_12 :done, 2025-12-01, 2026-01-01',
        '  public.audit_logs_2026_01 :active, 2026-01-01, 2026-02-01',
        '  public.audit_logs_2026_03 :2026-03-01, 2026-04-01',
        '  missing :crit, 2026-02-01, 2026-03-01',
      ].join('\n'),
    );
  });

  test('the section states the gaps in words under the picture', () => {
    const section = runwaySection([table], CLOCK);
    expect(section).toContain('```mermaid\ngantt\n');
    expect(section).toContain(
      '- `public.audit_logs`: 4 partitions; required window **not covered**: 2026-02-01 to 2026-03-01',
    );
    expect(runwaySection([], CLOCK)).toBe('');
  });

  test('open bounds cover, a default partition does not, no partitions is one gap', () => {
    const open = [{ name: 'p_all_after', from: day('2025-01-01'), to: null }];
    expect(runwayGaps(open, CLOCK)).toEqual([]);
    expect(runwayGaps([{ name: 'p_default', from: null, to: null }], CLOCK)).toEqual([
      { from: day('2026-01-01'), to: day('2026-04-01') },
    ]);
    expect(runwayGaps([], { now: NOW, runwayMonths: 1 })).toEqual([
      { from: day('2026-01-01'), to: day('2026-02-01') },
    ]);
  });

  test('names that would break the Mermaid syntax are cleaned', () => {
    const odd: AuditRunway = {
      table: 'odd:schema#x',
      partitions: [month('p:1;2', '2026-01-01', '2026-04-01')],
    };
    const gantt = runwayGantt([odd], CLOCK);
    expect(gantt).toContain('  section odd schema x\n');
    expect(gantt).toContain('  p 1 2 :active, 2026-01-01, 2026-04-01');
  });
});

function finding(severity: Severity, index: number, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: severity === 'error' ? 'concurrent-index' : 'constraint-not-valid',
    severity,
    message: `finding ${index} ${'with a long explanation of what is wrong and why it matters '.repeat(4)}`,
    location: { file: `supabase/migrations/${index}_x.sql`, line: 1, column: 1, endLine: 1, endColumn: 10 },
    ...extra,
  };
}

function reportOf(findings: Finding[]): ReportInput {
  const result: LintResult = {
    findings,
    suppressions: [],
    fileCount: 1,
    statementCount: findings.length,
    failOn: 'error',
    failed: findings.some((each) => each.severity === 'error'),
  };
  return { result, rules: allRules, readSource: () => undefined, toolVersion: '0.0.0' };
}

const MANY = [
  ...Array.from({ length: 15_000 }, (_, i) => finding('warning', i)),
  ...Array.from({ length: 5_000 }, (_, i) => finding('error', i)),
];

describe('size limits', () => {
  test('the job summary stays under 1 MiB and says where it was cut, errors kept first', () => {
    const report = reportOf(MANY);
    const summary = jobSummary({
      report,
      annotations: planAnnotations(MANY),
      clock: CLOCK,
      toolVersion: '0.0.0',
    });
    expect(utf8Length(summary)).toBeLessThanOrEqual(1_000_000);
    expect(summary).toMatch(/_…and [\d,]+ more findings not shown\. The table was cut/);
    const rows = summary.split('\n').filter((line) => line.startsWith('| 🔴') || line.startsWith('| 🟡'));
    // about 400 bytes a row: some 2,400 rows fit, and they are all errors, which come first
    expect(rows.length).toBeGreaterThan(2_000);
    expect(rows.every((row) => row.startsWith('| 🔴'))).toBe(true);
    expect(summary).toContain('20 findings annotated on the diff; 19980 more are only in the table below');
  });

  test('a small report is not cut', () => {
    const summary = jobSummary({
      report: reportOf([finding('error', 1)]),
      annotations: planAnnotations([finding('error', 1)]),
      clock: CLOCK,
      toolVersion: '0.0.0',
    });
    expect(summary).not.toContain('not shown');
    expect(summary).toContain('| 🔴 error | [`concurrent-index`]');
  });

  test('the PR comment stays under 65,536 characters with a pointer to the job summary', () => {
    const plan = planComment(reportOf(MANY), 'https://github.example/acme/clinic/actions/runs/1');
    expect(plan.hasFindings).toBe(true);
    expect(plan.body.startsWith(`${COMMENT_MARKER}\n### ❌ scribe-lint: 5000 errors, 15000 warnings`)).toBe(
      true,
    );
    expect(plan.body.length).toBeLessThan(65_536);
    expect(plan.body).toMatch(
      /_…and [\d,]+ more findings not shown\. See the \[job summary\]\(https:\/\/github\.example\/acme\/clinic\/actions\/runs\/1\)\._/,
    );
  });

  test('with no open findings the comment is the all-clear', () => {
    const existing = finding('error', 1, { isNew: false });
    const plan = planComment(reportOf([existing]), 'https://x/run');
    expect(plan).toEqual({
      hasFindings: false,
      body:
        `${COMMENT_MARKER}\n### ✅ scribe-lint: all clear\n\nNo findings in this pull request's files. ` +
        "1 existing finding outside this pull request's files. [Job summary](https://x/run).\n",
    });
  });
});

describe('annotations', () => {
  test('at most 10 per severity, errors first; suppressed and existing ones never', () => {
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => finding('warning', i)),
      ...Array.from({ length: 3 }, (_, i) => finding('info', i)),
      ...Array.from({ length: 11 }, (_, i) => finding('error', i)),
      finding('error', 99, { isNew: false }),
      finding('error', 98, { suppressed: { reason: 'tiny table' } }),
    ];
    const plan = planAnnotations(findings);
    const kinds = plan.commands
      .trim()
      .split('\n')
      .map((line) => line.slice(2, line.indexOf(' ')));
    expect(kinds).toEqual([
      ...Array(ANNOTATIONS_PER_SEVERITY).fill('error'),
      ...Array(ANNOTATIONS_PER_SEVERITY).fill('warning'),
      ...Array(3).fill('notice'),
    ]);
    expect(plan).toMatchObject({ annotated: 23, omitted: 3 });
    expect(plan.commands).not.toContain('99_x.sql');
    expect(plan.commands).not.toContain('98_x.sql');
  });
});

describe('secrets to mask', () => {
  test('the URL, and its password encoded and decoded', () => {
    expect(secretParts('postgres://ro:p%40ss%2Fw0rd@db.example:5432/app')).toEqual([
      'postgres://ro:p%40ss%2Fw0rd@db.example:5432/app',
      'p%40ss%2Fw0rd',
      'p@ss/w0rd',
    ]);
    expect(secretParts("host=db user=ro password='s3cret value'")).toContain('s3cret value');
    expect(secretParts('redis://:hunter22@cache:6379')).toContain('hunter22');
    // Short ones too: the Action does not register them with the runner, but its messages mask them.
    expect(secretParts('postgres://ro:a@db.example/app')).toEqual(['postgres://ro:a@db.example/app', 'a']);
  });
});

describe('the pull request of an event', () => {
  test('pull_request and pull_request_target carry one; other events none', () => {
    const payload = { pull_request: { number: 7, changed_files: 3, head: { sha: 'abc' } } };
    expect(pullRequestOf('pull_request', payload, 'acme/clinic')).toEqual({
      owner: 'acme',
      repo: 'clinic',
      number: 7,
      changedFileCount: 3,
      headSha: 'abc',
    });
    expect(pullRequestOf('pull_request_target', payload, 'acme/clinic')?.number).toBe(7);
    expect(pullRequestOf('schedule', {}, 'acme/clinic')).toBeUndefined();
    expect(() => pullRequestOf('pull_request', {}, 'acme/clinic')).toThrow(
      'the pull_request event payload has no pull_request with a number',
    );
    expect(() => pullRequestOf('pull_request', payload, undefined)).toThrow(
      'GITHUB_REPOSITORY must be set, as owner/name',
    );
  });
});
