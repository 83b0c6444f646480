// The shadow's failure modes as a user meets them: `scribe-lint` in a project folder, the printed finding
// and the exit code (scribe-lint issues 9 and 16).

import { afterEach, describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/cli.ts';
import { writeProject } from '../helpers/examples.ts';

const projects: { remove(): void }[] = [];
afterEach(() => projects.splice(0).forEach((created) => created.remove()));

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  file?: string;
  line?: number;
}

/** Runs the CLI with JSON output over migration files (and an optional config). */
function lintJson(migrations: string[], options: { config?: string; env?: NodeJS.ProcessEnv } = {}) {
  const files = migrations.map((text, index) => ({
    path: `supabase/migrations/2025010100000${index}_step.sql`,
    text,
  }));
  if (options.config) files.push({ path: 'scribe-lint.toml', text: options.config });
  const created = writeProject(files);
  projects.push(created);
  const run = runBuiltCli(['--format', 'json'], { cwd: created.root, env: options.env, timeoutMs: 120_000 });
  const findings: JsonFinding[] = run.stdout ? JSON.parse(run.stdout).findings : [];
  const shown = (finding: JsonFinding) =>
    `${finding.file?.slice(-10) ?? '-'}:${finding.line ?? '-'} ${finding.severity} ${finding.ruleId} ${finding.message}`;
  return { status: run.status, stderr: run.stderr, lines: findings.map(shown), findings };
}

const SUPABASE_NOTE =
  ' (on Supabase this file rolls back whole and the deploy stops here; the shadow kept the rest of the file to judge it)';
const ONLY_REPLAY = (lines: string[]) => lines.filter((line) => /replay-error|rls-enabled/.test(line));

describe('scribe-lint on histories that broke the shadow', () => {
  it('a failing CREATE DOMAIN is a replay-error, not an internal error (exit 1)', () => {
    const run = lintJson([
      'create domain public.d as nosuchtype;\ncreate domain public.d as text;\ncreate domain public.d as text;',
    ]);
    expect(run.stderr).toBe('');
    expect(ONLY_REPLAY(run.lines)).toEqual([
      `0_step.sql:1 error replay-error statement failed on replay: type "nosuchtype" does not exist${SUPABASE_NOTE}`,
      `0_step.sql:3 error replay-error statement failed on replay: type "d" already exists${SUPABASE_NOTE}`,
    ]);
    expect(run.status).toBe(1);
  });

  it('statements that abort the embedded server are reported and every other finding still is', () => {
    const run = lintJson([
      "select convert('ABC'::bytea, 'UTF8', 'EUC_JP');\ncreate table public.a (id int);",
      "create function public.f() returns int language sql as 'select public.f()';\nselect public.f();",
      "copy (select 1) to program 'id';\ncreate table public.b (id int);",
    ]);
    expect(run.stderr).toBe('');
    const skipped = 'it was skipped and the replay went on without it';
    expect(ONLY_REPLAY(run.lines)).toEqual([
      `0_step.sql:1 error replay-error statement failed on replay: stopped the shadow database (the embedded database stopped returning results); ${skipped}`,
      '0_step.sql:2 error rls-enabled table `public.a` does not have row level security enabled',
      `1_step.sql:2 error replay-error statement failed on replay: stopped the shadow database (the embedded database broke (ERRORDATA_STACK_SIZE exceeded)); ${skipped}`,
      `2_step.sql:1 error replay-error statement failed on replay: stopped the shadow database (the embedded database stopped returning results); ${skipped}`,
      '2_step.sql:2 error rls-enabled table `public.b` does not have row level security enabled',
    ]);
    expect(run.status).toBe(1);
  }, 180_000);

  it('a replay past its budget fails the run, naming the file and statement it reached', () => {
    const run = lintJson(['create table public.a (id int);\nselect pg_sleep(1e9);'], {
      env: { SCRIBE_LINT_SHADOW_TIMEOUT_MS: '60000', SCRIBE_LINT_SHADOW_BUDGET_MS: '2500' },
    });
    expect(run.lines).toEqual([
      '0_step.sql:2 error replay-error the shadow replay did not finish within its overall limit of 2.5 s: it reached supabase/migrations/20250101000000_step.sql, statement 2 (line 2); schema rules were not run on the incomplete shadow',
    ]);
    expect(run.status).toBe(1);
  }, 120_000);

  it.each([
    ['SCRIBE_LINT_SHADOW_TIMEOUT_MS', 'abc'],
    ['SCRIBE_LINT_SHADOW_BUDGET_MS', 'abc'],
    ['SCRIBE_LINT_SHADOW_BUDGET_MS', '0'],
    ['SCRIBE_LINT_SHADOW_TIMEOUT_MS', '-1'],
  ])('%s=%s is one line on stderr and exit 2', (name, value) => {
    const run = lintJson(['create table public.a (id int);'], { env: { [name]: value } });
    expect(run.stderr).toBe(
      `scribe-lint: ${name} must be a whole number of milliseconds above 0, got "${value}"\n`,
    );
    expect(run.status).toBe(2);
  });

  it('a typo after an unrelated failed extension is reported; what the extension would have made is not', () => {
    const run = lintJson([
      'create extension if not exists nosuch_ext with schema extensions;\ncreate table public.items (id int, v nosuch_ext);',
      'select public.no_such_function();',
    ]);
    expect(run.lines.filter((line) => line.includes('replay-error'))).toEqual([
      `0_step.sql:1 error replay-error statement failed on replay: extension "nosuch_ext" is not available${SUPABASE_NOTE}`,
      `1_step.sql:1 error replay-error statement failed on replay: function public.no_such_function() does not exist${SUPABASE_NOTE}`,
    ]);
    expect(run.status).toBe(1);
  });

  it('rollback-file: the failing file leaves nothing (no rls-enabled for its table), later files are judged', () => {
    const run = lintJson(
      [
        'create table public.a (id int);\nselect * from public.nope;\ncreate table public.b (id int);',
        'create table public.c (id int);',
      ],
      { config: '[shadow]\non_error = "rollback-file"\n' },
    );
    expect(ONLY_REPLAY(run.lines)).toEqual([
      '0_step.sql:2 error replay-error statement failed on replay: relation "public.nope" does not exist (on Supabase this file rolls back whole and the deploy stops here; the shadow rolled it back too and went on with the later files)',
      '1_step.sql:1 error rls-enabled table `public.c` does not have row level security enabled',
    ]);
    expect(run.status).toBe(1);
  });

  it('a bad on_error value is a config error naming the key', () => {
    const run = lintJson(['select 1;'], { config: '[shadow]\non_error = "rollback"\n' });
    expect(run.stderr).toMatch(
      /"shadow\.on_error" must be one of "skip-statement", "rollback-file", got "rollback"/,
    );
    expect(run.status).toBe(2);
  });

  it('under runner = "psql" the message carries no file rollback, and the statement alone is lost', () => {
    const run = lintJson(['create table public.a (id int);\nselect * from public.nope;'], {
      config: 'runner = "psql"\n[shadow]\non_error = "rollback-file"\n',
    });
    expect(ONLY_REPLAY(run.lines)).toEqual([
      '0_step.sql:1 error rls-enabled table `public.a` does not have row level security enabled',
      '0_step.sql:2 error replay-error statement failed on replay: relation "public.nope" does not exist',
    ]);
  });

  it('a failure that involves a stand-in schema says the shadow only emulates it', () => {
    const run = lintJson(['select auth.no_such_helper();']);
    expect(run.lines.filter((line) => line.includes('replay-error'))).toEqual([
      `0_step.sql:1 error replay-error statement failed on replay: function auth.no_such_helper() does not exist (this involves the auth schema, which the shadow emulates with a stand-in: Supabase may have what it lacks)${SUPABASE_NOTE}`,
    ]);
    expect(run.status).toBe(1);
  });
});
