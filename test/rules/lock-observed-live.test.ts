// With --db and migration files, the schema rules read the live database, and the shadow replays the
// migrations too, only to observe their locks: the lock rules still report at the migration's line.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.ts';
import { defaultConfig } from '../../src/config.ts';
import { lint } from '../../src/lint.ts';
import { createTestDatabase, type TestDatabase } from '../catalog/helpers.ts';
import { EXAMPLE_NOW, findingLines, writeProject } from '../helpers/examples.ts';

describe('lock rules with --db and migration files', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await database.exec(
      'create table public.clients (id int primary key, name text);\n' +
        'insert into public.clients select g, null from generate_series(1, 20000) g;\nanalyze public.clients;',
    );
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('replays the migrations in the shadow for the observations; the schema stays the live one', async () => {
    const project = writeProject([
      {
        path: 'supabase/migrations/20250101000000_clients.sql',
        text: 'create table public.clients (id int primary key, name text);',
      },
      {
        path: 'supabase/migrations/20250102000000_email.sql',
        text: 'alter table public.clients add column email text;',
      },
    ]);
    try {
      const result = await lint({
        cwd: project.root,
        config: defaultConfig(project.root),
        rules: allRules,
        paths: [],
        shadow: true,
        databaseUrl: database.url,
        now: EXAMPLE_NOW,
      });
      expect(result.schemaMode).toBe('live');
      expect(findingLines(result.findings, { ruleId: 'lock-timeout', withSeverity: true })).toEqual([
        '20250102000000_email.sql:1:1-1:27 warning lock-timeout takes an ACCESS EXCLUSIVE lock on existing table `public.clients` (blocks reads and writes) with no `SET lock_timeout` before it in the file: queued behind one long query, it stalls every query after it',
      ]);
      expect(result.locks).toEqual([
        {
          file: 'supabase/migrations/20250102000000_email.sql',
          line: 1,
          relation: 'public.clients',
          mode: 'AccessExclusiveLock',
        },
      ]);
    } finally {
      project.remove();
    }
  });
});
