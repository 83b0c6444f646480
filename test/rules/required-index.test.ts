import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRequiredIndex } from '../../src/catalog/index-spec.ts';
import { createTestDatabase, liveFindings, shadowFindings, type TestDatabase } from '../catalog/helpers.ts';
import { findingLines, lintMigrations } from '../helpers/examples.ts';

const RULE = ['required-index'];
const STEP = '20250101000000_step.sql';

// Against the default `[indexes] required` (SPEC-2's three): messages has only a hash index and one whose
// directions are mixed; conversations has one fully reversed (a backward scan serves it, with an extra
// trailing column); audit_logs has its index only ON ONLY the parent, so it is invalid until attached.
const SCHEMA = `create table public.messages (id bigint primary key, conversation_id uuid, created_at timestamptz);
create index messages_conversation_hash on public.messages using hash (conversation_id);
create index messages_conversation_asc on public.messages (conversation_id, created_at);
create table public.conversations (id uuid primary key, user_id uuid, updated_at timestamptz);
create index conversations_user_recent on public.conversations (user_id desc, updated_at asc, id);
create table public.audit_logs (id bigint, user_id uuid, action text, created_at timestamptz not null) partition by range (created_at);
create table public.audit_logs_2025 partition of public.audit_logs for values from ('2025-01-01') to ('2026-01-01');
create index audit_logs_trail on only public.audit_logs (user_id, action, created_at desc)`;

const MESSAGES =
  '`public.messages` has no valid btree index on (conversation_id, created_at desc), which `[indexes] required` ' +
  'asks for: add `create index concurrently messages_conversation_id_created_at_idx on public.messages ' +
  '(conversation_id, created_at desc);`';
const AUDIT_LOGS =
  '`public.audit_logs` has no valid btree index on (user_id, action, created_at desc), which `[indexes] ' +
  'required` asks for (`public.audit_logs_trail` has them but is invalid): add `create index ' +
  'audit_logs_user_id_action_created_at_idx on only public.audit_logs (user_id, action, created_at desc);`, ' +
  'then build it concurrently on each partition and `alter index ... attach partition` each (a partitioned ' +
  'table cannot be indexed CONCURRENTLY)';

describe('required-index fix', () => {
  it('creates the configured indexes, in a migration that applies', async () => {
    const before = { '20250101000000_schema.sql': SCHEMA };
    const first = await lintMigrations(before, { shadow: true });
    const fixes = first.findings
      .filter((finding) => finding.ruleId === 'required-index')
      .map((finding) => finding.fix?.sql);
    expect(fixes).toEqual([
      'create index concurrently if not exists messages_conversation_id_created_at_idx on public.messages (conversation_id, created_at desc);',
      'create index if not exists audit_logs_user_id_action_created_at_idx on public.audit_logs (user_id, action, created_at desc);',
    ]);
    const after = await lintMigrations(
      { ...before, '20250102000000_fix.sql': fixes.join('\n') },
      { shadow: true },
    );
    expect(after.lines('required-index')).toEqual([]);
    expect(after.lines('replay-error')).toEqual([]);
  }, 180_000);
});

describe('required-index', () => {
  it("reports the spec's indexes that no valid btree index serves, at the table (shadow)", async () => {
    const findings = await shadowFindings(SCHEMA, RULE);
    expect(findingLines(findings)).toEqual([
      `${STEP}:1:14-1:29 required-index ${MESSAGES}`,
      `${STEP}:6:14-6:31 required-index ${AUDIT_LOGS}`,
    ]);
  });

  it('is silent once the indexes exist and the partitioned one is complete', async () => {
    const findings = await shadowFindings(
      [
        SCHEMA,
        `create index concurrently on public.messages (conversation_id, created_at desc);
create index audit_logs_2025_trail on public.audit_logs_2025 (user_id, action, created_at desc);
alter index public.audit_logs_trail attach partition public.audit_logs_2025_trail;`,
      ],
      RULE,
    );
    expect(findingLines(findings)).toEqual([]);
  });

  it('reads `[indexes] required`: a column the table lacks is info (not checked), a missing table skipped', async () => {
    const { lines } = await lintMigrations(
      {
        '20250101000000_a.sql': 'create table public.notes (id bigint primary key, client_id uuid, at date);',
      },
      {
        shadow: true,
        configure: (config) => {
          config.indexes.required = ['public.notes(client_id, sent_at desc)', 'drafts(author_id)'].map(
            (entry) => parseRequiredIndex(entry)!,
          );
        },
      },
    );
    expect(lines('required-index', { withSeverity: true })).toEqual([
      '20250101000000_a.sql:1:14-1:26 info required-index the `[indexes] required` entry ' +
        '`public.notes(client_id, sent_at desc)` was not checked: `public.notes` has no column `sent_at`',
    ]);
  });

  describe('live', () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase();
      await database.exec(SCHEMA);
    });
    afterAll(() => database?.drop());

    it('names the same tables on a real server', async () => {
      expect(findingLines(await liveFindings(database.url, RULE))).toEqual([
        `public.audit_logs required-index ${AUDIT_LOGS}`,
        `public.messages required-index ${MESSAGES}`,
      ]);
    });
  });
});
