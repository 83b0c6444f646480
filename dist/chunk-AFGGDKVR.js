import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);
import {
  statementOf
} from "./chunk-CRXCDDBS.js";

// src/shadow/contrib.json
var contrib_default = {
  pgcrypto: "@electric-sql/pglite/pgcrypto.tar.gz",
  "uuid-ossp": "@electric-sql/pglite/uuid-ossp.tar.gz",
  citext: "@electric-sql/pglite/citext.tar.gz",
  pg_trgm: "@electric-sql/pglite/pg_trgm.tar.gz",
  btree_gist: "@electric-sql/pglite/btree_gist.tar.gz",
  btree_gin: "@electric-sql/pglite/btree_gin.tar.gz",
  hstore: "@electric-sql/pglite/hstore.tar.gz",
  ltree: "@electric-sql/pglite/ltree.tar.gz",
  unaccent: "@electric-sql/pglite/unaccent.tar.gz",
  fuzzystrmatch: "@electric-sql/pglite/fuzzystrmatch.tar.gz",
  moddatetime: "@electric-sql/pglite/spi.tar.gz",
  autoinc: "@electric-sql/pglite/spi.tar.gz",
  insert_username: "@electric-sql/pglite/spi.tar.gz",
  refint: "@electric-sql/pglite/spi.tar.gz",
  intarray: "@electric-sql/pglite/intarray.tar.gz",
  cube: "@electric-sql/pglite/cube.tar.gz",
  earthdistance: "@electric-sql/pglite/earthdistance.tar.gz",
  tablefunc: "@electric-sql/pglite/tablefunc.tar.gz",
  isn: "@electric-sql/pglite/isn.tar.gz",
  seg: "@electric-sql/pglite/seg.tar.gz",
  pg_stat_statements: "@electric-sql/pglite/pg_stat_statements.tar.gz",
  amcheck: "@electric-sql/pglite/amcheck.tar.gz",
  bloom: "@electric-sql/pglite/bloom.tar.gz",
  dict_int: "@electric-sql/pglite/dict_int.tar.gz",
  dict_xsyn: "@electric-sql/pglite/dict_xsyn.tar.gz",
  file_fdw: "@electric-sql/pglite/file_fdw.tar.gz",
  lo: "@electric-sql/pglite/lo.tar.gz",
  pageinspect: "@electric-sql/pglite/pageinspect.tar.gz",
  pg_buffercache: "@electric-sql/pglite/pg_buffercache.tar.gz",
  pg_freespacemap: "@electric-sql/pglite/pg_freespacemap.tar.gz",
  pg_surgery: "@electric-sql/pglite/pg_surgery.tar.gz",
  pg_visibility: "@electric-sql/pglite/pg_visibility.tar.gz",
  pg_walinspect: "@electric-sql/pglite/pg_walinspect.tar.gz",
  tcn: "@electric-sql/pglite/tcn.tar.gz",
  tsm_system_rows: "@electric-sql/pglite/tsm_system_rows.tar.gz",
  tsm_system_time: "@electric-sql/pglite/tsm_system_time.tar.gz",
  vector: "@electric-sql/pglite-pgvector/vector.tar.gz",
  pgmq: "@electric-sql/pglite-pgmq/pgmq.tar.gz",
  pg_hashids: "@electric-sql/pglite-pg_hashids/pg_hashids.tar.gz",
  pgtap: "@electric-sql/pglite-pgtap/pgtap.tar.gz"
};

// src/shadow/extensions.ts
var REAL_BUILDS = contrib_default, INSTALLED_BY_STANDIN = ["pgcrypto", "uuid-ossp", "pg_stat_statements"], LOADED_AT_EVERY_START = ["pg_stat_statements"], CALLS = {
  pgcrypto: /\b"?(crypt|gen_salt|digest|hmac|gen_random_bytes|pgp_[a-z_]+|armor|dearmor|encrypt(_iv)?|decrypt(_iv)?)"?\s*\(|\bextensions"?\s*\.\s*"?gen_random_uuid\b/i,
  "uuid-ossp": /\b"?uuid_(generate_v\d\w*|nil|ns_\w+)"?\s*\(/i
};
function extensionsNeeded(files) {
  let created = /* @__PURE__ */ new Set(), changed = /* @__PURE__ */ new Set(), called = /* @__PURE__ */ new Set();
  for (let file of files) {
    if (file.applied) for (let name of buildsCalledIn(file.text)) called.add(name);
    for (let { node } of file.statements) {
      let create = statementOf(node, "CreateExtensionStmt")?.extname;
      create && created.add(create);
      let alter = statementOf(node, "AlterExtensionStmt")?.extname ?? statementOf(node, "AlterExtensionContentsStmt")?.extname;
      alter && changed.add(alter);
      for (let name of droppedExtensions(node)) changed.add(name);
    }
  }
  return needed(created, changed, called);
}
function needed(created, changed, called) {
  let installed = new Set(INSTALLED_BY_STANDIN), createdAnew = [...created].filter((name) => !installed.has(name) || changed.has(name));
  return [.../* @__PURE__ */ new Set([...createdAnew, ...called])];
}
function extensionsInText(files) {
  let created = /* @__PURE__ */ new Set(), changed = /* @__PURE__ */ new Set(), called = /* @__PURE__ */ new Set();
  for (let { text, applied } of files) {
    if (applied) for (let name of buildsCalledIn(text)) called.add(name);
    for (let match of text.matchAll(CREATE_EXTENSION)) created.add(extensionName(match[1]));
    for (let match of text.matchAll(ALTER_EXTENSION)) changed.add(extensionName(match[1]));
    for (let match of text.matchAll(DROP_EXTENSION))
      for (let name of match[1].split(",")) changed.add(extensionName(name.trim()));
  }
  return needed(created, changed, called);
}
var NAME = String.raw`(?:"[^"]+"|[\w$-]+)`, CREATE_EXTENSION = new RegExp(
  String.raw`\bcreate\s+extension\s+(?:if\s+not\s+exists\s+)?(${NAME})`,
  "gi"
), ALTER_EXTENSION = new RegExp(String.raw`\balter\s+extension\s+(${NAME})`, "gi"), DROP_EXTENSION = new RegExp(
  String.raw`\bdrop\s+extension\s+(?:if\s+exists\s+)?(${NAME}(?:\s*,\s*${NAME})*)`,
  "gi"
);
function extensionName(written) {
  return written.startsWith('"') ? written.slice(1, -1) : written.toLowerCase();
}
function droppedExtensions(node) {
  let drop = statementOf(node, "DropStmt");
  return drop?.removeType !== "OBJECT_EXTENSION" ? [] : (drop.objects ?? []).flatMap((object) => {
    let name = object.String?.sval;
    return name ? [name] : [];
  });
}
function buildsCalledIn(text) {
  return Object.keys(CALLS).filter((name) => CALLS[name].test(text));
}
function missingLibrary(message) {
  return /could not access file "(?:\$libdir\/)?([\w-]+)"/.exec(message)?.[1];
}
var PRELOADED_LIBRARIES = /* @__PURE__ */ new Set(["pg_stat_statements"]), NEEDS = {
  earthdistance: ["cube"],
  pgjwt: ["pgcrypto"],
  wrappers: ["file_fdw"]
};
function isRealBuild(name) {
  return Object.hasOwn(REAL_BUILDS, name);
}
function tarballSource(name) {
  if (!isRealBuild(name)) return;
  let spec = REAL_BUILDS[name], slash = spec.lastIndexOf("/");
  return { packageName: spec.slice(0, slash), file: spec.slice(slash + 1) };
}
function buildsToLoad(requested) {
  let names = new Set(LOADED_AT_EVERY_START), visit = (name) => {
    for (let needed2 of NEEDS[name] ?? []) visit(needed2);
    isRealBuild(name) && names.add(name);
  };
  for (let name of requested) visit(name);
  return [...names];
}

// src/shadow/standin/extensions.ts
var HTTP = String.raw`
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
`, PG_NET = String.raw`
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
`, SUPABASE_VAULT = String.raw`
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
`, PG_CRON = String.raw`
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
`, PG_GRAPHQL = String.raw`
create schema graphql;
create function graphql.resolve(
  query text, variables jsonb default '{}', "operationName" text default null, extensions jsonb default null
) returns jsonb language sql as $$ select jsonb_build_object('data', null) $$;
create function graphql.comment_directive(comment_ text) returns jsonb language sql immutable as $$
  select null::jsonb
$$;
grant usage on schema graphql to anon, authenticated, service_role;
`, PGSODIUM = String.raw`
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
`, PG_JSONSCHEMA = String.raw`
create function @extschema@.json_matches_schema(schema json, instance json) returns boolean
  language sql immutable strict as $$ select true $$;
create function @extschema@.jsonb_matches_schema(schema json, instance jsonb) returns boolean
  language sql immutable strict as $$ select true $$;
create function @extschema@.jsonschema_is_valid(schema json) returns boolean
  language sql immutable strict as $$ select true $$;
create function @extschema@.jsonschema_validation_errors(schema json, instance json) returns text[]
  language sql immutable strict as $$ select '{}'::text[] $$;
`, PGJWT = String.raw`
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
`, HYPOPG = String.raw`
create function @extschema@.hypopg_create_index(sql_order text, out indexrelid oid, out indexname text)
  returns setof record language sql as $$ select 0::oid, ''::text where false $$;
create function @extschema@.hypopg_drop_index(indexid oid) returns boolean language sql as $$ select true $$;
create function @extschema@.hypopg_reset() returns void language sql as $$ select $$;
create function @extschema@.hypopg_list_indexes()
  returns table (indexrelid oid, index_name text, schema_name name, table_name name, am_name name)
  language sql as $$ select null::oid, null::text, null::name, null::name, null::name where false $$;
`, INDEX_ADVISOR = String.raw`
create function @extschema@.index_advisor(query text)
  returns table (
    startup_cost_before jsonb, startup_cost_after jsonb, total_cost_before jsonb, total_cost_after jsonb,
    index_statements text[], errors text[]
  ) language sql as $$ select null::jsonb, null::jsonb, null::jsonb, null::jsonb, '{}'::text[], '{}'::text[] $$;
`, PLPGSQL_CHECK = String.raw`
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
`, PG_PARTMAN = String.raw`
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
`, TIMESCALEDB = String.raw`
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
`, WRAPPER_NAMES = [
  "airtable",
  "auth0",
  "big_query",
  "click_house",
  "cognito",
  "firebase",
  "logflare",
  "mssql",
  "redis",
  "s3",
  "stripe",
  "wasm",
  "iceberg",
  "duckdb"
], WRAPPERS = WRAPPER_NAMES.map(
  (name) => String.raw`
create function @extschema@.${name}_fdw_handler() returns fdw_handler language c strict
  as '$libdir/file_fdw', 'file_fdw_handler';
create function @extschema@.${name}_fdw_validator(options text[], catalog oid) returns void
  language plpgsql as $$ begin end $$;
create function @extschema@.${name}_fdw_meta()
  returns table (name text, version text, author text, website text)
  language sql as $$ select '${name}'::text, '0'::text, ''::text, ''::text $$;`
).join(`
`), POSTGIS = ["geometry", "geography"].map(
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
  function = @extschema@.${type}_overlaps);`
).join(`
`).concat(
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
);`
), ACCESS_METHOD_ONLY = (method) => String.raw`
create access method ${method} type index handler ginhandler;
create operator class @extschema@.${method}_tsvector_ops default for type tsvector using ${method} as
  operator 1 @@ (tsvector, tsquery),
  function 1 gin_cmp_tslexeme(text, text),
  function 2 gin_extract_tsvector(tsvector, internal, internal),
  function 3 gin_extract_tsquery(tsvector, internal, smallint, internal, internal, internal, internal),
  function 4 gin_tsquery_consistent(internal, smallint, tsvector, integer, internal, internal, internal, internal),
  function 5 gin_cmp_prefix(text, text, smallint, internal),
  function 6 gin_tsquery_triconsistent(internal, smallint, tsvector, integer, internal, internal, internal),
  storage text;`, STANDIN_EXTENSIONS = [
  { name: "http", version: "1.6", comment: "HTTP client", script: HTTP },
  { name: "pg_net", version: "0.14.0", comment: "async HTTP", script: PG_NET },
  { name: "supabase_vault", version: "0.3.1", comment: "Supabase Vault", script: SUPABASE_VAULT },
  { name: "pg_cron", version: "1.6", comment: "job scheduler", script: PG_CRON },
  { name: "pg_graphql", version: "1.5.11", comment: "GraphQL support", script: PG_GRAPHQL },
  { name: "pgsodium", version: "3.1.8", comment: "libsodium functions", script: PGSODIUM },
  { name: "pg_jsonschema", version: "0.3.3", comment: "JSON Schema validation", script: PG_JSONSCHEMA },
  { name: "pgjwt", version: "0.2.0", comment: "JSON Web Tokens", requires: ["pgcrypto"], script: PGJWT },
  { name: "hypopg", version: "1.4.1", comment: "hypothetical indexes", script: HYPOPG },
  {
    name: "index_advisor",
    version: "0.2.0",
    comment: "index advisor",
    requires: ["hypopg"],
    script: INDEX_ADVISOR
  },
  { name: "plpgsql_check", version: "2.7", comment: "PL/pgSQL checker", script: PLPGSQL_CHECK },
  {
    name: "pgaudit",
    version: "17.0",
    comment: "audit logging",
    script: `-- pgaudit has no SQL objects: it only configures logging
`
  },
  { name: "pg_partman", version: "5.2.4", comment: "partition management", script: PG_PARTMAN },
  { name: "timescaledb", version: "2.16.1", comment: "time series", script: TIMESCALEDB },
  { name: "wrappers", version: "0.5.0", comment: "foreign data wrappers", script: WRAPPERS },
  { name: "postgis", version: "3.3.7", comment: "geometry and geography types", script: POSTGIS },
  { name: "rum", version: "1.3", comment: "RUM index access method", script: ACCESS_METHOD_ONLY("rum") },
  { name: "pgroonga", version: "3.2.5", comment: "full text search", script: ACCESS_METHOD_ONLY("pgroonga") }
], EXTENSION_DIR = "/pglite/share/postgresql/extension";
function standinFiles() {
  return STANDIN_EXTENSIONS.flatMap((extension) => {
    let control = [
      `comment = 'scribe-lint stand-in: ${extension.comment}'`,
      `default_version = '${extension.version}'`,
      // Not relocatable, so PostgreSQL substitutes @extschema@: the schema CREATE EXTENSION names.
      "relocatable = false",
      "superuser = true",
      ...extension.requires ? [`requires = '${extension.requires.join(", ")}'`] : []
    ].join(`
`);
    return [
      { path: `${EXTENSION_DIR}/${extension.name}.control`, content: `${control}
` },
      { path: `${EXTENSION_DIR}/${extension.name}--${extension.version}.sql`, content: extension.script }
    ];
  });
}
function standinExtensionsKey() {
  return standinFiles().map((file) => `${file.path}
${file.content}`).join("\0");
}
function standinInstaller() {
  let files = standinFiles();
  return {
    name: "scribe_lint_standins",
    setup: async (_pg, emscriptenOpts) => {
      let install = (module) => {
        module.FS.mkdirTree(EXTENSION_DIR);
        for (let file of files) module.FS.writeFile(file.path, file.content);
      };
      return { emscriptenOpts: { ...emscriptenOpts, preRun: [...emscriptenOpts.preRun ?? [], install] } };
    }
  };
}

// src/shadow/standin/auth.ts
var AUTH_SQL = String.raw`
create schema auth authorization supabase_auth_admin;
grant usage on schema auth to anon, authenticated, service_role;

create type auth.aal_level as enum ('aal1', 'aal2', 'aal3');
create type auth.factor_type as enum ('totp', 'webauthn', 'phone');
create type auth.factor_status as enum ('unverified', 'verified');
create type auth.code_challenge_method as enum ('s256', 'plain');
create type auth.one_time_token_type as enum (
  'confirmation_token', 'reauthentication_token', 'recovery_token',
  'email_change_token_new', 'email_change_token_current', 'phone_change_token'
);

create table auth.schema_migrations (version varchar(255) primary key);
create table auth.instances (
  id uuid primary key, uuid uuid, raw_base_config text, created_at timestamptz, updated_at timestamptz
);
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
  confirmation_sent_at timestamptz,
  recovery_token varchar(255),
  recovery_sent_at timestamptz,
  email_change_token_new varchar(255),
  email_change varchar(255),
  email_change_sent_at timestamptz,
  last_sign_in_at timestamptz,
  raw_app_meta_data jsonb,
  raw_user_meta_data jsonb,
  is_super_admin boolean,
  created_at timestamptz,
  updated_at timestamptz,
  phone text unique default null,
  phone_confirmed_at timestamptz,
  phone_change text default '',
  phone_change_token varchar(255) default '',
  phone_change_sent_at timestamptz,
  confirmed_at timestamptz generated always as (least(email_confirmed_at, phone_confirmed_at)) stored,
  email_change_token_current varchar(255) default '',
  email_change_confirm_status smallint default 0 check (email_change_confirm_status between 0 and 2),
  banned_until timestamptz,
  reauthentication_token varchar(255) default '',
  reauthentication_sent_at timestamptz,
  is_sso_user boolean not null default false,
  deleted_at timestamptz,
  is_anonymous boolean not null default false
);
create index users_instance_id_idx on auth.users (instance_id);
create index users_is_anonymous_idx on auth.users (is_anonymous);
create unique index users_email_partial_key on auth.users (email) where is_sso_user = false;

create table auth.identities (
  provider_id text not null,
  user_id uuid not null references auth.users (id) on delete cascade,
  identity_data jsonb not null,
  provider text not null,
  last_sign_in_at timestamptz,
  created_at timestamptz,
  updated_at timestamptz,
  email text generated always as (lower(identity_data ->> 'email')) stored,
  id uuid primary key default gen_random_uuid(),
  unique (provider_id, provider)
);
create index identities_user_id_idx on auth.identities (user_id);
create index identities_email_idx on auth.identities (email text_pattern_ops);

create table auth.sessions (
  id uuid primary key,
  user_id uuid not null references auth.users (id) on delete cascade,
  created_at timestamptz,
  updated_at timestamptz,
  factor_id uuid,
  aal auth.aal_level,
  not_after timestamptz,
  refreshed_at timestamp,
  user_agent text,
  ip inet,
  tag text
);
create index sessions_user_id_idx on auth.sessions (user_id);
create index sessions_not_after_idx on auth.sessions (not_after desc);

create table auth.refresh_tokens (
  instance_id uuid,
  id bigserial primary key,
  token varchar(255) unique,
  user_id varchar(255),
  revoked boolean,
  created_at timestamptz,
  updated_at timestamptz,
  parent varchar(255),
  session_id uuid references auth.sessions (id) on delete cascade
);
create index refresh_tokens_instance_id_user_id_idx on auth.refresh_tokens (instance_id, user_id);
create index refresh_tokens_parent_idx on auth.refresh_tokens (parent);
create index refresh_tokens_session_id_revoked_idx on auth.refresh_tokens (session_id, revoked);

create table auth.audit_log_entries (
  instance_id uuid,
  id uuid primary key,
  payload json,
  created_at timestamptz,
  ip_address varchar(64) not null default ''
);
create index audit_logs_instance_id_idx on auth.audit_log_entries (instance_id);

create table auth.mfa_factors (
  id uuid primary key,
  user_id uuid not null references auth.users (id) on delete cascade,
  friendly_name text,
  factor_type auth.factor_type not null,
  status auth.factor_status not null,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  secret text,
  phone text,
  last_challenged_at timestamptz unique,
  web_authn_credential jsonb,
  web_authn_aaguid uuid
);
create index mfa_factors_user_id_idx on auth.mfa_factors (user_id);
create index factor_id_created_at_idx on auth.mfa_factors (user_id, created_at);

create table auth.mfa_challenges (
  id uuid primary key,
  factor_id uuid not null references auth.mfa_factors (id) on delete cascade,
  created_at timestamptz not null,
  verified_at timestamptz,
  ip_address inet not null,
  otp_code text,
  web_authn_session_data jsonb
);
create index mfa_challenge_created_at_idx on auth.mfa_challenges (created_at desc);
create index mfa_challenges_factor_id_idx on auth.mfa_challenges (factor_id);

create table auth.mfa_amr_claims (
  session_id uuid not null references auth.sessions (id) on delete cascade,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  authentication_method text not null,
  id uuid primary key,
  constraint mfa_amr_claims_session_id_authentication_method_pkey unique (session_id, authentication_method)
);

create table auth.flow_state (
  id uuid primary key,
  user_id uuid,
  auth_code text not null,
  code_challenge_method auth.code_challenge_method not null,
  code_challenge text not null,
  provider_type text not null,
  provider_access_token text,
  provider_refresh_token text,
  created_at timestamptz,
  updated_at timestamptz,
  authentication_method text not null,
  auth_code_issued_at timestamptz
);
create index idx_auth_code on auth.flow_state (auth_code);

create table auth.sso_providers (
  id uuid primary key,
  resource_id text check (resource_id is null or char_length(resource_id) > 0),
  created_at timestamptz,
  updated_at timestamptz,
  disabled boolean
);
create table auth.sso_domains (
  id uuid primary key,
  sso_provider_id uuid not null references auth.sso_providers (id) on delete cascade,
  domain text not null check (char_length(domain) > 0),
  created_at timestamptz,
  updated_at timestamptz
);
create index sso_domains_sso_provider_id_idx on auth.sso_domains (sso_provider_id);
create table auth.saml_providers (
  id uuid primary key,
  sso_provider_id uuid not null references auth.sso_providers (id) on delete cascade,
  entity_id text not null unique check (char_length(entity_id) > 0),
  metadata_xml text not null check (char_length(metadata_xml) > 0),
  metadata_url text check (metadata_url is null or char_length(metadata_url) > 0),
  attribute_mapping jsonb,
  created_at timestamptz,
  updated_at timestamptz,
  name_id_format text
);
create index saml_providers_sso_provider_id_idx on auth.saml_providers (sso_provider_id);
create table auth.saml_relay_states (
  id uuid primary key,
  sso_provider_id uuid not null references auth.sso_providers (id) on delete cascade,
  request_id text not null check (char_length(request_id) > 0),
  for_email text,
  redirect_to text,
  created_at timestamptz,
  updated_at timestamptz,
  flow_state_id uuid references auth.flow_state (id) on delete cascade
);
create index saml_relay_states_sso_provider_id_idx on auth.saml_relay_states (sso_provider_id);
create index saml_relay_states_flow_state_id_idx on auth.saml_relay_states (flow_state_id);

create table auth.one_time_tokens (
  id uuid primary key,
  user_id uuid not null references auth.users (id) on delete cascade,
  token_type auth.one_time_token_type not null,
  token_hash text not null check (char_length(token_hash) > 0),
  relates_to text not null,
  created_at timestamp not null default now(),
  updated_at timestamp not null default now(),
  unique (user_id, token_type)
);
create index one_time_tokens_token_hash_hash_idx on auth.one_time_tokens using hash (token_hash);
create index one_time_tokens_relates_to_hash_idx on auth.one_time_tokens using hash (relates_to);

do $$
declare t record;
begin
  for t in select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'auth' and c.relkind = 'r' loop
    execute format('alter table auth.%I enable row level security', t.relname);
  end loop;
end $$;

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
`;

// src/shadow/standin/realtime.ts
var REALTIME_SQL = String.raw`
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

// src/shadow/standin/storage.ts
var STORAGE_SQL = String.raw`
create schema storage authorization supabase_storage_admin;
grant usage on schema storage to anon, authenticated, service_role;

create table storage.migrations (
  id integer primary key,
  name varchar(100) not null unique,
  hash varchar(40) not null,
  executed_at timestamp default current_timestamp
);
create table storage.buckets (
  id text primary key,
  name text not null,
  owner uuid,
  created_at timestamptz default now(),
  updated_at timestamptz default now(),
  public boolean default false,
  avif_autodetection boolean default false,
  file_size_limit bigint,
  allowed_mime_types text[],
  owner_id text
);
create unique index bname on storage.buckets (name);
create table storage.objects (
  id uuid primary key default gen_random_uuid(),
  bucket_id text references storage.buckets (id),
  name text,
  owner uuid,
  created_at timestamptz default now(),
  updated_at timestamptz default now(),
  last_accessed_at timestamptz default now(),
  metadata jsonb,
  path_tokens text[] generated always as (string_to_array(name, '/')) stored,
  version text,
  owner_id text,
  user_metadata jsonb
);
create unique index bucketid_objname on storage.objects (bucket_id, name);
create index name_prefix_search on storage.objects (name text_pattern_ops);
create table storage.s3_multipart_uploads (
  id text primary key,
  in_progress_size bigint not null default 0,
  upload_signature text not null,
  bucket_id text not null references storage.buckets (id),
  key text collate "C" not null,
  version text not null,
  owner_id text,
  created_at timestamptz not null default now(),
  user_metadata jsonb
);
create index idx_multipart_uploads_list on storage.s3_multipart_uploads (bucket_id, key, created_at);
create table storage.s3_multipart_uploads_parts (
  id uuid primary key default gen_random_uuid(),
  upload_id text not null references storage.s3_multipart_uploads (id) on delete cascade,
  size bigint not null default 0,
  part_number integer not null,
  bucket_id text not null references storage.buckets (id),
  key text collate "C" not null,
  etag text not null,
  owner_id text,
  version text not null,
  created_at timestamptz not null default now()
);
alter table storage.migrations enable row level security;
alter table storage.buckets enable row level security;
alter table storage.objects enable row level security;
alter table storage.s3_multipart_uploads enable row level security;
alter table storage.s3_multipart_uploads_parts enable row level security;
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
create function storage.get_size_by_bucket() returns table (size bigint, bucket_id text)
language sql stable as $$
  select sum((o.metadata ->> 'size')::bigint)::bigint, o.bucket_id from storage.objects o group by o.bucket_id
$$;
create function storage.search(
  prefix text, bucketname text, limits integer default 100, levels integer default 1,
  offsets integer default 0, search text default '', sortcolumn text default 'name', sortorder text default 'asc'
) returns table (
  name text, id uuid, updated_at timestamptz, created_at timestamptz, last_accessed_at timestamptz, metadata jsonb
) language sql stable as $$
  select o.name, o.id, o.updated_at, o.created_at, o.last_accessed_at, o.metadata
    from storage.objects o
   where o.bucket_id = bucketname and o.name like prefix || search || '%'
   order by o.name limit limits offset offsets
$$;
create function storage.can_insert_object(bucketid text, name text, owner uuid, metadata jsonb)
returns void language sql as $$ select $$;
grant execute on all functions in schema storage to anon, authenticated, service_role;
`;

// src/shadow/supabase-standin.ts
var ROLES_AND_EXTENSIONS_SQL = String.raw`
-- API roles. service_role bypasses RLS, as on Supabase; authenticator switches into the others.
create role anon nologin noinherit;
create role authenticated nologin noinherit;
create role service_role nologin noinherit bypassrls;
create role authenticator login noinherit;
grant anon, authenticated, service_role to authenticator;
create role supabase_admin nologin;
create role supabase_auth_admin nologin noinherit;
create role supabase_storage_admin nologin noinherit;
create role supabase_functions_admin nologin noinherit;
create role supabase_realtime_admin nologin noinherit;
create role dashboard_user nologin;

create schema extensions;
create extension pgcrypto with schema extensions;
create extension "uuid-ossp" with schema extensions;
create extension pg_stat_statements with schema extensions;
grant usage on schema extensions to anon, authenticated, service_role;
alter role postgres set search_path = "$user", public, extensions;

grant usage on schema public to anon, authenticated, service_role;
alter default privileges in schema public grant all on tables to anon, authenticated, service_role;
alter default privileges in schema public grant all on sequences to anon, authenticated, service_role;
alter default privileges in schema public grant all on functions to anon, authenticated, service_role;

-- Extensions with a schema of their own create it (as the real ones do); they are registered in
-- extensions, like the rest.
create extension pg_graphql with schema extensions;
create extension supabase_vault with schema extensions;
create extension pg_net with schema extensions;
create extension pg_cron with schema pg_catalog;
`, SUPABASE_STANDIN_SQL = [ROLES_AND_EXTENSIONS_SQL, AUTH_SQL, STORAGE_SQL, REALTIME_SQL].join(
  `
`
), EMULATED_EXTENSIONS = new Map(
  ["pg_stat_statements", "pg_cron", "pg_net", "pg_graphql", "supabase_vault"].map((name) => [name, () => ""])
);

export {
  INSTALLED_BY_STANDIN,
  extensionsNeeded,
  extensionsInText,
  missingLibrary,
  PRELOADED_LIBRARIES,
  tarballSource,
  buildsToLoad,
  STANDIN_EXTENSIONS,
  standinExtensionsKey,
  standinInstaller,
  SUPABASE_STANDIN_SQL,
  EMULATED_EXTENSIONS
};
