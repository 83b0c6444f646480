import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../catalog/helpers.ts';
import { GitHubStandIn } from './github-standin.ts';
import { installAction, makeWorkspace, runAction } from './run-action.ts';

// The scheduled production audit's job summary carries SPEC-2's baseline (src/baseline) after the findings;
// a pull request's summary does not. The shared server has no pg_stat_statements loaded, so the latency
// rows say what is missing: the report is whole, the figures it could not read are named.
const TOKEN = 'ghs_standInToken0123456789';

let actionDir: string;
const cleanup: string[] = [];
const api = new GitHubStandIn(TOKEN);
let database: TestDatabase;

beforeAll(async () => {
  actionDir = installAction();
  cleanup.push(actionDir);
  await api.start();
  database = await createTestDatabase();
  await database.exec(`create table public.notes (id bigint primary key, body text);
    alter table public.notes enable row level security;
    insert into public.notes select g, 'x' from generate_series(1, 100) g;`);
});

afterAll(async () => {
  await api.stop();
  await database?.drop();
  for (const folder of cleanup) rmSync(folder, { recursive: true, force: true });
});

describe('the baseline in the job summary', () => {
  test('a scheduled audit with database-url adds the success metrics and the baseline tables', async () => {
    const root = makeWorkspace({});
    cleanup.push(root);
    const run = await runAction({
      actionDir,
      workspace: root,
      apiUrl: api.baseUrl,
      token: TOKEN,
      event: 'schedule',
      inputs: { 'database-url': database.url },
    });
    expect(run.stdout).not.toContain('could not measure the baseline');
    expect(run.summary).toContain('## scribe-lint baseline of `');
    expect(run.summary).toMatch(
      /\| Connection pool usage \| \d+\.\d % \(\d+ of \d+ connections\) \| < 70 % \| met \|/,
    );
    expect(run.summary).toContain(
      '| p95 query latency | not measured: statement latency: the pg_stat_statements extension is not installed',
    );
    expect(run.summary).toMatch(
      /### Largest tables\n\n\| table \| total size \|\n\| --- \| --- \|\n\| public\.notes \| \d+ kB \|/,
    );
  }, 90_000);

  test('a pull request run has no baseline', async () => {
    const root = makeWorkspace({ 'supabase/migrations/20250101000000_init.sql': 'select 1;\n' });
    cleanup.push(root);
    api.files = ['supabase/migrations/20250101000000_init.sql'];
    const run = await runAction({
      actionDir,
      workspace: root,
      apiUrl: api.baseUrl,
      token: TOKEN,
      event: 'pull_request',
      pull: { number: 7, changedFiles: 1 },
      inputs: { 'database-url': database.url, shadow: 'false' },
    });
    expect(run.summary).not.toContain('baseline');
  }, 90_000);
});
