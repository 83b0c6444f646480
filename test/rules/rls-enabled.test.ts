import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config.ts';
import { createTestDatabase, liveFindings, shadowFindings, type TestDatabase } from '../catalog/helpers.ts';
import { findingLines, lintMigrations } from '../helpers/examples.ts';

const RULE = ['rls-enabled'];

describe('rls-enabled on the shadow', () => {
  it('reports tables and each partition without RLS, at their name in the CREATE', async () => {
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
      '20250101000000_step.sql:1:14-1:26 rls-enabled table `public.notes` does not have row level security enabled',
      '20250101000000_step.sql:4:14-4:32 rls-enabled partition `public.events_2025` does not have row level security enabled',
    ]);
  });

  it('underlines the name of a multi-line CREATE TABLE, quoted and after a comment', async () => {
    const findings = await shadowFindings(
      `create table if not exists
  /* the clinic's notes */ public."Clinic Notes" (
    id int,
    body text
  )`,
      RULE,
    );
    expect(findings.map((finding) => finding.location)).toEqual([
      {
        file: 'supabase/migrations/20250101000000_step.sql',
        line: 2,
        column: 28,
        endLine: 2,
        endColumn: 49,
      },
    ]);
  });

  // two lints on the shadow: allow for a loaded machine
  it('fixes each table with an ALTER TABLE a new migration can apply', { timeout: 180_000 }, async () => {
    const before = {
      '20250101000000_notes.sql': `create table public.notes (id int);
create table public."Clinic Notes" (id int);
create table public.events (at date not null) partition by range (at);
alter table public.events enable row level security;
create table public.events_2025 partition of public.events for values from ('2025-01-01') to ('2026-01-01');`,
    };
    const first = await lintMigrations(before, { shadow: true });
    const fixes = first.findings.filter((each) => each.ruleId === 'rls-enabled').map((each) => each.fix?.sql);
    expect(fixes.sort()).toEqual([
      'alter table public."Clinic Notes" enable row level security;',
      'alter table public.events_2025 enable row level security;',
      'alter table public.notes enable row level security;',
    ]);
    const after = await lintMigrations(
      { ...before, '20250102000000_fix.sql': fixes.join('\n') },
      { shadow: true },
    );
    expect(after.lines('rls-enabled')).toEqual([]);
    expect(after.lines('replay-error')).toEqual([]);
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
