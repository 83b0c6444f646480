// A static lint of a large history runs on several threads (src/parallel). It must report exactly what
// the single-threaded engine reports, including findings that depend on files another thread parsed.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runBuiltCli } from './helpers/cli.ts';
import { writeProject } from './helpers/examples.ts';

const project = writeProject([]);
afterAll(() => project.remove());

it('finds the same things on two threads as on one, across the boundary between their files', () => {
  const filler =
    "insert into public.audit_events (note) values ('filler row to make the file large enough');\n".repeat(
      3000,
    );
  const dir = path.join(project.root, 'supabase/migrations');
  for (let i = 0; i < 40; i++) {
    const version = `202501010000${String(i).padStart(2, '0')}`;
    // Early files create tables; late files index them (existing: findings) and their own new tables (none).
    const ddl =
      i < 20
        ? `create table public.t${i} (a int);\n`
        : `create index i${i} on public.t${i - 20} (a);\ncreate table public.n${i} (a int);\ncreate index j${i} on public.n${i} (a);\n`;
    writeFileSync(path.join(dir, `${version}_m${i}.sql`), ddl + filler);
  }
  // A duplicate version whose twin sits in the other thread's half.
  writeFileSync(path.join(dir, '20250101000001_duplicate.sql'), 'select 1;\n');
  // A broken statement in each half: those files take the parser's error path, not the fast one.
  for (const version of ['20250101000005', '20250101000035'])
    writeFileSync(
      path.join(dir, `${version}_z_broken.sql`),
      `create table broken_${version} (a int);\nselect from where;\n${filler}`,
    );

  const run = (threads: string) =>
    runBuiltCli(['--no-shadow', '--format', 'json'], {
      cwd: project.root,
      env: { SCRIBE_LINT_THREADS: threads },
    });
  const single = run('1');
  const parallel = run('2');
  expect(parallel.stderr).toBe('');
  expect(parallel.stdout).toBe(single.stdout);
  const findings = JSON.parse(parallel.stdout).findings as { ruleId: string; file: string; line: number }[];
  const byRule = (id: string) => findings.filter((finding) => finding.ruleId === id);
  expect(
    byRule('concurrent-index').map((finding) => `${path.basename(finding.file)}:${finding.line}`),
  ).toEqual(
    Array.from({ length: 20 }, (_, k) => `202501010000${String(k + 20).padStart(2, '0')}_m${k + 20}.sql:1`),
  );
  expect(byRule('migration-filename').map((finding) => path.basename(finding.file))).toEqual([
    '20250101000001_m1.sql',
    '20250101000005_z_broken.sql',
    '20250101000035_z_broken.sql',
  ]);
  expect(byRule('parse-error').map((finding) => `${path.basename(finding.file)}:${finding.line}`)).toEqual([
    '20250101000005_z_broken.sql:2',
    '20250101000035_z_broken.sql:2',
  ]);
}, 120_000);
