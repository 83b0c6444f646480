import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, liveFindings, shadowFindings, type TestDatabase } from '../catalog/helpers.ts';
import { findingLines, lintMigrations } from '../helpers/examples.ts';

// Each table tests one way an index can (not) cover a two-column key (a, b) referencing parent (a, b).
const SCHEMA = `create table public.parent (a int, b int, primary key (a, b));
create table public.swapped (a int, b int, foreign key (a, b) references public.parent (a, b));
create index on public.swapped (b, a);
create table public.longer (a int, b int, c int, foreign key (a, b) references public.parent (a, b));
create index on public.longer (a, b, c);
create table public.prefix_only (a int, b int, foreign key (a, b) references public.parent (a, b));
create index on public.prefix_only (a);
create table public.included (a int, b int, foreign key (a, b) references public.parent (a, b));
create index on public.included (a) include (b);
create table public.partial (a int, b int, foreign key (a, b) references public.parent (a, b));
create index on public.partial (a, b) where a > 0;
create table public.brin (a int, b int, foreign key (a, b) references public.parent (a, b));
create index on public.brin using brin (a, b);
create table public.expression (a int, b int, foreign key (a, b) references public.parent (a, b));
create index on public.expression ((a + 0), b);
create table public.events (id int, parent_a int, parent_b int, at date not null,
  foreign key (parent_a, parent_b) references public.parent (a, b)) partition by range (at);
create table public.events_2025 partition of public.events for values from ('2025-01-01') to ('2026-01-01');
create table public.events_2026 partition of public.events for values from ('2026-01-01') to ('2027-01-01');
create index on public.events_2025 (parent_a, parent_b);
create table public.covered_parent (id int, parent_a int, parent_b int, at date not null,
  foreign key (parent_a, parent_b) references public.parent (a, b)) partition by range (at);
create table public.covered_parent_2025 partition of public.covered_parent for values from ('2025-01-01') to ('2026-01-01');
create index on public.covered_parent (parent_b, parent_a)`;

const message = (table: string, constraint: string, columns: string) =>
  `foreign key \`${constraint}\` on \`public.${table}\` (${columns}) referencing \`public.parent\` has no covering index`;

// table, constraint, key columns, and the span of the FOREIGN KEY clause that defines the key
const EXPECTED = [
  ['events', 'events_parent_a_parent_b_fkey', 'parent_a, parent_b', '17:3-17:67'],
  ['prefix_only', 'prefix_only_a_b_fkey', 'a, b', '6:48-6:98'],
  ['included', 'included_a_b_fkey', 'a, b', '8:45-8:95'],
  ['partial', 'partial_a_b_fkey', 'a, b', '10:44-10:94'],
  ['brin', 'brin_a_b_fkey', 'a, b', '12:41-12:91'],
  ['expression', 'expression_a_b_fkey', 'a, b', '14:47-14:97'],
] as const;

describe('fk-index on the shadow', () => {
  it('reports each uncovered key once, at its definition', async () => {
    const findings = await shadowFindings(SCHEMA, ['fk-index']);
    expect(findingLines(findings).sort()).toEqual(
      EXPECTED.map(
        ([table, constraint, columns, span]) =>
          `20250101000000_step.sql:${span} fk-index ${message(table, constraint, columns)}`,
      ).sort(),
    );
  });

  it('judges a one-column key by the first key column of each index', async () => {
    const findings = await shadowFindings(
      `create table public.owner (id int primary key);
create table public.leading (owner_id int references public.owner (id), at date);
create index on public.leading (owner_id, at);
create table public.second (owner_id int references public.owner (id), at date);
create index on public.second (at, owner_id);
create table public.expressed (owner_id int references public.owner (id));
create index on public.expressed ((owner_id + 0));
create table public.carried (owner_id int references public.owner (id), at date);
create index on public.carried (at) include (owner_id);`,
      ['fk-index'],
    );
    expect(findings.map((finding) => finding.object).sort()).toEqual([
      'public.carried.carried_owner_id_fkey',
      'public.expressed.expressed_owner_id_fkey',
      'public.second.second_owner_id_fkey',
    ]);
  });

  it('locates an inline REFERENCES at its column line inside a long CREATE TABLE', async () => {
    // 44 lines: the key is on line 24, after a comment with non-ASCII text (columns count UTF-16 units)
    const columns = Array.from({ length: 36 }, (_, index) => `  note_${index} text,`);
    columns.splice(19, 0, '  -- le médecin référent (ça compte en octets)', '  "Référent" text,');
    const table = [
      'create table public.programs (id uuid primary key);',
      'create table public.clients (',
      '  id uuid primary key,',
      ...columns.slice(0, 20),
      '  /* é */ program_id uuid not null references public.programs (id) on delete cascade, -- the key',
      ...columns.slice(20),
      '  last_note text',
      ');',
    ].join('\n');
    expect(table.split('\n')).toHaveLength(44);
    const [finding] = await shadowFindings(table, ['fk-index']);
    expect(finding.location).toEqual({
      file: 'supabase/migrations/20250101000000_step.sql',
      line: 24,
      column: 11,
      endLine: 24,
      endColumn: 85,
    });
  });

  it('locates a multi-line table-level FOREIGN KEY at the constraint', async () => {
    const findings = await shadowFindings(
      `create table public.programs (id uuid primary key);
create table public.clients (
  id uuid primary key,
  program_id uuid,
  constraint clients_program_fk
    foreign key (program_id)
    references public.programs (id),
  name text
);`,
      ['fk-index'],
    );
    expect(findingLines(findings)).toEqual([
      '20250101000000_step.sql:5:3-7:36 fk-index foreign key `clients_program_fk` on `public.clients` (program_id) referencing `public.programs` has no covering index',
    ]);
  });

  it('locates a key added by ALTER TABLE in a later file', async () => {
    const findings = await shadowFindings(
      [
        'create table public.programs (id uuid primary key);\ncreate table public.clients (id uuid primary key, program_id uuid);',
        '-- link clients to programs\nalter table public.clients\n  add constraint clients_program_fk foreign key (program_id) references public.programs (id);',
      ],
      ['fk-index'],
    );
    expect(findingLines(findings)).toEqual([
      '20250101000001_step.sql:3:3-3:93 fk-index foreign key `clients_program_fk` on `public.clients` (program_id) referencing `public.programs` has no covering index',
    ]);
    expect(findings[0].object).toBe('public.clients.clients_program_fk');
  });

  it('is satisfied by an index created later in the history', async () => {
    const findings = await shadowFindings(
      [
        'create table public.programs (id uuid primary key);\ncreate table public.clients (id uuid primary key, program_id uuid references public.programs);',
        'create index concurrently idx_clients_program_id on public.clients (program_id);',
      ],
      ['fk-index'],
    );
    expect(findings).toEqual([]);
  });
});

describe('fk-index fix', () => {
  const PROGRAMS = 'create table public.programs (id uuid primary key);';

  // two lints on the shadow: allow for a loaded machine
  it('adds a covering index that a new migration can apply', { timeout: 180_000 }, async () => {
    const before = {
      '20250101000000_clients.sql': `${PROGRAMS}
create table public.clients (id uuid primary key, program_id uuid references public.programs (id));
create table public."Visits" ("Client" uuid, at date, foreign key ("Client") references public.programs (id));`,
    };
    const first = await lintMigrations(before, { shadow: true });
    const fixes = first.findings
      .filter((finding) => finding.ruleId === 'fk-index')
      .map((finding) => finding.fix?.sql);
    expect(fixes).toEqual([
      'create index concurrently if not exists clients_program_id_idx on public.clients (program_id);',
      'create index concurrently if not exists "Visits_Client_idx" on public."Visits" ("Client");',
    ]);
    const after = await lintMigrations(
      { ...before, '20250102000000_fix.sql': fixes.join('\n') },
      { shadow: true },
    );
    expect(after.lines('fk-index')).toEqual([]);
    expect(after.lines('replay-error')).toEqual([]);
  });

  // two lints on the shadow: allow for a loaded machine
  it(
    'never reuses the name of an existing relation, and indexes a partitioned table partition by partition',
    { timeout: 180_000 },
    async () => {
      const before = {
        '20250101000000_events.sql': `${PROGRAMS}
create table public.events_program_id_idx (id int);
create table public.events (program_id uuid references public.programs (id), at date not null) partition by range (at);
create table public.events_2025 partition of public.events for values from ('2025-01-01') to ('2026-01-01');
create table public.events_2026 partition of public.events for values from ('2026-01-01') to ('2027-01-01');`,
      };
      const first = await lintMigrations(before, { shadow: true });
      const [finding] = first.findings.filter((each) => each.ruleId === 'fk-index');
      const statements = [
        'create index if not exists events_program_id_idx1 on only public.events (program_id);',
        'create index concurrently if not exists events_2025_program_id_idx on public.events_2025 (program_id);',
        'alter index public.events_program_id_idx1 attach partition public.events_2025_program_id_idx;',
        'create index concurrently if not exists events_2026_program_id_idx on public.events_2026 (program_id);',
        'alter index public.events_program_id_idx1 attach partition public.events_2026_program_id_idx;',
      ];
      expect(finding.fix?.sql).toBe(statements.join('\n'));
      // one statement per file, as `scribe-lint fix` writes CONCURRENTLY statements for the supabase runner
      const fixFiles = Object.fromEntries(
        statements.map((statement, i) => [`2025010200000${i}_fix.sql`, statement]),
      );
      const after = await lintMigrations({ ...before, ...fixFiles }, { shadow: true });
      expect(after.lines('fk-index')).toEqual([]);
      expect(after.lines('replay-error')).toEqual([]);
      // no plain build on the existing partitioned table: nothing blocks writes to its partitions
      expect(after.lines('concurrent-index')).toEqual([]);
    },
  );
});

describe('fk-index on a live database', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await database.exec(SCHEMA);
    // an index a failed CREATE INDEX CONCURRENTLY left behind does not cover its key
    await database.exec(`create table public.invalid (a int, b int, foreign key (a, b) references public.parent (a, b));
      create index invalid_a_b_idx on public.invalid (a, b);
      update pg_index set indisvalid = false where indexrelid = 'public.invalid_a_b_idx'::regclass;`);
  });
  afterAll(() => database?.drop());

  it('names the same keys, plus the one whose index is invalid', async () => {
    const findings = await liveFindings(database.url, ['fk-index']);
    expect(findings.every((finding) => finding.location === undefined)).toBe(true);
    expect(findingLines(findings).sort()).toEqual(
      [...EXPECTED, ['invalid', 'invalid_a_b_fkey', 'a, b', ''] as const]
        .map(
          ([table, constraint, columns]) =>
            `public.${table}.${constraint} fk-index ${message(table, constraint, columns)}`,
        )
        .sort(),
    );
  });
});
