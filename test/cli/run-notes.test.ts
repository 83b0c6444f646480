// A run that checked nothing, or skipped rules for want of their source, says so in every format: an empty
// folder must not read as "no findings", and --no-shadow must not silently drop the schema rules.

import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/cli.ts';
import { writeProject } from '../helpers/examples.ts';

const projects: { remove(): void }[] = [];
/** A project with these files only: no supabase/migrations folder unless a file is in it. */
function project(files: { path: string; text: string }[]) {
  const created = writeProject(files);
  projects.push(created);
  if (!files.some((file) => file.path.startsWith('supabase/')))
    rmSync(path.join(created.root, 'supabase'), { recursive: true, force: true });
  return created.root;
}
afterEach(() => projects.splice(0).forEach((created) => created.remove()));

const HINT =
  'to lint another folder, set `migrations` in scribe-lint.toml or pass it as an argument: scribe-lint path/to/migrations';
const SCHEMA_RULES = [
  'fk-index',
  'rls-enabled',
  'audit-immutable',
  'audit-partitioned',
  'partition-runway',
  'matview-unique-index',
  'matview-refresh',
  'realtime-rls',
  'required-index',
  'invalid-index',
  'pg-stat-statements',
  'replay-error',
];
const PLATFORM_RULES = ['pitr-enabled', 'read-replica', 'pooler-mode', 'ssl-enforced', 'network-allowlist'];
const HEALTH_RULES = [
  'slow-query',
  'audit-query-time',
  'connection-headroom',
  'table-bloat',
  'seq-scan-hotspot',
  'cache-hit-rate',
  'autovacuum-tuning',
];
/** Statement rules judged on what the shadow saw each statement lock: not run without the replay. */
const OBSERVING_RULES = ['table-rewrite', 'lock-timeout', 'long-exclusive-lock'];
const NOT_OBSERVED = 'no shadow replay, where its locks are observed';
const NO_PLATFORM = 'no --supabase-project and no supabase/config.toml';
const NO_HEALTH = 'no --db or --redis';
/** The rules no laptop run without --db, --redis or --supabase-project can run, with why. */
const LIVE_NOT_RUN = [
  ...PLATFORM_RULES.map((ruleId) => ({ ruleId, reason: NO_PLATFORM })),
  ...HEALTH_RULES.map((ruleId) => ({ ruleId, reason: NO_HEALTH })),
];
const TABLE = { path: 'supabase/migrations/20250101000000_t.sql', text: 'create table public.t (id int);\n' };

describe('no migration files where the run looked', () => {
  it('pretty: says where it looked and how to point it elsewhere; exit 0', () => {
    const run = runBuiltCli(['--no-shadow'], { cwd: project([]) });
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n').slice(0, 2)).toEqual([
      '! no migration files (.sql) found in supabase/migrations (0 files, 0 statements)',
      `  ${HINT}`,
    ]);
  });

  it('names the configured folder, and a folder given on the command line that holds no .sql', () => {
    const configured = project([{ path: 'scribe-lint.toml', text: 'migrations = "db/migrate"\n' }]);
    expect(runBuiltCli(['--no-shadow'], { cwd: configured }).stdout).toMatch(
      /^! no migration files \(\.sql\) found in db\/migrate \(0 files/,
    );
    const empty = project([{ path: 'sql/README.md', text: 'nothing here' }]);
    const run = runBuiltCli(['--no-shadow', 'sql'], { cwd: empty });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^! no migration files \(\.sql\) found in sql \(0 files/);
  });

  it('json: summary.nothingFound holds the path; null when files were found', () => {
    const run = runBuiltCli(['--no-shadow', '--format', 'json'], { cwd: project([]) });
    expect(JSON.parse(run.stdout).summary.nothingFound).toEqual({ lookedAt: 'supabase/migrations' });
    const found = runBuiltCli(['--no-shadow', '--format', 'json'], { cwd: project([TABLE]) });
    expect(JSON.parse(found.stdout).summary.nothingFound).toBeNull();
  });

  it('sarif: a warning tool execution notification', () => {
    const run = runBuiltCli(['--no-shadow', '--format', 'sarif'], { cwd: project([]) });
    const notifications = JSON.parse(run.stdout).runs[0].invocations[0].toolExecutionNotifications;
    expect(notifications[0]).toEqual({
      descriptor: { id: 'nothing-found' },
      level: 'warning',
      message: { text: `no migration files (.sql) found in supabase/migrations; ${HINT}` },
    });
  });

  it('markdown: a warning headline and a line under it', () => {
    const run = runBuiltCli(['--no-shadow', '--format', 'markdown'], { cwd: project([]) });
    expect(run.stdout).toMatch(/^### ⚠️ scribe-lint: no migration files found\n/);
    expect(run.stdout).toContain(`\n> ⚠️ no migration files (.sql) found in supabase/migrations; ${HINT}.\n`);
  });
});

describe('rules that did not run', () => {
  const notRunLine =
    `  not run: ${OBSERVING_RULES.join(', ')} (${NOT_OBSERVED}); ` +
    `${SCHEMA_RULES.join(', ')} (--no-shadow and no --db); ` +
    'phi-cache, cache-ttl (no app source folder matches `[phi] source` and no --redis); ' +
    `${PLATFORM_RULES.join(', ')} (${NO_PLATFORM}); ${HEALTH_RULES.join(', ')} (${NO_HEALTH})`;

  it('pretty: one line listing them with the reason', () => {
    const run = runBuiltCli(['--no-shadow'], { cwd: project([TABLE]) });
    expect(run.stdout).toBe(`✔ no findings (1 file, 1 statement)\n${notRunLine}\n`);
  });

  it('json: summary.rulesNotRun lists each rule and why; a source folder lets the source rules run', () => {
    const run = runBuiltCli(['--no-shadow', '--format', 'json'], {
      cwd: project([TABLE, { path: 'src/app.ts', text: 'export const a = 1;\n' }]),
    });
    expect(JSON.parse(run.stdout).summary.rulesNotRun).toEqual([
      ...OBSERVING_RULES.map((ruleId) => ({ ruleId, reason: NOT_OBSERVED })),
      ...SCHEMA_RULES.map((ruleId) => ({ ruleId, reason: '--no-shadow and no --db' })),
      ...LIVE_NOT_RUN,
    ]);
  });

  it('sarif: a note notification per rule, naming it', () => {
    const run = runBuiltCli(['--no-shadow', '--format', 'sarif'], {
      cwd: project([TABLE]),
    });
    const notifications = JSON.parse(run.stdout).runs[0].invocations[0].toolExecutionNotifications;
    expect(notifications).toContainEqual({
      descriptor: { id: 'rule-not-run' },
      associatedRule: { id: 'fk-index' },
      level: 'note',
      message: { text: 'fk-index did not run: --no-shadow and no --db' },
    });
    expect(notifications).toHaveLength(
      OBSERVING_RULES.length + SCHEMA_RULES.length + 2 + LIVE_NOT_RUN.length,
    );
  });

  it('markdown: a line naming them', () => {
    const run = runBuiltCli(['--no-shadow', '--format', 'markdown'], {
      cwd: project([TABLE]),
    });
    expect(run.stdout).toContain(
      '\n\nNot run: `table-rewrite`, `lock-timeout`, `long-exclusive-lock` (no shadow replay, where its locks are observed); `fk-index`, `rls-enabled`, ',
    );
    expect(run.stdout).toContain(
      '`replay-error` (--no-shadow and no --db); `phi-cache`, `cache-ttl` (no app source folder matches `[phi] source` and no --redis); ',
    );
  });

  it('with the shadow on, the schema rules run and only the source rules are listed', () => {
    const run = runBuiltCli(['--format', 'json'], { cwd: project([TABLE]) });
    expect(JSON.parse(run.stdout).summary.rulesNotRun).toEqual([
      { ruleId: 'phi-cache', reason: 'no app source folder matches `[phi] source` and no --redis' },
      { ruleId: 'cache-ttl', reason: 'no app source folder matches `[phi] source` and no --redis' },
      ...LIVE_NOT_RUN,
    ]);
  });
});
