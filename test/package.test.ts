// The package as users get it: `npm pack`, installed from the tarball into an empty folder with no other
// packages. dist/ is self-contained, so the install must bring nothing else, and both the CLI and the
// Action entry must run from it.

import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_DIST } from './helpers/cli.ts';
import { makeWorkspace, runAction } from './action/run-action.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'scribe-lint-package-'));
const installed = path.join(work, 'consumer', 'node_modules', 'scribe-lint');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The package folder as `npm pack` would see it in the repository, with this run's build as dist/. */
function stagePackage(): string {
  const staged = path.join(work, 'staged');
  mkdirSync(path.join(staged, 'rules'), { recursive: true });
  cpSync(path.join(ROOT, 'package.json'), path.join(staged, 'package.json'));
  cpSync(path.join(ROOT, 'action.yml'), path.join(staged, 'action.yml'));
  cpSync(path.join(ROOT, 'README.md'), path.join(staged, 'README.md'));
  for (const name of readdirSync(path.join(ROOT, 'rules')).filter((file) => file.endsWith('.md')))
    cpSync(path.join(ROOT, 'rules', name), path.join(staged, 'rules', name));
  cpSync(BUILT_DIST, path.join(staged, 'dist'), { recursive: true });
  return staged;
}

const npm = (args: string[], cwd: string) =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8' });

beforeAll(() => {
  const staged = stagePackage();
  const tarball = npm(['pack', '--pack-destination', work], staged).trim().split('\n').at(-1)!;
  const consumer = path.join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(path.join(consumer, 'package.json'), '{"name":"consumer","private":true}\n');
  npm(['install', '--offline', path.join(work, tarball)], consumer);
}, 180_000);

describe('the packed package', () => {
  it('declares no run-time dependencies and installs nothing but itself', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(
      readdirSync(path.join(work, 'consumer', 'node_modules')).filter((name) => !name.startsWith('.')),
    ).toEqual(['scribe-lint']);
  });

  it('runs the CLI on the example app from the installed package', () => {
    const app = path.join(work, 'clinic-app');
    cpSync(path.join(ROOT, 'examples/clinic-app'), app, { recursive: true });
    const run = spawnSync(process.execPath, [path.join(installed, 'dist/cli.js'), '--format', 'json'], {
      cwd: app,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: work, SCRIBE_LINT_NOW: '2025-11-15', SCRIBE_LINT_NO_CACHE: '1' },
      timeout: 120_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string }[] };
    expect(report.findings.map((finding) => finding.ruleId)).toContain('fk-index');
  });

  it('runs the Action entry from the installed package', async () => {
    const workspace = makeWorkspace({
      'supabase/migrations/20250101000000_t.sql': 'create table public.t (id int primary key);\n',
    });
    try {
      const run = await runAction({
        actionDir: installed,
        workspace,
        apiUrl: '',
        token: '',
        event: 'schedule',
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);
      // The table lacks RLS, and the project has no audit table yet: two errors, as the summary says.
      expect(run.outputs.errors).toBe('2');
      expect(run.summary).toContain('table `public.t` does not have row level security enabled');
      expect(run.summary).toContain('audit table `audit_logs` does not exist');
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });
});
