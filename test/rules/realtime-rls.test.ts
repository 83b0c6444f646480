import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config.ts';
import { createTestDatabase, liveFindings, shadowFindings, type TestDatabase } from '../catalog/helpers.ts';
import { findingLines, lintMigrations } from '../helpers/examples.ts';

const RULE = ['realtime-rls'];
const STEP = '20250101000000_step.sql';

// messages is PHI (the default `[phi] tables`), programs is not; notes has RLS and is fine.
const SCHEMA = `create table public.messages (id bigint primary key, body text);
create table public.programs (id bigint primary key, name text);
create table public.notes (id bigint primary key, body text);
alter table public.notes enable row level security;
alter publication supabase_realtime add table public.messages, public.notes;
alter publication supabase_realtime add table public.programs`;

const EXPOSED = (table: string) =>
  `is in the publication \`supabase_realtime\` but does not have row level security enabled, so Realtime ` +
  `sends each of its changes to every subscriber whose role can select it`;

describe('realtime-rls', () => {
  it('reports published tables without RLS at their name in the statement that published them, PHI as errors (shadow)', async () => {
    const findings = await shadowFindings(SCHEMA, RULE);
    expect(findingLines(findings, { withSeverity: true })).toEqual([
      `${STEP}:5:47-5:62 error realtime-rls PHI table \`public.messages\` ${EXPOSED('messages')}`,
      `${STEP}:6:47-6:62 warning realtime-rls table \`public.programs\` ${EXPOSED('programs')}`,
    ]);
  });

  // two lints on the shadow: allow for a loaded machine
  it('fixes a published table by enabling RLS in a new migration', { timeout: 180_000 }, async () => {
    const before = { [STEP]: SCHEMA };
    const first = await lintMigrations(before, { shadow: true });
    const fixes = first.findings
      .filter((finding) => finding.ruleId === 'realtime-rls')
      .map((finding) => finding.fix?.sql);
    expect(fixes).toEqual([
      'alter table public.messages enable row level security;',
      'alter table public.programs enable row level security;',
    ]);
    const after = await lintMigrations(
      { ...before, '20250102000000_fix.sql': fixes.join('\n') },
      { shadow: true },
    );
    expect(after.lines('realtime-rls')).toEqual([]);
    expect(after.lines('replay-error')).toEqual([]);
  });

  it('is silent once every published table has RLS, and for tables never published', async () => {
    const findings = await shadowFindings(
      `create table public.messages (id bigint primary key);
alter table public.messages enable row level security;
create table public.drafts (id bigint primary key);
alter publication supabase_realtime add table public.messages`,
      RULE,
    );
    expect(findingLines(findings)).toEqual([]);
  });

  it('forgets a table dropped from a publication, and locates FOR ALL TABLES and TABLES IN SCHEMA', async () => {
    const { lines } = await lintMigrations(
      {
        '20250101000000_a.sql': `create table public.programs (id bigint primary key);
alter publication supabase_realtime add table public.programs;`,
        '20250102000000_b.sql': `alter publication supabase_realtime drop table public.programs;
alter publication supabase_realtime add tables in schema public;
create schema app;
create table app.events (id bigint primary key);
create publication app_changes for tables in schema app;
create publication everything for all tables;`,
      },
      {
        shadow: true,
        configure: (config) => {
          config.realtime.publications = ['supabase_realtime', 'app_changes', 'everything'];
        },
      },
    );
    const published = (table: string, publication: string) =>
      `warning realtime-rls table \`${table}\` is in the publication \`${publication}\` but does not have row ` +
      'level security enabled, so Realtime sends each of its changes to every subscriber whose role can select it';
    expect(lines('realtime-rls', { withSeverity: true })).toEqual([
      `20250102000000_b.sql:2:1-2:64 ${published('public.programs', 'supabase_realtime')}`,
      `20250102000000_b.sql:5:1-5:56 ${published('app.events', 'app_changes')}`,
      `20250102000000_b.sql:6:1-6:45 ${published('app.events', 'everything')}`,
      `20250102000000_b.sql:6:1-6:45 ${published('public.programs', 'everything')}`,
    ]);
  });

  it('follows `[realtime] publications`, and reports a partition of a PHI table at the statement naming its parent', async () => {
    const { lines } = await lintMigrations(
      {
        '20250101000000_a.sql': `create schema app;
create table app.messages (id bigint, at date) partition by range (at);
create table app.messages_2025 partition of app.messages for values from ('2025-01-01') to ('2026-01-01');
create publication app_changes
  for table app.messages;`,
      },
      {
        shadow: true,
        configure: (config) => {
          config.realtime.publications = ['app_changes', 'app_changez'];
          config.exposedSchemas = ['public', 'app'];
        },
      },
    );
    expect(lines('realtime-rls', { withSeverity: true })).toEqual([
      `20250101000000_a.sql:5:13-5:25 error realtime-rls PHI table \`app.messages_2025\` is in the publication ` +
        '`app_changes` but does not have row level security enabled, so Realtime sends each of its changes to ' +
        'every subscriber whose role can select it',
      'app_changez info realtime-rls the publication `app_changez` named in `[realtime] publications` does not ' +
        'exist, so its tables were not checked',
    ]);
  });

  describe('live', () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase();
      await database.exec(`create publication supabase_realtime;\n${SCHEMA}`);
    });
    afterAll(() => database?.drop());

    it('names the same tables on a real server', async () => {
      expect(
        findingLines(await liveFindings(database.url, RULE, defaultConfig()), { withSeverity: true }),
      ).toEqual([
        `public.messages error realtime-rls PHI table \`public.messages\` ${EXPOSED('messages')}`,
        `public.programs warning realtime-rls table \`public.programs\` ${EXPOSED('programs')}`,
      ]);
    });
  });
});
