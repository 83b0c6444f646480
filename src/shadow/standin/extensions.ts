// Stand-ins for the Supabase extensions the shadow has no real build of. Each is a real PostgreSQL
// extension (a control file and an install script, written into PGlite's file system at every start), so
// CREATE EXTENSION, IF NOT EXISTS, WITH SCHEMA, CASCADE and DROP EXTENSION behave as they do on Supabase,
// and the objects land in pg_extension and pg_depend like the real ones. The scripts create the types,
// tables and functions migrations reference, with the real extensions' names and signatures (written for
// scribe-lint from their documentation, not copied); the bodies do nothing useful, since the shadow only
// has to let DDL that depends on them replay.

import type { Extension } from '@electric-sql/pglite';

export interface StandinExtension {
  name: string;
  version: string;
  comment: string;
  requires?: readonly string[];
  script: string;
}

const HTTP = String.raw`
create domain @extschema@.http_method as text;
create domain @extschema@.content_type as text check (value ~ '^\S+\/\S+');
create type @extschema@.http_header as (field varchar, value varchar);
create type @extschema@.http_response as (
  status integer, content_type varchar, headers @extschema@.http_header[], content varchar
);
create type @extschema@.http_request as (
  method @extschema@.http_method, uri varchar, headers @extschema@.http_header[], content_type varchar,
  content varchar
);
create function @extschema@.http_header(field varchar, value varchar) returns @extschema@.http_header
  language sql immutable as $$ select row(field, value)::@extschema@.http_header $$;
create function @extschema@.http(request @extschema@.http_request) returns @extschema@.http_response
  language sql as $$ select null::@extschema@.http_response $$;
create function @extschema@.http_get(uri varchar) returns @extschema@.http_response
  language sql as $$ select null::@extschema@.http_response $$;
create function @extschema@.http_get(uri varchar, data jsonb) returns @extschema@.http_response
  language sql as $$ select null::@extschema@.http_response $$;
create function @extschema@.http_post(uri varchar, content varchar, content_type varchar)
  returns @extschema@.http_response language sql as $$ select null::@extschema@.http_response $$;
create function @extschema@.http_post(uri varchar, data jsonb) returns @extschema@.http_response
  language sql as $$ select null::@extschema@.http_response $$;
create function @extschema@.http_put(uri varchar, content varchar, content_type varchar)
  returns @extschema@.http_response language sql as $$ select null::@extschema@.http_response $$;
create function @extschema@.http_patch(uri varchar, content varchar, content_type varchar)
  returns @extschema@.http_response language sql as $$ select null::@extschema@.http_response $$;
create function @extschema@.http_delete(uri varchar) returns @extschema@.http_response
  language sql as $$ select null::@extschema@.http_response $$;
create function @extschema@.http_delete(uri varchar, content varchar, content_type varchar)
  returns @extschema@.http_response language sql as $$ select null::@extschema@.http_response $$;
create function @extschema@.http_head(uri varchar) returns @extschema@.http_response
  language sql as $$ select null::@extschema@.http_response $$;
create function @extschema@.http_set_curlopt(curlopt varchar, value varchar) returns boolean
  language sql as $$ select true $$;
create function @extschema@.http_reset_curlopt() returns boolean language sql as $$ select true $$;
create function @extschema@.urlencode(string varchar) returns text language sql immutable as $$ select string $$;
create function @extschema@.urlencode(data jsonb) returns text language sql immutable as $$ select data::text $$;
`;

const PG_NET = String.raw`
create schema net;
create domain net.http_method as text check (value ilike 'get' or value ilike 'post' or value ilike 'delete');
create type net.request_status as enum ('PENDING', 'SUCCESS', 'ERROR');
create type net.http_response as (status_code integer, headers jsonb, body text);
create type net.http_response_result as (
  status net.request_status, message text, response net.http_response
);
create unlogged table net.http_request_queue (
  id bigserial,
  method net.http_method not null,
  url text not null,
  headers jsonb,
  body bytea,
  timeout_milliseconds integer not null
);
create unlogged table net._http_response (
  id bigint,
  status_code integer,
  content_type text,
  headers jsonb,
  content text,
  timed_out boolean,
  error_msg text,
  created timestamptz not null default now()
);
create index _http_response_created_idx on net._http_response (created);
create function net.http_get(
  url text, params jsonb default '{}', headers jsonb default '{}', timeout_milliseconds integer default 5000
) returns bigint language sql as $$
  insert into net.http_request_queue (method, url, headers, timeout_milliseconds)
  values ('GET', url, headers, timeout_milliseconds) returning id
$$;
create function net.http_post(
  url text, body jsonb default '{}', params jsonb default '{}',
  headers jsonb default '{"Content-Type": "application/json"}', timeout_milliseconds integer default 5000
) returns bigint language sql as $$
  insert into net.http_request_queue (method, url, headers, body, timeout_milliseconds)
  values ('POST', url, headers, convert_to(body::text, 'UTF8'), timeout_milliseconds) returning id
$$;
create function net.http_delete(
  url text, params jsonb default '{}', headers jsonb default '{}', timeout_milliseconds integer default 5000,
  body jsonb default null
) returns bigint language sql as $$
  insert into net.http_request_queue (method, url, headers, timeout_milliseconds)
  values ('DELETE', url, headers, timeout_milliseconds) returning id
$$;
create function net._http_collect_response(request_id bigint, async boolean default true)
  returns net.http_response_result language sql as $$
  select row('PENDING', null, null)::net.http_response_result
$$;
create function net.http_collect_response(request_id bigint, async boolean default true)
  returns net.http_response_result language sql as $$ select net._http_collect_response(request_id, async) $$;
create function net.worker_restart() returns boolean language sql as $$ select true $$;
grant usage on schema net to postgres, anon, authenticated, service_role;
`;

const SUPABASE_VAULT = String.raw`
create schema vault;
create table vault.secrets (
  id uuid primary key default gen_random_uuid(),
  name text,
  description text not null default '',
  secret text not null,
  key_id uuid,
  nonce bytea,
  created_at timestamptz not null default current_timestamp,
  updated_at timestamptz not null default current_timestamp
);
create unique index secrets_name_idx on vault.secrets (name) where name is not null;
create view vault.decrypted_secrets as
  select id, name, description, secret, secret as decrypted_secret, key_id, nonce, created_at, updated_at
    from vault.secrets;
create function vault.create_secret(
  new_secret text, new_name text default null, new_description text default '', new_key_id uuid default null
) returns uuid language sql as $$
  insert into vault.secrets (secret, name, description, key_id)
  values (new_secret, new_name, new_description, new_key_id) returning id
$$;
create function vault.update_secret(
  secret_id uuid, new_secret text default null, new_name text default null,
  new_description text default null, new_key_id uuid default null
) returns void language sql as $$
  update vault.secrets set secret = coalesce(new_secret, secret), name = coalesce(new_name, name),
    description = coalesce(new_description, description), key_id = coalesce(new_key_id, key_id),
    updated_at = now()
   where id = secret_id
$$;
`;

const PG_CRON = String.raw`
create schema cron;
create table cron.job (
  jobid bigserial primary key,
  schedule text not null,
  command text not null,
  nodename text not null default 'localhost',
  nodeport integer not null default 5432,
  database text not null default current_database(),
  username text not null default current_user,
  active boolean not null default true,
  jobname text,
  unique (jobname, username)
);
create table cron.job_run_details (
  jobid bigint,
  runid bigserial primary key,
  job_pid integer,
  database text,
  username text,
  command text,
  status text,
  return_message text,
  start_time timestamptz,
  end_time timestamptz
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
create function cron.schedule_in_database(
  job_name text, schedule text, command text, database text, username text default null,
  active boolean default true
) returns bigint language sql as $$
  insert into cron.job (jobname, schedule, command, database, username, active)
  values (job_name, schedule, command, database, coalesce(username, current_user), active) returning jobid
$$;
create function cron.unschedule(job_id bigint) returns boolean language sql as $$
  with gone as (delete from cron.job where jobid = job_id returning 1) select exists (select 1 from gone)
$$;
create function cron.unschedule(job_name text) returns boolean language sql as $$
  with gone as (delete from cron.job where jobname = job_name returning 1) select exists (select 1 from gone)
$$;
create function cron.alter_job(
  job_id bigint, schedule text default null, command text default null, database text default null,
  username text default null, active boolean default null
) returns void language sql as $$
  update cron.job set schedule = coalesce(alter_job.schedule, job.schedule),
    command = coalesce(alter_job.command, job.command), active = coalesce(alter_job.active, job.active)
   where jobid = job_id
$$;
grant usage on schema cron to postgres;
`;

const PG_GRAPHQL = String.raw`
create schema graphql;
create function graphql.resolve(
  query text, variables jsonb default '{}', "operationName" text default null, extensions jsonb default null
) returns jsonb language sql as $$ select jsonb_build_object('data', null) $$;
create function graphql.comment_directive(comment_ text) returns jsonb language sql immutable as $$
  select null::jsonb
$$;
grant usage on schema graphql to anon, authenticated, service_role;
`;

const PGSODIUM = String.raw`
create schema pgsodium;
create table pgsodium.key (
  id uuid primary key default gen_random_uuid(),
  status text default 'valid',
  created timestamptz not null default now(),
  expires timestamptz,
  key_type text,
  key_id bigserial,
  key_context bytea default 'pgsodium',
  name text unique,
  associated_data text default 'associated',
  raw_key bytea,
  raw_key_nonce bytea,
  parent_key uuid references pgsodium.key (id),
  comment text,
  user_data text
);
create function pgsodium.randombytes_buf(size integer) returns bytea language sql as $$
  select decode(repeat('00', size), 'hex')
$$;
create function pgsodium.randombytes_random() returns integer language sql as $$ select 4 $$;
create function pgsodium.crypto_aead_det_noncegen() returns bytea language sql as $$
  select pgsodium.randombytes_buf(16)
$$;
create function pgsodium.crypto_aead_det_encrypt(message bytea, additional bytea, key_uuid uuid, nonce bytea default null)
  returns bytea language sql as $$ select message $$;
create function pgsodium.crypto_aead_det_decrypt(message bytea, additional bytea, key_uuid uuid, nonce bytea default null)
  returns bytea language sql as $$ select message $$;
create function pgsodium.crypto_secretbox_keygen() returns bytea language sql as $$
  select pgsodium.randombytes_buf(32)
$$;
create function pgsodium.create_key(
  key_type text default 'aead-det', name text default null, raw_key bytea default null,
  raw_key_nonce bytea default null, parent_key uuid default null, key_context bytea default 'pgsodium',
  expires timestamptz default null, associated_data text default ''
) returns pgsodium.key language sql as $$
  insert into pgsodium.key (key_type, name, raw_key, raw_key_nonce, parent_key, key_context, expires, associated_data)
  values (key_type, name, raw_key, raw_key_nonce, parent_key, key_context, expires, associated_data) returning *
$$;
`;

const PG_JSONSCHEMA = String.raw`
create function @extschema@.json_matches_schema(schema json, instance json) returns boolean
  language sql immutable strict as $$ select true $$;
create function @extschema@.jsonb_matches_schema(schema json, instance jsonb) returns boolean
  language sql immutable strict as $$ select true $$;
create function @extschema@.jsonschema_is_valid(schema json) returns boolean
  language sql immutable strict as $$ select true $$;
create function @extschema@.jsonschema_validation_errors(schema json, instance json) returns text[]
  language sql immutable strict as $$ select '{}'::text[] $$;
`;

const PGJWT = String.raw`
create function @extschema@.url_encode(data bytea) returns text language sql immutable as $$
  select translate(encode(data, 'base64'), E'+/=\n', '-_')
$$;
create function @extschema@.url_decode(data text) returns bytea language sql immutable as $$
  select decode(translate(data, '-_', '+/') || repeat('=', (4 - length(data) % 4) % 4), 'base64')
$$;
create function @extschema@.algorithm_sign(signables text, secret text, algorithm text) returns text
  language sql immutable as $$ select @extschema@.url_encode(convert_to(signables || secret || algorithm, 'UTF8')) $$;
create function @extschema@.sign(payload json, secret text, algorithm text default 'HS256') returns text
  language sql immutable as $$
  select @extschema@.url_encode(convert_to('{"alg":"' || algorithm || '","typ":"JWT"}', 'UTF8')) || '.' ||
         @extschema@.url_encode(convert_to(payload::text, 'UTF8')) || '.' ||
         @extschema@.algorithm_sign(payload::text, secret, algorithm)
$$;
create function @extschema@.try_cast_double(inp text) returns double precision language plpgsql immutable as $$
begin
  return inp::double precision;
exception when others then
  return null;
end $$;
create function @extschema@.verify(token text, secret text, algorithm text default 'HS256')
  returns table (header json, payload json, valid boolean) language sql immutable as $$
  select convert_from(@extschema@.url_decode(split_part(token, '.', 1)), 'UTF8')::json,
         convert_from(@extschema@.url_decode(split_part(token, '.', 2)), 'UTF8')::json, true
$$;
`;

const HYPOPG = String.raw`
create function @extschema@.hypopg_create_index(sql_order text, out indexrelid oid, out indexname text)
  returns setof record language sql as $$ select 0::oid, ''::text where false $$;
create function @extschema@.hypopg_drop_index(indexid oid) returns boolean language sql as $$ select true $$;
create function @extschema@.hypopg_reset() returns void language sql as $$ select $$;
create function @extschema@.hypopg_list_indexes()
  returns table (indexrelid oid, index_name text, schema_name name, table_name name, am_name name)
  language sql as $$ select null::oid, null::text, null::name, null::name, null::name where false $$;
`;

const INDEX_ADVISOR = String.raw`
create function @extschema@.index_advisor(query text)
  returns table (
    startup_cost_before jsonb, startup_cost_after jsonb, total_cost_before jsonb, total_cost_after jsonb,
    index_statements text[], errors text[]
  ) language sql as $$ select null::jsonb, null::jsonb, null::jsonb, null::jsonb, '{}'::text[], '{}'::text[] $$;
`;

const PLPGSQL_CHECK = String.raw`
create function @extschema@.plpgsql_check_function(
  funcoid regprocedure, relid regclass default 0, format text default 'text', fatal_errors boolean default true,
  other_warnings boolean default true, performance_warnings boolean default false,
  extra_warnings boolean default true, security_warnings boolean default false
) returns setof text language sql as $$ select ''::text where false $$;
create function @extschema@.plpgsql_check_function_tb(
  funcoid regprocedure, relid regclass default 0, fatal_errors boolean default true,
  other_warnings boolean default true, performance_warnings boolean default false,
  extra_warnings boolean default true, security_warnings boolean default false
) returns table (
  functionid regproc, lineno integer, statement text, sqlstate text, message text, detail text, hint text,
  level text, "position" integer, query text, context text
) language sql as $$
  select null::regproc, null::int, null::text, null::text, null::text, null::text, null::text, null::text,
         null::int, null::text, null::text where false
$$;
`;

const PG_PARTMAN = String.raw`
create table @extschema@.part_config (
  parent_table text primary key, control text not null, partition_interval text not null,
  partition_type text not null default 'range', premake integer not null default 4, retention text,
  retention_keep_table boolean not null default true, infinite_time_partitions boolean not null default false,
  automatic_maintenance text not null default 'on', template_table text
);
create function @extschema@.create_parent(
  p_parent_table text, p_control text, p_interval text, p_type text default 'range',
  p_epoch text default 'none', p_premake integer default 4, p_start_partition text default null,
  p_default_table boolean default true, p_automatic_maintenance text default 'on',
  p_constraint_cols text[] default null, p_template_table text default null, p_jobmon boolean default true,
  p_date_trunc_interval text default null, p_control_not_null boolean default true,
  p_time_encoder text default null, p_time_decoder text default null
) returns boolean language sql as $$
  insert into @extschema@.part_config (parent_table, control, partition_interval, partition_type, premake)
  values (p_parent_table, p_control, p_interval, p_type, p_premake) returning true
$$;
create function @extschema@.run_maintenance(
  p_parent_table text default null, p_analyze boolean default false, p_jobmon boolean default true
) returns void language sql as $$ select $$;
create procedure @extschema@.run_maintenance_proc(
  p_wait integer default 0, p_analyze boolean default null, p_jobmon boolean default true
) language sql as $$ select $$;
`;

const TIMESCALEDB = String.raw`
create function @extschema@.create_hypertable(
  relation regclass, time_column_name name, partitioning_column name default null,
  number_partitions integer default null, associated_schema_name name default null,
  associated_table_prefix name default null, chunk_time_interval anyelement default null::bigint,
  create_default_indexes boolean default true, if_not_exists boolean default false
) returns table (hypertable_id integer, schema_name name, table_name name, created boolean)
  language sql as $$ select 1, null::name, relation::text::name, true $$;
create function @extschema@.add_retention_policy(
  relation regclass, drop_after "any", if_not_exists boolean default false
) returns integer language sql as $$ select 1 $$;
create function @extschema@.add_compression_policy(
  hypertable regclass, compress_after "any", if_not_exists boolean default false
) returns integer language sql as $$ select 1 $$;
create function @extschema@.time_bucket(bucket_width interval, ts timestamptz) returns timestamptz
  language sql immutable as $$ select date_bin(bucket_width, ts, timestamptz '2000-01-03') $$;
create function @extschema@.time_bucket(bucket_width interval, ts timestamp) returns timestamp
  language sql immutable as $$ select date_bin(bucket_width, ts, timestamp '2000-01-03') $$;
create function @extschema@.time_bucket(bucket_width interval, ts date) returns date
  language sql immutable as $$ select date_bin(bucket_width, ts::timestamp, timestamp '2000-01-03')::date $$;
`;

/** Supabase Wrappers: its foreign data wrappers' handlers borrow file_fdw's C handler, so servers and
 * foreign tables can be created (reading one fails, as nothing is behind it). */
const WRAPPER_NAMES = [
  'airtable',
  'auth0',
  'big_query',
  'click_house',
  'cognito',
  'firebase',
  'logflare',
  'mssql',
  'redis',
  's3',
  'stripe',
  'wasm',
  'iceberg',
  'duckdb',
];
const WRAPPERS = WRAPPER_NAMES.map(
  (name) => String.raw`
create function @extschema@.${name}_fdw_handler() returns fdw_handler language c strict
  as '$libdir/file_fdw', 'file_fdw_handler';
create function @extschema@.${name}_fdw_validator(options text[], catalog oid) returns void
  language plpgsql as $$ begin end $$;
create function @extschema@.${name}_fdw_meta()
  returns table (name text, version text, author text, website text)
  language sql as $$ select '${name}'::text, '0'::text, ''::text, ''::text $$;`,
).join('\n');

/** PostGIS's two column types (with their typmods, so geometry(Point, 4326) parses) and a GiST opclass;
 * the real build adds about 20 MB, so the shadow has these instead. Values are stored as text. */
const POSTGIS = ['geometry', 'geography']
  .map(
    (type) => String.raw`
create type @extschema@.${type};
create function @extschema@.${type}_in(cstring) returns @extschema@.${type}
  language internal immutable strict as 'textin';
create function @extschema@.${type}_out(@extschema@.${type}) returns cstring
  language internal immutable strict as 'textout';
create function @extschema@.${type}_typmod_in(cstring[]) returns integer language sql immutable strict as 'select -1';
create type @extschema@.${type} (
  input = @extschema@.${type}_in, output = @extschema@.${type}_out,
  typmod_in = @extschema@.${type}_typmod_in, internallength = variable, storage = extended, category = 'U'
);
create function @extschema@.${type}_eq(@extschema@.${type}, @extschema@.${type}) returns boolean
  language sql immutable strict as 'select $1::text = $2::text';
create function @extschema@.${type}_overlaps(@extschema@.${type}, @extschema@.${type}) returns boolean
  language sql immutable strict as 'select $1::text = $2::text';
create operator @extschema@.= (leftarg = @extschema@.${type}, rightarg = @extschema@.${type},
  function = @extschema@.${type}_eq);
create operator @extschema@.&& (leftarg = @extschema@.${type}, rightarg = @extschema@.${type},
  function = @extschema@.${type}_overlaps);`,
  )
  .join('\n')
  .concat(
    String.raw`
create function @extschema@.st_makepoint(double precision, double precision) returns @extschema@.geometry
  language sql immutable strict as $$ select ('POINT(' || $1 || ' ' || $2 || ')')::text::@extschema@.geometry $$;
create function @extschema@.st_point(double precision, double precision) returns @extschema@.geometry
  language sql immutable strict as $$ select @extschema@.st_makepoint($1, $2) $$;
create function @extschema@.st_setsrid(@extschema@.geometry, integer) returns @extschema@.geometry
  language sql immutable strict as $$ select $1 $$;
create function @extschema@.st_geomfromtext(text, integer default 0) returns @extschema@.geometry
  language sql immutable strict as $$ select $1::@extschema@.geometry $$;
create function @extschema@.st_distance(@extschema@.geography, @extschema@.geography) returns double precision
  language sql immutable strict as $$ select 0::double precision $$;
create function @extschema@.st_distance(@extschema@.geometry, @extschema@.geometry) returns double precision
  language sql immutable strict as $$ select 0::double precision $$;
create function @extschema@.st_dwithin(@extschema@.geography, @extschema@.geography, double precision)
  returns boolean language sql immutable strict as $$ select true $$;
create function @extschema@.st_dwithin(@extschema@.geometry, @extschema@.geometry, double precision)
  returns boolean language sql immutable strict as $$ select true $$;
create function @extschema@.st_intersects(@extschema@.geometry, @extschema@.geometry) returns boolean
  language sql immutable strict as $$ select true $$;
create function @extschema@.st_contains(@extschema@.geometry, @extschema@.geometry) returns boolean
  language sql immutable strict as $$ select true $$;
create function @extschema@.st_x(@extschema@.geometry) returns double precision
  language sql immutable strict as $$ select 0::double precision $$;
create function @extschema@.st_y(@extschema@.geometry) returns double precision
  language sql immutable strict as $$ select 0::double precision $$;
create function @extschema@.st_asgeojson(@extschema@.geometry, integer default 9, integer default 8) returns text
  language sql immutable strict as $$ select '{}'::text $$;
create cast (@extschema@.geometry as @extschema@.geography) without function as implicit;
create cast (@extschema@.geography as @extschema@.geometry) without function as implicit;
create table @extschema@.spatial_ref_sys (
  srid integer primary key check (srid > 0 and srid <= 998999), auth_name varchar(256), auth_srid integer,
  srtext varchar(2048), proj4text varchar(2048)
);`,
  );

const ACCESS_METHOD_ONLY = (method: string) => String.raw`
create access method ${method} type index handler ginhandler;
create operator class @extschema@.${method}_tsvector_ops default for type tsvector using ${method} as
  operator 1 @@ (tsvector, tsquery),
  function 1 gin_cmp_tslexeme(text, text),
  function 2 gin_extract_tsvector(tsvector, internal, internal),
  function 3 gin_extract_tsquery(tsvector, internal, smallint, internal, internal, internal, internal),
  function 4 gin_tsquery_consistent(internal, smallint, tsvector, integer, internal, internal, internal, internal),
  function 5 gin_cmp_prefix(text, text, smallint, internal),
  function 6 gin_tsquery_triconsistent(internal, smallint, tsvector, integer, internal, internal, internal),
  storage text;`;

export const STANDIN_EXTENSIONS: readonly StandinExtension[] = [
  { name: 'http', version: '1.6', comment: 'HTTP client', script: HTTP },
  { name: 'pg_net', version: '0.14.0', comment: 'async HTTP', script: PG_NET },
  { name: 'supabase_vault', version: '0.3.1', comment: 'Supabase Vault', script: SUPABASE_VAULT },
  { name: 'pg_cron', version: '1.6', comment: 'job scheduler', script: PG_CRON },
  { name: 'pg_graphql', version: '1.5.11', comment: 'GraphQL support', script: PG_GRAPHQL },
  { name: 'pgsodium', version: '3.1.8', comment: 'libsodium functions', script: PGSODIUM },
  { name: 'pg_jsonschema', version: '0.3.3', comment: 'JSON Schema validation', script: PG_JSONSCHEMA },
  { name: 'pgjwt', version: '0.2.0', comment: 'JSON Web Tokens', requires: ['pgcrypto'], script: PGJWT },
  { name: 'hypopg', version: '1.4.1', comment: 'hypothetical indexes', script: HYPOPG },
  {
    name: 'index_advisor',
    version: '0.2.0',
    comment: 'index advisor',
    requires: ['hypopg'],
    script: INDEX_ADVISOR,
  },
  { name: 'plpgsql_check', version: '2.7', comment: 'PL/pgSQL checker', script: PLPGSQL_CHECK },
  {
    name: 'pgaudit',
    version: '17.0',
    comment: 'audit logging',
    script: '-- pgaudit has no SQL objects: it only configures logging\n',
  },
  { name: 'pg_partman', version: '5.2.4', comment: 'partition management', script: PG_PARTMAN },
  { name: 'timescaledb', version: '2.16.1', comment: 'time series', script: TIMESCALEDB },
  { name: 'wrappers', version: '0.5.0', comment: 'foreign data wrappers', script: WRAPPERS },
  { name: 'postgis', version: '3.3.7', comment: 'geometry and geography types', script: POSTGIS },
  { name: 'rum', version: '1.3', comment: 'RUM index access method', script: ACCESS_METHOD_ONLY('rum') },
  { name: 'pgroonga', version: '3.2.5', comment: 'full text search', script: ACCESS_METHOD_ONLY('pgroonga') },
];

const EXTENSION_DIR = '/pglite/share/postgresql/extension';

/** The control file and install script of each stand-in, as PostgreSQL looks for them. */
export function standinFiles(): { path: string; content: string }[] {
  return STANDIN_EXTENSIONS.flatMap((extension) => {
    const control = [
      `comment = 'scribe-lint stand-in: ${extension.comment}'`,
      `default_version = '${extension.version}'`,
      // Not relocatable, so PostgreSQL substitutes @extschema@: the schema CREATE EXTENSION names.
      'relocatable = false',
      'superuser = true',
      ...(extension.requires ? [`requires = '${extension.requires.join(', ')}'`] : []),
    ].join('\n');
    return [
      { path: `${EXTENSION_DIR}/${extension.name}.control`, content: `${control}\n` },
      { path: `${EXTENSION_DIR}/${extension.name}--${extension.version}.sql`, content: extension.script },
    ];
  });
}

/** What a saved data directory depends on from here: the seed installs some stand-ins. */
export function standinExtensionsKey(): string {
  return standinFiles()
    .map((file) => `${file.path}\n${file.content}`)
    .join('\0');
}

/** A PGlite extension that writes the stand-ins' files into the file system before PostgreSQL starts. */
export function standinInstaller(): Extension {
  const files = standinFiles();
  return {
    name: 'scribe_lint_standins',
    setup: async (_pg, emscriptenOpts: { preRun?: ((module: EmscriptenModule) => void)[] }) => {
      const install = (module: EmscriptenModule) => {
        module.FS.mkdirTree(EXTENSION_DIR);
        for (const file of files) module.FS.writeFile(file.path, file.content);
      };
      return { emscriptenOpts: { ...emscriptenOpts, preRun: [...(emscriptenOpts.preRun ?? []), install] } };
    },
  };
}

interface EmscriptenModule {
  FS: { mkdirTree(path: string): void; writeFile(path: string, content: string): void };
}
