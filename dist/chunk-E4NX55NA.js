import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);

// src/shadow/supabase-standin.ts
var SUPABASE_STANDIN_SQL = String.raw`
-- API roles. service_role bypasses RLS, as on Supabase; authenticator switches into the others.
create role anon nologin noinherit;
create role authenticated nologin noinherit;
create role service_role nologin noinherit bypassrls;
create role authenticator login noinherit;
grant anon, authenticated, service_role to authenticator;
create role supabase_auth_admin nologin noinherit;
create role supabase_storage_admin nologin noinherit;
create role dashboard_user nologin;

create schema extensions;
create extension pgcrypto with schema extensions;
create extension "uuid-ossp" with schema extensions;
grant usage on schema extensions to anon, authenticated, service_role;
alter role postgres set search_path = "$user", public, extensions;

grant usage on schema public to anon, authenticated, service_role;
alter default privileges in schema public grant all on tables to anon, authenticated, service_role;
alter default privileges in schema public grant all on sequences to anon, authenticated, service_role;
alter default privileges in schema public grant all on functions to anon, authenticated, service_role;

-- auth: the tables and helpers that app migrations reference (triggers on users, policies using uid()).
create schema auth authorization supabase_auth_admin;
grant usage on schema auth to anon, authenticated, service_role;

create table auth.users (
  instance_id uuid,
  id uuid primary key,
  aud varchar(255),
  role varchar(255),
  email varchar(255),
  encrypted_password varchar(255),
  email_confirmed_at timestamptz,
  invited_at timestamptz,
  confirmation_token varchar(255),
  recovery_token varchar(255),
  last_sign_in_at timestamptz,
  raw_app_meta_data jsonb,
  raw_user_meta_data jsonb,
  is_super_admin boolean,
  created_at timestamptz,
  updated_at timestamptz,
  phone text unique,
  phone_confirmed_at timestamptz,
  confirmed_at timestamptz,
  banned_until timestamptz,
  deleted_at timestamptz,
  is_sso_user boolean not null default false,
  is_anonymous boolean not null default false
);
create table auth.identities (
  id uuid primary key default gen_random_uuid(),
  provider_id text not null,
  user_id uuid not null references auth.users (id) on delete cascade,
  identity_data jsonb not null,
  provider text not null,
  email text,
  last_sign_in_at timestamptz,
  created_at timestamptz,
  updated_at timestamptz
);
create index identities_user_id_idx on auth.identities (user_id);
create table auth.sessions (
  id uuid primary key,
  user_id uuid not null references auth.users (id) on delete cascade,
  created_at timestamptz,
  updated_at timestamptz,
  not_after timestamptz,
  aal text
);
create index sessions_user_id_idx on auth.sessions (user_id);
alter table auth.users enable row level security;
alter table auth.identities enable row level security;
alter table auth.sessions enable row level security;

create function auth.uid() returns uuid language sql stable as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.sub', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')
  )::uuid
$$;
create function auth.role() returns text language sql stable as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.role', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role')
  )::text
$$;
create function auth.email() returns text language sql stable as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.email', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'email')
  )::text
$$;
create function auth.jwt() returns jsonb language sql stable as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim', true), ''),
    nullif(current_setting('request.jwt.claims', true), '')
  )::jsonb
$$;
grant execute on all functions in schema auth to anon, authenticated, service_role;

-- storage: buckets and objects (RLS on, as on Supabase) and the path helpers policies use.
create schema storage authorization supabase_storage_admin;
grant usage on schema storage to anon, authenticated, service_role;
create table storage.buckets (
  id text primary key,
  name text not null unique,
  owner uuid,
  owner_id text,
  public boolean default false,
  file_size_limit bigint,
  allowed_mime_types text[],
  avif_autodetection boolean default false,
  created_at timestamptz default now(),
  updated_at timestamptz default now()
);
create table storage.objects (
  id uuid primary key default gen_random_uuid(),
  bucket_id text references storage.buckets (id),
  name text,
  owner uuid,
  owner_id text,
  metadata jsonb,
  user_metadata jsonb,
  version text,
  path_tokens text[] generated always as (string_to_array(name, '/')) stored,
  created_at timestamptz default now(),
  updated_at timestamptz default now(),
  last_accessed_at timestamptz default now()
);
create index objects_bucket_id_name_idx on storage.objects (bucket_id, name);
alter table storage.buckets enable row level security;
alter table storage.objects enable row level security;
grant all on storage.buckets, storage.objects to anon, authenticated, service_role;

create function storage.foldername(name text) returns text[] language sql immutable as $$
  select (string_to_array(name, '/'))[1 : greatest(cardinality(string_to_array(name, '/')) - 1, 0)]
$$;
create function storage.filename(name text) returns text language sql immutable as $$
  select (string_to_array(name, '/'))[cardinality(string_to_array(name, '/'))]
$$;
create function storage.extension(name text) returns text language sql immutable as $$
  select case when storage.filename(name) like '%.%'
    then reverse(split_part(reverse(storage.filename(name)), '.', 1)) else '' end
$$;

-- realtime: the schema and the publication that "enable realtime" migrations alter.
create schema realtime;
grant usage on schema realtime to anon, authenticated, service_role;
create publication supabase_realtime;

-- cron: pg_cron's interface, without a scheduler. Jobs are only recorded.
create schema cron;
grant usage on schema cron to postgres;
create table cron.job (
  jobid bigserial primary key,
  schedule text not null,
  command text not null,
  nodename text not null default 'localhost',
  nodeport integer not null default 5432,
  database text not null default current_database(),
  username text not null default current_user,
  active boolean not null default true,
  jobname text
);
create function cron.schedule(job_name text, schedule text, command text) returns bigint
language plpgsql as $$
declare id bigint;
begin
  delete from cron.job where jobname = job_name;
  insert into cron.job (jobname, schedule, command) values (job_name, schedule, command) returning jobid into id;
  return id;
end $$;
create function cron.schedule(schedule text, command text) returns bigint language sql as $$
  insert into cron.job (schedule, command) values (schedule, command) returning jobid
$$;
create function cron.unschedule(job_id bigint) returns boolean language sql as $$
  with gone as (delete from cron.job where jobid = job_id returning 1) select exists (select 1 from gone)
$$;
create function cron.unschedule(job_name text) returns boolean language sql as $$
  with gone as (delete from cron.job where jobname = job_name returning 1) select exists (select 1 from gone)
$$;
`, EMULATED_EXTENSIONS = /* @__PURE__ */ new Map([
  ["pg_stat_statements", () => ""],
  ["pg_cron", () => ""],
  ["pg_net", () => ""],
  ["pgjwt", () => ""],
  ["pg_graphql", () => ""],
  ["pgsodium", () => ""],
  ["supabase_vault", () => ""],
  ["pg_jsonschema", () => ""],
  ["pg_hashids", () => ""],
  ["pgaudit", () => ""],
  ["plpgsql_check", () => ""],
  ["index_advisor", () => ""],
  ["hypopg", () => ""],
  ["pg_partman", partmanStub]
]);
function partmanStub(schema) {
  let s = `"${schema.replaceAll('"', '""')}"`;
  return `
create schema if not exists ${s};
create function ${s}.create_parent(
  p_parent_table text, p_control text, p_interval text, p_type text default 'range',
  p_epoch text default 'none', p_premake integer default 4, p_start_partition text default null,
  p_default_table boolean default true, p_automatic_maintenance text default 'on',
  p_constraint_cols text[] default null, p_template_table text default null, p_jobmon boolean default true,
  p_date_trunc_interval text default null, p_control_not_null boolean default true,
  p_time_encoder text default null, p_time_decoder text default null
) returns boolean language sql as 'select true';
create function ${s}.run_maintenance(
  p_parent_table text default null, p_analyze boolean default false, p_jobmon boolean default true
) returns void language sql as 'select';
create table ${s}.part_config (parent_table text primary key, control text, partition_interval text,
  premake integer default 4, retention text, retention_keep_table boolean default true,
  infinite_time_partitions boolean default false, automatic_maintenance text default 'on');
`;
}

export {
  SUPABASE_STANDIN_SQL,
  EMULATED_EXTENSIONS
};
