// Issue 10, item 5: with --since the change's own findings come first and in full, the existing ones
// collapse to a count per rule unless --show-existing, and findings sharing one code frame print it once.

import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.ts';
import { planComment } from '../../src/action/comment.ts';
import type { AnnotationPlan } from '../../src/action/annotations.ts';
import { jobSummary } from '../../src/action/summary.ts';
import type { LintResult } from '../../src/engine.ts';
import { jsonReporter } from '../../src/report/json.ts';
import { markdownReporter } from '../../src/report/markdown.ts';
import { prettyReporter } from '../../src/report/pretty.ts';
import { sarifReporter } from '../../src/report/sarif.ts';
import type { ReportInput } from '../../src/report/types.ts';
import type { Finding, Location } from '../../src/types.ts';

const OLD = 'supabase/migrations/20250101000000_tables.sql';
const NEW = 'supabase/migrations/20250301000000_change.sql';
const SOURCES: Record<string, string> = {
  [OLD]: 'create table public.a (id int);\ncreate table public.b (id int);\n',
  [NEW]: 'create index idx on public.a (id);\ncreate table public.c (x int references public.a, y int);\n',
};

function at(file: string, line: number, column: number, endColumn: number): Location {
  return { file, line, column, endLine: line, endColumn };
}

function finding(ruleId: string, location: Location, isNew: boolean | undefined, message = ruleId): Finding {
  return { ruleId, severity: 'error', message, location, isNew };
}

/** Sorted by file as the engine sorts them: the existing ones (older file) come first. */
function withSince(isNew: (fresh: boolean) => boolean | undefined): Finding[] {
  return [
    finding('fk-index', at(OLD, 1, 14, 22), isNew(false), 'fk one'),
    finding('rls-enabled', at(OLD, 1, 14, 22), isNew(false)),
    finding('fk-index', at(OLD, 2, 14, 22), isNew(false), 'fk two'),
    finding('fk-index', at(OLD, 2, 1, 5), isNew(false), 'fk three'),
    finding('concurrent-index', at(NEW, 1, 1, 13), isNew(true), 'the new one'),
  ];
}

function reportOf(findings: Finding[], showExisting?: boolean): ReportInput {
  const result: LintResult = {
    findings,
    suppressions: [],
    fileCount: 2,
    statementCount: 4,
    failOn: 'error',
    failed: true,
  };
  return {
    result,
    rules: allRules,
    readSource: (file) => SOURCES[file],
    toolVersion: 'test',
    showExisting,
  };
}

const since = withSince((fresh) => fresh);
const EXISTING_LINE =
  'existing: 3 fk-index, 1 rls-enabled (not in the change; --show-existing prints them)\n';

describe('pretty with --since: new first', () => {
  it('prints the new finding in full, then one line counting the existing ones per rule', () => {
    const text = prettyReporter(reportOf(since));
    expect(text).toMatch(/^error\[concurrent-index\]: the new one\n {2}--> supabase\/migrations\/20250301/);
    expect(text).toContain('1 | create index idx on public.a (id);\n  | ^^^^^^^^^^^^\n');
    expect(text).toContain(EXISTING_LINE);
    expect(text).not.toContain('(existing)[');
    expect(text).not.toContain('fk one');
    expect(text.indexOf('the new one')).toBeLessThan(text.indexOf(EXISTING_LINE));
    expect(text).toContain('4 existing outside the changed files (not failing)');
  });

  it('with --show-existing prints the existing ones in full after the new one', () => {
    const text = prettyReporter(reportOf(since, true));
    expect(text).not.toContain('existing: 3');
    expect(text.indexOf('the new one')).toBeLessThan(text.indexOf('error (existing)[fk-index]: fk one'));
    expect(text).toContain('error (existing)[fk-index]: fk three');
  });

  it('without --since prints every finding in full, in the engine order, as before', () => {
    const text = prettyReporter(reportOf(withSince(() => undefined)));
    expect(text).not.toContain('existing');
    expect(text.indexOf('fk one')).toBeLessThan(text.indexOf('the new one'));
  });
});

describe('pretty: a repeated code frame is printed once', () => {
  it('prints the frame for the first of consecutive findings on the same span, then only headers', () => {
    const text = prettyReporter(reportOf(withSince(() => undefined)));
    const frame = '1 | create table public.a (id int);\n  |              ^^^^^^^^\n';
    expect(text.split(frame)).toHaveLength(2);
    expect(text).toContain(
      `error[fk-index]: fk one\n  --> ${OLD}:1:14\n  |\n${frame}` +
        '   = docs: https://github.com/mental-scribe/scribe-lint/blob/main/rules/fk-index.md\n\n' +
        `error[rls-enabled]: rls-enabled\n  --> ${OLD}:1:14\n` +
        '   = docs: https://github.com/mental-scribe/scribe-lint/blob/main/rules/rls-enabled.md\n',
    );
    // A different span on the same line is a different frame.
    expect(text).toContain('2 | create table public.b (id int);\n  |              ^^^^^^^^\n');
    expect(text).toContain('2 | create table public.b (id int);\n  | ^^^^\n');
  });
});

describe('markdown with --since: new first', () => {
  it('tables the new findings and collapses the existing ones into a <details> count per rule', () => {
    const text = markdownReporter(reportOf(since));
    expect(text).toContain('| 🔴 error | [`concurrent-index`]');
    expect(text).not.toContain('fk one');
    expect(text).toContain(
      '<details><summary>4 existing findings not in the change: 3 fk-index, 1 rls-enabled</summary>\n\n' +
        '| Rule | Existing |\n| --- | --- |\n' +
        '| [`fk-index`](https://github.com/mental-scribe/scribe-lint/blob/main/rules/fk-index.md) | 3 |\n' +
        '| [`rls-enabled`](https://github.com/mental-scribe/scribe-lint/blob/main/rules/rls-enabled.md) | 1 |\n\n' +
        'They do not fail the check; `--show-existing` lists them in full.\n\n</details>',
    );
    expect(text.indexOf('concurrent-index')).toBeLessThan(text.indexOf('<details>'));
  });

  it('with --show-existing lists them in the table, new rows first, and no <details>', () => {
    const text = markdownReporter(reportOf(since, true));
    expect(text).not.toContain('<details>');
    expect(text.indexOf('the new one')).toBeLessThan(text.indexOf('fk one _(existing)_'));
  });

  it('without --since has no <details>', () => {
    expect(markdownReporter(reportOf(withSince(() => undefined)))).not.toContain('<details>');
  });
});

describe('the job summary and the sticky comment: new first', () => {
  const plan: AnnotationPlan = { commands: '', annotated: 1, omitted: 0 };

  it('the summary tables the new finding and collapses the existing ones', () => {
    const summary = jobSummary({
      report: reportOf(since),
      annotations: plan,
      clock: { now: new Date('2025-03-01'), runwayMonths: 3 },
      toolVersion: 'test',
    });
    expect(summary).toContain('the new one');
    expect(summary).not.toContain('fk one');
    expect(summary).toContain('<details><summary>4 existing findings not in the change');
  });

  it('the comment does the same', () => {
    const { body } = planComment(reportOf(since), 'https://x/run');
    expect(body).toContain('the new one');
    expect(body).not.toContain('fk one');
    expect(body).toContain('3 fk-index, 1 rls-enabled</summary>');
  });
});

describe('JSON and SARIF keep every finding', () => {
  it('lists all five findings whatever --show-existing says', () => {
    for (const showExisting of [false, true]) {
      const json = JSON.parse(jsonReporter(reportOf(since, showExisting)));
      expect(json.findings).toHaveLength(5);
      const sarif = JSON.parse(sarifReporter(reportOf(since, showExisting)));
      expect(sarif.runs[0].results).toHaveLength(5);
    }
  });
});

describe('--show-existing on the command line', () => {
  it('is off by default, on when given, and in --help', async () => {
    const { HELP, parseCliArgs } = await import('../../src/cli/args.ts');
    expect(parseCliArgs(['--since', 'HEAD'], {}).showExisting).toBe(false);
    expect(parseCliArgs(['--since', 'HEAD', '--show-existing'], {}).showExisting).toBe(true);
    expect(HELP).toContain('--show-existing');
  });
});
