// With --since, a table that only the change creates is not in production yet: an index or constraint on
// it, even in a later file of the same change, cannot block anyone. The parallel static path agrees.

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/cli.ts';
import { writeProject } from '../helpers/examples.ts';

const projects: { remove(): void }[] = [];
afterEach(() => projects.splice(0).forEach((created) => created.remove()));

/** A git repository whose first commit holds the base history; `change` is written after it. */
function repository(base: Record<string, string>, change: Record<string, string>): string {
  const created = writeProject(
    Object.entries(base).map(([name, text]) => ({ path: `supabase/migrations/${name}`, text })),
  );
  projects.push(created);
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
      cwd: created.root,
      stdio: 'pipe',
    });
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'base');
  for (const [name, text] of Object.entries(change))
    writeFileSync(path.join(created.root, 'supabase/migrations', name), text);
  return created.root;
}

const BASE = { '20250101000000_clients.sql': 'create table public.clients (id uuid primary key);\n' };
const CHANGE = {
  '20250201000000_notes.sql': 'create table public.notes (id uuid primary key, client_id uuid, body text);\n',
  '20250202000000_notes_index.sql':
    'create index idx_notes_client on public.notes (client_id);\n' +
    "alter table public.notes add constraint notes_body check (body <> '');\n" +
    'create index idx_clients_id on public.clients (id);\n',
};

function findingsOf(stdout: string): string[] {
  const report = JSON.parse(stdout) as { findings: { ruleId: string; file: string; line: number }[] };
  return report.findings.map((finding) => `${finding.ruleId} ${path.basename(finding.file)}:${finding.line}`);
}

describe('--since: tables created by the change are new', () => {
  it('an index or constraint on a table an earlier file of the change created is not flagged', () => {
    const root = repository(BASE, CHANGE);
    const run = runBuiltCli(['--no-shadow', '--since', 'HEAD', '--format', 'json'], { cwd: root });
    // Only the index on `clients`, which production already has, is reported.
    expect(findingsOf(run.stdout)).toEqual(['concurrent-index 20250202000000_notes_index.sql:3']);
    expect(run.status).toBe(1);
  });

  it('without --since the same files are judged as history: the table predates the index file', () => {
    const root = repository(BASE, CHANGE);
    const run = runBuiltCli(['--no-shadow', '--format', 'json'], { cwd: root });
    expect(findingsOf(run.stdout)).toEqual([
      'concurrent-index 20250202000000_notes_index.sql:1',
      'constraint-not-valid 20250202000000_notes_index.sql:2',
      'concurrent-index 20250202000000_notes_index.sql:3',
    ]);
  });

  it('the parallel static path gives the same result', () => {
    // Over 2 MB, so two threads share the files: the main thread parses up to the filler, which follows
    // the change's CREATE TABLE; the worker gets the index file and rebuilds the history it needs.
    const filler = 'insert into public.clients (id) values (gen_random_uuid()); -- filler row\n'.repeat(
      30_000,
    );
    const base = BASE;
    const change = { ...CHANGE, '20250201000001_filler.sql': filler };
    const root = repository(base, change);
    const run = (threads: string) =>
      runBuiltCli(['--no-shadow', '--since', 'HEAD', '--format', 'json'], {
        cwd: root,
        env: { SCRIBE_LINT_THREADS: threads },
      });
    const parallel = run('2');
    expect(parallel.stderr).toBe('');
    expect(findingsOf(parallel.stdout)).toEqual(['concurrent-index 20250202000000_notes_index.sql:3']);
    expect(parallel.stdout).toBe(run('1').stdout);
  });
});
