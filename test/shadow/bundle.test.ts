// The bundled CLI, copied alone into an empty folder (as on an Actions runner), runs the shadow replay:
// PGlite's extension tarballs and the seed are found beside the bundle, and the worker entry stops a
// statement that never ends.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_DIST } from '../helpers/cli.ts';

const work = mkdtempSync(path.join(tmpdir(), 'scribe-lint-bundle-'));
const dist = path.join(work, 'dist');
const app = path.join(work, 'app');
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(() => {
  cpSync(BUILT_DIST, dist, { recursive: true });
  mkdirSync(path.join(app, 'supabase', 'migrations'), { recursive: true });
}, 120_000);

interface JsonReport {
  findings: { ruleId: string; message: string; file?: string; line?: number; column?: number }[];
  summary: { replay: { errors: unknown[]; warmStart: boolean } | null };
}

function lint(migrations: Record<string, string>, env: Record<string, string> = {}): JsonReport {
  const folder = path.join(app, 'supabase', 'migrations');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const [name, sql] of Object.entries(migrations)) writeFileSync(path.join(folder, name), sql);
  const run = spawnSync(process.execPath, [path.join(dist, 'cli.js'), '--format', 'json'], {
    cwd: app,
    encoding: 'utf8',
    env: { ...process.env, SCRIBE_LINT_CACHE_DIR: path.join(work, 'cache'), ...env },
    timeout: 60_000,
  });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as JsonReport;
}

const schemaFindings = (report: JsonReport) =>
  report.findings
    .filter((finding) => ['fk-index', 'replay-error'].includes(finding.ruleId))
    .map(({ ruleId, message, file, line, column }) => ({ ruleId, message, file, line, column }));

describe('bundled shadow replay from an empty folder', () => {
  it('loads pgcrypto and uuid-ossp from beside the bundle and starts from the shipped seed', () => {
    const report = lint({
      '20250101000000_init.sql': `create extension if not exists pgcrypto with schema extensions;
create extension if not exists "uuid-ossp" with schema extensions;
create table public.parents (id uuid primary key default extensions.uuid_generate_v4(), token text default encode(extensions.gen_random_bytes(8), 'hex'));
insert into public.parents (token) values (extensions.crypt('secret', extensions.gen_salt('bf')));
create table public.children (id uuid primary key default gen_random_uuid(), parent_id uuid references public.parents (id));
`,
    });
    expect(report.summary.replay).toMatchObject({ errors: [], warmStart: true });
    expect(schemaFindings(report)).toEqual([
      {
        ruleId: 'fk-index',
        message:
          'foreign key `children_parent_id_fkey` on `public.children` (parent_id) referencing `public.parents` has no covering index',
        file: 'supabase/migrations/20250101000000_init.sql',
        line: 5,
        // the column definition with the inline REFERENCES
        column: 78,
      },
    ]);
  }, 60_000);

  it('replays again with pgcrypto when a call its text did not show needed the library', () => {
    // No `create extension`, and no call by name in the text: only the replay finds the library missing.
    const report = lint({
      '20250101000000_dynamic.sql': `create table public.secrets (id bigint primary key, hash text not null);
do $$ begin
  execute format('insert into public.secrets values (1, %s(%L, %L))', 'extensions.cry' || 'pt', 'secret', '$1$abcdefgh');
end $$;
create table public.readers (id bigint primary key, secret_id bigint references public.secrets (id));
`,
    });
    expect(report.summary.replay?.errors).toEqual([]);
    expect(schemaFindings(report).map((finding) => [finding.ruleId, finding.line])).toEqual([
      ['fk-index', 5],
    ]);
  }, 60_000);

  it("loads pgcrypto for a history that drops the stand-in's and creates it again", () => {
    const report = lint({
      '20250101000000_again.sql': `drop extension pgcrypto;
create extension pgcrypto with schema extensions;
`,
    });
    expect(report.summary.replay?.errors).toEqual([]);
  }, 60_000);

  it('starts again with the build the parsed files need when their text hid it from the early start', () => {
    // The shadow starts from the files' text before the parse; a comment inside the words keeps the text
    // scan from seeing this extension, and only the parse tree shows it.
    const report = lint({
      '20250101000000_vector.sql': `create /* embeddings */ extension vector with schema extensions;
create table public.notes (id bigint primary key, embedding extensions.vector(3));
`,
    });
    expect(report.summary.replay?.errors).toEqual([]);
  }, 60_000);

  it('stops a statement that never ends and replays the rest', () => {
    const report = lint(
      {
        '20250101000000_hang.sql': `create table public.parents (id uuid primary key);
select pg_sleep(1e9);
create table public.children (id uuid primary key, parent_id uuid references public.parents (id));
`,
      },
      { SCRIBE_LINT_SHADOW_TIMEOUT_MS: '1500' },
    );
    expect(schemaFindings(report)).toEqual([
      {
        ruleId: 'replay-error',
        message:
          'statement failed on replay: did not finish within 1.5 s; it was skipped and the replay went on without it',
        file: 'supabase/migrations/20250101000000_hang.sql',
        line: 2,
        column: 1,
      },
      {
        ruleId: 'fk-index',
        message:
          'foreign key `children_parent_id_fkey` on `public.children` (parent_id) referencing `public.parents` has no covering index',
        file: 'supabase/migrations/20250101000000_hang.sql',
        line: 3,
        column: 52,
      },
    ]);
  }, 60_000);

  it('stops at the overall budget and runs no schema rule on the incomplete shadow', () => {
    const report = lint(
      {
        '20250101000000_hang.sql': `create table public.children (id uuid primary key, parent_id uuid);
select pg_sleep(1e9);
`,
      },
      { SCRIBE_LINT_SHADOW_TIMEOUT_MS: '60000', SCRIBE_LINT_SHADOW_BUDGET_MS: '2500' },
    );
    // No rls-enabled, audit-partitioned or partition-runway findings about a schema that is half there.
    expect(report.findings.map((finding) => finding.ruleId)).toEqual(['replay-error']);
    expect(report.findings[0].message).toMatch(/schema rules were not run on the incomplete shadow$/);
  }, 60_000);

  it('ends when the shadow worker it booted ahead of the replay had nothing to replay', () => {
    // The worker starts before the history is read (pglite.ts `prewarmShadow`); an idle one must not
    // keep the process alive, or a run with no migration files would never end.
    const report = lint({});
    expect(report.summary.replay).toBeNull();
    expect(report.findings).toEqual([]);
  }, 60_000);
});
