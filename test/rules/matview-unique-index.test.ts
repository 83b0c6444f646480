import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, liveFindings, shadowFindings, type TestDatabase } from '../catalog/helpers.ts';
import { findingLines, lintMigrations } from '../helpers/examples.ts';

const RULE = ['matview-unique-index'];
const STEP = '20250101000000_step.sql';
const SCHEMA = `create table public.notes (id int primary key, program_id int, body text);
create materialized view public.no_index as select program_id, count(*) from public.notes group by 1;
create materialized view public.partial as select program_id, count(*) from public.notes group by 1;
create unique index on public.partial (program_id) where program_id > 0;
create materialized view public.expression as select program_id, count(*) from public.notes group by 1;
create unique index on public.expression ((program_id + 1));
create materialized view public.plain_index as select program_id, count(*) from public.notes group by 1;
create index on public.plain_index (program_id);
create materialized view public.good as select program_id, count(*) from public.notes group by 1;
create unique index on public.good (program_id)`;

const message = (view: string) =>
  `materialized view \`public.${view}\` has no unique index without predicate or expressions, so REFRESH MATERIALIZED VIEW CONCURRENTLY fails on it`;

describe('matview-unique-index', () => {
  it('reports views whose only indexes are partial, on expressions or not unique (shadow)', async () => {
    const findings = await shadowFindings(SCHEMA, RULE);
    expect(findingLines(findings)).toEqual([
      `${STEP}:2:26-2:41 matview-unique-index ${message('no_index')}`,
      `${STEP}:3:26-3:40 matview-unique-index ${message('partial')}`,
      `${STEP}:5:26-5:43 matview-unique-index ${message('expression')}`,
      `${STEP}:7:26-7:44 matview-unique-index ${message('plain_index')}`,
    ]);
  });

  it('underlines the name of a multi-line CREATE MATERIALIZED VIEW', async () => {
    const findings = await shadowFindings(
      `create table public.notes (id int primary key, program_id int);
create materialized view if not exists
  public."Program Stats"
  as select program_id, count(*) as notes from public.notes group by program_id`,
      RULE,
    );
    expect(findings.map((finding) => finding.location)).toEqual([
      { file: `supabase/migrations/${STEP}`, line: 3, column: 3, endLine: 3, endColumn: 25 },
    ]);
  });

  it('fixes a GROUP BY or DISTINCT view with a unique index on its key, and nothing else', async () => {
    const before = {
      '20250101000000_views.sql': `create table public.notes (id int primary key, program_id int, author text, body text);
create materialized view public.by_program as
  select program_id, author, count(*) as notes from public.notes group by author, program_id;
create materialized view public.authors as select distinct author from public.notes;
create materialized view public.words as select program_id, unnest(string_to_array(body, ' ')) as word
  from public.notes group by program_id, body;
create materialized view public.everything as select * from public.notes;`,
    };
    const first = await lintMigrations(before, { shadow: true });
    const fixes = first.findings
      .filter((finding) => finding.ruleId === 'matview-unique-index')
      .map((finding) => [finding.object, finding.fix?.sql]);
    // in the order of the statements that made the views
    expect(fixes).toEqual([
      [
        'public.by_program',
        'create unique index concurrently if not exists by_program_author_program_id_idx on public.by_program (author, program_id);',
      ],
      [
        'public.authors',
        'create unique index concurrently if not exists authors_author_idx on public.authors (author);',
      ],
      ['public.words', undefined],
      ['public.everything', undefined],
    ]);
    const sql = fixes.map(([, fix]) => fix).filter(Boolean);
    const after = await lintMigrations(
      { ...before, '20250102000000_fix.sql': sql.join('\n') },
      { shadow: true },
    );
    expect(after.lines('matview-unique-index').map((line) => line.split(' ')[4])).toEqual([
      '`public.words`',
      '`public.everything`',
    ]);
    expect(after.lines('replay-error')).toEqual([]);
  }, 180_000);

  describe('live', () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase();
      await database.exec(SCHEMA);
    });
    afterAll(() => database?.drop());

    it('names the same views', async () => {
      expect(findingLines(await liveFindings(database.url, RULE))).toEqual(
        ['expression', 'no_index', 'partial', 'plain_index'].map(
          (view) => `public.${view} matview-unique-index ${message(view)}`,
        ),
      );
    });
  });
});
