// Issue 10, item 2: every report shows a finding's fix. Edits as the edited lines read after the fix (pretty,
// markdown) or as byte replacements (JSON, SARIF); SQL as the statements for a new migration.

import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.ts';
import type { LintResult } from '../../src/engine.ts';
import { jsonReporter } from '../../src/report/json.ts';
import { markdownReporter } from '../../src/report/markdown.ts';
import { prettyReporter } from '../../src/report/pretty.ts';
import { sarifReporter } from '../../src/report/sarif.ts';
import type { ReportInput } from '../../src/report/types.ts';
import type { Finding } from '../../src/types.ts';

const FILE = 'supabase/migrations/20250301000000_change.sql';
// "é" is two bytes: the edit offsets below count bytes, not characters.
const SOURCE =
  '-- café\ncreate index idx on public.a (id);\nalter table public.a add constraint a_b check (b > 0);\n';
// 9 bytes of comment line ("é" is two), then 13 of "create index ".
const AFTER_CREATE_INDEX = Buffer.byteLength('-- café\ncreate index ');
const CONSTRAINT_END = Buffer.byteLength(
  '-- café\ncreate index idx on public.a (id);\nalter table public.a add constraint a_b check (b > 0)',
);

const INDEX_FINDING: Finding = {
  ruleId: 'concurrent-index',
  severity: 'error',
  message: 'index built without CONCURRENTLY',
  location: { file: FILE, line: 2, column: 1, endLine: 2, endColumn: 13 },
  fix: { edits: [{ file: FILE, start: AFTER_CREATE_INDEX, end: AFTER_CREATE_INDEX, text: 'concurrently ' }] },
};

const CONSTRAINT_FINDING: Finding = {
  ruleId: 'constraint-not-valid',
  severity: 'error',
  message: 'constraint validated under an exclusive lock',
  location: { file: FILE, line: 3, column: 22, endLine: 3, endColumn: 55 },
  fix: {
    edits: [
      { file: FILE, start: CONSTRAINT_END, end: CONSTRAINT_END, text: ' not valid' },
      {
        file: FILE,
        start: CONSTRAINT_END + 1,
        end: CONSTRAINT_END + 1,
        text: '\nalter table public.a validate constraint a_b;',
      },
    ],
  },
};

const FK_SQL = 'create index concurrently if not exists a_owner_id_idx on public.a (owner_id);';
const FK_FINDING: Finding = {
  ruleId: 'fk-index',
  severity: 'warning',
  message: 'foreign key without an index',
  object: 'public.a.owner_id',
  fix: { sql: FK_SQL },
};

function reportOf(findings: Finding[]): ReportInput {
  const result: LintResult = {
    findings,
    suppressions: [],
    fileCount: 1,
    statementCount: 2,
    failOn: 'error',
    failed: true,
  };
  return {
    result,
    rules: allRules,
    readSource: (file) => (file === FILE ? SOURCE : undefined),
    toolVersion: 't',
  };
}

describe('pretty: a help block after the code frame', () => {
  it('shows an inserted CONCURRENTLY as the line will read', () => {
    const text = prettyReporter(reportOf([INDEX_FINDING]));
    expect(text).toContain(
      [
        '2 | create index idx on public.a (id);',
        '  | ^^^^^^^^^^^^',
        '   = help: change to:',
        '     2 | create index concurrently idx on public.a (id);',
        '   = docs: ',
      ].join('\n'),
    );
  });

  it('shows NOT VALID and the VALIDATE statement an edit adds after the line', () => {
    const text = prettyReporter(reportOf([CONSTRAINT_FINDING]));
    expect(text).toContain(
      [
        '   = help: change to:',
        '     3 | alter table public.a add constraint a_b check (b > 0) not valid;',
        '     4 | alter table public.a validate constraint a_b;',
        '   = docs: ',
      ].join('\n'),
    );
  });

  it('shows SQL for a new migration under the object', () => {
    const text = prettyReporter(reportOf([FK_FINDING]));
    expect(text).toContain(
      `  --> public.a.owner_id\n   = help: add in a new migration:\n       ${FK_SQL}\n   = docs: `,
    );
  });

  it('writes a long SQL line whole, to be copied', () => {
    const columns = Array.from({ length: 12 }, (_, i) => `a_rather_long_column_name_${i}`).join(', ');
    const sql = `create index concurrently if not exists a_wide_idx on public.a (${columns});`;
    const text = prettyReporter(reportOf([{ ...FK_FINDING, fix: { sql } }]));
    expect(sql.length).toBeGreaterThan(300);
    expect(text).toContain(`   = help: add in a new migration:\n       ${sql}\n`);
  });

  it('prints no help for a finding without a fix', () => {
    const { fix: _fix, ...plain } = INDEX_FINDING;
    expect(prettyReporter(reportOf([plain]))).not.toContain('help:');
  });
});

describe('json: the fix on the finding', () => {
  it('carries edits with their byte offsets and sql as given', () => {
    const report = JSON.parse(jsonReporter(reportOf([INDEX_FINDING, FK_FINDING]))) as {
      findings: { ruleId: string; fix?: unknown }[];
    };
    expect(report.findings.map((finding) => [finding.ruleId, finding.fix])).toEqual([
      ['concurrent-index', { edits: [{ file: FILE, start: 22, end: 22, text: 'concurrently ' }] }],
      ['fk-index', { sql: FK_SQL }],
    ]);
  });
});

describe('sarif: fixes[] with artifactChanges', () => {
  it('turns edits into byte-region replacements of the file, and keeps SQL in the property bag', () => {
    const log = JSON.parse(sarifReporter(reportOf([CONSTRAINT_FINDING, FK_FINDING]))) as {
      runs: { results: { fixes?: unknown; properties?: unknown }[] }[];
    };
    const [constraint, fk] = log.runs[0].results;
    expect(constraint.fixes).toEqual([
      {
        description: { text: 'The fix for constraint-not-valid, as `scribe-lint fix` applies it.' },
        artifactChanges: [
          {
            artifactLocation: { uri: FILE },
            replacements: [
              {
                deletedRegion: { byteOffset: CONSTRAINT_END, byteLength: 0 },
                insertedContent: { text: ' not valid' },
              },
              {
                deletedRegion: { byteOffset: CONSTRAINT_END + 1, byteLength: 0 },
                insertedContent: { text: '\nalter table public.a validate constraint a_b;' },
              },
            ],
          },
        ],
      },
    ]);
    expect(fk.fixes).toBeUndefined();
    expect(fk.properties).toEqual({ fixSql: FK_SQL });
  });
});

describe('markdown: a Fixes section with sql blocks', () => {
  it('lists each fix under its rule and place', () => {
    const text = markdownReporter(reportOf([INDEX_FINDING, CONSTRAINT_FINDING, FK_FINDING]));
    const fixes = text.slice(text.indexOf('#### Fixes'));
    expect(fixes).toMatch(
      new RegExp(
        [
          '#### Fixes',
          '',
          '\\[`concurrent-index`\\]\\([^)]+\\) at `supabase/migrations/20250301000000_change.sql:2:1`: change line 2 to',
          '',
          '```sql',
          'create index concurrently idx on public\\.a \\(id\\);',
          '```',
          '',
          '\\[`constraint-not-valid`\\]\\([^)]+\\) at `[^`]+:3:22`: change lines 3-4 to',
          '',
          '```sql',
          'alter table public\\.a add constraint a_b check \\(b > 0\\) not valid;',
          'alter table public\\.a validate constraint a_b;',
          '```',
          '',
          '\\[`fk-index`\\]\\([^)]+\\) at `public\\.a\\.owner_id`: add in a new migration',
          '',
          '```sql',
          'create index concurrently if not exists a_owner_id_idx on public\\.a \\(owner_id\\);',
          '```',
        ].join('\n'),
      ),
    );
  });

  it('has no Fixes section when no finding has a fix', () => {
    const { fix: _fix, ...plain } = INDEX_FINDING;
    expect(markdownReporter(reportOf([plain]))).not.toContain('Fixes');
  });
});
