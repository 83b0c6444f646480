// --now, SCRIBE_LINT_NOW and SCRIBE_LINT_THREADS are read strictly: a date that does not exist, an empty
// value or a thread count that is not a whole number is a one-line usage error naming it, never a silent
// fallback (a date rule judged on another day, a thread count quietly replaced).

import { afterEach, describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/cli.ts';
import { writeProject } from '../helpers/examples.ts';

const projects: { remove(): void }[] = [];
afterEach(() => projects.splice(0).forEach((created) => created.remove()));

function project(): string {
  const created = writeProject([
    { path: 'supabase/migrations/20250101000000_t.sql', text: 'create table public.t (id int);\n' },
  ]);
  projects.push(created);
  return created.root;
}

const dateError = (source: string, value: string) =>
  `scribe-lint: ${source} must be a date like 2026-01-15; got "${value}"\n`;

describe('the clock', () => {
  it.each(['2026-02-30', '2026-13-01', '', '2026-01-15T25:00:00Z', 'March 3', '1'])(
    '--now %j is a usage error naming the value',
    (value) => {
      const run = runBuiltCli(['--no-shadow', '--now', value], { cwd: project() });
      expect(run).toMatchObject({ status: 2, stdout: '', stderr: dateError('--now', value) });
    },
  );

  it.each(['2026-02-30', ''])('SCRIBE_LINT_NOW=%j is a usage error naming the value', (value) => {
    const run = runBuiltCli(['--no-shadow'], { cwd: project(), env: { SCRIBE_LINT_NOW: value } });
    expect(run).toMatchObject({ status: 2, stdout: '', stderr: dateError('SCRIBE_LINT_NOW', value) });
  });

  it.each(['2024-02-29', '2026-01-15T08:30:00Z', '2026-01-15T08:30', '2026-01-15T23:30:00-02:00'])(
    'accepts the real date or timestamp %j',
    (value) => {
      const run = runBuiltCli(['--no-shadow', '--now', value], { cwd: project() });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    },
  );
});

describe('SCRIBE_LINT_THREADS', () => {
  it.each(['abc', '0', '-1', '1.5', ''])('%j is a usage error naming the value', (value) => {
    const run = runBuiltCli(['--no-shadow'], { cwd: project(), env: { SCRIBE_LINT_THREADS: value } });
    expect(run).toMatchObject({
      status: 2,
      stdout: '',
      stderr: `scribe-lint: SCRIBE_LINT_THREADS must be a whole number of at least 1; got "${value}"\n`,
    });
  });

  it('a whole number is taken', () => {
    const run = runBuiltCli(['--no-shadow'], { cwd: project(), env: { SCRIBE_LINT_THREADS: '2' } });
    expect(run.status).toBe(0);
  });
});
