// The incremental shadow as a user meets it: `scribe-lint` on the example app, then again after a pull
// request added a migration. The warm run restores the base branch's replay and replays the new file only;
// its JSON findings are those of a cold `--no-cache` run. `--no-cache` leaves the cache folder alone.

import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli/args.ts';
import { runBuiltCli } from '../helpers/cli.ts';

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function tempFolder(prefix: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
}

interface Report {
  findings: unknown[];
  summary: { replay: { errors: unknown[]; restoredFiles?: number; filesReplayed: number } | null };
}

function lintJson(cwd: string, cacheDir: string, extra: string[] = []): Report {
  const run = runBuiltCli(['--format', 'json', '--fail-on', 'never', '--now', '2025-11-15', ...extra], {
    cwd,
    env: { SCRIBE_LINT_CACHE_DIR: cacheDir },
    timeoutMs: 180_000,
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as Report;
}

const PULL_REQUEST = `alter table public.clients add column nickname text;
create index idx_clients_nickname on public.clients (nickname);
create table public.reminders (id bigint primary key, client_id uuid references public.clients (id));
`;

describe('scribe-lint with a warm cache', () => {
  it('a pull request adding a migration replays only it, and finds what a --no-cache run finds', () => {
    const project = tempFolder('scribe-lint-incremental-app-');
    cpSync(path.resolve('examples/clinic-app'), project, { recursive: true });
    const cacheDir = tempFolder('scribe-lint-incremental-cache-');

    const base = lintJson(project, cacheDir);
    expect(readdirSync(cacheDir).filter((name) => /^replay-[0-9a-f]+\.json$/.test(name))).toHaveLength(1);
    const applied = base.summary.replay!.filesReplayed;

    writeFileSync(path.join(project, 'supabase/migrations/20250201000000_reminders.sql'), PULL_REQUEST);
    const warm = lintJson(project, cacheDir);
    const cold = lintJson(project, cacheDir, ['--no-cache']);
    expect(warm.summary.replay?.restoredFiles).toBe(applied);
    expect(cold.summary.replay?.restoredFiles).toBe(0);
    expect(warm.summary.replay?.filesReplayed).toBe(applied + 1);
    expect(warm.findings).toEqual(cold.findings);
    expect(warm.summary.replay?.errors).toEqual(cold.summary.replay?.errors);
  }, 600_000);

  it('--no-cache neither reads nor writes the cache folder', () => {
    const cacheDir = tempFolder('scribe-lint-incremental-cache-');
    lintJson(path.resolve('examples/clinic-app'), cacheDir, ['--no-cache']);
    expect(readdirSync(cacheDir)).toEqual([]);
  }, 300_000);

  it('--no-cache is the flag form of SCRIBE_LINT_NO_CACHE=1, and leaves the environment alone', () => {
    const env: NodeJS.ProcessEnv = {};
    expect(parseCliArgs(['--no-cache'], env).cache).toBe(false);
    expect(env).toEqual({});
    expect(parseCliArgs([], {}).cache).toBe(true);
    expect(parseCliArgs([], { SCRIBE_LINT_NO_CACHE: '1' }).cache).toBe(false);
  });
});
