// The parallel static lint runs whichever rules the run was given, not always all of them: the workers get
// the rules' ids (a rule is code and cannot cross a thread) and look them up in rules/index.ts.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.ts';
import { defaultConfig } from '../src/config.ts';
import { parallelRuleIds } from '../src/lint.ts';
import { loadKeptTreesParser } from '../src/parse/kept-trees.ts';
import { loadParser } from '../src/parse/parse-file.ts';
import { FileRange, rulesWithIds } from '../src/parallel/range.ts';
import type { Rule } from '../src/types.ts';
import { runBuiltCli } from './helpers/cli.ts';
import { writeProject } from './helpers/examples.ts';

const project = writeProject([]);
afterAll(() => project.remove());
const migrations = path.join(project.root, 'supabase/migrations');

const ruleWithId = (id: string): Rule => allRules.find((rule) => rule.meta.id === id)!;

describe('the rule set of a parallel run', () => {
  it('is sent as ids for any subset of the bundled rules, and not at all for a rule of its own', () => {
    const subset = [ruleWithId('concurrent-index'), ruleWithId('parse-error')];
    expect(parallelRuleIds(subset)).toEqual(['concurrent-index', 'parse-error']);
    expect(parallelRuleIds(allRules)).toEqual(allRules.map((rule) => rule.meta.id));
    const own: Rule = { meta: { ...ruleWithId('parse-error').meta, id: 'own' }, checkStatement: () => {} };
    expect(parallelRuleIds([...subset, own])).toBeUndefined();
  });

  it('is looked up by id in a worker, and an unknown id is refused by name', () => {
    expect(rulesWithIds(['parse-error', 'concurrent-index'])).toEqual([
      ruleWithId('parse-error'),
      ruleWithId('concurrent-index'),
    ]);
    expect(() => rulesWithIds(['no-such-rule'])).toThrow(
      'no bundled rule has the id `no-such-rule`, so it cannot run in a worker',
    );
  });

  it('runs only the rules it was given on a range of files', async () => {
    await Promise.all([loadParser(), loadKeptTreesParser()]);
    // Outside the migrations folder, which the command-line test below lints.
    mkdirSync(path.join(project.root, 'range'), { recursive: true });
    const file = path.join(project.root, 'range/20250101000000_range.sql');
    writeFileSync(
      file,
      'create table public.r (a int);\ncreate index r_a on public.r (a);\nselect from where;\n',
    );
    const input = (ruleIds: string[]) => ({
      paths: [file],
      firstFileNumber: 0,
      allPaths: [file],
      cwd: project.root,
      config: defaultConfig(project.root),
      ruleIds,
    });
    const ruleIdsFound = (ruleIds: string[]) =>
      new FileRange(input(ruleIds)).check([], defaultConfig(project.root)).map((finding) => finding.ruleId);
    expect(ruleIdsFound(['parse-error'])).toEqual(['parse-error']);
    expect(ruleIdsFound([])).toEqual([]);
  });
});

it('reports on two threads what it reports on one when the config turns rules off', () => {
  const filler =
    "insert into public.audit_events (note) values ('filler row to make the file large enough');\n".repeat(
      3000,
    );
  for (let i = 0; i < 40; i++) {
    const version = `202502010000${String(i).padStart(2, '0')}`;
    const ddl =
      i < 20 ? `create table public.t${i} (a int);\n` : `create index i${i} on public.t${i - 20} (a);\n`;
    writeFileSync(path.join(migrations, `${version}_m${i}.sql`), ddl + filler);
  }
  writeFileSync(path.join(migrations, '20250201000035_z_broken.sql'), `select from where;\n${filler}`);
  writeFileSync(
    path.join(project.root, 'scribe-lint.toml'),
    '[rules]\nconcurrent-index = "off"\nmigration-filename = "off"\n',
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
  expect(
    findings.map((finding) => `${finding.ruleId} ${path.basename(finding.file)}:${finding.line}`),
  ).toEqual(['parse-error 20250201000035_z_broken.sql:1']);
}, 120_000);
