// A reader that stops early (`| head -1`) or never reads (`| true`) closes the pipe under the CLI: the run
// must end quietly with the lint's own exit code, not print an internal error.

import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI } from '../helpers/cli.ts';
import { writeProject } from '../helpers/examples.ts';

const projects: { remove(): void }[] = [];
afterEach(() => projects.splice(0).forEach((created) => created.remove()));

/** A project whose report is far larger than a pipe's buffer, so the writer meets the closed end. */
function noisyProject(): string {
  const indexes = Array.from({ length: 3000 }, (_, n) => `create index i${n} on public.t (id);\n`);
  const created = writeProject([
    { path: 'supabase/migrations/20250101000000_t.sql', text: 'create table public.t (id int);\n' },
    { path: 'supabase/migrations/20250102000000_i.sql', text: indexes.join('') },
  ]);
  projects.push(created);
  return created.root;
}

/** Runs `node cli.js <args> | <reader>` in a shell; the CLI's exit code is printed on stderr. */
function pipeInto(reader: string, args: string[], cwd: string) {
  const script = `{ "$0" "$@"; echo "exit $?" >&2; } | ${reader}`;
  const run = spawnSync('sh', ['-c', script, process.execPath, CLI, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
  });
  return { stdout: run.stdout, stderr: run.stderr };
}

describe('a closed stdout', () => {
  it('`| head -1` shows the first line and ends quietly with the lint exit code', () => {
    const run = pipeInto('head -1', ['--no-shadow'], noisyProject());
    expect(run.stdout).toBe(
      'error[concurrent-index]: `CREATE INDEX` on existing table `public.t` without CONCURRENTLY blocks writes for the whole build\n',
    );
    expect(run.stderr).toBe('exit 1\n');
  });

  it('with --format json, too', () => {
    const run = pipeInto('head -c 20', ['--no-shadow', '--format', 'json'], noisyProject());
    expect(run.stdout).toBe('{\n  "findings": [\n  ');
    expect(run.stderr).toBe('exit 1\n');
  });

  it('closed before the first write (`| true`)', () => {
    const run = pipeInto('true', ['--no-shadow', '--format', 'sarif'], noisyProject());
    expect(run.stderr).toBe('exit 1\n');
  });
});
