// A stand-in for what a Supabase project has before its first migration runs: the API roles, the managed
// schemas (`auth`, `storage`, `realtime`, `supabase_functions`, `graphql_public`, `extensions`), the
// extensions every project has installed (pgcrypto, uuid-ossp and pg_stat_statements as real builds;
// pg_graphql, supabase_vault, pg_net and pg_cron as stand-ins, standin/extensions.ts) and Supabase's
// default privileges. It is written for scribe-lint, not copied: it only has to make real migration
// histories replay, and make the catalog look the way the schema rules expect on Supabase.
//
// Kept as TypeScript strings so the bundled CLI carries them; their hash keys the cached data directory.

import { AUTH_SQL } from './standin/auth.ts';
import { REALTIME_SQL } from './standin/realtime.ts';
import { STORAGE_SQL } from './standin/storage.ts';

const ROLES_AND_EXTENSIONS_SQL = String.raw`
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
`;

export const SUPABASE_STANDIN_SQL = [ROLES_AND_EXTENSIONS_SQL, AUTH_SQL, STORAGE_SQL, REALTIME_SQL].join(
  '\n',
);

/**
 * Extensions every Supabase project (and so the stand-in) already has installed. A history's CREATE or
 * DROP EXTENSION of one is skipped (replay.ts): on Supabase the extension is there whatever the history
 * says, and the rest of the history expects its objects where the project has them.
 */
export const EMULATED_EXTENSIONS: ReadonlyMap<string, (schema: string) => string> = new Map(
  ['pg_stat_statements', 'pg_cron', 'pg_net', 'pg_graphql', 'supabase_vault'].map((name) => [name, () => '']),
);
