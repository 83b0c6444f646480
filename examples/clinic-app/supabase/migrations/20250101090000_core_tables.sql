-- Mental Scribe core schema: programs are the isolation boundary (Part 2 vs standard PHI).
create table public.programs (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  is_part2 boolean not null default false,
  created_at timestamptz not null default now()
);
alter table public.programs enable row level security;

create table public.user_roles (
  user_id uuid not null references auth.users (id) on delete cascade,
  program_id uuid not null references public.programs (id) on delete cascade,
  role text not null check (role in ('clinician', 'supervisor', 'admin')),
  primary key (user_id, program_id)
);
alter table public.user_roles enable row level security;

create table public.clients (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id),
  program_id uuid not null references public.programs (id),
  display_name text not null,
  created_at timestamptz not null default now()
);
alter table public.clients enable row level security;

create table public.conversations (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id),
  program_id uuid not null references public.programs (id),
  client_id uuid references public.clients (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.conversations enable row level security;

create table public.messages (
  id uuid primary key default gen_random_uuid(),
  conversation_id uuid not null references public.conversations (id) on delete cascade,
  role text not null,
  content text not null,
  created_at timestamptz not null default now()
);
alter table public.messages enable row level security;

create table public.structured_notes (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id),
  program_id uuid not null references public.programs (id),
  client_id uuid references public.clients (id),
  conversation_id uuid references public.conversations (id),
  note jsonb not null,
  created_at timestamptz not null default now()
);
alter table public.structured_notes enable row level security;

-- Part 2 consents: RLS was forgotten here.
create table public.part2_consents (
  id uuid primary key default gen_random_uuid(),
  conversation_id uuid not null references public.conversations (id),
  user_id uuid not null references auth.users (id),
  granted_at timestamptz not null default now()
);

create policy "clinicians read their clients" on public.clients
  for select to authenticated using (user_id = auth.uid());
