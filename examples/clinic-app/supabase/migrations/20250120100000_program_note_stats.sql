-- Dashboard aggregate (SPEC-2 §9), refreshed hourly.
create materialized view public.program_note_stats as
select program_id, count(*) as note_count, count(distinct user_id) as active_users, max(created_at) as last_note_at
from public.structured_notes
group by program_id;
