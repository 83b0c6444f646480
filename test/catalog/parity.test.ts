import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  liveFindings,
  shadowFindings,
  SUPABASE_ROLES_SQL,
  type TestDatabase,
} from './helpers.ts';

// The same schema, built by the shadow replay and on a real PostgreSQL 15 server, gives the same findings:
// the rules are one set of catalog queries, whichever way the catalog was filled.
const SCHEMA = `create table public.programs (id uuid primary key, name text);
alter table public.programs enable row level security;
create table public.clients (id uuid primary key, program_id uuid references public.programs (id), user_id uuid);
create table public.messages (id bigint primary key, client_id uuid, program_id uuid,
  foreign key (client_id) references public.clients (id), foreign key (program_id) references public.programs (id));
create index on public.messages (program_id, id);
alter table public.messages enable row level security;
create table public.audit_logs (id bigint, user_id uuid, created_at timestamptz not null) partition by range (created_at);
create table public.audit_logs_2025_11 partition of public.audit_logs for values from ('2025-11-01') to ('2025-12-01');
create table public.audit_logs_2025_12 partition of public.audit_logs for values from ('2025-12-01') to ('2026-03-01');
alter table public.audit_logs enable row level security;
revoke truncate on public.audit_logs from anon;
create policy staff_update on public.audit_logs for update to authenticated using (user_id is not null);
create policy never_delete on public.audit_logs as restrictive for delete to public using (false);
create policy staff_delete on public.audit_logs for delete to authenticated using (true);
create materialized view public.program_stats as select program_id, count(*) as n from public.clients group by 1;
create table public.events (at date not null) partition by range (at);
alter table public.events enable row level security;
create table public.events_2025 partition of public.events for values from ('2025-01-01') to ('2026-01-01');
alter table public.events_2025 enable row level security;
create index events_at_idx on only public.events (at);
alter publication supabase_realtime add table public.clients, public.programs;
create table public.conversations (id uuid primary key, user_id uuid, updated_at timestamptz);
alter table public.conversations enable row level security;
create index on public.conversations (user_id, updated_at)`;

const SCHEMA_RULES = [
  'fk-index',
  'rls-enabled',
  'audit-immutable',
  'audit-partitioned',
  'partition-runway',
  'matview-unique-index',
  'invalid-index',
  'realtime-rls',
  'required-index',
];

describe('shadow and live parity', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await database.exec(SUPABASE_ROLES_SQL);
    await database.exec(
      'alter default privileges in schema public grant all on tables to anon, authenticated, service_role',
    );
    // Supabase creates the Realtime publication with the project; the shadow's stand-in has it too.
    await database.exec('create publication supabase_realtime');
    await database.exec(SCHEMA);
  });
  afterAll(() => database?.drop());

  it('gives the same findings both ways', async () => {
    const shadow = await shadowFindings(SCHEMA, [...SCHEMA_RULES, 'replay-error']);
    const live = await liveFindings(database.url, SCHEMA_RULES);
    // Only the shadow knows a grant came from the default privileges when the table was created: it says so
    // after the finding, which is otherwise the same both ways.
    const key = (finding: { ruleId: string; object?: string; message: string }) =>
      `${finding.ruleId} ${finding.object} ${finding.message.replace(/, granted when the table was created by the default privileges .*$/, '')}`;
    expect(shadow.every((finding) => finding.location !== undefined)).toBe(true);
    expect(shadow.filter((finding) => finding.message.includes('by the default privileges'))).toHaveLength(6);
    expect(shadow.map(key).sort()).toEqual(live.map(key).sort());
    expect(new Set(live.map((finding) => finding.ruleId))).toEqual(
      new Set([
        'fk-index',
        'rls-enabled',
        'audit-immutable',
        'partition-runway',
        'matview-unique-index',
        'invalid-index',
        'realtime-rls',
        'required-index',
      ]),
    );
  });
});

// Extensions the shadow loads as real builds and the PostgreSQL 15 server also has (contrib): the same
// schema built on them gives the same findings, and the extensions' own objects are judged by neither.
const EXTENSION_SCHEMA = `create extension if not exists citext;
create extension if not exists pg_trgm;
create extension if not exists btree_gist;
create extension if not exists hstore;
create extension if not exists ltree;
create table public.tags (id bigint primary key, name citext unique, path ltree, attrs hstore);
alter table public.tags enable row level security;
create table public.tagged (id bigint primary key, tag_id bigint references public.tags (id), label text);
create index tagged_label_trgm on public.tagged using gin (label gin_trgm_ops);
create index tagged_tag_gist on public.tagged using gist (tag_id);
create index tags_path_idx on public.tags using gist (path)`;

describe('shadow and live parity on shared extensions', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await database.exec(SUPABASE_ROLES_SQL);
    await database.exec(EXTENSION_SCHEMA);
  });
  afterAll(() => database?.drop());

  it('gives the same findings both ways', async () => {
    const rules = ['fk-index', 'rls-enabled'];
    const shadow = await shadowFindings(EXTENSION_SCHEMA, [...rules, 'replay-error']);
    const live = await liveFindings(database.url, rules);
    const key = (finding: { ruleId: string; object?: string; message: string }) =>
      `${finding.ruleId} ${finding.object} ${finding.message}`;
    expect(shadow.map(key).sort()).toEqual(live.map(key).sort());
    // The gist index on tag_id does not cover the key for a btree lookup; the table has no RLS.
    expect(live.map((finding) => finding.ruleId).sort()).toEqual(['fk-index', 'rls-enabled']);
  });
});
