// What the shadow observes of each statement: the strongest lock per relation that existed before the
// file, the rewritten tables, and nothing for a statement that failed or had to run outside a transaction.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.ts';
import { defaultConfig, type Config } from '../../src/config.ts';
import { migrationFileFromBytes } from '../../src/history/migration-files.ts';
import { loadParser } from '../../src/parse/parse-file.ts';
import { openShadow } from '../../src/shadow/index.ts';
import type { MigrationFile } from '../../src/types.ts';

const cacheDir = mkdtempSync(path.join(tmpdir(), 'scribe-lint-cache-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const BASE =
  'create table public.clients (id int primary key, name text);\ncreate table public.notes (id int);';

async function observe(texts: string[], options: { config?: Config; rules?: typeof allRules } = {}) {
  await loadParser();
  const files: MigrationFile[] = texts.map((text, index) =>
    migrationFileFromBytes(`/x/2025010100000${index}_m.sql`, `m${index}.sql`, Buffer.from(text)),
  );
  const shadow = await openShadow(
    files,
    { config: options.config ?? defaultConfig('/x'), rules: options.rules },
    {
      cacheDir,
    },
  );
  try {
    const last = files.at(-1)!;
    return {
      observed: last.statements.map((statement) => shadow.value.observed?.(statement)),
      errors: shadow.value.replay.errors.map(
        (error) => `${error.location.line}:${error.location.column} ${error.message}`,
      ),
    };
  } finally {
    await shadow.close();
  }
}

describe('lock observation in the shadow', () => {
  it('keeps the strongest lock per existing relation, names a renamed table as each statement found it', async () => {
    const { observed, errors } = await observe([
      BASE,
      'create table public.drafts (id int);\n' +
        'alter table public.drafts add column body text;\n' +
        'alter table public.clients rename to customers;\n' +
        'alter table public.customers add column email text default gen_random_uuid()::text;\n' +
        'drop table public.notes;\n' +
        'create index concurrently customers_name on public.customers (name);\n' +
        'update public.drafts set nosuch = 1;',
    ]);
    expect(errors).toEqual(['7:26 column "nosuch" of relation "drafts" does not exist']);
    expect(observed).toEqual([
      { locks: [], rewritten: [] },
      { locks: [], rewritten: [] },
      { locks: [{ relation: 'public.clients', mode: 'AccessExclusiveLock' }], rewritten: [] },
      {
        locks: [{ relation: 'public.customers', mode: 'AccessExclusiveLock' }],
        rewritten: ['public.customers'],
      },
      { locks: [{ relation: 'public.notes', mode: 'AccessExclusiveLock' }], rewritten: [] },
      undefined,
      undefined,
    ]);
  });

  it('with on_error = "rollback-file", gives each statement only the locks it added to its transaction', async () => {
    const config = defaultConfig('/x');
    config.shadow.onError = 'rollback-file';
    const { observed } = await observe(
      [
        BASE,
        'lock table public.clients in share mode;\nalter table public.clients add column c int;\nlock table public.clients in share mode;',
      ],
      { config },
    );
    expect(observed).toEqual([
      { locks: [{ relation: 'public.clients', mode: 'ShareLock' }], rewritten: [] },
      { locks: [{ relation: 'public.clients', mode: 'AccessExclusiveLock' }], rewritten: [] },
      { locks: [], rewritten: [] },
    ]);
  });

  it('follows renames across files, and rereads the relations after a statement it could not watch', async () => {
    const { observed } = await observe([
      BASE,
      'alter table public.clients rename to customers;',
      'vacuum full public.notes;',
      'alter table public.customers add column c int;\nalter table public.notes add column c int;',
    ]);
    // VACUUM FULL gave notes new storage unwatched: the ALTER after it did not rewrite anything.
    expect(observed).toEqual([
      { locks: [{ relation: 'public.customers', mode: 'AccessExclusiveLock' }], rewritten: [] },
      { locks: [{ relation: 'public.notes', mode: 'AccessExclusiveLock' }], rewritten: [] },
    ]);
  });

  it('observes nothing when no rule that reads the locks is on', async () => {
    const rules = allRules.filter((rule) => !rule.meta.observesLocks);
    const { observed } = await observe([BASE, 'alter table public.clients add column c int;'], { rules });
    expect(observed).toEqual([undefined]);
  });
});
