-- Hot path: the conversation view reads messages newest first.
create index idx_messages_conversation_created
  on public.messages (conversation_id, created_at desc);
