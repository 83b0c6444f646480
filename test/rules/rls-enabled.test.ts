import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config.ts';
import { createTestDatabase, liveFindings, shadowFindings, type TestDatabase } from '../catalog/helpers.ts';
import { findingLines } from '../helpers/examples.ts';

const RULE = ['rls-enabled'];

describe('rls-enabled on the shadow', () => {
  it('reports tables and each partition without RLS, at their CREATE', async () => {
    const findings = await shadowFindings(
      `create table public.notes (id int);
create table public.events (at date not null) partition by range (at);
alter table public.events enable row level security;
create table public.events_2025 partition of public.events for values from ('2025-01-01') to ('2026-01-01');
create table private.hidden (id int)`.replace(
        'create table private',
        'create schema private;\ncreate table private',
      ),
      RULE,
    );
    expect(findingLines(findings)).toEqual([
      '20250101000000_step.sql:1:1-1:35 rls-enabled table `public.notes` does not have row level security enabled',
      '20250101000000_step.sql:4:1-4:108 rls-enabled partition `public.events_2025` does not have row level security enabled',
    ]);
  });

  it('passes when RLS is enabled later in the history, and ignores Supabase schemas', async () => {
    const findings = await shadowFindings(
      ['create table public.notes (id int)', 'alter table public.notes enable row level security'],
      RULE,
    );
    expect(findings).toEqual([]);
  });
});

describe('rls-enabled on a live database', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await database.exec(`create schema api; create table api.items (id int); create table public.notes (id int);
      alter table public.notes enable row level security;`);
  });
  afterAll(() => database?.drop());

  it('checks the configured exposed schemas', async () => {
    expect(findingLines(await liveFindings(database.url, RULE))).toEqual([]);
    const config = { ...defaultConfig(), exposedSchemas: ['public', 'api'] };
    expect(findingLines(await liveFindings(database.url, RULE, config))).toEqual([
      'api.items rls-enabled table `api.items` does not have row level security enabled',
    ]);
  });
});
