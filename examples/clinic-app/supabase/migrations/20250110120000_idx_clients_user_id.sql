create index concurrently if not exists idx_clients_user_id on public.clients (user_id);
