// Real-looking Supabase migrations replay on the shadow with no replay-error, and the foreign keys on the
// tables they create are all found: real extension builds (pgvector, pgmq), the stand-in extensions, and
// the managed schemas every project has (webhooks, pg_net, vault, cron, realtime, auth with MFA, storage).

import { describe, expect, it } from 'vitest';
import { at, shadowFindings } from '../catalog/helpers.ts';

const EMBEDDINGS = `create extension if not exists vector with schema extensions;
create table public.documents (
  id bigint generated always as identity primary key,
  owner_id uuid not null references auth.users (id) on delete cascade,
  body text not null,
  embedding extensions.vector(1536)
);
create index documents_embedding_idx on public.documents using hnsw (embedding extensions.vector_cosine_ops);
create table public.document_chunks (
  id bigint generated always as identity primary key,
  document_id bigint not null references public.documents (id) on delete cascade,
  embedding extensions.vector(3) not null
);
insert into public.document_chunks (document_id, embedding) select 1, '[1,2,3]' where false;
create function public.match_chunks(query extensions.vector(3), match_count int)
returns table (id bigint, similarity float) language sql stable as $$
  select c.id, 1 - (c.embedding operator(extensions.<=>) query) from public.document_chunks c
   order by c.embedding operator(extensions.<=>) query limit match_count
$$;
`;

const WEBHOOKS_AND_NET = `create extension if not exists pg_net with schema extensions;
create table public.orders (id bigint primary key, customer_id uuid references auth.users (id), total numeric);
create index orders_customer_id_idx on public.orders (customer_id);
create trigger orders_webhook after insert or update on public.orders for each row
  execute function supabase_functions.http_request('https://example.test/hook', 'POST',
    '{"Content-Type":"application/json"}', '{}', '1000');
insert into public.orders (id, total) values (1, 10);
create function public.ping_edge(order_id bigint) returns bigint language sql as $$
  select net.http_post(
    url := 'https://example.test/functions/v1/ping',
    body := jsonb_build_object('order', order_id),
    headers := jsonb_build_object('Authorization', 'Bearer ' || (
      select decrypted_secret from vault.decrypted_secrets where name = 'service_key'))
  )
$$;
select net.http_get('https://example.test/health');
select vault.create_secret('secret-value', 'service_key', 'edge function key');
select status_code, content from net._http_response where id = 1;
`;

const CRON_REALTIME_MFA = `select cron.schedule('purge-cron-history', '0 3 * * *',
  $$delete from cron.job_run_details where end_time < now() - interval '7 days'$$);
delete from cron.job_run_details where end_time < now() - interval '7 days';
create table public.rooms (id uuid primary key, owner_id uuid references auth.users (id));
create function public.broadcast_room() returns trigger language plpgsql security definer as $$
begin
  perform realtime.broadcast_changes('room:' || coalesce(new.id, old.id)::text, tg_op, tg_op,
    tg_table_name, tg_table_schema, new, old);
  return null;
end $$;
create trigger rooms_broadcast after insert or update or delete on public.rooms
  for each row execute function public.broadcast_room();
insert into public.rooms (id) values (gen_random_uuid());
create policy room_members_read on realtime.messages for select to authenticated
  using (realtime.topic() like 'room:%');
select realtime.send(jsonb_build_object('hello', 'world'), 'greeting', 'room:lobby', false);
alter publication supabase_realtime add table public.rooms;
create function public.has_verified_totp() returns boolean language sql stable as $$
  select exists (select 1 from auth.mfa_factors f
                  where f.user_id = auth.uid() and f.status = 'verified' and f.factor_type = 'totp')
$$;
create policy rooms_aal2 on public.rooms as restrictive for all to authenticated
  using ((select auth.jwt() ->> 'aal') = 'aal2'::text);
select count(*) from auth.sessions s join auth.mfa_amr_claims c on c.session_id = s.id
  join auth.mfa_challenges ch on true join auth.one_time_tokens t on t.user_id = s.user_id
  join auth.flow_state fs on fs.user_id = s.user_id join auth.identities i on i.user_id = s.user_id
 where s.aal = 'aal2'::auth.aal_level;
`;

const QUEUES_AND_STANDINS = `create extension if not exists pgmq;
select pgmq.create('q');
select pgmq.send('q', '{"job": 1}'::jsonb);
create extension if not exists http with schema extensions;
create function public.fetch_status(url text) returns integer language sql as $$
  select (extensions.http_get(url)).status
$$;
create extension if not exists pg_jsonschema with schema extensions;
create table public.settings (
  id bigint primary key,
  room_id uuid references public.rooms (id),
  data jsonb check (extensions.jsonb_matches_schema('{"type": "object"}', data))
);
create extension if not exists postgis with schema extensions;
create table public.places (id bigint primary key, at extensions.geography(Point, 4326), area extensions.geometry);
create extension if not exists wrappers with schema extensions;
create foreign data wrapper stripe_wrapper handler extensions.stripe_fdw_handler validator extensions.stripe_fdw_validator;
create server stripe_server foreign data wrapper stripe_wrapper options (api_key_id 'x');
create schema stripe;
create foreign table stripe.customers (id text, email text) server stripe_server options (object 'customers');
create extension if not exists pg_hashids with schema extensions;
select extensions.id_encode(1001);
create extension if not exists pgjwt with schema extensions;
select extensions.sign('{"sub": "1"}'::json, 'secret');
create extension if not exists index_advisor cascade;
create extension if not exists plpgsql_check;
create extension if not exists pg_partman;
create extension if not exists rum;
create table public.articles (id bigint primary key, tsv tsvector);
create index articles_tsv_idx on public.articles using rum (tsv rum_tsvector_ops);
create extension if not exists pg_stat_statements with schema extensions;
create extension if not exists pg_cron with schema pg_catalog;
create extension if not exists pgtap with schema extensions;
create extension if not exists btree_gist;
create extension if not exists moddatetime with schema extensions;
select count(*) from extensions.pg_stat_statements;
`;

describe('Supabase stand-in', () => {
  it('replays embeddings, webhooks, pg_net, vault, cron, realtime, MFA, pgmq and stand-ins with no replay error', async () => {
    const findings = await shadowFindings(
      [EMBEDDINGS, WEBHOOKS_AND_NET, CRON_REALTIME_MFA, QUEUES_AND_STANDINS],
      ['replay-error', 'fk-index'],
    );
    expect(findings.map((finding) => `${finding.location?.file} ${at(finding)}`)).toEqual([
      'supabase/migrations/20250101000000_step.sql 4:3 fk-index foreign key `documents_owner_id_fkey` on `public.documents` (owner_id) referencing `auth.users` has no covering index',
      'supabase/migrations/20250101000000_step.sql 11:3 fk-index foreign key `document_chunks_document_id_fkey` on `public.document_chunks` (document_id) referencing `public.documents` has no covering index',
      'supabase/migrations/20250101000002_step.sql 4:49 fk-index foreign key `rooms_owner_id_fkey` on `public.rooms` (owner_id) referencing `auth.users` has no covering index',
      'supabase/migrations/20250101000003_step.sql 11:3 fk-index foreign key `settings_room_id_fkey` on `public.settings` (room_id) referencing `public.rooms` has no covering index',
    ]);
  }, 120_000);

  it('still reports an extension Supabase does not provide', async () => {
    const findings = await shadowFindings('create extension pg_uuidv7;\n', ['replay-error']);
    expect(findings.map(at)).toEqual([
      '1:1 replay-error statement failed on replay: extension "pg_uuidv7" is not available (on Supabase this file rolls back whole and the deploy stops here; the shadow kept the rest of the file to judge it)',
    ]);
  }, 120_000);
});
