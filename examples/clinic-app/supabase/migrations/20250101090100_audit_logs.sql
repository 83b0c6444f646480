-- Append-only audit trail, partitioned by month (SPEC-2 §2).
create table public.audit_logs (
  id bigint generated always as identity,
  user_id uuid references auth.users (id),
  action text not null,
  details jsonb,
  created_at timestamptz not null default now(),
  primary key (id, created_at)
) partition by range (created_at);
alter table public.audit_logs enable row level security;

create table public.audit_logs_2025_11 partition of public.audit_logs
  for values from ('2025-11-01') to ('2025-12-01');
create table public.audit_logs_2025_12 partition of public.audit_logs
  for values from ('2025-12-01') to ('2026-01-01');
create table public.audit_logs_2026_01 partition of public.audit_logs
  for values from ('2026-01-01') to ('2026-02-01');
alter table public.audit_logs_2025_11 enable row level security;
alter table public.audit_logs_2025_12 enable row level security;
alter table public.audit_logs_2026_01 enable row level security;

create policy audit_logs_insert on public.audit_logs for insert to authenticated with check (true);
create policy audit_logs_immutable_update on public.audit_logs for update using (false);
-- An "admin cleanup" policy that quietly re-opens deletes for supervisors.
create policy audit_logs_admin_delete on public.audit_logs for delete to authenticated
  using (exists (select 1 from public.user_roles r where r.user_id = auth.uid() and r.role = 'admin'));
