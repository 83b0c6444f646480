// The benchmark corpus: 200 migration files holding 80,000 statements in the shapes a Supabase app's
// history has (tables with foreign keys to earlier tables and auth.users, RLS, policies on auth.uid(),
// concurrent indexes, plpgsql functions in dollar quotes, triggers, grants, comments, `db diff` output).
//
// Deterministic: one seeded PRNG drives every choice, and nothing reads the clock, so every machine
// benchmarks the same bytes. The corpus is written to bench/.corpus/static/ (git-ignored) together with a
// manifest; `ensureCorpus()` regenerates it when this file changed or the files on disk were touched.
//
//   node bench/corpus.mjs                  every shape: generate (if missing or stale), verify with libpg-query
//   node bench/corpus.mjs --shape alter    one shape (repeatable)
//   node bench/corpus.mjs --force          regenerate even when up to date

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const CORPUS_ROOT = path.join(HERE, '.corpus');
export const STATIC_DIR = shapeDir('static');

/** The folder of a corpus shape's files: bench/.corpus/<shape>/. */
export function shapeDir(shape) {
  return path.join(CORPUS_ROOT, shape);
}

function manifestPath(shape) {
  return path.join(CORPUS_ROOT, `${shape}-manifest.json`);
}

export const FILE_COUNT = 200;
export const STATEMENT_COUNT = 80_000;
const SEED = 0x5c21be;
/** Files holding one `create index concurrently` alone, as the Supabase runner requires. */
const LONE_INDEX_FILES = 8;
/** Below this many statements left in a file, only single-statement fillers are added. */
const LARGEST_BLOCK = 48;

// ---------------------------------------------------------------------------------------------------
// Seeded randomness (sfc32: small, fast, and well distributed for this purpose).

function createRandom(seed) {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 16; i++) next();
  return {
    next,
    int: (low, high) => low + Math.floor(next() * (high - low + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)],
    pickSome: (items, count) => {
      const copy = [...items];
      const chosen = [];
      while (chosen.length < count && copy.length > 0)
        chosen.push(...copy.splice(Math.floor(next() * copy.length), 1));
      return chosen;
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Vocabulary: the nouns of a clinical-notes app, and comments (a fifth of them non-ASCII, since byte
// offsets versus character offsets is exactly what non-ASCII comments exercise).

const NOUNS = [
  'programs',
  'clients',
  'conversations',
  'messages',
  'structured_notes',
  'care_plans',
  'appointments',
  'diagnoses',
  'medications',
  'referrals',
  'assessments',
  'attachments',
  'consents',
  'tasks',
  'teams',
  'team_members',
  'invoices',
  'insurance_claims',
  'goals',
  'observations',
  'templates',
  'reminders',
  'notifications',
  'sessions_log',
  'user_settings',
  'feedback',
  'locations',
  'devices',
  'audit_events',
];
const TEXT_COLUMNS = ['title', 'summary', 'body', 'label', 'notes', 'display_name', 'external_ref', 'source'];
const STATUSES = ['draft', 'active', 'pending', 'archived', 'closed', 'cancelled'];
const ASCII_COMMENTS = [
  'Owners can only see their own rows',
  'Keep updated_at honest without trusting the client',
  'Service role bypasses RLS for background jobs',
  'Hot path: the dashboard filters on these columns',
  'Backfilled by the nightly job, see runbook',
  'Split from the legacy table during the program migration',
  'Index the FK so deletes on the parent do not scan this table',
  'Exposed through PostgREST; keep grants minimal',
];
const UNICODE_COMMENTS = [
  'Tabelle für Behandlungspläne (Ärztinnen & Ärzte) — nur Lesezugriff',
  'Notes cliniques : accès réservé au praticien référent',
  '患者メモ：担当者のみ参照可能',
  'Заметки врача: только владелец может читать',
  'Citas médicas — sincronizadas con el calendario',
  'Ο ιατρός βλέπει μόνο τα δικά του δεδομένα',
  'Σημείωση ✓ résumé ünïcödé 🩺 stays on one line',
];

/** A comment text, now and then non-ASCII. */
function commentText(random) {
  return random.chance(0.2) ? random.pick(UNICODE_COMMENTS) : random.pick(ASCII_COMMENTS);
}

function sqlString(text) {
  return `'${text.replaceAll("'", "''")}'`;
}

// ---------------------------------------------------------------------------------------------------
// Blocks: each returns the statements it adds (one string per top-level statement, ending in `;`), each
// possibly preceded by comment lines. The history (`state`) remembers tables for later foreign keys.

function newTable(state, random) {
  const noun = random.pick(NOUNS);
  state.tableCounter += 1;
  return `${noun}_${state.tableCounter}`;
}

function foreignKeyTargets(state, random) {
  const most = Math.min(2, state.tables.length);
  const count = state.tables.length === 0 ? 0 : random.int(Math.min(state.minForeignKeys, most), most);
  // Prefer recent tables, as a growing app references what it just built.
  const recent = state.tables.slice(-40);
  return random.pickSome(recent, count);
}

function columnsFor(random, targets) {
  const columns = [
    'id uuid primary key default gen_random_uuid()',
    'user_id uuid not null references auth.users (id) on delete cascade',
  ];
  for (const target of targets) {
    const onDelete = random.pick(['cascade', 'restrict', 'set null']);
    const nullable = onDelete === 'set null' ? '' : ' not null';
    columns.push(
      `${singular(target)}_id uuid${nullable} references public.${target} (id) on delete ${onDelete}`,
    );
  }
  for (const name of random.pickSome(TEXT_COLUMNS, random.int(1, 3))) {
    columns.push(`${name} text${random.chance(0.5) ? ' not null' : ''}`);
  }
  if (random.chance(0.6)) {
    const statuses = random.pickSome(STATUSES, 3);
    columns.push(
      `status text not null default '${statuses[0]}' check (status in (${statuses.map(sqlString).join(', ')}))`,
    );
  }
  if (random.chance(0.4)) columns.push('score numeric(5, 2) check (score >= 0)');
  if (random.chance(0.5)) columns.push(`metadata jsonb not null default '{}'::jsonb`);
  columns.push(
    'created_at timestamptz not null default now()',
    'updated_at timestamptz not null default now()',
  );
  return columns;
}

function singular(table) {
  const base = table.replace(/_\d+$/, '');
  const stem = base.endsWith('ies') ? `${base.slice(0, -3)}y` : base.endsWith('s') ? base.slice(0, -1) : base;
  return `${stem}${table.slice(base.length)}`;
}

/** A hand-written table migration: create, RLS, policies, indexes, trigger, grants, comments. */
function handWrittenTableBlock(state, random) {
  const table = newTable(state, random);
  const targets = foreignKeyTargets(state, random);
  const qualified = `public.${table}`;
  const owner = random.chance(0.5) ? '(select auth.uid())' : 'auth.uid()';
  const out = [];
  out.push(
    `-- ${commentText(random)}\ncreate table if not exists ${qualified} (\n  ${columnsFor(random, targets).join(',\n  ')}\n);`,
  );
  out.push(`alter table ${qualified} enable row level security;`);
  const policies = [
    ['select', `using (${owner} = user_id)`],
    ['insert', `with check (${owner} = user_id)`],
    ['update', `using (${owner} = user_id) with check (${owner} = user_id)`],
    ['delete', `using (${owner} = user_id)`],
  ];
  for (const [command, clause] of policies.slice(0, random.int(2, 4))) {
    out.push(
      `create policy "${table}: owners ${command}" on ${qualified}\n  for ${command} to authenticated ${clause};`,
    );
  }
  out.push(`create index concurrently if not exists ${table}_user_id_idx on ${qualified} (user_id);`);
  for (const target of targets) {
    const column = `${singular(target)}_id`;
    out.push(
      `create index concurrently if not exists ${table}_${column}_idx on ${qualified} using btree (${column});`,
    );
  }
  if (random.chance(0.3)) {
    out.push(
      `create index concurrently if not exists ${table}_user_created_idx on ${qualified} (user_id, created_at desc);`,
    );
  }
  out.push(
    `create or replace function public.${table}_touch()\nreturns trigger\nlanguage plpgsql\nset search_path = ''\nas $$\nbegin\n  new.updated_at := now();\n  return new;\nend;\n$$;`,
  );
  out.push(
    `create trigger ${table}_touch\n  before update on ${qualified}\n  for each row execute function public.${table}_touch();`,
  );
  out.push(`grant select, insert, update, delete on table ${qualified} to authenticated;`);
  out.push(`grant all on table ${qualified} to service_role;`);
  if (random.chance(0.5)) out.push(`revoke all on table ${qualified} from anon;`);
  out.push(`comment on table ${qualified} is ${sqlString(commentText(random))};`);
  if (random.chance(0.5))
    out.push(`comment on column ${qualified}.user_id is ${sqlString(commentText(random))};`);
  state.tables.push(table);
  return out;
}

const DIFF_PRIVILEGES = ['delete', 'insert', 'references', 'select', 'trigger', 'truncate', 'update'];

/** A table as `supabase db diff` writes it: quoted names, separate constraints, one grant per privilege. */
function dbDiffTableBlock(state, random) {
  const table = newTable(state, random);
  const targets = foreignKeyTargets(state, random);
  const quoted = `"public"."${table}"`;
  const out = [];
  const columns = columnsFor(random, [])
    .slice(1)
    .map((column) => column.replace(/ references .*$/, ''));
  columns.unshift('"id" uuid not null default gen_random_uuid()');
  for (const target of targets) columns.push(`"${singular(target)}_id" uuid`);
  out.push(`create table ${quoted} (\n    ${columns.join(',\n    ')}\n);`);
  out.push(`alter table ${quoted} enable row level security;`);
  out.push(`CREATE UNIQUE INDEX ${table}_pkey ON public.${table} USING btree (id);`);
  out.push(`alter table ${quoted} add constraint "${table}_pkey" PRIMARY KEY using index "${table}_pkey";`);
  const fks = [['user_id', 'auth.users']];
  for (const target of targets) fks.push([`${singular(target)}_id`, `public.${target}`]);
  for (const [column, parent] of fks) {
    const constraint = `${table}_${column}_fkey`;
    out.push(
      `alter table ${quoted} add constraint "${constraint}" FOREIGN KEY (${column}) REFERENCES ${parent}(id) ON DELETE CASCADE not valid;`,
    );
    out.push(`alter table ${quoted} validate constraint "${constraint}";`);
  }
  for (const role of ['anon', 'authenticated', 'service_role']) {
    for (const privilege of DIFF_PRIVILEGES) out.push(`grant ${privilege} on table ${quoted} to "${role}";`);
  }
  out.push(
    `create policy "Enable read access for own rows"\non ${quoted}\nas permissive\nfor select\nto authenticated\nusing ((auth.uid() = user_id));`,
  );
  state.tables.push(table);
  return out;
}

/** Evolving an existing table: new columns, a validated FK, and its concurrent index. */
function alterTableBlock(state, random) {
  if (state.tables.length < 2) return handWrittenTableBlock(state, random);
  const [table, parent] = random.pickSome(state.tables, 2);
  const qualified = `public.${table}`;
  const column = `${singular(parent)}_ref_${state.tableCounter}_${random.int(1, 999)}`;
  const constraint = `${table}_${column}_fkey`;
  const out = [
    `-- ${commentText(random)}\nalter table ${qualified} add column if not exists ${column} uuid;`,
  ];
  out.push(
    `alter table ${qualified} add constraint ${constraint} foreign key (${column}) references public.${parent} (id) not valid;`,
  );
  out.push(`alter table ${qualified} validate constraint ${constraint};`);
  out.push(`create index concurrently if not exists ${table}_${column}_idx on ${qualified} (${column});`);
  if (random.chance(0.4)) {
    out.push(`alter table ${qualified} alter column ${column} set default null;`);
  }
  return out;
}

/** A security-definer plpgsql function with nested dollar quotes, and its grants. */
function functionBlock(state, random) {
  const table = state.tables.length > 0 ? random.pick(state.tables) : 'programs_0';
  state.functionCounter += 1;
  const name = `public.count_${singular(table)}_${state.functionCounter}`;
  const tag = random.pick(['$$', '$function$', '$body$']);
  const body = [
    'declare',
    '  total integer := 0;',
    '  rec record;',
    'begin',
    `  -- ${commentText(random)}`,
    '  if p_user is null then',
    `    raise exception 'user id is required' using errcode = '22004';`,
    '  end if;',
    `  for rec in select id from public.${table} where user_id = p_user loop`,
    '    total := total + 1;',
    '  end loop;',
    `  execute format($q$select count(*) from public.%I where created_at > $1 $q$, '${table}')`,
    "    into total using now() - interval '30 days';",
    '  return total;',
    'end;',
  ].join('\n');
  return [
    `create or replace function ${name}(p_user uuid)\nreturns integer\nlanguage plpgsql\nsecurity definer\nset search_path = ''\nas ${tag}\n${body}\n${tag};`,
    `revoke execute on function ${name}(uuid) from public, anon;`,
    `grant execute on function ${name}(uuid) to authenticated;`,
    `comment on function ${name}(uuid) is ${sqlString(commentText(random))};`,
  ];
}

function viewBlock(state, random) {
  const table = state.tables.length > 0 ? random.pick(state.tables) : 'programs_0';
  state.functionCounter += 1;
  const view = `public.${table}_summary_${state.functionCounter}`;
  return [
    `create or replace view ${view}\nwith (security_invoker = true) as\nselect user_id, count(*) as total, max(created_at) as last_at\nfrom public.${table}\ngroup by user_id;`,
    `grant select on ${view} to authenticated;`,
    `comment on view ${view} is ${sqlString(commentText(random))};`,
  ];
}

function enumBlock(state, random) {
  state.functionCounter += 1;
  const type = `public.${random.pick(['note_kind', 'visit_status', 'consent_scope', 'role_name'])}_${state.functionCounter}`;
  const values = random.pickSome(STATUSES, random.int(2, 5)).map(sqlString);
  return [
    `create type ${type} as enum (${values.join(', ')});`,
    `alter type ${type} add value if not exists 'reviewed';`,
  ];
}

function seedBlock(state, random) {
  state.functionCounter += 1;
  const rows = [];
  for (let i = 0; i < random.int(2, 6); i++) {
    const label = random.chance(0.3) ? random.pick(UNICODE_COMMENTS) : `${random.pick(STATUSES)} item ${i}`;
    rows.push(`  (${state.functionCounter * 100 + i}, ${sqlString(label)}, ${random.chance(0.5)})`);
  }
  const table = `public.lookup_${state.functionCounter}`;
  return [
    `create table if not exists ${table} (id integer primary key, label text not null, enabled boolean not null);`,
    `alter table ${table} enable row level security;`,
    `create policy "${table} readable" on ${table} for select to anon, authenticated using (true);`,
    `insert into ${table} (id, label, enabled) values\n${rows.join(',\n')}\non conflict (id) do nothing;`,
  ];
}

function storagePolicyBlock(state, random) {
  state.functionCounter += 1;
  const bucket = `${random.pick(['avatars', 'attachments', 'exports', 'scans'])}-${state.functionCounter}`;
  const folderCheck = `bucket_id = '${bucket}' and (storage.foldername(name))[1] = (select auth.uid())::text`;
  return [
    `insert into storage.buckets (id, name, public) values ('${bucket}', '${bucket}', false) on conflict (id) do nothing;`,
    `create policy "${bucket}: owners upload" on storage.objects for insert to authenticated with check (${folderCheck});`,
    `create policy "${bucket}: owners read" on storage.objects for select to authenticated using (${folderCheck});`,
  ];
}

function realtimeAndCronBlock(state, random) {
  const table = state.tables.length > 0 ? random.pick(state.tables) : 'programs_0';
  state.functionCounter += 1;
  const view = `public.${table}_daily_${state.functionCounter}`;
  return [
    `alter publication supabase_realtime add table public.${table};`,
    `create materialized view ${view} as\nselect date_trunc('day', created_at) as day, count(*) as total\nfrom public.${table}\ngroup by 1;`,
    `create unique index ${table}_daily_${state.functionCounter}_day_idx on ${view} (day);`,
    `select cron.schedule(\n  'refresh-${table}-${state.functionCounter}',\n  '${random.int(0, 59)} * * * *',\n  $$refresh materialized view concurrently ${view}$$\n);`,
  ];
}

/** A run of ALTER TABLE changes to one existing table, each a kind of change a real history makes. */
function alterTableRunBlock(state, random) {
  if (state.tables.length < 2) return handWrittenTableBlock(state, random);
  const [table, parent] = random.pickSome(state.tables, 2);
  const qualified = `public.${table}`;
  state.functionCounter += 1;
  const n = state.functionCounter;
  const column = `${random.pick(TEXT_COLUMNS)}_${n}`;
  const check = `${table}_${column}_check`;
  const reference = `${singular(parent)}_link_${n}`;
  const changes = [
    `alter table ${qualified} add column if not exists ${column} text;`,
    `alter table ${qualified} alter column ${column} set default ${sqlString(random.pick(STATUSES))};`,
    `alter table ${qualified} add constraint ${check} check (char_length(${column}) <= ${random.int(40, 400)}) not valid;`,
    `alter table ${qualified} validate constraint ${check};`,
    `alter table ${qualified} add column if not exists ${reference} uuid references public.${parent} (id) on delete set null;`,
    `alter table ${qualified} alter column ${column} set statistics ${random.pick([100, 250, 500, 1000])};`,
    `alter table ${qualified} alter column metadata_${n} type jsonb using metadata_${n}::jsonb;`,
    `alter table ${qualified} rename column legacy_${n} to ${column}_legacy;`,
    `alter table ${qualified} drop column if exists obsolete_${n};`,
    `alter table ${qualified} drop constraint if exists ${table}_old_${n}_check;`,
    `alter table ${qualified} alter column ${column} drop default;`,
    `alter table ${qualified} set (fillfactor = ${random.int(70, 100)}, autovacuum_vacuum_scale_factor = 0.05);`,
    `alter table ${qualified} replica identity full;`,
    `alter table ${qualified} disable trigger ${table}_touch;`,
    `alter table ${qualified} enable trigger ${table}_touch;`,
    `alter table ${qualified} force row level security;`,
    `alter table ${qualified} owner to postgres;`,
    `alter table ${qualified} add column if not exists flag_${n} boolean not null default false, add column if not exists note_${n} text;`,
  ];
  const out = random.pickSome(changes, random.int(6, changes.length));
  out[0] = `-- ${commentText(random)}\n${out[0]}`;
  return out;
}

/** A large security-definer plpgsql function: many branches, loops, dynamic SQL in nested dollar quotes. */
function largeDefinerFunctionBlock(state, random) {
  const table = state.tables.length > 0 ? random.pick(state.tables) : 'programs_0';
  state.functionCounter += 1;
  const name = `public.sync_${singular(table)}_${state.functionCounter}`;
  const tag = random.pick(['$$', '$function$', '$body$']);
  const lines = [
    'declare',
    '  total integer := 0;',
    '  changed integer := 0;',
    '  rec record;',
    '  payload jsonb := p_payload;',
    'begin',
    `  -- ${commentText(random)}`,
    '  if (select auth.uid()) is null then',
    `    raise exception 'not signed in' using errcode = '42501';`,
    '  end if;',
  ];
  for (let step = 0; step < random.int(3, 8); step++) {
    const column = random.pick(TEXT_COLUMNS);
    lines.push(
      `  -- step ${step}: ${commentText(random)}`,
      `  if payload ? '${column}' then`,
      `    update public.${table} set updated_at = now() where user_id = p_user and id = (payload->>'id')::uuid;`,
      '    get diagnostics changed = row_count;',
      '    total := total + changed;',
      `  elsif payload->>'status' = ${sqlString(random.pick(STATUSES))} then`,
      `    for rec in select id, created_at from public.${table} where user_id = p_user order by created_at desc limit ${random.int(5, 500)} loop`,
      `      execute format($q$update public.%I set updated_at = $1 where id = $2$q$, '${table}') using now(), rec.id;`,
      '      total := total + 1;',
      '    end loop;',
      '  else',
      `    perform pg_notify('${table}_${step}', json_build_object('user', p_user, 'step', ${step})::text);`,
      '  end if;',
    );
  }
  lines.push(
    'exception',
    '  when unique_violation then',
    `    raise notice 'duplicate in ${table}: %', sqlerrm;`,
    '    return -1;',
    'end;',
  );
  return [
    `create or replace function ${name}(p_user uuid, p_payload jsonb default '{}'::jsonb)\nreturns integer\nlanguage plpgsql\nsecurity definer\nset search_path = ''\nas ${tag}\n${lines.join('\n')}\n${tag};`,
    `alter function ${name}(uuid, jsonb) owner to postgres;`,
    `revoke execute on function ${name}(uuid, jsonb) from public, anon;`,
    `grant execute on function ${name}(uuid, jsonb) to authenticated, service_role;`,
  ];
}

const BLOCKS = [
  [handWrittenTableBlock, 36],
  [dbDiffTableBlock, 12],
  [alterTableBlock, 16],
  [functionBlock, 12],
  [viewBlock, 6],
  [enumBlock, 4],
  [seedBlock, 5],
  [storagePolicyBlock, 4],
  [realtimeAndCronBlock, 5],
];

/**
 * The corpus shapes: the same 200 files and 80,000 statements, with the statements weighted differently,
 * so a speed-up (or a slow rule) that only one kind of statement shows cannot hide in an average.
 * - `static`: a mixed Supabase history (the figures before 2026-12-03 are of this shape alone);
 * - `tables`: nothing but hand-written tables, each with inline REFERENCES to an earlier table and to
 *   auth.users, RLS, policies, concurrent indexes, a trigger function and its trigger, grants, comments;
 * - `alter`: changes to existing tables (ALTER TABLE of every common kind) and large security definer
 *   functions, after a few tables to change.
 */
export const SHAPES = {
  static: { seed: SEED, blocks: BLOCKS, minForeignKeys: 0 },
  tables: { seed: 0x7ab1e5, blocks: [[handWrittenTableBlock, 1]], minForeignKeys: 1 },
  alter: {
    seed: 0xa17e12,
    blocks: [
      [handWrittenTableBlock, 8],
      [alterTableRunBlock, 56],
      [alterTableBlock, 12],
      [largeDefinerFunctionBlock, 24],
    ],
    minForeignKeys: 0,
  },
};
export const SHAPE_NAMES = Object.keys(SHAPES);

function pickBlock(blocks, random) {
  const total = blocks.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const [block, weight] of blocks) {
    roll -= weight;
    if (roll < 0) return block;
  }
  return blocks[0][0];
}

/** One statement that fits anywhere, to land a file on its exact statement count. */
function filler(state, random) {
  const table = state.tables.length > 0 ? random.pick(state.tables) : undefined;
  if (!table) return `notify pgrst, 'reload schema';`;
  switch (random.int(0, 4)) {
    case 0:
      return `grant select on table public.${table} to authenticated;`;
    case 1:
      return `comment on table public.${table} is ${sqlString(commentText(random))};`;
    case 2:
      return `alter table public.${table} alter column updated_at set default now();`;
    case 3:
      return `drop policy if exists "${table}: legacy read" on public.${table};`;
    default:
      return `notify pgrst, 'reload schema';`;
  }
}

// ---------------------------------------------------------------------------------------------------
// Files.

/** Statement counts per file: a few lone-index files, the rest varied, summing to STATEMENT_COUNT. */
function fileSizes(random) {
  const lone = new Set(
    random.pickSome(
      [...Array(FILE_COUNT - 1).keys()].map((i) => i + 1),
      LONE_INDEX_FILES,
    ),
  );
  const weights = [...Array(FILE_COUNT).keys()].map((i) => (lone.has(i) ? 0 : 0.3 + random.next() * 1.4));
  const weightTotal = weights.reduce((sum, weight) => sum + weight, 0);
  const spread = STATEMENT_COUNT - lone.size;
  const sizes = weights.map((weight, i) => (lone.has(i) ? 1 : Math.floor((weight / weightTotal) * spread)));
  let missing = STATEMENT_COUNT - sizes.reduce((sum, size) => sum + size, 0);
  for (let i = 0; missing > 0; i = (i + 1) % FILE_COUNT) {
    if (lone.has(i)) continue;
    sizes[i] += 1;
    missing -= 1;
  }
  return sizes;
}

/** A 14-digit version that sorts in file order: 2024, month and day from the index, time at random. */
function versionFor(index, random) {
  const month = 1 + Math.floor(index / 17);
  const day = 1 + (index % 17);
  const time = [random.int(0, 23), random.int(0, 59), random.int(0, 59)];
  return ['2024', month, day, ...time].map((part) => String(part).padStart(2, '0')).join('');
}

function loneIndexFile(state, random) {
  const table = random.pick(state.tables);
  state.functionCounter += 1;
  const statement = `create index concurrently if not exists ${table}_created_at_${state.functionCounter}_idx\n  on public.${table} (created_at);`;
  return { slug: `index_${table}_created_at`, statements: [`-- ${commentText(random)}\n${statement}`] };
}

function regularFile(state, random, size) {
  const statements = [];
  let slug;
  while (statements.length < size) {
    if (size - statements.length < LARGEST_BLOCK) {
      statements.push(filler(state, random));
      continue;
    }
    const block = pickBlock(state.blocks, random);
    const tablesBefore = state.tables.length;
    statements.push(...block(state, random));
    // The first block names the file, as a person would: `create_<table>` or what the block does.
    slug ??= state.tables.length > tablesBefore ? `create_${state.tables.at(-1)}` : snakeCase(block.name);
  }
  return { slug: slug ?? 'maintenance', statements };
}

function snakeCase(blockName) {
  return blockName.replace(/Block$/, '').replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

function renderFile(version, statements, random) {
  const header = `-- Migration ${version}: generated benchmark corpus (bench/corpus.mjs)\n`;
  const parts = statements.map((statement) => (random.chance(0.15) ? `\n${statement}` : statement));
  return `${header}\n${parts.join('\n')}\n`;
}

/** The whole corpus in memory: `[{ name, text, statements }]`, the same on every run. */
export function generateCorpus(shape = 'static') {
  const { seed, blocks, minForeignKeys } = SHAPES[shape];
  const random = createRandom(seed);
  const state = { tables: [], tableCounter: 0, functionCounter: 0, blocks, minForeignKeys };
  const sizes = fileSizes(random);
  return sizes.map((size, index) => {
    const version = versionFor(index, random);
    const file = size === 1 ? loneIndexFile(state, random) : regularFile(state, random, size);
    const text = renderFile(version, file.statements, random);
    return { name: `${version}_${file.slug}.sql`, text, statements: file.statements.length };
  });
}

// ---------------------------------------------------------------------------------------------------
// On disk: write, verify, and tell whether what is there is current.

function generatorHash() {
  return createHash('sha256')
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .digest('hex');
}

function hashDirectory(dir) {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).sort()) {
    hash
      .update(name)
      .update('\0')
      .update(readFileSync(path.join(dir, name)))
      .update('\0');
  }
  return hash.digest('hex');
}

function readManifest(shape) {
  try {
    return JSON.parse(readFileSync(manifestPath(shape), 'utf8'));
  } catch {
    return undefined;
  }
}

/** Why the corpus on disk cannot be used as it is, or undefined when it is current. */
export function staleReason(shape = 'static') {
  const manifest = readManifest(shape);
  if (!manifest) return 'no corpus yet';
  if (manifest.generator !== generatorHash()) return 'bench/corpus.mjs changed';
  try {
    if (hashDirectory(shapeDir(shape)) !== manifest.contentHash) return 'corpus files were modified';
  } catch {
    return 'corpus folder missing';
  }
  return undefined;
}

/** Parses every file with libpg-query and checks the file and statement counts. Returns the counts. */
export async function verifyCorpus(dir = STATIC_DIR) {
  const { loadModule, parseSync } = await import('libpg-query');
  await loadModule();
  const names = readdirSync(dir).filter((name) => name.endsWith('.sql'));
  let statements = 0;
  let bytes = 0;
  for (const name of names) {
    const text = readFileSync(path.join(dir, name), 'utf8');
    bytes += Buffer.byteLength(text);
    try {
      statements += parseSync(text).stmts?.length ?? 0;
    } catch (error) {
      throw new Error(`corpus file ${name} does not parse: ${error.message}`);
    }
  }
  if (names.length !== FILE_COUNT || statements !== STATEMENT_COUNT) {
    throw new Error(
      `corpus has ${names.length} files / ${statements} statements, expected ${FILE_COUNT} / ${STATEMENT_COUNT}`,
    );
  }
  return { files: names.length, statements, bytes };
}

export async function writeCorpus(shape = 'static') {
  const dir = shapeDir(shape);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const file of generateCorpus(shape)) writeFileSync(path.join(dir, file.name), file.text);
  const counts = await verifyCorpus(dir);
  const manifest = { shape, generator: generatorHash(), contentHash: hashDirectory(dir), ...counts };
  writeFileSync(manifestPath(shape), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** A shape's corpus, generated first when missing or stale. Returns its manifest and whether it was rebuilt. */
export async function ensureCorpus({ force = false, shape = 'static' } = {}) {
  if (!SHAPES[shape]) throw new Error(`unknown corpus shape "${shape}" (known: ${SHAPE_NAMES.join(', ')})`);
  const reason = force ? 'forced' : staleReason(shape);
  if (reason === undefined) return { manifest: readManifest(shape), generated: false };
  return { manifest: await writeCorpus(shape), generated: true, reason };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { force: { type: 'boolean', default: false }, shape: { type: 'string', multiple: true } },
  });
  for (const shape of values.shape ?? SHAPE_NAMES) {
    const started = performance.now();
    const { manifest, generated, reason } = await ensureCorpus({ force: values.force, shape });
    const what = generated ? `generated (${reason})` : 'up to date';
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `corpus ${shape} ${what}: ${manifest.files} files, ${manifest.statements} statements, ` +
        `${(manifest.bytes / 1e6).toFixed(1)} MB in ${path.relative(process.cwd(), shapeDir(shape))} (${seconds}s)`,
    );
  }
}
