import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  liveFindings,
  shadowFindings,
  SUPABASE_ROLES_SQL,
  type TestDatabase,
} from '../catalog/helpers.ts';
import { findingLines, lintMigrations } from '../helpers/examples.ts';

// A partitioned audit table with RLS everywhere and the API roles' write privileges revoked: clean.
const BASE = `create table public.audit_logs (id bigint, action text, created_at timestamptz not null) partition by range (created_at);
create table public.audit_logs_2025_11 partition of public.audit_logs for values from ('2025-11-01') to ('2025-12-01');
alter table public.audit_logs enable row level security;
alter table public.audit_logs_2025_11 enable row level security;
revoke update, delete, truncate on all tables in schema public from anon, authenticated`;

const RULE = ['audit-immutable'];
const STEP = '20250101000000_step.sql';

describe('audit-immutable on the shadow', () => {
  it('passes a locked-down table', async () => {
    expect(await shadowFindings(BASE, RULE)).toEqual([]);
  });

  it('reports a permissive policy at the policy, for the roles it opens', async () => {
    const findings = await shadowFindings(
      `${BASE};\ncreate policy admin_all on public.audit_logs for all to authenticated using (true)`,
      RULE,
    );
    expect(findingLines(findings)).toEqual(
      ['UPDATE', 'DELETE'].map(
        (command) =>
          `${STEP}:6:46-6:83 audit-immutable policy \`admin_all\` lets \`authenticated\` ${command} rows of audit table \`public.audit_logs\` and no restrictive policy denies it`,
      ),
    );
  });

  it('treats a restrictive USING (false) policy for PUBLIC as a veto', async () => {
    const findings = await shadowFindings(
      `${BASE};
create policy admin_delete on public.audit_logs for delete to authenticated using (true);
create policy no_delete on public.audit_logs as restrictive for delete to public using (false)`,
      RULE,
    );
    expect(findings).toEqual([]);
  });

  it('does not let a restrictive policy for one role protect another', async () => {
    const findings = await shadowFindings(
      `${BASE};
create policy anyone_update on public.audit_logs for update to public using (true);
create policy anon_never on public.audit_logs as restrictive for update to anon using (false)`,
      RULE,
    );
    // the roles after these come from the shadow's Supabase seed; the point is who is (not) among them
    expect(findingLines(findings)).toEqual([
      expect.stringMatching(
        /^20250101000000_step\.sql:6:50-6:83 audit-immutable policy `anyone_update` lets `authenticated`, `authenticator`, `dashboard_user`, .* UPDATE rows of audit table `public\.audit_logs` and no restrictive policy denies it$/,
      ),
    ]);
    expect(findings[0].message).not.toContain('`anon`');
    expect(findings[0].message).not.toContain('service_role'); // BYPASSRLS
  });

  it('ignores permissive policies that allow nothing and SELECT/INSERT policies', async () => {
    const findings = await shadowFindings(
      `${BASE};
create policy never_update on public.audit_logs for update to authenticated using (false);
create policy read_all on public.audit_logs for select to authenticated using (true);
create policy write_all on public.audit_logs for insert to authenticated with check (true)`,
      RULE,
    );
    expect(findings).toEqual([]);
  });

  it('reports a grant at its privilege list, including column-level UPDATE', async () => {
    const findings = await shadowFindings(
      `create table public.audit_logs (id bigint, action text, created_at timestamptz not null) partition by range (created_at);
create table public.audit_logs_2025_11 partition of public.audit_logs for values from ('2025-11-01') to ('2025-12-01');
alter table public.audit_logs enable row level security;
alter table public.audit_logs_2025_11 enable row level security;
revoke update, delete, truncate on all tables in schema public from anon, authenticated;
grant update (action) on public.audit_logs to authenticated;
grant truncate on public.audit_logs_2025_11 to public`,
      RULE,
    );
    expect(findingLines(findings)).toEqual([
      `${STEP}:6:7-6:22 audit-immutable \`authenticated\` holds UPDATE (action) on audit table \`public.audit_logs\``,
      `${STEP}:7:7-7:15 audit-immutable PUBLIC holds TRUNCATE on audit table \`public.audit_logs_2025_11\``,
    ]);
  });

  it('underlines the FOR/USING part of a multi-line policy and the privileges of a multi-line GRANT', async () => {
    const findings = await shadowFindings(
      `${BASE};
create policy admin_delete
  on public.audit_logs
  for delete
  to authenticated
  using (true);
grant
  delete,
  truncate
  on public.audit_logs to authenticated`,
      RULE,
    );
    expect(findings.map((finding) => [finding.message.slice(0, 26), finding.location])).toEqual([
      [
        'policy `admin_delete` lets',
        { file: `supabase/migrations/${STEP}`, line: 8, column: 3, endLine: 10, endColumn: 15 },
      ],
      [
        '`authenticated` holds DELE',
        { file: `supabase/migrations/${STEP}`, line: 12, column: 3, endLine: 13, endColumn: 11 },
      ],
    ]);
  });

  it("reports Supabase's default privileges at the table's name, saying where they came from", async () => {
    const findings = await shadowFindings(
      `create table public.audit_logs (
  id bigint,
  action text
);
alter table public.audit_logs enable row level security;
revoke update, delete, truncate on public.audit_logs from authenticated`,
      RULE,
    );
    expect(findingLines(findings)).toEqual([
      `${STEP}:1:14-1:31 audit-immutable \`anon\` holds UPDATE, DELETE, TRUNCATE on audit table \`public.audit_logs\`, granted when the table was created by the default privileges for new tables in schema \`public\` (Supabase grants ALL on them to \`anon\`, \`authenticated\` and \`service_role\`)`,
    ]);
  });

  it('checks every partition: RLS off on one is reported there', async () => {
    const findings = await shadowFindings(
      `${BASE};\nalter table public.audit_logs_2025_11 disable row level security`,
      RULE,
    );
    expect(findingLines(findings)).toEqual([
      '20250101000000_step.sql:2:14-2:39 audit-immutable audit table `public.audit_logs_2025_11` does not have row level security enabled, so no policy stops UPDATE or DELETE',
    ]);
  });
});

describe('audit-immutable fixes', () => {
  // two lints on the shadow: allow for a loaded machine
  it(
    'revoke the grants, enable RLS and veto the opening policies, in a migration that applies',
    { timeout: 180_000 },
    async () => {
      const before = {
        '20250101000000_audit.sql': `create table public.audit_logs (id bigint, action text, created_at timestamptz not null) partition by range (created_at);
create table public.audit_logs_2025_11 partition of public.audit_logs for values from ('2025-11-01') to ('2025-12-01');
alter table public.audit_logs enable row level security;
create policy admin_all on public.audit_logs for all to authenticated using (true);
create policy admin_delete on public.audit_logs for delete to authenticated using (true);
grant update (action) on public.audit_logs to authenticated;
grant truncate on public.audit_logs to public;`,
      };
      const first = await lintMigrations(before, { shadow: true });
      const fixes = first.findings
        .filter((finding) => finding.ruleId === 'audit-immutable')
        .map((finding) => finding.fix?.sql);
      expect([...fixes].sort()).toEqual(
        [
          'create policy audit_logs_no_update on public.audit_logs as restrictive for update to public using (false);',
          'create policy audit_logs_no_delete on public.audit_logs as restrictive for delete to public using (false);',
          'revoke update, delete, truncate on public.audit_logs from anon;',
          'revoke update, delete, truncate on public.audit_logs from authenticated;',
          'revoke truncate on public.audit_logs from public;',
          'alter table public.audit_logs_2025_11 enable row level security;',
          'revoke update, delete, truncate on public.audit_logs_2025_11 from anon;',
          'revoke update, delete, truncate on public.audit_logs_2025_11 from authenticated;',
        ].sort(),
      );
      const after = await lintMigrations(
        { ...before, '20250102000000_fix.sql': fixes.join('\n') },
        { shadow: true },
      );
      expect(after.lines('audit-immutable')).toEqual([]);
      expect(after.lines('replay-error')).toEqual([]);
    },
  );
});

describe('audit-immutable on a live database', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await database.exec(SUPABASE_ROLES_SQL);
    await database.exec(`${BASE};
      create policy admin_delete on public.audit_logs for delete to authenticated using (true);
      create policy no_delete on public.audit_logs as restrictive for delete to public using (false);
      create policy open_update on public.audit_logs_2025_11 for update to anon using (true);
      grant update (action) on public.audit_logs_2025_11 to anon;`);
  });
  afterAll(() => database?.drop());

  it('applies the same semantics, naming objects', async () => {
    const findings = await liveFindings(database.url, RULE);
    expect(findingLines(findings)).toEqual([
      'public.audit_logs_2025_11 audit-immutable `anon` holds UPDATE (action) on audit table `public.audit_logs_2025_11`',
      'public.audit_logs_2025_11.open_update audit-immutable policy `open_update` lets `anon` UPDATE rows of audit table `public.audit_logs_2025_11` and no restrictive policy denies it',
    ]);
  });
});
