-- Two concurrent builds in one file: the Supabase CLI runs the file as one transaction.
create index concurrently if not exists idx_conversations_user_id on public.conversations (user_id);
create index concurrently if not exists idx_conversations_program_id on public.conversations (program_id);
