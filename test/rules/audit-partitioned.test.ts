import { describe, expect, it } from 'vitest';
import { shadowFindings } from '../catalog/helpers.ts';
import { findingLines } from '../helpers/examples.ts';

const RULE = ['audit-partitioned'];

describe('audit-partitioned', () => {
  it('passes a table partitioned by range on created_at', async () => {
    const sql = `create table public.audit_logs (id bigint, created_at timestamptz not null) partition by range (created_at)`;
    expect(await shadowFindings(sql, RULE)).toEqual([]);
  });

  it('reports a plain table at its CREATE', async () => {
    const findings = await shadowFindings(
      `\n\ncreate table public.audit_logs (id bigint, created_at timestamptz)`,
      RULE,
    );
    expect(findingLines(findings)).toEqual([
      '20250101000000_step.sql:3:14-3:31 audit-partitioned audit table `public.audit_logs` is not partitioned; it must be partitioned BY RANGE (created_at)',
    ]);
  });

  it('reports the wrong strategy or key', async () => {
    const findings = await shadowFindings(
      `create table public.audit_logs (id bigint, action text, created_at timestamptz) partition by list (action)`,
      RULE,
    );
    expect(findingLines(findings)).toEqual([
      '20250101000000_step.sql:1:14-1:31 audit-partitioned audit table `public.audit_logs` is partitioned LIST (action); it must be partitioned BY RANGE (created_at)',
    ]);
  });

  it('follows a rename: the swap in SPEC-2 §2 is judged on the final table, located at its CREATE', async () => {
    const findings = await shadowFindings(
      [
        'create table public.audit_logs (id bigint, created_at timestamptz not null)',
        `create table public.audit_logs_partitioned (like public.audit_logs including all) partition by range (created_at);
alter table public.audit_logs rename to audit_logs_old;
alter table public.audit_logs_partitioned rename to audit_logs`,
      ],
      RULE,
    );
    expect(findings).toEqual([]);
  });

  it('says when the audit table does not exist', async () => {
    const findings = await shadowFindings('create table public.notes (id int)', RULE);
    expect(findingLines(findings)).toEqual([
      'audit_logs audit-partitioned audit table `audit_logs` does not exist in schema `public`',
    ]);
  });
});
