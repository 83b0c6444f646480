// End-to-end: the built `cli.js` run as a subprocess, asserting what a user sees and the exit code.

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/cli.ts';
import { writeProject } from '../helpers/examples.ts';

const TABLES = '20250101000000_tables.sql';
const INDEX = '20250102000000_index.sql';
const migrations = (files: Record<string, string>) =>
  Object.entries(files).map(([name, text]) => ({ path: `supabase/migrations/${name}`, text }));

const projects: { remove(): void }[] = [];
function project(files: Record<string, string>, extra: { path: string; text: string }[] = []): string {
  const created = writeProject([...migrations(files), ...extra]);
  projects.push(created);
  return created.root;
}
afterEach(() => projects.splice(0).forEach((created) => created.remove()));

/** The summary line of a `--no-shadow` run in a project without app sources or --redis. */
const NOT_RUN =
  '  not run: table-rewrite, lock-timeout, long-exclusive-lock (no shadow replay, where its locks are observed); ' +
  'fk-index, rls-enabled, audit-immutable, audit-partitioned, partition-runway, matview-unique-index, ' +
  'matview-refresh, realtime-rls, required-index, invalid-index, pg-stat-statements, replay-error ' +
  '(--no-shadow and no --db); phi-cache, cache-ttl (no app source folder matches `[phi] source` and no --redis); ' +
  'pitr-enabled, read-replica, pooler-mode, ssl-enforced, network-allowlist (no --supabase-project and no ' +
  'supabase/config.toml); slow-query, audit-query-time, connection-headroom, table-bloat, seq-scan-hotspot, ' +
  'cache-hit-rate, autovacuum-tuning (no --db or --redis)\n';

const standard = {
  [TABLES]: 'create table public.clients (id uuid primary key, user_id uuid);\n',
  [INDEX]: '-- Index für Klienten\ncreate index idx_clients_user_id\n  on public.clients (user_id);\n',
};

describe('scribe-lint (built CLI)', () => {
  it('prints a code frame that underlines the span, a docs link and a summary; exits 1 on an error', () => {
    const run = runBuiltCli(['--no-shadow'], { cwd: project(standard) });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      [
        'error[concurrent-index]: `CREATE INDEX` on existing table `public.clients` without CONCURRENTLY blocks writes for the whole build',
        '  --> supabase/migrations/20250102000000_index.sql:2:1  (public.clients)',
        '  |',
        '2 | create index idx_clients_user_id',
        '  | ^^^^^^^^^^^^',
        // The fix (issue 10): the edited line as it will read.
        '   = help: change to:',
        '     2 | create index concurrently idx_clients_user_id',
        '   = docs: https://github.com/mental-scribe/scribe-lint/blob/main/rules/concurrent-index.md',
        '',
        '✖ 1 error, 0 warnings (2 files, 2 statements)',
        NOT_RUN,
      ].join('\n'),
    );
  });

  it('colours and hyperlinks only when asked (FORCE_COLOR), never in a pipe by default', () => {
    const plain = runBuiltCli(['--no-shadow'], { cwd: project(standard) });
    expect(plain.stdout).not.toContain('\x1b[');
    const coloured = runBuiltCli(['--no-shadow'], { cwd: project(standard), env: { FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain('\x1b[31m');
    expect(coloured.stdout).toContain(
      '\x1b]8;;https://github.com/mental-scribe/scribe-lint/blob/main/rules/concurrent-index.md\x1b\\concurrent-index',
    );
  });

  it('exits 0 with a clean summary when there is nothing to report', () => {
    const run = runBuiltCli(['--no-shadow'], { cwd: project({ [TABLES]: standard[TABLES] }) });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`✔ no findings (1 file, 1 statement)\n${NOT_RUN}`);
  });

  it('treats a missing default folder as nothing to lint', () => {
    const run = runBuiltCli(['--no-shadow'], { cwd: project({}, [{ path: 'README.md', text: 'x' }]) });
    expect(run.status).toBe(0);
  });

  it('writes json with the documented shape', () => {
    const run = runBuiltCli(['--no-shadow', '--format', 'json'], { cwd: project(standard) });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.findings).toEqual([
      {
        ruleId: 'concurrent-index',
        severity: 'error',
        message:
          '`CREATE INDEX` on existing table `public.clients` without CONCURRENTLY blocks writes for the whole build',
        file: 'supabase/migrations/20250102000000_index.sql',
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 13,
        object: 'public.clients',
        // `create index` ends at byte 35 (the ü of the comment above it is two bytes): the keyword goes there
        fix: {
          edits: [
            {
              file: 'supabase/migrations/20250102000000_index.sql',
              start: 35,
              end: 35,
              text: ' concurrently',
            },
          ],
        },
        docsUrl: 'https://github.com/mental-scribe/scribe-lint/blob/main/rules/concurrent-index.md',
      },
    ]);
    expect(report.summary).toMatchObject({
      files: 2,
      statements: 2,
      errors: 1,
      warnings: 0,
      failed: true,
      failOn: 'error',
    });
  });

  it('writes github annotations with the full region and the rule id as title', () => {
    const run = runBuiltCli(['--no-shadow', '--format', 'github'], { cwd: project(standard) });
    expect(run.stdout).toBe(
      '::error file=supabase/migrations/20250102000000_index.sql,line=2,col=1,endLine=2,endColumn=13,title=scribe-lint concurrent-index::' +
        '`CREATE INDEX` on existing table `public.clients` without CONCURRENTLY blocks writes for the whole build\n',
    );
  });

  it('writes a markdown summary table with docs links', () => {
    const run = runBuiltCli(['--no-shadow', '--format', 'markdown'], { cwd: project(standard) });
    expect(run.stdout).toContain('### ❌ scribe-lint: 1 error, 0 warnings');
    expect(run.stdout).toContain(
      '| 🔴 error | [`concurrent-index`](https://github.com/mental-scribe/scribe-lint/blob/main/rules/concurrent-index.md) | `supabase/migrations/20250102000000_index.sql:2:1` |',
    );
  });

  it('writes SARIF 2.1.0 whose fingerprints survive lines inserted above the finding', () => {
    const root = project(standard);
    const first = JSON.parse(runBuiltCli(['--no-shadow', '--format', 'sarif'], { cwd: root }).stdout);
    const run = first.runs[0];
    expect(first.version).toBe('2.1.0');
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toContain('concurrent-index');
    const rule = run.tool.driver.rules.find((entry: { id: string }) => entry.id === 'concurrent-index');
    expect(rule).toMatchObject({
      helpUri: expect.stringMatching(/rules\/concurrent-index\.md$/),
      defaultConfiguration: { level: 'error' },
    });
    expect(run.results[0]).toMatchObject({
      ruleId: 'concurrent-index',
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'supabase/migrations/20250102000000_index.sql' },
            region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 13 },
          },
          logicalLocations: [{ fullyQualifiedName: 'public.clients' }],
        },
      ],
    });
    const file = path.join(root, 'supabase/migrations', INDEX);
    writeFileSync(file, `-- a new comment\n\n${readFileSync(file, 'utf8')}`);
    const second = JSON.parse(runBuiltCli(['--no-shadow', '--format', 'sarif'], { cwd: root }).stdout);
    expect(second.runs[0].results[0].locations[0].physicalLocation.region.startLine).toBe(4);
    expect(second.runs[0].results[0].partialFingerprints).toEqual(run.results[0].partialFingerprints);
  });

  it('keeps a suppressed finding in SARIF with its justification', () => {
    const files = {
      ...standard,
      [INDEX]:
        '-- scribe-lint-disable-next-line concurrent-index -- tiny table\ncreate index i on public.clients (user_id);\n',
    };
    const run = runBuiltCli(['--no-shadow', '--format', 'sarif'], { cwd: project(files) });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).runs[0].results[0].suppressions).toEqual([
      { kind: 'inSource', justification: 'tiny table' },
    ]);
  });

  it('lists honoured suppressions with their reasons in the pretty summary', () => {
    const files = {
      ...standard,
      [INDEX]:
        '-- scribe-lint-disable-next-line concurrent-index -- tiny table\ncreate index i on public.clients (user_id);\n',
    };
    const run = runBuiltCli(['--no-shadow'], { cwd: project(files) });
    expect(run.stdout).toBe(
      `✔ no findings (2 files, 2 statements)\n${NOT_RUN}  suppressed concurrent-index at supabase/migrations/20250102000000_index.sql:1: tiny table\n`,
    );
  });

  it('writes the report to --output and nothing to stdout', () => {
    const root = project(standard);
    const run = runBuiltCli(['--no-shadow', '--format', 'json', '--output', 'report.json'], { cwd: root });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(path.join(root, 'report.json'), 'utf8')).summary.errors).toBe(1);
  });

  it('honours --fail-on and fail_on from the config', () => {
    const files = {
      [TABLES]: 'create table t (a int);',
      [INDEX]: 'alter table t add constraint c check (a > 0);',
    };
    expect(runBuiltCli(['--no-shadow'], { cwd: project(files) }).status).toBe(0);
    expect(runBuiltCli(['--no-shadow', '--fail-on', 'warning'], { cwd: project(files) }).status).toBe(1);
    const configured = project(files, [{ path: 'scribe-lint.toml', text: 'fail_on = "warning"\n' }]);
    expect(runBuiltCli(['--no-shadow'], { cwd: configured }).status).toBe(1);
    expect(runBuiltCli(['--no-shadow', '--fail-on', 'never'], { cwd: configured }).status).toBe(0);
  });

  it('applies per-rule severities from the config, including off', () => {
    const off = project(standard, [
      { path: 'scribe-lint.toml', text: '[rules]\nconcurrent-index = "off"\n' },
    ]);
    expect(runBuiltCli(['--no-shadow'], { cwd: off }).stdout).toBe(
      `✔ no findings (2 files, 2 statements)\n${NOT_RUN}`,
    );
    const info = project(standard, [{ path: 'custom.toml', text: '[rules]\nconcurrent-index = "info"\n' }]);
    const run = runBuiltCli(['--no-shadow', '--config', 'custom.toml'], { cwd: info });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('info[concurrent-index]');
  });

  it('with --since, only findings in changed files are new and can fail the run', () => {
    // The committed file has a finding of its own (an index on a table the history does not know).
    const root = project({ [TABLES]: standard[TABLES] + 'create index old on public.elsewhere (id);\n' });
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
        cwd: root,
        stdio: 'pipe',
      });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'base');
    writeFileSync(
      path.join(root, 'supabase/migrations', INDEX),
      'create index idx on public.clients (user_id);\n',
    );

    const run = runBuiltCli(['--no-shadow', '--since', 'HEAD', '--format', 'json'], { cwd: root });
    const findings = JSON.parse(run.stdout).findings.map((f: { file: string; new: boolean }) => [
      path.basename(f.file),
      f.new,
    ]);
    expect(findings).toEqual([
      [TABLES, false],
      [INDEX, true],
    ]);
    expect(run.status).toBe(1);

    writeFileSync(
      path.join(root, 'supabase/migrations', INDEX),
      'create index concurrently idx on public.clients (user_id);\n',
    );
    const fixed = runBuiltCli(['--no-shadow', '--since', 'HEAD'], { cwd: root });
    expect(fixed.status).toBe(0);
    // The existing finding is a count per rule, not a block; --show-existing prints it in full.
    expect(fixed.stdout).not.toContain('error (existing)[concurrent-index]');
    expect(fixed.stdout).toContain(
      'existing: 1 concurrent-index (not in the change; --show-existing prints them)\n',
    );
    expect(fixed.stdout).toContain('1 existing outside the changed files (not failing)');
    const full = runBuiltCli(['--no-shadow', '--since', 'HEAD', '--show-existing'], { cwd: root });
    expect(full.stdout).toContain('error (existing)[concurrent-index]');
    expect(full.stdout).not.toContain('existing: 1 concurrent-index');
  });

  it('lists the rules', () => {
    const run = runBuiltCli(['rules'], { cwd: project({}) });
    expect(run.status).toBe(0);
    for (const id of [
      'parse-error',
      'concurrent-index',
      'concurrent-in-transaction',
      'constraint-not-valid',
      'migration-filename',
      'unused-suppression',
    ]) {
      expect(run.stdout).toMatch(new RegExp(`^${id} +(error|warning) `, 'm'));
    }
  });

  it('init writes a commented config once, and refuses to overwrite without --force', () => {
    const root = project({});
    expect(runBuiltCli(['init'], { cwd: root })).toMatchObject({
      status: 0,
      stdout: 'wrote scribe-lint.toml\n',
    });
    expect(readFileSync(path.join(root, 'scribe-lint.toml'), 'utf8')).toContain('runner = "supabase"');
    expect(runBuiltCli(['init'], { cwd: root })).toMatchObject({
      status: 2,
      stderr: 'scribe-lint: scribe-lint.toml already exists (use --force to overwrite)\n',
    });
    expect(runBuiltCli(['init', '--force'], { cwd: root }).status).toBe(0);
    expect(runBuiltCli(['--no-shadow'], { cwd: root }).status).toBe(0);
  });

  it.each([
    [['no/such/dir'], 'scribe-lint: no such file or directory: no/such/dir\n'],
    [
      ['--format', 'xml'],
      'scribe-lint: --format must be one of pretty, json, sarif, github, markdown; got "xml"\n',
    ],
    [
      ['--fail-on', 'fatal'],
      'scribe-lint: --fail-on must be one of error, warning, info, never; got "fatal"\n',
    ],
    [['--frobnicate'], expect.stringMatching(/^scribe-lint: Unknown option '--frobnicate'.*\n$/)],
    [['--now', 'yesterday'], 'scribe-lint: --now must be a date like 2026-01-15; got "yesterday"\n'],
    [
      ['--config', 'missing.toml'],
      expect.stringMatching(/^scribe-lint: cannot read config missing\.toml: .*\n$/),
    ],
    [
      ['--since', 'no-such-ref'],
      expect.stringMatching(/^scribe-lint: --since no-such-ref: git could not list changed files.*\n$/),
    ],
  ])('exits 2 with one line for %j', (args, stderr) => {
    const run = runBuiltCli(['--no-shadow', ...args], { cwd: project(standard) });
    expect(run).toMatchObject({ status: 2, stdout: '', stderr });
  });

  it('exits 2 naming the bad key of a config', () => {
    const root = project(standard, [
      { path: 'scribe-lint.toml', text: '[audit]\nrunway_months = "three"\n' },
    ]);
    const run = runBuiltCli(['--no-shadow'], { cwd: root });
    expect(run).toMatchObject({
      status: 2,
      stderr:
        'scribe-lint: scribe-lint.toml: "audit.runway_months" must be a whole number from 1 to 120, got "three"\n',
    });
  });

  it('prints help and version', () => {
    expect(runBuiltCli(['--help'], { cwd: project({}) }).stdout).toContain('Usage:');
    expect(runBuiltCli(['--version'], { cwd: project({}) }).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
