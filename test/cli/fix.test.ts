// `scribe-lint fix` (issue 10, item 3), end to end with the built CLI: on a copy of the example app and on
// generated histories, in git repositories whose first commit is the history production has run. The fix
// edits only the change's files, writes SQL fixes as new migrations, and a re-run finds none of the fixed
// findings and replays the new files without a replay-error. Then the pure parts: versions, splitting, diff.

import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/fix/diff.ts';
import { nextVersion, splitConcurrent, sqlMigrations } from '../../src/fix/new-migrations.ts';
import { planFixes } from '../../src/fix/plan.ts';
import { loadParser } from '../../src/parse/parse-file.ts';
import type { Finding } from '../../src/types.ts';
import { CLI, type CliRun } from '../helpers/cli.ts';

const EXAMPLE = path.resolve(import.meta.dirname, '../../examples/clinic-app');
const MIGRATIONS = 'supabase/migrations';
const NOW = ['--now', '2025-11-15'];
const SLOW = 240_000;

/**
 * The built CLI run without blocking this worker: a shadow run takes many seconds, and a synchronous spawn
 * would starve the test runner's own messages.
 */
function runBuiltCli(args: string[], options: { cwd: string; timeoutMs?: number }): Promise<CliRun> {
  return new Promise((resolve) => {
    const env = { PATH: process.env.PATH, HOME: process.env.HOME };
    const child = execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: options.cwd, env, timeout: options.timeoutMs ?? 60_000, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => resolve({ status: child.exitCode ?? (error ? -1 : 0), stdout, stderr }),
    );
  });
}

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

function git(root: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
}

/** A git repository holding `base` committed (what production ran) and `change` written after it. */
function repository(base: (root: string) => void, change: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'scribe-lint-fix-'));
  roots.push(root);
  base(root);
  git(root, 'init', '-q');
  git(root, 'add', '.');
  git(root, 'commit', '-qm', 'base');
  for (const [name, text] of Object.entries(change)) writeFileSync(path.join(root, MIGRATIONS, name), text);
  return root;
}

const exampleApp = (root: string) => cpSync(EXAMPLE, root, { recursive: true });

function migrationsOf(root: string): string[] {
  return readdirSync(path.join(root, MIGRATIONS)).sort();
}

function read(root: string, name: string): string {
  return readFileSync(path.join(root, MIGRATIONS, name), 'utf8');
}

interface JsonFinding {
  ruleId: string;
  file?: string;
  line?: number;
  new?: boolean;
  fix?: unknown;
}

/** The change's own findings after a re-lint, and the replay errors. */
async function relint(root: string): Promise<{ findings: JsonFinding[]; replayErrors: unknown[] }> {
  const run = await runBuiltCli(['--since', 'HEAD', '--format', 'json', ...NOW], {
    cwd: root,
    timeoutMs: SLOW,
  });
  expect(run.stderr).toBe('');
  const report = JSON.parse(run.stdout) as {
    findings: JsonFinding[];
    summary: { replay: { errors: unknown[] } | null };
  };
  return {
    findings: report.findings.filter((finding) => finding.new !== false),
    replayErrors: report.summary.replay?.errors ?? ['no replay'],
  };
}

const ruleAt = (finding: JsonFinding) =>
  `${finding.ruleId} ${path.basename(finding.file ?? '')}:${finding.line}`;

const CHANGE = {
  '20250201000000_owner.sql':
    'alter table public.clients add column owner_id uuid references auth.users (id);\n',
  '20250201000100_created_idx.sql': 'create index clients_created_idx on public.clients (created_at);\n',
};

describe('scribe-lint fix on the example app', () => {
  beforeAll(async () => loadParser());

  it(
    '--dry-run prints the diff and what it would do, and writes nothing',
    async () => {
      const root = repository(exampleApp, CHANGE);
      const before = migrationsOf(root);
      const run = await runBuiltCli(['fix', '--dry-run', '--since', 'HEAD', ...NOW], {
        cwd: root,
        timeoutMs: SLOW,
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const lines = run.stdout.split('\n');
      expect(lines.slice(0, 18)).toEqual([
        '--- a/supabase/migrations/20250201000000_owner.sql',
        '+++ b/supabase/migrations/20250201000000_owner.sql',
        '@@ -1,1 +1,2 @@',
        "+set lock_timeout = '5s';",
        ' alter table public.clients add column owner_id uuid references auth.users (id);',
        '--- a/supabase/migrations/20250201000100_created_idx.sql',
        '+++ b/supabase/migrations/20250201000100_created_idx.sql',
        '@@ -1,1 +1,1 @@',
        '-create index clients_created_idx on public.clients (created_at);',
        '+create index concurrently clients_created_idx on public.clients (created_at);',
        '--- /dev/null',
        '+++ b/supabase/migrations/20250201000101_scribe_lint_fix_clients_owner_id_idx.sql',
        '@@ -0,0 +1,2 @@',
        '+-- Written by scribe-lint fix: fk-index (public.clients.clients_owner_id_fkey)',
        '+create index concurrently if not exists clients_owner_id_idx on public.clients (owner_id);',
        'would edit supabase/migrations/20250201000000_owner.sql: lock-timeout (line 1)',
        'would edit supabase/migrations/20250201000100_created_idx.sql: concurrent-index (line 1)',
        'would write supabase/migrations/20250201000101_scribe_lint_fix_clients_owner_id_idx.sql: ' +
          'fk-index (public.clients.clients_owner_id_fkey)',
      ]);
      expect(lines[18]).toMatch(
        /^left \d+ fixes of existing findings outside the change \(run `scribe-lint fix` without --since for them\)$/,
      );
      expect(lines[19]).toMatch(
        /^would fix 3 findings: 2 files edited, 1 new migration, \d+ fixes left \(dry run: nothing written\)$/,
      );
      expect(migrationsOf(root)).toEqual(before);
      expect(read(root, '20250201000100_created_idx.sql')).toBe(CHANGE['20250201000100_created_idx.sql']);
      // The diff is one `git apply` takes as it is.
      const patch = path.join(root, '..', `${path.basename(root)}.patch`);
      writeFileSync(patch, run.stdout);
      roots.push(patch);
      expect(() => git(root, 'apply', '--check', patch)).not.toThrow();
    },
    SLOW,
  );

  it(
    'applies the fixes to the change only; a re-run finds none of them and replays the new file cleanly',
    async () => {
      const root = repository(exampleApp, CHANGE);
      const before = await relint(root);
      expect(before.findings.map(ruleAt)).toEqual(
        expect.arrayContaining([
          'lock-timeout 20250201000000_owner.sql:1',
          'concurrent-index 20250201000100_created_idx.sql:1',
        ]),
      );
      expect(before.findings.some((finding) => finding.ruleId === 'fk-index')).toBe(true);
      const run = await runBuiltCli(['fix', '--since', 'HEAD', ...NOW], { cwd: root, timeoutMs: SLOW });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout.split('\n').slice(0, 3)).toEqual([
        'edited supabase/migrations/20250201000000_owner.sql: lock-timeout (line 1)',
        'edited supabase/migrations/20250201000100_created_idx.sql: concurrent-index (line 1)',
        'wrote supabase/migrations/20250201000101_scribe_lint_fix_clients_owner_id_idx.sql: ' +
          'fk-index (public.clients.clients_owner_id_fkey)',
      ]);
      expect(run.stdout).toMatch(/\nfixed 3 findings: 2 files edited, 1 new migration, \d+ fixes left\n$/);
      expect(read(root, '20250201000000_owner.sql')).toBe(
        `set lock_timeout = '5s';\n${CHANGE['20250201000000_owner.sql']}`,
      );
      // The migrations production already ran are untouched.
      expect(git(root, 'status', '--porcelain', '--untracked-files=no')).toBe('');
      const after = await relint(root);
      expect(after.replayErrors).toEqual([]);
      expect(after.findings.map(ruleAt)).toEqual([]);
    },
    SLOW,
  );

  it(
    'without --since leaves the edits of migrations that may have run, and says why',
    async () => {
      const root = repository(exampleApp, {});
      const run = await runBuiltCli(['fix', '--dry-run', ...NOW], { cwd: root, timeoutMs: SLOW });
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(
        'left concurrent-index at supabase/migrations/20250110120200_messages_index.sql:2: the file may already ' +
          'be applied (it is not named on the command line), so it is not edited\n',
      );
      expect(run.stdout).toContain('\n+alter table public.part2_consents enable row level security;\n');
      expect(run.stdout).toMatch(
        /\nwould fix \d+ findings: 0 files edited, \d+ new migrations, 3 fixes left/,
      );
    },
    SLOW,
  );
});

describe('scribe-lint fix: splitting and generated histories', () => {
  const base = (files: Record<string, string>) => (root: string) => {
    execFileSync('mkdir', ['-p', path.join(root, MIGRATIONS)]);
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, MIGRATIONS, name), text);
  };

  it(
    'splits a changed file so its CONCURRENTLY statement is alone, before the next migration',
    async () => {
      const root = repository(
        base({
          '20250101000000_clients.sql':
            'create table public.clients (id uuid primary key, name text);\nalter table public.clients enable row level security;\n',
        }),
        {
          '20250201000000_names.sql':
            '-- the lookup by name\ncreate index concurrently clients_name_idx on public.clients (name);\n' +
            "comment on table public.clients is 'people';\n",
        },
      );
      const run = await runBuiltCli(['fix', '--since', 'HEAD', ...NOW], { cwd: root, timeoutMs: SLOW });
      expect(run.stdout).toBe(
        'split supabase/migrations/20250201000000_names.sql so CONCURRENTLY and VALIDATE CONSTRAINT run in ' +
          'files of their own: supabase/migrations/20250201000001_names_2.sql\n' +
          'fixed 1 finding: 1 file edited, 1 new migration\n',
      );
      expect(read(root, '20250201000000_names.sql')).toBe(
        '-- the lookup by name\ncreate index concurrently clients_name_idx on public.clients (name);\n',
      );
      expect(read(root, '20250201000001_names_2.sql')).toBe("comment on table public.clients is 'people';\n");
      const after = await relint(root);
      expect(after.replayErrors).toEqual([]);
      expect(after.findings.map(ruleAt)).toEqual([]);
    },
    SLOW,
  );

  // Small seeded histories: a base of tables, then a change that adds foreign keys, plain indexes on
  // existing tables and a table without RLS. After the fix, nothing fixable is left in the change.
  for (const seed of [1, 2]) {
    it(
      `generated history ${seed}: after the fix no fixable finding remains and the replay is clean`,
      async () => {
        const { baseFiles, change } = generatedHistory(seed);
        const root = repository(base(baseFiles), change);
        const run = await runBuiltCli(['fix', '--since', 'HEAD', ...NOW], { cwd: root, timeoutMs: SLOW });
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(
          /(^|\n)fixed [1-9]\d* findings?: \d+ files? edited, \d+ new migrations?\n$/,
        );
        const after = await relint(root);
        expect(after.replayErrors).toEqual([]);
        expect(after.findings.filter((finding) => finding.fix).map(ruleAt)).toEqual([]);
        expect(after.findings.map(ruleAt)).toEqual([]);
      },
      SLOW,
    );
  }

  it('a named file that is not a migration is a one-line usage error (exit 2)', async () => {
    const root = repository(
      base({ '20250101000000_a.sql': 'create table public.a (id int primary key);\n' }),
      {},
    );
    const run = await runBuiltCli(['fix', '--no-shadow', 'nope.sql'], { cwd: root });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('scribe-lint: fix: nope.sql is not a migration file of supabase/migrations\n');
    const stray = await runBuiltCli(['--dry-run', '--no-shadow'], { cwd: root });
    expect(stray.status).toBe(2);
    expect(stray.stderr).toBe(
      'scribe-lint: --dry-run goes with `scribe-lint fix` (see `scribe-lint --help`)\n',
    );
  });
});

/** A deterministic pseudo-random history (mulberry32), so a failure can be replayed by its seed. */
function generatedHistory(seed: number): {
  baseFiles: Record<string, string>;
  change: Record<string, string>;
} {
  let state = seed * 0x9e3779b9;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const tables = Array.from({ length: 2 + Math.floor(random() * 3) }, (_, index) => `t${seed}_${index}`);
  const baseFiles: Record<string, string> = {
    '20250101000000_tables.sql': tables
      .map(
        (table) =>
          `create table public.${table} (id uuid primary key, label text, created_at timestamptz);\n` +
          `alter table public.${table} enable row level security;\n`,
      )
      .join(''),
  };
  const change: Record<string, string> = {};
  let minute = 0;
  const name = (what: string) => `2025020100${String(minute++).padStart(2, '0')}00_${what}.sql`;
  for (const table of tables) {
    const target = tables[Math.floor(random() * tables.length)];
    if (random() < 0.7)
      change[name(`${table}_ref`)] =
        `alter table public.${table} add column ref_id uuid references public.${target} (id);\n`;
    if (random() < 0.5)
      change[name(`${table}_check`)] =
        `alter table public.${table} add constraint ${table}_label_check check (label <> '');\n`;
    if (random() < 0.7)
      change[name(`${table}_idx`)] = `create index ${table}_label_idx on public.${table} (label);\n`;
  }
  change[name('fresh')] =
    `create table public.fresh_${seed} (id uuid primary key, owner uuid references public.${tables[0]} (id));\n`;
  return { baseFiles, change };
}

describe('fix planning and files (pure)', () => {
  beforeAll(async () => loadParser());
  const finding = (over: Partial<Finding>): Finding => ({
    ruleId: 'concurrent-index',
    severity: 'error',
    message: 'm',
    ...over,
  });

  it('a version is the next second of its timestamp, else the next number of its width', async () => {
    expect(nextVersion('20250131235959')).toBe('20250201000000');
    expect(nextVersion('20251399000000')).toBe('20251399000001');
    expect(nextVersion('0099')).toBe('0100');
  });

  it('plans edits for editable files only, drops duplicate SQL, and counts findings outside the change', async () => {
    const edit = (file: string) => ({ file, start: 7, end: 7, text: 'concurrently ' });
    const plan = planFixes(
      [
        finding({ fix: { edits: [edit('new.sql')] } }),
        finding({ fix: { edits: [edit('old.sql')] } }),
        finding({ ruleId: 'fk-index', fix: { sql: 'create index a on t (x);' } }),
        finding({ ruleId: 'fk-index', fix: { sql: 'create index a on t (x);' } }),
        finding({ ruleId: 'fk-index', isNew: false, fix: { sql: 'create index b on t (y);' } }),
        finding({ suppressed: { reason: 'known' }, fix: { edits: [edit('new.sql')] } }),
      ],
      { editable: new Set(['new.sql']), editableBy: 'changed since HEAD nor named on the command line' },
    );
    expect([...plan.edits.keys()]).toEqual(['new.sql']);
    expect(plan.edits.get('new.sql')?.edits).toEqual([edit('new.sql')]);
    expect(plan.sql.map((fix) => fix.sql)).toEqual(['create index a on t (x);']);
    expect(plan.outsideChange).toBe(1);
    expect(plan.left.map((left) => left.reason)).toEqual([
      'the file may already be applied (it is not changed since HEAD nor named on the command line), so it is not edited',
    ]);
  });

  it('puts each index build in a file of its own and the other statements with a lock timeout', async () => {
    const files = sqlMigrations(
      [
        {
          finding: finding({ ruleId: 'rls-enabled', object: 'public.t' }),
          sql: 'alter table public.t enable row level security;',
        },
        {
          finding: finding({ ruleId: 'fk-index', object: 'public.t.t_x_fkey' }),
          sql: 'create index concurrently if not exists t_x_idx on public.t (x);',
        },
      ],
      'supabase',
    );
    expect(files.map((file) => [file.name, file.text])).toEqual([
      [
        'scribe_lint_fix_rls_enabled_t',
        "-- Written by scribe-lint fix: rls-enabled (public.t)\nset lock_timeout = '5s';\nalter table public.t enable row level security;\n",
      ],
      [
        'scribe_lint_fix_t_x_idx',
        '-- Written by scribe-lint fix: fk-index (public.t.t_x_fkey)\ncreate index concurrently if not exists t_x_idx on public.t (x);\n',
      ],
    ]);
  });

  it('splits text at the semicolons around a CONCURRENTLY statement, comments staying with the next one', async () => {
    const text =
      'create table a (id int);\n-- why\ncreate index concurrently i on a (id);\ncreate table b (id int);\n';
    expect(splitConcurrent(text)).toEqual([
      'create table a (id int);\n',
      '-- why\ncreate index concurrently i on a (id);\n',
      'create table b (id int);\n',
    ]);
    expect(splitConcurrent('create table a (id int);\ncreate table b (id int);\n')).toBeUndefined();
    expect(
      splitConcurrent(
        'alter table a add constraint c check (n > 0) not valid;\nalter table a validate constraint c;\n',
      ),
    ).toEqual([
      'alter table a add constraint c check (n > 0) not valid;\n',
      'alter table a validate constraint c;\n',
    ]);
  });

  it('a unified diff: context lines, a missing final newline, a new file', async () => {
    const before = 'a\nb\nc\nd\ne\nf\ng\nh\n';
    expect(unifiedDiff('x.sql', before, before.replace('e\n', 'E\n'))).toBe(
      '--- a/x.sql\n+++ b/x.sql\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n',
    );
    expect(unifiedDiff('x.sql', 'a\n', 'a\nb')).toBe(
      '--- a/x.sql\n+++ b/x.sql\n@@ -1,1 +1,2 @@\n a\n+b\n\\ No newline at end of file\n',
    );
    expect(unifiedDiff('y.sql', undefined, 'z;\n')).toBe(
      '--- /dev/null\n+++ b/y.sql\n@@ -0,0 +1,1 @@\n+z;\n',
    );
    expect(unifiedDiff('x.sql', 'same\n', 'same\n')).toBe('');
  });
});
