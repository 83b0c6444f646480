import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, liveFindings, shadowFindings, type TestDatabase } from '../catalog/helpers.ts';
import { findingLines } from '../helpers/examples.ts';

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

// table, constraint, key columns, and the span of the CREATE TABLE that defines the key
const EXPECTED = [
  ['events', 'events_parent_a_parent_b_fkey', 'parent_a, parent_b', '16:1-17:92'],
  ['prefix_only', 'prefix_only_a_b_fkey', 'a, b', '6:1-6:99'],
  ['included', 'included_a_b_fkey', 'a, b', '8:1-8:96'],
  ['partial', 'partial_a_b_fkey', 'a, b', '10:1-10:95'],
  ['brin', 'brin_a_b_fkey', 'a, b', '12:1-12:92'],
  ['expression', 'expression_a_b_fkey', 'a, b', '14:1-14:98'],
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

  it('locates a key added by ALTER TABLE in a later file', async () => {
    const findings = await shadowFindings(
      [
        'create table public.programs (id uuid primary key);\ncreate table public.clients (id uuid primary key, program_id uuid);',
        '-- link clients to programs\nalter table public.clients\n  add constraint clients_program_fk foreign key (program_id) references public.programs (id);',
      ],
      ['fk-index'],
    );
    expect(findingLines(findings)).toEqual([
      '20250101000001_step.sql:2:1-3:93 fk-index foreign key `clients_program_fk` on `public.clients` (program_id) referencing `public.programs` has no covering index',
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
