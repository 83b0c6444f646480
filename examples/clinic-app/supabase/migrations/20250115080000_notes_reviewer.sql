alter table public.structured_notes add column reviewer_id uuid;
alter table public.structured_notes
  add constraint structured_notes_reviewer_id_fkey foreign key (reviewer_id) references auth.users (id);
