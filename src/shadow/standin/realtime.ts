// Realtime, database webhooks and the GraphQL endpoint as a Supabase project has them: the `realtime`
// schema (broadcast messages, the functions broadcast triggers call, the publication "enable realtime"
// migrations alter), `supabase_functions` (webhook triggers call `supabase_functions.http_request`, which
// queues a pg_net request) and `graphql_public`. Written for scribe-lint from the published signatures.

export const REALTIME_SQL = String.raw`
create schema realtime;
grant usage on schema realtime to anon, authenticated, service_role;
create publication supabase_realtime;

create type realtime.action as enum ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'ERROR');
create type realtime.equality_op as enum ('eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'in');
create type realtime.user_defined_filter as (column_name text, op realtime.equality_op, value text);
create type realtime.wal_column as (
  name text, type_name text, type_oid oid, value jsonb, is_pkey boolean, is_selectable boolean
);
create type realtime.wal_rls as (wal jsonb, is_rls_enabled boolean, subscription_ids uuid[], errors text[]);

create table realtime.schema_migrations (version bigint primary key, inserted_at timestamp(0));
create table realtime.subscription (
  id bigint generated always as identity primary key,
  subscription_id uuid not null,
  entity regclass not null,
  filters realtime.user_defined_filter[] not null default '{}',
  claims jsonb not null,
  claims_role regrole,
  created_at timestamp not null default timezone('utc', now())
);
create table realtime.messages (
  topic text not null,
  extension text not null,
  payload jsonb,
  event text,
  private boolean default false,
  updated_at timestamp not null default now(),
  inserted_at timestamp not null default now(),
  id uuid not null default gen_random_uuid(),
  primary key (id, inserted_at)
) partition by range (inserted_at);
create table realtime.messages_default partition of realtime.messages default;
alter table realtime.messages enable row level security;
alter table realtime.subscription enable row level security;
grant select, insert, update on realtime.messages to anon, authenticated, service_role;

create function realtime.topic() returns text language sql stable as $$
  select nullif(current_setting('realtime.topic', true), '')::text
$$;
create function realtime.send(payload jsonb, event text, topic text, private boolean default true)
returns void language sql as $$
  insert into realtime.messages (payload, event, topic, private, extension)
  values (payload, event, topic, private, 'broadcast')
$$;
create function realtime.broadcast_changes(
  topic_name text, event_name text, operation text, table_name text, table_schema text,
  new record, old record, level text default 'ROW'
) returns void language plpgsql as $$
begin
  perform realtime.send(
    jsonb_build_object('operation', operation, 'table', table_name, 'schema', table_schema,
                       'record', to_jsonb(new), 'old_record', to_jsonb(old)),
    event_name, topic_name, true);
end $$;
grant execute on all functions in schema realtime to anon, authenticated, service_role;

create schema supabase_functions authorization supabase_functions_admin;
grant usage on schema supabase_functions to postgres, anon, authenticated, service_role;
create table supabase_functions.migrations (
  version text primary key, inserted_at timestamptz not null default now()
);
create table supabase_functions.hooks (
  id bigserial primary key,
  hook_table_id integer not null,
  hook_name text not null,
  created_at timestamptz not null default now(),
  request_id bigint
);
create index supabase_functions_hooks_request_id_idx on supabase_functions.hooks (request_id);
create index supabase_functions_hooks_h_table_id_h_name_idx on supabase_functions.hooks (hook_table_id, hook_name);
-- The webhook trigger: TG_ARGV is (url, method, headers json, params json, timeout ms), as the dashboard
-- writes it. It queues the request with pg_net and records it, as on Supabase.
create function supabase_functions.http_request() returns trigger language plpgsql security definer as $$
declare
  request_id bigint;
  url text := TG_ARGV[0];
  method text := coalesce(nullif(TG_ARGV[1], 'null'), 'POST');
  headers jsonb := coalesce(nullif(TG_ARGV[2], 'null'), '{}')::jsonb;
  params jsonb := coalesce(nullif(TG_ARGV[3], 'null'), '{}')::jsonb;
  timeout_ms integer := coalesce(nullif(TG_ARGV[4], 'null'), '1000')::integer;
  payload jsonb;
begin
  if url is null or url = 'null' then
    raise exception 'url argument is missing';
  end if;
  payload := jsonb_build_object('type', TG_OP, 'table', TG_TABLE_NAME, 'schema', TG_TABLE_SCHEMA,
    'record', case when TG_OP = 'DELETE' then null else to_jsonb(NEW) end,
    'old_record', case when TG_OP = 'INSERT' then null else to_jsonb(OLD) end);
  if method = 'GET' then
    request_id := net.http_get(url, params, headers, timeout_ms);
  else
    request_id := net.http_post(url, payload, params, headers, timeout_ms);
  end if;
  insert into supabase_functions.hooks (hook_table_id, hook_name, request_id)
  values (TG_RELID, TG_NAME, request_id);
  return coalesce(NEW, OLD);
end $$;

create schema graphql_public;
grant usage on schema graphql_public to anon, authenticated, service_role;
create function graphql_public.graphql(
  "operationName" text default null, query text default null, variables jsonb default null,
  extensions jsonb default null
) returns jsonb language sql as $$ select graphql.resolve(query, coalesce(variables, '{}'), "operationName", extensions) $$;
grant execute on function graphql_public.graphql(text, text, jsonb, jsonb) to anon, authenticated, service_role;
`;
