import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.ts';
import { defaultConfig } from '../../src/config.ts';
import { lint } from '../../src/lint.ts';
import { locksTable, markdownReporter } from '../../src/report/markdown.ts';
import type { ReportInput } from '../../src/report/types.ts';
import { EXAMPLE_NOW, writeProject } from '../helpers/examples.ts';

async function markdownOf(files: Record<string, string>, changed?: string[]): Promise<ReportInput> {
  const project = writeProject(
    Object.entries(files).map(([name, text]) => ({ path: `supabase/migrations/${name}`, text })),
  );
  try {
    const result = await lint({
      cwd: project.root,
      config: defaultConfig(project.root),
      rules: allRules,
      paths: [],
      shadow: true,
      now: EXAMPLE_NOW,
      ...(changed && { changedFiles: new Set(changed.map((name) => `supabase/migrations/${name}`)) }),
    });
    return { result, rules: allRules, readSource: () => undefined, toolVersion: 'test' };
  } finally {
    project.remove();
  }
}

const HISTORY = {
  '20250101000000_tables.sql':
    'create table public.clients (id int primary key, name text);\n' +
    'create table public.notes (id int primary key, client_id int);\n' +
    'alter table public.notes add column body text;\n',
  '20250102000000_change.sql':
    "set lock_timeout = '5s';\n" +
    "insert into public.clients values (1, 'a');\n" +
    'create index concurrently notes_body on public.notes (body);\n',
  '20250103000000_locks.sql':
    "set lock_timeout = '5s';\n" +
    'alter table public.notes add constraint notes_client_fk\n  foreign key (client_id) references public.clients (id) not valid;\n' +
    'alter table public.notes validate constraint notes_client_fk;\n' +
    "update public.clients set name = 'b';\n" +
    'alter table public.clients add column email text;\n',
};

describe('the markdown report: locks on existing tables', () => {
  it('lists, per file and statement line, the locks SHARE UPDATE EXCLUSIVE and stronger, with what they block', async () => {
    const input = await markdownOf(HISTORY);
    expect(locksTable(input)).toBe(
      [
        '#### Locks on existing tables',
        '',
        '| File | Line | Relation | Lock | Blocks |',
        '| --- | --- | --- | --- | --- |',
        '| `supabase/migrations/20250103000000_locks.sql` | 2 | `public.clients` | SHARE ROW EXCLUSIVE | writes |',
        '| `supabase/migrations/20250103000000_locks.sql` | 2 | `public.notes` | SHARE ROW EXCLUSIVE | writes |',
        '| `supabase/migrations/20250103000000_locks.sql` | 4 | `public.notes` | SHARE UPDATE EXCLUSIVE | schema changes and VACUUM |',
        '| `supabase/migrations/20250103000000_locks.sql` | 6 | `public.clients` | ACCESS EXCLUSIVE | reads and writes |',
      ].join('\n'),
    );
    // The whole report carries the section, before the replay status.
    const report = markdownReporter(input);
    expect(report).toContain('#### Locks on existing tables');
    expect(report.indexOf('#### Locks on existing tables')).toBeLessThan(
      report.indexOf('#### Shadow replay'),
    );
  });

  it('lists only the changed files with --since, and nothing when no existing table is locked', async () => {
    const changedOnly = await markdownOf(HISTORY, ['20250102000000_change.sql']);
    expect(changedOnly.result.locks).toEqual([]);
    expect(locksTable(changedOnly)).toBe('');
    expect(markdownReporter(changedOnly)).not.toContain('Locks on existing tables');
  });

  it('has no section when the locks were not observed (no shadow)', () => {
    const input: ReportInput = {
      result: {
        findings: [],
        suppressions: [],
        fileCount: 1,
        statementCount: 1,
        failOn: 'error',
        failed: false,
      },
      rules: allRules,
      readSource: () => undefined,
      toolVersion: 'test',
    };
    expect(locksTable(input)).toBe('');
  });
});
