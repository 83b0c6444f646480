// A parallel static lint decodes only the parse trees that the history and the active rules declare
// (`meta.statementKinds`); every other statement keeps just its byte range. A rule that reads a node type
// it did not declare would find nothing there, but only in large projects (the parallel path), so every
// rule page's examples, the example app and a statement of each hinted type are linted here both ways,
// under each runner, and must give the same findings.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.ts';
import { defaultConfig } from '../../src/config.ts';
import { checkMigrations } from '../../src/engine.ts';
import { migrationFileFromBytes } from '../../src/history/migration-files.ts';
import { treeNeedsOf } from '../../src/parallel/range.ts';
import { loadKeptTreesParser } from '../../src/parse/kept-trees.ts';
import { loadParser } from '../../src/parse/parse-file.ts';
import { parseRulePage } from '../helpers/examples.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Sample {
  name: string;
  files: { name: string; text: string }[];
}

function samples(): Sample[] {
  const pages = readdirSync(path.join(ROOT, 'rules'))
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .map((name) => {
      const page = parseRulePage(readFileSync(path.join(ROOT, 'rules', name), 'utf8'));
      const files = [...page.invalid, ...page.valid]
        .filter((file) => file.path.endsWith('.sql'))
        .map((file) => ({ name: path.basename(file.path), text: file.text }));
      return { name: `rules/${name}`, files };
    });
  const exampleDir = path.join(ROOT, 'examples/clinic-app/supabase/migrations');
  const example = readdirSync(exampleDir)
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(exampleDir, name), 'utf8') }));
  return [
    ...pages.filter((sample) => sample.files.length > 0),
    { name: 'examples/clinic-app', files: example },
    { name: 'every hinted statement type', files: EVERY_HINTED_KIND },
  ];
}

/** One statement of each node type a rule hints at, on an existing table, where a finding depends on it. */
const EVERY_HINTED_KIND = [
  {
    name: '20250101000000_t.sql',
    text: 'create table public.t (a int, b int);\ncreate index t_b on public.t (b);\ncreate index t_c on public.t (a, b);\n',
  },
  {
    name: '20250102000000_changes.sql',
    text: [
      'begin;',
      'create index concurrently t_a on public.t (a);',
      'commit;',
      'drop index t_b;',
      'reindex index t_c;',
      'alter table public.t add constraint t_a_positive check (a > 0);',
      '',
    ].join('\n'),
  },
];

const RUNNERS = ['supabase', 'psql', 'transaction'] as const;

function lintSample(sample: Sample, pruned: boolean, runner: (typeof RUNNERS)[number]): string[] {
  const config = defaultConfig(ROOT);
  config.runner = runner;
  const needs = pruned ? treeNeedsOf(allRules, config) : undefined;
  const files = sample.files.map((file) =>
    migrationFileFromBytes(
      path.join(ROOT, 'supabase/migrations', file.name),
      `supabase/migrations/${file.name}`,
      Buffer.from(file.text),
      needs,
    ),
  );
  const findings = checkMigrations({ files, allFiles: files, firstFileNumber: 0, rules: allRules, config });
  return findings.map((finding) => JSON.stringify(finding)).sort();
}

beforeAll(async () => {
  await loadParser();
  await loadKeptTreesParser();
});

describe('pruned parse trees', () => {
  it('prunes something: the hints leave most statement types out', () => {
    const needs = treeNeedsOf(allRules, defaultConfig(ROOT));
    expect(needs).toBeDefined();
    expect(needs!.has('InsertStmt')).toBe(false);
  });

  it.each(samples().map((sample) => [sample.name, sample] as const))(
    '%s: the same findings with and without pruning, under every runner',
    (_name, sample) => {
      for (const runner of RUNNERS) {
        const full = lintSample(sample, false, runner);
        expect(lintSample(sample, true, runner), runner).toEqual(full);
      }
    },
  );
});
