// A parallel static lint computes each statement's history effect once, right after parsing (to send to
// the other threads), and the engine applies those instead of computing them a second time. The effects
// given must be what the history model sees, statement by statement, in file order.

import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { allRules } from '../rules/index.ts';
import { defaultConfig } from '../src/config.ts';
import { checkMigrations } from '../src/engine.ts';
import { migrationFileFromBytes } from '../src/history/migration-files.ts';
import { historyEffectOf, type HistoryEffect } from '../src/history/model.ts';
import { loadParser } from '../src/parse/parse-file.ts';
import type { MigrationFile } from '../src/types.ts';

const ROOT = '/project';

function file(name: string, text: string): MigrationFile {
  return migrationFileFromBytes(
    path.join(ROOT, 'supabase/migrations', name),
    `supabase/migrations/${name}`,
    Buffer.from(text),
  );
}

const FILES = () => [
  file('20250101000000_tables.sql', 'create table public.t (a int);\ncreate table public.u (a int);\n'),
  file(
    '20250102000000_later.sql',
    'create index t_a on public.t (a);\nalter table public.u add column b int not null;\n',
  ),
];

function lint(files: MigrationFile[], effects?: (HistoryEffect | undefined)[][]): string[] {
  const config = defaultConfig(ROOT);
  return checkMigrations({ files, allFiles: files, firstFileNumber: 0, rules: allRules, config, effects })
    .map((finding) => `${finding.ruleId} ${finding.location?.line}`)
    .sort();
}

beforeAll(() => loadParser());

it('gives the same findings with the effects computed beforehand as without them', () => {
  const files = FILES();
  const effects = files.map((each) => each.statements.map(historyEffectOf));
  const computedHere = lint(FILES());
  expect(computedHere).toEqual(['add-column-required 2', 'concurrent-index 1']);
  expect(lint(files, effects)).toEqual(computedHere);
});

it('builds the history from the effects it is given, not from the statements again', () => {
  const files = FILES();
  // Effects saying the first file created nothing: both tables are then unknown to the history, and an
  // unknown table counts as existing, so the findings stay; saying the later file created them makes
  // them new there, and the findings go.
  const nothing = files.map((each) => each.statements.map(() => undefined));
  expect(lint(files, nothing)).toEqual(['add-column-required 2', 'concurrent-index 1']);
  const createdLater: (HistoryEffect | undefined)[][] = [
    [undefined, undefined],
    [
      { kind: 'create-table', name: 'public.u', partitioned: false, ifNotExists: false },
      { kind: 'create-table', name: 'public.t', partitioned: false, ifNotExists: false },
    ],
  ];
  // An effect applies after the statement it belongs to: the index (first statement) sees t as unknown,
  // so existing, while u, created by the first statement's effect, is new by the second statement.
  expect(lint(files, createdLater)).toEqual(['concurrent-index 1']);
});
