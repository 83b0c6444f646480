-- scribe-lint-disable-next-line concurrent-index -- programs holds a few dozen rows; the lock is instant
create index idx_programs_name on public.programs (name);
