// The config is found from a subdirectory (upward to the repository root), paths in it stay relative to
// its folder, errno codes reach the user in words, and a misspelt key gets the nearest valid one.

import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/cli.ts';
import { writeProject } from '../helpers/examples.ts';

const projects: { remove(): void }[] = [];
function project(files: { path: string; text: string }[]): string {
  const created = writeProject(files);
  projects.push(created);
  return created.root;
}
afterEach(() => projects.splice(0).forEach((created) => created.remove()));

const TABLE = 'create table public.clients (id uuid primary key, user_id uuid);\n';
const INDEX = 'create index idx_clients_user on public.clients (user_id);\n';
const repository = (config: string) => [
  { path: '.git/HEAD', text: 'ref: refs/heads/main\n' },
  { path: 'scribe-lint.toml', text: config },
  { path: 'db/migrations/20250101000000_tables.sql', text: TABLE },
  { path: 'db/migrations/20250102000000_index.sql', text: INDEX },
  { path: 'app/web/README.md', text: 'a subfolder\n' },
];

describe('finding the config', () => {
  it('from a subdirectory, with its paths relative to the folder it is in', () => {
    const root = project(repository('migrations = "db/migrations"\n[rules]\nconcurrent-index = "warning"\n'));
    const run = runBuiltCli(['--no-shadow', '--format', 'json'], { cwd: path.join(root, 'app/web') });
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout);
    expect(report.summary.files).toBe(2);
    expect(report.findings).toMatchObject([
      {
        ruleId: 'concurrent-index',
        severity: 'warning',
        // Outside the working directory, a finding's path is absolute.
        file: path.join(root, 'db/migrations/20250102000000_index.sql'),
      },
    ]);
  });

  it('--since from a subdirectory sees the changed files above it', () => {
    const root = project(
      repository('migrations = "db/migrations"\n').filter((file) => !file.path.startsWith('.git')),
    );
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
        cwd: root,
        stdio: 'pipe',
      });
    git('init', '-q');
    git('add', 'scribe-lint.toml', 'db/migrations/20250101000000_tables.sql', 'app');
    git('commit', '-qm', 'base');
    const run = runBuiltCli(['--no-shadow', '--since', 'HEAD', '--format', 'json'], {
      cwd: path.join(root, 'app/web'),
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).findings).toMatchObject([{ ruleId: 'concurrent-index', new: true }]);
    expect(run.status).toBe(1);
  });

  it('not above the repository root (the folder holding .git)', () => {
    const outer = project([{ path: 'scribe-lint.toml', text: 'this is not toml = = =\n' }]);
    const inner = path.join(outer, 'repo');
    mkdirSync(path.join(inner, '.git'), { recursive: true });
    const run = runBuiltCli(['--no-shadow'], { cwd: inner });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

describe('one-line errors in words', () => {
  it.each([
    [['--config', 'missing.toml'], 'scribe-lint: cannot read config missing.toml: no such file\n'],
    [['--config', 'db'], 'scribe-lint: cannot read config db: is a directory\n'],
    [['--output', 'db'], 'scribe-lint: cannot write db: is a directory\n'],
  ])('%j', (args, stderr) => {
    const root = project(repository('migrations = "db/migrations"\n'));
    expect(runBuiltCli(['--no-shadow', ...args], { cwd: root })).toMatchObject({ status: 2, stderr });
  });

  it('an unknown key suggests the nearest valid one', () => {
    const root = project(repository('migrations = "db/migrations"\n[audit]\nrunway_month = 6\n'));
    const run = runBuiltCli(['--no-shadow'], { cwd: path.join(root, 'app') });
    expect(run).toMatchObject({
      status: 2,
      stderr:
        'scribe-lint: ../scribe-lint.toml: unknown key "audit.runway_month"; did you mean "runway_months"?\n',
    });
  });
});
